// SPDX-License-Identifier: GPL-3.0-or-later
#include "electoralplugin.h"

#include "electoralform.h"
#include "electoralworkpage.h"
#include "notificationletter.h"

#include <algorithm>

namespace guichet::listeselectorales {

Result<void> ElectoralPlugin::initialize(ModuleContext &context)
{
    auto rules = ElectoralRules::fromRelease(context.reference());
    if (!rules)
        return std::unexpected(rules.error());
    m_rules = std::move(*rules);
    m_context = &context;
    return {};
}

QList<ProcedureInfo> ElectoralPlugin::procedures() const
{
    if (!m_rules)
        return {};
    // Only the procedures this code has a form for, even if a newer release lists more.
    QList<ProcedureInfo> offered;
    for (const ProcedureInfo &p : m_rules->procedures())
        if (ElectoralForm::procedureOf(p.id))
            offered << p;
    return offered;
}

CaseForm *ElectoralPlugin::createCaseForm(const QString &procedureId, QWidget *parent)
{
    const auto procedure = ElectoralForm::procedureOf(procedureId);
    if (!m_rules || !m_context || !procedure)
        return nullptr;
    const auto listed = m_rules->procedures();
    if (std::none_of(listed.cbegin(), listed.cend(), [&](const ProcedureInfo &p) { return p.id == procedureId; }))
        return nullptr;
    return new ElectoralForm(*m_rules, *m_context, *procedure, parent);
}

QList<WorkPage *> ElectoralPlugin::workPages(QWidget *parent)
{
    if (!m_rules || !m_context)
        return {};
    return {new ElectoralWorkPage(*m_rules, *m_context, parent)};
}

std::optional<Result<CaseDocument>> ElectoralPlugin::caseDocument(const CaseSummary &now,
                                                                 const QList<CaseEvent> &timeline) const
{
    if (!m_rules || !m_context || !ElectoralForm::procedureOf(now.procedureId) || !NotificationLetter::isDecided(now.status))
        return std::nullopt;
    // The letter quotes the decision (its date, its reason), even once notified.
    const CaseSummary c = asOfStatus(now, timeline, NotificationLetter::isRefusal(now.status) ? QStringLiteral("refused")
                                                                                                : QStringLiteral("accepted"));
    if (NotificationLetter::isRefusal(c.status) && !m_rules->refusalReasons(c.procedureId).contains(c.statusReason))
        return Result<CaseDocument>(std::unexpected(Error::make(Error::Code::Forbidden,
            tr("The refusal of case %1 was recorded without one of the reasons the letter can give: print its letter "
               "from the electoral lists page, where the reason is chosen.").arg(c.trackingNumber))));
    auto letter = NotificationLetter::build(*m_rules, *m_context, c, c.statusReason);
    if (!letter)
        return Result<CaseDocument>(std::unexpected(letter.error()));
    return Result<CaseDocument>(CaseDocument{std::move(*letter), NotificationLetter::fileName(c)});
}

} // namespace guichet::listeselectorales
