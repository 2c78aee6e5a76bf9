// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storefixture.h"

#include "hqserver.h"
#include "hqstore.h"
#include "store/caserepository.h"
#include "store/citizenrepository.h"
#include "store/conflictrepository.h"
#include "sync/statehash.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSqlError>

#include <functional>

namespace guichet::test {

/// The PostgreSQL server the tests may use (scripts/test starts one), or
/// empty — with a warning, or a failure when CI requires it.
inline QString postgresUrl()
{
    const QString url = qEnvironmentVariable("GUICHET_TEST_POSTGRES");
    if (url.isEmpty()) {
        if (qEnvironmentVariableIsSet("GUICHET_REQUIRE_POSTGRES"))
            FAIL("GUICHET_TEST_POSTGRES is not set: the PostgreSQL half of this test could not run. "
                 "scripts/test starts a server and sets it.");
        WARN("PostgreSQL half of this test NOT RUN: GUICHET_TEST_POSTGRES is not set (scripts/test sets it).");
    }
    return url;
}

/// The HQ back ends a test runs on (a GENERATE): SQLite always, PostgreSQL
/// when the test server is there (empty otherwise: the test returns).
inline QString backend()
{
    const QString which = GENERATE(as<QString>{}, QStringLiteral("sqlite"), QStringLiteral("postgresql"));
    if (which == QLatin1String("sqlite"))
        return which;
    return postgresUrl();
}

/// A release folder as an administrator prepares it: release.json and one
/// JSON per section, the bundled release's sections under a new id, changed
/// by `edit` (a section removed, a rule changed). Its release.json says
/// 2026-06-01: publishing decides the real date.
inline QString releaseFolder(const TempDir &dir, const QString &id,
                             const std::function<void(QMap<QString, QJsonObject> &)> &edit = {})
{
    auto bundled = ReferenceStore::bundled();
    REQUIRE(bundled.has_value());
    QMap<QString, QJsonObject> sections;
    for (const QString &name : bundled->sectionNames())
        sections.insert(name, bundled->section(name));
    if (edit)
        edit(sections);
    const QString folder = dir.file(QStringLiteral("release-") + id);
    REQUIRE(QDir().mkpath(folder));
    auto write = [&](const QString &name, const QJsonObject &json) {
        QFile f(folder + u'/' + name + QStringLiteral(".json"));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(json).toJson());
    };
    write(QStringLiteral("release"), {{QStringLiteral("id"), id},
                                      {QStringLiteral("title"), QStringLiteral("Référentiel ") + id},
                                      {QStringLiteral("effective"), QStringLiteral("2026-06-01")}});
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        write(it.key(), it.value());
    return folder;
}

/// HQ in this process, on a free port of 127.0.0.1, over a real SQLite file
/// or a fresh database of the test PostgreSQL server.
struct Hq
{
    TempDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<hq::HqStore> store;
    std::unique_ptr<hq::HqServer> server;
    QUrl url;
    QString postgresDatabase;   ///< dropped at the end
    QString storeUrl;           ///< what guichet-hq --db takes

