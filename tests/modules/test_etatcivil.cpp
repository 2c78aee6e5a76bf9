// SPDX-License-Identifier: GPL-3.0-or-later
// The état-civil rules against the shipped reference release. Expected
// verdicts and dates are written out from domain.md §1 and §7 (and computed
// by hand on a calendar), never taken from the code under test.
#include "testsupport.h"
#include "moduletesting.h"

#include "etatcivilanswers.h"
#include "etatcivilrules.h"
#include "reference/communes.h"
#include "reference/referencerelease.h"
#include "reference/workflow.h"

#include <QJsonDocument>

#include <cstring>
#include <functional>

using namespace guichet;
using namespace guichet::test;
using namespace guichet::etatcivil;

namespace {

const QString brest = QStringLiteral("29019");  ///< the commune of the office, where declarations are made

const EtatCivilRules &rules()
{
    return test::shippedRules<EtatCivilRules>();
}

QJsonObject civilStatusSection()
{
    return test::shippedRelease().section(QStringLiteral("etat-civil"));
}

/// The release with its "etat-civil" section changed by `edit`.
Result<ReferenceRelease> releaseWithSection(const std::function<void(QJsonObject &)> &edit)
{
    return test::shippedReleaseWith(QStringLiteral("etat-civil"), edit);
}

const QDate Today(2026, 3, 10);

const QStringList Relationships = {
    QStringLiteral("interesse"),          QStringLiteral("interesse-emancipe"),
    QStringLiteral("conjoint"),           QStringLiteral("ascendant"),
    QStringLiteral("descendant"),         QStringLiteral("representant-legal"),
    QStringLiteral("professionnel-autorise"), QStringLiteral("autorite-habilitee"),
    QStringLiteral("tiers"),
};

enum class Scenario { Recent, ActOver75, DeadOver25 };

/// Adults all round, so only the act and the relationship decide.
CopyRequest scenarioRequest(Scenario s, const QString &act, const QString &copy, const QString &relationship)
{
    CopyRequest r;
    r.actKind = act;
    r.copyKind = copy;
    r.relationship = relationship;
    r.requesterBirthDate = QDate(1962, 4, 2);
    switch (s) {
    case Scenario::Recent:       // 35 years old, alive
        r.subjectBirthDate = QDate(1990, 5, 12);
        r.actDate = QDate(1990, 5, 14);
        break;
    case Scenario::ActOver75:    // act of 1940: 85 years old
        r.subjectBirthDate = QDate(1940, 6, 1);
        r.actDate = QDate(1940, 6, 3);
        break;
    case Scenario::DeadOver25:   // act of 1960 (66 years), died in 1995 (30 years)
        r.subjectBirthDate = QDate(1960, 2, 1);
        r.actDate = QDate(1960, 2, 2);
        r.subjectDeceased = true;
        r.subjectDeathDate = QDate(1995, 6, 1);
        break;
    }
    return r;
}

} // namespace

TEST_CASE("EtatCivilRules: the shipped release has a complete état-civil section", "[etat-civil]")
{
    const auto &r = rules();
    QStringList acts, copies, relationships;
    for (const auto &c : r.actKinds())
        acts << c.id;
    for (const auto &c : r.copyKinds())
        copies << c.id;
    for (const auto &c : r.relationships())
        relationships << c.id;
    CHECK(acts == QStringList{"naissance", "mariage", "deces"});
    CHECK(copies == QStringList{"copie-integrale", "extrait-avec-filiation", "extrait-sans-filiation", "extrait-plurilingue"});
    CHECK(relationships == Relationships);
    CHECK(r.label(QStringLiteral("deces")) == QStringLiteral("Acte de décès"));
    CHECK(r.label(QStringLiteral("conjoint")).contains(QStringLiteral("PACS")));

    QStringList procedures;
    for (const auto &p : r.procedures()) {
        procedures << p.id;
        CHECK(p.service == QStringLiteral("etat-civil"));
        CHECK(Workflow::fromJson(test::shippedRelease().workflow(p.workflowId)).isValid());
    }
    CHECK(procedures == QStringList{CopyProcedureId, DeclarationProcedureId});
    CHECK(r.procedures().at(0).title == QStringLiteral("Demande de copie ou d'extrait d'acte"));

    // The service a procedure names exists in the release's list of services.
    bool serviceKnown = false;
    for (const auto &s : test::shippedRelease().section(QStringLiteral("offices")).value(QStringLiteral("services")).toArray())
        serviceKnown |= s.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("etat-civil");
    CHECK(serviceKnown);

    // Every rule block names its sources.
    for (const auto &v : civilStatusSection().value(QStringLiteral("eligibility")).toArray())
        CHECK_FALSE(v.toObject().value(QStringLiteral("sources")).toArray().isEmpty());
    for (const auto &v : civilStatusSection().value(QStringLiteral("declarationKinds")).toArray())
        CHECK_FALSE(v.toObject().value(QStringLiteral("sources")).toArray().isEmpty());
    CHECK_FALSE(civilStatusSection().value(QStringLiteral("communicability")).toObject().value(QStringLiteral("sources")).toArray().isEmpty());
}

TEST_CASE("EtatCivilRules: a release without the section, or with a gap, is refused", "[etat-civil]")
{
    const auto none = releaseWithSection([](QJsonObject &ec) { ec = {}; });
    REQUIRE(none.has_value());
    const auto missing = EtatCivilRules::fromRelease(*none);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("etat-civil")));

    const auto gap = releaseWithSection([](QJsonObject &ec) {
        auto texts = ec.value(QStringLiteral("decisionTexts")).toObject();
        texts.remove(QStringLiteral("subject-minor"));
        ec.insert(QStringLiteral("decisionTexts"), texts);
    });
    REQUIRE(gap.has_value());
    const auto incomplete = EtatCivilRules::fromRelease(*gap);
    REQUIRE_FALSE(incomplete.has_value());
    CHECK(incomplete.error().code == Error::Code::Invalid);
    CHECK(incomplete.error().message.contains(QStringLiteral("subject-minor")));

    const auto badRow = releaseWithSection([](QJsonObject &ec) {
        auto rows = ec.value(QStringLiteral("eligibility")).toArray();
        auto first = rows.at(0).toObject();
        first.insert(QStringLiteral("act"), QStringLiteral("bapteme"));
        rows.replace(0, first);
        ec.insert(QStringLiteral("eligibility"), rows);
    });
    REQUIRE(badRow.has_value());
    CHECK_FALSE(EtatCivilRules::fromRelease(*badRow).has_value());
}

