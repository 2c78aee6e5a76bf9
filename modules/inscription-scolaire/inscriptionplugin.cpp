// SPDX-License-Identifier: GPL-3.0-or-later
#include "inscriptionplugin.h"

#include "inscriptiondocuments.h"
#include "inscriptionform.h"
#include "inscriptionworkpage.h"

#include <algorithm>

namespace guichet::inscription {

Result<void> InscriptionPlugin::initialize(ModuleContext &context)
{
    auto rules = InscriptionRules::fromRelease(context.reference());
    if (!rules)
        return std::unexpected(rules.error());
    m_rules = std::move(*rules);
    m_context = &context;
    return {};
}

QList<ProcedureInfo> InscriptionPlugin::procedures() const
{
    if (!m_rules)
        return {};
    // Only the procedures this code has a form for, even if a newer release lists more.
    QList<ProcedureInfo> offered;
    for (const ProcedureInfo &p : m_rules->procedures())
        if (InscriptionForm::procedureOf(p.id))
            offered << p;
    return offered;
}

CaseForm *InscriptionPlugin::createCaseForm(const QString &procedureId, QWidget *parent)
{
    const auto procedure = InscriptionForm::procedureOf(procedureId);
    if (!m_rules || !m_context || !procedure)
        return nullptr;
    const auto listed = m_rules->procedures();
    if (std::none_of(listed.cbegin(), listed.cend(), [&](const ProcedureInfo &p) { return p.id == procedureId; }))
        return nullptr;
    return new InscriptionForm(*m_rules, *m_context, *procedure, parent);
}

QList<WorkPage *> InscriptionPlugin::workPages(QWidget *parent)
{
    if (!m_rules || !m_context)
        return {};
    return {new InscriptionWorkPage(*m_rules, *m_context, parent)};
}

std::optional<Result<CaseDocument>> InscriptionPlugin::caseDocument(const CaseSummary &now,
                                                                   const QList<CaseEvent> &timeline) const
{
    const PrintableKind kind = printableKind(now);
    // A decision letter quotes the decision, even once notified.
    const CaseSummary c = kind == PrintableKind::RefusedLetter ? asOfStatus(now, timeline, QStringLiteral("refused"))
                        : kind == PrintableKind::GrantedLetter ? asOfStatus(now, timeline, QStringLiteral("granted"))
                                                               : now;
    if (!m_rules || !m_context || kind == PrintableKind::None)
        return std::nullopt;
    if (kind == PrintableKind::RefusedLetter && c.statusReason.trimmed().isEmpty())
        return Result<CaseDocument>(std::unexpected(Error::make(Error::Code::Forbidden,
            tr("The refusal of case %1 was recorded without its reason: print its letter from the school enrolment "
               "page, which asks for the reason the mayor gave.").arg(c.trackingNumber))));
    auto document = kind == PrintableKind::Certificate ? certificateFor(*m_rules, *m_context, c)
                                                       : decisionLetterFor(*m_rules, *m_context, c, c.statusReason);
    if (!document)
        return Result<CaseDocument>(std::unexpected(document.error()));
    return Result<CaseDocument>(CaseDocument{std::move(*document), documentFileName(c)});
}

} // namespace guichet::inscription
