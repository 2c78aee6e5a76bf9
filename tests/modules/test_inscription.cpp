// SPDX-License-Identifier: GPL-3.0-or-later
// The school-enrolment rules against the shipped reference release. Expected
// levels, schools, quotients and tranches are written out from domain.md §3
// and the reference tables (worked by hand), never taken from the code under test.
#include "testsupport.h"
#include "domain/frenchdate.h"
#include "moduletesting.h"

#include "inscriptionanswers.h"
#include "inscriptionrules.h"
#include "reference/communes.h"
#include "reference/referencerelease.h"
#include "reference/workflow.h"

#include <QJsonDocument>

#include <functional>

using namespace guichet;
using namespace guichet::test;
using namespace guichet::inscription;

namespace {

const InscriptionRules &rules()
{
    return test::shippedRules<InscriptionRules>();
}

/// The release with its "inscription-scolaire" section changed by `edit`.
Result<ReferenceRelease> releaseWithSection(const std::function<void(QJsonObject &)> &edit)
{
    return test::shippedReleaseWith(QStringLiteral("inscription-scolaire"), edit);
}

/// Replaces the value at a path of objects and array indexes: {"tariffs", "tranches", 1, "min"}.
void setPath(QJsonObject &root, const QVariantList &path, const QJsonValue &v)
{
    std::function<QJsonValue(const QJsonValue &, qsizetype)> set = [&](const QJsonValue &node, qsizetype i) -> QJsonValue {
        if (i == path.size())
            return v;
        if (path.at(i).typeId() == QMetaType::Int) {
            auto array = node.toArray();
            const int index = path.at(i).toInt();
            array[index] = set(array.at(index), i + 1);
            return array;
        }
        auto object = node.toObject();
        const QString key = path.at(i).toString();
        if (i + 1 == path.size() && v.isUndefined())
            object.remove(key);
        else
            object.insert(key, set(object.value(key), i + 1));
        return object;
    };
    root = set(root, 0).toObject();
}

const SchoolYear &year(const char *id)
{
    const SchoolYear *y = rules().schoolYear(QLatin1String(id));
    REQUIRE(y);
    return *y;
}

QString placementText(const Placement &p)
{
    switch (p.kind) {
    case Placement::Kind::Level: return p.level.id;
    case Placement::Kind::EarlyAdmission: return QStringLiteral("early:") + p.level.id;
    case Placement::Kind::EarlyAdmissionPossible: return QStringLiteral("possible:") + p.level.id;
    case Placement::Kind::TooYoung: return QStringLiteral("too-young:%1").arg(p.firstYear);
    case Placement::Kind::NotPrimary: return QStringLiteral("not-primary");
    }
    return {};
}

QString kindText(CatchmentAnswer::Kind k)
{
    switch (k) {
    case CatchmentAnswer::Kind::Found: return QStringLiteral("found");
    case CatchmentAnswer::Kind::UnknownStreet: return QStringLiteral("unknown-street");
    case CatchmentAnswer::Kind::NumberNeeded: return QStringLiteral("number-needed");
    case CatchmentAnswer::Kind::NumberNotCovered: return QStringLiteral("number-not-covered");
    case CatchmentAnswer::Kind::InvalidNumber: return QStringLiteral("invalid-number");
    case CatchmentAnswer::Kind::Several: return QStringLiteral("several");
    }
    return {};
}

} // namespace

TEST_CASE("InscriptionRules: the shipped release has a complete inscription-scolaire section", "[inscription]")
{
    const auto &r = rules();
    QStringList procedures;
    for (const auto &p : r.procedures())
        procedures << p.id;
    CHECK(procedures == QStringList{"inscription-scolaire.inscription", "inscription-scolaire.derogation"});
    QStringList years;
    for (const auto &y : r.schoolYears())
        years << y.id;
    CHECK(years == QStringList{"2026-2027", "2027-2028"});
    CHECK(year("2026-2027").rentree == QDate(2026, 9, 1));
    QStringList levels;
    for (const auto &l : r.levels())
        levels << l.id;
    CHECK(levels == QStringList{"TPS", "PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"});
    CHECK(r.schools().size() == 10);
    CHECK(r.streetNames().contains(QStringLiteral("Rue Jean Jaurès")));
    CHECK(r.derogationReasons().size() == 6);
    CHECK(r.derogationRefusalReasons().contains(QStringLiteral("Pas de place disponible dans l'école demandée")));

    // The assumptions the brief asks to record are in the data, marked.
    const QJsonObject section = test::shippedRelease().section(QStringLiteral("inscription-scolaire"));
    const QString notes = QString::fromUtf8(QJsonDocument(section.value(QStringLiteral("notes")).toArray()).toJson());
    CHECK(notes.contains(QStringLiteral("DÉMONSTRATION")));
    CHECK(notes.contains(QStringLiteral("⚠ Zone de vacances")));
    CHECK(notes.contains(QStringLiteral("⚠ Quotient familial")));
}

TEST_CASE("InscriptionRules: the school year of a request, before, on and after the rentrée", "[inscription][year]")
{
    const struct { QDate day; const char *year; bool started; } table[] = {
        {QDate(2026, 1, 5), "2026-2027", false},   // enrolling for the next rentrée
        {QDate(2026, 8, 31), "2026-2027", false},  // the day before the rentrée
        {QDate(2026, 9, 1), "2026-2027", true},    // the rentrée day itself
        {QDate(2026, 9, 2), "2026-2027", true},    // after it: the current year
        {QDate(2027, 3, 15), "2026-2027", true},
        {QDate(2027, 7, 3), "2026-2027", true},    // last day of classes
        {QDate(2027, 7, 4), "2027-2028", false},   // summer: the next year
        {QDate(2027, 9, 1), "2027-2028", true},
        {QDate(2028, 7, 1), "2027-2028", true},
    };
    for (const auto &row : table) {
        INFO(row.day.toString(Qt::ISODate).toStdString());
        const auto target = rules().targetYear(row.day);
        REQUIRE(target.has_value());
        CHECK(target->year.id == QLatin1String(row.year));
        CHECK(target->started == row.started);
    }
    // Past the last year the release knows: no answer rather than a wrong one.
    CHECK_FALSE(rules().targetYear(QDate(2028, 7, 2)).has_value());
    CHECK(rules().yearsFrom(QDate(2026, 3, 1)).size() == 2);
    CHECK(rules().yearsFrom(QDate(2027, 7, 4)).size() == 1);
}

