// SPDX-License-Identifier: GPL-3.0-or-later
// Reference releases published by HQ: numbered, checked, downloaded whole by
// every workstation and answered under from their effective date.
#include "syncfixture.h"
#include "store/settings.h"

#include "sync/releases.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>

using namespace guichet;
using namespace guichet::test;

namespace {

const QDate hqToday(2026, 11, 20);   // the fixtures' clocks start on this day

QDateTime noon(const QDate &day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC);
}

QStringList releaseIds(Hq &hq)
{
    auto list = hq.store->releases();
    REQUIRE(list.has_value());
    QStringList ids;
    for (const auto &r : *list)
        ids << QStringLiteral("%1:%2").arg(r.number).arg(r.id);
    return ids;
}

} // namespace

TEST_CASE("Publish: HQ numbers releases in order, stores the date it was given and knows one published twice",
          "[sync][hq][release]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    // At first start HQ has the release it ships, as no. 1, in force.
    CHECK(releaseIds(hq) == QStringList{QStringLiteral("1:2026.1")});
    CHECK(hq.store->releaseInForce(hqToday).value().id == QStringLiteral("2026.1"));

    const QString folder = releaseFolder(hq.dir, QStringLiteral("2027.1"));
    const auto first = hq.publish(folder, QDate(2027, 1, 1));
    CHECK_FALSE(first.alreadyPublished);
    CHECK(first.release.number == 2);
    CHECK(first.release.effective == QDate(2027, 1, 1));

    // The --effective date is the truth: the stored header carries it and the hash covers it.
    auto stored = ReferenceRelease::fromCanonicalJson(hq.store->releaseContent(QStringLiteral("2027.1")).value());
    REQUIRE(stored.has_value());
    CHECK(stored->effective() == QDate(2027, 1, 1));
    CHECK(stored->hash() == first.release.hash);
    CHECK(ReferenceRelease::loadDirectory(folder).value().hash() != first.release.hash);

    const auto again = hq.publish(folder, QDate(2027, 1, 1));
    CHECK(again.alreadyPublished);
    CHECK(again.release.number == 2);
    CHECK(again.release.hash == first.release.hash);

    const auto next = hq.publish(releaseFolder(hq.dir, QStringLiteral("2027.2")), QDate(2027, 3, 1));
    CHECK(next.release.number == 3);
    CHECK(releaseIds(hq) == QStringList{QStringLiteral("1:2026.1"), QStringLiteral("2:2027.1"), QStringLiteral("3:2027.2")});
    CHECK(hq.store->releaseInForce(QDate(2026, 12, 31)).value().id == QStringLiteral("2026.1"));
    CHECK(hq.store->releaseInForce(QDate(2027, 1, 1)).value().id == QStringLiteral("2027.1"));
    CHECK(hq.store->releaseInForce(QDate(2027, 6, 1)).value().id == QStringLiteral("2027.2"));
    // A workstation hears of the release in force and of those to come, not of older ones.
    const auto heard = hq.store->announced(QDate(2027, 2, 1));
    REQUIRE(heard.has_value());
    QStringList announced;
    for (const auto &r : *heard)
        announced << r.id;
    CHECK(announced == QStringList{QStringLiteral("2027.1"), QStringLiteral("2027.2")});
}

