// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfixture.h"

#include "store/maintenance.h"

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

/// HQ still serves (GET /healthz answers ok).
bool hqAnswers(QNetworkAccessManager &network, const QUrl &hq)
{
    QUrl url = hq;
    url.setPath(QStringLiteral("/healthz"));
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->readAll() == "ok\n";
}

qint64 hqOperations(Hq &hq)
{
    auto last = hq.store->lastSequence();
    REQUIRE(last.has_value());
    return *last;
}

/// The flag the case lists filter on, as the workstation stores it.
bool isClosed(Workstation &w, const QUuid &caseId)
{
    QSqlQuery q(w.db->connection());
    q.prepare(QStringLiteral("SELECT closed FROM cases WHERE id = ?"));
    q.addBindValue(uuidBytes(caseId));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt() != 0;
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
    // Rows received have no outbox operation in Saint-Marc, and that is sound.
    CHECK(maintenance::verify(*saintMarc.db).value() == QStringList());

    // Saint-Marc answers; Bellevue sees it.
    REQUIRE(CaseRepository(*saintMarc.db).changeStatus(asked.id, QStringLiteral("processing"), {},
                                                       StoreFixture::requestWorkflow(), saintMarc.agent));
    REQUIRE(saintMarc.sync().ok);
    REQUIRE(bellevue.sync().ok);
    CHECK(CaseRepository(*bellevue.db).get(asked.id).value().status == QStringLiteral("processing"));
    CHECK(bellevue.hash() == saintMarc.hash());
    CHECK(hq.store->stateHash().value() == bellevue.hash());

    // Bellevue sends it to another service; Saint-Marc sees where it is and why.
    REQUIRE(CaseRepository(*bellevue.db).transfer(asked.id, QStringLiteral("courrier"), QStringLiteral("À orienter"),
                                                  StoreFixture::requestWorkflow(), bellevue.agent));
    REQUIRE(bellevue.sync().ok);
    REQUIRE(saintMarc.sync().ok);
    CHECK(CaseRepository(*saintMarc.db).get(asked.id).value().service == QStringLiteral("courrier"));
    CHECK(CaseRepository(*saintMarc.db).events(asked.id).value().constLast().kind == CaseEvent::Kind::Transferred);
    CHECK(bellevue.hash() == saintMarc.hash());
    CHECK(hq.store->stateHash().value() == bellevue.hash());
}

TEST_CASE("Sync: a status change HQ refuses comes back as a refusal on the case, and the rest of the queue goes on",
          "[sync][status]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    Workstation saintMarc(hq, QStringLiteral("SMA"), 1);
    const Workflow copies = Workflow::fromJson(bellevue.release.workflow(QStringLiteral("etat-civil.copie-acte")));
    REQUIRE(copies.isValid());
    const Case asked = bellevue.request(bellevue.person().id, QStringLiteral("BEL"));
    REQUIRE(bellevue.sync().ok);
    REQUIRE(saintMarc.sync().ok);

    // Apart: Bellevue starts the work and syncs; Saint-Marc, still seeing the
    // request as received, refuses it, then goes on with other work.
    REQUIRE(CaseRepository(*bellevue.db).changeStatus(asked.id, QStringLiteral("processing"), {}, copies, bellevue.agent));
    REQUIRE(bellevue.sync().ok);
    const QString reason = copies.reasons(QStringLiteral("received"), QStringLiteral("refused")).value(0);
    REQUIRE(CaseRepository(*saintMarc.db).changeStatus(asked.id, QStringLiteral("refused"), reason, copies, saintMarc.agent));
    REQUIRE(CaseRepository(*saintMarc.db).addNote(asked.id, QStringLiteral("Rappeler la personne"), saintMarc.agent));
    const Citizen later = saintMarc.person(QStringLiteral("Quéré"));

    const auto report = saintMarc.sync();
    REQUIRE(report.ok);
    CHECK(report.refused == 1);
    CHECK(report.waiting == 0);
    const Case afterwards = CaseRepository(*saintMarc.db).get(asked.id).value();
    CHECK(afterwards.status == QStringLiteral("processing"));
    CHECK_FALSE(isClosed(saintMarc, asked.id));
    const auto events = CaseRepository(*saintMarc.db).events(asked.id).value();
    REQUIRE(events.size() == 5);  // opened, Bellevue's step, Saint-Marc's refused step, its note, HQ's refusal
    const auto refusal = std::ranges::find(events, CaseEvent::Kind::Refused, &CaseEvent::kind);
    REQUIRE(refusal != events.end());
    CHECK(refusal->payload.value(QStringLiteral("reason")).toString() == QStringLiteral("stale"));
    CHECK(refusal->payload.value(QStringLiteral("to")).toString() == QStringLiteral("refused"));
    CHECK(refusal->payload.value(QStringLiteral("status")).toString() == QStringLiteral("processing"));

    // The rest went through: Bellevue has the note and the new person, and the same state.
    REQUIRE(bellevue.sync().ok);
    CHECK(CaseRepository(*bellevue.db).get(asked.id).value().status == QStringLiteral("processing"));
    CHECK(CaseRepository(*bellevue.db).events(asked.id).value().size() == 5);
    CHECK(CitizenRepository(*bellevue.db).read(later.id, bellevue.agent, QStringLiteral("test")).has_value());
    CHECK(bellevue.hash() == saintMarc.hash());
    CHECK(hq.store->stateHash().value() == bellevue.hash());
    CHECK(ConflictRepository(*bellevue.db).openCount().value() == 0);  // a refused status is not a conflict to settle

    // The case moves on from what HQ holds.
    REQUIRE(CaseRepository(*saintMarc.db).changeStatus(asked.id, QStringLiteral("sent-post"), {}, copies, saintMarc.agent));
    const auto next = saintMarc.sync();
    REQUIRE(next.ok);
    CHECK(next.refused == 0);
    REQUIRE(bellevue.sync().ok);
    CHECK(CaseRepository(*bellevue.db).get(asked.id).value().status == QStringLiteral("sent-post"));
}