TEST_CASE("InscriptionRules: the level from the birth date, at every boundary", "[inscription][level]")
{
    // Rentrée 2026: Tuesday 1 September 2026. The level follows the calendar
    // year of birth (31 December and 1 January differ by a level); admission
    // at 2 needs the child to be 2 on the rentrée day and the agent's choice.
    const struct { QDate birth; const char *year; bool early; const char *expected; } table[] = {
        {QDate(2015, 12, 31), "2026-2027", false, "not-primary"},  // 11 in 2026: collège
        {QDate(2016, 1, 1), "2026-2027", false, "CM2"},
        {QDate(2016, 12, 31), "2026-2027", false, "CM2"},
        {QDate(2017, 6, 15), "2026-2027", false, "CM1"},
        {QDate(2018, 6, 15), "2026-2027", false, "CE2"},
        {QDate(2019, 6, 15), "2026-2027", false, "CE1"},
        {QDate(2020, 1, 1), "2026-2027", false, "CP"},
        {QDate(2020, 12, 31), "2026-2027", false, "CP"},           // 6 in 2026
        {QDate(2021, 1, 1), "2026-2027", false, "GS"},
        {QDate(2022, 7, 14), "2026-2027", false, "MS"},
        {QDate(2023, 1, 1), "2026-2027", false, "PS"},
        {QDate(2023, 12, 31), "2026-2027", false, "PS"},           // turns 3 in 2026
        {QDate(2023, 12, 31), "2026-2027", true, "PS"},            // the option changes nothing at 3
        {QDate(2024, 1, 1), "2026-2027", false, "possible:TPS"},   // 2 on the rentrée day
        {QDate(2024, 1, 1), "2026-2027", true, "early:TPS"},
        {QDate(2024, 8, 31), "2026-2027", true, "early:TPS"},
        {QDate(2024, 9, 1), "2026-2027", false, "possible:TPS"},   // 2 on the rentrée day itself
        {QDate(2024, 9, 1), "2026-2027", true, "early:TPS"},
        {QDate(2024, 9, 2), "2026-2027", false, "too-young:2027"}, // 2 the day after
        {QDate(2024, 9, 2), "2026-2027", true, "too-young:2027"},  // the option cannot make it possible
        {QDate(2024, 12, 31), "2026-2027", true, "too-young:2027"},
        {QDate(2025, 3, 1), "2026-2027", false, "too-young:2028"},
        // Rentrée 2027: Wednesday 1 September 2027 (assumed).
        {QDate(2024, 1, 1), "2027-2028", false, "PS"},
        {QDate(2025, 9, 1), "2027-2028", true, "early:TPS"},
        {QDate(2025, 9, 2), "2027-2028", true, "too-young:2028"},
        {QDate(2021, 1, 1), "2027-2028", false, "CP"},
        {QDate(2017, 1, 1), "2027-2028", false, "CM2"},
        {QDate(2016, 12, 31), "2027-2028", false, "not-primary"},
    };
    for (const auto &row : table) {
        INFO(row.birth.toString(Qt::ISODate).toStdString() << " for " << row.year << (row.early ? " (early admission ticked)" : ""));
        CHECK(placementText(rules().placement(row.birth, year(row.year), row.early)) == QLatin1String(row.expected));
    }
    CHECK(rules().placement(QDate(2020, 5, 5), year("2026-2027"), false).level.school == QStringLiteral("elementaire"));
    CHECK(rules().placement(QDate(2021, 5, 5), year("2026-2027"), false).level.school == QStringLiteral("maternelle"));
}

TEST_CASE("InscriptionRules: catchment by street, side and number range", "[inscription][catchment]")
{
    const struct { const char *street; const char *number; const char *kind; const char *maternelle; } table[] = {
        // Rue Jean Jaurès: odd 1–121 Jean Macé, even 2–130 Vauban, 131 on Paul Dukas (odd 123–129 in no row).
        {"Rue Jean Jaurès", "1", "found", "jean-mace"},
        {"Rue Jean Jaurès", "121", "found", "jean-mace"},
        {"Rue Jean Jaurès", "123", "number-not-covered", ""},
        {"Rue Jean Jaurès", "129", "number-not-covered", ""},
        {"Rue Jean Jaurès", "131", "found", "paul-dukas"},
        {"Rue Jean Jaurès", "2", "found", "vauban"},
        {"Rue Jean Jaurès", "130", "found", "vauban"},
        {"Rue Jean Jaurès", "132", "found", "paul-dukas"},
        {"Rue Jean Jaurès", "", "number-needed", ""},
        {"Rue Jean Jaurès", "douze", "invalid-number", ""},
        {"Rue Jean Jaurès", "0", "invalid-number", ""},
        // Folding: accents, case, hyphens, street type and particles are not required.
        {"rue jean-jaures", "15", "found", "jean-mace"},
        {"JEAN JAURES", "15", "found", "jean-mace"},
        {"r. Jean Jaurès", "15", "found", "jean-mace"},
        {"jeanjaures", "15", "found", "jean-mace"},
        {"Rue Jean Jaurès", "15 bis", "found", "jean-mace"},
        {"Rue Jean Jaurès", "16B", "found", "vauban"},
        {"Rue Jean Jaurès", "16-ter", "found", "vauban"},
        {"Siam", "", "found", "vauban"},
        {"R. DE SIAM", "40", "found", "vauban"},
        {"avenue de Siam", "40", "found", "vauban"},            // a wrong type alone is a slip
        {"rue de l'Harteloire", "3", "found", "jean-mace"},
        {"harteloire", "3", "found", "jean-mace"},
        {"St Marc", "3", "found", "paul-dukas"},                 // "st" stands for "saint"
        {"rue saint-marc", "4", "found", "paul-dukas"},
        {"Cdt Drogou", "", "found", "paul-dukas"},
        // Boulevard Montaigne: odd 1–99 Pen ar Streat, odd 101+ and all even Kerhallet.
        {"bd Montaigne", "99", "found", "pen-ar-streat"},
        {"bd Montaigne", "101", "found", "kerhallet"},
        {"boulevard montaigne", "100", "found", "kerhallet"},
        {"boulevard montaigne", "2", "found", "kerhallet"},
        // Avenue Le Gorgeu: 1–59 and 60+ on both sides.
        {"Avenue Le Gorgeu", "59", "found", "pen-ar-streat"},
        {"av. le gorgeu", "60", "found", "kerhallet"},
        // Two streets of the same name: the type decides, or both are listed.
        {"Quizac", "3", "several", ""},
        {"impasse de Quizac", "3", "found", "quizac"},
        {"rue de quizac", "3", "found", "quizac"},
        // Not in the table.
        {"Rue de Paris", "3", "unknown-street", ""},
        {"", "3", "unknown-street", ""},
    };
    for (const auto &row : table) {
        INFO(row.street << " / " << row.number);
        const CatchmentAnswer a = rules().catchment(QString::fromUtf8(row.street), QLatin1String(row.number));
        CHECK(kindText(a.kind) == QLatin1String(row.kind));
        if (a.kind == CatchmentAnswer::Kind::Found) {
            REQUIRE(a.rows.size() == 1);
            CHECK(a.rows.constFirst().maternelle == QLatin1String(row.maternelle));
        }
    }

    const auto several = rules().catchment(QStringLiteral("Quizac"), {});
    REQUIRE(several.rows.size() == 2);
    CHECK(rules().describe(several.rows.at(0)) == QStringLiteral("Rue de Quizac"));
    CHECK(rules().describe(several.rows.at(1)) == QStringLiteral("Impasse de Quizac"));
    const auto split = rules().catchment(QStringLiteral("Rue Jean Jaurès"), {});
    REQUIRE(split.rows.size() == 3);
    CHECK(rules().describe(split.rows.at(0)) == QStringLiteral("Rue Jean Jaurès, numéros impairs 1 à 121"));
    CHECK(rules().describe(split.rows.at(2)) == QStringLiteral("Rue Jean Jaurès, numéros à partir du 131"));
}

