// SPDX-License-Identifier: GPL-3.0-or-later
#include "storefixture.h"

#include "store/caserepository.h"
#include "store/citizenrepository.h"
#include "store/maintenance.h"

#include <functional>

using namespace guichet;
using namespace guichet::test;

namespace {

/// The ways the list reads the cases of a typed number or name — read first,
/// looked up along the list's order (a number), each case checked (a name) —
/// reached on a few cases by moving the sizes where one gives way to the next.
CaseRepository::ListPlan listPlan(int way)
{
    CaseRepository::ListPlan plan;
    if (way == 0)
        plan = {1'000'000, 1'000'000};  // read first
    else if (way == 1)
        plan = {0, 1'000'000};          // a number looked up along the order, a name read first
    else if (way == 2)
        plan = {0, 0};                  // a name: each case checked
    return plan;  // way 3: as measured on a million cases
}

CaseRepository::NewCase newCase(const QUuid &citizen, Channel channel = Channel::Counter)
{
    CaseRepository::NewCase n;
    n.citizenId = citizen;
    n.moduleId = QStringLiteral("etat-civil");
    n.procedureId = QStringLiteral("etat-civil.copie-acte");
    n.channel = channel;
    n.officeCode = QStringLiteral("BEL");
    n.service = QStringLiteral("etat-civil");
    n.summary = QStringLiteral("Copie intégrale d'acte de naissance");
    n.missingDocuments = {QStringLiteral("Pièce d'identité")};
    n.releaseId = QStringLiteral("2026.1");
    n.dueDate = QDate(2026, 11, 30);
    return n;
}

} // namespace

TEST_CASE("CaseRepository: a new case gets a tracking number, its status and a first event", "[store][case]")
{
    StoreFixture f;
    auto person = CitizenRepository(*f.db).create(sampleCitizen(), f.agent);
    REQUIRE(person.has_value());
    CaseRepository cases(*f.db);
    auto c = cases.create(newCase(person->id), StoreFixture::requestWorkflow(), f.agent);
    REQUIRE(c.has_value());
    CHECK(c->trackingNumber == QStringLiteral("BEL-2026-000011"));
    CHECK(CaseRepository::isTrackingNumber(c->trackingNumber));
    CHECK(c->status == QStringLiteral("received"));
    auto again = cases.create(newCase(person->id), StoreFixture::requestWorkflow(), f.agent);
    REQUIRE(again.has_value());
    CHECK(again->trackingNumber == QStringLiteral("BEL-2026-000021"));

    auto events = cases.events(c->id);
    REQUIRE(events.has_value());
    REQUIRE(events->size() == 1);
    CHECK(events->first().kind == CaseEvent::Kind::Created);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'case'")) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'case_event'")) == 2);
}

TEST_CASE("CaseRepository: a case without summary or service is saved with empty ones", "[store][case]")
{
    StoreFixture f;
    auto person = CitizenRepository(*f.db).create(sampleCitizen(), f.agent);
    REQUIRE(person.has_value());
    auto n = newCase(person->id);
    n.summary = QString();
    n.service = QString();
    auto c = CaseRepository(*f.db).create(n, StoreFixture::requestWorkflow(), f.agent);
    REQUIRE(c.has_value());
    CHECK(CaseRepository(*f.db).get(c->id).value().summary.isEmpty());
}

TEST_CASE("CaseRepository: each workstation of an office numbers in its own slot", "[store][case]")
{
    StoreFixture f;
    REQUIRE(f.db->setMeta(QStringLiteral("tracking_slot"), QStringLiteral("2")));
    auto person = CitizenRepository(*f.db).create(sampleCitizen(), f.agent);
    REQUIRE(person.has_value());
    auto c = CaseRepository(*f.db).create(newCase(person->id), StoreFixture::requestWorkflow(), f.agent);
    REQUIRE(c.has_value());
    CHECK(c->trackingNumber == QStringLiteral("BEL-2026-000012"));
    // A new year starts a new sequence.
    f.clock.set(QDateTime(QDate(2027, 1, 2), QTime(9, 0), Qt::UTC));
    auto next = CaseRepository(*f.db).create(newCase(person->id), StoreFixture::requestWorkflow(), f.agent);
    REQUIRE(next.has_value());
    CHECK(next->trackingNumber == QStringLiteral("BEL-2027-000012"));
}

