// SPDX-License-Identifier: GPL-3.0-or-later
#include "storefixture.h"

#include "reference/communes.h"
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

namespace {

/// The values of one correction in the outbox, by operation.
QJsonObject outboxPayload(StoreFixture &f, const QString &entity, const QString &op)
{
    QSqlQuery q(f.db->connection());
    q.prepare(QStringLiteral("SELECT payload FROM outbox WHERE entity = ? AND op = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(entity);
    q.addBindValue(op);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

} // namespace

TEST_CASE("CitizenRepository: a correction writes the changed fields and a history line with its reason, in one "
          "transaction",
          "[store][citizen][correction]")
{
    StoreFixture f;
    CitizenRepository people(*f.db);
    auto c = people.create(sampleCitizen(), f.agent);
    REQUIRE(c.has_value());
    f.clock.advance(3'600'000);
    Citizen moved = *c;
    moved.addressLine = QStringLiteral("3 place de la Liberté");
    moved.phone = QStringLiteral("07 98 76 54 32");

    SECTION("the fields, their versions, the outbox and the history, together")
    {
        auto corrected = people.correct(moved, QStringLiteral("  Déménagement,   justificatif vu  "), f.agent);
        REQUIRE(corrected.has_value());
        CHECK(corrected->phone == QStringLiteral("+33798765432"));
        CHECK(corrected->updatedAt == f.clock.now());
        const Citizen stored = people.read(c->id, f.agent, QStringLiteral("test")).value();
        CHECK(stored.addressLine == QStringLiteral("3 place de la Liberté"));
        CHECK(stored.phone == QStringLiteral("+33798765432"));
        CHECK(stored.city == QStringLiteral("Brest"));
        // The fields travel as an update does, with the versions they overwrote…
        const QJsonObject update = outboxPayload(f, QStringLiteral("citizen"), QStringLiteral("update"));
        CHECK(update.keys() == QStringList{QStringLiteral("_base"), QStringLiteral("address_line"), QStringLiteral("phone")});
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM field_versions WHERE entity = 'citizen'")) == 2);
        // …and the history line beside them, values before and after.
        const QJsonObject change = outboxPayload(f, QStringLiteral("citizen_change"), QStringLiteral("append"));
        CHECK(change.value(QStringLiteral("citizen_id")).toString() == c->id.toString(QUuid::WithoutBraces));
        CHECK(change.value(QStringLiteral("reason")).toString() == QStringLiteral("Déménagement, justificatif vu"));
        CHECK(change.value(QStringLiteral("office_code")).toString() == QStringLiteral("BEL"));
        CHECK(change.value(QStringLiteral("changes")).toObject()
              == QJsonObject{{QStringLiteral("address_line"), QJsonObject{{QStringLiteral("from"), QStringLiteral("12 rue de Siam")},
                                                                          {QStringLiteral("to"), QStringLiteral("3 place de la Liberté")}}},
                             {QStringLiteral("phone"), QJsonObject{{QStringLiteral("from"), QStringLiteral("+33612345678")},
                                                                   {QStringLiteral("to"), QStringLiteral("+33798765432")}}}});

        auto history = people.history(c->id, f.agent, QStringLiteral("test"));
        REQUIRE(history.has_value());
        REQUIRE(history->size() == 1);
        const CitizenChange &line = history->first();
        CHECK(line.citizenId == c->id);
        CHECK(line.at == f.clock.now());
        CHECK(line.agentId == f.agent);
        CHECK(line.officeCode == QStringLiteral("BEL"));
        CHECK(line.reason == QStringLiteral("Déménagement, justificatif vu"));
        CHECK(line.fields == QList<CitizenChange::Field>{
                                 {QStringLiteral("address_line"), QStringLiteral("12 rue de Siam"), QStringLiteral("3 place de la Liberté")},
                                 {QStringLiteral("phone"), QStringLiteral("+33612345678"), QStringLiteral("+33798765432")}});
    }
    SECTION("a correction that fails half-way leaves neither the fields, nor the history, nor their outbox rows")
    {
        const qint64 outbox = f.count(QStringLiteral("SELECT count(*) FROM outbox"));
        {
            Database::Transaction outer(*f.db);
            REQUIRE(people.correct(moved, QStringLiteral("Déménagement"), f.agent).has_value());
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM citizen_changes")) == 1);
            // outer is never committed: as if the workstation crashed here.
        }
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM citizen_changes")) == 0);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox")) == outbox);
        CHECK(people.read(c->id, f.agent, QStringLiteral("test")).value().addressLine == QStringLiteral("12 rue de Siam"));
        CHECK(people.history(c->id, f.agent, QStringLiteral("test")).value().isEmpty());
    }
}