TEST_CASE("Sync: HQ refuses a step its workflow does not have, and two offices making the same step agree", "[sync][status]")
{
    Hq hq;
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    Workstation saintMarc(hq, QStringLiteral("SMA"), 1);
    const Case asked = bellevue.request(bellevue.person().id, QStringLiteral("BEL"));
    REQUIRE(bellevue.sync().ok);
    REQUIRE(saintMarc.sync().ok);

    // Both offices start the work while apart: the same step, no refusal.
    REQUIRE(CaseRepository(*bellevue.db).changeStatus(asked.id, QStringLiteral("processing"), {},
                                                      StoreFixture::requestWorkflow(), bellevue.agent));
    REQUIRE(CaseRepository(*saintMarc.db).changeStatus(asked.id, QStringLiteral("processing"), {},
                                                       StoreFixture::requestWorkflow(), saintMarc.agent));
    CHECK(bellevue.sync().refused == 0);
    CHECK(saintMarc.sync().refused == 0);
    REQUIRE(bellevue.sync().ok);

    // A workstation whose workflow has a step HQ's release does not ("delivered"): refused.
    REQUIRE(CaseRepository(*bellevue.db).changeStatus(asked.id, QStringLiteral("delivered"), {},
                                                      StoreFixture::requestWorkflow(), bellevue.agent));
    const auto report = bellevue.sync();
    REQUIRE(report.ok);
    CHECK(report.refused == 1);
    const Case kept = CaseRepository(*bellevue.db).get(asked.id).value();
    CHECK(kept.status == QStringLiteral("processing"));
    CHECK_FALSE(isClosed(bellevue, asked.id));
    const auto events = CaseRepository(*bellevue.db).events(asked.id).value();
    const auto refusal = std::ranges::find(events, CaseEvent::Kind::Refused, &CaseEvent::kind);
    REQUIRE(refusal != events.end());
    CHECK(refusal->payload.value(QStringLiteral("reason")).toString() == QStringLiteral("not_allowed"));
    CHECK(hq.store->counters().refusedTransitions == 1);
    REQUIRE(saintMarc.sync().ok);
    CHECK(saintMarc.hash() == bellevue.hash());
}

TEST_CASE("Sync: a deleted case stays deleted in every office, whatever a stale office does to it", "[sync][tombstone]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    Workstation saintMarc(hq, QStringLiteral("SMA"), 1);
    const Case mistake = bellevue.request(bellevue.person().id, QStringLiteral("BEL"));
    REQUIRE(bellevue.sync().ok);
    REQUIRE(saintMarc.sync().ok);

    // Bellevue deletes it; Saint-Marc, apart, still works on it.
    CHECK_FALSE(CaseRepository(*bellevue.db).remove(mistake.id, QStringLiteral("  "), bellevue.agent).has_value());
    REQUIRE(CaseRepository(*bellevue.db).remove(mistake.id, QStringLiteral("Saisi deux fois"), bellevue.agent));
    CHECK(CaseRepository(*bellevue.db).addNote(mistake.id, QStringLiteral("trop tard"), bellevue.agent).error().code
          == Error::Code::Conflict);
    REQUIRE(bellevue.sync().ok);
    REQUIRE(CaseRepository(*saintMarc.db).addNote(mistake.id, QStringLiteral("Rappeler"), saintMarc.agent));
    REQUIRE(saintMarc.sync().ok);
    REQUIRE(bellevue.sync().ok);

    for (Workstation *w : {&bellevue, &saintMarc}) {
        CaseRepository cases(*w->db);
        CHECK(cases.get(mistake.id).value().deleted);
        const auto gone = cases.deletion(mistake.id);
        REQUIRE(gone.has_value());
        CHECK(gone->reason == QStringLiteral("Saisi deux fois"));
        CaseRepository::Filter all;
        CHECK(cases.count(all, 100).value() == 0);
        CHECK(cases.select({}).value().isEmpty());
    }
    CHECK(bellevue.hash() == saintMarc.hash());
    CHECK(hq.store->stateHash().value() == bellevue.hash());
}