TEST_CASE("Publish: HQ refuses a release that lacks a section, starts in the past or changes a published one, "
          "and changes nothing", "[sync][hq][release][validation]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    hq.publish(releaseFolder(hq.dir, QStringLiteral("2027.1")), QDate(2027, 1, 1));
    const QStringList before = releaseIds(hq);

    SECTION("a section of the release in force is missing: named") {
        const QString folder = releaseFolder(hq.dir, QStringLiteral("2027.2"),
                                             [](auto &sections) { sections.remove(QStringLiteral("etat-civil")); });
        auto r = hq.tryPublish(folder, QDate(2027, 2, 1));
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.contains(QStringLiteral("\"etat-civil\"")));
        CHECK(r.error().message.contains(QStringLiteral("etat-civil.json")));
    }
    SECTION("a malformed commune table: refused here, not by each desk at start") {
        const QString folder = releaseFolder(hq.dir, QStringLiteral("2027.2"), [](auto &sections) {
            QJsonObject communes = sections.value(QStringLiteral("communes"));
            communes.insert(QStringLiteral("communes"), QStringLiteral("29019\tBrest"));
            sections.insert(QStringLiteral("communes"), communes);
        });
        auto r = hq.tryPublish(folder, QDate(2027, 2, 1));
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.contains(QStringLiteral("scripts/import-communes")));
    }
    SECTION("effective before HQ's today: answers already given cannot change") {
        auto r = hq.tryPublish(releaseFolder(hq.dir, QStringLiteral("2026.2")), hqToday.addDays(-1));
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field == QStringLiteral("effective"));
        CHECK(r.error().message.contains(QStringLiteral("answers already given")));
        CHECK(r.error().message.contains(QStringLiteral("2026-11-20")));
    }
    SECTION("a published id with another content: give it a new number") {
        const QString folder = releaseFolder(hq.dir, QStringLiteral("2027.1"), [](auto &sections) {
            QJsonObject offices = sections.value(QStringLiteral("offices"));
            offices.insert(QStringLiteral("note"), QStringLiteral("changed after publication"));
            sections.insert(QStringLiteral("offices"), offices);
        });
        auto r = hq.tryPublish(folder, QDate(2027, 1, 1));
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Error::Code::Conflict);
        CHECK(r.error().message.contains(QStringLiteral("no. 2")));
        CHECK(r.error().message.contains(QStringLiteral("new number")));
    }
    SECTION("the same release with another effective date is another content") {
        auto r = hq.tryPublish(releaseFolder(hq.dir, QStringLiteral("2027.1")), QDate(2027, 2, 1));
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.contains(QStringLiteral("new number")));
    }
    CHECK(releaseIds(hq) == before);
    // Today itself is allowed.
    CHECK(hq.publish(releaseFolder(hq.dir, QStringLiteral("2026.2")), hqToday).release.number == 3);
}

TEST_CASE("Releases: a workstation installs a release to come at sync and answers under it from its effective day",
          "[sync][release]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    const QDate effective(2026, 11, 23);
    const auto published = hq.publish(releaseFolder(hq.dir, QStringLiteral("2027.1")), effective);
    Workstation bel(hq, QStringLiteral("BEL"), 1);
    ReferenceStore store(*bel.db);
    sync::ReleaseWatch watch(*bel.db);

    const auto report = bel.sync();
    REQUIRE(report.ok);
    CHECK(report.releaseErrors.isEmpty());
    REQUIRE(report.releasesInstalled.size() == 1);
    CHECK(report.releasesInstalled.at(0) == published.release.announced());
    CHECK(bel.sync().releasesInstalled.isEmpty());  // held now: not downloaded again

    // Installed ahead, in force from its day only.
    CHECK(store.current(effective.addDays(-1)).value().id() == QStringLiteral("2026.1"));
    CHECK(store.current(effective).value().id() == QStringLiteral("2027.1"));
    CHECK(store.current(effective).value().hash() == published.release.hash);
    auto now = watch.status(store.current(bel.clock.today()).value(), bel.clock.now());
    CHECK(now.number == 1);
    CHECK(now.hqInForce == QStringLiteral("2026.1"));
    CHECK_FALSE(now.lags());

    // On the day, even without HQ: answering under the old release lags behind HQ, under the new one does not.
    bel.clock.set(noon(effective));
    const auto stale = watch.status(bel.release, bel.clock.now());
    CHECK(stale.behindHq);
    CHECK(stale.hqInForce == QStringLiteral("2027.1"));
    const auto switched = watch.status(store.current(bel.clock.today()).value(), bel.clock.now());
    CHECK_FALSE(switched.lags());
    CHECK(switched.number == 2);

    // Without HQ for longer than the office allows (7 days by default, 3 here), the release is unconfirmed.
    REQUIRE(settings::ReleaseMaxAgeDays.set(*bel.db, 3));
    bel.clock.advance(4LL * 24 * 3600 * 1000);
    hq.clock.set(bel.clock.now());
    const auto unconfirmed = watch.status(store.current(bel.clock.today()).value(), bel.clock.now());
    CHECK(unconfirmed.unconfirmed);
    CHECK(unconfirmed.maxAgeDays == 3);
    REQUIRE(bel.sync().ok);
    CHECK_FALSE(watch.status(store.current(bel.clock.today()).value(), bel.clock.now()).lags());
    CHECK(hq.store->workstations().value().at(0).releaseId == QStringLiteral("2027.1"));
}

