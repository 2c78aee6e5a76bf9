// SPDX-License-Identifier: GPL-3.0-or-later
#include "inscriptionplugin.h"

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

} // namespace guichet::inscription