TEST_CASE("InscriptionRules: the level decides between the maternelle and the élémentaire of a row", "[inscription][catchment]")
{
    const auto a = rules().catchment(QStringLiteral("Rue Robespierre"), QStringLiteral("10"));
    REQUIRE(a.kind == CatchmentAnswer::Kind::Found);
    const Level gs = rules().placement(QDate(2021, 4, 1), year("2026-2027"), false).level;
    const Level cp = rules().placement(QDate(2020, 4, 1), year("2026-2027"), false).level;
    CHECK(rules().schoolIdFor(a.rows.first(), gs) == QStringLiteral("quatre-moulins-mat"));
    CHECK(rules().schoolIdFor(a.rows.first(), cp) == QStringLiteral("jacquard"));
    QStringList maternelles;
    for (const School &s : rules().schoolsServing(QStringLiteral("maternelle")))
        maternelles << s.id;
    CHECK(maternelles.contains(QStringLiteral("quatre-moulins-mat")));
    CHECK_FALSE(maternelles.contains(QStringLiteral("jacquard")));
}

TEST_CASE("InscriptionRules: CAF parts for 0 to 5 children and disabled children", "[inscription][qf]")
{
    // 2 parts for the household; +0.5 for the 1st and 2nd child, +1 for the
    // 3rd, +0.5 for each further one; +0.5 per disabled child.
    const struct { int children; int disabled; int parts; } table[] = {
        {0, 0, 200}, {1, 0, 250}, {2, 0, 300}, {3, 0, 400}, {4, 0, 450}, {5, 0, 500},
        {1, 1, 300}, {2, 1, 350}, {3, 2, 500},
    };
    for (const auto &row : table) {
        INFO(row.children << " children, " << row.disabled << " disabled");
        CHECK(rules().partsHundredths(row.children, row.disabled) == row.parts);
    }
}

