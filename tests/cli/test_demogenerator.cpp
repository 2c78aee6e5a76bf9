// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "domain/clock.h"
#include "reference/communes.h"
#include "reference/dispatch.h"
#include "reference/referencerelease.h"
#include "reference/workflow.h"
#include "store/citizenrepository.h"
#include "store/database.h"
#include "demogenerator.h"
#include "electoralrules.h"
#include "inscriptionrules.h"
#include "store/maintenance.h"
#include "store/referencestore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QSqlRecord>

using namespace guichet;
using guichet::test::TempDir;

namespace {

/// An office database whose clock stands at the start of 15 June 2026, with the
/// bundled release installed: what `guichetctl demo` prepares.
struct DemoDatabase
{
    explicit DemoDatabase(const QString &path) : clock(QDateTime(QDate(2026, 6, 15), QTime(0, 0)))
    {
        auto opened = Database::open(path, clock);
        REQUIRE(opened);
        db = std::move(*opened);
        auto bundled = ReferenceStore::bundled();
        REQUIRE(bundled);
        release = *bundled;
        REQUIRE(ReferenceStore(*db).install(release));
        REQUIRE(db->setMeta(QStringLiteral("tracking_slot"), QStringLiteral("2")));
        end = clock.now();
    }
    Result<DemoGenerator::Summary> run(int citizens, int cases, quint64 seed)
    {
        DemoGenerator::Options o;
        o.citizens = citizens;
        o.cases = cases;
        o.seed = seed;
        o.homeOffice = QStringLiteral("BEL");
        o.batchSize = 500;
        return DemoGenerator(*db, clock, release).run(o);
    }
    QStringList column(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }
    QByteArray hash(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        QCryptographicHash h(QCryptographicHash::Sha256);
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                h.addData(q.value(i).toByteArray() + '\x1f');
        return h.result().toHex();
    }

