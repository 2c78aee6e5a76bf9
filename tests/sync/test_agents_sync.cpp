// SPDX-License-Identifier: GPL-3.0-or-later
// Agent accounts across offices: logins unique in the whole city, settled in
// HQ's order, and accounts made at HQ.
#include "syncfixture.h"

#include "store/agentrepository.h"
#include "demogenerator.h"

#include <QProcess>

using namespace guichet;
using namespace guichet::test;

namespace {

Agent addAgent(Workstation &w, const QString &login, const QString &name, const QString &office,
               const QString &password = QStringLiteral("mot-de-passe-long"))
{
    auto a = AgentRepository(*w.db).add(login, name, Role::Agent, office, password);
    INFO((a ? QString() : a.error().message).toStdString());
    REQUIRE(a.has_value());
    return *a;
}

QString refusedOf(Workstation &w, const QUuid &agent)
{
    QSqlQuery q(w.db->connection());
    q.prepare(QStringLiteral("SELECT refused FROM agents WHERE id = ?"));
    q.addBindValue(uuidBytes(agent));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("Agents: two offices give one login apart: the account HQ received first keeps it everywhere, the other is "
          "refused everywhere, and its owner logs in once HQ renames it",
          "[sync][agents]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    Workstation saintMarc(hq, QStringLiteral("SMA"), 1);
    Workstation lambe(hq, QStringLiteral("LAM"), 1);

    // Apart: Olivier Caron at Bellevue, Odile Caron at Saint-Marc, both "ocaron".
    const Agent olivier = addAgent(bellevue, QStringLiteral("ocaron"), QStringLiteral("Olivier Caron"), QStringLiteral("BEL"));
    const Agent odile = addAgent(saintMarc, QStringLiteral("ocaron"), QStringLiteral("Odile Caron"), QStringLiteral("SMA"),
                                   QStringLiteral("celui d'Odile, long"));

    // Saint-Marc reaches HQ first: Odile keeps the login.
    SECTION("the office that sent first keeps the login, even if it pulls the other before")
    {
        REQUIRE(saintMarc.sync().ok);
        REQUIRE(bellevue.sync().ok);
        REQUIRE(saintMarc.sync().ok);
    }
    SECTION("the office that sent first keeps the login, though the other holds its own account before hearing of it")
    {
        // Saint-Marc sends only; Bellevue, which has not sent, receives Odile's
        // account while still holding Olivier's unsent one.
        sync::SyncClient sendOnly(*saintMarc.db, saintMarc.network);
        REQUIRE(sendOnly.run(saintMarc.link, saintMarc.release.id(), false).ok);
        REQUIRE(bellevue.sync().ok);
        REQUIRE(saintMarc.sync().ok);
    }
    REQUIRE(lambe.sync().ok);
    REQUIRE(bellevue.sync().ok);

    CHECK(refusedOf(bellevue, odile.id).isEmpty());
    CHECK(refusedOf(bellevue, olivier.id) == QStringLiteral("login_taken"));
    CHECK(refusedOf(saintMarc, olivier.id) == QStringLiteral("login_taken"));
    CHECK(refusedOf(lambe, olivier.id) == QStringLiteral("login_taken"));
    CHECK(bellevue.hash() == saintMarc.hash());
    CHECK(lambe.hash() == saintMarc.hash());
    CHECK(hq.store->stateHash().value() == bellevue.hash());

    // HQ lists the refused account with what to do.
    auto accounts = hq.store->agents();
    REQUIRE(accounts.has_value());
    int refused = 0;
    for (const auto &a : *accounts)
        if (!a.refused.isEmpty()) {
            ++refused;
            CHECK(a.id == olivier.id);
        }
    CHECK(refused == 1);

    // Olivier cannot log in, and is told why; Odile logs in at Bellevue.
    auto denied = AgentRepository(*bellevue.db).authenticate(QStringLiteral("ocaron"), QStringLiteral("mot-de-passe-long"));
    REQUIRE_FALSE(denied.has_value());
    CHECK(denied.error().code == Error::Code::Forbidden);
    CHECK(denied.error().message.contains(QStringLiteral("rename")));
    auto odileIn = AgentRepository(*saintMarc.db).authenticate(QStringLiteral("ocaron"), QStringLiteral("celui d'Odile, long"));
    REQUIRE(odileIn.has_value());
    CHECK(odileIn->id == odile.id);

    // HQ renames Olivier's account: every office receives it, and he logs in.
    auto renamed = hq.store->updateAgent(sync::uuidText(olivier.id), {{QStringLiteral("login"), QStringLiteral("olcaron")}});
    REQUIRE(renamed.has_value());
    CHECK(renamed->refused.isEmpty());
    // Renaming to a login in use is refused and changes nothing.
    CHECK_FALSE(hq.store->updateAgent(QStringLiteral("olcaron"), {{QStringLiteral("login"), QStringLiteral("ocaron")}}).has_value());
    REQUIRE(bellevue.sync().ok);
    REQUIRE(saintMarc.sync().ok);
    REQUIRE(lambe.sync().ok);
    CHECK(refusedOf(bellevue, olivier.id).isEmpty());
    auto olivierIn = AgentRepository(*bellevue.db).authenticate(QStringLiteral("olcaron"), QStringLiteral("mot-de-passe-long"));
    REQUIRE(olivierIn.has_value());
    CHECK(olivierIn->id == olivier.id);
    CHECK(bellevue.hash() == saintMarc.hash());
    CHECK(lambe.hash() == saintMarc.hash());
    CHECK(hq.store->stateHash().value() == lambe.hash());
}

TEST_CASE("Agents: an account made at HQ reaches every office, and disabled at HQ it can no longer log in anywhere", "[sync][agents]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    auto made = hq.store->addAgent(QStringLiteral("jmartin"), QStringLiteral("Jeanne Martin"), QStringLiteral("superviseur"),
                                   QStringLiteral("BEL"), QStringLiteral("une phrase de passe"));
    REQUIRE(made.has_value());
    // HQ refuses a taken login, a bad role and a short password, and stores nothing.
    CHECK(hq.store->addAgent(QStringLiteral("JMartin"), QStringLiteral("Autre"), QStringLiteral("agent"), QStringLiteral("SMA"),
                             QStringLiteral("une phrase de passe")).error().code == Error::Code::Conflict);
    CHECK(hq.store->addAgent(QStringLiteral("pdurand"), QStringLiteral("P. Durand"), QStringLiteral("chef"), QStringLiteral("SMA"),
                             QStringLiteral("une phrase de passe")).error().field == QStringLiteral("role"));
    CHECK(hq.store->addAgent(QStringLiteral("pdurand"), QStringLiteral("P. Durand"), QStringLiteral("agent"), QStringLiteral("SMA"),
                             QStringLiteral("court")).error().field == QStringLiteral("password"));
    CHECK(hq.store->agents().value().size() == 1);

    REQUIRE(bellevue.sync().ok);
    auto in = AgentRepository(*bellevue.db).authenticate(QStringLiteral("jmartin"), QStringLiteral("une phrase de passe"));
    REQUIRE(in.has_value());
    CHECK(in->role == Role::Supervisor);
    // A login HQ gave is taken on the workstation too.
    CHECK(AgentRepository(*bellevue.db).add(QStringLiteral("jmartin"), QStringLiteral("Autre"), Role::Agent, QStringLiteral("BEL"),
                                            QStringLiteral("mot-de-passe-long")).error().code == Error::Code::Conflict);

    REQUIRE(hq.store->updateAgent(QStringLiteral("jmartin"), {{QStringLiteral("role"), QStringLiteral("agent")}}).has_value());
    REQUIRE(bellevue.sync().ok);
    CHECK(AgentRepository(*bellevue.db).authenticate(QStringLiteral("jmartin"), QStringLiteral("une phrase de passe"))->role == Role::Agent);
    REQUIRE(hq.store->updateAgent(QStringLiteral("jmartin"), {{QStringLiteral("active"), false}}).has_value());
    REQUIRE(bellevue.sync().ok);
    CHECK_FALSE(AgentRepository(*bellevue.db).authenticate(QStringLiteral("jmartin"), QStringLiteral("une phrase de passe")).has_value());
    CHECK(hq.store->stateHash().value() == bellevue.hash());
}

TEST_CASE("Agents: two workstations of one office both running the demo end on one state with HQ", "[sync][agents][demo]")
{
    Hq hq;
    Workstation first(hq, QStringLiteral("BEL"), 1);
    Workstation second(hq, QStringLiteral("BEL"), 2);
    for (auto [w, seed] : {std::pair{&first, 1}, std::pair{&second, 2}}) {
        DemoGenerator generator(*w->db, w->clock, w->release);
        DemoGenerator::Options options;
        options.citizens = 60;
        options.cases = 150;
        options.seed = quint64(seed);
        options.homeOffice = QStringLiteral("BEL");
        auto made = generator.run(options);
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made.has_value());
    }
    for (int round = 0; round < 2; ++round) {
        REQUIRE(first.sync().ok);
        REQUIRE(second.sync().ok);
    }
    CHECK(first.sync().received == 0);
    // Both demos gave some of the same logins: the clash is what this test is about.
    QSqlQuery refused(second.db->connection());
    REQUIRE(refused.exec(QStringLiteral("SELECT count(*) FROM agents WHERE refused IS NOT NULL")));
    REQUIRE(refused.next());
    CHECK(refused.value(0).toInt() > 0);
    CHECK(first.hash() == second.hash());
    CHECK(hq.store->stateHash().value() == first.hash());
}

