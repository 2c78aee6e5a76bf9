// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "moduleloader.h"
#include "procedure_module.h"
#include "reference/communes.h"
#include "reference/workflow.h"
#include "store/agentrepository.h"
#include "store/caserepository.h"
#include "store/citizenrepository.h"
#include "store/database.h"

#include <functional>
#include <memory>

namespace guichet {

struct OfficeInfo
{
    QString code;
    QString name;
    QString address;
    QString phone;
};

/// Everything the desk works with for one office database and one agent:
/// the store, the reference release in force, the modules — and the context
/// lent to the modules.
class DeskSession final : public ModuleContext
{
public:
    static Result<std::unique_ptr<DeskSession>> open(const QString &databasePath, const Clock &clock,
                                                     const QString &moduleDirectory);
    ~DeskSession() override;

    // ModuleContext
    const ReferenceRelease &reference() const override { return m_release; }
    const Clock &clock() const override { return m_clock; }
    QString officeCode() const override { return m_office.code; }
    QString communeCode() const override;
    QString communeName() const override;
    QString officeName() const override { return m_office.name; }
    QString officeAddress() const override { return m_office.address; }
    Result<QList<CaseSummary>> cases(const CaseQuery &query) const override { return m_cases.select(query); }
    void openCase(const QUuid &caseId) override;
    /// Receipts, certificates and letters, in a folder beside the database.
    QString documentsDirectory() const override;

    /// Takes the release in force today if it is not the one answered under
    /// (a new release took effect at midnight, or a sync installed one already
    /// in force): offices, procedures and the modules' rules are read again, so
    /// new forms and answers use it. True when it changed.
    Result<bool> reloadReference();

    /// Who opens a case's window when a module asks (the main window).
    void setCaseOpener(std::function<void(const QUuid &)> opener) { m_openCase = std::move(opener); }

    Database &database() { return *m_db; }
    CitizenRepository &citizens() { return m_citizens; }
    CaseRepository &caseRepository() { return m_cases; }
    AgentRepository &agents() { return m_agents; }
    ModuleLoader &modules() { return m_modules; }

    const OfficeInfo &office() const { return m_office; }
    /// The communes of the release in force, for birth places and addresses.
    const CommuneTable &communes() const override { return m_communes; }
    QList<OfficeInfo> offices() const { return m_offices; }
    /// Services of the reference release, id → name.
    QList<QPair<QString, QString>> services() const { return m_services; }
    QString serviceName(const QString &id) const;

    void setAgent(const Agent &agent) { m_agent = agent; }
    const Agent &agent() const { return m_agent; }

    /// Every procedure of the reference release (loaded module or not).
    QList<ProcedureInfo> procedures() const { return m_procedures; }
    ProcedureInfo procedure(const QString &procedureId) const;
    Workflow workflow(const QString &procedureId) const;
    /// The label of a status in its procedure's workflow.
    QString statusLabel(const QString &procedureId, const QString &status) const;
    /// Every status of every workflow, id → label, for the case-list filter.
    QList<QPair<QString, QString>> allStatuses() const;

private:
    DeskSession(std::unique_ptr<Database> db, const Clock &clock, const QString &moduleDirectory);
    QList<OfficeInfo> readOffices() const;
    QList<QPair<QString, QString>> readServices() const;
    QList<ProcedureInfo> readProcedures() const;
    /// Reads what the desk keeps from m_release.
    Result<void> takeRelease(const ReferenceRelease &release);

    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    CitizenRepository m_citizens;
    CaseRepository m_cases;
    AgentRepository m_agents;
    ModuleLoader m_modules;
    ReferenceRelease m_release;
    CommuneTable m_communes;
    OfficeInfo m_office;
    QList<OfficeInfo> m_offices;
    QList<QPair<QString, QString>> m_services;
    QList<ProcedureInfo> m_procedures;
    Agent m_agent;
    mutable QHash<QString, Workflow> m_workflows;  // parsed once per workflow
    std::function<void(const QUuid &)> m_openCase;
};

} // namespace guichet