    ManualClock clock;
    std::unique_ptr<Database> db;
    ReferenceRelease release;
    QDateTime end;
};

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

QStringList procedureIds(const ReferenceRelease &release)
{
    QStringList ids;
    for (const QString &section : release.sectionNames())
        for (const auto &p : release.section(section).value(QStringLiteral("procedures")).toArray())
            ids << p.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

Workflow workflowOf(const ReferenceRelease &release, const QString &procedureId)
{
    for (const QString &section : release.sectionNames())
        for (const auto &p : release.section(section).value(QStringLiteral("procedures")).toArray())
            if (p.toObject().value(QStringLiteral("id")).toString() == procedureId)
                return Workflow::fromJson(release.workflow(p.toObject().value(QStringLiteral("workflowId")).toString()));
    return {};
}

} // namespace

TEST_CASE("DemoGenerator: every channel, procedure and office, within three years", "[demo]")
{
    TempDir dir;
    DemoDatabase demo(dir.file(QStringLiteral("demo.db")));
    auto summary = demo.run(150, 600, 3);
    REQUIRE(summary);
    CHECK(summary->citizens == 150);
    CHECK(summary->cases == 600);
    CHECK(summary->agents == 24);

    QStringList channels;
    for (Channel c : allChannels())
        channels << channelKey(c);
    CHECK(toSet(channels)
          == toSet(demo.column(QStringLiteral("SELECT DISTINCT channel FROM cases"))));
    const QStringList procedures = procedureIds(demo.release);
    REQUIRE_FALSE(procedures.isEmpty());
    CHECK(toSet(procedures)
          == toSet(demo.column(QStringLiteral("SELECT DISTINCT procedure_id FROM cases"))));
    QStringList offices;
    for (const auto &o : demo.release.section(QStringLiteral("offices")).value(QStringLiteral("offices")).toArray())
        offices << o.toObject().value(QStringLiteral("code")).toString();
    CHECK(toSet(offices)
          == toSet(demo.column(QStringLiteral("SELECT DISTINCT office_code FROM cases"))));
    // The database's own office gets the larger share.
    CHECK(demo.column(QStringLiteral("SELECT office_code FROM cases GROUP BY office_code ORDER BY count(*) DESC LIMIT 1"))
          == QStringList{QStringLiteral("BEL")});

    // History: from three years before the clock's instant, up to it, never after.
    const QString from = Database::timestamp(demo.end.addYears(-3).addDays(-2));
    const QString to = Database::timestamp(demo.end);
    CHECK(demo.column(QStringLiteral("SELECT min(created_at) FROM cases")).constFirst() >= from);
    CHECK(demo.column(QStringLiteral("SELECT max(at) FROM case_events")).constFirst() < to);
    CHECK(demo.column(QStringLiteral("SELECT DISTINCT substr(created_at, 1, 4) FROM cases ORDER BY 1"))
          == QStringList{QStringLiteral("2023"), QStringLiteral("2024"), QStringLiteral("2025"), QStringLiteral("2026")});
    // Tracking numbers end with this workstation's slot.
    CHECK(demo.column(QStringLiteral("SELECT count(*) FROM cases WHERE tracking_number NOT LIKE '%2'")).constFirst()
          == QStringLiteral("0"));

    auto problems = maintenance::verify(*demo.db);
    REQUIRE(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("DemoGenerator: statuses follow the workflows, with reasons where needed", "[demo]")
{
    TempDir dir;
    DemoDatabase demo(dir.file(QStringLiteral("demo.db")));
    REQUIRE(demo.run(100, 500, 11));

    QSqlQuery q(demo.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT procedure_id, status, closed, hex(id) FROM cases")));
    QHash<QString, QString> procedureOf;
    int closed = 0;
    while (q.next()) {
        const Workflow w = workflowOf(demo.release, q.value(0).toString());
        REQUIRE(w.isValid());
        INFO(q.value(1).toString().toStdString());
        CHECK(w.contains(q.value(1).toString()));
        CHECK(q.value(2).toBool() == w.isTerminal(q.value(1).toString()));
        closed += q.value(2).toInt();
        procedureOf.insert(q.value(3).toString(), q.value(0).toString());
    }
    CHECK(closed > 250);   // three years on, most requests are settled
    CHECK(closed < 500);   // and the last days' are still open

    REQUIRE(q.exec(QStringLiteral("SELECT hex(case_id), payload FROM case_events WHERE kind = 'status' ORDER BY at, id")));
    int withReason = 0;
    int transitions = 0;
    while (q.next()) {
        const QJsonObject p = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        const Workflow w = workflowOf(demo.release, procedureOf.value(q.value(0).toString()));
        const QString from = p.value(QStringLiteral("from")).toString();
        const QString to = p.value(QStringLiteral("to")).toString();
        CHECK(w.allows(from, to));
        const QStringList reasons = w.reasons(from, to);
        if (!reasons.isEmpty()) {
            CHECK(reasons.contains(p.value(QStringLiteral("reason")).toString()));
            ++withReason;
        }
        ++transitions;
    }
    CHECK(transitions > 500);
    CHECK(withReason > 0);
    CHECK(withReason < transitions / 4);   // refusals and redirections are the exception

    for (const char *kind : {"created", "note", "document", "status"})
        CHECK(demo.column(QStringLiteral("SELECT count(*) FROM case_events WHERE kind = '%1'").arg(QLatin1String(kind)))
                  .constFirst().toInt() > 0);
}

TEST_CASE("DemoGenerator: a request waits for documents only while one is missing, and some still do", "[demo]")
{
    TempDir dir;
    DemoDatabase demo(dir.file(QStringLiteral("demo.db")));
    REQUIRE(demo.run(100, 1500, 11));

    QSqlQuery q(demo.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT procedure_id, status, missing_documents, tracking_number FROM cases")));
    int waiting = 0;
    while (q.next()) {
        if (!workflowOf(demo.release, q.value(0).toString()).awaitsDocuments(q.value(1).toString()))
            continue;
        INFO(q.value(3).toString().toStdString());
        CHECK_FALSE(QJsonDocument::fromJson(q.value(2).toByteArray()).array().isEmpty());
        ++waiting;
    }
    CHECK(waiting > 0);
}

TEST_CASE("DemoGenerator: letters and calls carry their subject, go to the service the routing table names and are "
          "dated by the legal clock", "[demo][courrier]")
{
    TempDir dir;
    DemoDatabase demo(dir.file(QStringLiteral("demo.db")));
    REQUIRE(demo.run(100, 1500, 11));
    const auto dispatch = Dispatch::fromRelease(demo.release);
    REQUIRE(dispatch.has_value());

    QSqlQuery q(demo.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT procedure_id, service, due_date, summary, data, tracking_number, channel FROM cases "
                                  "WHERE module_id = 'courrier'")));
    int letters = 0;
    while (q.next()) {
        INFO(q.value(5).toString().toStdString());
        const QJsonObject data = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        const auto route = dispatch->route(data.value(QStringLiteral("subject")).toString());
        REQUIRE(route.has_value());
        CHECK(q.value(1).toString() == (route->transmitted() ? QStringLiteral("courrier") : route->service));
        CHECK_FALSE(q.value(3).toString().isEmpty());
        // A call by phone, a written request by post, e-mail or the web form.
        const QString channel = q.value(6).toString();
        if (q.value(0).toString() == QLatin1String("courrier.appel"))
            CHECK(channel == QStringLiteral("phone"));
        else
            CHECK((channel == QStringLiteral("letter") || channel == QStringLiteral("email") || channel == QStringLiteral("web")));
        if (q.value(0).toString() == QLatin1String("courrier.demande-ecrite")) {
            CHECK_FALSE(q.value(2).toString().isEmpty());   // every written request has a date to answer by
            CHECK(q.value(3).toString() == data.value(QStringLiteral("object")).toString());
            // The kind goes with what is asked: a bin not collected is a complaint.
            if (data.value(QStringLiteral("subject")).toString() == QLatin1String("dechets"))
                CHECK(data.value(QStringLiteral("requestKind")).toString() == QStringLiteral("reclamation"));
            ++letters;
        }
    }
    CHECK(letters > 0);
}

TEST_CASE("DemoGenerator: people pass the validation of the counter screens", "[demo]")
{
    TempDir dir;
    DemoDatabase demo(dir.file(QStringLiteral("demo.db")));
    REQUIRE(demo.run(400, 400, 5));
    const auto communes = CommuneTable::fromRelease(ReferenceStore::bundled().value()).value();
    REQUIRE_FALSE(communes.isEmpty());

    QSqlQuery q(demo.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT family_name, used_name, first_names, sex, birth_date, birth_place_code, "
                                  "birth_place_name, birth_country, address_line, postal_code, city, phone, email, "
                                  "language FROM citizens")));
    QStringList families;
    int bornAbroad = 0;
    int inBrest = 0;
    while (q.next()) {
        Citizen c;
        c.familyName = q.value(0).toString();
        c.usedName = q.value(1).toString();
        c.firstNames = q.value(2).toString();
        c.sex = q.value(3).toString().at(0);
        c.birthDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        c.birthPlaceCode = q.value(5).toString();
        c.birthPlaceName = q.value(6).toString();
        c.birthCountry = q.value(7).toString();
        c.addressLine = q.value(8).toString();
        c.postalCode = q.value(9).toString();
        c.city = q.value(10).toString();
        c.phone = q.value(11).toString();
        c.email = q.value(12).toString();
        c.language = q.value(13).toString();
        const Citizen stored = c;
        // Against the commune table: birth communes that exist, postal codes that fit the town.
        CHECK(CitizenRepository::validate(c, QDate(2026, 6, 15), &communes).isEmpty());
        CHECK(c.phone == stored.phone);   // already in E.164
        if (!c.phone.isEmpty())
            CHECK(c.phone.startsWith(QLatin1String("+33")));
        bornAbroad += c.birthPlaceCode.isEmpty() ? 1 : 0;
        inBrest += c.postalCode == QLatin1String("29200") ? 1 : 0;
        families << c.familyName + QLatin1Char('|') + c.usedName;
    }
    const QString all = families.join(QLatin1Char('\n'));
    CHECK(all.contains(QLatin1Char('\'')));                          // O'Connor, N'Diaye, Guivarc'h …
    CHECK(all.contains(QLatin1Char('-')));                           // double names, Saint-Pern …
    CHECK(all.contains(QRegularExpression(QStringLiteral("[^\\x00-\\x7f]"))));   // Lefèvre, Müller, Nguyễn …
    CHECK(all.contains(QRegularExpression(QStringLiteral("(^|\\|)Le [A-Z]"), QRegularExpression::MultilineOption)));
    CHECK(bornAbroad > 0);
    CHECK(inBrest > 250);
}

namespace {

/// "12 bis rue de Siam" → {"12 bis", "rue de Siam"}, as the demo writes its addresses.
std::pair<QString, QString> splitAddress(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?: bis)?) (.+)$"));
    const auto m = pattern.match(line);
    REQUIRE(m.hasMatch());
    return {m.captured(1), m.captured(2)};
}

