// SPDX-License-Identifier: GPL-3.0-or-later
#include "storefixture.h"

#include "store/agentrepository.h"

using namespace guichet;
using namespace guichet::test;

TEST_CASE("AgentRepository: an agent logs in with the right password only", "[store][agent]")
{
    StoreFixture f;
    AgentRepository agents(*f.db);
    auto added = agents.add(QStringLiteral("jmartin"), QStringLiteral("Jeanne Martin"), Role::Agent,
                            QStringLiteral("BEL"), QStringLiteral("correct horse battery"));
    REQUIRE(added.has_value());
    // argon2id, never the password itself.
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM agents")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));

    auto ok = agents.authenticate(QStringLiteral("JMartin"), QStringLiteral("correct horse battery"));
    REQUIRE(ok.has_value());
    CHECK(ok->displayName == QStringLiteral("Jeanne Martin"));

    auto wrongPassword = agents.authenticate(QStringLiteral("jmartin"), QStringLiteral("wrong"));
    auto wrongLogin = agents.authenticate(QStringLiteral("nobody"), QStringLiteral("correct horse battery"));
    REQUIRE_FALSE(wrongPassword.has_value());
    REQUIRE_FALSE(wrongLogin.has_value());
    // The two failures say the same thing: nothing tells which part was wrong.
    CHECK(wrongPassword.error().message == wrongLogin.error().message);
}

TEST_CASE("AgentRepository: five failures in a row lock the account for a while", "[store][agent]")
{
    StoreFixture f;
    AgentRepository agents(*f.db);
    REQUIRE(agents.add(QStringLiteral("ykerherve"),
                       QStringLiteral("Yann Kerhervé"), Role::Supervisor, QStringLiteral("BEL"),
                       QStringLiteral("longue phrase secrète")).has_value());
    for (int i = 0; i < AgentRepository::maxFailures; ++i)
        REQUIRE_FALSE(agents.authenticate(QStringLiteral("ykerherve"), QStringLiteral("nope")).has_value());
    auto locked = agents.authenticate(QStringLiteral("ykerherve"), QStringLiteral("longue phrase secrète"));
    REQUIRE_FALSE(locked.has_value());
    CHECK(locked.error().code == Error::Code::Locked);

    f.clock.advance(qint64(AgentRepository::lockMinutes) * 60'000 + 1000);
    CHECK(agents.authenticate(QStringLiteral("ykerherve"), QStringLiteral("longue phrase secrète")).has_value());
}

TEST_CASE("AgentRepository: a login is unique and a password has a minimum length", "[store][agent][validation]")
{
    StoreFixture f;
    AgentRepository agents(*f.db);
    REQUIRE(agents.add(QStringLiteral("amorvan"), QStringLiteral("Anne Morvan"), Role::Agent, QStringLiteral("BEL"),
                       QStringLiteral("0123456789")).has_value());
    auto twice = agents.add(QStringLiteral("amorvan"), QStringLiteral("Autre"), Role::Agent, QStringLiteral("BEL"),
                            QStringLiteral("0123456789"));
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().field == QStringLiteral("login"));
    auto shortPassword = agents.add(QStringLiteral("bmorvan"), QStringLiteral("B"), Role::Agent, QStringLiteral("BEL"),
                                    QStringLiteral("court"));
    REQUIRE_FALSE(shortPassword.has_value());
    CHECK(shortPassword.error().field == QStringLiteral("password"));
}