TEST_CASE("Releases: a damaged release is refused, nothing of it installed, and push and pull still happen",
          "[sync][release]")
{
    Hq hq;
    hq.publish(releaseFolder(hq.dir, QStringLiteral("2027.1")), QDate(2026, 11, 23));
    Workstation bel(hq, QStringLiteral("BEL"), 1);
    Workstation sma(hq, QStringLiteral("SMA"), 1);
    sma.person(QStringLiteral("Autre"));
    REQUIRE(sma.sync().ok);
    bel.person();

    QString expected;
    SECTION("tampered: the content does not match the announced hash") {
        hq.sql(QStringLiteral("UPDATE releases SET content = replace(content, 'Brest', 'Bresk') WHERE id = '2027.1'"));
        expected = QStringLiteral("does not match what it announced");
    }
    SECTION("truncated") {
        hq.sql(QStringLiteral("UPDATE releases SET content = substr(content, 1, length(content) / 2) WHERE id = '2027.1'"));
        expected = QStringLiteral("damaged or cut short");
    }
    const auto report = bel.sync();
    CHECK(report.ok);
    CHECK(report.sent == 1);
    CHECK(report.received == 1);
    CHECK(report.releasesInstalled.isEmpty());
    REQUIRE(report.releaseErrors.size() == 1);
    CHECK(report.releaseErrors.at(0).message.contains(expected));
    CHECK(report.releaseErrors.at(0).message.contains(QStringLiteral("2027.1 (no. 2) was not installed")));
    CHECK(ReferenceStore(*bel.db).installedHash(QStringLiteral("2027.1")).value().isEmpty());
    CHECK(bel.count(QStringLiteral("SELECT COUNT(*) FROM reference_releases")) == 1);
}

TEST_CASE("HQ: releases, workstations and answered show who answers under which release", "[sync][hq][release]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    const QDate day(2026, 11, 21);
    hq.publish(releaseFolder(hq.dir, QStringLiteral("2027.1")), day);
    Workstation bel(hq, QStringLiteral("BEL"), 1);
    Workstation sma(hq, QStringLiteral("SMA"), 1);
    REQUIRE(bel.sync().ok);
    REQUIRE(sma.sync().ok);
    auto checks = hq.store->checkWorkstations(0);
    REQUIRE(checks.has_value());
    REQUIRE(checks->size() == 2);
    for (const auto &c : *checks)
        CHECK_FALSE((c.releaseDiffers || c.stale));

    // The next day Bellevue answers under 2027.1; Saint-Marc, which did not switch, still under 2026.1.
    for (Workstation *w : {&bel, &sma})
        w->clock.set(noon(day));
    hq.clock.set(noon(day));
    bel.release = ReferenceStore(*bel.db).current(day).value();
    const Case atBel = bel.request(bel.person().id, QStringLiteral("BEL"));
    REQUIRE(CaseRepository(*bel.db).recordAnswer(atBel.id, QStringLiteral("Délai : 10 jours"), bel.release.id(), bel.agent));
    sma.request(sma.person().id, QStringLiteral("SMA"));
    REQUIRE(bel.sync().ok);
    {
        sync::SyncClient client(*sma.db, sma.network);
        REQUIRE(client.run(sma.link, QStringLiteral("2026.1")).ok);
    }

    auto releases = hq.store->releases();
    REQUIRE(releases.has_value());
    REQUIRE(releases->size() == 2);
    CHECK(releases->at(0).workstations == 1);
    CHECK(releases->at(1).workstations == 1);
    CHECK(releases->at(1).id == QStringLiteral("2027.1"));

    checks = hq.store->checkWorkstations(0);
    REQUIRE(checks.has_value());
    for (const auto &c : *checks) {
        INFO(c.workstation.officeCode.toStdString());
        CHECK(c.releaseDiffers == (c.workstation.officeCode == QStringLiteral("SMA")));
    }

    auto answered = hq.store->answered(day);
    REQUIRE(answered.has_value());
    REQUIRE(answered->size() == 2);
    const auto &b = answered->at(0);
    CHECK(b.office == QStringLiteral("BEL"));
    CHECK(b.releaseId == QStringLiteral("2027.1"));
    CHECK(b.cases == 1);
    CHECK(b.answers == 1);
    CHECK(b.inForce);
    const auto &s = answered->at(1);
    CHECK(s.office == QStringLiteral("SMA"));
    CHECK(s.releaseId == QStringLiteral("2026.1"));
    CHECK(s.cases == 1);
    CHECK(s.answers == 0);
    CHECK_FALSE(s.inForce);
    CHECK(hq.store->answered(day.addDays(1)).value().isEmpty());

    // Ten days later Saint-Marc has not been heard of: stale beyond 7 days; Bellevue syncs and is not.
    for (Workstation *w : {&bel, &sma})
        w->clock.advance(10LL * 24 * 3600 * 1000);
    hq.clock.set(bel.clock.now());
    REQUIRE(bel.sync().ok);
    checks = hq.store->checkWorkstations(7);
    REQUIRE(checks.has_value());
    for (const auto &c : *checks)
        CHECK(c.stale == (c.workstation.officeCode == QStringLiteral("SMA")));
}