listeselectorales::ElectoralRules electoralRules(const ReferenceRelease &release)
{
    auto rules = listeselectorales::ElectoralRules::fromRelease(release);
    INFO((rules ? QString() : rules.error().message).toStdString());
    REQUIRE(rules);
    return *rules;
}

inscription::InscriptionRules schoolRules(const ReferenceRelease &release)
{
    auto rules = inscription::InscriptionRules::fromRelease(release);
    INFO((rules ? QString() : rules.error().message).toStdString());
    REQUIRE(rules);
    return *rules;
}

} // namespace

TEST_CASE("DemoGenerator: homes in Brest are on the streets of the school catchment map, but for a deliberate 2 %",
          "[demo][inscription]")
{
    TempDir dir;
    DemoDatabase demo(dir.file(QStringLiteral("demo.db")));
    REQUIRE(demo.run(2000, 100, 7));
    const auto rules = schoolRules(demo.release);

    QSqlQuery q(demo.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT address_line FROM citizens WHERE city = 'Brest'")));
    int inSector = 0;
    int outside = 0;
    QSet<QString> streets;
    while (q.next()) {
        const auto [number, street] = splitAddress(q.value(0).toString());
        const inscription::CatchmentAnswer a = rules.catchment(street, number);
        INFO(q.value(0).toString().toStdString());
        // In the map, a number its rows cover (side and range); outside it, a street no row names.
        CHECK((a.kind == inscription::CatchmentAnswer::Kind::Found
               || a.kind == inscription::CatchmentAnswer::Kind::UnknownStreet));
        if (a.kind == inscription::CatchmentAnswer::Kind::Found) {
            ++inSector;
            streets.insert(a.rows.constFirst().street);
        } else {
            ++outside;
        }
    }
    const int inBrest = inSector + outside;
    CHECK(inBrest > 1500);
    // A small share, there on purpose, so the demo shows that case too.
    CHECK(outside > inBrest / 200);
    CHECK(outside < inBrest * 4 / 100);
    // Every street of the map has people, but for those the polling-station table does not know.
    const auto electoral = electoralRules(demo.release);
    QSet<QString> withStation;
    for (const QString &name : rules.streetNames())
        if (electoral.pollingStation(QString(), name).kind != listeselectorales::StationAnswer::Kind::UnknownStreet)
            withStation.insert(name);
    CHECK(withStation.size() >= rules.streetNames().size() / 2);
    CHECK(streets == withStation);
}

TEST_CASE("DemoGenerator: every home in Brest finds its polling station", "[demo][elections]")
{
    TempDir dir;
    DemoDatabase demo(dir.file(QStringLiteral("demo.db")));
    REQUIRE(demo.run(2000, 100, 11));
    const auto rules = electoralRules(demo.release);

    QSqlQuery q(demo.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT address_line FROM citizens WHERE city = 'Brest'")));
    int homes = 0;
    QSet<QString> stations;
    while (q.next()) {
        const auto [number, street] = splitAddress(q.value(0).toString());
        const listeselectorales::StationAnswer a = rules.pollingStation(number, street);
        INFO(q.value(0).toString().toStdString());
        CHECK(a.kind == listeselectorales::StationAnswer::Kind::Found);
        ++homes;
        stations.insert(a.station.id);
    }
    CHECK(homes > 1500);
    // Spread over the commune, not a few streets: most polling stations have voters.
    CHECK(stations.size() > rules.streets().stations().size() / 2);
}

TEST_CASE("DemoGenerator: school requests hold the child, the level and the school the module gives their home",
          "[demo][inscription]")
{
    TempDir dir;
    DemoDatabase demo(dir.file(QStringLiteral("demo.db")));
    REQUIRE(demo.run(400, 2000, 9));
    const auto rules = schoolRules(demo.release);

    QSqlQuery q(demo.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT k.procedure_id, k.summary, k.data, c.address_line, c.city, c.birth_date, "
                                  "k.created_at FROM cases k JOIN citizens c ON c.id = k.citizen_id "
                                  "WHERE k.module_id = 'inscription-scolaire'")));
    int enrolments = 0;
    int derogations = 0;
    int outsideSectors = 0;
    while (q.next()) {
        const bool enrolment = q.value(0).toString() == inscription::EnrolmentProcedureId;
        const QJsonObject d = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        const auto text = [&](const char *key) { return d.value(QLatin1String(key)).toString(); };
        INFO(QJsonDocument(d).toJson().toStdString());
        enrolments += enrolment ? 1 : 0;
        derogations += enrolment ? 0 : 1;

        // The child, the level of its birth date, the school year.
        REQUIRE_FALSE(text("childFamilyName").isEmpty());
        REQUIRE_FALSE(text("childFirstNames").isEmpty());
        const QDate birth = QDate::fromString(text("childBirthDate"), Qt::ISODate);
        const inscription::SchoolYear year{text("schoolYear"), {}, QDate::fromString(text("rentree"), Qt::ISODate), {}};
        REQUIRE(birth.isValid());
        REQUIRE(year.rentree.isValid());
        CHECK(year.id == QStringLiteral("%1-%2").arg(year.rentree.year()).arg(year.rentree.year() + 1));
        const QDate created = Database::fromTimestamp(q.value(6).toString()).date();
        CHECK(birth < created);
        CHECK(created <= year.rentree.addYears(1));
        const inscription::Placement p = rules.placement(birth, year, d.value(QStringLiteral("earlyAdmission")).toBool());
        REQUIRE(p.level.isValid());
        CHECK((p.kind == inscription::Placement::Kind::Level || p.kind == inscription::Placement::Kind::EarlyAdmission));
        CHECK(p.level.id == text("level"));
        CHECK(p.level.label == text("levelLabel"));
        CHECK(q.value(1).toString().contains(text("childFamilyName").toUpper() + QLatin1Char(' ') + text("childFirstNames")));

        // The home is the applicant's; the parent is of an age to be one.
        CHECK(text("houseNumber") + QLatin1Char(' ') + text("street") == q.value(3).toString());
        CHECK(text("city") == q.value(4).toString());
        const int parentAge = QDate::fromString(q.value(5).toString(), Qt::ISODate).daysTo(created) / 365;
        CHECK(parentAge >= 19);
        CHECK(parentAge <= 56);
        const bool elsewhere = d.value(QStringLiteral("livesElsewhere")).toBool();
        CHECK(elsewhere == (text("city") != QLatin1String("Brest")));
        if (enrolment)
            CHECK_FALSE(elsewhere);  // a family from elsewhere asks for a derogation

        // The catchment school, as the module's rules give it for that home and level.
        const inscription::CatchmentAnswer a = rules.catchment(text("street"), text("houseNumber"));
        if (!elsewhere && a.kind == inscription::CatchmentAnswer::Kind::Found) {
            const inscription::School *school = rules.school(rules.schoolIdFor(a.rows.constFirst(), p.level));
            REQUIRE(school);
            CHECK(text("catchmentSchool") == school->id);
            CHECK(text("catchmentSchoolName") == school->name);
            CHECK(text("catchmentSchoolAddress") == school->address);
            CHECK(text("catchmentRow") == rules.describe(a.rows.constFirst()));
        } else {
            if (!elsewhere) {
                CHECK(a.kind == inscription::CatchmentAnswer::Kind::UnknownStreet);
                ++outsideSectors;
            }
            CHECK(text("catchmentSchool").isEmpty());
            CHECK(text("catchmentSchoolName").isEmpty());
        }

        if (enrolment) {
            CHECK(q.value(1).toString().endsWith(text("catchmentSchoolName").isEmpty() ? QStringLiteral("école à déterminer")
                                                                                      : text("catchmentSchoolName")));
            CHECK(rules.tariff(d.value(QStringLiteral("qf")).isNull()
                                   ? std::nullopt
                                   : std::optional<qint64>(d.value(QStringLiteral("qf")).toInteger()))
                      .tranche.id
                  == text("tranche"));
        } else {
            // The letter's school: another one than the catchment school, for the child's level.
            const inscription::School *requested = rules.school(text("requestedSchool"));
            REQUIRE(requested);
            CHECK(requested->name == text("requestedSchoolName"));
            CHECK(requested->serves.contains(p.level.school));
            CHECK(requested->id != text("catchmentSchool"));
            CHECK(rules.reasonLabel(text("reason")) == text("reasonLabel"));
            CHECK(d.value(QStringLiteral("homeMayorConsent")).toBool()
                  == (elsewhere && !rules.reasonExemptsHomeMayorConsent(text("reason"))));
            if (rules.reasonNeedsSiblingThere(text("reason")))
                CHECK(d.value(QStringLiteral("siblings")).toArray().first().toObject().value(QStringLiteral("school"))
                      == text("requestedSchool"));
            if (rules.reasonNeedsDetails(text("reason")))
                CHECK_FALSE(text("details").isEmpty());
        }
    }
    INFO(outsideSectors << " requests from homes outside every sector");
    CHECK(enrolments > 20);
    CHECK(derogations > 20);
}

