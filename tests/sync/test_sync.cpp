// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfixture.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>

using namespace guichet;
using namespace guichet::test;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QString error() const { return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString(); }
};

/// One raw request to HQ, as a misbehaving client would send it.
Answer post(QNetworkAccessManager &network, const QUrl &hq, const QString &path, const QByteArray &body,
            const QByteArray &token = {})
{
    QUrl url = hq;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(sync::ContentType));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

qint64 hqOperations(Hq &hq)
{
    auto last = hq.store->lastSequence();
    REQUIRE(last.has_value());
    return *last;
}

} // namespace

TEST_CASE("Sync: a request made in Bellevue can be answered in Saint-Marc after both sync", "[sync]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    Workstation saintMarc(hq, QStringLiteral("SMA"), 1);
    const Citizen person = bellevue.person();
    const Case asked = bellevue.request(person.id, QStringLiteral("BEL"));

    const auto sent = bellevue.sync();
    REQUIRE(sent.ok);
    CHECK(sent.sent == 3);  // the person, the case, its first event
    CHECK(sent.waiting == 0);
    const auto received = saintMarc.sync();
    REQUIRE(received.ok);
    CHECK(received.received == 3);

    auto found = CaseRepository(*saintMarc.db).findByTrackingNumber(asked.trackingNumber);
    REQUIRE(found.has_value());
    CHECK(found->citizenId == person.id);
    CHECK(CaseRepository(*saintMarc.db).events(asked.id).value().size() == 1);
    auto people = CitizenRepository(*saintMarc.db).search(QStringLiteral("lefevre"), 10);
    REQUIRE(people.has_value());
    REQUIRE(people->size() == 1);
    CHECK(bellevue.hash() == saintMarc.hash());

    // Saint-Marc answers; Bellevue sees it.
    REQUIRE(CaseRepository(*saintMarc.db).changeStatus(asked.id, QStringLiteral("processing"), {},
                                                       StoreFixture::requestWorkflow(), saintMarc.agent));
    REQUIRE(saintMarc.sync().ok);
    REQUIRE(bellevue.sync().ok);
    CHECK(CaseRepository(*bellevue.db).get(asked.id).value().status == QStringLiteral("processing"));
    CHECK(bellevue.hash() == saintMarc.hash());
    CHECK(hq.store->stateHash().value() == bellevue.hash());
}

TEST_CASE("Sync: a workstation numbers past the numbers of its series it received", "[sync]")
{
    Hq hq;
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    Workstation saintMarc(hq, QStringLiteral("SMA"), 1);
    // Made at Bellevue in Saint-Marc's series, with Saint-Marc's slot (demo data does that).
    const Case made = bellevue.request(bellevue.person().id, QStringLiteral("SMA"));
    REQUIRE(made.trackingNumber == QStringLiteral("SMA-2026-000011"));
    REQUIRE(bellevue.sync().ok);
    REQUIRE(saintMarc.sync().ok);

    const Case next = saintMarc.request(saintMarc.person().id, QStringLiteral("SMA"));
    CHECK(next.trackingNumber == QStringLiteral("SMA-2026-000021"));
    REQUIRE(saintMarc.sync().ok);
    REQUIRE(bellevue.sync().ok);
    CHECK(bellevue.hash() == saintMarc.hash());
}

TEST_CASE("Sync: with nothing to do a sync sends and receives nothing", "[sync]")
{
    Hq hq;
    Workstation a(hq, QStringLiteral("BEL"), 1);
    a.person();
    REQUIRE(a.sync().ok);
    const auto again = a.sync();
    REQUIRE(again.ok);
    CHECK(again.sent == 0);
    CHECK(again.received == 0);
}