TEST_CASE("guichet-hq: publish, releases and answered from the command line", "[sync][hq][release][cli]")
{
    TempDir dir;
    const QString db = QStringLiteral("sqlite:") + dir.file(QStringLiteral("hq.db"));
    const QString program = buildPath(QStringLiteral("bin/guichet-hq"));
    const QDate today = QDate::currentDate();   // guichet-hq runs on the system clock
    const QString effective = today.addDays(30).toString(Qt::ISODate);
    const QString folder = releaseFolder(dir, QStringLiteral("2099.1"));
    const QStringList publish{QStringLiteral("--db"), db, QStringLiteral("publish"), folder,
                              QStringLiteral("--effective"), effective};

    const QString published = runTool(program, publish);
    CHECK(published.startsWith(QStringLiteral("release 2099.1 no. 2 hash ")));
    CHECK(published.contains(QStringLiteral("effective ") + effective));
    CHECK(runTool(program, publish).startsWith(QStringLiteral("already published: release 2099.1 no. 2")));

    const QStringList lines = runTool(program, {QStringLiteral("--db"), db, QStringLiteral("releases")})
                                  .split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("1\t2026.1\t")));
    CHECK(lines.at(0).endsWith(QStringLiteral("0 workstation(s)\tIN FORCE")));
    CHECK(lines.at(1).startsWith(QStringLiteral("2\t2099.1\t") + effective + u'\t'));
    CHECK(runTool(program, {QStringLiteral("--db"), db, QStringLiteral("answered"), QStringLiteral("--day"),
                            today.toString(Qt::ISODate)}).isEmpty());

    auto refused = [&](const QStringList &args) {
        QProcess p;
        p.start(program, args);
        REQUIRE(p.waitForFinished(60000));
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    };
    const auto past = refused({QStringLiteral("--db"), db, QStringLiteral("publish"), releaseFolder(dir, QStringLiteral("2099.2")),
                               QStringLiteral("--effective"), today.addDays(-1).toString(Qt::ISODate)});
    CHECK(past.first == 1);
    CHECK(past.second.contains(QStringLiteral("answers already given")));
    const auto noDate = refused({QStringLiteral("--db"), db, QStringLiteral("publish"), folder});
    CHECK(noDate.first == 2);
    CHECK(noDate.second.contains(QStringLiteral("--effective")));
    CHECK(runTool(program, {QStringLiteral("--db"), db, QStringLiteral("releases")}).split(u'\n', Qt::SkipEmptyParts).size() == 2);
}