TEST_CASE("EtatCivilRules: the complete eligibility table", "[etat-civil][eligibility]")
{
    // Décret 2017-890 art. 30 and domain.md §1 "Copies and who may obtain them", one
    // letter per relationship in the order: interesse, interesse-emancipe, conjoint,
    // ascendant, descendant, representant-legal, professionnel-autorise,
    // autorite-habilitee, tiers.
    //   Y = delivered, N = refused for this relationship, X = not issued for this act.
    // Birth and marriage: restricted copies to the person (adult or emancipated), the
    //   legal representative, the spouse (or PACS partner), ascendants, descendants,
    //   professionals and authorities a text empowers; extrait sans filiation to anyone.
    // Death: copie intégrale (and plurilingual extract) to anyone; no other extract.
    // Communicability opens everything issued to anyone: act over 75 years, or
    //   person dead for more than 25 years.
    struct Row { const char *act; const char *copy; const char *recent; const char *over75; const char *dead25; };
    const Row table[] = {
        {"naissance", "copie-integrale",        "YYYYYYYYN", "YYYYYYYYY", "YYYYYYYYY"},
        {"naissance", "extrait-avec-filiation", "YYYYYYYYN", "YYYYYYYYY", "YYYYYYYYY"},
        {"naissance", "extrait-sans-filiation", "YYYYYYYYY", "YYYYYYYYY", "YYYYYYYYY"},
        {"naissance", "extrait-plurilingue",    "YYYYYYYYN", "YYYYYYYYY", "YYYYYYYYY"},
        {"mariage",   "copie-integrale",        "YYYYYYYYN", "YYYYYYYYY", "YYYYYYYYY"},
        {"mariage",   "extrait-avec-filiation", "YYYYYYYYN", "YYYYYYYYY", "YYYYYYYYY"},
        {"mariage",   "extrait-sans-filiation", "YYYYYYYYY", "YYYYYYYYY", "YYYYYYYYY"},
        {"mariage",   "extrait-plurilingue",    "YYYYYYYYN", "YYYYYYYYY", "YYYYYYYYY"},
        {"deces",     "copie-integrale",        "YYYYYYYYY", "YYYYYYYYY", "YYYYYYYYY"},
        {"deces",     "extrait-avec-filiation", "XXXXXXXXX", "XXXXXXXXX", "XXXXXXXXX"},
        {"deces",     "extrait-sans-filiation", "XXXXXXXXX", "XXXXXXXXX", "XXXXXXXXX"},
        {"deces",     "extrait-plurilingue",    "YYYYYYYYY", "YYYYYYYYY", "YYYYYYYYY"},
    };
    int checked = 0;
    for (const Row &row : table) {
        const std::pair<Scenario, const char *> scenarios[] = {
            {Scenario::Recent, row.recent}, {Scenario::ActOver75, row.over75}, {Scenario::DeadOver25, row.dead25}};
        for (const auto &[scenario, verdicts] : scenarios) {
            REQUIRE(std::strlen(verdicts) == std::size_t(Relationships.size()));
            for (int i = 0; i < Relationships.size(); ++i) {
                const auto request = scenarioRequest(scenario, QLatin1String(row.act), QLatin1String(row.copy), Relationships.at(i));
                const Decision d = rules().eligibility(request, Today);
                INFO(row.act << " / " << row.copy << " / " << Relationships.at(i).toStdString()
                     << " / scenario " << int(scenario) << " → " << d.rule.toStdString());
                const char expected = verdicts[i];
                CHECK(d.allowed == (expected == 'Y'));
                if (expected == 'X')
                    CHECK(d.rule == QStringLiteral("copy-not-issued"));
                if (expected == 'N')
                    CHECK(d.rule == QStringLiteral("relationship-not-allowed"));
                CHECK_FALSE(d.reason.isEmpty());
                CHECK_FALSE(d.reason.contains(u'%'));
                ++checked;
            }
        }
    }
    CHECK(checked == 3 * 4 * 3 * 9);
}

TEST_CASE("EtatCivilRules: the grounds of each answer", "[etat-civil][eligibility]")
{
    const auto decide = [](Scenario s, const char *act, const char *copy, const char *relationship) {
        return rules().eligibility(scenarioRequest(s, QLatin1String(act), QLatin1String(copy), QLatin1String(relationship)), Today);
    };
    CHECK(decide(Scenario::Recent, "naissance", "copie-integrale", "interesse").rule == QStringLiteral("allowed-subject"));
    CHECK(decide(Scenario::Recent, "naissance", "copie-integrale", "ascendant").rule == QStringLiteral("allowed-relationship"));
    CHECK(decide(Scenario::Recent, "naissance", "extrait-sans-filiation", "tiers").rule == QStringLiteral("open-to-anyone"));
    CHECK(decide(Scenario::Recent, "deces", "copie-integrale", "tiers").rule == QStringLiteral("open-to-anyone"));
    CHECK(decide(Scenario::ActOver75, "naissance", "copie-integrale", "tiers").rule == QStringLiteral("communicable-act-age"));
    CHECK(decide(Scenario::DeadOver25, "mariage", "copie-integrale", "tiers").rule == QStringLiteral("communicable-death"));
    // The sentences are the reference data's, thresholds filled in.
    CHECK(decide(Scenario::ActOver75, "naissance", "copie-integrale", "tiers").reason.contains(QStringLiteral("75 ans")));
    CHECK(decide(Scenario::DeadOver25, "mariage", "copie-integrale", "tiers").reason.contains(QStringLiteral("25 ans")));
    const Decision refused = decide(Scenario::Recent, "naissance", "copie-integrale", "tiers");
    CHECK(refused.reason == civilStatusSection().value(QStringLiteral("decisionTexts")).toObject()
                                .value(QStringLiteral("relationship-not-allowed")).toString().arg(75).arg(25));

    CopyRequest incomplete;
    incomplete.actKind = QStringLiteral("naissance");
    incomplete.copyKind = QStringLiteral("copie-integrale");
    CHECK(rules().eligibility(incomplete, Today).rule == QStringLiteral("incomplete"));
    CHECK_FALSE(rules().eligibility(incomplete, Today).allowed);
}

TEST_CASE("EtatCivilRules: 75 years after the closing of the act's register, on 31 December of its year",
          "[etat-civil][eligibility]")
{
    CopyRequest r;
    r.actKind = QStringLiteral("naissance");
    r.copyKind = QStringLiteral("copie-integrale");
    r.relationship = QStringLiteral("tiers");
    r.subjectBirthDate = QDate(1951, 3, 10);
    r.actDate = QDate(1951, 3, 10);
    // Not on the act's 75th anniversary: its register closed on 31 December 1951.
    CHECK_FALSE(rules().eligibility(r, QDate(2026, 3, 10)).allowed);
    CHECK_FALSE(rules().eligibility(r, QDate(2026, 12, 31)).allowed);
    const Decision opened = rules().eligibility(r, QDate(2027, 1, 1));
    CHECK(opened.allowed);
    CHECK(opened.rule == QStringLiteral("communicable-act-age"));

    // An act of 31 December and one of 1 January of the same year open together.
    r.actDate = QDate(1951, 12, 31);
    CHECK_FALSE(rules().eligibility(r, QDate(2026, 12, 31)).allowed);
    CHECK(rules().eligibility(r, QDate(2027, 1, 1)).allowed);
    r.actDate = QDate(1951, 1, 1);
    CHECK_FALSE(rules().eligibility(r, QDate(2026, 12, 31)).allowed);
    CHECK(rules().eligibility(r, QDate(2027, 1, 1)).allowed);

    // Without an act date, nothing can be proved communicable.
    r.actDate = QDate();
    CHECK_FALSE(rules().eligibility(r, QDate(2026, 3, 10)).allowed);
}

TEST_CASE("EtatCivilRules: 25 years after the death, to the day", "[etat-civil][eligibility]")
{
    CopyRequest r;
    r.actKind = QStringLiteral("mariage");
    r.copyKind = QStringLiteral("extrait-avec-filiation");
    r.relationship = QStringLiteral("tiers");
    r.subjectBirthDate = QDate(1955, 1, 20);
    r.actDate = QDate(1980, 6, 14);
    r.subjectDeceased = true;
    r.subjectDeathDate = QDate(2001, 3, 10);
    CHECK_FALSE(rules().eligibility(r, QDate(2026, 3, 9)).allowed);
    const Decision onTheDay = rules().eligibility(r, QDate(2026, 3, 10));
    CHECK(onTheDay.allowed);
    CHECK(onTheDay.rule == QStringLiteral("communicable-death"));

    // The date counts only for a person marked as deceased, and a death with
    // no date proves nothing.
    r.subjectDeceased = false;
    CHECK_FALSE(rules().eligibility(r, QDate(2026, 3, 10)).allowed);
    r.subjectDeceased = true;
    r.subjectDeathDate = QDate();
    CHECK_FALSE(rules().eligibility(r, QDate(2026, 3, 10)).allowed);
}

TEST_CASE("EtatCivilRules: a descendant of any age gets the parents' marriage act", "[etat-civil][eligibility]")
{
    // Décret 2017-890 art. 30 sets no age for descendants (the 2026.1 release
    // first asked for an adult).
    CopyRequest r;
    r.actKind = QStringLiteral("mariage");
    r.copyKind = QStringLiteral("copie-integrale");
    r.relationship = QStringLiteral("descendant");
    r.subjectBirthDate = QDate(1975, 8, 1);
    r.actDate = QDate(2005, 9, 17);
    r.requesterBirthDate = QDate(2012, 1, 1);
    CHECK(rules().eligibility(r, QDate(2026, 3, 10)).rule == QStringLiteral("allowed-relationship"));
    r.requesterBirthDate = QDate();
    CHECK(rules().eligibility(r, QDate(2026, 3, 10)).allowed);
}