TEST_CASE("DemoGenerator: the same seed gives the same data, ids included", "[demo]")
{
    TempDir dir;
    DemoDatabase a(dir.file(QStringLiteral("a.db")));
    DemoDatabase b(dir.file(QStringLiteral("b.db")));
    DemoDatabase c(dir.file(QStringLiteral("c.db")));
    REQUIRE(a.run(120, 300, 42));
    REQUIRE(b.run(120, 300, 42));
    REQUIRE(c.run(120, 300, 43));
    for (const char *sql : {"SELECT * FROM cases ORDER BY id", "SELECT * FROM case_events ORDER BY id",
                            "SELECT * FROM citizens ORDER BY id", "SELECT id, login, display_name, role FROM agents ORDER BY id",
                            "SELECT op_id, entity, entity_id, op, hlc, created_at FROM outbox ORDER BY seq"}) {
        INFO(sql);
        CHECK(a.hash(QLatin1String(sql)) == b.hash(QLatin1String(sql)));
        CHECK(a.hash(QLatin1String(sql)) != c.hash(QLatin1String(sql)));
    }
}

TEST_CASE("DemoGenerator: refuses cases without people and an unknown office", "[demo]")
{
    TempDir dir;
    DemoDatabase demo(dir.file(QStringLiteral("demo.db")));
    auto noPeople = demo.run(0, 10, 1);
    REQUIRE_FALSE(noPeople);
    CHECK(noPeople.error().code == Error::Code::Invalid);

    DemoGenerator::Options o;
    o.homeOffice = QStringLiteral("XYZ");
    auto unknown = DemoGenerator(*demo.db, demo.clock, demo.release).run(o);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().field == QStringLiteral("office"));
    CHECK(demo.column(QStringLiteral("SELECT count(*) FROM cases")).constFirst() == QStringLiteral("0"));
}