TEST_CASE("guichetctl sync prints the releases it installed, fails a scheduled task on a damaged one and exits 4 when HQ is away",
          "[sync][release][cli]")
{
    Hq hq;
    hq.publish(releaseFolder(hq.dir, QStringLiteral("2027.1")), QDate(2026, 11, 23));
    Workstation bel(hq, QStringLiteral("BEL"), 1);
    bel.person();
    const QString path = bel.db->path();
    bel.db.reset();  // guichetctl opens the file itself

    // guichetctl as its own process, while HQ answers in this one; --json, as
    // its text is translated.
    auto guichetctl = [&] {
        QProcess p;
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        p.start(buildPath(QStringLiteral("bin/guichetctl")),
                {QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("--db"), path});
        REQUIRE(p.waitForStarted());
        loop.exec();
        return std::tuple{p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object(),
                          QString::fromUtf8(p.readAllStandardError())};
    };
    const auto [code, out, err] = guichetctl();
    INFO(err.toStdString());
    CHECK(code == 0);
    CHECK(out.value(QStringLiteral("sent")).toInt() == 1);
    const QJsonArray installed = out.value(QStringLiteral("releases_installed")).toArray();
    REQUIRE(installed.size() == 1);
    CHECK(installed.at(0).toObject() == QJsonObject{{QStringLiteral("id"), QStringLiteral("2027.1")},
                                                    {QStringLiteral("number"), 2},
                                                    {QStringLiteral("hash"), hq.store->releaseInForce(QDate(2026, 11, 23)).value().hash},
                                                    {QStringLiteral("effective"), QStringLiteral("2026-11-23")}});
    CHECK(out.value(QStringLiteral("release_errors")).toArray().isEmpty());

    hq.publish(releaseFolder(hq.dir, QStringLiteral("2027.2")), QDate(2026, 11, 24));
    hq.sql(QStringLiteral("UPDATE releases SET content = substr(content, 1, 100) WHERE id = '2027.2'"));
    const auto [code2, out2, err2] = guichetctl();
    CHECK(code2 == 1);
    CHECK(out2.value(QStringLiteral("ok")).toBool());   // push and pull were done
    CHECK(out2.value(QStringLiteral("releases_installed")).toArray().isEmpty());
    REQUIRE(out2.value(QStringLiteral("release_errors")).toArray().size() == 1);
    CHECK(out2.value(QStringLiteral("release_errors")).toArray().at(0).toString().contains(QStringLiteral("2027.2")));
    CHECK(err2.contains(QStringLiteral("2027.2")));

    // HQ away: not a database error (3) but "try again later" (4).
    hq.server.reset();
    const auto [code3, out3, err3] = guichetctl();
    CHECK(code3 == 4);
    CHECK_FALSE(out3.value(QStringLiteral("ok")).toBool());
}

TEST_CASE("Tokens never cross a network in clear text: guichet-hq refuses plain HTTP off loopback without a TLS proxy, "
          "and a workstation refuses an http address of another machine",
          "[sync][hq][cli][tls]")
{
    TempDir dir;
    QProcess hq;
    hq.start(buildPath(QStringLiteral("bin/guichet-hq")),
             {QStringLiteral("--db"), QStringLiteral("sqlite:") + dir.file(QStringLiteral("hq.db")), QStringLiteral("--listen"),
              QStringLiteral("0.0.0.0:0")});
    REQUIRE(hq.waitForFinished(30000));
    CHECK(hq.exitCode() == 2);
    CHECK(QString::fromUtf8(hq.readAllStandardError()).contains(QStringLiteral("--behind-tls-proxy")));

    StoreFixture ws;
    QNetworkAccessManager network;
    // Checked before any connection is tried (192.0.2.1 is a documentation address).
    auto refused = sync::SyncClient::enrol(*ws.db, QUrl(QStringLiteral("http://192.0.2.1:8443")), QStringLiteral("AAAAA-AAAAA"),
                                           QStringLiteral("BEL"), network);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("https")));
    CHECK(sync::HqLink::checkUrl(QUrl(QStringLiteral("http://127.0.0.1:8443"))).has_value());
    CHECK(sync::HqLink::checkUrl(QUrl(QStringLiteral("https://hq.mairie.example"))).has_value());
}