TEST_CASE("CaseRepository: status follows the workflow and a refusal needs a listed reason", "[store][case][workflow]")
{
    StoreFixture f;
    auto person = CitizenRepository(*f.db).create(sampleCitizen(), f.agent);
    REQUIRE(person.has_value());
    CaseRepository cases(*f.db);
    const Workflow wf = StoreFixture::requestWorkflow();
    auto c = cases.create(newCase(person->id), wf, f.agent);
    REQUIRE(c.has_value());

    auto skip = cases.changeStatus(c->id, QStringLiteral("delivered"), {}, wf, f.agent);
    REQUIRE_FALSE(skip.has_value());
    CHECK(skip.error().code == Error::Code::Forbidden);

    REQUIRE(cases.changeStatus(c->id, QStringLiteral("processing"), {}, wf, f.agent).has_value());
    auto noReason = cases.changeStatus(c->id, QStringLiteral("refused"), {}, wf, f.agent);
    REQUIRE_FALSE(noReason.has_value());
    CHECK(noReason.error().field == QStringLiteral("reason"));
    REQUIRE(cases.changeStatus(c->id, QStringLiteral("refused"), QStringLiteral("Acte introuvable"), wf, f.agent).has_value());

    auto stored = cases.get(c->id);
    REQUIRE(stored.has_value());
    CHECK(stored->status == QStringLiteral("refused"));
    CHECK(f.count(QStringLiteral("SELECT closed FROM cases")) == 1);
    auto events = cases.events(c->id);
    REQUIRE(events.has_value());
    REQUIRE(events->size() == 3);
    CHECK(events->last().payload.value(QStringLiteral("reason")).toString() == QStringLiteral("Acte introuvable"));
}

TEST_CASE("CaseRepository: an open case goes to another service with the reason, in its timeline and its outbox",
          "[store][case][transfer]")
{
    StoreFixture f;
    auto person = CitizenRepository(*f.db).create(sampleCitizen(), f.agent);
    REQUIRE(person.has_value());
    CaseRepository cases(*f.db);
    const Workflow wf = StoreFixture::requestWorkflow();
    auto c = cases.create(newCase(person->id), wf, f.agent);
    REQUIRE(c.has_value());

    auto noReason = cases.transfer(c->id, QStringLiteral("courrier"), QStringLiteral("  "), wf, f.agent);
    REQUIRE_FALSE(noReason.has_value());
    CHECK(noReason.error().field == QStringLiteral("transferReason"));
    auto same = cases.transfer(c->id, QStringLiteral("etat-civil"), QStringLiteral("Pour suite"), wf, f.agent);
    REQUIRE_FALSE(same.has_value());
    CHECK(same.error().field == QStringLiteral("service"));
    CHECK_FALSE(cases.transfer(c->id, QString(), QStringLiteral("Pour suite"), wf, f.agent).has_value());

    auto e = cases.transfer(c->id, QStringLiteral("courrier"), QStringLiteral("  Acte  d'une autre commune "), wf, f.agent);
    REQUIRE(e.has_value());
    CHECK(e->kind == CaseEvent::Kind::Transferred);
    CHECK(e->payload == QJsonObject{{QStringLiteral("from"), QStringLiteral("etat-civil")},
                                    {QStringLiteral("to"), QStringLiteral("courrier")},
                                    {QStringLiteral("reason"), QStringLiteral("Acte d'une autre commune")}});
    CHECK(cases.get(c->id)->service == QStringLiteral("courrier"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'case' AND op = 'update' "
                                 "AND CAST(payload AS TEXT) LIKE '%\"service\":\"courrier\"%'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'case_event' AND CAST(payload AS TEXT) LIKE '%\"kind\":\"transfer\"%'")) == 1);

    // A closed case goes nowhere.
    REQUIRE(cases.changeStatus(c->id, QStringLiteral("processing"), {}, wf, f.agent).has_value());
    REQUIRE(cases.changeStatus(c->id, QStringLiteral("refused"), QStringLiteral("Acte introuvable"), wf, f.agent).has_value());
    auto closed = cases.transfer(c->id, QStringLiteral("etat-civil"), QStringLiteral("Pour suite"), wf, f.agent);
    REQUIRE_FALSE(closed.has_value());
    CHECK(closed.error().code == Error::Code::Forbidden);
}