TEST_CASE("InscriptionRules: the quotient is (resources / 12 + benefits) / parts, rounded down", "[inscription][qf]")
{
    // 30,000 € a year, 300 € a month, 2 children (3 parts): (2,500 + 300) / 3 = 933.33 → 933.
    CHECK(rules().quotient({3'000'000, 30'000, 2, 0}) == 933);
    // 28,000 € a year, 300 € a month, 2 children: 2,633.33 / 3 = 877.78 → 877 (floor).
    CHECK(rules().quotient({2'800'000, 30'000, 2, 0}) == 877);
    // Single parent with 1 child, 14,400 € and no benefit: 1,200 / 2.5 = 480.
    CHECK(rules().quotient({1'440'000, 0, 1, 0}) == 480);
    // 3 children, one disabled: 4.5 parts. 54,000 € + 450 € a month: 4,950 / 4.5 = 1,100.
    CHECK(rules().quotient({5'400'000, 45'000, 3, 1}) == 1100);

    auto nearest = releaseWithSection([](QJsonObject &s) {
        setPath(s, {"quotientFamilial", "rounding"}, QStringLiteral("nearest"));
    });
    REQUIRE(nearest);
    auto r = InscriptionRules::fromRelease(*nearest);
    REQUIRE(r);
    CHECK(r->quotient({2'800'000, 30'000, 2, 0}) == 878);
    CHECK(r->quotient({3'000'000, 30'000, 2, 0}) == 933);
}

TEST_CASE("InscriptionRules: tariff tranches with inclusive and exclusive bounds, top tariff without QF", "[inscription][tariff]")
{
    // T1 [0, 622]  T2 ]622, 900[  T3 [900, 1200]  T4 ]1200, 1500]  T5 ]1500, ∞[
    const struct { qint64 qf; const char *tranche; int canteen; } table[] = {
        {0, "T1", 100}, {621, "T1", 100}, {622, "T1", 100}, {623, "T2", 210},
        {899, "T2", 210}, {900, "T3", 290}, {901, "T3", 290}, {1200, "T3", 290},
        {1201, "T4", 330}, {1500, "T4", 330}, {1501, "T5", 350}, {99999, "T5", 350},
    };
    for (const auto &row : table) {
        INFO("QF " << row.qf);
        const Tariff t = rules().tariff(row.qf);
        CHECK(t.tranche.id == QLatin1String(row.tranche));
        CHECK(t.tranche.canteenCents == row.canteen);
        REQUIRE(t.qf.has_value());
        CHECK(*t.qf == row.qf);
    }
    const Tariff top = rules().tariff(std::nullopt);
    CHECK(top.tranche.id == QStringLiteral("T5"));
    CHECK_FALSE(top.qf.has_value());
    CHECK(top.tranche.afterSchoolCents == 190);
    // The cheapest meal is at most 1 € ("cantine à 1 €") and there are at least 3 tranches.
    CHECK(rules().tranches().size() >= 3);
    CHECK(rules().tranches().constFirst().canteenCents <= 100);
}

TEST_CASE("InscriptionRules: a release without the section, or with a gap, is refused with the reason", "[inscription][reference]")
{
    {
        auto none = releaseWithSection([](QJsonObject &s) { s = {}; });
        REQUIRE(none);
        const auto refused = InscriptionRules::fromRelease(*none);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Error::Code::NotFound);
        CHECK(refused.error().message.contains(QStringLiteral("inscription-scolaire")));
    }

    const QJsonObject extraRow{{"street", "Rue Jean Jaurès"}, {"side", "odd"}, {"from", 101}, {"to", 151},
                               {"maternelle", "vauban"}, {"elementaire", "vauban"}};
    const struct { const char *what; std::function<void(QJsonObject &)> edit; const char *message; } table[] = {
        {"years out of order", [](QJsonObject &s) {
             auto years = s.value("schoolYears").toObject().value("years").toArray();
             const auto first = years.takeAt(0);
             years.append(first);
             setPath(s, {"schoolYears", "years"}, years);
         }, "starts before school year 2027-2028 ends"},
        {"a year ending before its rentrée", [](QJsonObject &s) {
             setPath(s, {"schoolYears", "years", 0, "lastDay"}, QStringLiteral("2026-08-01"));
         }, "ends before its rentrée"},
        {"a year without rentrée", [](QJsonObject &s) {
             setPath(s, {"schoolYears", "years", 1, "rentree"}, QStringLiteral("1 septembre"));
         }, "lacks its label, its rentrée or its last day"},
        {"a missing level", [](QJsonObject &s) {
             auto levels = s.value("levels").toArray();
             levels.removeAt(2);
             s.insert("levels", levels);
         }, "level GS is not one year after level PS"},
        {"no early-admission age", [](QJsonObject &s) { s.remove("earlyAdmission"); }, "early-admission"},
        {"a row naming an unknown school", [](QJsonObject &s) {
             setPath(s, {"catchment", "rows", 0, "maternelle"}, QStringLiteral("ecole-fermee"));
         }, "names a school that is unknown"},
        {"a row sending a maternelle pupil to an élémentaire", [](QJsonObject &s) {
             setPath(s, {"catchment", "rows", 27, "maternelle"}, QStringLiteral("jacquard"));
         }, "does not take that level"},
        {"a row with an unknown side", [](QJsonObject &s) {
             setPath(s, {"catchment", "rows", 0, "side"}, QStringLiteral("left"));
         }, "expected odd, even or all"},
        {"overlapping rows", [&](QJsonObject &s) {
             auto rows = s.value("catchment").toObject().value("rows").toArray();
             rows.append(extraRow);
             setPath(s, {"catchment", "rows"}, rows);
         }, "\"Rue Jean Jaurès\" (odd 1-121) and (odd 101-151) overlap"},
        {"an even range meeting an open range on its last number", [](QJsonObject &s) {
             auto rows = s.value("catchment").toObject().value("rows").toArray();
             rows.append(QJsonObject{{"street", "Rue Neuve"}, {"side", "even"}, {"from", 2}, {"to", 10},
                                     {"maternelle", "vauban"}, {"elementaire", "vauban"}});
             rows.append(QJsonObject{{"street", "Rue Neuve"}, {"side", "all"}, {"from", 10},
                                     {"maternelle", "quizac"}, {"elementaire", "quizac"}});
             setPath(s, {"catchment", "rows"}, rows);
         }, "overlap"},
        {"a gap between tranches", [](QJsonObject &s) {
             setPath(s, {"tariffs", "tranches", 1, "min", "value"}, 623);
         }, "tranches T1 and T2 leave a gap or overlap"},
        {"a bound in two tranches", [](QJsonObject &s) {
             setPath(s, {"tariffs", "tranches", 1, "min", "inclusive"}, true);
         }, "tranches T1 and T2 both include the quotient 622"},
        {"a bound in no tranche", [](QJsonObject &s) {
             setPath(s, {"tariffs", "tranches", 2, "min", "inclusive"}, false);
         }, "tranches T2 and T3 both exclude the quotient 900"},
        {"a bound without its inclusivity", [](QJsonObject &s) {
             setPath(s, {"tariffs", "tranches", 0, "max", "inclusive"}, QJsonValue::Undefined);
         }, "upper bound without \"value\" and \"inclusive\""},
        {"a top tranche with an upper bound", [](QJsonObject &s) {
             setPath(s, {"tariffs", "tranches", 4, "max"}, QJsonObject{{"value", 5000}, {"inclusive", true}});
         }, "the top tranche T5 must have no upper bound"},
        {"tranches not starting at 0", [](QJsonObject &s) {
             setPath(s, {"tariffs", "tranches", 0, "min", "value"}, 1);
         }, "must start at 0 included"},
        {"an unknown tranche without QF", [](QJsonObject &s) {
             setPath(s, {"tariffs", "withoutQf"}, QStringLiteral("T9"));
         }, "withoutQf"},
        {"no parts for the household", [](QJsonObject &s) {
             setPath(s, {"quotientFamilial", "parts", "household"}, QJsonValue::Undefined);
         }, "parts of the quotient familial"},
        {"an unknown rounding", [](QJsonObject &s) {
             setPath(s, {"quotientFamilial", "rounding"}, QStringLiteral("ceil"));
         }, "rounding of the quotient familial is \"ceil\""},
        {"a missing sentence", [](QJsonObject &s) {
             setPath(s, {"texts", "notPrimary"}, QJsonValue::Undefined);
         }, "the sentence \"notPrimary\" is missing"},
        {"a missing certificate text", [](QJsonObject &s) {
             setPath(s, {"documents", "certificate", "title"}, QJsonValue::Undefined);
         }, "certificate text \"title\""},
        {"a refusal without reasons", [](QJsonObject &s) {
             setPath(s, {"workflows", "inscription-scolaire.derogation", "transitions", 1, "reasons"}, QJsonValue::Undefined);
         }, "refusing a derogation must ask for a reason"},
        {"a missing procedure", [](QJsonObject &s) {
             auto procedures = s.value("procedures").toArray();
             procedures.removeAt(1);
             s.insert("procedures", procedures);
         }, "\"inscription-scolaire.derogation\" is not declared"},
        {"no vaccination regime for older children", [](QJsonObject &s) {
             auto regimes = s.value("vaccinationRegimes").toArray();
             regimes.removeLast();
             s.insert("vaccinationRegimes", regimes);
         }, "vaccination regimes"},
    };
    for (const auto &row : table) {
        INFO(row.what);
        auto edited = releaseWithSection(row.edit);
        REQUIRE(edited);
        const auto refused = InscriptionRules::fromRelease(*edited);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Error::Code::Invalid);
        INFO(refused.error().message.toStdString());
        CHECK(refused.error().message.contains(QString::fromUtf8(row.message)));
        CHECK(refused.error().message.contains(QStringLiteral("Ask HQ")));
    }

    // Sides that never share a number are not an overlap.
    auto sides = releaseWithSection([](QJsonObject &s) {
        auto rows = s.value("catchment").toObject().value("rows").toArray();
        rows.append(QJsonObject{{"street", "Rue Neuve"}, {"side", "odd"}, {"from", 1}, {"to", 9},
                                {"maternelle", "vauban"}, {"elementaire", "vauban"}});
        rows.append(QJsonObject{{"street", "Rue Neuve"}, {"side", "even"}, {"from", 2}, {"to", 10},
                                {"maternelle", "vauban"}, {"elementaire", "vauban"}});
        rows.append(QJsonObject{{"street", "Rue Neuve"}, {"side", "odd"}, {"from", 11},
                                {"maternelle", "quizac"}, {"elementaire", "quizac"}});
        rows.append(QJsonObject{{"street", "Rue Neuve"}, {"side", "even"}, {"from", 12},
                                {"maternelle", "quizac"}, {"elementaire", "quizac"}});
        setPath(s, {"catchment", "rows"}, rows);
    });
    REQUIRE(sides);
    const auto accepted = InscriptionRules::fromRelease(*sides);
    INFO((accepted ? QString() : accepted.error().message).toStdString());
    CHECK(accepted.has_value());
}

TEST_CASE("InscriptionRules: the vaccination note follows the birth year", "[inscription][checklist]")
{
    CHECK(rules().vaccinationRegime(QDate(2017, 12, 31)) == QStringLiteral("dtp"));
    CHECK(rules().vaccinationRegime(QDate(2018, 1, 1)) == QStringLiteral("onze-vaccins"));
}

TEST_CASE("InscriptionRules: checklists follow the situation", "[inscription][checklist]")
{
    const QString enrolment = EnrolmentProcedureId;
    QJsonObject simple{{"separated", false}, {"previousSchool", false}, {"qfSource", "none"}, {"vaccination", "onze-vaccins"}};
    CHECK(ids(rules().checklist(enrolment, simple))
          == QStringList{"identite-responsable", "identite-enfant", "justificatif-domicile", "vaccins-onze"});
    const auto address = rules().checklist(enrolment, simple).at(2);
    CHECK(address.label.contains(QStringLiteral("moins de 3 mois")));
    CHECK(address.required);
    CHECK_FALSE(rules().checklist(enrolment, simple).at(3).required);  // for the school director

    QJsonObject moved{{"separated", true}, {"previousSchool", true}, {"qfSource", "computed"}, {"vaccination", "dtp"}};
    CHECK(ids(rules().checklist(enrolment, moved))
          == QStringList{"identite-responsable", "identite-enfant", "justificatif-domicile", "separation",
                         "domicile-second-foyer", "radiation", "vaccins-dtp", "avis-imposition",
                         "attestation-prestations"});
    moved.insert("qfSource", "caf-statement");
    CHECK(ids(rules().checklist(enrolment, moved)).contains(QStringLiteral("attestation-qf")));

    const QString derogation = DerogationProcedureId;
    QJsonObject health{{"separated", false}, {"reason", "sante"}, {"homeMayorConsent", false}};
    CHECK(ids(rules().checklist(derogation, health))
          == QStringList{"identite-responsable", "identite-enfant", "justificatif-domicile", "certificat-medical"});
    QJsonObject other{{"separated", false}, {"reason", "autre"}, {"homeMayorConsent", true}};
    CHECK(ids(rules().checklist(derogation, other))
          == QStringList{"identite-responsable", "identite-enfant", "justificatif-domicile", "lettre-motivee",
                         "accord-maire-residence"});
}

TEST_CASE("InscriptionRules: derogation reasons exempting the home mayor's consent", "[inscription][derogation]")
{
    // domain.md §3: no local school, no canteen or childcare with both parents
    // working, health, a sibling there; and the schooling already started,
    // which L212-8 forbids putting in question: no consent, and of right.
    for (const char *id : {"pas-d-ecole", "garde-travail", "sante", "fratrie", "fin-de-cycle"})
        CHECK(rules().reasonExemptsHomeMayorConsent(QLatin1String(id)));
    for (const char *id : {"autre", "unknown"})
        CHECK_FALSE(rules().reasonExemptsHomeMayorConsent(QLatin1String(id)));
    CHECK(rules().reasonIsOfRight(QStringLiteral("fin-de-cycle")));
    for (const char *id : {"pas-d-ecole", "sante", "fratrie", "autre", "unknown"})
        CHECK_FALSE(rules().reasonIsOfRight(QLatin1String(id)));
    CHECK(rules().reasonNeedsSiblingThere(QStringLiteral("fratrie")));
    CHECK(rules().reasonNeedsDetails(QStringLiteral("autre")));
    CHECK_FALSE(rules().reasonNeedsDetails(QStringLiteral("sante")));
    CHECK(rules().derogationDecisionMonths() == 2);
}

TEST_CASE("InscriptionRules: the enrolment and derogation workflows from the reference data", "[inscription][workflow]")
{
    const Workflow enrolment = Workflow::fromJson(test::shippedRelease().workflow(QStringLiteral("inscription-scolaire.inscription")));
    REQUIRE(enrolment.isValid());
    CHECK(enrolment.initial() == QStringLiteral("received"));
    CHECK(enrolment.allows(QStringLiteral("received"), QStringLiteral("waiting-documents")));
    CHECK(enrolment.allows(QStringLiteral("waiting-documents"), QStringLiteral("confirmed")));
    CHECK(enrolment.awaitsDocuments(QStringLiteral("waiting-documents")));
    CHECK_FALSE(enrolment.awaitsDocuments(QStringLiteral("received")));
    CHECK(enrolment.allows(QStringLiteral("confirmed"), QStringLiteral("certificate-issued")));
    CHECK_FALSE(enrolment.allows(QStringLiteral("received"), QStringLiteral("certificate-issued")));
    CHECK(enrolment.isTerminal(QStringLiteral("certificate-issued")));
    CHECK_FALSE(enrolment.reasons(QStringLiteral("received"), QStringLiteral("cancelled")).isEmpty());
    CHECK(enrolment.reasons(QStringLiteral("received"), QStringLiteral("confirmed")).isEmpty());

    const Workflow derogation = Workflow::fromJson(test::shippedRelease().workflow(QStringLiteral("inscription-scolaire.derogation")));
    REQUIRE(derogation.isValid());
    CHECK(derogation.initial() == QStringLiteral("requested"));
    CHECK(derogation.next(QStringLiteral("requested"))
          == QStringList{"granted", "refused", "withdrawn"});
    CHECK(derogation.reasons(QStringLiteral("requested"), QStringLiteral("granted")).isEmpty());
    CHECK(derogation.reasons(QStringLiteral("requested"), QStringLiteral("refused")) == rules().derogationRefusalReasons());
    CHECK(derogation.allows(QStringLiteral("granted"), QStringLiteral("granted-notified")));
    CHECK(derogation.allows(QStringLiteral("refused"), QStringLiteral("refused-notified")));
    CHECK_FALSE(derogation.allows(QStringLiteral("granted"), QStringLiteral("refused-notified")));
    CHECK(derogation.isTerminal(QStringLiteral("granted-notified")));
    CHECK(derogation.isTerminal(QStringLiteral("refused-notified")));
}

TEST_CASE("InscriptionRules: dates and amounts written the French way", "[inscription]")
{
    CHECK(frenchdate::longDate(QDate(2026, 9, 1)) == QStringLiteral("mardi 1er septembre 2026"));
    CHECK(frenchdate::longDate(QDate(2027, 7, 3)) == QStringLiteral("samedi 3 juillet 2027"));
    CHECK(InscriptionRules::euros(100) == QStringLiteral("1,00\u00a0€"));
    CHECK(InscriptionRules::euros(1290) == QStringLiteral("12,90\u00a0€"));
}

// ---- The answer engine: facts → answer ---------------------------------------

namespace {

/// The engine as the answer plugin builds it from the shipped release.
const AnswerEngine &engine()
{
    static const std::shared_ptr<const AnswerEngine> built = [] {
        auto e = InscriptionAnswerModule().engine(test::shippedRelease());
        INFO((e ? QString() : e.error().message).toStdString());
        REQUIRE(e.has_value());
        return *e;
    }();
    return *built;
}

/// Asked at the Bellevue office of Brest, at noon of `day`.
Answer ask(const QString &procedure, const Facts &facts, const QDate &day)
{
    const AnswerContext context{QDateTime(day, QTime(12, 0)), QStringLiteral("BEL"), QStringLiteral("29019"),
                                QStringLiteral("Brest"), &test::shippedCommunes()};
    auto a = answers::ask(engine(), test::shippedRelease(), procedure, facts, context);
    INFO((a ? QString() : a.error().message).toStdString());
    REQUIRE(a.has_value());
    return *a;
}

Answer enrol(const Facts &facts, const QDate &day = QDate(2026, 3, 10))
{
    return ask(QString(EnrolmentProcedureId), facts, day);
}

Answer derogate(const Facts &facts, const QDate &day = QDate(2026, 11, 20))
{
    return ask(QString(DerogationProcedureId), facts, day);
}

QString verdict(const Answer &a)
{
    return Answer::verdictId(a.verdict);
}

QStringList keys(const QList<FactSpec> &specs)
{
    QStringList list;
    for (const FactSpec &s : specs)
        list << s.key;
    return list;
}

const FactSpec &spec(const QList<FactSpec> &specs, const char *key)
{
    for (const FactSpec &s : specs)
        if (s.key == QLatin1String(key))
            return s;
    FAIL("no fact " << key);
    return specs.first();
}

/// Lou, in CP in 2026-2027, living 12 rue de Siam (Vauban), asks for Jean Macé.
Facts lou(const Facts &more = {})
{
    Facts f{{"child_birth_date", "2020-03-03"}, {"street", "rue de siam"}, {"house_number", "12"},
            {"requested_school", "jean-mace"}, {"reason", "sante"}};
    for (auto it = more.cbegin(); it != more.cend(); ++it)
        f.insert(it.key(), it.value());
    return f;
}

} // namespace

TEST_CASE("InscriptionAnswers: each procedure's facts are named like the form's fields", "[inscription][answer]")
{
    CHECK(engine().procedures() == QStringList{"inscription-scolaire.inscription", "inscription-scolaire.derogation"});
    const auto enrolment = engine().facts(QString(EnrolmentProcedureId));
    CHECK(keys(enrolment) == QStringList{"child_birth_date", "school_year", "early_admission", "house_number", "street",
                                         "city", "separated", "moved", "qf_source", "annual_resources_cents",
                                         "monthly_benefits_cents", "children", "disabled_children", "caf_qf"});
    const auto derogation = engine().facts(QString(DerogationProcedureId));
    CHECK(keys(derogation) == QStringList{"child_birth_date", "school_year", "early_admission", "house_number", "street",
                                          "city", "separated", "requested_school", "reason", "sibling1_school",
                                          "sibling2_school"});
    CHECK(engine().facts(QStringLiteral("inscription-scolaire.autre")).isEmpty());

    // Choices come from the reference data; defaults only where the form starts neutral.
    CHECK(spec(enrolment, "school_year").choices.size() == 2);
    CHECK(spec(enrolment, "school_year").defaultValue.isEmpty());
    CHECK(spec(enrolment, "street").kind == FactSpec::Kind::Text);   // matched as typed, like the form's field
    CHECK(spec(enrolment, "city").kind == FactSpec::Kind::Commune);
    CHECK(spec(enrolment, "city").defaultValue == QStringLiteral("29019"));  // the offices' commune
    CHECK(spec(enrolment, "qf_source").defaultValue == QStringLiteral("none"));
    CHECK(spec(enrolment, "children").defaultValue == QStringLiteral("1"));
    CHECK(spec(enrolment, "early_admission").defaultValue.isEmpty());
    CHECK(spec(derogation, "reason").choices == rules().derogationReasons());
    CHECK(spec(derogation, "reason").defaultValue.isEmpty());
    CHECK(spec(derogation, "requested_school").choices.size() == 10);
}

TEST_CASE("InscriptionAnswers: the street is matched as typed, and one the catchment map lacks is sent to the education department",
          "[inscription][answer]")
{
    const auto school = [](const char *street) {
        return enrol({{"child_birth_date", "2020-03-03"}, {"street", QString::fromUtf8(street)}, {"house_number", "12"}});
    };
    CHECK(school("r. jean-jaures").text == school("Rue Jean Jaurès").text);
    CHECK(verdict(school("impasse de quizac")) == QStringLiteral("possible"));
    // "Quizac": the rue and the impasse; the answer asks which.
    CHECK(school("Quizac").missing == QStringList{"street"});
    const Answer paris = school("rue de Paris");
    CHECK(verdict(paris) == QStringLiteral("redirected"));
    CHECK(paris.rule == QStringLiteral("street-not-in-catchment-map"));
    CHECK(paris.where.contains(QStringLiteral("rue de Paris")));
    CHECK(enrol({{"child_birth_date", "2020-03-03"}}).missing == QStringList{"street"});
}

TEST_CASE("InscriptionAnswers: an enrolment in Brest is possible, with its level, school, tariff, documents and dates",
          "[inscription][answer]")
{
    const Answer a = enrol({{"child_birth_date", "2023-05-12"}, {"street", "rue pierre trepos"}, {"house_number", "1"}});
    CHECK(verdict(a) == QStringLiteral("possible"));
    CHECK(a.missing.isEmpty());
    CHECK(a.text == QStringLiteral("Année scolaire 2026-2027 (rentrée le mardi 1er septembre 2026) : Petite section (PS). "
                                   "École de secteur : École primaire publique de Kerhallet (Rue Pierre Trépos, 29200 Brest). "
                                   "Sans quotient familial, le tarif le plus élevé s'applique (Tranche 5) : "
                                   "Restauration scolaire (le repas), 3,50\u00a0€ ; Accueil périscolaire (la séance), 1,90\u00a0€."));
    CHECK(ids(a.checklist) == QStringList{"identite-responsable", "identite-enfant", "justificatif-domicile", "vaccins-onze"});
    CHECK_FALSE(a.feeKnown);
    CHECK(a.validityYears == 0);
    CHECK(a.date(QStringLiteral("rentree")) == QDate(2026, 9, 1));
    CHECK(a.date(QStringLiteral("due")) == QDate(2026, 9, 1));  // before the rentrée: by the rentrée
    CHECK(a.where.isEmpty());
    // The defaults the answer used are stamped with it.
    CHECK(a.facts.value(QStringLiteral("city")) == QStringLiteral("29019"));
    CHECK(a.facts.value(QStringLiteral("qf_source")) == QStringLiteral("none"));

    SECTION("the day before, on and after the rentrée")
    {
        const Facts facts{{"child_birth_date", "2020-03-03"}, {"street", "rue de siam"}};
        const Answer before = enrol(facts, QDate(2026, 8, 31));
        CHECK(before.text.startsWith(QStringLiteral("Année scolaire 2026-2027 (rentrée le mardi 1er septembre 2026) : "
                                                    "Cours préparatoire (CP).")));
        CHECK(before.date(QStringLiteral("due")) == QDate(2026, 9, 1));
        const Answer on = enrol(facts, QDate(2026, 9, 1));
        CHECK(on.text.startsWith(QStringLiteral("Année scolaire 2026-2027, commencée le mardi 1er septembre 2026 : "
                                                "Cours préparatoire (CP).")));
        CHECK(on.text.contains(QStringLiteral("dans les 8 jours")));
        CHECK(on.date(QStringLiteral("due")) == QDate(2026, 9, 9));  // 8 days after a move
        CHECK(enrol(facts, QDate(2026, 9, 2)).date(QStringLiteral("due")) == QDate(2026, 9, 10));
        // After the last day of classes, the next year: a year older.
        const Answer summer = enrol(facts, QDate(2027, 7, 4));
        CHECK(summer.text.contains(QStringLiteral("Année scolaire 2027-2028")));
        CHECK(summer.text.contains(QStringLiteral("Cours élémentaire 1re année (CE1)")));
    }

    SECTION("the quotient familial decides the tariff, and its documents")
    {
        // 30,000 € a year, 300 € a month, 2 children: (2,500 + 300) / 3 = 933 → tranche 3.
        const Answer computed = enrol({{"child_birth_date", "2023-05-12"}, {"street", "rue sisley"},
                                       {"qf_source", "computed"}, {"annual_resources_cents", "3000000"},
                                       {"monthly_benefits_cents", "30000"}, {"children", "2"}});
        CHECK(verdict(computed) == QStringLiteral("possible"));
        CHECK(computed.text.contains(QStringLiteral("Tarifs (Tranche 3, quotient familial 933 €) : "
                                                    "Restauration scolaire (le repas), 2,90\u00a0€")));
        CHECK(ids(computed.checklist).contains(QStringLiteral("avis-imposition")));
        CHECK(ids(computed.checklist).contains(QStringLiteral("attestation-prestations")));
        const auto caf = [](const char *qf) {
            return enrol({{"child_birth_date", "2023-05-12"}, {"street", "rue sisley"}, {"qf_source", "caf-statement"},
                          {"caf_qf", QLatin1String(qf)}});
        };
        CHECK(caf("622").text.contains(QStringLiteral("(Tranche 1, quotient familial 622 €)")));
        CHECK(caf("623").text.contains(QStringLiteral("(Tranche 2, quotient familial 623 €)")));
        CHECK(ids(caf("623").checklist).contains(QStringLiteral("attestation-qf")));
    }

    SECTION("separated parents and a change of school add their documents")
    {
        const Answer b = enrol({{"child_birth_date", "2017-06-01"}, {"street", "rue sisley"}, {"separated", "oui"},
                                {"moved", "oui"}});
        CHECK(ids(b.checklist) == QStringList{"identite-responsable", "identite-enfant", "justificatif-domicile",
                                              "separation", "domicile-second-foyer", "radiation", "vaccins-dtp"});
    }
}

TEST_CASE("InscriptionAnswers: the rules refuse a child too young, with their rule and sentence", "[inscription][answer]")
{
    // 2 the day after the rentrée: not even the admission at 2.
    const Answer young = enrol({{"child_birth_date", "2024-09-02"}, {"street", "rue sisley"}});
    CHECK(verdict(young) == QStringLiteral("refused"));
    CHECK(young.rule == QStringLiteral("too-young"));
    CHECK(young.reason == QStringLiteral("L'enfant n'aura pas 2 ans le jour de la rentrée 2026-2027 : il pourra être "
                                         "inscrit en petite section pour la rentrée 2027."));
    CHECK(young.text.startsWith(young.reason));
    CHECK_FALSE(young.text.contains(QStringLiteral("École de secteur")));

    // 2 on the rentrée day itself: the family's choice decides.
    const Facts two{{"child_birth_date", "2024-09-01"}, {"street", "rue sisley"}};
    const Answer asked = enrol(two);
    CHECK(verdict(asked) == QStringLiteral("incomplete"));
    CHECK(asked.missing == QStringList{"early_admission"});
    CHECK(asked.text.contains(QStringLiteral("cochez « admission à 2 ans »")));
    Facts declined = two;
    declined.insert(QStringLiteral("early_admission"), QStringLiteral("non"));
    CHECK(enrol(declined).rule == QStringLiteral("early-admission-declined"));
    CHECK(verdict(enrol(declined)) == QStringLiteral("refused"));
    Facts early = two;
    early.insert(QStringLiteral("early_admission"), QStringLiteral("oui"));
    const Answer admitted = enrol(early);
    CHECK(verdict(admitted) == QStringLiteral("possible"));
    CHECK(admitted.text.contains(QStringLiteral("Toute petite section (TPS). Admission anticipée à 2 ans")));
    CHECK(admitted.text.contains(QStringLiteral("École primaire publique de Kerhallet")));

    const Answer unborn = enrol({{"child_birth_date", "2026-03-11"}, {"street", "rue sisley"}});
    CHECK(unborn.rule == QStringLiteral("birth-date-future"));

    // The command line may name a year already over; the form never offers one.
    const Answer over = enrol({{"child_birth_date", "2020-03-03"}, {"street", "rue sisley"}, {"school_year", "2026-2027"}},
                              QDate(2027, 7, 4));
    CHECK(over.rule == QStringLiteral("school-year-over"));
    CHECK(enrol({{"child_birth_date", "2020-03-03"}, {"street", "rue sisley"}}, QDate(2028, 7, 2)).rule
          == QStringLiteral("no-school-year"));
}

TEST_CASE("InscriptionAnswers: a derogation refused by the rules names its rule", "[inscription][answer][derogation]")
{
    const Answer vauban = derogate(lou({{"requested_school", "vauban"}}));
    CHECK(verdict(vauban) == QStringLiteral("refused"));
    CHECK(vauban.rule == QStringLiteral("catchment-school-requested"));
    CHECK(vauban.reason.contains(QStringLiteral("École primaire publique Vauban")));

    const Answer maternelle = derogate(lou({{"requested_school", "kerichen-mat"}}));
    CHECK(maternelle.rule == QStringLiteral("school-level"));
    CHECK(maternelle.reason.contains(QStringLiteral("Cours préparatoire (CP)")));

    // A sibling at the requested school is the reason: given elsewhere, refused; not given, asked for.
    CHECK(derogate(lou({{"reason", "fratrie"}})).missing == QStringList{"sibling1_school"});
    CHECK(verdict(derogate(lou({{"reason", "fratrie"}, {"sibling2_school", "jean-mace"}}))) == QStringLiteral("possible"));
    const Answer elsewhere = derogate(lou({{"reason", "fratrie"}, {"sibling1_school", "quizac"}, {"sibling2_school", "vauban"}}));
    CHECK(elsewhere.rule == QStringLiteral("sibling-not-there"));
}

TEST_CASE("InscriptionAnswers: a request that belongs elsewhere is redirected, naming where", "[inscription][answer]")
{
    // A family of Guipavas enrols in its own commune (or asks a derogation here).
    const Answer guipavas = enrol({{"child_birth_date", "2020-03-03"}, {"city", "29075"}});
    CHECK(verdict(guipavas) == QStringLiteral("redirected"));
    CHECK(guipavas.rule == QStringLiteral("outside-commune"));
    CHECK(guipavas.where.contains(QStringLiteral("Guipavas (29)")));
    CHECK(guipavas.text.contains(QStringLiteral("La famille n'habite pas Brest : une inscription dans une école de Brest "
                                                "passe par une demande de dérogation")));
    CHECK(guipavas.missing.isEmpty());  // no street of Brest to ask for

    // Born in 2015: the collège, not the primary school. Born in 2016: CM2.
    const Answer college = enrol({{"child_birth_date", "2015-12-31"}, {"street", "rue sisley"}});
    CHECK(verdict(college) == QStringLiteral("redirected"));
    CHECK(college.rule == QStringLiteral("not-primary"));
    CHECK(college.text.contains(QStringLiteral("ce n'est pas une inscription à l'école primaire")));
    CHECK(enrol({{"child_birth_date", "2016-01-01"}, {"street", "rue sisley"}}).text.contains(
        QStringLiteral("Cours moyen 2e année (CM2)")));

    // Rue Jean Jaurès: odd 1–121 Jean Macé, even 2–130 Vauban, 131 on Paul Dukas; 123 is on no row.
    const auto jaures = [](const char *number) {
        return enrol({{"child_birth_date", "2020-03-03"}, {"street", "rue jean jaures"}, {"house_number", QLatin1String(number)}});
    };
    CHECK(jaures("121").text.contains(QStringLiteral("Jean Macé")));
    CHECK(jaures("122").text.contains(QStringLiteral("Vauban")));
    CHECK(jaures("131").text.contains(QStringLiteral("Paul Dukas")));
    const Answer gap = jaures("123");
    CHECK(verdict(gap) == QStringLiteral("redirected"));
    CHECK(gap.rule == QStringLiteral("catchment-not-covered"));
    CHECK(gap.where.contains(QStringLiteral("Rue Jean Jaurès")));
}

TEST_CASE("InscriptionAnswers: a missing fact makes the answer incomplete and is named, never guessed", "[inscription][answer]")
{
    const Answer nothing = enrol({});
    CHECK(verdict(nothing) == QStringLiteral("incomplete"));
    CHECK(nothing.missing == QStringList{"child_birth_date", "street"});
    CHECK(nothing.text.startsWith(QStringLiteral("Missing: the child's birth date and the street of the child's home.")));
    CHECK(nothing.text.contains(QStringLiteral("le tarif le plus élevé")));  // no quotient: said all the same

    CHECK(enrol({{"child_birth_date", "2020-03-03"}, {"street", "rue jean jaures"}}).missing == QStringList{"house_number"});
    CHECK(enrol({{"child_birth_date", "2020-03-03"}, {"street", "rue sisley"}, {"qf_source", "computed"}}).missing
          == QStringList{"annual_resources_cents"});
    CHECK(enrol({{"child_birth_date", "2020-03-03"}, {"street", "rue sisley"}, {"qf_source", "caf-statement"}}).missing
          == QStringList{"caf_qf"});
    const Answer disabled = enrol({{"child_birth_date", "2020-03-03"}, {"street", "rue sisley"}, {"qf_source", "computed"},
                                   {"annual_resources_cents", "3000000"}, {"children", "2"}, {"disabled_children", "3"}});
    CHECK(disabled.missing == QStringList{"disabled_children"});
    CHECK(disabled.text.contains(QStringLiteral("(3)")));
    // A town the desk cannot name: the commune is asked for, not taken as here.
    CHECK(enrol({{"child_birth_date", "2020-03-03"}, {"street", "rue sisley"}, {"city", ""}}).missing == QStringList{"city"});

    const Answer derogation = derogate({{"child_birth_date", "2020-03-03"}, {"street", "rue de siam"}});
    CHECK(verdict(derogation) == QStringLiteral("incomplete"));
    CHECK(derogation.missing == QStringList{"requested_school", "reason"});
}

TEST_CASE("InscriptionAnswers: a derogation goes to the mayor, with the home mayor's consent where the reason needs it",
          "[inscription][answer][derogation]")
{
    const Answer health = derogate(lou());
    CHECK(verdict(health) == QStringLiteral("possible"));
    CHECK(health.text == QStringLiteral("Année scolaire 2026-2027, commencée le mardi 1er septembre 2026 : Cours préparatoire "
                                        "(CP). L'enfant rejoint sa classe dès son admission par le directeur de l'école ; "
                                        "après un déménagement, l'inscription se fait dans les 8 jours. École de secteur : "
                                        "École primaire publique Vauban (Rue Duquesne, 29200 Brest). La demande de dérogation "
                                        "pour l'école demandée, «\u00a0École primaire publique Jean Macé\u00a0», est "
                                        "soumise au maire, qui décide ; la famille reçoit la décision par courrier."));
    CHECK(ids(health.checklist) == QStringList{"identite-responsable", "identite-enfant", "justificatif-domicile",
                                               "certificat-medical"});
    CHECK(health.date(QStringLiteral("due")) == QDate(2027, 1, 20));  // the mayor's decision: 2 months, date to date

    // From Guipavas: the reason spares the consent of its mayor, or not.
    const Answer exempt = derogate(lou({{"city", "29075"}}));
    CHECK(verdict(exempt) == QStringLiteral("possible"));
    CHECK(exempt.text.contains(QStringLiteral("dispense de l'accord du maire")));
    CHECK_FALSE(exempt.text.contains(QStringLiteral("École de secteur")));
    const Answer other = derogate(lou({{"city", "29075"}, {"reason", "autre"}}));
    CHECK(other.text.contains(QStringLiteral("l'accord du maire de la commune de résidence est aussi nécessaire")));
    CHECK(ids(other.checklist) == QStringList{"identite-responsable", "identite-enfant", "justificatif-domicile",
                                              "lettre-motivee", "accord-maire-residence"});
    // Continuing the schooling already started is of right (L212-8).
    CHECK(derogate(lou({{"reason", "fin-de-cycle"}}))
              .text.contains(QStringLiteral("Ce motif est de droit : la scolarité déjà commencée à «\u00a0École "
                                            "primaire publique Jean Macé\u00a0» ne peut")));
}
