// SPDX-License-Identifier: GPL-3.0-or-later
#include "etatcivilplugin.h"

#include "etatcivilform.h"

#include <algorithm>

namespace guichet::etatcivil {

Result<void> EtatCivilPlugin::initialize(ModuleContext &context)
{
    auto rules = EtatCivilRules::fromRelease(context.reference());
    if (!rules)
        return std::unexpected(rules.error());
    m_rules = std::move(*rules);
    m_context = &context;
    return {};
}

QList<ProcedureInfo> EtatCivilPlugin::procedures() const
{
    if (!m_rules)
        return {};
    // Only the procedures this code has a form for, even if a newer release
    // lists more.
    QList<ProcedureInfo> offered;
    for (const ProcedureInfo &p : m_rules->procedures())
        if (EtatCivilForm::procedureOf(p.id))
            offered << p;
    return offered;
}

CaseForm *EtatCivilPlugin::createCaseForm(const QString &procedureId, QWidget *parent)
{
    const auto procedure = EtatCivilForm::procedureOf(procedureId);
    if (!m_rules || !m_context || !procedure)
        return nullptr;
    const auto listed = m_rules->procedures();
    if (std::none_of(listed.cbegin(), listed.cend(),
                     [&](const ProcedureInfo &p) { return p.id == procedureId; }))
        return nullptr;
    return new EtatCivilForm(*m_rules, *m_context, *procedure, parent);
}

} // namespace guichet::etatcivil