    /// `backend`: "sqlite" or a PostgreSQL server URL (postgresUrl()).
    explicit Hq(const QString &backend = QStringLiteral("sqlite"))
    {
        if (backend == QLatin1String("sqlite")) {
            open(QStringLiteral("sqlite:") + dir.file(QStringLiteral("hq.db")));
            return;
        }
        static int counter = 0;
        postgresDatabase = QStringLiteral("guichet_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        adminQuery(backend, QStringLiteral("CREATE DATABASE %1").arg(postgresDatabase));
        QUrl u(backend);
        u.setPath(u'/' + postgresDatabase);
        m_admin = backend;
        open(u.toString());
    }
    ~Hq()
    {
        server.reset();
        store.reset();
        if (!postgresDatabase.isEmpty())
            adminQuery(m_admin, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(postgresDatabase));
    }
    static void adminQuery(const QString &serverUrl, const QString &sql)
    {
        {
            const QUrl u(serverUrl);
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
            admin.setHostName(u.host());
            admin.setPort(u.port());
            admin.setUserName(u.userName());
            admin.setDatabaseName(u.path().mid(1));
            REQUIRE(admin.open());
            QSqlQuery q(admin);
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
    }
    void open(const QString &databaseUrl)
    {
        storeUrl = databaseUrl;
        server.reset();
        store.reset();
        auto s = hq::HqStore::open(databaseUrl, clock);
        REQUIRE(s.has_value());
        store = std::move(*s);
        hq::HqServer::Options options;
        options.snapshotDir = snapshotDir();  // offered once a test makes one
        server = std::make_unique<hq::HqServer>(*store, clock, options);
        auto port = server->listen(QHostAddress::LocalHost, 0);
        REQUIRE(port.has_value());
        url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    }
    /// Publishes a release folder to take effect on `effective`, as guichet-hq publish does.
    Result<hq::HqStore::Publication> tryPublish(const QString &folder, const QDate &effective)
    {
        auto loaded = ReferenceRelease::loadDirectory(folder);
        REQUIRE(loaded.has_value());
        return store->publish(loaded->withEffective(effective));
    }
    hq::HqStore::Publication publish(const QString &folder, const QDate &effective)
    {
        auto published = tryPublish(folder, effective);
        INFO((published ? QString() : published.error().message).toStdString());
        REQUIRE(published.has_value());
        return *published;
    }
    /// One statement on HQ's SQLite file with a connection of the test's own
    /// (a release damaged at HQ or on the way); it must change one row.
    void sql(const QString &statement)
    {
        REQUIRE(postgresDatabase.isEmpty());
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hq-by-hand"));
            c.setDatabaseName(dir.file(QStringLiteral("hq.db")));
            REQUIRE(c.open());
            QSqlQuery q(c);
            INFO(statement.toStdString());
            REQUIRE(q.exec(statement));
            REQUIRE(q.numRowsAffected() == 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hq-by-hand"));
    }
    QString snapshotDir() { return dir.file(QStringLiteral("snapshots")); }
    sync::SnapshotInfo snapshot()
    {
        auto info = store->makeSnapshot(snapshotDir());
        REQUIRE(info.has_value());
        return *info;
    }
    QString code(const QString &office)
    {
        auto c = store->issueEnrolCode(office, 1);
        REQUIRE(c.has_value());
        return *c;
    }

private:
    QString m_admin;
};

/// One office workstation: its own database file, enrolled with an HQ.
struct Workstation : StoreFixture
{
    QNetworkAccessManager network;
    sync::HqLink link;

    Workstation(Hq &hq, const QString &office, int slot)
    {
        REQUIRE(db->setMeta(QStringLiteral("office_code"), office));
        REQUIRE(db->setMeta(QStringLiteral("tracking_slot"), QString::number(slot)));
        auto enrolled = sync::SyncClient::enrol(*db, hq.url, hq.code(office), office, network);
        REQUIRE(enrolled.has_value());
        link = *enrolled;
    }
    /// One sync, reporting the release in force on the workstation's today, as the desk does.
    sync::SyncReport sync()
    {
        auto current = ReferenceStore(*db).current(clock.today());
        REQUIRE(current.has_value());
        sync::SyncClient client(*db, network);
        return client.run(link, current->id());
    }
    QByteArray hash()
    {
        auto h = sync::stateHash(*db);
        REQUIRE(h.has_value());
        return *h;
    }
    Citizen person(const QString &family = QStringLiteral("Lefèvre"))
    {
        auto c = CitizenRepository(*db).create(sampleCitizen(family), agent);
        REQUIRE(c.has_value());
        return *c;
    }
    Case request(const QUuid &citizen, const QString &office)
    {
        CaseRepository::NewCase n;
        n.citizenId = citizen;
        n.moduleId = QStringLiteral("etat-civil");
        n.procedureId = QStringLiteral("etat-civil.copie-acte");
        n.officeCode = office;
        n.summary = QStringLiteral("Copie intégrale d'acte de naissance");
        n.releaseId = release.id();
        auto c = CaseRepository(*db).create(n, requestWorkflow(), agent);
        REQUIRE(c.has_value());
        return *c;
    }
};

} // namespace guichet::test
