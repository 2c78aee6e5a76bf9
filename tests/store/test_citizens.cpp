// SPDX-License-Identifier: GPL-3.0-or-later
#include "storefixture.h"

#include "store/citizenrepository.h"

using namespace guichet;
using namespace guichet::test;

TEST_CASE("CitizenRepository: a person round-trips with normalised fields", "[store][citizen]")
{
    StoreFixture f;
    CitizenRepository people(*f.db);
    auto created = people.create(sampleCitizen(), f.agent);
    REQUIRE(created.has_value());
    auto read = people.read(created->id, f.agent, QStringLiteral("test"));
    REQUIRE(read.has_value());
    CHECK(read->familyName == QStringLiteral("Lefèvre"));
    CHECK(read->firstNames == QStringLiteral("Jeanne Marie"));
    CHECK(read->birthDate == QDate(1984, 3, 12));
    CHECK(read->phone == QStringLiteral("+33612345678"));
    CHECK(read->email == QStringLiteral("jeanne.lefevre@example.fr"));
    CHECK(read->birthPlaceCode == QStringLiteral("29019"));
}

TEST_CASE("CitizenRepository: every write has its outbox row, written in the same transaction", "[store][citizen][outbox]")
{
    StoreFixture f;
    CitizenRepository people(*f.db);
    const qint64 before = f.count(QStringLiteral("SELECT count(*) FROM outbox"));
    auto created = people.create(sampleCitizen(), f.agent);
    REQUIRE(created.has_value());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'citizen' AND op = 'insert'")) == 1);

    // A change that fails half-way leaves neither the row nor its outbox entry.
    {
        Database::Transaction outer(*f.db);
        auto second = people.create(sampleCitizen(QStringLiteral("Kerhervé"), QStringLiteral("Yann")), f.agent);
        REQUIRE(second.has_value());
        // outer is never committed: as if the workstation crashed here.
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM citizens")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox")) == before + 1);
}

TEST_CASE("Database: a listener hears each committed change made here, once per transaction, never a rolled-back one",
          "[store][outbox]")
{
    StoreFixture f;
    CitizenRepository people(*f.db);
    int heard = 0;
    f.db->onLocalChangesCommitted([&] { ++heard; });
    REQUIRE(people.create(sampleCitizen(), f.agent));
    CHECK(heard == 1);
    {
        Database::Transaction outer(*f.db);
        REQUIRE(people.create(sampleCitizen(QStringLiteral("Kerhervé"), QStringLiteral("Yann")), f.agent));
        REQUIRE(people.create(sampleCitizen(QStringLiteral("Le Gall"), QStringLiteral("Anne")), f.agent));
        CHECK(heard == 1);  // inner commits are savepoints: nothing is saved yet
        REQUIRE(outer.commit());
    }
    CHECK(heard == 2);
    {
        Database::Transaction abandoned(*f.db);
        REQUIRE(people.create(sampleCitizen(QStringLiteral("Martin"), QStringLiteral("Paul")), f.agent));
    }
    REQUIRE(f.db->setMeta(QStringLiteral("note"), QStringLiteral("not a synced change")));
    CHECK(heard == 2);
    f.db->onLocalChangesCommitted({});
    REQUIRE(people.create(sampleCitizen(QStringLiteral("Durand"), QStringLiteral("Anne")), f.agent));
    CHECK(heard == 2);
}

