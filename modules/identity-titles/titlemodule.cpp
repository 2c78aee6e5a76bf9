// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlemodule.h"

#include "titleform.h"
#include "titleworkpage.h"

namespace guichet::identity {

Result<void> TitleModule::initialize(ModuleContext &context)
{
    auto rules = IdentityRules::fromRelease(context.reference());
    if (!rules)
        return std::unexpected(rules.error());
    m_rules = std::move(*rules);
    m_context = &context;
    return {};
}

QList<ProcedureInfo> TitleModule::procedures() const
{
    if (!m_rules)
        return {};
    const QString id = m_rules->procedureOf(m_title);
    for (const TitleProcedure &p : m_rules->procedures())
        if (p.id == id)
            return {{p.id, p.title, p.workflowId, p.service}};
    return {};
}

CaseForm *TitleModule::createCaseForm(const QString &procedureId, QWidget *parent)
{
    if (!m_rules || !m_context || procedureId.isEmpty() || procedureId != m_rules->procedureOf(m_title))
        return nullptr;
    return new TitleForm(*m_rules, *m_context, m_title, parent);
}

QList<WorkPage *> TitleModule::workPages(QWidget *parent)
{
    if (!m_rules || !m_context)
        return {};
    return {new TitleWorkPage(*m_rules, *m_context, m_title, pageTitle(), parent)};
}

} // namespace guichet::identity
