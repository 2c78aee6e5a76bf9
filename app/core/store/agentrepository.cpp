// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentrepository.h"

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
    return a;
}

const QString agentColumns = QStringLiteral("id, login, display_name, role, office_code");

} // namespace

Result<Agent> AgentRepository::add(const QString &login, const QString &displayName, Role role,
                                   const QString &officeCode, const QString &password, const QUuid &byAgent)
{
    static const QRegularExpression loginRe(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    const QString l = login.trimmed().toLower();
    if (!loginRe.match(l).hasMatch())
        return std::unexpected(Error::invalid(QStringLiteral("login"),
            QCoreApplication::translate("AgentRepository", "Login: expected 2 to 32 lower-case letters, digits, dots, hyphens or underscores, starting with a letter "
               "(e.g. jmartin).")));
    if (displayName.trimmed().isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("name"), QCoreApplication::translate("AgentRepository", "Name: give the agent's name as colleagues know it.")));
    if (password.size() < minPasswordLength)
        return std::unexpected(Error::invalid(QStringLiteral("password"),
            QCoreApplication::translate("AgentRepository", "Password: expected at least %1 characters. Choose a longer one; a short sentence is easy to remember.")
                .arg(minPasswordLength)));
    static const QRegularExpression officeRe(QStringLiteral("^[A-Z]{3}$"));
    if (!officeRe.match(officeCode).hasMatch())
        return std::unexpected(Error::invalid(QStringLiteral("office"),
            QCoreApplication::translate("AgentRepository", "Office: expected the three-letter code of an office (e.g. BEL).")));
    if (sodium_init() < 0)
        return std::unexpected(Error::make(Error::Code::Unavailable, QCoreApplication::translate("AgentRepository", "The cryptographic library cannot start.")));

    const QByteArray secret = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, secret.constData(), quint64(secret.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return std::unexpected(Error::make(Error::Code::Unavailable,
            QCoreApplication::translate("AgentRepository", "The password could not be hashed (not enough memory). Close other programs and try again.")));

    Agent a;
    a.id = m_db.ids().next();
    a.login = l;
    a.displayName = displayName.simplified();
    a.role = role;
    a.officeCode = officeCode;

    Database::Transaction tx(m_db);
    QSqlQuery exists(m_db.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM agents WHERE login = ?"));
    exists.addBindValue(l);
    if (!exists.exec())
        return std::unexpected(Database::storageError(exists, QT_TRANSLATE_NOOP("Database", "read the agents")));
    if (exists.next())
        return std::unexpected(Error{Error::Code::Conflict, QStringLiteral("login"),
            QCoreApplication::translate("AgentRepository", "Login: \"%1\" is already taken. Choose another login.").arg(l)});
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO agents(id, login, display_name, role, office_code, password_hash, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(uuidBytes(a.id));
    q.addBindValue(a.login);
    q.addBindValue(a.displayName);
    q.addBindValue(roleKey(role));
    q.addBindValue(officeCode);
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(Database::timestamp(m_db.clock().now()));
    if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "save the agent")); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.recordChange({QStringLiteral("agent"), a.id, QStringLiteral("insert"),
                                    {{QStringLiteral("login"), a.login},
                                     {QStringLiteral("display_name"), a.displayName},
                                     {QStringLiteral("role"), roleKey(role)},
                                     {QStringLiteral("office_code"), officeCode},
                                     {QStringLiteral("password_hash"), QString::fromLatin1(hash)}},
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
    q.prepare(QStringLiteral("SELECT a.id, a.login, a.display_name, a.role, a.office_code, a.password_hash, "
                             "coalesce(l.failed_attempts, 0), l.locked_until "
                             "FROM agents a LEFT JOIN agent_logins l ON l.agent_id = a.id "
                             "WHERE a.login = ? AND a.active = 1"));
    q.addBindValue(login.trimmed().toLower());
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the agents")));
    if (!q.next()) {
        // Spend the same effort as a real check, so timing does not tell which logins exist.
        char dummy[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str(dummy, "x", 1, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
            qt_noop();
        return std::unexpected(wrongCredentials());
    }
    const Agent agent = agentFromQuery(q);
    const QByteArray hash = q.value(5).toString().toLatin1();
    int failures = q.value(6).toInt();
    const QDateTime lockedUntil = Database::fromTimestamp(q.value(7).toString());
    if (lockedUntil.isValid() && lockedUntil > now)
        return std::unexpected(Error::make(Error::Code::Locked,
            QCoreApplication::translate("AgentRepository", "This account is locked after five failed attempts, until %1. Wait, or ask a supervisor.")
                .arg(lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")))));

    const QByteArray secret = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(hash.constData(), secret.constData(), quint64(secret.size())) == 0;
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