TEST_CASE("Sync: the same field changed in two offices while apart converges on the later change", "[sync][merge]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation a(hq, QStringLiteral("BEL"), 1);
    Workstation b(hq, QStringLiteral("SMA"), 1);
    Citizen person = a.person();
    REQUIRE(a.sync().ok);
    REQUIRE(b.sync().ok);

    // Apart: Bellevue writes first, Saint-Marc a minute later.
    Citizen atA = CitizenRepository(*a.db).read(person.id, a.agent, QStringLiteral("test")).value();
    atA.phone = QStringLiteral("0298000001");
    REQUIRE(CitizenRepository(*a.db).update(atA, a.agent));
    b.clock.advance(60'000);
    Citizen atB = CitizenRepository(*b.db).read(person.id, b.agent, QStringLiteral("test")).value();
    atB.phone = QStringLiteral("0298000002");
    atB.city = QStringLiteral("Brest cedex");
    REQUIRE(CitizenRepository(*b.db).update(atB, b.agent));

    // Any order of syncs ends on the same state.
    REQUIRE(b.sync().ok);
    REQUIRE(a.sync().ok);
    REQUIRE(b.sync().ok);
    CHECK(a.hash() == b.hash());
    const Citizen final = CitizenRepository(*a.db).read(person.id, a.agent, QStringLiteral("test")).value();
    CHECK(final.phone == QStringLiteral("+33298000002"));
    CHECK(final.city == QStringLiteral("Brest cedex"));

    // The overwritten phone is not lost: both offices show the same conflict…
    for (Workstation *w : {&a, &b}) {
        auto open = ConflictRepository(*w->db).open();
        REQUIRE(open.has_value());
        REQUIRE(open->size() == 1);  // the city was changed at Saint-Marc only: no conflict there
        CHECK(open->at(0).field == QStringLiteral("phone"));
        CHECK(open->at(0).record == QStringLiteral("LEFÈVRE Jeanne Marie"));
        REQUIRE(open->at(0).others.size() == 1);
        CHECK(open->at(0).others.at(0).value.toString() == QStringLiteral("+33298000001"));
    }
    // …until a superviseur at Bellevue takes Bellevue's number back; Saint-Marc receives the settlement.
    const auto conflict = ConflictRepository(*a.db).open().value().at(0);
    REQUIRE(ConflictRepository(*a.db).settle(conflict, 0, a.agent));
    CHECK(ConflictRepository(*a.db).openCount().value() == 0);
    REQUIRE(a.sync().ok);
    REQUIRE(b.sync().ok);
    CHECK(ConflictRepository(*b.db).openCount().value() == 0);
    CHECK(CitizenRepository(*b.db).read(person.id, b.agent, QStringLiteral("test")).value().phone == QStringLiteral("+33298000001"));
    CHECK(a.hash() == b.hash());
    CHECK(hq.store->stateHash().value() == a.hash());
}

TEST_CASE("Sync: a change made after seeing the other is not a conflict", "[sync][merge]")
{
    Hq hq;
    Workstation a(hq, QStringLiteral("BEL"), 1);
    Workstation b(hq, QStringLiteral("SMA"), 1);
    Citizen person = a.person();
    REQUIRE(a.sync().ok);
    REQUIRE(b.sync().ok);
    Citizen atA = CitizenRepository(*a.db).read(person.id, a.agent, QStringLiteral("test")).value();
    atA.phone = QStringLiteral("0298000001");
    REQUIRE(CitizenRepository(*a.db).update(atA, a.agent));
    REQUIRE(a.sync().ok);
    REQUIRE(b.sync().ok);   // Saint-Marc sees Bellevue's number, then changes it
    Citizen atB = CitizenRepository(*b.db).read(person.id, b.agent, QStringLiteral("test")).value();
    atB.phone = QStringLiteral("0298000002");
    REQUIRE(CitizenRepository(*b.db).update(atB, b.agent));
    REQUIRE(b.sync().ok);
    REQUIRE(a.sync().ok);
    CHECK(ConflictRepository(*a.db).openCount().value() == 0);
    CHECK(ConflictRepository(*b.db).openCount().value() == 0);
    CHECK(a.hash() == b.hash());
}

TEST_CASE("Sync: a page pulled twice and a batch pushed twice change nothing", "[sync]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation a(hq, QStringLiteral("BEL"), 1);
    Workstation b(hq, QStringLiteral("SMA"), 1);
    a.request(a.person().id, QStringLiteral("BEL"));

    // The same batch twice, as after an answer lost on the way back.
    auto batch = sync::Replicator(*a.db).pending();
    REQUIRE(batch.has_value());
    QJsonArray operations;
    for (const auto &op : *batch)
        operations.append(op.toJson());
    const QByteArray body = sync::pack({{QStringLiteral("operations"), operations}});
    const Answer first = post(a.network, hq.url, QStringLiteral("/v1/push"), body, a.link.token);
    REQUIRE(first.status == 200);
    const qint64 stored = hqOperations(hq);
    const Answer second = post(a.network, hq.url, QStringLiteral("/v1/push"), body, a.link.token);
    REQUIRE(second.status == 200);
    CHECK(hqOperations(hq) == stored);
    CHECK(sync::unpack(second.body).value() == sync::unpack(first.body).value());

    REQUIRE(b.sync().ok);
    const QByteArray once = b.hash();
    REQUIRE(b.db->setMeta(QStringLiteral("hq_cursor"), QStringLiteral("0")));  // as if the cursor had not moved
    const auto again = b.sync();
    REQUIRE(again.ok);
    CHECK(b.hash() == once);
    CHECK(again.received == 3);  // received again, applied once
    REQUIRE(a.sync().ok);
    CHECK(a.hash() == b.hash());
}

TEST_CASE("HQ refuses bad requests with a 4xx and a reason, and applies nothing", "[sync][hq][validation]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation a(hq, QStringLiteral("BEL"), 1);
    Workstation b(hq, QStringLiteral("SMA"), 1);
    a.person();
    auto batch = sync::Replicator(*a.db).pending();
    REQUIRE(batch.has_value());
    QJsonArray operations;
    for (const auto &op : *batch)
        operations.append(op.toJson());
    const QByteArray good = sync::pack({{QStringLiteral("operations"), operations}});

    SECTION("without a token") {
        const Answer r = post(a.network, hq.url, QStringLiteral("/v1/push"), good);
        CHECK(r.status == 401);
        CHECK(r.error().contains(QStringLiteral("token")));
    }
    SECTION("with a token HQ never gave") {
        const Answer r = post(a.network, hq.url, QStringLiteral("/v1/push"), good,
                              QByteArray(43, 'A'));
        CHECK(r.status == 401);
    }
    SECTION("with a revoked token") {
        REQUIRE(hq.store->revoke(a.db->workstationId()));
        const Answer r = post(a.network, hq.url, QStringLiteral("/v1/push"), good, a.link.token);
        CHECK(r.status == 401);
        const auto report = a.sync();
        CHECK_FALSE(report.ok);
        CHECK(report.error.message.contains(QStringLiteral("Enrol")));
    }
    SECTION("malformed: not compressed JSON") {
        const Answer r = post(a.network, hq.url, QStringLiteral("/v1/push"), "{\"operations\": []}", a.link.token);
        CHECK(r.status == 400);
        CHECK_FALSE(r.error().isEmpty());
    }
    SECTION("truncated") {
        const Answer r = post(a.network, hq.url, QStringLiteral("/v1/push"), good.left(good.size() / 2), a.link.token);
        CHECK(r.status == 400);
    }
    SECTION("a compressed bomb declared larger than HQ accepts") {
        QByteArray bomb = good;
        bomb[0] = char(0x7f);  // declared size ≈ 2 GB
        const Answer r = post(a.network, hq.url, QStringLiteral("/v1/push"), bomb, a.link.token);
        CHECK(r.status == 400);
        CHECK(r.error().contains(QStringLiteral("bytes")));
    }
    SECTION("oversized") {
        const Answer r = post(a.network, hq.url, QStringLiteral("/v1/push"), QByteArray(sync::MaxBodyBytes + 1, 'x'),
                              a.link.token);
        CHECK(r.status == 413);
    }
    SECTION("one operation malformed: the whole batch is refused, naming it") {
        QJsonArray broken = operations;
        QJsonObject op = broken.at(0).toObject();
        op.insert(QStringLiteral("entity"), QStringLiteral("reference_release"));
        broken.replace(0, op);
        const Answer r = post(a.network, hq.url, QStringLiteral("/v1/push"),
                              sync::pack({{QStringLiteral("operations"), broken}}), a.link.token);
        CHECK(r.status == 400);
        CHECK(r.error().contains(QStringLiteral("Operation 1")));
    }
    SECTION("a workstation writing as another one") {
        const Answer r = post(b.network, hq.url, QStringLiteral("/v1/push"), good, b.link.token);
        CHECK(r.status == 403);
        CHECK(r.error().contains(QStringLiteral("another workstation")));
    }
    SECTION("a release asked for without a token, or one HQ never published") {
        const QByteArray ask = sync::pack({{QStringLiteral("id"), QStringLiteral("2026.1")}});
        CHECK(post(a.network, hq.url, QStringLiteral("/v1/release"), ask).status == 401);
        const Answer unknown = post(a.network, hq.url, QStringLiteral("/v1/release"),
                                    sync::pack({{QStringLiteral("id"), QStringLiteral("1999.9")}}), a.link.token);
        CHECK(unknown.status == 404);
        CHECK(unknown.error().contains(QStringLiteral("1999.9")));
        const Answer known = post(a.network, hq.url, QStringLiteral("/v1/release"), ask, a.link.token);
        REQUIRE(known.status == 200);
        CHECK(ReferenceRelease::fromCanonicalJson(sync::unpack(known.body).value().value(QStringLiteral("content")).toString().toUtf8())
                  .value().hash() == ReferenceStore::bundled().value().hash());
    }
    SECTION("an unknown protocol version") {
        const Answer r = post(a.network, hq.url, QStringLiteral("/v1/handshake"),
                              sync::pack({{QStringLiteral("protocol_min"), 7}, {QStringLiteral("protocol_max"), 9},
                                          {QStringLiteral("client_version"), QStringLiteral("9.0.0")}}),
                              a.link.token);
        CHECK(r.status == 426);
        CHECK(r.error().contains(QStringLiteral("7 to 9")));
        CHECK(r.error().contains(QStringLiteral("1 to 1")));
    }
    CHECK(hqOperations(hq) == 0);
}

TEST_CASE("Enrolment: a code enrols one workstation of its office, once", "[sync][hq][enrol]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    StoreFixture ws;
    QNetworkAccessManager network;
    const QString code = hq.code(QStringLiteral("BEL"));

    SECTION("not for another office") {
        auto r = sync::SyncClient::enrol(*ws.db, hq.url, code, QStringLiteral("SMA"), network);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.contains(QStringLiteral("new code")));
    }
    SECTION("not twice") {
        REQUIRE(sync::SyncClient::enrol(*ws.db, hq.url, code, QStringLiteral("BEL"), network).has_value());
        CHECK_FALSE(sync::SyncClient::enrol(*ws.db, hq.url, code, QStringLiteral("BEL"), network).has_value());
    }
    SECTION("typed in lower case, with the dash or without") {
        QString typed = code.toLower();
        typed.remove(u'-');
        REQUIRE(sync::SyncClient::enrol(*ws.db, hq.url, typed, QStringLiteral("BEL"), network).has_value());
        const QFileInfo token(sync::HqLink::tokenPath(*ws.db));
        CHECK(token.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                      | QFileDevice::WriteUser));
    }
    SECTION("not after it expired") {
        hq.clock.advance(2 * 3600 * 1000);
        CHECK_FALSE(sync::SyncClient::enrol(*ws.db, hq.url, code, QStringLiteral("BEL"), network).has_value());
    }
}

