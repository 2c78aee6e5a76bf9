// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courrierrules.h"
#include "procedure_module.h"

#include <QObject>

#include <optional>

namespace guichet::courrier {

/// Written requests and calls as the shell loads them: a thin plugin around
/// CourrierRules, CourrierForm, CourrierWorkPage and the acknowledgement.
class CourrierPlugin : public QObject, public ProcedureModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuichetProcedureModule_iid FILE "courrier.json")
    Q_INTERFACES(guichet::ProcedureModule)

public:
    using QObject::QObject;

    /// Reads the "correspondance" and "offices" sections of the release the
    /// context lends; an error keeps the module out of the desk.
    Result<void> initialize(ModuleContext &context) override;
    QList<ProcedureInfo> procedures() const override;
    CaseForm *createCaseForm(const QString &procedureId, QWidget *parent) override;
    /// The queue of open requests, earliest due first.
    QList<WorkPage *> workPages(QWidget *parent) override;
    /// A written request's acknowledgement of receipt, or the letter telling
    /// the person it was transmitted (L114-2); none for a call.
    std::optional<Result<CaseDocument>> caseDocument(const CaseSummary &c,
                                                     const QList<CaseEvent> &timeline) const override;

private:
    ModuleContext *m_context = nullptr;
    std::optional<CourrierRules> m_rules;
};

} // namespace guichet::courrier