TEST_CASE("CaseRepository: the timeline only grows — events cannot be changed or removed", "[store][case]")
{
    StoreFixture f;
    auto person = CitizenRepository(*f.db).create(sampleCitizen(), f.agent);
    REQUIRE(person.has_value());
    CaseRepository cases(*f.db);
    auto c = cases.create(newCase(person->id), StoreFixture::requestWorkflow(), f.agent);
    REQUIRE(c.has_value());
    REQUIRE(cases.addNote(c->id, QStringLiteral("Rappeler vendredi"), f.agent).has_value());
    QSqlQuery q(f.db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE case_events SET payload = '{}'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM case_events")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM case_events")) == 2);
    CHECK_FALSE(cases.addNote(c->id, QStringLiteral("   "), f.agent).has_value());
}

TEST_CASE("CaseRepository: a received document leaves the missing list and enters the timeline", "[store][case]")
{
    StoreFixture f;
    auto person = CitizenRepository(*f.db).create(sampleCitizen(), f.agent);
    REQUIRE(person.has_value());
    CaseRepository cases(*f.db);
    auto c = cases.create(newCase(person->id), StoreFixture::requestWorkflow(), f.agent);
    REQUIRE(c.has_value());
    CHECK_FALSE(cases.recordDocument(c->id, QStringLiteral("Passeport"), f.agent).has_value());
    REQUIRE(cases.recordDocument(c->id, QStringLiteral("Pièce d'identité"), f.agent).has_value());
    auto stored = cases.get(c->id);
    REQUIRE(stored.has_value());
    CHECK(stored->missingDocuments.isEmpty());
}

TEST_CASE("CaseRepository: the list filters, sorts, pages and counts", "[store][case][list]")
{
    StoreFixture f;
    auto person = CitizenRepository(*f.db).create(sampleCitizen(), f.agent);
    REQUIRE(person.has_value());
    CaseRepository cases(*f.db);
    const Workflow wf = StoreFixture::requestWorkflow();
    for (int i = 0; i < 25; ++i) {
        auto n = newCase(person->id, i % 5 == 0 ? Channel::Phone : Channel::Counter);
        n.dueDate = QDate(2026, 11, 10).addDays(i);
        f.clock.advance(1000);
        REQUIRE(cases.create(n, wf, f.agent).has_value());
    }
    CaseRepository::Filter all;
    auto first = cases.page(all, CaseRepository::SortKey::Created, Qt::DescendingOrder, 0, 10);
    REQUIRE(first.has_value());
    REQUIRE(first->size() == 10);
    CHECK(first->first().trackingNumber == QStringLiteral("BEL-2026-000251"));
    CHECK(first->first().citizenName == QStringLiteral("LEFÈVRE Jeanne Marie"));
    auto last = cases.page(all, CaseRepository::SortKey::Created, Qt::DescendingOrder, 20, 10);
    REQUIRE(last.has_value());
    CHECK(last->size() == 5);

    CaseRepository::Filter phone;
    phone.channel = Channel::Phone;
    CHECK(cases.count(phone, 100).value() == 5);
    CHECK(cases.count(all, 10).value() == 11);  // capped: "10+"

    CaseRepository::Filter overdue;
    overdue.overdueOnly = true;
    overdue.today = QDate(2026, 11, 20);
    CHECK(cases.count(overdue, 100).value() == 10);

    CaseRepository::Filter byNumber;
    byNumber.trackingNumber = QStringLiteral("bel-2026-0001");  // 000101 … 000191
    CHECK(cases.count(byNumber, 100).value() == 10);
    // The number read off a receipt finds the case, with its leading zeros or
    // without, with the year or not, or the start of it as it is typed.
    byNumber.trackingNumber = QStringLiteral("000131");
    CHECK(cases.count(byNumber, 100).value() == 1);
    byNumber.trackingNumber = QStringLiteral("131");
    CHECK(cases.count(byNumber, 100).value() == 1);
    byNumber.trackingNumber = QStringLiteral("2026-000131");
    CHECK(cases.count(byNumber, 100).value() == 1);
    byNumber.trackingNumber = QStringLiteral("2025-000131");
    CHECK(cases.count(byNumber, 100).value() == 0);
    byNumber.trackingNumber = QStringLiteral("0002");  // 000021, and 000201 … 000251
    CHECK(cases.count(byNumber, 100).value() == 7);
    // Nothing else is taken as a pattern.
    byNumber.trackingNumber = QStringLiteral("0%1");
    CHECK(cases.count(byNumber, 100).value() == 0);
    byNumber.trackingNumber = QStringLiteral("999999");
    CHECK(cases.count(byNumber, 100).value() == 0);
    byNumber.trackingNumber = QStringLiteral("BEL-20269");
    CHECK(cases.count(byNumber, 100).value() == 0);

    auto byDue = cases.page(all, CaseRepository::SortKey::Due, Qt::AscendingOrder, 0, 1);
    REQUIRE(byDue.has_value());
    CHECK(byDue->first().dueDate == QDate(2026, 11, 10));
}