TEST_CASE("guichet-hq consistency: an office answering under an older release is listed with the difference",
          "[sync][hq][release][answers]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    const QDate day(2026, 11, 21);
    // 2027.1 says another collection delay sentence; Bellevue takes it, Saint-Marc answers under 2026.1 that day.
    hq.publish(releaseFolder(hq.dir, QStringLiteral("2027.1"), [](QMap<QString, QJsonObject> &sections) {
                   QJsonObject titres = sections.value(QStringLiteral("titres"));
                   QJsonObject answers = titres.value(QStringLiteral("answers")).toObject();
                   answers.insert(QStringLiteral("collection"), QStringLiteral("Titre à retirer dans les %1 mois, sinon détruit."));
                   titres.insert(QStringLiteral("answers"), answers);
                   sections.insert(QStringLiteral("titres"), titres);
               }),
               day);
    Workstation bel(hq, QStringLiteral("BEL"), 1);
    Workstation sma(hq, QStringLiteral("SMA"), 1);
    REQUIRE(bel.sync().ok);
    REQUIRE(sma.sync().ok);
    for (Workstation *w : {&bel, &sma})
        w->clock.set(noon(day));
    hq.clock.set(noon(day));
    bel.release = ReferenceStore(*bel.db).current(day).value();
    bel.request(bel.person().id, QStringLiteral("BEL"));
    sma.request(sma.person().id, QStringLiteral("SMA"));
    REQUIRE(bel.sync().ok);
    {
        sync::SyncClient client(*sma.db, sma.network);
        REQUIRE(client.run(sma.link, QStringLiteral("2026.1")).ok);
    }

    TempDir dir;
    const QString file = dir.file(QStringLiteral("scenarios.json"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"([
          {"name": "renouvellement d'une CNI", "procedure": "cni.demande", "date": "2026-11-21", "office": "BEL",
           "facts": {"situation": "renouvellement", "birth_date": "1980-05-02"}},
          {"name": "ce que 2027.1 ne change pas", "procedure": "cni.demande", "date": "2026-11-21",
           "office": "BEL", "facts": {}}
        ])");
    }
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.start(buildPath(QStringLiteral("bin/guichet-hq")), QStringList{QStringLiteral("--db"), hq.storeUrl} + args);
        REQUIRE(p.waitForFinished(120000));
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()));
    };
    const auto [code, output] = run({QStringLiteral("consistency"), QStringLiteral("--scenarios"), file, QStringLiteral("--json")});
    INFO(output.toStdString());
    CHECK(code == 1);
    const QJsonObject report = QJsonDocument::fromJson(output.toUtf8()).object();
    CHECK(report.value(QStringLiteral("scenarios")).toInt() == 2);
    CHECK(report.value(QStringLiteral("offices")).toArray().size() == 8);
    const QJsonArray differing = report.value(QStringLiteral("differing")).toArray();
    REQUIRE(differing.size() == 1);
    const QJsonObject d = differing.at(0).toObject();
    CHECK(d.value(QStringLiteral("scenario")).toInt() == 1);
    const QJsonArray groups = d.value(QStringLiteral("groups")).toArray();
    REQUIRE(groups.size() == 2);
    QJsonObject lagging;   // the group of Saint-Marc alone, under 2026.1
    for (const QJsonValue &g : groups)
        if (g.toObject().value(QStringLiteral("offices")).toArray() == QJsonArray{QStringLiteral("SMA")})
            lagging = g.toObject();
    REQUIRE_FALSE(lagging.isEmpty());
    CHECK(lagging.value(QStringLiteral("releases")).toArray() == QJsonArray{QStringLiteral("2026.1")});
    const QJsonObject difference = lagging.value(QStringLiteral("differences")).toObject();
    CHECK(QStringList(difference.keys()) == QStringList{QStringLiteral("text")});
    CHECK(difference.value(QStringLiteral("text")).toString().contains(QStringLiteral("dans les 3 mois suivant le message")));
}

TEST_CASE("guichet-hq consistency: the shipped scenarios get the same answer at every office", "[sync][hq][answers]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    QProcess p;
    p.start(buildPath(QStringLiteral("bin/guichet-hq")),
            {QStringLiteral("--db"), hq.storeUrl, QStringLiteral("consistency"), QStringLiteral("--scenarios"),
             sourcePath(QStringLiteral("resources/scenarios/answers.json"))});
    REQUIRE(p.waitForFinished(120000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    INFO(output.toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("answered at 8 office(s): every office gives the same answer")));
}
