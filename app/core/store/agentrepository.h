// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/types.h"

#include <QList>

namespace guichet {

class Database;

/// Agent accounts. Passwords are kept as argon2id hashes (libsodium
/// crypto_pwhash_str); five failed log-ins in a row lock the account for
/// lockMinutes, and a failure never says whether the login or the password was wrong.
class AgentRepository
{
public:
    static constexpr int maxFailures = 5;
    static constexpr int lockMinutes = 15;
    static constexpr int minPasswordLength = 10;
    static constexpr int maxPasswordLength = 256;

    explicit AgentRepository(Database &db) : m_db(db) {}

    /// The login rule, shared by the desk, guichetctl and HQ: the login
    /// normalised (trimmed, lower case), or an error naming the field.
    static Result<QString> normalisedLogin(const QString &login);
    /// An argon2id hash of the password (libsodium's string format), after
    /// checking its length.
    static Result<QString> hashPassword(const QString &password);

    /// A new account, recorded for sync. Its login must be free here; HQ
    /// checks it against the whole city and refuses it everywhere when
    /// another office gave the same login first (the account stays, refused).
    Result<Agent> add(const QString &login, const QString &displayName, Role role, const QString &officeCode,
                      const QString &password, const QUuid &byAgent = {});
    /// Logs in an account in good standing. The owner of a refused account
    /// who types its password is told why and what to do.
    Result<Agent> authenticate(const QString &login, const QString &password);
    Result<Agent> get(const QUuid &id) const;
    Result<QList<Agent>> list() const;

private:
    Database &m_db;
};

} // namespace guichet