TEST_CASE("CaseRepository: any part of a tracking number finds the cases whose number holds it", "[store][case][list]")
{
    StoreFixture f;
    auto person = CitizenRepository(*f.db).create(sampleCitizen(), f.agent);
    REQUIRE(person.has_value());
    CaseRepository cases(*f.db);
    const int way = GENERATE(0, 1, 2, 3);
    INFO("way " << way);
    cases.setListPlan(listPlan(way));
    QStringList numbers;
    for (const QString &office : {QStringLiteral("BEL"), QStringLiteral("SMA")}) {
        for (int i = 0; i < 25; ++i) {  // BEL-2026-000011 … BEL-2026-000251, the same for SMA
            auto n = newCase(person->id);
            n.officeCode = office;
            f.clock.advance(1000);
            auto c = cases.create(n, StoreFixture::requestWorkflow(), f.agent);
            REQUIRE(c.has_value());
            numbers << c->trackingNumber;
        }
    }
    // Whatever the way the list reads them (ranges of the indexes, or each case
    // checked), the cases found are those whose number holds what was typed,
    // and the page lists the same ones the count counts.
    auto listed = [&](const QString &typed) {
        CaseRepository::Filter filter;
        filter.trackingNumber = typed;
        auto page = cases.page(filter, CaseRepository::SortKey::Tracking, Qt::AscendingOrder, 0, 100);
        REQUIRE(page.has_value());
        CHECK(cases.count(filter, 100).value() == page->size());
        QStringList found;
        for (const auto &row : *page)
            found << row.trackingNumber;
        return found;
    };
    auto holding = [&](const QString &part) {
        QStringList expected;
        for (const QString &n : std::as_const(numbers))
            if (n.contains(part.toUpper()))
                expected << n;
        expected.sort();
        return expected;
    };
    for (const QString &part : {QStringLiteral("5"), QStringLiteral("51"), QStringLiteral("015"), QStringLiteral("0015"),
                                QStringLiteral("00151"), QStringLiteral("000151"), QStringLiteral("0002"),
                                QStringLiteral("2026"), QStringLiteral("26-0002"), QStringLiteral("6-00015"),
                                QStringLiteral("-000"), QStringLiteral("EL-2026-00015"), QStringLiteral("ma-2026-0002"),
                                QStringLiteral("SMA-2026-000151"), QStringLiteral("S"), QStringLiteral("A-2")}) {
        INFO(part.toStdString());
        CHECK(listed(part) == holding(part));
    }
    // Examples, spelled out: the middle of a number and a part across the year.
    CHECK(listed(QStringLiteral("015")) == QStringList{QStringLiteral("BEL-2026-000151"), QStringLiteral("SMA-2026-000151")});
    CHECK(listed(QStringLiteral("26-00025")) == QStringList{QStringLiteral("BEL-2026-000251"), QStringLiteral("SMA-2026-000251")});
    // A number the office never gave, and what is not part of a number, find nothing.
    CHECK(listed(QStringLiteral("2181")).isEmpty());
    CHECK(listed(QStringLiteral("QMO-2026")).isEmpty());
    CHECK(listed(QStringLiteral("BEL 2026")).isEmpty());
}