TEST_CASE("Agents: a new workstation whose own account has a login HQ's snapshot gives to another starts from the "
          "snapshot with its account refused, like every office",
          "[sync][agents][snapshot]")
{
    Hq hq;
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    const Agent odile = addAgent(bellevue, QStringLiteral("ocaron"), QStringLiteral("Odile Caron"), QStringLiteral("BEL"));
    bellevue.person();
    REQUIRE(bellevue.sync().ok);
    hq.snapshot();

    Workstation fresh(hq, QStringLiteral("SMA"), 1);
    const Agent olivier = addAgent(fresh, QStringLiteral("ocaron"), QStringLiteral("Olivier Caron"), QStringLiteral("SMA"));
    const auto started = fresh.sync();
    INFO(started.error.message.toStdString());
    REQUIRE(started.ok);
    CHECK(started.snapshotSeq > 0);
    CHECK(refusedOf(fresh, odile.id).isEmpty());
    CHECK(refusedOf(fresh, olivier.id) == QStringLiteral("login_taken"));
    REQUIRE(bellevue.sync().ok);
    CHECK(refusedOf(bellevue, olivier.id) == QStringLiteral("login_taken"));
    CHECK(fresh.hash() == bellevue.hash());
    CHECK(hq.store->stateHash().value() == fresh.hash());
}

