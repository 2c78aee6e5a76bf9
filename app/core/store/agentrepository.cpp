// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentrepository.h"
#include "domain/entities.h"

#include "database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sodium.h>

namespace guichet {

namespace {


Error wrongCredentials()
{
    return Error::make(Error::Code::Forbidden,
        QCoreApplication::translate("AgentRepository", "Login or password incorrect. Check the keyboard (caps lock) and try again; after five failures "
           "the account is locked for 15 minutes."));
}

Agent agentFromQuery(const QSqlQuery &q)
{
    Agent a;
    a.id = uuidFromBytes(q.value(0).toByteArray());
    a.login = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = roleFromKey(q.value(3).toString()).value_or(Role::Agent);
    a.officeCode = q.value(4).toString();
    a.active = q.value(5).toBool();
    a.refused = q.value(6).toString();
    return a;
}

const QString agentColumns = QStringLiteral("id, login, display_name, role, office_code, active, refused");

} // namespace

Result<QString> AgentRepository::normalisedLogin(const QString &login)
{
    static const QRegularExpression loginRe(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    const QString l = login.trimmed().toLower();
    if (!loginRe.match(l).hasMatch())
        return std::unexpected(Error::invalid(QStringLiteral("login"),
            QCoreApplication::translate("AgentRepository", "Login: expected 2 to 32 lower-case letters, digits, dots, hyphens or underscores, starting with a letter "
               "(e.g. jmartin).")));
    return l;
}

Result<QString> AgentRepository::hashPassword(const QString &password)
{
    if (password.size() < minPasswordLength || password.size() > maxPasswordLength)
        return std::unexpected(Error::invalid(QStringLiteral("password"),
            QCoreApplication::translate("AgentRepository", "Password: expected %1 to %2 characters. Choose another; a short sentence is easy to remember.")
                .arg(minPasswordLength).arg(maxPasswordLength)));
    if (sodium_init() < 0)
        return std::unexpected(Error::make(Error::Code::Unavailable, QCoreApplication::translate("AgentRepository", "The cryptographic library cannot start.")));
    const QByteArray secret = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, secret.constData(), quint64(secret.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return std::unexpected(Error::make(Error::Code::Unavailable,
            QCoreApplication::translate("AgentRepository", "The password could not be hashed (not enough memory). Close other programs and try again.")));
    return QString::fromLatin1(hash);
}

Result<Agent> AgentRepository::add(const QString &login, const QString &displayName, Role role,
                                   const QString &officeCode, const QString &password, const QUuid &byAgent)
{
    auto l = normalisedLogin(login);
    if (!l)
        return std::unexpected(l.error());
    if (displayName.trimmed().isEmpty() || displayName.size() > 100)
        return std::unexpected(Error::invalid(QStringLiteral("name"), QCoreApplication::translate("AgentRepository", "Name: give the agent's name as colleagues know it (at most 100 characters).")));
    static const QRegularExpression officeRe(QStringLiteral("^[A-Z]{3}$"));
    if (!officeRe.match(officeCode).hasMatch())
        return std::unexpected(Error::invalid(QStringLiteral("office"),
            QCoreApplication::translate("AgentRepository", "Office: expected the three-letter code of an office (e.g. BEL).")));
    auto hash = hashPassword(password);
    if (!hash)
        return std::unexpected(hash.error());

    Agent a;
    a.id = m_db.ids().next();
    a.login = *l;
    a.displayName = displayName.simplified();
    a.role = role;
    a.officeCode = officeCode;

    Database::Transaction tx(m_db);
    QSqlQuery exists(m_db.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM agents WHERE login = ? AND refused IS NULL"));
    exists.addBindValue(*l);
    if (!exists.exec())
        return std::unexpected(Database::storageError(exists, QT_TRANSLATE_NOOP("Database", "read the agents")));
    if (exists.next())
        return std::unexpected(Error{Error::Code::Conflict, QStringLiteral("login"),
            QCoreApplication::translate("AgentRepository", "Login: \"%1\" is already taken. Choose another login.").arg(*l)});
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO agents(id, login, display_name, role, office_code, password_hash, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(uuidBytes(a.id));
    q.addBindValue(a.login);
    q.addBindValue(a.displayName);
    q.addBindValue(roleKey(role));
    q.addBindValue(officeCode);
    q.addBindValue(*hash);
    q.addBindValue(Database::timestamp(m_db.clock().now()));
    q.addBindValue(Database::timestamp(m_db.clock().now()));
    if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "save the agent")); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.recordChange({entity::Agent, a.id, operation::Insert,
                                    {{QStringLiteral("login"), a.login},
                                     {QStringLiteral("display_name"), a.displayName},
                                     {QStringLiteral("role"), roleKey(role)},
                                     {QStringLiteral("office_code"), officeCode},
                                     {QStringLiteral("password_hash"), *hash}},
                                    byAgent.isNull() ? a.id : byAgent}); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return a;
}

Result<Agent> AgentRepository::authenticate(const QString &login, const QString &password)
{
    if (sodium_init() < 0)
        return std::unexpected(Error::make(Error::Code::Unavailable, QCoreApplication::translate("AgentRepository", "The cryptographic library cannot start.")));
    const QDateTime now = m_db.clock().now();
    Database::Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    // The account in good standing first; then any account refused because
    // another office had given its login first (see sync/replicator.cpp).
    q.prepare(QStringLiteral("SELECT a.id, a.login, a.display_name, a.role, a.office_code, a.active, a.refused, a.password_hash, "
                             "coalesce(l.failed_attempts, 0), l.locked_until "
                             "FROM agents a LEFT JOIN agent_logins l ON l.agent_id = a.id "
                             "WHERE a.login = ? AND a.active = 1 ORDER BY a.refused IS NOT NULL, a.id"));
    q.addBindValue(login.trimmed().toLower().left(64));
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the agents")));
    const QByteArray secret = password.left(maxPasswordLength).toUtf8();
    auto verifies = [&secret](const QByteArray &hash) {
        return crypto_pwhash_str_verify(hash.constData(), secret.constData(), quint64(secret.size())) == 0;
    };
    struct Account
    {
        Agent agent;
        QByteArray hash;
        int failures = 0;
        QDateTime lockedUntil;
    };
    std::optional<Account> holder;   // the account in good standing
    QList<Account> refused;          // accounts refused because another office had given the login first
    while (q.next()) {
        Account a{agentFromQuery(q), q.value(7).toString().toLatin1(), q.value(8).toInt(),
                  Database::fromTimestamp(q.value(9).toString())};
        if (a.agent.refused.isEmpty())
            holder = a;
        else
            refused << a;
    }
    q.finish();
    if (!holder && refused.isEmpty()) {
        // Spend the same effort as a real check, so timing does not tell which logins exist.
        char dummy[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str(dummy, "x", 1, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
            qt_noop();
        return std::unexpected(wrongCredentials());
    }
    // The owner of a refused account learns why, once the password proves who they are.
    auto refusedOwner = [&]() -> std::optional<Error> {
        for (const Account &a : std::as_const(refused))
            if (verifies(a.hash))
                return Error::make(Error::Code::Forbidden,
                    QCoreApplication::translate("AgentRepository", "Your account \"%1\" was created while another office had already given this login "
                       "to someone else: HQ refused it in every office. Ask an administrator to rename it (guichet-hq agent rename), "
                       "then log in with the new login.").arg(a.agent.login));
        return std::nullopt;
    };
    if (!holder) {
        if (auto e = refusedOwner())
            return std::unexpected(*e);
        return std::unexpected(wrongCredentials());
    }
    const Agent agent = holder->agent;
    int failures = holder->failures;
    const QDateTime lockedUntil = holder->lockedUntil;
    if (lockedUntil.isValid() && lockedUntil > now)
        return std::unexpected(Error::make(Error::Code::Locked,
            QCoreApplication::translate("AgentRepository", "This account is locked after five failed attempts, until %1. Wait, or ask a supervisor.")
                .arg(lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")))));

    const bool ok = verifies(holder->hash);
    if (!ok)
        if (auto e = refusedOwner())
            return std::unexpected(*e);  // not a failed attempt on the holder's account
    failures = ok ? 0 : failures + 1;
    QSqlQuery w(m_db.connection());
    w.prepare(QStringLiteral("INSERT INTO agent_logins(agent_id, failed_attempts, locked_until, last_login) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT(agent_id) DO UPDATE SET "
                             "failed_attempts = excluded.failed_attempts, locked_until = excluded.locked_until, "
                             "last_login = coalesce(excluded.last_login, last_login)"));
    w.addBindValue(uuidBytes(agent.id));
    w.addBindValue(failures >= maxFailures ? 0 : failures);
    w.addBindValue(failures >= maxFailures ? QVariant(Database::timestamp(now.addSecs(lockMinutes * 60)))
                                           : QVariant(QMetaType(QMetaType::QString)));
    w.addBindValue(ok ? QVariant(Database::timestamp(now)) : QVariant(QMetaType(QMetaType::QString)));
    if (auto r = Database::exec(w, QT_TRANSLATE_NOOP("Database", "record the log-in")); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    if (!ok)
        return std::unexpected(wrongCredentials());
    return agent;
}

Result<Agent> AgentRepository::get(const QUuid &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM agents WHERE id = ?").arg(agentColumns));
    q.addBindValue(uuidBytes(id));
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the agents")));
    if (!q.next())
        return std::unexpected(Error::make(Error::Code::NotFound, QCoreApplication::translate("AgentRepository", "This agent account does not exist.")));
    return agentFromQuery(q);
}

Result<QList<Agent>> AgentRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM agents ORDER BY login").arg(agentColumns)))
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the agents")));
    QList<Agent> out;
    while (q.next())
        out << agentFromQuery(q);
    return out;
}

} // namespace guichet