TEST_CASE("EtatCivilRules: a row may ask for an adult requester, checked at the 18th birthday", "[etat-civil][eligibility]")
{
    // The condition the reference data may set on a relationship; no shipped row uses it today.
    const auto release = releaseWithSection([](QJsonObject &section) {
        QJsonArray rows = section.value(QStringLiteral("eligibility")).toArray();
        for (int i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows.at(i).toObject();
            if (row.value(QStringLiteral("act")).toString() != QLatin1String("mariage"))
                continue;
            QJsonArray allowed = row.value(QStringLiteral("allowed")).toArray();
            for (int j = 0; j < allowed.size(); ++j)
                if (allowed.at(j).toObject().value(QStringLiteral("relationship")).toString() == QLatin1String("descendant"))
                    allowed[j] = QJsonObject{{QStringLiteral("relationship"), QStringLiteral("descendant")},
                                             {QStringLiteral("condition"), QStringLiteral("requester-adult")}};
            row.insert(QStringLiteral("allowed"), allowed);
            rows[i] = row;
        }
        section.insert(QStringLiteral("eligibility"), rows);
    });
    REQUIRE(release.has_value());
    const auto edited = EtatCivilRules::fromRelease(*release);
    REQUIRE(edited.has_value());
    const auto rules = [&]() -> const EtatCivilRules & { return *edited; };

    CopyRequest r;
    r.actKind = QStringLiteral("mariage");
    r.copyKind = QStringLiteral("copie-integrale");
    r.relationship = QStringLiteral("descendant");
    r.subjectBirthDate = QDate(1975, 8, 1);
    r.actDate = QDate(2005, 9, 17);
    r.requesterBirthDate = QDate(2008, 3, 10);  // 18 on 10 March 2026

    const Decision minor = rules().eligibility(r, QDate(2026, 3, 9));
    CHECK_FALSE(minor.allowed);
    CHECK(minor.rule == QStringLiteral("requester-minor"));
    const Decision adult = rules().eligibility(r, QDate(2026, 3, 10));
    CHECK(adult.allowed);
    CHECK(adult.rule == QStringLiteral("allowed-relationship"));

    r.requesterBirthDate = QDate();
    const Decision unknown = rules().eligibility(r, QDate(2026, 3, 10));
    CHECK_FALSE(unknown.allowed);
    CHECK(unknown.rule == QStringLiteral("needs-requester-birth-date"));

    // The restriction is the marriage act's: a minor descendant gets a birth act.
    r.actKind = QStringLiteral("naissance");
    r.requesterBirthDate = QDate(2012, 1, 1);
    CHECK(rules().eligibility(r, QDate(2026, 3, 10)).allowed);
    // And the extract without filiation of a marriage act is anyone's.
    r.actKind = QStringLiteral("mariage");
    r.copyKind = QStringLiteral("extrait-sans-filiation");
    CHECK(rules().eligibility(r, QDate(2026, 3, 10)).allowed);
    // A marriage act over 75 years is open even to a minor descendant.
    r.copyKind = QStringLiteral("copie-integrale");
    r.actDate = QDate(1945, 5, 2);
    CHECK(rules().eligibility(r, QDate(2026, 3, 10)).rule == QStringLiteral("communicable-act-age"));
}

TEST_CASE("EtatCivilRules: a minor's restricted copy goes through the legal representative", "[etat-civil][eligibility]")
{
    CopyRequest r;
    r.actKind = QStringLiteral("naissance");
    r.copyKind = QStringLiteral("extrait-avec-filiation");
    r.relationship = QStringLiteral("interesse");
    r.subjectBirthDate = QDate(2010, 5, 1);  // 18 on 1 May 2028
    r.actDate = QDate(2010, 5, 3);

    const Decision minor = rules().eligibility(r, QDate(2028, 4, 30));
    CHECK_FALSE(minor.allowed);
    CHECK(minor.rule == QStringLiteral("subject-minor"));
    CHECK(minor.reason.contains(QStringLiteral("représentant légal")));
    CHECK(rules().eligibility(r, QDate(2028, 5, 1)).allowed);

    r.relationship = QStringLiteral("representant-legal");
    CHECK(rules().eligibility(r, QDate(2026, 3, 10)).allowed);

    // An emancipated minor asks as an adult would, and proves the emancipation.
    r.relationship = QStringLiteral("interesse-emancipe");
    const Decision emancipated = rules().eligibility(r, QDate(2026, 3, 10));
    CHECK(emancipated.allowed);
    CHECK(emancipated.rule == QStringLiteral("allowed-subject"));

    r.relationship = QStringLiteral("interesse");
    r.copyKind = QStringLiteral("extrait-sans-filiation");
    CHECK(rules().eligibility(r, QDate(2026, 3, 10)).allowed);

    r.copyKind = QStringLiteral("copie-integrale");
    r.subjectBirthDate = QDate();
    CHECK(rules().eligibility(r, QDate(2026, 3, 10)).rule == QStringLiteral("needs-subject-birth-date"));
}

TEST_CASE("EtatCivilRules: where to ask for an act", "[etat-civil][where]")
{
    const auto here = rules().whereToAsk(QStringLiteral("naissance"), QStringLiteral("29019"), QStringLiteral("Brest"), false, brest);
    CHECK(here.kind == Place::Here);
    CHECK(here.sentence == civilStatusSection().value(QStringLiteral("whereToAsk")).toObject().value(QStringLiteral("here")).toString());

    const auto rennes = rules().whereToAsk(QStringLiteral("naissance"), QStringLiteral("35238"), QStringLiteral("Rennes"), false, brest);
    CHECK(rennes.kind == Place::OtherCommune);
    CHECK(rennes.sentence.contains(QStringLiteral("mairie de Rennes")));
    CHECK_FALSE(rennes.sentence.contains(u'%'));

    const auto death = rules().whereToAsk(QStringLiteral("deces"), QStringLiteral("29189"), QStringLiteral("Morlaix"), false, brest);
    CHECK(death.kind == Place::OtherCommune);
    CHECK(death.sentence.contains(QStringLiteral("Morlaix")));
    CHECK(death.sentence.contains(QStringLiteral("dernier domicile")));

    const auto abroad = rules().whereToAsk(QStringLiteral("mariage"), QString(), QStringLiteral("Casablanca, Maroc"), true, brest);
    CHECK(abroad.kind == Place::Abroad);
    CHECK(abroad.sentence.contains(QStringLiteral("Nantes")));
    CHECK(abroad.sentence.contains(QStringLiteral("Maison Blanche")));
    CHECK(abroad.sentence.contains(QStringLiteral("3 à 4 semaines")));
    CHECK_FALSE(abroad.sentence.contains(u'%'));

    CHECK(rules().whereToAsk(QStringLiteral("naissance"), QStringLiteral("2a004"), QStringLiteral("Ajaccio"), false, QStringLiteral("2A004")).kind == Place::Here);
    const auto unknown = rules().whereToAsk(QStringLiteral("naissance"), QString(), QString(), false, brest);
    CHECK(unknown.kind == Place::Unknown);
    CHECK(unknown.sentence.isEmpty());
}