TEST_CASE("CitizenRepository: a person typed again is found as a likely duplicate, accents, hyphens and one slip ignored",
          "[store][citizen][duplicates]")
{
    StoreFixture f;
    CitizenRepository people(*f.db);
    auto jeanne = people.create(sampleCitizen(), f.agent);  // Lefèvre Jeanne Marie, 12/03/1984
    REQUIRE(jeanne.has_value());
    const auto same = [&](const QString &family, const QString &first, const QDate &born, const QString &used = {}) {
        Citizen c = sampleCitizen(family, first);
        c.birthDate = born;
        c.usedName = used;
        auto found = people.likelyDuplicates(c);
        REQUIRE(found.has_value());
        return found->size() == 1 && found->first().id == jeanne->id;
    };
    const QDate born(1984, 3, 12);
    CHECK(same(QStringLiteral("LEFEVRE"), QStringLiteral("Jeanne"), born));
    CHECK(same(QStringLiteral("Le Fèvre"), QStringLiteral("jeanne-marie"), born));
    CHECK(same(QStringLiteral("Le-Fèvre"), QStringLiteral("Jeanne Marie"), born));
    CHECK(same(QStringLiteral("Lefèbvre"), QStringLiteral("Jeanne"), born));   // one letter added
    CHECK(same(QStringLiteral("Lefèvra"), QStringLiteral("Jeane"), born));     // one letter off in each
    CHECK(same(QStringLiteral("Martin"), QStringLiteral("Jeanne"), born, QStringLiteral("Lefèvre")));  // used name
    CHECK_FALSE(same(QStringLiteral("Lefèvre"), QStringLiteral("Jeanne"), born.addDays(1)));
    CHECK_FALSE(same(QStringLiteral("Lefèvre"), QStringLiteral("Paul"), born));
    CHECK_FALSE(same(QStringLiteral("Le Gall"), QStringLiteral("Jeanne"), born));

    // A record merged into another is not offered; the kept one is.
    auto again = people.create(sampleCitizen(QStringLiteral("LEFEVRE"), QStringLiteral("Jeanne")), f.agent);
    REQUIRE(again.has_value());
    REQUIRE(people.merge(again->id, jeanne->id, f.agent));
    CHECK(same(QStringLiteral("Lefèvre"), QStringLiteral("Jeanne"), born));
}

TEST_CASE("CitizenRepository: an update sends only the fields that changed", "[store][citizen][outbox]")
{
    StoreFixture f;
    CitizenRepository people(*f.db);
    auto c = people.create(sampleCitizen(), f.agent);
    REQUIRE(c.has_value());
    Citizen moved = *c;
    moved.addressLine = QStringLiteral("3 place de la Liberté");
    f.clock.advance(60'000);
    REQUIRE(people.update(moved, f.agent).has_value());
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT payload FROM outbox WHERE op = 'update'")));
    REQUIRE(q.next());
    const auto payload = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    // The changed field, and the version of it the change was made on (never changed since the insert: none).
    CHECK(payload.keys() == QStringList{QStringLiteral("_base"), QStringLiteral("address_line")});
    CHECK(payload.value(QStringLiteral("_base")).toObject() == QJsonObject{{QStringLiteral("address_line"), QString()}});
    // Nothing changed: nothing written.
    REQUIRE(people.update(moved, f.agent).has_value());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'update'")) == 1);
}

TEST_CASE("CitizenRepository: invalid fields are named, with what to do", "[store][citizen][validation]")
{
    Citizen c = sampleCitizen();
    c.familyName = QStringLiteral("  ");
    c.birthDate = QDate(2030, 1, 1);
    c.postalCode = QStringLiteral("2920");
    c.phone = QStringLiteral("12");
    const auto errors = CitizenRepository::validate(c, QDate(2026, 11, 20));
    QStringList fields;
    for (const Error &e : errors) {
        fields << e.field;
        CHECK_FALSE(e.message.isEmpty());
    }
    CHECK(fields.contains(QStringLiteral("familyName")));
    CHECK(fields.contains(QStringLiteral("birthDate")));
    CHECK(fields.contains(QStringLiteral("postalCode")));
    CHECK(fields.contains(QStringLiteral("phone")));
}

TEST_CASE("CitizenRepository: a person born abroad needs a country, not an INSEE code", "[store][citizen][validation]")
{
    Citizen c = sampleCitizen();
    c.birthPlaceCode.clear();
    c.birthCountry.clear();
    auto errors = CitizenRepository::validate(c, QDate(2026, 11, 20));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("birthPlaceCode"));
    c.birthCountry = QStringLiteral("Sénégal");
    c.birthPlaceName = QStringLiteral("Dakar");
    CHECK(CitizenRepository::validate(c, QDate(2026, 11, 20)).isEmpty());
}

