// SPDX-License-Identifier: GPL-3.0-or-later
// HQ's authority over agent accounts: logins are unique in the whole city,
// settled in HQ's order, and accounts are created, renamed, disabled and given
// a role at HQ (guichet-hq agent …), every office receiving them by sync.
#include "hqstore.h"
#include "domain/entities.h"
#include "hqstore_p.h"

#include "store/agentrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace guichet::hq {

namespace {

Error agentStorage(const QSqlQuery &q)
{
    return detail::storage(q, QCoreApplication::translate("HqStore", "record the agents"));
}

HqStore::AgentAccount accountFrom(const QSqlQuery &q)
{
    HqStore::AgentAccount a;
    a.id = QUuid::fromString(q.value(0).toString());
    a.login = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = q.value(3).toString();
    a.officeCode = q.value(4).toString();
    a.active = q.value(5).toBool();
    a.refused = q.value(6).toString();
    return a;
}

constexpr char accountColumns[] = "id, login, display_name, role, office_code, active, refused";

} // namespace

Result<void> HqStore::checkAgents(const QList<sync::Operation> &fresh, const QHash<QString, qint64> &sequences)
{
    // The account whose claim HQ sequenced first keeps a login; a later one
    // is stored (every office holds it) but refused. Workstations reach the
    // same verdict from the same numbers (sync/replicator.cpp, settleLogin).
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    for (const sync::Operation &op : fresh) {
        if (op.entity != entity::Agent || op.op != operation::Insert)
            continue;
        const QString login = op.fields.value(QStringLiteral("login")).toString().toLower();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO agents(id, login, display_name, role, office_code, active, claim_seq, refused) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, 'login_taken') ON CONFLICT (id) DO NOTHING"));
        insert.addBindValue(sync::uuidText(op.entityId));
        insert.addBindValue(login);
        insert.addBindValue(op.fields.value(QStringLiteral("display_name")).toString());
        insert.addBindValue(op.fields.value(QStringLiteral("role")).toString());
        insert.addBindValue(op.fields.value(QStringLiteral("office_code")).toString());
        insert.addBindValue(true);
        insert.addBindValue(sequences.value(sync::uuidText(op.opId)));
        if (!insert.exec())
            return std::unexpected(agentStorage(insert));
        if (auto r = settleLogin(login); !r)
            return r;
        auto account = findAgent(sync::uuidText(op.entityId));
        if (!account)
            return std::unexpected(account.error());
        if (!account->refused.isEmpty())
            ++m_counters.refusedAgents;
    }
    return {};
}

Result<void> HqStore::settleLogin(const QString &login)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery first(db);
    first.prepare(QStringLiteral("SELECT id FROM agents WHERE login = ? ORDER BY claim_seq, id LIMIT 1"));
    first.addBindValue(login);
    if (!first.exec())
        return std::unexpected(agentStorage(first));
    if (!first.next())
        return {};
    const QString holder = first.value(0).toString();
    // The others first: only one account in good standing holds a login.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE agents SET refused = 'login_taken' WHERE login = ? AND id <> ? AND refused IS NULL"));
    q.addBindValue(login);
    q.addBindValue(holder);
    if (!q.exec())
        return std::unexpected(agentStorage(q));
    q.prepare(QStringLiteral("UPDATE agents SET refused = NULL WHERE id = ?"));
    q.addBindValue(holder);
    if (!q.exec())
        return std::unexpected(agentStorage(q));
    return {};
}

Result<qint64> HqStore::sequenceOf(const QUuid &opId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT hq_seq FROM operations WHERE op_id = ?"));
    q.addBindValue(sync::uuidText(opId));
    if (!q.exec() || !q.next())
        return std::unexpected(agentStorage(q));
    return q.value(0).toLongLong();
}

Result<QList<HqStore::AgentAccount>> HqStore::agents() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT %1 FROM agents ORDER BY login, refused IS NOT NULL, id").arg(QLatin1String(accountColumns))))
        return std::unexpected(agentStorage(q));
    QList<AgentAccount> out;
    while (q.next())
        out << accountFrom(q);
    return out;
}

