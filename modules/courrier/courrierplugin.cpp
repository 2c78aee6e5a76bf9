// SPDX-License-Identifier: GPL-3.0-or-later
#include "courrierplugin.h"

#include "acknowledgement.h"
#include "courrierform.h"
#include "courrierworkpage.h"

#include <algorithm>

namespace guichet::courrier {

Result<void> CourrierPlugin::initialize(ModuleContext &context)
{
    auto rules = CourrierRules::fromRelease(context.reference());
    if (!rules)
        return std::unexpected(rules.error());
    m_rules = std::move(*rules);
    m_context = &context;
    return {};
}

QList<ProcedureInfo> CourrierPlugin::procedures() const
{
    if (!m_rules)
        return {};
    // Only the procedures this code has a form for, even if a newer release lists more.
    QList<ProcedureInfo> offered;
    for (const ProcedureInfo &p : m_rules->procedures())
        if (CourrierForm::procedureOf(p.id))
            offered << p;
    return offered;
}

CaseForm *CourrierPlugin::createCaseForm(const QString &procedureId, QWidget *parent)
{
    const auto procedure = CourrierForm::procedureOf(procedureId);
    if (!m_rules || !m_context || !procedure)
        return nullptr;
    const auto listed = m_rules->procedures();
    if (std::none_of(listed.cbegin(), listed.cend(), [&](const ProcedureInfo &p) { return p.id == procedureId; }))
        return nullptr;
    return new CourrierForm(*m_rules, *m_context, *procedure, parent);
}

QList<WorkPage *> CourrierPlugin::workPages(QWidget *parent)
{
    if (!m_rules || !m_context)
        return {};
    return {new CourrierWorkPage(*m_rules, *m_context, parent)};
}

std::optional<Result<CaseDocument>> CourrierPlugin::caseDocument(const CaseSummary &c,
                                                                 const QList<CaseEvent> &timeline) const
{
    Q_UNUSED(timeline);
    if (!m_rules || !m_context || letterKind(c) == LetterKind::None)
        return std::nullopt;
    auto letter = letterFor(*m_rules, *m_context, c);
    if (!letter)
        return Result<CaseDocument>(std::unexpected(letter.error()));
    return Result<CaseDocument>(CaseDocument{std::move(*letter), letterFileName(c)});
}

} // namespace guichet::courrier