TEST_CASE("Sync: two records of one person merged in one office are one person everywhere, ids unchanged",
          "[sync][merge-people]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    Workstation saintMarc(hq, QStringLiteral("SMA"), 1);
    const Citizen kept = bellevue.person(QStringLiteral("Le Gall"));
    const Citizen twin = saintMarc.person(QStringLiteral("Le Gall"));  // the same person, typed again
    const Case first = bellevue.request(kept.id, QStringLiteral("BEL"));
    const Case second = saintMarc.request(twin.id, QStringLiteral("SMA"));
    REQUIRE(bellevue.sync().ok);
    REQUIRE(saintMarc.sync().ok);
    REQUIRE(bellevue.sync().ok);
    CHECK(CitizenRepository(*bellevue.db).search(QStringLiteral("le gall"), 10).value().size() == 2);

    CHECK_FALSE(CitizenRepository(*bellevue.db).merge(kept.id, kept.id, bellevue.agent).has_value());
    REQUIRE(CitizenRepository(*bellevue.db).merge(twin.id, kept.id, bellevue.agent));
    // Saint-Marc, apart, merged them the other way round: one person all the same.
    REQUIRE(CitizenRepository(*saintMarc.db).merge(kept.id, twin.id, saintMarc.agent));
    REQUIRE(bellevue.sync().ok);
    REQUIRE(saintMarc.sync().ok);
    REQUIRE(bellevue.sync().ok);

    for (Workstation *w : {&bellevue, &saintMarc}) {
        const auto found = CitizenRepository(*w->db).search(QStringLiteral("le gall"), 10).value();
        REQUIRE(found.size() == 1);
        CaseRepository::Filter theirs;
        theirs.citizenId = found.first().id;
        CHECK(CaseRepository(*w->db).count(theirs, 100).value() == 2);
        // Ids never rewritten: each case still names the record it was made for.
        CHECK(CaseRepository(*w->db).get(first.id).value().citizenId == kept.id);
        CHECK(CaseRepository(*w->db).get(second.id).value().citizenId == twin.id);
    }
    CHECK(bellevue.hash() == saintMarc.hash());
    CHECK(hq.store->stateHash().value() == bellevue.hash());
}