Result<HqStore::AgentAccount> HqStore::findAgent(const QString &loginOrId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // An id names one account; a login the one in good standing, or the only one refused.
    q.prepare(QStringLiteral("SELECT %1 FROM agents WHERE id = ? OR login = ? ORDER BY refused IS NOT NULL, id")
                  .arg(QLatin1String(accountColumns)));
    q.addBindValue(loginOrId);
    q.addBindValue(loginOrId.toLower());
    if (!q.exec())
        return std::unexpected(agentStorage(q));
    QList<AgentAccount> found;
    while (q.next())
        found << accountFrom(q);
    if (found.isEmpty())
        return std::unexpected(Error::make(Error::Code::NotFound,
            QCoreApplication::translate("HqStore", "No account has the login or id \"%1\". See guichet-hq agents.").arg(loginOrId)));
    if (found.size() > 1 && found.at(0).refused.isEmpty() == false)
        return std::unexpected(Error::invalid(QStringLiteral("agent"),
            QCoreApplication::translate("HqStore", "Several refused accounts have the login \"%1\": name one by its id (guichet-hq agents).").arg(loginOrId)));
    return found.at(0);
}

Result<HqStore::AgentAccount> HqStore::addAgent(const QString &login, const QString &displayName, const QString &role,
                                                const QString &officeCode, const QString &password)
{
    auto l = AgentRepository::normalisedLogin(login);
    if (!l)
        return std::unexpected(l.error());
    if (!roleFromKey(role))
        return std::unexpected(Error::invalid(QStringLiteral("role"),
            QCoreApplication::translate("HqStore", "--role: agent, superviseur or administrateur.")));
    if (displayName.trimmed().isEmpty() || displayName.size() > 100)
        return std::unexpected(Error::invalid(QStringLiteral("name"),
            QCoreApplication::translate("HqStore", "--name: the agent's name as colleagues know it (at most 100 characters).")));
    if (officeCode.size() != 3 || officeCode.toUpper() != officeCode)
        return std::unexpected(Error::invalid(QStringLiteral("office"),
            QCoreApplication::translate("HqStore", "--office: the three-letter code of an office, such as BEL.")));
    auto hash = AgentRepository::hashPassword(password);
    if (!hash)
        return std::unexpected(hash.error());
    if (auto r = begin(); !r)
        return std::unexpected(r.error());
    TransactionGuard guard(*this);
    if (auto held = findAgent(*l); held && held->refused.isEmpty())
        return std::unexpected(Error{Error::Code::Conflict, QStringLiteral("login"),
            QCoreApplication::translate("HqStore", "Login \"%1\" is already given to %2 (%3). Choose another login.")
                .arg(*l, held->displayName, held->officeCode)});
    AgentAccount account{m_ids.next(), *l, displayName.simplified(), role, officeCode, true, {}};
    const QString now = timestamp(m_clock.now());
    sync::Operation op = ownOperation(entity::Agent, account.id, operation::Insert, 0);
    op.fields = {{QStringLiteral("login"), account.login},
                 {QStringLiteral("display_name"), account.displayName},
                 {QStringLiteral("role"), role},
                 {QStringLiteral("office_code"), officeCode},
                 {QStringLiteral("password_hash"), *hash}};
    if (auto r = storeOwn({op}, now); !r)
        return std::unexpected(r.error());
    auto seq = sequenceOf(op.opId);
    if (!seq)
        return std::unexpected(seq.error());
    if (auto r = checkAgents({op}, {{sync::uuidText(op.opId), *seq}}); !r)
        return std::unexpected(r.error());
    if (auto r = guard.commit(); !r)
        return std::unexpected(r.error());
    return account;
}

