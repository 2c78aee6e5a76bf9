// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inscriptionrules.h"
#include "procedure_module.h"

#include <QObject>

#include <optional>

namespace guichet::inscription {

/// The school-enrolment module as the shell loads it: a thin plugin around
/// InscriptionRules, InscriptionForm and InscriptionWorkPage.
class InscriptionPlugin : public QObject, public ProcedureModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuichetProcedureModule_iid FILE "inscription-scolaire.json")
    Q_INTERFACES(guichet::ProcedureModule)

public:
    using QObject::QObject;

    /// Reads the "inscription-scolaire" section of the release the context
    /// lends; an error (no section, or a gap in it) keeps the module out of the desk.
    Result<void> initialize(ModuleContext &context) override;
    QList<ProcedureInfo> procedures() const override;
    /// A new form for one of procedures(), or nullptr for an id this module
    /// does not offer or before initialize() succeeded.
    CaseForm *createCaseForm(const QString &procedureId, QWidget *parent) override;
    /// The agent's lists: enrolments waiting for documents, derogations
    /// awaiting the mayor's decision, certificates and letters to print.
    QList<WorkPage *> workPages(QWidget *parent) override;
    /// A confirmed enrolment's certificate, a decided derogation's letter
    /// (a refusal with the reason recorded in its case).
    std::optional<Result<CaseDocument>> caseDocument(const CaseSummary &c,
                                                     const QList<CaseEvent> &timeline) const override;

private:
    ModuleContext *m_context = nullptr;
    std::optional<InscriptionRules> m_rules;
};

} // namespace guichet::inscription
