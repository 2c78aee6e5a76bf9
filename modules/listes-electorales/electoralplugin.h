// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "electoralrules.h"
#include "procedure_module.h"

#include <QObject>

#include <optional>

namespace guichet::listeselectorales {

/// The electoral-lists module as the shell loads it: a thin plugin around
/// ElectoralRules, the forms and the work page, which hold everything that matters.
class ElectoralPlugin : public QObject, public ProcedureModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuichetProcedureModule_iid FILE "listes-electorales.json")
    Q_INTERFACES(guichet::ProcedureModule)

public:
    using QObject::QObject;

    /// Reads the "listes-electorales" section of the release the context
    /// lends; an error (no section, or a gap in it) keeps the module out of the desk.
    Result<void> initialize(ModuleContext &context) override;
    QList<ProcedureInfo> procedures() const override;
    /// A new form for one of procedures(), or nullptr for an id this module
    /// does not offer or before initialize() succeeded.
    CaseForm *createCaseForm(const QString &procedureId, QWidget *parent) override;
    /// The work page of the service des élections (none before initialize()).
    QList<WorkPage *> workPages(QWidget *parent) override;
    /// The notification letter of a decided registration or removal (a
    /// refusal with one of the workflow's reasons, recorded in its case).
    std::optional<Result<CaseDocument>> caseDocument(const CaseSummary &c,
                                                     const QList<CaseEvent> &timeline) const override;

private:
    ModuleContext *m_context = nullptr;
    std::optional<ElectoralRules> m_rules;
};

} // namespace guichet::listeselectorales