Result<HqStore::AgentAccount> HqStore::updateAgent(const QString &loginOrId, const QJsonObject &fields)
{
    if (auto r = begin(); !r)
        return std::unexpected(r.error());
    TransactionGuard guard(*this);
    auto account = findAgent(loginOrId);
    if (!account)
        return std::unexpected(account.error());
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QString leftLogin;
    if (fields.contains(QStringLiteral("login"))) {
        auto l = AgentRepository::normalisedLogin(fields.value(QStringLiteral("login")).toString());
        if (!l)
            return std::unexpected(l.error());
        if (auto held = findAgent(*l); held && held->refused.isEmpty() && held->id != account->id)
            return std::unexpected(Error{Error::Code::Conflict, QStringLiteral("login"),
                QCoreApplication::translate("HqStore", "Login \"%1\" is already given to %2 (%3). Choose another login.")
                    .arg(*l, held->displayName, held->officeCode)});
        leftLogin = account->login;
        account->login = *l;
        account->refused.clear();
    }
    if (fields.contains(QStringLiteral("role"))) {
        account->role = fields.value(QStringLiteral("role")).toString();
        if (!roleFromKey(account->role))
            return std::unexpected(Error::invalid(QStringLiteral("role"),
                QCoreApplication::translate("HqStore", "role: agent, superviseur or administrateur.")));
    }
    if (fields.contains(QStringLiteral("active")))
        account->active = fields.value(QStringLiteral("active")).toBool();
    // Stamped after every change this account has had, so it wins everywhere.
    QSqlQuery latest(db);
    latest.prepare(QStringLiteral("SELECT COALESCE(MAX(hlc), 0) FROM operations WHERE entity_id = ?"));
    latest.addBindValue(sync::uuidText(account->id));
    if (!latest.exec() || !latest.next())
        return std::unexpected(agentStorage(latest));
    sync::Operation op = ownOperation(entity::Agent, account->id, operation::Update, latest.value(0).toLongLong());
    QJsonObject stored = fields;
    if (stored.contains(QStringLiteral("login")))
        stored.insert(QStringLiteral("login"), account->login);
    op.fields = stored;
    if (auto r = storeOwn({op}, timestamp(m_clock.now())); !r)
        return std::unexpected(r.error());
    auto seq = sequenceOf(op.opId);
    if (!seq)
        return std::unexpected(seq.error());
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE agents SET role = ?, active = ? WHERE id = ?"));
    update.addBindValue(account->role);
    update.addBindValue(account->active);
    update.addBindValue(sync::uuidText(account->id));
    if (!update.exec())
        return std::unexpected(agentStorage(update));
    if (!leftLogin.isEmpty()) {
        // Renamed: it claims its new login now; the login it leaves goes to the next account that claimed it.
        update.prepare(QStringLiteral("UPDATE agents SET login = ?, claim_seq = ?, refused = 'login_taken' WHERE id = ?"));
        update.addBindValue(account->login);
        update.addBindValue(*seq);
        update.addBindValue(sync::uuidText(account->id));
        if (!update.exec())
            return std::unexpected(agentStorage(update));
        if (auto r = settleLogin(account->login); !r)
            return std::unexpected(r.error());
        if (auto r = settleLogin(leftLogin); !r)
            return std::unexpected(r.error());
    }
    if (auto r = guard.commit(); !r)
        return std::unexpected(r.error());
    return *account;
}

Result<void> HqStore::rebuildAgents()
{
    // An HQ that held accounts before it checked logins: replayed in its order.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT op_id, entity_id, fields, hq_seq FROM operations "
                               "WHERE entity = 'agent' AND op = 'insert' ORDER BY hq_seq")))
        return std::unexpected(agentStorage(q));
    QList<sync::Operation> inserts;
    QHash<QString, qint64> sequences;
    while (q.next()) {
        sequences.insert(q.value(0).toString(), q.value(3).toLongLong());
        sync::Operation op;
        op.opId = QUuid::fromString(q.value(0).toString());
        op.entity = entity::Agent;
        op.op = operation::Insert;
        op.entityId = QUuid::fromString(q.value(1).toString());
        op.fields = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        inserts << op;
    }
    return checkAgents(inserts, sequences);
}

} // namespace guichet::hq
