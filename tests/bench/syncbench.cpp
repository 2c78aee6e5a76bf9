// SPDX-License-Identifier: GPL-3.0-or-later
// Sync figures for the README: a night of the city's work through HQ.
//   build/bin/guichet-bench-sync [--hq-db sqlite|postgresql://…] [--offices 7] [--per-office 2]
//                                [--ops-per-office 20000]
//   build/bin/guichet-bench-sync --city-db CITY.db [--hq-db …] [--verify]
// HQ runs as its own process (build/bin/guichet-hq) on 127.0.0.1; each
// workstation is an office database with a night of requests of its own office.
// With --city-db, a whole city instead (guichetctl demo --citizens 150000
// --cases 1000000 --office BEL --db CITY.db): pushed to a new HQ, made into a
// snapshot, and received by a new workstation. The city database can be used
// again: a new HQ is a new epoch, so it sends everything again.
#include "reference/workflow.h"
#include "store/caserepository.h"
#include "store/citizenrepository.h"
#include "store/database.h"
#include "store/referencestore.h"
#include "sync/statehash.h"
#include "sync/syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace guichet;

namespace {

QString bin(const QString &name)
{
    return QCoreApplication::applicationDirPath() + u'/' + name;
}

QByteArray runOrDie(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed: %s\n", qPrintable(program), qPrintable(args.join(u' ')),
                     p.readAllStandardError().constData());
        std::exit(1);
    }
    return p.readAllStandardOutput().trimmed();
}

struct Station
{
    QString path;
    QString office;
    std::unique_ptr<Database> db;
    sync::HqLink link;
};

