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

    explicit AgentRepository(Database &db) : m_db(db) {}

    Result<Agent> add(const QString &login, const QString &displayName, Role role, const QString &officeCode,
                      const QString &password, const QUuid &byAgent = {});
    Result<Agent> authenticate(const QString &login, const QString &password);
    Result<Agent> get(const QUuid &id) const;
    Result<QList<Agent>> list() const;

private:
    Database &m_db;
};

} // namespace guichet