TEST_CASE("Sync: a person corrected in one office arrives in every other with its history, corrections made apart "
          "both stay in it, and HQ's replay agrees",
          "[sync][correction]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    Workstation saintMarc(hq, QStringLiteral("SMA"), 1);
    const Citizen person = bellevue.person();
    REQUIRE(bellevue.sync().ok);
    REQUIRE(saintMarc.sync().ok);

    auto reasons = [](Workstation &w, const QUuid &id) {
        auto history = CitizenRepository(*w.db).history(id, w.agent, QStringLiteral("test"));
        REQUIRE(history.has_value());
        QStringList out;
        for (const CitizenChange &h : *history)
            out << h.officeCode + u':' + h.reason;
        return out;
    };
    bellevue.clock.advance(60'000);
    Citizen moved = person;
    moved.addressLine = QStringLiteral("3 place de la Liberté");
    REQUIRE(CitizenRepository(*bellevue.db).correct(moved, QStringLiteral("Déménagement"), bellevue.agent));
    REQUIRE(bellevue.sync().ok);
    const auto received = saintMarc.sync();
    REQUIRE(received.ok);
    CHECK(received.received == 2);  // the fields and the history line
    const Citizen there = CitizenRepository(*saintMarc.db).read(person.id, saintMarc.agent, QStringLiteral("test")).value();
    CHECK(there.addressLine == QStringLiteral("3 place de la Liberté"));
    auto history = CitizenRepository(*saintMarc.db).history(person.id, saintMarc.agent, QStringLiteral("test"));
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 1);
    CHECK(history->first().officeCode == QStringLiteral("BEL"));
    CHECK(history->first().agentId == bellevue.agent);
    CHECK(history->first().at == bellevue.clock.now());
    CHECK(history->first().fields
          == QList<CitizenChange::Field>{{QStringLiteral("address_line"), QStringLiteral("12 rue de Siam"),
                                          QStringLiteral("3 place de la Liberté")}});

    // A correction made after seeing the first one comes first in every history.
    saintMarc.clock.advance(120'000);
    Citizen called = there;
    called.phone = QStringLiteral("07 98 76 54 32");
    REQUIRE(CitizenRepository(*saintMarc.db).correct(called, QStringLiteral("Nouveau numéro"), saintMarc.agent));
    REQUIRE(saintMarc.sync().ok);
    REQUIRE(bellevue.sync().ok);
    const QStringList both{QStringLiteral("SMA:Nouveau numéro"), QStringLiteral("BEL:Déménagement")};
    CHECK(reasons(bellevue, person.id) == both);
    CHECK(reasons(saintMarc, person.id) == both);

    // The same field corrected in both offices while apart: one value wins
    // everywhere, the other is a conflict, and both corrections stay in the history.
    Citizen here = CitizenRepository(*bellevue.db).read(person.id, bellevue.agent, QStringLiteral("test")).value();
    here.city = QStringLiteral("Guipavas");
    here.postalCode = QStringLiteral("29490");
    REQUIRE(CitizenRepository(*bellevue.db).correct(here, QStringLiteral("Déménagement à Guipavas"), bellevue.agent));
    Citizen apart = CitizenRepository(*saintMarc.db).read(person.id, saintMarc.agent, QStringLiteral("test")).value();
    apart.city = QStringLiteral("Plouzané");
    apart.postalCode = QStringLiteral("29280");
    REQUIRE(CitizenRepository(*saintMarc.db).correct(apart, QStringLiteral("Déménagement à Plouzané"), saintMarc.agent));
    REQUIRE(bellevue.sync().ok);
    REQUIRE(saintMarc.sync().ok);
    REQUIRE(bellevue.sync().ok);
    CHECK(reasons(bellevue, person.id) == reasons(saintMarc, person.id));
    CHECK(reasons(bellevue, person.id).size() == 4);
    CHECK(ConflictRepository(*bellevue.db).open(10).value().size() == 2);  // the city and the postal code
    CHECK(CitizenRepository(*bellevue.db).read(person.id, bellevue.agent, QStringLiteral("test")).value().city
          == CitizenRepository(*saintMarc.db).read(person.id, saintMarc.agent, QStringLiteral("test")).value().city);

    // A duplicate corrected in one office, then merged into the kept record:
    // its corrections keep its id and are read with the kept record everywhere.
    Citizen twin = saintMarc.person(QStringLiteral("LEFEVRE"));
    twin.email = QStringLiteral("j.lefevre@example.fr");
    REQUIRE(CitizenRepository(*saintMarc.db).correct(twin, QStringLiteral("Adresse électronique"), saintMarc.agent));
    REQUIRE(saintMarc.sync().ok);
    REQUIRE(bellevue.sync().ok);
    REQUIRE(CitizenRepository(*bellevue.db).merge(twin.id, person.id, bellevue.agent));
    REQUIRE(bellevue.sync().ok);
    REQUIRE(saintMarc.sync().ok);
    for (Workstation *w : {&bellevue, &saintMarc}) {
        auto lines = CitizenRepository(*w->db).history(person.id, w->agent, QStringLiteral("test"));
        REQUIRE(lines.has_value());
        CHECK(lines->size() == 5);
        CHECK(std::ranges::count_if(*lines, [&](const CitizenChange &h) { return h.citizenId == twin.id; }) == 1);
    }
    CHECK(bellevue.hash() == saintMarc.hash());
    CHECK(hq.store->stateHash().value() == bellevue.hash());

    // A new office starts from a snapshot that holds the histories.
    const sync::SnapshotInfo snapshot = hq.snapshot();
    Workstation newcomer(hq, QStringLiteral("CEN"), 1);
    const auto first = newcomer.sync();
    REQUIRE(first.ok);
    CHECK(first.snapshotSeq == snapshot.seq);
    CHECK(first.received == 0);
    CHECK(reasons(newcomer, person.id) == reasons(bellevue, person.id));
    CHECK(newcomer.hash() == bellevue.hash());
}

TEST_CASE("HQ flags a workstation whose clock runs ahead of its own, and still takes its changes", "[sync][hq][clock]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    Workstation saintMarc(hq, QStringLiteral("SMA"), 1);
    saintMarc.clock.advance(9 * 60 * 1000);  // within the tolerance: not flagged
    saintMarc.person();
    REQUIRE(saintMarc.sync().ok);
    bellevue.clock.advance(3 * 3600 * 1000);  // three hours ahead
    bellevue.person();
    REQUIRE(bellevue.sync().ok);
    CHECK(hq.store->counters().futureStamped == 1);

    auto checked = hq.store->checkWorkstations(0);
    REQUIRE(checked.has_value());
    for (const auto &c : *checked) {
        INFO(c.workstation.officeCode.toStdString());
        CHECK(c.clockAhead == (c.workstation.id == bellevue.db->workstationId()));
        if (c.clockAhead)
            CHECK(c.workstation.clockAheadMs / 60000 == 180);
    }
    REQUIRE(saintMarc.sync().ok);  // its changes were kept all the same
    CHECK(saintMarc.hash() == bellevue.hash());
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

TEST_CASE("Sync: an outbox of several batches, each read while HQ stores the one before, reaches HQ whole, once and "
          "in the order it was made", "[sync][push]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation a(hq, QStringLiteral("BEL"), 1);
    Workstation b(hq, QStringLiteral("SMA"), 1);
    for (int i = 0; i < 400; ++i)  // 1,200 operations: two batches of at most 1,000
        a.request(a.person().id, QStringLiteral("BEL"));
    const auto outbox = sync::Replicator(*a.db).pending(5000, 64 * 1024 * 1024);
    REQUIRE(outbox.has_value());
    QList<QUuid> made;
    for (const auto &op : *outbox)
        made << op.opId;
    REQUIRE(made.size() == 1200);

    const auto sent = a.sync();
    REQUIRE(sent.ok);
    CHECK(sent.sent == 1200);
    CHECK(sent.waiting == 0);
    CHECK(hqOperations(hq) == 1200);
    QList<QUuid> stored;
    for (qint64 after = 0;;) {
        auto page = hq.store->pull(b.db->workstationId(), after, 5000);
        REQUIRE(page.has_value());
        for (const auto &op : page->operations)
            stored << op.opId;
        after = page->last;
        if (!page->more)
            break;
    }
    CHECK(stored == made);
    REQUIRE(b.sync().ok);
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
    SECTION("oversized: refused from its head, before its body is read (413, or the connection closed under the upload)") {
        const Answer r = post(a.network, hq.url, QStringLiteral("/v1/push"), QByteArray(sync::MaxBodyBytes + 1, 'x'),
                              a.link.token);
        CHECK((r.status == 413 || r.status == 0));
        CHECK(hqAnswers(a.network, hq.url));
    }
    SECTION("a body that inflates far past what it declares stops at HQ's bound") {
        // Declares 100 bytes, inflates to 64 MiB of zeros.
        QByteArray bomb = qCompress(QByteArray(64 * 1024 * 1024, '\0'), 9);
        bomb[0] = 0; bomb[1] = 0; bomb[2] = 0; bomb[3] = 100;
        REQUIRE(bomb.size() < sync::MaxBodyBytes);
        const Answer r = post(a.network, hq.url, QStringLiteral("/v1/push"), bomb, a.link.token);
        CHECK(r.status == 400);
        CHECK(r.error().contains(QStringLiteral("bytes")));
        CHECK(hqAnswers(a.network, hq.url));
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
    SECTION("a workstation writing a refusal, which only HQ writes") {
        QJsonArray forged = operations;
        QJsonObject op = forged.at(0).toObject();
        op.insert(QStringLiteral("entity"), QStringLiteral("case_event"));
        op.insert(QStringLiteral("op"), QStringLiteral("append"));
        op.insert(QStringLiteral("fields"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("refused")}});
        forged.replace(0, op);
        const Answer r = post(a.network, hq.url, QStringLiteral("/v1/push"),
                              sync::pack({{QStringLiteral("operations"), forged}}), a.link.token);
        CHECK(r.status == 403);
        CHECK(r.error().contains(QStringLiteral("only HQ")));
    }
    SECTION("an unknown protocol version") {
        const Answer r = post(a.network, hq.url, QStringLiteral("/v1/handshake"),
                              sync::pack({{QStringLiteral("protocol_min"), 7}, {QStringLiteral("protocol_max"), 9},
                                          {QStringLiteral("client_version"), QStringLiteral("9.0.0")}}),
                              a.link.token);
        CHECK(r.status == 426);
        CHECK(r.error().contains(QStringLiteral("7 to 9")));
        CHECK(r.error().contains(QStringLiteral("%1 to %2").arg(sync::ProtocolMin).arg(sync::ProtocolMax)));
    }
    SECTION("a workstation of protocol 2, which could not apply corrections of people, is told to upgrade") {
        const Answer r = post(a.network, hq.url, QStringLiteral("/v1/handshake"),
                              sync::pack({{QStringLiteral("protocol_min"), 2}, {QStringLiteral("protocol_max"), 2},
                                          {QStringLiteral("client_version"), QStringLiteral("9.0.0")}}),
                              a.link.token);
        CHECK(r.status == 426);
        CHECK(r.error().contains(QStringLiteral("2 to 2")));
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
    SECTION("never over a workstation HQ knows: a code for any office and a victim's id take nothing over") {
        REQUIRE(sync::SyncClient::enrol(*ws.db, hq.url, code, QStringLiteral("BEL"), network).has_value());
        auto victim = sync::HqLink::load(*ws.db);
        REQUIRE(victim.has_value());
        const Answer r = post(network, hq.url, QStringLiteral("/v1/enrol"),
                              sync::pack({{QStringLiteral("code"), hq.code(QStringLiteral("SMA"))},
                                          {QStringLiteral("office"), QStringLiteral("SMA")},
                                          {QStringLiteral("workstation_id"), sync::uuidText(ws.db->workstationId())}}));
        CHECK(r.status == 409);
        CHECK(r.error().contains(QStringLiteral("revoke")));
        CHECK(hq.store->authenticate(victim->token).has_value());  // the real one still syncs
        // Revoked at HQ, the same id may enrol again.
        REQUIRE(hq.store->revoke(ws.db->workstationId()));
        CHECK(sync::SyncClient::enrol(*ws.db, hq.url, hq.code(QStringLiteral("BEL")), QStringLiteral("BEL"), network).has_value());
    }
    SECTION("guessing codes: an address that failed 10 times in 10 minutes waits") {
        for (int i = 0; i < 10; ++i)
            CHECK(post(network, hq.url, QStringLiteral("/v1/enrol"),
                       sync::pack({{QStringLiteral("code"), QStringLiteral("AAAAA-AAAAA")}, {QStringLiteral("office"), QStringLiteral("BEL")},
                                   {QStringLiteral("workstation_id"), sync::uuidText(QUuid::createUuid())}})).status == 403);
        CHECK_FALSE(sync::SyncClient::enrol(*ws.db, hq.url, code, QStringLiteral("BEL"), network).has_value());
        hq.clock.advance(11 * 60 * 1000);
        CHECK(sync::SyncClient::enrol(*ws.db, hq.url, code, QStringLiteral("BEL"), network).has_value());
    }
    SECTION("an office that is not a code is refused before anything is logged") {
        const Answer r = post(network, hq.url, QStringLiteral("/v1/enrol"),
                              sync::pack({{QStringLiteral("code"), code}, {QStringLiteral("office"), QStringLiteral("BEL\nforged log line")},
                                          {QStringLiteral("workstation_id"), sync::uuidText(QUuid::createUuid())}}));
        CHECK(r.status == 400);
        CHECK(r.error().contains(QStringLiteral("office")));
    }
}

TEST_CASE("HQ's metrics, open to any caller, name offices and never a workstation", "[sync][hq]")
{
    Hq hq;
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    REQUIRE(bellevue.sync().ok);
    QUrl url = hq.url;
    url.setPath(QStringLiteral("/metrics"));
    QNetworkReply *reply = bellevue.network.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QString text = QString::fromUtf8(reply->readAll());
    CHECK(text.contains(QStringLiteral("guichet_hq_office_workstations{office=\"BEL\"} 1")));
    CHECK_FALSE(text.contains(sync::uuidText(bellevue.db->workstationId())));
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

TEST_CASE("HQ checks every operation whole before storing it: one it refuses is answered as refused, never reaches "
          "another office, and the rest of the batch goes through",
          "[sync][hq][validation]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation a(hq, QStringLiteral("BEL"), 1);
    Workstation b(hq, QStringLiteral("SMA"), 1);
    const Citizen person = a.person();
    a.request(person.id, QStringLiteral("BEL"));
    auto batch = sync::Replicator(*a.db).pending();
    REQUIRE(batch.has_value());
    REQUIRE(batch->size() == 3);  // the person, the case, its first event

    // One operation made bad as a careless or hostile client would, put first.
    sync::Operation bad = batch->at(2);
    bad.opId = QUuid::createUuidV5(bad.opId, QStringLiteral("bad"));
    bad.entityId = QUuid::createUuidV5(bad.entityId, QStringLiteral("bad"));
    QString field;
    bool later = false;
    SECTION("a case update carrying a field no case has") {
        bad = batch->at(1);
        bad.opId = QUuid::createUuidV5(bad.opId, QStringLiteral("bad"));
        bad.op = QStringLiteral("update");
        bad.fields = {{QStringLiteral("colour"), QStringLiteral("red")}};
        field = QStringLiteral("colour");
    }
    SECTION("a case event of a kind no office knows") {
        bad.fields.insert(QStringLiteral("kind"), QStringLiteral("teleported"));
        field = QStringLiteral("kind");
    }
    SECTION("a note on a case HQ never received: sent again later, not stored") {
        bad.fields.insert(QStringLiteral("case_id"), sync::uuidText(QUuid::createUuid()));
        field = QStringLiteral("case_id");
        later = true;
    }
    // A correction of the person, written by hand: each one is wrong in one way.
    const auto correction = [&](const QJsonObject &changes, const QString &reason) {
        bad.entity = QStringLiteral("citizen_change");
        bad.op = QStringLiteral("append");
        bad.fields = {{QStringLiteral("citizen_id"), sync::uuidText(person.id)},
                      {QStringLiteral("at"), QStringLiteral("2026-11-20T09:30:00.000Z")},
                      {QStringLiteral("office_code"), QStringLiteral("BEL")},
                      {QStringLiteral("reason"), reason},
                      {QStringLiteral("changes"), changes}};
    };
    const QJsonObject moved{{QStringLiteral("city"), QJsonObject{{QStringLiteral("from"), QStringLiteral("Brest")},
                                                                 {QStringLiteral("to"), QStringLiteral("Guipavas")}}}};
    SECTION("a correction of a field no person has") {
        correction({{QStringLiteral("colour"), QJsonObject{{QStringLiteral("from"), QStringLiteral("red")},
                                                           {QStringLiteral("to"), QStringLiteral("blue")}}}},
                   QStringLiteral("Déménagement"));
        field = QStringLiteral("changes");
    }
    SECTION("a correction that changes nothing") {
        correction({}, QStringLiteral("Déménagement"));
        field = QStringLiteral("changes");
    }
    SECTION("a correction without a reason") {
        correction(moved, QStringLiteral("  "));
        field = QStringLiteral("reason");
    }
    SECTION("a correction of a person HQ never received: sent again later, not stored") {
        correction(moved, QStringLiteral("Déménagement"));
        bad.fields.insert(QStringLiteral("citizen_id"), sync::uuidText(QUuid::createUuid()));
        field = QStringLiteral("citizen_id");
        later = true;
    }
    SECTION("a stamp at the end of time") {
        bad.hlc = std::numeric_limits<qint64>::max();
        field = QStringLiteral("hlc");
    }
    SECTION("a note of 100,000 characters") {
        bad.fields.insert(QStringLiteral("text"), QString(100'000, u'x'));
        field = QStringLiteral("fields");
    }
    SECTION("a person created again under an id HQ already holds, by another operation") {
        REQUIRE(a.sync().ok);
        bad = batch->at(0);
        bad.opId = QUuid::createUuidV5(bad.opId, QStringLiteral("again"));
        bad.fields.insert(QStringLiteral("city"), QStringLiteral("Quimper"));
        field = QStringLiteral("entity_id");
    }
    SECTION("an operation id HQ already holds, with other content") {
        REQUIRE(a.sync().ok);
        bad = batch->at(0);
        bad.fields.insert(QStringLiteral("city"), QStringLiteral("Quimper"));
        field = QStringLiteral("op_id");
    }
    QJsonArray operations{bad.toJson()};
    for (const auto &op : *batch)
        operations.append(op.toJson());
    const Answer r = post(a.network, hq.url, QStringLiteral("/v1/push"), sync::pack({{QStringLiteral("operations"), operations}}),
                          a.link.token);
    REQUIRE(r.status == 200);
    auto answer = sync::unpack(r.body);
    REQUIRE(answer.has_value());
    const QJsonArray refused = answer->value(later ? QStringLiteral("later") : QStringLiteral("refused")).toArray();
    REQUIRE(refused.size() == 1);
    CHECK(refused.at(0).toArray().at(0).toString() == sync::uuidText(bad.opId));
    CHECK(refused.at(0).toArray().at(1).toString() == field);
    CHECK(answer->value(QStringLiteral("acks")).toArray().size() == 3);

    // The other office receives the good ones and ends like HQ's replay.
    const auto received = b.sync();
    REQUIRE(received.ok);
    CHECK(received.received == 3);
    CHECK(hq.store->stateHash().value() == b.hash());
}

TEST_CASE("Sync: a change HQ refuses for good is set aside with its reason, the changes behind it still leave, and "
          "every report says so",
          "[sync][hq][validation]")
{
    Hq hq;
    Workstation a(hq, QStringLiteral("BEL"), 1);
    Workstation b(hq, QStringLiteral("SMA"), 1);
    const Citizen person = a.person();
    // A change no case may carry, written into the outbox as a broken client would.
    QSqlQuery q(a.db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE outbox SET payload = json_set(payload, '$.colour', 'red') WHERE entity = 'citizen'")));
    a.request(person.id, QStringLiteral("BEL"));
    const auto report = a.sync();
    REQUIRE(report.ok);
    CHECK(report.setAside == 1);
    CHECK(report.setAsideReason.contains(QStringLiteral("colour")));
    CHECK(report.waiting == 2);  // the case and its first event wait for the person, which HQ does not hold
    CHECK(a.sync().setAside == 1);
    REQUIRE(b.sync().ok);
    CHECK(hq.store->stateHash().value() == b.hash());
}

TEST_CASE("Sync: with nothing left to send or receive, a workstation compares its state with HQ's at the same point "
          "and says loudly which part differs",
          "[sync][hash]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation a(hq, QStringLiteral("BEL"), 1);
    Workstation b(hq, QStringLiteral("SMA"), 1);
    const Citizen person = a.person();
    const Case asked = a.request(person.id, QStringLiteral("BEL"));
    REQUIRE(a.sync().ok);
    const auto same = b.sync();
    REQUIRE(same.ok);
    CHECK(same.stateDiffers.isEmpty());
    CHECK(b.db->meta(QStringLiteral("state_checked_seq")) == QString::number(sync::Replicator(*b.db).cursor()));
    CHECK(hq.store->counters().stateChecks >= 1);
    CHECK(hq.store->counters().stateMismatches == 0);

    // A row changed behind sync's back (a repair by hand, a bug): found at the next comparison.
    QSqlQuery q(b.db->connection());
    q.prepare(QStringLiteral("UPDATE cases SET summary = 'changé à la main' WHERE id = ?"));
    q.addBindValue(uuidBytes(asked.id));
    REQUIRE(q.exec());
    a.person(QStringLiteral("Quéré"));
    REQUIRE(a.sync().ok);
    const auto apart = b.sync();
    REQUIRE(apart.ok);
    CHECK(apart.stateDiffers == QStringList{QStringLiteral("case")});
    CHECK(hq.store->counters().stateMismatches == 1);
    CHECK(b.sync().stateDiffers == QStringList{QStringLiteral("case")});  // said at every sync until it is put right

    // guichetctl verify --against-hq names the row.
    auto rows = sync::SyncClient::compareWithHq(*b.db, b.link, b.network);
    REQUIRE(rows.has_value());
    CHECK(*rows == QStringList{QStringLiteral("case %1: differs").arg(QString::fromLatin1(uuidBytes(asked.id).toHex().toUpper()))});
}

TEST_CASE("Sync: an operation HQ stored before it checked operations whole is set aside by every receiver, the rest "
          "goes on, and an administrator stops HQ serving it",
          "[sync][quarantine]")
{
    Hq hq;
    Workstation a(hq, QStringLiteral("BEL"), 1);
    Workstation b(hq, QStringLiteral("SMA"), 1);
    a.person();
    REQUIRE(a.sync().ok);
    // Stored by an older HQ: a note on a case no office has, and a stamp at the end of time.
    const QString note = sync::uuidText(QUuid::createUuid());
    const QString future = sync::uuidText(QUuid::createUuid());
    const QString hqId = sync::uuidText(hq.store->hqId());
    hq.sql(QStringLiteral("INSERT INTO operations(op_id, entity, entity_id, op, fields, hlc, workstation_id, schema_version, "
                          "created_at, received_at) VALUES ('%1', 'case_event', '%2', 'append', "
                          "'{\"case_id\":\"%3\",\"kind\":\"note\",\"at\":\"2026-11-20T09:30:00Z\",\"text\":\"x\"}', 1, '%4', 10, "
                          "'2026-11-20T09:30:00Z', '2026-11-20T09:30:00Z')")
               .arg(note, sync::uuidText(QUuid::createUuid()), sync::uuidText(QUuid::createUuid()), hqId));
    hq.sql(QStringLiteral("INSERT INTO operations(op_id, entity, entity_id, op, fields, hlc, workstation_id, schema_version, "
                          "created_at, received_at) VALUES ('%1', 'citizen_merge', '%2', 'append', '{}', %3, '%4', 10, "
                          "'2026-11-20T09:30:00Z', '2026-11-20T09:30:00Z')")
               .arg(future, sync::uuidText(QUuid::createUuid())).arg(std::numeric_limits<qint64>::max()).arg(hqId));
    a.person(QStringLiteral("Quéré"));
    REQUIRE(a.sync().ok);

    const auto received = b.sync();
    REQUIRE(received.ok);
    CHECK(received.quarantinedNow == 2);
    CHECK(received.received == 4);  // both people, and the two set aside
    CHECK(CitizenRepository(*b.db).search(QStringLiteral("quere"), 10).value().size() == 1);
    // Its clock did not follow the stamp: its next change is stamped now.
    const Citizen later = b.person(QStringLiteral("Morvan"));
    CHECK(HybridLogicalClock::physicalMs(sync::Replicator(*b.db).pending().value().constLast().hlc)
          < b.clock.now().toMSecsSinceEpoch() + 1000);
    REQUIRE(b.sync().ok);
    CHECK(b.sync().quarantinedNow == 0);  // set aside once
    CHECK(hq.store->stateHash().value() == b.hash());

    // Set aside at HQ: a new workstation never receives them, and ends the same.
    REQUIRE(hq.store->setAside(QUuid::fromString(note), QStringLiteral("note sans dossier, enregistrée avant les contrôles")));
    REQUIRE(hq.store->setAside(QUuid::fromString(future), QStringLiteral("horodatage impossible")));
    CHECK_FALSE(hq.store->setAside(QUuid::createUuid(), QStringLiteral("inconnue")).has_value());
    Workstation c(hq, QStringLiteral("LAM"), 1);
    const auto fresh = c.sync();
    REQUIRE(fresh.ok);
    CHECK(fresh.quarantined == 0);
    REQUIRE(a.sync().ok);
    CHECK(c.hash() == b.hash());
    CHECK(a.hash() == b.hash());
}