/// A workstation's night: each case a new person (1 operation), the case and
/// its first event (2), a status change and its event (2) and a note (1).
Result<void> fillNight(Database &db, const QString &office, int cases, quint32 seed)
{
    auto release = ReferenceStore(db).current(db.clock().today());
    if (!release)
        return std::unexpected(release.error());
    const Workflow workflow = Workflow::fromJson(release->workflow(QStringLiteral("etat-civil.copie-acte")));
    const QUuid agent = QUuid::fromString(QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057"));
    static const QStringList families{QStringLiteral("Le Gall"), QStringLiteral("Quéré"), QStringLiteral("Morvan"),
                                      QStringLiteral("Abgrall"), QStringLiteral("Kerhervé"), QStringLiteral("Le Bihan")};
    QRandomGenerator rng(seed);
    CitizenRepository citizens(db);
    CaseRepository repo(db);
    for (int i = 0; i < cases; ++i) {
        Database::Transaction tx(db);
        Citizen c;
        c.familyName = families.at(rng.bounded(families.size()));
        c.firstNames = QStringLiteral("Anne");
        c.sex = QLatin1Char('F');
        c.birthDate = QDate(1950 + rng.bounded(60), 1 + rng.bounded(12), 1 + rng.bounded(28));
        c.birthPlaceCode = QStringLiteral("29019");
        c.birthPlaceName = QStringLiteral("Brest");
        c.addressLine = QStringLiteral("%1 rue de Siam").arg(1 + rng.bounded(120));
        c.postalCode = QStringLiteral("29200");
        c.city = QStringLiteral("Brest");
        auto person = citizens.create(c, agent);
        if (!person)
            return std::unexpected(person.error());
        CaseRepository::NewCase n;
        n.citizenId = person->id;
        n.moduleId = QStringLiteral("etat-civil");
        n.procedureId = QStringLiteral("etat-civil.copie-acte");
        n.officeCode = office;
        n.service = QStringLiteral("etat-civil");
        n.summary = QStringLiteral("Copie intégrale d'acte de naissance");
        n.releaseId = release->id();
        auto made = repo.create(n, workflow, agent);
        if (!made)
            return std::unexpected(made.error());
        if (auto r = repo.changeStatus(made->id, QStringLiteral("processing"), {}, workflow, agent); !r)
            return std::unexpected(r.error());
        if (auto r = repo.addNote(made->id, QStringLiteral("Acte demandé au registre."), agent); !r)
            return std::unexpected(r.error());
        if (auto r = tx.commit(); !r)
            return r;
    }
    return {};
}

/// A new workstation of `office`, enrolled with HQ.
Station newStation(const QString &dir, const QString &name, const QString &office, int slot, const QString &hqDb,
                   const QUrl &url, const Clock &clock, QNetworkAccessManager &network)
{
    Station s;
    s.office = office;
    s.path = QDir(dir).filePath(name);
    runOrDie(bin(QStringLiteral("guichetctl")), {QStringLiteral("init"), QStringLiteral("--office"), office, QStringLiteral("--slot"),
                                                 QString::number(slot), QStringLiteral("--db"), s.path});
    s.db = std::move(Database::open(s.path, clock, Database::OpenMode::MustExist).value());
    const QString code = QString::fromLatin1(runOrDie(bin(QStringLiteral("guichet-hq")),
        {QStringLiteral("--db"), hqDb, QStringLiteral("enrol-code"), QStringLiteral("--office"), office}));
    auto link = sync::SyncClient::enrol(*s.db, url, code, office, network);
    if (!link) {
        std::fprintf(stderr, "enrolment failed: %s\n", qPrintable(link.error().message));
        std::exit(1);
    }
    s.link = *link;
    return s;
}

/// guichet-hq snapshot, timed; prints what it wrote.
double makeSnapshot(const QString &hqDb, const QString &dir)
{
    QElapsedTimer t;
    t.start();
    const QByteArray said = runOrDie(bin(QStringLiteral("guichet-hq")), {QStringLiteral("--db"), hqDb, QStringLiteral("--snapshots"), dir,
                                                                         QStringLiteral("snapshot")});
    const double s = t.nsecsElapsed() / 1e9;
    std::printf("guichet-hq snapshot: %.1f s (%s)\n", s, said.constData());
    return s;
}

/// A new workstation's first sync, from HQ's snapshot when it has one.
void bootstrap(const QString &label, Station &s, QNetworkAccessManager &network)
{
    QElapsedTimer t;
    t.start();
    sync::SyncClient client(*s.db, network);
    const auto r = client.run(s.link, QStringLiteral("2026.1"));
    const double secs = t.nsecsElapsed() / 1e9;
    if (!r.ok) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(label), qPrintable(r.error.message));
        std::exit(1);
    }
    if (r.snapshotSeq > 0)
        std::printf("%s: snapshot up to sequence %lld (%.0f MB) + %lld operations pulled in %.2f s\n", qPrintable(label),
                    r.snapshotSeq, r.bytesReceived / 1e6, r.received, secs);
    else
        std::printf("%s: %lld operations pulled in %.2f s = %.0f operations/s\n", qPrintable(label), r.received, secs,
                    r.received / secs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each figure as soon as measured, also into a file
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption hqDbOpt(QStringLiteral("hq-db"), QStringLiteral("sqlite, or a postgresql:// URL of an empty database."),
                                     QStringLiteral("url"), QStringLiteral("sqlite"));
    const QCommandLineOption officesOpt(QStringLiteral("offices"), QStringLiteral("Offices (at most 8)."), QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption perOfficeOpt(QStringLiteral("per-office"), QStringLiteral("Workstations per office."), QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption opsOpt(QStringLiteral("ops-per-office"), QStringLiteral("Operations each office makes in the night's delta (about)."),
                                    QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption cityOpt(QStringLiteral("city-db"),
        QStringLiteral("A whole city's office database (guichetctl demo) to push, snapshot and bootstrap from, instead of the night."),
        QStringLiteral("file"));
    const QCommandLineOption verifyOpt(QStringLiteral("verify"), QStringLiteral("With --city-db: compare the state hashes at the end."));
    parser.addOptions({hqDbOpt, officesOpt, perOfficeOpt, opsOpt, cityOpt, verifyOpt});
    parser.process(app);

    QTemporaryDir dir;
    const QString hqDb = parser.value(hqDbOpt) == QLatin1String("sqlite") ? QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hq.db"))
                                                                         : parser.value(hqDbOpt);
    const int offices = std::clamp(parser.value(officesOpt).toInt(), 1, 8);
    const int perOffice = std::clamp(parser.value(perOfficeOpt).toInt(), 1, 9);
    const int opsPerOffice = std::max(1000, parser.value(opsOpt).toInt());
    static const QStringList codes{QStringLiteral("BEL"), QStringLiteral("SMA"), QStringLiteral("CEN"), QStringLiteral("EUR"),
                                   QStringLiteral("LAM"), QStringLiteral("QMO"), QStringLiteral("SPI"), QStringLiteral("HDV")};

    QProcess hq;
    hq.setProcessChannelMode(QProcess::SeparateChannels);
    const QString snapshots = dir.filePath(QStringLiteral("snapshots"));
    hq.start(bin(QStringLiteral("guichet-hq")), {QStringLiteral("--db"), hqDb, QStringLiteral("--snapshots"), snapshots,
                                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QByteArray line;
    while (!line.startsWith("listening on") && hq.waitForReadyRead(10000))
        line = hq.readLine().trimmed();
    if (!line.startsWith("listening on")) {
        std::fprintf(stderr, "HQ did not start: %s\n", hq.readAllStandardError().constData());
        return 1;
    }
    const QUrl url(QStringLiteral("http://") + QString::fromLatin1(line.mid(13)));

    SystemClock clock;
    QNetworkAccessManager network;
    if (parser.isSet(cityOpt)) {
        // The whole city: one workstation holding every case pushes it all.
        std::printf("HQ on %s at %s; the city of %s\n", hqDb.startsWith(QLatin1String("sqlite")) ? "SQLite" : "PostgreSQL",
                    qPrintable(url.toString()), qPrintable(parser.value(cityOpt)));
        Station city;
        city.path = parser.value(cityOpt);
        auto opened = Database::open(city.path, clock, Database::OpenMode::MustExist);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 1;
        }
        city.db = std::move(*opened);
        city.office = city.db->meta(QStringLiteral("office_code"));
        const QString code = QString::fromLatin1(runOrDie(bin(QStringLiteral("guichet-hq")),
            {QStringLiteral("--db"), hqDb, QStringLiteral("enrol-code"), QStringLiteral("--office"), city.office}));
        city.link = sync::SyncClient::enrol(*city.db, url, code, city.office, network).value();
        QElapsedTimer t;
        t.start();
        sync::SyncClient client(*city.db, network);
        const auto pushed = client.run(city.link, QStringLiteral("2026.1"), false);
        const double pushS = t.nsecsElapsed() / 1e9;
        if (!pushed.ok) {
            std::fprintf(stderr, "push failed: %s\n", qPrintable(pushed.error.message));
            return 1;
        }
        std::printf("push of the city: %lld operations in %.1f s = %.0f operations/s, %.0f bytes/operation\n", pushed.sent, pushS,
                    pushed.sent / pushS, double(pushed.bytesSent) / pushed.sent);
        makeSnapshot(hqDb, snapshots);
        Station fresh = newStation(dir.path(), QStringLiteral("new.db"), QStringLiteral("SMA"), 1, hqDb, url, clock, network);
        bootstrap(QStringLiteral("bootstrap of a new workstation with the whole city"), fresh, network);
        if (parser.isSet(verifyOpt)) {
            const auto a = sync::stateHash(*city.db), b = sync::stateHash(*fresh.db);
            std::printf("state hash of the city's workstation and of the new one: %s\n",
                        a && b && *a == *b ? "equal" : "DIFFERENT");
        }
        hq.terminate();
        hq.waitForFinished(10000);
        return 0;
    }

    // The night's delta: ~6 operations per case in the demo data.
    const int casesPerStation = std::max(10, opsPerOffice / perOffice / 6);
    std::printf("HQ on %s at %s; %d offices x %d workstations, ~%d operations per office\n",
                hqDb.startsWith(QLatin1String("sqlite")) ? "SQLite" : "PostgreSQL", qPrintable(url.toString()), offices,
                perOffice, opsPerOffice);
    std::vector<Station> stations;
    for (int o = 0; o < offices; ++o) {
        for (int w = 0; w < perOffice; ++w) {
            Station s;
            s.office = codes.at(o);
            s.path = dir.filePath(QStringLiteral("%1-%2.db").arg(s.office).arg(w + 1));
            runOrDie(bin(QStringLiteral("guichetctl")), {QStringLiteral("init"), QStringLiteral("--office"), s.office,
                                                         QStringLiteral("--slot"), QString::number(w + 1), QStringLiteral("--db"), s.path});
            const QString code = QString::fromLatin1(runOrDie(bin(QStringLiteral("guichet-hq")),
                {QStringLiteral("--db"), hqDb, QStringLiteral("enrol-code"), QStringLiteral("--office"), s.office}));
            s.db = std::move(Database::open(s.path, clock, Database::OpenMode::MustExist).value());
            if (auto r = fillNight(*s.db, s.office, casesPerStation, 100 + o * 10 + w); !r) {
                std::fprintf(stderr, "delta failed: %s\n", qPrintable(r.error().message));
                return 1;
            }
            auto link = sync::SyncClient::enrol(*s.db, url, code, s.office, network);
            if (!link) {
                std::fprintf(stderr, "enrolment failed: %s\n", qPrintable(link.error().message));
                return 1;
            }
            s.link = *link;
            stations.push_back(std::move(s));
        }
    }

    // Push: every workstation sends its night.
    qint64 pushed = 0, pushBytes = 0;
    QElapsedTimer t;
    t.start();
    for (Station &s : stations) {
        sync::SyncClient client(*s.db, network);
        const auto r = client.run(s.link, QStringLiteral("2026.1"), false);
        if (!r.ok) {
            std::fprintf(stderr, "push failed: %s\n", qPrintable(r.error.message));
            return 1;
        }
        pushed += r.sent;
        pushBytes += r.bytesSent;
    }
    const double pushS = t.nsecsElapsed() / 1e9;
    std::printf("push: %lld operations in %.2f s = %.0f operations/s, %.0f bytes/operation on the wire\n",
                pushed, pushS, pushed / pushS, double(pushBytes) / pushed);

    // Pull: every workstation receives the others' night.
    qint64 pulled = 0, pullBytes = 0;
    t.restart();
    for (Station &s : stations) {
        sync::SyncClient client(*s.db, network);
        const auto r = client.run(s.link, QStringLiteral("2026.1"));
        if (!r.ok) {
            std::fprintf(stderr, "pull failed: %s\n", qPrintable(r.error.message));
            return 1;
        }
        pulled += r.received;
        pullBytes += r.bytesReceived;
    }
    const double pullS = t.nsecsElapsed() / 1e9;
    std::printf("pull: %lld operations applied in %.2f s = %.0f operations/s, %.0f bytes/operation on the wire\n",
                pulled, pullS, pulled / pullS, double(pullBytes) / pulled);

    // A sync with nothing to do, as the desk does every few minutes.
    QList<double> idle;
    for (int i = 0; i < 50; ++i) {
        sync::SyncClient client(*stations.front().db, network);
        t.restart();
        const auto r = client.run(stations.front().link, QStringLiteral("2026.1"));
        idle << t.nsecsElapsed() / 1e6;
        if (!r.ok || r.sent || r.received)
            return 1;
    }
    std::sort(idle.begin(), idle.end());
    std::printf("sync with nothing to do: p50 %.1f ms, p95 %.1f ms\n", idle.at(idle.size() / 2), idle.at(idle.size() * 95 / 100));

    // A new workstation receives the whole city: by pulling every operation,
    // then — once HQ made its snapshot — from the snapshot.
    Station pulling = newStation(dir.path(), QStringLiteral("new.db"), QStringLiteral("BEL"), 9, hqDb, url, clock, network);
    bootstrap(QStringLiteral("bootstrap of a new workstation by pulling"), pulling, network);
    makeSnapshot(hqDb, snapshots);
    Station fromSnapshot = newStation(dir.path(), QStringLiteral("new2.db"), QStringLiteral("SMA"), 9, hqDb, url, clock, network);
    bootstrap(QStringLiteral("bootstrap of a new workstation from the snapshot"), fromSnapshot, network);

    hq.terminate();
    hq.waitForFinished(10000);
    return 0;
}