TEST_CASE("CitizenRepository: a correction without a reason, without a change, with a wrong value or on a merged record "
          "is refused with the field named, and writes nothing",
          "[store][citizen][correction][validation]")
{
    StoreFixture f;
    CitizenRepository people(*f.db);
    auto c = people.create(sampleCitizen(), f.agent);
    REQUIRE(c.has_value());
    const qint64 outbox = f.count(QStringLiteral("SELECT count(*) FROM outbox"));
    Citizen moved = *c;
    moved.city = QStringLiteral("Guipavas");
    moved.postalCode = QStringLiteral("29490");

    auto refusal = [&](const Citizen &typed, const QString &reason, const CommuneTable *communes = nullptr) {
        auto r = people.correct(typed, reason, f.agent, communes);
        REQUIRE_FALSE(r.has_value());
        CHECK_FALSE(r.error().message.isEmpty());
        return r.error();
    };
    CHECK(refusal(moved, QStringLiteral("   ")).field == QStringLiteral("reason"));
    CHECK(refusal(moved, QString(501, u'x')).field == QStringLiteral("reason"));
    // Normalised values equal to the stored ones are no change: "06 12…" is the +33 6 12… kept.
    Citizen same = *c;
    same.phone = QStringLiteral("06 12 34 56 78");
    same.familyName = QStringLiteral("  Lefèvre ");
    const Error unchanged = refusal(same, QStringLiteral("Vérification"));
    CHECK(unchanged.code == Error::Code::Invalid);
    CHECK(unchanged.message.contains(QStringLiteral("Nothing was changed")));
    Citizen wrong = moved;
    wrong.phone = QStringLiteral("12");
    CHECK(refusal(wrong, QStringLiteral("Déménagement")).field == QStringLiteral("phone"));
    // With the release's commune table, a birth commune that does not exist is refused (create's rule).
    auto communes = CommuneTable::fromRelease(f.release);
    REQUIRE(communes.has_value());
    wrong = moved;
    wrong.birthPlaceCode = QStringLiteral("29999");
    CHECK(refusal(wrong, QStringLiteral("Acte de naissance"), &*communes).field == QStringLiteral("birthPlaceCode"));
    wrong = moved;
    wrong.postalCode = QStringLiteral("75001");
    CHECK(refusal(wrong, QStringLiteral("Déménagement"), &*communes).field == QStringLiteral("postalCode"));

    auto twin = people.create(sampleCitizen(QStringLiteral("LEFEVRE"), QStringLiteral("Jeanne")), f.agent);
    REQUIRE(twin.has_value());
    REQUIRE(people.merge(twin->id, c->id, f.agent));
    const qint64 afterMerge = f.count(QStringLiteral("SELECT count(*) FROM outbox"));
    Citizen merged = *twin;
    merged.city = QStringLiteral("Guipavas");
    CHECK(refusal(merged, QStringLiteral("Déménagement")).code == Error::Code::Conflict);

    CHECK(f.count(QStringLiteral("SELECT count(*) FROM citizen_changes")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox")) == afterMerge);
    CHECK(afterMerge == outbox + 2);  // the twin and the merge, nothing of the refused corrections
    CHECK(people.read(c->id, f.agent, QStringLiteral("test")).value().city == QStringLiteral("Brest"));
}

TEST_CASE("CitizenRepository: a person's history lists the newest correction first, follows merged records into the kept "
          "one, only grows, and every read of it is logged",
          "[store][citizen][correction][privacy]")
{
    StoreFixture f;
    CitizenRepository people(*f.db);
    auto c = people.create(sampleCitizen(), f.agent);
    REQUIRE(c.has_value());
    Citizen typed = *c;
    typed.email = QStringLiteral("jeanne@example.fr");
    f.clock.advance(60'000);
    REQUIRE(people.correct(typed, QStringLiteral("Adresse électronique changée"), f.agent));
    typed.language = QStringLiteral("br");
    typed.usedName = QStringLiteral("Kerjean");
    f.clock.advance(60'000);
    REQUIRE(people.correct(typed, QStringLiteral("Mariage"), f.agent));

    auto reasons = [&](const QUuid &id) {
        QStringList out;
        auto history = people.history(id, f.agent, QStringLiteral("history"));
        REQUIRE(history.has_value());
        for (const CitizenChange &h : *history)
            out << h.reason;
        return out;
    };
    CHECK(reasons(c->id) == QStringList{QStringLiteral("Mariage"), QStringLiteral("Adresse électronique changée")});
    auto latest = people.history(c->id, f.agent, QStringLiteral("history")).value().first();
    // The fields in the record's order, whatever their names' order.
    REQUIRE(latest.fields.size() == 2);
    CHECK(latest.fields.at(0).name == QStringLiteral("used_name"));
    CHECK(latest.fields.at(1).name == QStringLiteral("language"));
    CHECK(latest.fields.at(1).from == QStringLiteral("fr"));
    // The renamed person is found by the corrected name.
    CHECK(people.search(QStringLiteral("kerjean")).value().size() == 1);

    SECTION("a duplicate's corrections stay on its id and are read with the kept record")
    {
        auto twin = people.create(sampleCitizen(QStringLiteral("LEFEVRE"), QStringLiteral("Jeanne")), f.agent);
        REQUIRE(twin.has_value());
        Citizen t = *twin;
        t.city = QStringLiteral("Guipavas");
        t.postalCode = QStringLiteral("29490");
        f.clock.advance(60'000);
        REQUIRE(people.correct(t, QStringLiteral("Déménagement"), f.agent));
        REQUIRE(people.merge(twin->id, c->id, f.agent));
        auto history = people.history(c->id, f.agent, QStringLiteral("history"));
        REQUIRE(history.has_value());
        REQUIRE(history->size() == 3);
        CHECK(history->first().reason == QStringLiteral("Déménagement"));
        CHECK(history->first().citizenId == twin->id);
        CHECK(reasons(twin->id) == QStringList{QStringLiteral("Déménagement")});
    }
    SECTION("no line can be changed or removed")
    {
        QSqlQuery q(f.db->connection());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE citizen_changes SET reason = 'autre'")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM citizen_changes")));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM citizen_changes")) == 2);
    }
    SECTION("each read of the history is logged with the agent and the purpose, and an unknown person is refused")
    {
        const qint64 before = f.count(QStringLiteral("SELECT count(*) FROM access_log"));
        const QUuid other = QUuid::fromString(QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8058"));
        REQUIRE(people.history(c->id, other, QStringLiteral("correction")).has_value());
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM access_log")) == before + 1);
        QSqlQuery q(f.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT agent_id, citizen_id, purpose FROM access_log ORDER BY id DESC LIMIT 1")));
        REQUIRE(q.next());
        CHECK(uuidFromBytes(q.value(0).toByteArray()) == other);
        CHECK(uuidFromBytes(q.value(1).toByteArray()) == c->id);
        CHECK(q.value(2).toString() == QStringLiteral("correction"));
        auto unknown = people.history(QUuid::createUuid(), other, QStringLiteral("correction"));
        REQUIRE_FALSE(unknown.has_value());
        CHECK(unknown.error().code == Error::Code::NotFound);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM access_log")) == before + 1);
    }
}

TEST_CASE("Database: the change token moves with a synced write, a pulled page and another program's commit, not with a "
          "read",
          "[store][outbox]")
{
    StoreFixture f;
    CitizenRepository people(*f.db);
    const QString start = f.db->changeToken();
    auto created = people.create(sampleCitizen(), f.agent);
    REQUIRE(created.has_value());
    const QString written = f.db->changeToken();
    CHECK(written != start);

    // Reading the person (a logged read) changes nothing a list shows.
    REQUIRE(people.read(created->id, f.agent, QStringLiteral("test")).has_value());
    CHECK(f.db->changeToken() == written);

    // A page pulled from HQ moves the cursor.
    REQUIRE(f.db->setMeta(QStringLiteral("hq_cursor"), QStringLiteral("42")));
    const QString pulled = f.db->changeToken();
    CHECK(pulled != written);

    // Another program (guichetctl, a second desk) commits on its own connection.
    {
        auto other = Database::open(f.dir.file(QStringLiteral("office.db")), f.clock, Database::OpenMode::MustExist);
        REQUIRE(other.has_value());
        REQUIRE(CitizenRepository(**other).create(sampleCitizen(QStringLiteral("Kerhervé"), QStringLiteral("Yann")), f.agent));
    }
    CHECK(f.db->changeToken() != pulled);
}