TEST_CASE("CaseRepository: a typed name lists the cases of every person it finds, merged records included", "[store][case][list]")
{
    StoreFixture f;
    CitizenRepository people(*f.db);
    auto jeanne = people.create(sampleCitizen(), f.agent);
    auto paul = people.create(sampleCitizen(QStringLiteral("Le Gall"), QStringLiteral("Paul")), f.agent);
    auto twin = people.create(sampleCitizen(QStringLiteral("Lefebvre"), QStringLiteral("Jeanne")), f.agent);
    REQUIRE((jeanne && paul && twin));
    CaseRepository cases(*f.db);
    const int way = GENERATE(0, 1, 2, 3);
    INFO("way " << way);
    cases.setListPlan(listPlan(way));
    const Workflow wf = StoreFixture::requestWorkflow();
    for (const QUuid &who : {jeanne->id, jeanne->id, paul->id, twin->id}) {
        f.clock.advance(1000);
        REQUIRE(cases.create(newCase(who), wf, f.agent).has_value());
    }
    // One more of hers, by phone at Saint-Marc, and one of her merged record's deleted.
    f.clock.advance(1000);
    auto elsewhere = newCase(jeanne->id, Channel::Phone);
    elsewhere.officeCode = QStringLiteral("SMA");
    REQUIRE(cases.create(elsewhere, wf, f.agent).has_value());
    f.clock.advance(1000);
    auto mistake = cases.create(newCase(twin->id), wf, f.agent);
    REQUIRE(mistake.has_value());
    REQUIRE(cases.remove(mistake->id, QStringLiteral("typed twice"), f.agent));
    REQUIRE(people.merge(twin->id, jeanne->id, f.agent));

    auto countFor = [&](const QString &typed, const std::function<void(CaseRepository::Filter &)> &narrow = {}) {
        CaseRepository::Filter filter;
        filter.personName = typed;
        if (narrow)
            narrow(filter);
        auto page = cases.page(filter, CaseRepository::SortKey::Created, Qt::DescendingOrder, 0, 100);
        REQUIRE(page.has_value());
        const int counted = cases.count(filter, 100).value();
        CHECK(counted == page->size());
        return counted;
    };
    CHECK(countFor(QStringLiteral("lefèvre")) == 4);       // her three, and the one of the record merged into hers
    CHECK(countFor(QStringLiteral("LEFEVRE jea")) == 4);
    CHECK(countFor(QStringLiteral("lefeb")) == 1);         // the merged record's own name
    CHECK(countFor(QStringLiteral("le gall")) == 1);
    CHECK(countFor(QStringLiteral("paul")) == 1);
    CHECK(countFor(QStringLiteral("le")) == 5);            // the merged record found twice, its case counted once
    CHECK(countFor(QStringLiteral("martin")) == 0);
    CHECK(countFor(QStringLiteral("  ")) == 5);            // nothing typed: no filter
    // With the office, and with a filter the person index does not hold.
    const auto atBel = [](CaseRepository::Filter &f) { f.officeCode = QStringLiteral("BEL"); };
    const auto atSma = [](CaseRepository::Filter &f) { f.officeCode = QStringLiteral("SMA"); };
    const auto byPhone = [](CaseRepository::Filter &f) { f.channel = Channel::Phone; };
    const auto atBelByCounter = [](CaseRepository::Filter &f) { f.officeCode = QStringLiteral("BEL"); f.channel = Channel::Counter; };
    CHECK(countFor(QStringLiteral("lefèvre"), atBel) == 3);
    CHECK(countFor(QStringLiteral("lefèvre"), atSma) == 1);
    CHECK(countFor(QStringLiteral("lefèvre"), byPhone) == 1);
    CHECK(countFor(QStringLiteral("le"), atBelByCounter) == 4);
    CHECK(countFor(QStringLiteral("paul"), atSma) == 0);
    // The count stops at its cap, whichever way it reads.
    CaseRepository::Filter le;
    le.personName = QStringLiteral("le");
    CHECK(cases.count(le, 2).value() == 3);
    le.officeCode = QStringLiteral("BEL");
    CHECK(cases.count(le, 1).value() == 2);

    // Whichever way, the page is in the list's order.
    CaseRepository::Filter lefevre;
    lefevre.personName = QStringLiteral("lefèvre");
    const auto page = cases.page(lefevre, CaseRepository::SortKey::Created, Qt::DescendingOrder, 0, 100).value();
    REQUIRE(page.size() == 4);
    CHECK(page.at(0).createdAt > page.at(1).createdAt);
    CHECK(page.at(1).createdAt > page.at(2).createdAt);
    CHECK(page.at(2).createdAt > page.at(3).createdAt);
    const auto second = cases.page(lefevre, CaseRepository::SortKey::Created, Qt::DescendingOrder, 1, 1).value();
    REQUIRE(second.size() == 1);
    CHECK(second.first().id == page.at(1).id);
}