TEST_CASE("EtatCivilRules: birth declaration deadline, 5 days, extended", "[etat-civil][deadline]")
{
    const FrenchCalendar calendar = EtatCivilRules::calendarForCommune(QStringLiteral("29019"));
    const auto lastDay = [&](const QDate &birth) {
        const Deadline d = rules().declarationDeadline(QStringLiteral("naissance"), QDateTime(birth, QTime(14, 20)), brest, calendar);
        REQUIRE(d.exists);
        CHECK_FALSE(d.instant.isValid());
        return d.lastDay;
    };
    // Sun 1 March 2026: days 2..6, Friday 6 March is a working day.
    CHECK(lastDay(QDate(2026, 3, 1)) == QDate(2026, 3, 6));
    // Wed 8 July 2026: days 9..13; the weekend inside the count does not matter.
    CHECK(lastDay(QDate(2026, 7, 8)) == QDate(2026, 7, 13));
    // Mon 2 March 2026: the 5th day is Saturday 7 March → Monday 9 March.
    CHECK(lastDay(QDate(2026, 3, 2)) == QDate(2026, 3, 9));
    // Thu 9 July 2026: the 5th day is Tuesday 14 July (Fête nationale) → Wednesday 15.
    CHECK(lastDay(QDate(2026, 7, 9)) == QDate(2026, 7, 15));
    // Sat 9 May 2026: the 5th day is Thursday 14 May (Ascension, Easter 5 April + 39) → Friday 15.
    CHECK(lastDay(QDate(2026, 5, 9)) == QDate(2026, 5, 15));
    // Sun 20 December 2026: Friday 25 (Christmas), then the weekend → Monday 28.
    CHECK(lastDay(QDate(2026, 12, 20)) == QDate(2026, 12, 28));

    const QDateTime birth(QDate(2026, 3, 2), QTime(10, 0));
    CHECK_FALSE(rules().isLate(QStringLiteral("naissance"), birth, QDateTime(QDate(2026, 3, 9), QTime(23, 30)), brest, calendar));
    CHECK(rules().isLate(QStringLiteral("naissance"), birth, QDateTime(QDate(2026, 3, 10), QTime(8, 30)), brest, calendar));

    const QString late = rules().lateInstruction(QStringLiteral("naissance"), brest);
    CHECK(late.contains(QStringLiteral("jugement déclaratif")));
    CHECK(late.contains(QStringLiteral("tribunal judiciaire")));
    CHECK(late.contains(QStringLiteral("5 jours")));

    const QString sentence = rules().deadlineSentence(
        QStringLiteral("naissance"), rules().declarationDeadline(QStringLiteral("naissance"), QDateTime(QDate(2026, 7, 8), QTime(3, 0)), brest, calendar));
    CHECK(sentence.contains(QStringLiteral("lundi 13 juillet 2026")));
}

TEST_CASE("EtatCivilRules: a birth in the Guyane communes the decree lists is declared within 8 days, elsewhere 5",
          "[etat-civil][deadline]")
{
    const FrenchCalendar guyane = EtatCivilRules::calendarForCommune(QStringLiteral("97353"));
    // Wed 1 July 2026 at Maripasoula (97353): days 2..9, Thursday 9 July.
    const QDateTime birth(QDate(2026, 7, 1), QTime(14, 0));
    const QString maripasoula = QStringLiteral("97353");
    CHECK(rules().declarationDelay(QStringLiteral("naissance"), maripasoula) == 8);
    CHECK(rules().declarationDeadline(QStringLiteral("naissance"), birth, maripasoula, guyane).lastDay == QDate(2026, 7, 9));
    CHECK_FALSE(rules().isLate(QStringLiteral("naissance"), birth, QDateTime(QDate(2026, 7, 9), QTime(17, 0)), maripasoula, guyane));
    CHECK(rules().isLate(QStringLiteral("naissance"), birth, QDateTime(QDate(2026, 7, 10), QTime(8, 30)), maripasoula, guyane));
    CHECK(rules().lateInstruction(QStringLiteral("naissance"), maripasoula).contains(QStringLiteral("8 jours")));

    // Cayenne is not on the list: 5 days, Monday 6 July.
    const QString cayenne = QStringLiteral("97302");
    CHECK(rules().declarationDelay(QStringLiteral("naissance"), cayenne) == 5);
    CHECK(rules().declarationDeadline(QStringLiteral("naissance"), birth, cayenne, guyane).lastDay == QDate(2026, 7, 6));
    // Nor is the longer delay one for deaths.
    CHECK(rules().declarationDelay(QStringLiteral("deces"), maripasoula) == 24);

    // Each listed code is a commune of Guyane in the release's commune table.
    const auto table = CommuneTable::fromRelease(test::shippedRelease());
    REQUIRE(table.has_value());
    const QJsonArray listed = civilStatusSection()
                                  .value(QStringLiteral("declarationKinds")).toArray().first().toObject()
                                  .value(QStringLiteral("deadline")).toObject()
                                  .value(QStringLiteral("longer")).toObject()
                                  .value(QStringLiteral("communes")).toArray();
    CHECK(listed.size() == 15);
    for (const auto &code : listed) {
        INFO(code.toString().toStdString());
        REQUIRE(table->byCode(code.toString()));
        CHECK(table->byCode(code.toString())->department == QStringLiteral("973"));
    }
}

TEST_CASE("EtatCivilRules: death declaration deadline, 24 hours without weekends and holidays", "[etat-civil][deadline]")
{
    const FrenchCalendar calendar = EtatCivilRules::calendarForCommune(QStringLiteral("29019"));
    const auto deadline = [&](const QDateTime &confirmed) {
        const Deadline d = rules().declarationDeadline(QStringLiteral("deces"), confirmed, brest, calendar);
        REQUIRE(d.exists);
        CHECK(d.lastDay == d.instant.date());
        return d.instant;
    };
    // Tue 3 March 2026 09:30 → Wed 4 March 09:30.
    CHECK(deadline(QDateTime(QDate(2026, 3, 3), QTime(9, 30))) == QDateTime(QDate(2026, 3, 4), QTime(9, 30)));
    // Fri 10 July 2026 15:00: 9 h on Friday, the weekend skipped, 15 h on Monday → Mon 13 July 15:00.
    CHECK(deadline(QDateTime(QDate(2026, 7, 10), QTime(15, 0))) == QDateTime(QDate(2026, 7, 13), QTime(15, 0)));
    // Mon 13 July 2026 10:00: 14 h on Monday, Tuesday 14 July skipped → Wed 15 July 10:00.
    CHECK(deadline(QDateTime(QDate(2026, 7, 13), QTime(10, 0))) == QDateTime(QDate(2026, 7, 15), QTime(10, 0)));
    // Thu 24 December 2026 18:00: 6 h on Thursday, Christmas and the weekend skipped → Mon 28 December 18:00.
    CHECK(deadline(QDateTime(QDate(2026, 12, 24), QTime(18, 0))) == QDateTime(QDate(2026, 12, 28), QTime(18, 0)));

    const QDateTime confirmed(QDate(2026, 7, 10), QTime(15, 0));
    CHECK_FALSE(rules().isLate(QStringLiteral("deces"), confirmed, QDateTime(QDate(2026, 7, 13), QTime(15, 0)), brest, calendar));
    CHECK(rules().isLate(QStringLiteral("deces"), confirmed, QDateTime(QDate(2026, 7, 13), QTime(15, 1)), brest, calendar));
    const QString late = rules().lateInstruction(QStringLiteral("deces"), brest);
    CHECK(late.contains(QStringLiteral("24 heures")));
    CHECK(late.contains(QStringLiteral("enregistrée")));

    const QString sentence = rules().deadlineSentence(QStringLiteral("deces"), rules().declarationDeadline(QStringLiteral("deces"), confirmed, brest, calendar));
    CHECK(sentence.contains(QStringLiteral("lundi 13 juillet 2026 à 15:00")));
    CHECK_FALSE(sentence.contains(u'%'));
}

TEST_CASE("EtatCivilRules: a recognition is never late", "[etat-civil][deadline]")
{
    const FrenchCalendar calendar = EtatCivilRules::calendarForCommune(QStringLiteral("29019"));
    const QDateTime birth(QDate(2001, 1, 15), QTime(8, 0));
    CHECK_FALSE(rules().hasDeadline(QStringLiteral("reconnaissance")));
    CHECK_FALSE(rules().declarationDeadline(QStringLiteral("reconnaissance"), birth, brest, calendar).exists);
    CHECK_FALSE(rules().isLate(QStringLiteral("reconnaissance"), birth, QDateTime(QDate(2026, 3, 10), QTime(9, 0)), brest, calendar));
    CHECK(rules().deadlineSentence(QStringLiteral("reconnaissance"), {}).contains(QStringLiteral("n'importe quelle mairie")));
    CHECK(rules().lateInstruction(QStringLiteral("reconnaissance"), brest).isEmpty());
}