TEST_CASE("guichet-hq administers accounts from the command line, one command per action, and refuses a wrong command by name",
          "[sync][agents][cli]")
{
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hq.db"));
    const QString program = buildPath(QStringLiteral("bin/guichet-hq"));
    struct Run
    {
        int code;
        QString out, err;
    };
    auto run = [&](const QStringList &args, const QByteArray &input = {}) {
        QProcess p;
        p.start(program, QStringList{QStringLiteral("--db"), db} + args);
        REQUIRE(p.waitForStarted(60000));
        p.write(input);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(60000));
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    };

    const Run added = run({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("jdupont"),
                           QStringLiteral("--name"), QStringLiteral("Jeanne Dupont"), QStringLiteral("--office"), QStringLiteral("BEL")},
                          "mot-de-passe-long\n");
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    CHECK(added.out.contains(QStringLiteral("\tjdupont\tagent\tBEL")));
    CHECK(run({QStringLiteral("agent"), QStringLiteral("rename"), QStringLiteral("jdupont"), QStringLiteral("jdupont2")}).code == 0);
    CHECK(run({QStringLiteral("agent"), QStringLiteral("role"), QStringLiteral("jdupont2"), QStringLiteral("superviseur")}).code == 0);
    const Run disabled = run({QStringLiteral("agent"), QStringLiteral("disable"), QStringLiteral("jdupont2")});
    CHECK(disabled.out.trimmed().endsWith(QStringLiteral("\tjdupont2\tsuperviseur\tBEL\tDISABLED")));
    const Run listed = run({QStringLiteral("agents")});
    CHECK(listed.out.contains(QStringLiteral("\tjdupont2\tJeanne Dupont\tsuperviseur\tBEL\tDISABLED")));

    // The account named is not there: refused (1), naming it.
    const Run unknown = run({QStringLiteral("agent"), QStringLiteral("enable"), QStringLiteral("personne")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("personne")));
    // Usage errors (2) name what is wrong and where the help is.
    const Run missingWord = run({QStringLiteral("agent")});
    CHECK(missingWord.code == 2);
    CHECK(missingWord.err.contains(QStringLiteral("agent rename")));
    const Run missingValue = run({QStringLiteral("agent"), QStringLiteral("rename"), QStringLiteral("jdupont2")});
    CHECK(missingValue.code == 2);
    CHECK(missingValue.err.contains(QStringLiteral("guichet-hq agent rename --help")));
    CHECK(run({QStringLiteral("frobnicate")}).code == 2);
    const Run help = run({QStringLiteral("--help")});
    CHECK(help.code == 0);
    for (const char *command : {"serve", "enrol-code", "workstations", "agent add", "agent disable", "publish", "set-aside", "snapshot"})
        CHECK(help.out.contains(QLatin1String(command)));
}