TEST_CASE("CaseRepository: a module's work list selects by procedures, statuses and office, oldest first", "[store][case][list]")
{
    StoreFixture f;
    auto person = CitizenRepository(*f.db).create(sampleCitizen(), f.agent);
    REQUIRE(person.has_value());
    CaseRepository cases(*f.db);
    const Workflow wf = StoreFixture::requestWorkflow();
    QList<QUuid> made;
    for (int i = 0; i < 6; ++i) {
        auto n = newCase(person->id);
        n.officeCode = i < 4 ? QStringLiteral("BEL") : QStringLiteral("SMA");
        n.data = QJsonObject{{QStringLiteral("n"), i}};
        f.clock.advance(1000);
        auto c = cases.create(n, wf, f.agent);
        REQUIRE(c.has_value());
        made << c->id;
    }
    f.clock.advance(60'000);
    REQUIRE(cases.changeStatus(made.at(1), QStringLiteral("processing"), {}, wf, f.agent).has_value());
    REQUIRE(cases.changeStatus(made.at(4), QStringLiteral("processing"), {}, wf, f.agent).has_value());
    f.clock.advance(60'000);
    REQUIRE(cases.changeStatus(made.at(2), QStringLiteral("processing"), {}, wf, f.agent).has_value());
    REQUIRE(cases.changeStatus(made.at(2), QStringLiteral("refused"), QStringLiteral("Acte introuvable"), wf, f.agent));

    CaseQuery processing;
    processing.procedureIds = {QStringLiteral("etat-civil.copie-acte"), QStringLiteral("cni.demande")};
    processing.statuses = {QStringLiteral("processing")};
    auto both = cases.select(processing);
    REQUIRE(both.has_value());
    REQUIRE(both->size() == 2);
    CHECK(both->at(0).id == made.at(1));
    CHECK(both->at(1).id == made.at(4));
    CHECK(both->at(0).personName == QStringLiteral("LEFÈVRE Jeanne Marie"));
    CHECK(both->at(0).data.value(QStringLiteral("n")).toInt() == 1);
    CHECK(both->at(0).statusSince == f.clock.now().addSecs(-60));
    CHECK(both->at(0).statusReason.isEmpty());

    CaseQuery refused;
    refused.statuses = {QStringLiteral("refused")};
    auto decided = cases.select(refused);
    REQUIRE(decided.has_value());
    REQUIRE(decided->size() == 1);
    CHECK(decided->at(0).statusSince == f.clock.now());
    CHECK(decided->at(0).statusReason == QStringLiteral("Acte introuvable"));
    CaseQuery received;
    received.statuses = {QStringLiteral("received")};
    CHECK(cases.select(received).value().at(0).statusSince == cases.select(received).value().at(0).createdAt);

    processing.officeCode = QStringLiteral("SMA");
    CHECK(cases.select(processing).value().size() == 1);

    CaseQuery other;
    other.procedureIds = {QStringLiteral("passeport.demande")};
    CHECK(cases.select(other).value().isEmpty());

    CaseQuery firstTwo;
    firstTwo.limit = 2;
    auto oldest = cases.select(firstTwo);
    REQUIRE(oldest.has_value());
    REQUIRE(oldest->size() == 2);
    CHECK(oldest->at(0).id == made.at(0));
}

TEST_CASE("maintenance: verify finds a sound database sound, and a row without its outbox entry", "[store][verify]")
{
    StoreFixture f;
    auto person = CitizenRepository(*f.db).create(sampleCitizen(), f.agent);
    REQUIRE(person.has_value());
    REQUIRE(CaseRepository(*f.db).create(newCase(person->id), StoreFixture::requestWorkflow(), f.agent).has_value());
    auto sound = maintenance::verify(*f.db);
    REQUIRE(sound.has_value());
    CHECK(sound->isEmpty());

    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM outbox WHERE entity = 'citizen'")));
    auto broken = maintenance::verify(*f.db);
    REQUIRE(broken.has_value());
    REQUIRE(broken->size() == 1);
    CHECK(broken->first().contains(QStringLiteral("citizens")));
}