TEST_CASE("Sync: HQ restored from an older backup loses no operation acknowledged after it", "[sync][restore]")
{
    Hq hq;
    const QString hqFile = hq.dir.file(QStringLiteral("hq.db"));
    Workstation a(hq, QStringLiteral("BEL"), 1);
    Workstation b(hq, QStringLiteral("SMA"), 1);
    a.person(QStringLiteral("Avant"));
    REQUIRE(a.sync().ok);

    // Backup, then more work reaches HQ and Saint-Marc.
    {
        // What an operator's nightly backup does (sqlite3 hq.db ".backup …" or VACUUM INTO).
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        copy.setDatabaseName(hqFile);
        REQUIRE(copy.open());
        QSqlQuery q(copy);
        REQUIRE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(hq.dir.file(QStringLiteral("backup.db")))));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    a.person(QStringLiteral("Après"));
    REQUIRE(a.sync().ok);
    REQUIRE(b.sync().ok);
    CHECK(a.hash() == b.hash());

    // HQ's disk dies; the backup comes back; the operator starts a new epoch.
    hq.server.reset();
    hq.store.reset();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(hqFile + QLatin1String(suffix));
    REQUIRE(QFile::copy(hq.dir.file(QStringLiteral("backup.db")), hqFile));
    hq.open(QStringLiteral("sqlite:") + hqFile);
    REQUIRE(hq.store->newEpoch());
    a.link.url = b.link.url = hq.url;

    Workstation c(hq, QStringLiteral("CEN"), 1);
    REQUIRE(a.sync().ok);   // sends again what HQ lost
    REQUIRE(b.sync().ok);
    REQUIRE(c.sync().ok);
    CHECK(a.hash() == b.hash());
    CHECK(c.hash() == a.hash());
    CHECK(CitizenRepository(*c.db).search(QStringLiteral("apres"), 10).value().size() == 1);
}