TEST_CASE("EtatCivilRules: where a declaration is made", "[etat-civil][where]")
{
    const QString brest = QStringLiteral("29019");  ///< the commune of the office, where declarations are made
    CHECK(rules().declarationPlace(QStringLiteral("naissance"), brest, QStringLiteral("Brest"), false, brest).kind == Place::Here);
    const auto quimper = rules().declarationPlace(QStringLiteral("naissance"), QStringLiteral("29232"), QStringLiteral("Quimper"), false, brest);
    CHECK(quimper.kind == Place::OtherCommune);
    CHECK(quimper.sentence.contains(QStringLiteral("mairie de Quimper")));
    const auto abroad = rules().declarationPlace(QStringLiteral("deces"), QString(), QStringLiteral("Porto, Portugal"), true, brest);
    CHECK(abroad.kind == Place::Abroad);
    CHECK(abroad.sentence.contains(QStringLiteral("consulat")));
    // A recognition is made in any town hall, whatever the place entered.
    CHECK(rules().declarationPlace(QStringLiteral("reconnaissance"), QStringLiteral("29232"), QStringLiteral("Quimper"), false, brest).kind == Place::Here);
}

TEST_CASE("EtatCivilRules: the calendar follows the commune's department", "[etat-civil][deadline]")
{
    CHECK(EtatCivilRules::calendarForCommune(QStringLiteral("29019")).region() == FrenchCalendar::Region::Metropole);
    CHECK(EtatCivilRules::calendarForCommune(QStringLiteral("57463")).region() == FrenchCalendar::Region::AlsaceMoselle);
    CHECK(EtatCivilRules::calendarForCommune(QStringLiteral("97411")).region() == FrenchCalendar::Region::Reunion);
    CHECK(EtatCivilRules::calendarForCommune(QStringLiteral("2A004")).region() == FrenchCalendar::Region::Metropole);
}

namespace {

QStringList copyChecklist(Scenario s, const char *act, const char *copy, const char *relationship, const char *delivery)
{
    const auto request = scenarioRequest(s, QLatin1String(act), QLatin1String(copy), QLatin1String(relationship));
    const auto situation = rules().copySituation(request, QLatin1String(delivery), rules().eligibility(request, Today));
    return ids(rules().checklist(CopyProcedureId, situation));
}

} // namespace

TEST_CASE("EtatCivilRules: checklists follow the situation", "[etat-civil][checklist]")
{
    CHECK(copyChecklist(Scenario::Recent, "naissance", "copie-integrale", "interesse", "guichet")
          == QStringList{"identite-demandeur", "noms-parents"});
    CHECK(copyChecklist(Scenario::Recent, "naissance", "copie-integrale", "ascendant", "guichet")
          == QStringList{"identite-demandeur", "noms-parents", "preuve-lien"});
    CHECK(copyChecklist(Scenario::Recent, "naissance", "copie-integrale", "ascendant", "courrier")
          == QStringList{"noms-parents", "preuve-lien", "adresse-envoi"});
    CHECK(copyChecklist(Scenario::Recent, "mariage", "extrait-avec-filiation", "representant-legal", "guichet")
          == QStringList{"identite-demandeur", "noms-parents", "preuve-representation"});
    CHECK(copyChecklist(Scenario::Recent, "naissance", "copie-integrale", "tiers", "guichet")
          == QStringList{"noms-parents"});  // refused: no proof would help
    CHECK(copyChecklist(Scenario::Recent, "naissance", "copie-integrale", "interesse-emancipe", "guichet")
          == QStringList{"identite-demandeur", "noms-parents", "preuve-emancipation"});
    CHECK(copyChecklist(Scenario::Recent, "mariage", "copie-integrale", "autorite-habilitee", "courrier")
          == QStringList{"noms-parents", "demande-autorite", "adresse-envoi"});
    CHECK(copyChecklist(Scenario::Recent, "naissance", "copie-integrale", "representant-legal", "guichet")
          == QStringList{"identite-demandeur", "noms-parents", "preuve-representation"});
    CHECK(copyChecklist(Scenario::Recent, "naissance", "copie-integrale", "professionnel-autorise", "guichet")
          == QStringList{"identite-demandeur", "noms-parents", "preuve-professionnelle"});
    CHECK(copyChecklist(Scenario::DeadOver25, "naissance", "copie-integrale", "tiers", "guichet")
          == QStringList{"noms-parents", "preuve-deces"});
    CHECK(copyChecklist(Scenario::Recent, "naissance", "extrait-sans-filiation", "tiers", "guichet").isEmpty());
    CHECK(copyChecklist(Scenario::Recent, "deces", "copie-integrale", "tiers", "courrier") == QStringList{"adresse-envoi"});

    const auto declaration = [](const char *kind) {
        return rules().checklist(DeclarationProcedureId, {{QStringLiteral("kind"), QLatin1String(kind)}});
    };
    const auto birth = declaration("naissance");
    CHECK(ids(birth) == QStringList{"certificat-accouchement", "identite-declarant", "identite-parents",
                                    "choix-nom", "reconnaissance-anticipee", "livret-famille"});
    CHECK(birth.at(0).required);
    CHECK_FALSE(birth.at(5).required);
    CHECK(ids(declaration("deces")) == QStringList{"identite-declarant", "certificat-deces", "etat-civil-defunt"});
    CHECK(ids(declaration("reconnaissance")) == QStringList{"identite-auteur", "justificatif-domicile", "acte-naissance-enfant"});
    for (const auto &item : declaration("naissance"))
        CHECK_FALSE(item.label.isEmpty());
}

TEST_CASE("EtatCivilRules: the copy-request workflow from the reference data", "[etat-civil][workflow]")
{
    const Workflow w = Workflow::fromJson(test::shippedRelease().workflow(QStringLiteral("etat-civil.copie-acte")));
    REQUIRE(w.isValid());
    CHECK(w.initial() == QStringLiteral("received"));
    CHECK(w.states() == QStringList{"received", "processing", "delivered-counter", "sent-post", "refused", "redirected"});
    CHECK(w.label(QStringLiteral("refused")) == QStringLiteral("Refusée"));

    for (const char *to : {"delivered-counter", "sent-post", "refused", "redirected"})
        CHECK(w.allows(QStringLiteral("processing"), QLatin1String(to)));
    CHECK(w.allows(QStringLiteral("received"), QStringLiteral("processing")));
    CHECK(w.allows(QStringLiteral("received"), QStringLiteral("refused")));
    CHECK(w.allows(QStringLiteral("received"), QStringLiteral("redirected")));
    // A copy is handed over or posted only once it has been processed.
    CHECK_FALSE(w.allows(QStringLiteral("received"), QStringLiteral("delivered-counter")));
    CHECK_FALSE(w.allows(QStringLiteral("received"), QStringLiteral("sent-post")));
    // Terminal states are final.
    for (const char *end : {"delivered-counter", "sent-post", "refused", "redirected"}) {
        CHECK(w.isTerminal(QLatin1String(end)));
        CHECK(w.next(QLatin1String(end)).isEmpty());
    }
    CHECK_FALSE(w.allows(QStringLiteral("refused"), QStringLiteral("processing")));
    CHECK_FALSE(w.allows(QStringLiteral("sent-post"), QStringLiteral("delivered-counter")));

    // A refusal or a redirection needs a reason, taken from the section's lists.
    CHECK(rules().refusalReasons().size() >= 4);
    CHECK(w.reasons(QStringLiteral("processing"), QStringLiteral("refused")) == rules().refusalReasons());
    CHECK(w.reasons(QStringLiteral("received"), QStringLiteral("refused")) == rules().refusalReasons());
    CHECK_FALSE(rules().redirectionReasons().isEmpty());
    CHECK(w.reasons(QStringLiteral("processing"), QStringLiteral("redirected")) == rules().redirectionReasons());
    CHECK(w.reasons(QStringLiteral("received"), QStringLiteral("redirected")) == rules().redirectionReasons());
    CHECK(w.reasons(QStringLiteral("processing"), QStringLiteral("delivered-counter")).isEmpty());
}

