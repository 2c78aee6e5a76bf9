// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "domain/clock.h"
#include "store/citizenrepository.h"
#include "store/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>

using namespace guichet;
using namespace guichet::test;

namespace {

// A person written with plain SQL as schema 1 knew it: no repository, no search index.
void insertSchema1Person(Database &db, const QUuid &id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO citizens(id, family_name, used_name, first_names, sex, birth_date, "
                             "birth_place_code, created_at, updated_at) VALUES (?, 'Le Bihan', '', 'Maïwenn', 'F', "
                             "'1990-07-14', '29019', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"));
    q.addBindValue(uuidBytes(id));
    REQUIRE(q.exec());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO outbox(op_id, entity, entity_id, op, payload, hlc, workstation_id, "
                                  "schema_version, created_at) VALUES (randomblob(16), 'citizen', X'%1', 'insert', '{}', 1, "
                                  "randomblob(16), 1, '2025-01-01T00:00:00.000Z')")
                       .arg(QString::fromLatin1(uuidBytes(id).toHex()))));
}

Citizen schema2Person()
{
    Citizen c;
    c.familyName = QStringLiteral("Le Bihan");
    c.firstNames = QStringLiteral("Maïwenn");
    c.sex = QLatin1Char('F');
    c.birthDate = QDate(1990, 7, 14);
    c.birthPlaceCode = QStringLiteral("29019");
    return c;
}

/// SQLite's plan for `sql`, one step a line.
QString queryPlan(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Migrations: every earlier schema upgrades to the latest with its data intact", "[store][migrations]")
{
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    for (int from = 1; from < Database::latestSchemaVersion(); ++from) {
        DYNAMIC_SECTION("from schema " << from)
        {
            TempDir dir;
            const QString path = dir.file(QStringLiteral("office.db"));
            QUuid id = QUuid::fromString(QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057"));
            {
                auto old = Database::open(path, clock, Database::OpenMode::CreateIfMissing, from);
                REQUIRE(old.has_value());
                CHECK((*old)->schemaVersion() == from);
                if (from == 1)
                    insertSchema1Person(**old, id);
                else
                    id = CitizenRepository(**old).create(schema2Person(), id).value().id;
            }
            auto db = Database::open(path, clock, Database::OpenMode::MustExist);
            REQUIRE(db.has_value());
            CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
            CitizenRepository people(**db);
            auto person = people.read(id, id, QStringLiteral("test"));
            REQUIRE(person.has_value());
            CHECK(person->familyName == QStringLiteral("Le Bihan"));
            CHECK(person->firstNames == QStringLiteral("Maïwenn"));
            // Schema 2 indexed the people that were already there.
            auto found = people.search(QStringLiteral("lebihan maiwenn"));
            REQUIRE(found.has_value());
            REQUIRE(found->size() == 1);
            CHECK(found->first().id == id);
        }
    }
}

TEST_CASE("Database: a database from a newer Guichet is refused with what to do", "[store][migrations]")
{
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    TempDir dir;
    const QString path = dir.file(QStringLiteral("office.db"));
    {
        auto db = Database::open(path, clock);
        REQUIRE(db.has_value());
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA user_version = 999"), "test"));
    }
    auto db = Database::open(path, clock);
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == Error::Code::Incompatible);
    CHECK(db.error().message.contains(QStringLiteral("999")));
}

TEST_CASE("Database: a file that is not a database is refused and left untouched", "[store]")
{
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    TempDir dir;
    const QString path = dir.file(QStringLiteral("office.db"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray junk("this is a letter, not a database. ", 34);
    file.write(junk.repeated(200));
    file.close();
    auto db = Database::open(path, clock);
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == Error::Code::Storage);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == junk.repeated(200));
}

TEST_CASE("Database: a missing database is not created when it must exist", "[store]")
{
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("absent.db")), clock, Database::OpenMode::MustExist);
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == Error::Code::NotFound);
    CHECK(db.error().message.contains(QStringLiteral("guichetctl init")));
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("absent.db"))));
}

TEST_CASE("Migrations: from schema 14, a person's cases of one office are chosen in date order from one index, reading no case", "[store][migrations]")
{
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    TempDir dir;
    const QString path = dir.file(QStringLiteral("office.db"));
    {
        auto old = Database::open(path, clock, Database::OpenMode::CreateIfMissing, 13);
        REQUIRE(old.has_value());
    }
    auto db = Database::open(path, clock, Database::OpenMode::MustExist);
    REQUIRE(db.has_value());
    const auto plan = [&](const QString &sql) { return queryPlan(**db, sql); };
    // The list's page of a typed name: the people's cases, their office and date from the index alone.
    const QString page = plan(QStringLiteral(
        "SELECT k.rowid FROM (SELECT id AS person FROM citizens WHERE rowid IN (1, 2, 3)) p "
        "CROSS JOIN cases k ON k.citizen_id = p.person WHERE k.deleted = 0 AND k.office_code = 'BEL' "
        "ORDER BY k.created_at DESC LIMIT 200"));
    INFO(page.toStdString());
    CHECK(page.contains(QStringLiteral("COVERING INDEX cases_person")));
    // Every other lookup of a person's cases goes through it too: the index it replaces is gone.
    CHECK(plan(QStringLiteral("SELECT id FROM cases WHERE citizen_id = X'00'")).contains(QStringLiteral("INDEX cases_person")));
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'cases_citizen'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("Migrations: from schema 15, a module's work list chooses its cases from one index and finds their last status change at once", "[store][migrations]")
{
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    TempDir dir;
    const QString path = dir.file(QStringLiteral("office.db"));
    {
        auto old = Database::open(path, clock, Database::OpenMode::CreateIfMissing, 14);
        REQUIRE(old.has_value());
    }
    auto db = Database::open(path, clock, Database::OpenMode::MustExist);
    REQUIRE(db.has_value());
    const auto plan = [&](const QString &sql) { return queryPlan(**db, sql); };
    // The lines of a list of one office, as CaseRepository::select chooses them: no case read.
    const QString office = plan(QStringLiteral(
        "SELECT k.rowid FROM cases k WHERE k.deleted = 0 AND k.procedure_id IN ('cni.demande') "
        "AND k.status IN ('deposited', 'processing') AND k.office_code = 'BEL' ORDER BY +k.created_at, k.rowid LIMIT 201"));
    INFO(office.toStdString());
    CHECK(office.contains(QStringLiteral("COVERING INDEX cases_work_list")));
    // Every office's (the electoral lists): the same index.
    const QString every = plan(QStringLiteral(
        "SELECT k.rowid FROM cases k WHERE k.deleted = 0 AND k.procedure_id IN ('listes-electorales.inscription') "
        "AND k.status IN ('received') ORDER BY +k.created_at, k.rowid LIMIT 201"));
    INFO(every.toStdString());
    CHECK(every.contains(QStringLiteral("COVERING INDEX cases_work_list")));
    // A case's last status change: one step down the index, nothing sorted.
    const QString last = plan(QStringLiteral(
        "SELECT e.at FROM case_events e WHERE e.case_id = X'00' AND e.kind = 'status' ORDER BY e.at DESC, e.id DESC LIMIT 1"));
    INFO(last.toStdString());
    CHECK(last.contains(QStringLiteral("INDEX case_events_status")));
    CHECK_FALSE(last.contains(QStringLiteral("TEMP B-TREE")));
}