TEST_CASE("CitizenRepository: search ignores accents, case, hyphens and apostrophes", "[store][search]")
{
    StoreFixture f;
    CitizenRepository people(*f.db);
    REQUIRE(people.create(sampleCitizen(QStringLiteral("Lefèvre"), QStringLiteral("Jeanne")), f.agent));
    REQUIRE(people.create(sampleCitizen(QStringLiteral("O'Connor"), QStringLiteral("Siobhan")), f.agent));
    REQUIRE(people.create(sampleCitizen(QStringLiteral("Le Gall"), QStringLiteral("Jean-Pierre")), f.agent));
    REQUIRE(people.create(sampleCitizen(QStringLiteral("Martin"), QStringLiteral("Paul")), f.agent));

    auto names = [&](const QString &typed) {
        QStringList out;
        auto found = people.search(typed);
        REQUIRE(found.has_value());
        for (const auto &m : *found)
            out << m.displayName;
        return out;
    };
    CHECK(names(QStringLiteral("lefevre")) == QStringList{QStringLiteral("LEFÈVRE Jeanne")});
    CHECK(names(QStringLiteral("LEFÈ")) == QStringList{QStringLiteral("LEFÈVRE Jeanne")});
    CHECK(names(QStringLiteral("oconnor")) == QStringList{QStringLiteral("O'CONNOR Siobhan")});
    CHECK(names(QStringLiteral("o'connor")) == QStringList{QStringLiteral("O'CONNOR Siobhan")});
    CHECK(names(QStringLiteral("connor")) == QStringList{QStringLiteral("O'CONNOR Siobhan")});
    CHECK(names(QStringLiteral("jean pierre")) == QStringList{QStringLiteral("LE GALL Jean-Pierre")});
    CHECK(names(QStringLiteral("jean-pierre")) == QStringList{QStringLiteral("LE GALL Jean-Pierre")});
    CHECK(names(QStringLiteral("legall jean")) == QStringList{QStringLiteral("LE GALL Jean-Pierre")});
    CHECK(names(QStringLiteral("zz")).isEmpty());
    CHECK(names(QStringLiteral("martin 12/03/1984")) == QStringList{QStringLiteral("MARTIN Paul")});
    CHECK(names(QStringLiteral("martin 13/03/1984")).isEmpty());
    CHECK(names(QStringLiteral("1984-03-12")).size() == 4);
}

TEST_CASE("CitizenRepository: a renamed person is found by the new name only", "[store][search]")
{
    StoreFixture f;
    CitizenRepository people(*f.db);
    auto c = people.create(sampleCitizen(QStringLiteral("Durand"), QStringLiteral("Anne")), f.agent);
    REQUIRE(c.has_value());
    Citizen married = *c;
    married.usedName = QStringLiteral("Kérouac");
    REQUIRE(people.update(married, f.agent).has_value());
    auto byUsed = people.search(QStringLiteral("kerouac"));
    REQUIRE(byUsed.has_value());
    CHECK(byUsed->size() == 1);
    auto byBirth = people.search(QStringLiteral("durand"));
    REQUIRE(byBirth.has_value());
    CHECK(byBirth->size() == 1);
}

TEST_CASE("CitizenRepository: every read of a record is logged with the agent", "[store][privacy]")
{
    StoreFixture f;
    CitizenRepository people(*f.db);
    auto c = people.create(sampleCitizen(), f.agent);
    REQUIRE(c.has_value());
    REQUIRE(people.read(c->id, f.agent, QStringLiteral("reception")).has_value());
    REQUIRE(people.read(c->id, f.agent, QStringLiteral("case:BEL-2026-000011")).has_value());
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT agent_id, citizen_id, purpose FROM access_log ORDER BY id")));
    REQUIRE(q.next());
    CHECK(uuidFromBytes(q.value(0).toByteArray()) == f.agent);
    CHECK(uuidFromBytes(q.value(1).toByteArray()) == c->id);
    CHECK(q.value(2).toString() == QStringLiteral("reception"));
    REQUIRE(q.next());
    CHECK(q.value(2).toString() == QStringLiteral("case:BEL-2026-000011"));
}
