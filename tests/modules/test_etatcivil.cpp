// SPDX-License-Identifier: GPL-3.0-or-later
// The état-civil rules against the shipped reference release. Expected
// verdicts and dates are written out from domain.md §1 and §7 (and computed
// by hand on a calendar), never taken from the code under test.
#include "testsupport.h"
#include "moduletesting.h"

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