TEST_CASE("EtatCivilRules: the declaration workflow from the reference data", "[etat-civil][workflow]")
{
    const Workflow w = Workflow::fromJson(test::shippedRelease().workflow(QStringLiteral("etat-civil.declaration")));
    REQUIRE(w.isValid());
    CHECK(w.initial() == QStringLiteral("received"));
    CHECK(w.allows(QStringLiteral("received"), QStringLiteral("registered")));
    CHECK(w.allows(QStringLiteral("received"), QStringLiteral("redirected")));
    CHECK_FALSE(w.allows(QStringLiteral("registered"), QStringLiteral("redirected")));
    CHECK_FALSE(w.allows(QStringLiteral("redirected"), QStringLiteral("registered")));
    CHECK(w.isTerminal(QStringLiteral("registered")));
    CHECK(w.reasons(QStringLiteral("received"), QStringLiteral("registered")).isEmpty());
    const QStringList reasons = w.reasons(QStringLiteral("received"), QStringLiteral("redirected"));
    CHECK(reasons == rules().declarationRedirectionReasons());
    CHECK(reasons.filter(QStringLiteral("jugement déclaratif")).size() == 1);
}

// ---- The answer engine: facts → answer, as the desk and guichetctl ask it ----

namespace {

const EtatCivilAnswers &engine()
{
    static const EtatCivilAnswers answers(rules());
    return answers;
}

/// A question asked at the Bellevue office of Brest at `now`.
AnswerContext brestAt(const QDateTime &now)
{
    return {now, QStringLiteral("BEL"), brest, QStringLiteral("Brest"), &test::shippedCommunes()};
}

Answer ask(const EtatCivilAnswers &answers, const QString &procedure, const Facts &facts, const QDateTime &now)
{
    const auto a = guichet::answers::ask(answers, test::shippedRelease(), procedure, facts, brestAt(now));
    INFO((a ? QString() : a.error().message).toStdString());
    REQUIRE(a.has_value());
    return *a;
}

Answer askCopy(const Facts &facts, const QDateTime &now = QDateTime(Today, QTime(10, 0)))
{
    return ask(engine(), QString(CopyProcedureId), facts, now);
}

Answer askDeclaration(const Facts &facts, const QDateTime &now)
{
    return ask(engine(), QString(DeclarationProcedureId), facts, now);
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

/// A parent asking for the full copy of a birth act drawn up in Brest.
Facts parentAskingHere()
{
    return {{QStringLiteral("act_kind"), QStringLiteral("naissance")},
            {QStringLiteral("copy_kind"), QStringLiteral("copie-integrale")},
            {QStringLiteral("relationship"), QStringLiteral("ascendant")},
            {QStringLiteral("subject_birth_date"), QStringLiteral("1990-05-12")},
            {QStringLiteral("event_commune_code"), QStringLiteral("29019")}};
}

Facts with(Facts facts, const QString &key, const QString &value)
{
    facts.insert(key, value);
    return facts;
}

} // namespace

TEST_CASE("EtatCivilAnswers: each procedure's facts are named like the form's fields, choices from the release",
          "[etat-civil][answers]")
{
    CHECK(engine().procedures() == QStringList{CopyProcedureId, DeclarationProcedureId});

    const auto copy = engine().facts(QString(CopyProcedureId));
    CHECK(keys(copy) == QStringList{"act_kind", "copy_kind", "relationship", "subject_birth_date", "act_date", "abroad",
                                    "event_commune_code", "subject_deceased", "subject_death_date",
                                    "requester_birth_date", "delivery"});
    const auto declaration = engine().facts(QString(DeclarationProcedureId));
    CHECK(keys(declaration) == QStringList{"declaration_kind", "event_at", "abroad", "event_commune_code"});
    CHECK(engine().facts(QStringLiteral("etat-civil.pacs")).isEmpty());

    const auto spec = [](const QList<FactSpec> &specs, const char *key) {
        for (const FactSpec &s : specs)
            if (s.key == QLatin1String(key))
                return s;
        FAIL("no fact " << key);
        return FactSpec{};
    };
    using K = FactSpec::Kind;
    CHECK(spec(copy, "act_kind").kind == K::Choice);
    CHECK(guichet::answers::allowedValues(spec(copy, "act_kind")) == QStringLiteral("naissance, mariage, deces"));
    CHECK(spec(copy, "relationship").choices.size() == Relationships.size());
    CHECK(guichet::answers::allowedValues(spec(copy, "delivery")) == QStringLiteral("guichet, courrier"));
    CHECK(spec(copy, "subject_birth_date").kind == K::Date);
    CHECK(spec(copy, "event_commune_code").kind == K::Commune);
    CHECK(spec(declaration, "event_at").kind == K::DateTime);
    CHECK(guichet::answers::allowedValues(spec(declaration, "declaration_kind"))
          == QStringLiteral("naissance, deces, reconnaissance"));
    // Defaults only where the form starts neutral: not abroad, not deceased, handed over at the counter.
    for (const FactSpec &s : copy + declaration) {
        INFO(s.key.toStdString());
        CHECK_FALSE(s.label.isEmpty());
        CHECK_FALSE(s.meaning.isEmpty());
        const QStringList defaulted{"abroad", "subject_deceased", "delivery"};
        CHECK(s.defaultValue.isEmpty() == !defaulted.contains(s.key));
    }
    CHECK(spec(copy, "delivery").defaultValue == QStringLiteral("guichet"));
    CHECK(spec(copy, "abroad").defaultValue == QStringLiteral("non"));
}

TEST_CASE("EtatCivilAnswers: a parent asking for a birth act kept here may have it, with the documents to bring",
          "[etat-civil][answers]")
{
    const Answer a = askCopy(parentAskingHere());
    CHECK(verdict(a) == QStringLiteral("possible"));
    CHECK(a.rule.isEmpty());
    CHECK(a.where.isEmpty());
    CHECK(a.missing.isEmpty());
    // The place, the grounds, then the delivery: the sentences of the release, in that order.
    const QJsonObject section = civilStatusSection();
    CHECK(a.text == section.value(QStringLiteral("whereToAsk")).toObject().value(QStringLiteral("here")).toString()
                        + u' '
                        + section.value(QStringLiteral("decisionTexts")).toObject()
                              .value(QStringLiteral("allowed-relationship")).toString()
                        + QStringLiteral(" Délivrance gratuite et immédiate au guichet."));
    CHECK(ids(a.checklist) == QStringList{"identite-demandeur", "noms-parents", "preuve-lien"});
    CHECK_FALSE(a.feeKnown);
    CHECK(a.validityYears == 0);
    // Handed over the same day at the counter.
    REQUIRE(a.dates.size() == 1);
    CHECK(a.dates.at(0).id == QStringLiteral("due"));
    CHECK(a.date(QStringLiteral("due")) == Today);
    CHECK_FALSE(a.dates.at(0).instant.isValid());
    // The facts used, the delivery's default included.
    CHECK(a.facts.value(QStringLiteral("delivery")) == QStringLiteral("guichet"));
    CHECK(a.facts.value(QStringLiteral("abroad")) == QStringLiteral("non"));

    // By post: 5 working days after Tuesday 10 March 2026, Tuesday 17 March.
    const Answer posted = askCopy(with(parentAskingHere(), QStringLiteral("delivery"), QStringLiteral("courrier")));
    CHECK(verdict(posted) == QStringLiteral("possible"));
    CHECK(posted.date(QStringLiteral("due")) == QDate(2026, 3, 17));
    CHECK(ids(posted.checklist) == QStringList{"noms-parents", "preuve-lien", "adresse-envoi"});
    CHECK(posted.text.endsWith(QStringLiteral("envoi par courrier sous quelques jours.")));

    // A death act: open to anyone.
    const Answer death = askCopy({{QStringLiteral("act_kind"), QStringLiteral("deces")},
                                  {QStringLiteral("copy_kind"), QStringLiteral("copie-integrale")},
                                  {QStringLiteral("relationship"), QStringLiteral("tiers")},
                                  {QStringLiteral("event_commune_code"), QStringLiteral("29019")}});
    CHECK(verdict(death) == QStringLiteral("possible"));
    CHECK(death.text.contains(QStringLiteral("délivré à toute personne")));
}

TEST_CASE("EtatCivilAnswers: a refusal carries the rule that refuses and its sentence, wherever the act is",
          "[etat-civil][answers]")
{
    const Answer third = askCopy(with(parentAskingHere(), QStringLiteral("relationship"), QStringLiteral("tiers")));
    CHECK(verdict(third) == QStringLiteral("refused"));
    CHECK(third.rule == QStringLiteral("relationship-not-allowed"));
    CHECK(third.reason == rules().eligibility(scenarioRequest(Scenario::Recent, QStringLiteral("naissance"),
                                                               QStringLiteral("copie-integrale"), QStringLiteral("tiers")),
                                              Today).reason);
    CHECK(third.text.contains(third.reason));
    CHECK(third.where.isEmpty());
    CHECK(third.dates.isEmpty());
    CHECK(ids(third.checklist) == QStringList{"noms-parents"});

    // Asked about an act kept in Rennes, a refusal stays a refusal: Rennes would refuse it too.
    const Answer elsewhere = askCopy(with(with(parentAskingHere(), QStringLiteral("relationship"), QStringLiteral("tiers")),
                                          QStringLiteral("event_commune_code"), QStringLiteral("35238")));
    CHECK(verdict(elsewhere) == QStringLiteral("refused"));
    CHECK(elsewhere.rule == QStringLiteral("relationship-not-allowed"));

    // A kind of copy that does not exist for the act.
    const Answer notIssued = askCopy({{QStringLiteral("act_kind"), QStringLiteral("deces")},
                                      {QStringLiteral("copy_kind"), QStringLiteral("extrait-avec-filiation")},
                                      {QStringLiteral("relationship"), QStringLiteral("interesse")},
                                      {QStringLiteral("event_commune_code"), QStringLiteral("29019")}});
    CHECK(verdict(notIssued) == QStringLiteral("refused"));
    CHECK(notIssued.rule == QStringLiteral("copy-not-issued"));

    // The person on the act is a minor the day before the 18th birthday, an adult on it.
    Facts own = with(parentAskingHere(), QStringLiteral("relationship"), QStringLiteral("interesse"));
    own.insert(QStringLiteral("subject_birth_date"), QStringLiteral("2008-03-11"));
    const Answer minor = askCopy(own);
    CHECK(verdict(minor) == QStringLiteral("refused"));
    CHECK(minor.rule == QStringLiteral("subject-minor"));
    own.insert(QStringLiteral("subject_birth_date"), QStringLiteral("2008-03-10"));
    CHECK(verdict(askCopy(own)) == QStringLiteral("possible"));

    // Dead for 25 years to the day: the act opens to anyone.
    Facts dead = with(parentAskingHere(), QStringLiteral("relationship"), QStringLiteral("tiers"));
    dead.insert(QStringLiteral("subject_deceased"), QStringLiteral("oui"));
    dead.insert(QStringLiteral("subject_death_date"), QStringLiteral("2001-03-11"));
    CHECK(askCopy(dead).rule == QStringLiteral("relationship-not-allowed"));
    dead.insert(QStringLiteral("subject_death_date"), QStringLiteral("2001-03-10"));
    const Answer opened = askCopy(dead);
    CHECK(verdict(opened) == QStringLiteral("possible"));
    CHECK(ids(opened.checklist) == QStringList{"noms-parents", "preuve-deces"});
}

TEST_CASE("EtatCivilAnswers: an act kept elsewhere is redirected to the town hall the commune table names",
          "[etat-civil][answers][where]")
{
    const Answer rennes = askCopy(with(parentAskingHere(), QStringLiteral("event_commune_code"), QStringLiteral("35238")));
    CHECK(verdict(rennes) == QStringLiteral("redirected"));
    CHECK(rennes.rule == QStringLiteral("other-commune"));
    CHECK(rennes.where.contains(QStringLiteral("à la mairie de Rennes (35)")));
    CHECK(rennes.reason == rennes.where);
    // The same sentences as at the counter, without the delivery promise, which holds only here.
    CHECK(rennes.text.startsWith(rennes.where + u' '));
    CHECK_FALSE(rennes.text.contains(QStringLiteral("Délivrance")));
    CHECK(rennes.dates.isEmpty());

    // A death act: also the town hall of the last domicile.
    Facts death = with(parentAskingHere(), QStringLiteral("act_kind"), QStringLiteral("deces"));
    death.insert(QStringLiteral("event_commune_code"), QStringLiteral("29232"));
    const Answer quimper = askCopy(death);
    CHECK(quimper.where.contains(QStringLiteral("mairie de Quimper (29), ou à celle du dernier domicile")));

    // A former commune's acts are at the town hall of the commune it joined:
    // 35313 merged into Saint-Malo, 29096 into Brest (the table's "former" list).
    const Answer servan = askCopy(with(parentAskingHere(), QStringLiteral("event_commune_code"), QStringLiteral("35313")));
    CHECK(verdict(servan) == QStringLiteral("redirected"));
    CHECK(servan.where.contains(QStringLiteral("mairie de Saint-Malo (35)")));
    const Answer lambezellec = askCopy(with(parentAskingHere(), QStringLiteral("event_commune_code"), QStringLiteral("29096")));
    CHECK(verdict(lambezellec) == QStringLiteral("possible"));
    CHECK(lambezellec.text.contains(QStringLiteral("la demande se traite ici")));

    // Abroad: the SCEC in Nantes.
    Facts abroad = parentAskingHere();
    abroad.remove(QStringLiteral("event_commune_code"));
    abroad.insert(QStringLiteral("abroad"), QStringLiteral("oui"));
    const Answer scec = askCopy(abroad);
    CHECK(verdict(scec) == QStringLiteral("redirected"));
    CHECK(scec.rule == QStringLiteral("abroad"));
    CHECK(scec.where.contains(QStringLiteral("Nantes")));

    // Declarations: made in the commune of the event.
    const Answer birth = askDeclaration({{QStringLiteral("declaration_kind"), QStringLiteral("naissance")},
                                         {QStringLiteral("event_at"), QStringLiteral("2026-07-08T15:30")},
                                         {QStringLiteral("event_commune_code"), QStringLiteral("29232")}},
                                        QDateTime(QDate(2026, 7, 9), QTime(9, 0)));
    CHECK(verdict(birth) == QStringLiteral("redirected"));
    CHECK(birth.rule == QStringLiteral("other-commune"));
    CHECK(birth.where.contains(QStringLiteral("orientez le déclarant vers la mairie de Quimper (29)")));
    CHECK(birth.text == birth.where);
    CHECK(birth.dates.isEmpty());

    // Without a commune table (an older release), the code names the commune.
    AnswerContext bare = brestAt(QDateTime(Today, QTime(10, 0)));
    bare.communes = nullptr;
    const auto unnamed = guichet::answers::ask(engine(), test::shippedRelease(), QString(CopyProcedureId),
                                               with(parentAskingHere(), QStringLiteral("event_commune_code"),
                                                    QStringLiteral("35238")),
                                               bare);
    REQUIRE(unnamed.has_value());
    CHECK(unnamed->where.contains(QStringLiteral("mairie de 35238")));
}

TEST_CASE("EtatCivilAnswers: a missing fact gives the verdict incomplete with its key, never a guess",
          "[etat-civil][answers]")
{
    // The rules' own sentence says an act, a copy kind and a relationship are needed.
    Facts noRelationship = parentAskingHere();
    noRelationship.remove(QStringLiteral("relationship"));
    const Answer undecided = askCopy(noRelationship);
    CHECK(verdict(undecided) == QStringLiteral("incomplete"));
    CHECK(undecided.missing == QStringList{"relationship"});
    CHECK(undecided.text.contains(QStringLiteral("Choisissez l'acte")));
    CHECK(undecided.dates.isEmpty());

    // The person on the act must be an adult: her birth date is needed.
    Facts own = with(parentAskingHere(), QStringLiteral("relationship"), QStringLiteral("interesse"));
    own.remove(QStringLiteral("subject_birth_date"));
    const Answer noBirth = askCopy(own);
    CHECK(verdict(noBirth) == QStringLiteral("incomplete"));
    CHECK(noBirth.missing == QStringList{"subject_birth_date"});
    CHECK(noBirth.text.contains(QStringLiteral("Indiquez la date de naissance")));

    // Without the place, no one can say where the act is: the answer names what is missing first.
    Facts nowhere = parentAskingHere();
    nowhere.remove(QStringLiteral("event_commune_code"));
    const Answer placeless = askCopy(nowhere);
    CHECK(verdict(placeless) == QStringLiteral("incomplete"));
    CHECK(placeless.missing == QStringList{"event_commune_code"});
    CHECK(placeless.text.startsWith(QStringLiteral("Missing: the commune of the event.")));
    CHECK(placeless.dates.isEmpty());

    // A birth or a death needs its moment for a deadline; a declaration, its kind.
    const QDateTime july(QDate(2026, 7, 10), QTime(9, 0));
    const Answer noMoment = askDeclaration({{QStringLiteral("declaration_kind"), QStringLiteral("deces")},
                                            {QStringLiteral("event_commune_code"), QStringLiteral("29019")}},
                                           july);
    CHECK(verdict(noMoment) == QStringLiteral("incomplete"));
    CHECK(noMoment.missing == QStringList{"event_at"});
    CHECK(noMoment.text == QStringLiteral("Missing: the date and time of the event."));
    CHECK(ids(noMoment.checklist) == QStringList{"identite-declarant", "certificat-deces", "etat-civil-defunt"});
    const Answer noKind = askDeclaration({}, july);
    CHECK(noKind.missing == QStringList{"declaration_kind"});
    CHECK(noKind.checklist.isEmpty());

    // A row asking for an adult requester needs the requester's birth date.
    const auto edited = releaseWithSection([](QJsonObject &section) {
        QJsonArray rows = section.value(QStringLiteral("eligibility")).toArray();
        QJsonObject row = rows.at(4).toObject();  // mariage / copie-integrale
        REQUIRE(row.value(QStringLiteral("act")).toString() == QStringLiteral("mariage"));
        QJsonArray allowed = row.value(QStringLiteral("allowed")).toArray();
        allowed.append(QJsonObject{{QStringLiteral("relationship"), QStringLiteral("tiers")},
                                   {QStringLiteral("condition"), QStringLiteral("requester-adult")}});
        row.insert(QStringLiteral("allowed"), allowed);
        rows[4] = row;
        section.insert(QStringLiteral("eligibility"), rows);
    });
    REQUIRE(edited.has_value());
    const auto editedRules = EtatCivilRules::fromRelease(*edited);
    REQUIRE(editedRules.has_value());
    const EtatCivilAnswers strict(*editedRules);
    Facts marriage{{QStringLiteral("act_kind"), QStringLiteral("mariage")},
                   {QStringLiteral("copy_kind"), QStringLiteral("copie-integrale")},
                   {QStringLiteral("relationship"), QStringLiteral("tiers")},
                   {QStringLiteral("act_date"), QStringLiteral("2005-09-17")},
                   {QStringLiteral("event_commune_code"), QStringLiteral("29019")}};
    const Answer noRequester = ask(strict, QString(CopyProcedureId), marriage, QDateTime(Today, QTime(10, 0)));
    CHECK(verdict(noRequester) == QStringLiteral("incomplete"));
    CHECK(noRequester.missing == QStringList{"requester_birth_date"});
    marriage.insert(QStringLiteral("requester_birth_date"), QStringLiteral("2010-01-01"));
    const Answer young = ask(strict, QString(CopyProcedureId), marriage, QDateTime(Today, QTime(10, 0)));
    CHECK(verdict(young) == QStringLiteral("refused"));
    CHECK(young.rule == QStringLiteral("requester-minor"));
}

TEST_CASE("EtatCivilAnswers: a birth is declared here to the deadline's last day, then only a court can record it",
          "[etat-civil][answers][deadline]")
{
    // Wed 8 July 2026 15:30 in Brest: the 5th day is Monday 13 July.
    const Facts birth{{QStringLiteral("declaration_kind"), QStringLiteral("naissance")},
                      {QStringLiteral("event_at"), QStringLiteral("2026-07-08T15:30")},
                      {QStringLiteral("event_commune_code"), QStringLiteral("29019")}};
    const Answer onTime = askDeclaration(birth, QDateTime(QDate(2026, 7, 13), QTime(23, 59)));
    CHECK(verdict(onTime) == QStringLiteral("possible"));
    CHECK(onTime.text.contains(QStringLiteral("au plus tard le lundi 13 juillet 2026")));
    REQUIRE(onTime.dates.size() == 1);
    CHECK(onTime.dates.at(0).id == QStringLiteral("deadline"));
    CHECK(onTime.date(QStringLiteral("deadline")) == QDate(2026, 7, 13));
    CHECK_FALSE(onTime.dates.at(0).instant.isValid());  // counted in days: the whole day counts
    CHECK(ids(onTime.checklist).contains(QStringLiteral("certificat-accouchement")));

    const Answer late = askDeclaration(birth, QDateTime(QDate(2026, 7, 14), QTime(8, 30)));
    CHECK(verdict(late) == QStringLiteral("redirected"));
    CHECK(late.rule == QStringLiteral("late"));
    CHECK(late.where.contains(QStringLiteral("tribunal judiciaire")));
    CHECK(late.text == rules().lateInstruction(QStringLiteral("naissance"), brest));
    CHECK(late.date(QStringLiteral("deadline")) == QDate(2026, 7, 13));

    // A recognition: any town hall, any time, whatever the place.
    const Answer recognition = askDeclaration({{QStringLiteral("declaration_kind"), QStringLiteral("reconnaissance")},
                                               {QStringLiteral("event_commune_code"), QStringLiteral("35238")}},
                                              QDateTime(QDate(2026, 7, 14), QTime(8, 30)));
    CHECK(verdict(recognition) == QStringLiteral("possible"));
    CHECK(recognition.text.contains(QStringLiteral("n'importe quelle mairie")));
    CHECK(recognition.dates.isEmpty());
}

TEST_CASE("EtatCivilAnswers: a death's deadline is an instant, 24 hours without weekends, and a late death is still received",
          "[etat-civil][answers][deadline]")
{
    // Fri 10 July 2026 15:00: Monday 13 July 15:00.
    const Facts death{{QStringLiteral("declaration_kind"), QStringLiteral("deces")},
                      {QStringLiteral("event_at"), QStringLiteral("2026-07-10T15:00")},
                      {QStringLiteral("event_commune_code"), QStringLiteral("29019")}};
    const Answer onTime = askDeclaration(death, QDateTime(QDate(2026, 7, 13), QTime(15, 0)));
    CHECK(verdict(onTime) == QStringLiteral("possible"));
    CHECK(onTime.text.contains(QStringLiteral("lundi 13 juillet 2026 à 15:00")));
    REQUIRE(onTime.dates.size() == 1);
    CHECK(onTime.dates.at(0).instant == QDateTime(QDate(2026, 7, 13), QTime(15, 0)));
    CHECK(onTime.date(QStringLiteral("deadline")) == QDate(2026, 7, 13));

    const Answer late = askDeclaration(death, QDateTime(QDate(2026, 7, 13), QTime(15, 1)));
    CHECK(verdict(late) == QStringLiteral("possible"));
    CHECK(late.text.contains(QStringLiteral("tout de même enregistrée")));
    CHECK(late.dates.at(0).instant == QDateTime(QDate(2026, 7, 13), QTime(15, 0)));

    // Abroad: the consulate, whatever the moment.
    Facts abroad = death;
    abroad.remove(QStringLiteral("event_commune_code"));
    abroad.insert(QStringLiteral("abroad"), QStringLiteral("oui"));
    const Answer consulate = askDeclaration(abroad, QDateTime(QDate(2026, 7, 13), QTime(9, 0)));
    CHECK(verdict(consulate) == QStringLiteral("redirected"));
    CHECK(consulate.rule == QStringLiteral("abroad"));
    CHECK(consulate.where.contains(QStringLiteral("consulat")));
}

TEST_CASE("EtatCivilAnswers: the answer plugin's engine refuses a release without the section",
          "[etat-civil][answers]")
{
    const EtatCivilAnswerModule module;
    const auto shipped = module.engine(test::shippedRelease());
    REQUIRE(shipped.has_value());
    CHECK((*shipped)->procedures() == engine().procedures());
    const auto none = releaseWithSection([](QJsonObject &ec) { ec = {}; });
    REQUIRE(none.has_value());
    const auto refused = module.engine(*none);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("etat-civil")));
}
