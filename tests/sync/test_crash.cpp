// SPDX-License-Identifier: GPL-3.0-or-later
// Crash tests with real processes: guichet-hq and guichetctl killed (SIGKILL,
// as kill -9) at chosen points of push, pull and apply; after a restart and
// a few syncs nothing is lost, nothing is applied twice, and both offices
// hold the same state.

#include "storefixture.h"

#include "store/caserepository.h"
#include "store/citizenrepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>

using namespace guichet;
using namespace guichet::test;

namespace {

struct Run
{
    bool crashed = false;
    int exitCode = 0;
    QString output;
};

Run run(const QString &program, const QStringList &args, const QString &crashAt = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GUICHET_CRASH_AT"));
    if (!crashAt.isEmpty())
        env.insert(QStringLiteral("GUICHET_CRASH_AT"), crashAt);
    p.setProcessEnvironment(env);
    p.start(buildPath(QStringLiteral("bin/") + program), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::CrashExit, p.exitCode(),
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

/// guichet-hq as its own process, on a free port.
class HqProcess
{
public:
    HqProcess(const QString &dbUrl, const QString &crashAt, const QStringList &options = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GUICHET_CRASH_AT"));
        if (!crashAt.isEmpty())
            env.insert(QStringLiteral("GUICHET_CRASH_AT"), crashAt);
        m_process.setProcessEnvironment(env);
        m_process.start(buildPath(QStringLiteral("bin/guichet-hq")),
                        QStringList{QStringLiteral("--db"), dbUrl, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + options);
        QByteArray line;
        while (!line.startsWith("listening on") && m_process.waitForReadyRead(10000))
            line = m_process.readLine().trimmed();
        REQUIRE(line.startsWith("listening on"));
        url = QStringLiteral("http://") + QString::fromLatin1(line.mid(13));
    }
    ~HqProcess()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    /// Killed at its crash point (it is already dead when asked: the wait returns at once).
    bool crashed() { return (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(5000)) && m_process.exitStatus() == QProcess::CrashExit; }
    QString url;

private:
    QProcess m_process;
};

/// An office database made with guichetctl init, filled with `cases` requests.
QString makeOffice(const TempDir &dir, const QString &office, int cases, quint32 seed)
{
    const QString path = dir.file(office + QStringLiteral(".db"));
    REQUIRE(run(QStringLiteral("guichetctl"), {QStringLiteral("init"), QStringLiteral("--office"), office,
                                               QStringLiteral("--db"), path}).exitCode == 0);
    SystemClock clock;
    auto db = Database::open(path, clock, Database::OpenMode::MustExist);
    REQUIRE(db.has_value());
    QRandomGenerator rng(seed);
    const QUuid agent = QUuid::fromString(QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057"));
    for (int i = 0; i < cases; ++i) {
        auto person = CitizenRepository(**db).create(sampleCitizen(i % 2 ? QStringLiteral("Le Gall") : QStringLiteral("Quéré")), agent);
        REQUIRE(person.has_value());
        CaseRepository::NewCase n;
        n.citizenId = person->id;
        n.moduleId = QStringLiteral("etat-civil");
        n.procedureId = QStringLiteral("etat-civil.copie-acte");
        n.officeCode = office;
        n.releaseId = QStringLiteral("2026.1");
        auto made = CaseRepository(**db).create(n, StoreFixture::requestWorkflow(), agent);
        REQUIRE(made.has_value());
        if (rng.bounded(2))
            REQUIRE(CaseRepository(**db).addNote(made->id, QStringLiteral("Rappel"), agent));
    }
    return path;
}

QString enrolCode(const QString &hqDb, const QString &office)
{
    const Run r = run(QStringLiteral("guichet-hq"), {QStringLiteral("--db"), hqDb, QStringLiteral("enrol-code"),
                                                     QStringLiteral("--office"), office});
    REQUIRE(r.exitCode == 0);
    return r.output.trimmed();
}

qint64 scalar(const QString &file, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-check"));
        db.setDatabaseName(file);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        value = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crash-check"));
    return value;
}

Run sync(const QString &db) { return run(QStringLiteral("guichetctl"), {QStringLiteral("sync"), QStringLiteral("--db"), db}); }

} // namespace

TEST_CASE("Crash: kill -9 of HQ or a workstation during push, pull or apply loses nothing and applies nothing twice",
          "[sync][crash]")
{
    static const QStringList workstationPoints{QStringLiteral("ws-push-answered"), QStringLiteral("ws-ack-before-commit"),
                                               QStringLiteral("ws-apply-before-commit"), QStringLiteral("ws-apply-after-commit")};
    static const QStringList hqPoints{QStringLiteral("hq-push-before-commit"), QStringLiteral("hq-push-after-commit")};
    const int seeds = qEnvironmentVariableIntValue("GUICHET_CRASH_SEEDS") > 0 ? qEnvironmentVariableIntValue("GUICHET_CRASH_SEEDS") : 50;
    for (int seed = 1; seed <= seeds; ++seed) {
        QRandomGenerator rng{quint32(seed)};
        TempDir dir;
        const QString hqFile = dir.file(QStringLiteral("hq.db"));
        const QString hqDb = QStringLiteral("sqlite:") + hqFile;
        const QString a = makeOffice(dir, QStringLiteral("BEL"), 15 + rng.bounded(30), quint32(seed));
        const QString b = makeOffice(dir, QStringLiteral("SMA"), 15 + rng.bounded(30), quint32(seed) + 1000);
        // Small batches and pages, so a crash can fall between two of them.
        const bool hqCrashes = rng.bounded(3) == 0;
        const QString point = hqCrashes ? hqPoints.at(rng.bounded(hqPoints.size()))
                                        : workstationPoints.at(rng.bounded(workstationPoints.size()));
        // HQ dies in the first or the second workstation's push; a workstation in its first pass.
        const QString crashAt = QStringLiteral("%1:%2").arg(point).arg(hqCrashes ? 1 + rng.bounded(2) : 1);
        INFO("seed " << seed << ", crash at " << crashAt.toStdString() << (hqCrashes ? " in HQ" : " in a workstation"));

        {
            HqProcess hq(hqDb, hqCrashes ? crashAt : QString());
            for (const QString &db : {a, b})
                REQUIRE(run(QStringLiteral("guichetctl"), {QStringLiteral("enrol"), QStringLiteral("--hq"), hq.url,
                                                           QStringLiteral("--code"), enrolCode(hqDb, db.endsWith(QLatin1String("BEL.db")) ? QStringLiteral("BEL") : QStringLiteral("SMA")),
                                                           QStringLiteral("--db"), db}).exitCode == 0);
            // A pushes, then B pushes and pulls A's work: the victim dies somewhere in there.
            const QString victim = rng.bounded(2) ? a : b;
            bool died = false;
            for (const QString &db : {a, b, a}) {
                const bool armed = !hqCrashes && db == victim && !died;
                const Run r = run(QStringLiteral("guichetctl"), {QStringLiteral("sync"), QStringLiteral("--db"), db},
                                  armed ? crashAt : QString());
                died = died || (armed && r.crashed);
            }
            // The crash did happen, where it was meant to.
            CHECK((hqCrashes ? hq.crashed() : died));
        }
        // Everything restarts: HQ on the same database, the workstations as they were left.
        HqProcess hq(hqDb, {});
        for (const QString &db : {a, b})
            REQUIRE(run(QStringLiteral("guichetctl"), {QStringLiteral("hq-url"), hq.url, QStringLiteral("--db"), db}).exitCode == 0);
        for (const QString &db : {a, b, a, b}) {
            const Run r = sync(db);
            INFO(r.output.toStdString());
            REQUIRE(r.exitCode == 0);
        }
        const Run hashA = run(QStringLiteral("guichetctl"), {QStringLiteral("state-hash"), QStringLiteral("--db"), a});
        const Run hashB = run(QStringLiteral("guichetctl"), {QStringLiteral("state-hash"), QStringLiteral("--db"), b});
        CHECK(hashA.output == hashB.output);
        // Nothing lost: every operation made is at HQ, once; nothing waits.
        const qint64 made = scalar(a, QStringLiteral("SELECT count(*) FROM outbox")) + scalar(b, QStringLiteral("SELECT count(*) FROM outbox"));
        CHECK(scalar(hqFile, QStringLiteral("SELECT count(*) FROM operations")) == made);
        CHECK(scalar(a, QStringLiteral("SELECT count(*) FROM outbox WHERE hq_seq IS NULL")) == 0);
        CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM outbox WHERE hq_seq IS NULL")) == 0);
        // Nothing twice: each side holds every case once and every event once.
        CHECK(scalar(a, QStringLiteral("SELECT count(*) FROM cases")) == scalar(b, QStringLiteral("SELECT count(*) FROM cases")));
        CHECK(scalar(a, QStringLiteral("SELECT count(*) FROM case_events")) == scalar(b, QStringLiteral("SELECT count(*) FROM case_events")));
    }
}

TEST_CASE("Crash: a workstation killed while importing HQ's snapshot holds none of it, and imports it whole at its next sync",
          "[sync][crash][snapshot]")
{
    TempDir dir;
    const QString hqDb = QStringLiteral("sqlite:") + dir.file(QStringLiteral("hq.db"));
    const QString snapshots = dir.file(QStringLiteral("snapshots"));
    const QString a = makeOffice(dir, QStringLiteral("BEL"), 30, 7);
    const QString fresh = dir.file(QStringLiteral("SMA.db"));
    REQUIRE(run(QStringLiteral("guichetctl"), {QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("SMA"),
                                               QStringLiteral("--db"), fresh}).exitCode == 0);
    HqProcess hq(hqDb, {}, {QStringLiteral("--snapshots"), snapshots});
    for (const auto &[db, office] : {std::pair{a, QStringLiteral("BEL")}, std::pair{fresh, QStringLiteral("SMA")}})
        REQUIRE(run(QStringLiteral("guichetctl"), {QStringLiteral("enrol"), QStringLiteral("--hq"), hq.url, QStringLiteral("--code"),
                                                   enrolCode(hqDb, office), QStringLiteral("--db"), db}).exitCode == 0);
    REQUIRE(sync(a).exitCode == 0);
    REQUIRE(run(QStringLiteral("guichet-hq"), {QStringLiteral("--db"), hqDb, QStringLiteral("--snapshots"), snapshots,
                                               QStringLiteral("snapshot")}).exitCode == 0);

    // Killed while its own rows go into the file, or while the file becomes its database.
    const QString point = GENERATE(QStringLiteral("ws-snapshot-before-commit"), QStringLiteral("ws-snapshot-adopting"));
    INFO(point.toStdString());
    const Run killed = run(QStringLiteral("guichetctl"), {QStringLiteral("sync"), QStringLiteral("--db"), fresh},
                           point + QStringLiteral(":1"));
    REQUIRE(killed.crashed);
    CHECK(scalar(fresh, QStringLiteral("SELECT count(*) FROM cases")) == 0);
    CHECK(scalar(fresh, QStringLiteral("SELECT count(*) FROM applied_ops")) == 0);
    CHECK(scalar(fresh, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'hq_cursor' AND value <> '0'")) == 0);

    const Run again = run(QStringLiteral("guichetctl"), {QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("--db"), fresh});
    INFO(again.output.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.output.contains(QStringLiteral("\"snapshot_seq\"")));
    CHECK(scalar(fresh, QStringLiteral("SELECT count(*) FROM cases")) == 30);
    const Run hashA = run(QStringLiteral("guichetctl"), {QStringLiteral("state-hash"), QStringLiteral("--db"), a});
    const Run hashFresh = run(QStringLiteral("guichetctl"), {QStringLiteral("state-hash"), QStringLiteral("--db"), fresh});
    CHECK(hashA.output == hashFresh.output);
}
