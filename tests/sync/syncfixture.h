// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storefixture.h"

#include "hqserver.h"
#include "hqstore.h"
#include "store/caserepository.h"
#include "store/citizenrepository.h"
#include "sync/statehash.h"
#include "sync/syncclient.h"

#include <QNetworkAccessManager>

namespace guichet::test {

/// HQ in this process, on a free port of 127.0.0.1, over a real SQLite file.
struct Hq
{
    TempDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<hq::HqStore> store;
    std::unique_ptr<hq::HqServer> server;
    QUrl url;

    explicit Hq(const QString &databaseUrl = {})
    {
        open(databaseUrl.isEmpty() ? QStringLiteral("sqlite:") + dir.file(QStringLiteral("hq.db")) : databaseUrl);
    }
    void open(const QString &databaseUrl)
    {
        server.reset();
        store.reset();
        auto s = hq::HqStore::open(databaseUrl, clock);
        REQUIRE(s.has_value());
        store = std::move(*s);
        server = std::make_unique<hq::HqServer>(*store, clock, hq::HqServer::Options{});
        auto port = server->listen(QHostAddress::LocalHost, 0);
        REQUIRE(port.has_value());
        url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    }
    QString code(const QString &office)
    {
        auto c = store->issueEnrolCode(office, 1);
        REQUIRE(c.has_value());
        return *c;
    }
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
    sync::SyncReport sync()
    {
        sync::SyncClient client(*db, network);
        return client.run(link, release.id());
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
