// SPDX-License-Identifier: GPL-3.0-or-later
// The electoral-list rules against the shipped reference release. Expected
// verdicts and dates are written out from domain.md §4 and §7 and counted by
// hand on a calendar (the 6th Friday, the 10th day, the holidays), never
// taken from the code under test.
#include "testsupport.h"
#include "domain/frenchdate.h"
#include "moduletesting.h"

#include "electoralanswers.h"
#include "electoralrules.h"
#include "reference/referencerelease.h"
#include "reference/workflow.h"
#include "registerexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace guichet;
using namespace guichet::test;
using namespace guichet::listeselectorales;

namespace {

const ElectoralRules &rules()
{
    return test::shippedRules<ElectoralRules>();
}

/// The release with its "listes-electorales" section changed by `edit`.
Result<ReferenceRelease> releaseWithSection(const std::function<void(QJsonObject &)> &edit)
{
    return test::shippedReleaseWith(QStringLiteral("listes-electorales"), edit);
}

/// The rules of a release whose section was changed by `edit`; the test fails if they are refused.
ElectoralRules rulesWith(const std::function<void(QJsonObject &)> &edit)
{
    auto r = releaseWithSection(edit);
    REQUIRE(r.has_value());
    auto rules = ElectoralRules::fromRelease(*r);
    INFO((rules ? QString() : rules.error().message).toStdString());
    REQUIRE(rules.has_value());
    return *rules;
}

/// The error message when the edited section is refused, or empty when it is accepted.
QString refusal(const std::function<void(QJsonObject &)> &edit)
{
    auto r = releaseWithSection(edit);
    REQUIRE(r.has_value());
    const auto rules = ElectoralRules::fromRelease(*r);
    return rules ? QString() : rules.error().message;
}

/// Adds a poll to the calendar (for dates the shipped calendar does not have).
std::function<void(QJsonObject &)> withPoll(const QString &id, const QString &kind, const QString &firstRound)
{
    return [=](QJsonObject &s) {
        auto polls = s.value(QStringLiteral("elections")).toArray();
        polls.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("kind"), kind},
                                 {QStringLiteral("label"), QStringLiteral("le scrutin ") + id},
                                 {QStringLiteral("firstRound"), firstRound},
                                 {QStringLiteral("assumption"), false}});
        s.insert(QStringLiteral("elections"), polls);
    };
}

Poll poll(const ElectoralRules &r, const QString &id)
{
    for (const Poll &p : r.elections())
        if (p.id == id)
            return p;
    FAIL("no poll " << id.toStdString());
    return {};
}

/// A French adult, at home in the commune, with a valid ID: only what a test changes decides.
RegistrationRequest french()
{
    RegistrationRequest r;
    r.requestKind = QStringLiteral("premiere-inscription");
    r.nationality = QStringLiteral("FR");
    r.birthDate = QDate(1990, 5, 12);
    r.attachment = QStringLiteral("domicile");
    r.idExpiry = QDate(2030, 1, 1);
    return r;
}

RegistrationRequest european(const QString &code, const QStringList &lists)
{
    RegistrationRequest r = french();
    r.nationality = code;
    r.lists = lists;
    return r;
}

QStringList pollIds(const QList<Poll> &polls)
{
    QStringList ids;
    for (const Poll &p : polls)
        ids << p.id;
    return ids;
}

const FrenchCalendar Metropole;
const QString Municipal = QStringLiteral("complementaire-municipale");
const QString European = QStringLiteral("complementaire-europeenne");

} // namespace

TEST_CASE("ElectoralRules: the shipped release has a complete electoral-lists section", "[elections]")
{
    const auto &r = rules();
    QStringList procedures;
    for (const auto &p : r.procedures())
        procedures << p.id;
    CHECK(procedures == QStringList{"listes-electorales.inscription", "listes-electorales.radiation"});
    for (const auto &p : r.procedures()) {
        const Workflow w = Workflow::fromJson(test::shippedRelease().workflow(p.workflowId));
        REQUIRE(w.isValid());
        CHECK(w.initial() == QStringLiteral("received"));
        // Received → decided → notified → transmitted to the REU; a refusal needs a reason.
        CHECK(w.allows(QStringLiteral("received"), QStringLiteral("accepted")));
        CHECK(w.allows(QStringLiteral("accepted"), QStringLiteral("accepted-notified")));
        CHECK(w.allows(QStringLiteral("accepted-notified"), QStringLiteral("transmitted")));
        CHECK(w.allows(QStringLiteral("refused"), QStringLiteral("refused-notified")));
        CHECK_FALSE(w.reasons(QStringLiteral("received"), QStringLiteral("refused")).isEmpty());
        CHECK(w.isTerminal(QStringLiteral("transmitted")));
        CHECK_FALSE(w.isTerminal(QStringLiteral("refused-notified")));
        CHECK(p.service == QStringLiteral("elections"));
    }
    // The appeal before the commission de contrôle follows a notified refusal.
    const Workflow registration = Workflow::fromJson(test::shippedRelease().workflow(QStringLiteral("listes-electorales.inscription")));
    CHECK(registration.allows(QStringLiteral("refused-notified"), QStringLiteral("appeal")));

    CHECK(r.votingAge() == 18);
    CHECK(r.identityGraceYears() == 5);
    CHECK(r.nationalities().first().id == QStringLiteral("FR"));
    CHECK(r.nationalities().last().id == QStringLiteral("hors-ue"));
    CHECK(r.nationalities().size() == 1 + 27 + 1);  // France, 26 other members and the United Kingdom, other
    CHECK(r.label(QStringLiteral("domicile-parent")).contains(QStringLiteral("26 ans")));
    CHECK(pollIds(r.elections())
          == QStringList{"municipales-2026", "presidentielle-2027", "departementales-2028", "regionales-2028",
                         "europeennes-2029", "municipales-2032"});
    CHECK(r.streets().stations().size() == 13);
}

TEST_CASE("ElectoralRules: the 6th Friday before the first round, the online service two days earlier",
          "[elections][deadline]")
{
    const auto &r = rules();
    struct Row { const char *poll; QDate cutoff; QDate online; QDate tenthDay; };
    const Row table[] = {
        // domain.md §4: municipales 2026, Fri 6 Feb at the town hall, Wed 4 Feb online.
        {"municipales-2026", QDate(2026, 2, 6), QDate(2026, 2, 4), QDate(2026, 3, 5)},
        {"presidentielle-2027", QDate(2027, 3, 5), QDate(2027, 3, 3), QDate(2027, 4, 1)},
        {"departementales-2028", QDate(2028, 2, 4), QDate(2028, 2, 2), QDate(2028, 3, 2)},
        {"europeennes-2029", QDate(2029, 5, 4), QDate(2029, 5, 2), QDate(2029, 5, 31)},
        {"municipales-2032", QDate(2032, 2, 6), QDate(2032, 2, 4), QDate(2032, 3, 4)},
    };
    for (const auto &row : table) {
        INFO(row.poll);
        const Poll p = poll(r, QLatin1String(row.poll));
        CHECK(r.legalCutoff(p) == row.cutoff);
        CHECK(r.legalCutoff(p).dayOfWeek() == Qt::Friday);
        CHECK(r.counterDeadline(p, Metropole) == row.cutoff);
        CHECK(r.onlineDeadline(p) == row.online);
        CHECK(r.exceptionDeadline(p, Metropole) == row.tenthDay);
    }
}

TEST_CASE("ElectoralRules: a cut-off on a closed day moves back to the last working day", "[elections][deadline]")
{
    SECTION("the 6th Friday is 8 May (Victoire 1945): Thursday 7 May at the counter")
    {
        const auto r = rulesWith(withPoll(QStringLiteral("test-juin-2026"), QStringLiteral("referendum"),
                                          QStringLiteral("2026-06-14")));
        const Poll p = poll(r, QStringLiteral("test-juin-2026"));
        CHECK(r.legalCutoff(p) == QDate(2026, 5, 8));
        CHECK(r.counterDeadline(p, Metropole) == QDate(2026, 5, 7));
        CHECK(r.onlineDeadline(p) == QDate(2026, 5, 6));
        CHECK(r.exceptionDeadline(p, Metropole) == QDate(2026, 6, 4));

        // The day before, on, and after the counter deadline.
        CHECK(r.deadline(french(), QDate(2026, 5, 6), Metropole).kind == DeadlineAnswer::Kind::OnTime);
        CHECK(r.deadline(french(), QDate(2026, 5, 7), Metropole).kind == DeadlineAnswer::Kind::OnTime);
        const auto after = r.deadline(french(), QDate(2026, 5, 8), Metropole);
        CHECK(after.kind == DeadlineAnswer::Kind::Missed);
        CHECK(pollIds(after.missed) == QStringList{"test-juin-2026"});
        CHECK(after.missedDeadline == QDate(2026, 5, 7));
        CHECK(pollIds(after.polls) == QStringList{"presidentielle-2027"});
    }

    SECTION("the 10th day is Ascension Thursday 6 May 2027: Wednesday 5 May")
    {
        const auto r = rulesWith(withPoll(QStringLiteral("test-mai-2027"), QStringLiteral("referendum"),
                                          QStringLiteral("2027-05-16")));
        const Poll p = poll(r, QStringLiteral("test-mai-2027"));
        CHECK(r.legalCutoff(p) == QDate(2027, 4, 9));
        CHECK(r.exceptionDeadline(p, Metropole) == QDate(2027, 5, 5));
    }

    SECTION("the 10th day is a Sunday (a poll on a Wednesday, built for the test): Friday before")
    {
        const auto r = rulesWith(withPoll(QStringLiteral("test-mercredi"), QStringLiteral("referendum"),
                                          QStringLiteral("2026-10-14")));
        const Poll p = poll(r, QStringLiteral("test-mercredi"));
        CHECK(r.legalCutoff(p) == QDate(2026, 9, 4));
        CHECK(r.exceptionDeadline(p, Metropole) == QDate(2026, 10, 2));
    }

    SECTION("Good Friday is a holiday in Alsace-Moselle only")
    {
        const auto r = rulesWith(withPoll(QStringLiteral("test-avril-2027"), QStringLiteral("referendum"),
                                          QStringLiteral("2027-05-02")));
        const Poll p = poll(r, QStringLiteral("test-avril-2027"));
        CHECK(r.legalCutoff(p) == QDate(2027, 3, 26));
        CHECK(r.counterDeadline(p, Metropole) == QDate(2027, 3, 26));
        CHECK(r.counterDeadline(p, ElectoralRules::calendarForCommune(QStringLiteral("57463"))) == QDate(2027, 3, 25));
    }
}

TEST_CASE("ElectoralRules: a registration counts for the next poll when on time, else for the one after",
          "[elections][deadline]")
{
    const auto &r = rules();
    SECTION("the day before, on and after the 6th Friday before the 2027 presidential election")
    {
        const auto before = r.deadline(french(), QDate(2027, 3, 4), Metropole);
        CHECK(before.kind == DeadlineAnswer::Kind::OnTime);
        CHECK(pollIds(before.polls) == QStringList{"presidentielle-2027"});
        CHECK(before.counterDeadline == QDate(2027, 3, 5));
        CHECK(before.onlineDeadline == QDate(2027, 3, 3));
        REQUIRE(before.sentences.size() == 2);
        CHECK(before.sentences.at(0)
              == QStringLiteral("Déposée aujourd'hui, l'inscription vaut pour l'élection présidentielle de 2027 "
                                "(premier tour le dimanche 11 avril 2027) : date limite au guichet le vendredi "
                                "5 mars 2027, en ligne le mercredi 3 mars 2027."));
        CHECK(before.sentences.at(1).contains(QStringLiteral("hypothèse")));

        CHECK(r.deadline(french(), QDate(2027, 3, 5), Metropole).kind == DeadlineAnswer::Kind::OnTime);

        const auto after = r.deadline(french(), QDate(2027, 3, 6), Metropole);
        CHECK(after.kind == DeadlineAnswer::Kind::Missed);
        CHECK(pollIds(after.missed) == QStringList{"presidentielle-2027"});
        CHECK(after.missedDeadline == QDate(2027, 3, 5));
        // Two polls on one Sunday are announced together.
        CHECK(pollIds(after.polls) == QStringList{"departementales-2028", "regionales-2028"});
        CHECK(after.sentences.at(0)
              == QStringLiteral("La date limite pour l'élection présidentielle de 2027 était le vendredi 5 mars "
                                "2027 : l'inscription vaudra pour les élections départementales de 2028 et les "
                                "élections régionales de 2028 (premier tour le dimanche 12 mars 2028)."));
    }

    SECTION("municipales 2026, whose date is not an assumption")
    {
        const auto d = r.deadline(french(), QDate(2026, 1, 15), Metropole);
        CHECK(pollIds(d.polls) == QStringList{"municipales-2026"});
        CHECK(d.sentences.size() == 1);
        CHECK(d.sentences.at(0).contains(QStringLiteral("vendredi 6 février 2026")));
        CHECK(d.sentences.at(0).contains(QStringLiteral("mercredi 4 février 2026")));
    }

    SECTION("the day of the first round is not upcoming any more")
    {
        CHECK(pollIds(r.deadline(french(), QDate(2027, 4, 11), Metropole).polls)
              == QStringList{"departementales-2028", "regionales-2028"});
    }

    SECTION("after the last poll of the calendar, and with no poll at all")
    {
        const auto late = r.deadline(french(), QDate(2032, 2, 10), Metropole);
        CHECK(late.kind == DeadlineAnswer::Kind::AfterCalendar);
        CHECK(pollIds(late.missed) == QStringList{"municipales-2032"});
        CHECK(late.polls.isEmpty());
        CHECK(late.sentences.at(0).contains(QStringLiteral("aucun autre scrutin")));

        const auto none = r.deadline(french(), QDate(2032, 3, 14), Metropole);
        CHECK(none.kind == DeadlineAnswer::Kind::NoPoll);
        CHECK(none.sentences == QStringList{r.text(QStringLiteral("deadline-none"))});
    }
}

TEST_CASE("ElectoralRules: the exceptions allow registering up to the 10th day before the poll",
          "[elections][deadline]")
{
    const auto &r = rules();
    const Poll presidential = poll(r, QStringLiteral("presidentielle-2027"));

    SECTION("each declared exception, its event after the cut-off: the day before, on and after the 10th day")
    {
        for (const char *id : {"mutation-retraite", "motif-professionnel", "retour-vie-civile", "naturalisation",
                               "droits-recouvres"}) {
            INFO(id);
            RegistrationRequest req = french();
            req.exception = QLatin1String(id);
            req.exceptionDate = QDate(2027, 3, 6);  // the day after the 6th Friday
            CHECK(r.exceptionApplies(req, presidential));
            const auto onDay = r.deadline(req, QDate(2027, 4, 1), Metropole);
            CHECK(onDay.kind == DeadlineAnswer::Kind::Exception);
            CHECK(onDay.exception == QLatin1String(id));
            CHECK(pollIds(onDay.polls) == QStringList{"presidentielle-2027"});
            CHECK(onDay.exceptionDeadline == QDate(2027, 4, 1));
            CHECK(onDay.sentences.at(0).contains(r.label(QLatin1String(id))));
            CHECK(onDay.sentences.at(0).contains(QStringLiteral("jeudi 1er avril 2027")));
            CHECK(r.deadline(req, QDate(2027, 3, 31), Metropole).kind == DeadlineAnswer::Kind::Exception);
            const auto after = r.deadline(req, QDate(2027, 4, 2), Metropole);
            CHECK(after.kind == DeadlineAnswer::Kind::Missed);
            CHECK(after.missedDeadline == QDate(2027, 4, 1));
            CHECK(pollIds(after.polls) == QStringList{"departementales-2028", "regionales-2028"});
        }
    }

    SECTION("only the cases article L30 lists: a move for a personal reason is not among them")
    {
        QStringList listed;
        for (const Choice &c : r.exceptions())
            listed << c.id;
        CHECK(listed == QStringList{"mutation-retraite", "motif-professionnel", "retour-vie-civile", "majorite",
                                    "naturalisation", "droits-recouvres"});
        RegistrationRequest req = french();
        req.exception = QStringLiteral("demenagement");  // the former catch-all id is no exception
        req.exceptionDate = QDate(2027, 3, 6);
        CHECK_FALSE(r.exceptionApplies(req, presidential));
    }

    SECTION("an event on the cut-off day itself is not after it: the exception does not apply, and the answer says so")
    {
        RegistrationRequest req = french();
        req.exception = QStringLiteral("motif-professionnel");
        req.exceptionDate = QDate(2027, 3, 5);
        CHECK_FALSE(r.exceptionApplies(req, presidential));
        const auto d = r.deadline(req, QDate(2027, 3, 20), Metropole);
        CHECK(d.kind == DeadlineAnswer::Kind::Missed);
        CHECK(d.sentences.at(0).contains(QStringLiteral("ne vaut que pour un événement postérieur")));
    }

    SECTION("an event on the day of the poll is too late for it")
    {
        RegistrationRequest req = french();
        req.exception = QStringLiteral("naturalisation");
        req.exceptionDate = QDate(2027, 4, 11);
        CHECK_FALSE(r.exceptionApplies(req, presidential));
    }

    SECTION("turning 18 after the cut-off needs no declaration")
    {
        RegistrationRequest req = french();
        req.birthDate = QDate(2009, 3, 6);  // 18 on Saturday 6 March 2027, the day after the cut-off
        CHECK(r.exceptionApplies(req, presidential));
        const auto d = r.deadline(req, QDate(2027, 3, 20), Metropole);
        CHECK(d.kind == DeadlineAnswer::Kind::Exception);
        CHECK(d.exception == QStringLiteral("majorite"));
        CHECK(r.eligibility(req, QDate(2027, 3, 20), Metropole).eligible);

        req.birthDate = QDate(2009, 3, 5);  // 18 on the cut-off day: should have registered in time
        CHECK_FALSE(r.exceptionApplies(req, presidential));
        CHECK(r.deadline(req, QDate(2027, 3, 20), Metropole).kind == DeadlineAnswer::Kind::Missed);
    }

    SECTION("turning 18 between the two rounds after the cut-off needs no declaration either")
    {
        RegistrationRequest req = french();
        req.birthDate = QDate(2009, 4, 24);  // 18 on the eve of the second round, 25 April 2027
        CHECK(r.exceptionApplies(req, presidential));
        CHECK(r.deadline(req, QDate(2027, 3, 20), Metropole).kind == DeadlineAnswer::Kind::Exception);
        req.birthDate = QDate(2009, 4, 25);  // 18 on the day of the second round
        CHECK_FALSE(r.exceptionApplies(req, presidential));
    }

    SECTION("born on 29 February: 18 on 28 February in a common year")
    {
        RegistrationRequest req = french();
        req.birthDate = QDate(2008, 2, 29);
        CHECK(r.votingAgeDate(req.birthDate) == QDate(2026, 2, 28));
        const auto d = r.deadline(req, QDate(2026, 3, 2), Metropole);
        CHECK(d.kind == DeadlineAnswer::Kind::Exception);
        CHECK(pollIds(d.polls) == QStringList{"municipales-2026"});
        CHECK(d.exceptionDeadline == QDate(2026, 3, 5));
    }
}

TEST_CASE("ElectoralRules: 18 on the eve of the first round, or of the second round to vote in it only",
          "[elections][eligibility]")
{
    const auto &r = rules();
    const Poll presidential = poll(r, QStringLiteral("presidentielle-2027"));  // 11 and 25 April 2027
    REQUIRE(presidential.secondRound == QDate(2027, 4, 25));
    struct Row { QDate birth; bool ofAge; bool eligible; const char *rule; };
    const Row table[] = {
        {QDate(2009, 4, 9), true, true, "age-ok"},               // 18 two days before
        {QDate(2009, 4, 10), true, true, "age-ok"},              // 18 on the eve
        {QDate(2009, 4, 11), false, true, "second-round-only"},  // 18 on the day of the first round
        {QDate(2009, 4, 24), false, true, "second-round-only"},  // 18 on the eve of the second round
        {QDate(2009, 4, 25), false, false, "under-age"},         // 18 on the day of the second round
    };
    for (const auto &row : table) {
        INFO(row.birth.toString(Qt::ISODate).toStdString());
        CHECK(r.isOfAgeForPoll(row.birth, presidential) == row.ofAge);
        RegistrationRequest req = french();
        req.birthDate = row.birth;
        const Eligibility e = r.eligibility(req, QDate(2027, 1, 15), Metropole);
        CHECK(e.eligible == row.eligible);
        const auto age = std::find_if(e.findings.cbegin(), e.findings.cend(), [](const Finding &f) {
            return f.rule.startsWith(QLatin1String("age-")) || f.rule.startsWith(QLatin1String("under-age"))
                || f.rule == QLatin1String("second-round-only");
        });
        REQUIRE(age != e.findings.cend());
        CHECK(age->rule == QLatin1String(row.rule));
        if (age->rule != QLatin1String("age-ok")) {
            CHECK(age->sentence.contains(QStringLiteral("l'élection présidentielle de 2027")));
            CHECK(age->sentence.contains(frenchdate::longDate(row.birth.addYears(18))));
        }
        if (age->rule == QLatin1String("second-round-only"))
            CHECK(age->sentence.contains(QStringLiteral("dimanche 25 avril 2027")));
    }

    SECTION("a single-round poll has no second chance")
    {
        const Poll european = poll(r, QStringLiteral("europeennes-2029"));
        CHECK_FALSE(european.secondRound.isValid());
        RegistrationRequest req = french();
        req.birthDate = QDate(2011, 6, 10);  // 18 on the day of the poll, 10 June 2029
        const Eligibility e = r.eligibility(req, QDate(2029, 1, 15), Metropole);
        CHECK_FALSE(e.eligible);
        CHECK(e.firstRefusal().rule == QStringLiteral("under-age"));
    }

    SECTION("too young for any poll of the calendar")
    {
        RegistrationRequest req = french();
        req.birthDate = QDate(2012, 1, 1);
        const Eligibility e = r.eligibility(req, QDate(2026, 12, 1), Metropole);
        CHECK(e.firstRefusal().rule == QStringLiteral("under-age"));
        CHECK(e.firstRefusal().sentence.contains(QStringLiteral("mardi 1er janvier 2030")));

        req.birthDate = QDate(2016, 1, 1);
        const Eligibility after = r.eligibility(req, QDate(2032, 6, 1), Metropole);
        CHECK(after.firstRefusal().rule == QStringLiteral("under-age-no-poll"));
    }

    SECTION("no birth date, no verdict")
    {
        RegistrationRequest req = french();
        req.birthDate = {};
        CHECK(r.eligibility(req, QDate(2026, 12, 1), Metropole).firstRefusal().rule == QStringLiteral("needs-birth-date"));
    }
}

TEST_CASE("ElectoralRules: French nationals, EU citizens, the United Kingdom and other nationalities",
          "[elections][eligibility]")
{
    const auto &r = rules();
    const QDate today(2026, 12, 1);
    struct Row { const char *code; QStringList lists; bool eligible; const char *rule; QStringList onLists; };
    const Row table[] = {
        {"FR", {}, true, "eligible-french", {"generale"}},
        {"FR", {Municipal}, true, "eligible-french", {"generale"}},  // a French national is on the general list only
        {"DE", {Municipal}, true, "eligible-eu", {Municipal}},
        {"PT", {Municipal, European}, true, "eligible-eu", {Municipal, European}},
        {"HR", {European}, true, "eligible-eu", {European}},
        {"DE", {}, false, "eu-needs-list", {}},
        {"GB", {Municipal}, false, "former-eu", {}},
        {"hors-ue", {Municipal}, false, "not-eu", {}},
        {"", {}, false, "needs-nationality", {}},
    };
    for (const auto &row : table) {
        INFO(row.code << " " << row.lists.join(u',').toStdString());
        const auto req = european(QLatin1String(row.code), row.lists);
        const Eligibility e = r.eligibility(req, today, Metropole);
        CHECK(e.eligible == row.eligible);
        CHECK(e.findings.first().rule == QLatin1String(row.rule));
        CHECK(e.lists == row.onLists);
    }

    const auto uk = r.eligibility(european(QStringLiteral("GB"), {Municipal}), today, Metropole);
    CHECK(uk.firstRefusal().sentence
          == QStringLiteral("Le Royaume-Uni ne fait plus partie de l'Union européenne depuis le samedi 1er février "
                            "2020 : ses ressortissants ne peuvent plus être inscrits sur les listes complémentaires."));
    const auto pt = r.eligibility(european(QStringLiteral("PT"), {Municipal, European}), today, Metropole);
    CHECK(pt.findings.first().sentence.contains(
        QStringLiteral("liste complémentaire municipale et la liste complémentaire européenne")));
    CHECK(pt.findings.first().sentence.contains(QStringLiteral("élections européennes et élections municipales")));

    SECTION("membership dates bound the complementary lists, both bounds included")
    {
        const auto ukEve = european(QStringLiteral("GB"), {European});
        CHECK(r.listsFor(ukEve, QDate(2020, 1, 31)) == QStringList{European});
        CHECK(r.listsFor(ukEve, QDate(2020, 2, 1)).isEmpty());
        const auto croatia = european(QStringLiteral("HR"), {Municipal});
        CHECK(r.listsFor(croatia, QDate(2013, 6, 30)).isEmpty());
        CHECK(r.listsFor(croatia, QDate(2013, 7, 1)) == QStringList{Municipal});
        CHECK(r.eligibility(croatia, QDate(2013, 6, 30), Metropole).findings.first().rule == QStringLiteral("not-eu"));
    }
}

TEST_CASE("ElectoralRules: the complementary lists serve their own election kinds only", "[elections][deadline]")
{
    const auto &r = rules();
    const QDate today(2026, 12, 1);
    CHECK(pollIds(r.upcomingPolls({QStringLiteral("generale")}, today))
          == QStringList{"presidentielle-2027", "departementales-2028", "regionales-2028", "europeennes-2029",
                         "municipales-2032"});
    CHECK(pollIds(r.upcomingPolls({Municipal}, today)) == QStringList{"municipales-2032"});
    CHECK(pollIds(r.upcomingPolls({European}, today)) == QStringList{"europeennes-2029"});
    CHECK(pollIds(r.upcomingPolls({Municipal, European}, today)) == QStringList{"europeennes-2029", "municipales-2032"});

    // An EU citizen's registration counts for the next poll of the lists asked.
    const auto municipal = r.deadline(european(QStringLiteral("IT"), {Municipal}), today, Metropole);
    CHECK(pollIds(municipal.polls) == QStringList{"municipales-2032"});
    CHECK(municipal.counterDeadline == QDate(2032, 2, 6));
    const auto both = r.deadline(european(QStringLiteral("IT"), {Municipal, European}), today, Metropole);
    CHECK(pollIds(both.polls) == QStringList{"europeennes-2029"});
    // Before 2026: the municipal elections of March 2026.
    CHECK(pollIds(r.deadline(european(QStringLiteral("IT"), {Municipal}), QDate(2026, 1, 10), Metropole).polls)
          == QStringList{"municipales-2026"});
}

TEST_CASE("ElectoralRules: each attachment to the commune, its condition and its proof", "[elections][eligibility]")
{
    const auto &r = rules();
    struct Row
    {
        const char *name;
        std::function<void(RegistrationRequest &)> set;
        QDate today;
        bool ok;
        const char *rule;
        QStringList proofs;
    };
    const auto attach = [](const char *id) { return [id](RegistrationRequest &q) { q.attachment = QLatin1String(id); }; };
    const Row table[] = {
        {"domicile", attach("domicile"), QDate(2026, 12, 1), true, "attachment-ok", {"domicile"}},
        {"domicile, hosted", [](RegistrationRequest &q) { q.attachment = QStringLiteral("domicile"); q.hosted = true; },
         QDate(2026, 12, 1), true, "attachment-ok",
         {"hebergement-attestation", "hebergement-identite", "hebergement-domicile", "hebergement-courrier"}},
        {"residence for 6 months to the day",
         [](RegistrationRequest &q) { q.attachment = QStringLiteral("residence"); q.residenceSince = QDate(2026, 6, 1); },
         QDate(2026, 12, 1), true, "attachment-ok", {"residence-ancienne", "residence-recente"}},
        {"residence one day short",
         [](RegistrationRequest &q) { q.attachment = QStringLiteral("residence"); q.residenceSince = QDate(2026, 6, 2); },
         QDate(2026, 12, 1), false, "residence-too-short", {"residence-ancienne", "residence-recente"}},
        {"residence with no start", attach("residence"), QDate(2026, 12, 1), false, "needs-residence-start",
         {"residence-ancienne", "residence-recente"}},
        {"taxpayer for 2 years",
         [](RegistrationRequest &q) { q.attachment = QStringLiteral("contribuable"); q.taxYears = 2; },
         QDate(2026, 12, 1), true, "attachment-ok", {"impots-locaux"}},
        {"taxpayer for 1 year",
         [](RegistrationRequest &q) { q.attachment = QStringLiteral("contribuable"); q.taxYears = 1; },
         QDate(2026, 12, 1), false, "tax-too-short", {"impots-locaux"}},
        {"company manager for 2 years",
         [](RegistrationRequest &q) { q.attachment = QStringLiteral("gerant"); q.taxYears = 2; },
         QDate(2026, 12, 1), true, "attachment-ok", {"gerant-qualite", "gerant-impots"}},
        {"company manager for 1 year",
         [](RegistrationRequest &q) { q.attachment = QStringLiteral("gerant"); q.taxYears = 1; },
         QDate(2026, 12, 1), false, "tax-too-short", {"gerant-qualite", "gerant-impots"}},
        {"spouse of a taxpayer-registered voter",
         [](RegistrationRequest &q) { q.attachment = QStringLiteral("conjoint-contribuable"); q.spouseTaxpayer = true; },
         QDate(2026, 12, 1), true, "attachment-ok", {"conjoint-lien", "conjoint-impots"}},
        {"spouse of a voter not registered as a taxpayer", attach("conjoint-contribuable"), QDate(2026, 12, 1), false,
         "spouse-not-registered", {"conjoint-lien", "conjoint-impots"}},
        {"at a parent's, the eve of the 26th birthday",
         [](RegistrationRequest &q) { q.attachment = QStringLiteral("domicile-parent"); q.birthDate = QDate(2000, 12, 1); },
         QDate(2026, 11, 30), true, "attachment-ok", {"parent-domicile", "parent-filiation", "parent-attestation"}},
        {"at a parent's, on the 26th birthday",
         [](RegistrationRequest &q) { q.attachment = QStringLiteral("domicile-parent"); q.birthDate = QDate(2000, 12, 1); },
         QDate(2026, 12, 1), false, "too-old-for-parent", {"parent-domicile", "parent-filiation", "parent-attestation"}},
        {"a civil servant whose residence in the commune is compulsory (L11)", attach("residence-obligatoire"),
         QDate(2026, 12, 1), true, "attachment-ok", {"residence-obligatoire"}},
        {"no attachment", attach(""), QDate(2026, 12, 1), false, "needs-attachment", {}},
    };
    for (const auto &row : table) {
        INFO(row.name);
        RegistrationRequest req = french();
        row.set(req);
        const Eligibility e = r.eligibility(req, row.today, Metropole);
        CHECK(e.eligible == row.ok);
        CHECK(e.findings.at(2).rule == QLatin1String(row.rule));
        QStringList proofs = ids(r.checklist(QString(RegistrationProcedureId), r.situation(req, row.today)));
        // Every registration brings the form and an identity document.
        CHECK(proofs.mid(0, 2) == QStringList{"cerfa-12669", "identite"});
        CHECK(proofs.mid(2) == row.proofs);
    }

    RegistrationRequest shortResidence = french();
    shortResidence.attachment = QStringLiteral("residence");
    shortResidence.residenceSince = QDate(2026, 6, 2);
    CHECK(r.eligibility(shortResidence, QDate(2026, 12, 1), Metropole).findings.at(2).sentence
          == QStringLiteral("La résidence effective doit durer depuis au moins 6 mois : commencée le mardi 2 juin "
                            "2026, elle remplira la condition le mercredi 2 décembre 2026."));
}

TEST_CASE("ElectoralRules: a French applicant's title valid or expired for less than 5 years proves identity, an older one "
          "asks for other proofs without refusing",
          "[elections][eligibility]")
{
    const auto &r = rules();
    struct Row { QDate expiry; QDate today; bool ok; const char *rule; };
    const Row table[] = {
        {QDate(2030, 1, 1), QDate(2026, 12, 1), true, "id-ok"},            // valid
        {QDate(2026, 12, 1), QDate(2026, 12, 1), true, "id-ok"},           // last day of validity
        {QDate(2021, 12, 2), QDate(2026, 12, 1), true, "id-ok"},           // expired 5 years less a day
        {QDate(2021, 12, 1), QDate(2026, 12, 1), true, "id-other-proof"},  // expired 5 years ago today
        {QDate(2020, 6, 30), QDate(2026, 12, 1), true, "id-other-proof"},
        {QDate(), QDate(2026, 12, 1), false, "needs-id-expiry"},
    };
    for (const auto &row : table) {
        INFO(row.expiry.toString(Qt::ISODate).toStdString());
        RegistrationRequest req = french();
        req.idExpiry = row.expiry;
        const Eligibility e = r.eligibility(req, row.today, Metropole);
        CHECK(e.eligible == row.ok);
        CHECK(e.findings.at(3).rule == QLatin1String(row.rule));
    }
    // The checklist then asks for another title of the arrêté's list and a proof of nationality.
    RegistrationRequest old = french();
    old.idExpiry = QDate(2019, 4, 30);
    const QStringList proofs = ids(r.checklist(QString(RegistrationProcedureId), r.situation(old, QDate(2026, 12, 1))));
    CHECK_FALSE(proofs.contains(QStringLiteral("identite")));
    CHECK(proofs.contains(QStringLiteral("identite-autre")));
    CHECK(proofs.contains(QStringLiteral("nationalite")));
    CHECK(r.eligibility(old, QDate(2026, 12, 1), Metropole).findings.at(3).sentence.contains(QStringLiteral("reste possible")));

    // A citizen of another State shows that State's title: an old one is refused.
    RegistrationRequest spanish = european(QStringLiteral("ES"), {Municipal});
    spanish.idExpiry = QDate(2019, 4, 30);
    const Eligibility refused = r.eligibility(spanish, QDate(2026, 12, 1), Metropole);
    CHECK_FALSE(refused.eligible);
    CHECK(refused.findings.at(3).rule == QStringLiteral("id-expired"));
}

TEST_CASE("ElectoralRules: an EU citizen's checklist names the form of each list asked", "[elections][checklist]")
{
    const auto &r = rules();
    const QDate today(2026, 12, 1);
    CHECK(ids(r.checklist(QString(RegistrationProcedureId), r.situation(european(QStringLiteral("ES"), {Municipal}), today)))
          == QStringList{"cerfa-12670", "identite-ue", "domicile"});
    CHECK(ids(r.checklist(QString(RegistrationProcedureId),
                          r.situation(european(QStringLiteral("ES"), {Municipal, European}), today)))
          == QStringList{"cerfa-12670", "cerfa-12671", "identite-ue", "domicile"});

    RegistrationRequest moved = french();
    // Each exception of L30 asks for the proof of its event.
    const std::pair<const char *, const char *> proofs[] = {{"mutation-retraite", "exception-mutation"},
                                                            {"motif-professionnel", "exception-professionnel"},
                                                            {"retour-vie-civile", "exception-vie-civile"},
                                                            {"naturalisation", "exception-naturalisation"},
                                                            {"droits-recouvres", "exception-droits"}};
    for (const auto &[exception, proof] : proofs) {
        INFO(exception);
        RegistrationRequest moved = french();
        moved.exception = QLatin1String(exception);
        moved.exceptionDate = QDate(2027, 3, 10);
        CHECK(ids(r.checklist(QString(RegistrationProcedureId), r.situation(moved, today))).contains(QLatin1String(proof)));
    }
    CHECK(ids(r.checklist(QString(RemovalProcedureId), {})) == QStringList{"demande-ecrite", "identite-ue"});
}

TEST_CASE("ElectoralRules: only an EU citizen may ask to be removed from a list", "[elections][removal]")
{
    const auto &r = rules();
    const QDate today(2026, 12, 1);
    struct Row { const char *code; QStringList lists; bool allowed; const char *rule; };
    const Row table[] = {
        {"FR", {Municipal}, false, "removal-french"},
        {"BE", {Municipal}, true, "removal-eu"},
        {"BE", {}, false, "removal-needs-list"},
        {"GB", {Municipal}, false, "removal-not-eu"},
        {"hors-ue", {Municipal}, false, "removal-not-eu"},
    };
    for (const auto &row : table) {
        INFO(row.code);
        const RemovalAnswer a = r.removal(QLatin1String(row.code), row.lists, today);
        CHECK(a.allowed == row.allowed);
        CHECK(a.rule == QLatin1String(row.rule));
        CHECK_FALSE(a.sentence.isEmpty());
    }
    CHECK(r.removal(QStringLiteral("FR"), {}, today).sentence.startsWith(
        QStringLiteral("Un électeur de nationalité française ne peut pas demander sa radiation")));
}

TEST_CASE("ElectoralRules: the mayor decides within 5 days, notifies within 2, the appeal runs 5 days",
          "[elections][deadline]")
{
    const auto &r = rules();
    struct Row { const char *what; QDate start; QDate due; };
    // Civil counting: the start day is not counted; a last day on a Saturday,
    // Sunday or holiday moves to the next working day.
    const Row decisions[] = {
        {"Tuesday + 5 = Sunday → Monday", QDate(2026, 12, 1), QDate(2026, 12, 7)},
        {"Wednesday + 5 = Monday", QDate(2026, 12, 2), QDate(2026, 12, 7)},
        {"Monday + 5 = Saturday 26 December → Monday 28", QDate(2026, 12, 21), QDate(2026, 12, 28)},
        {"Thursday + 5 = Tuesday 14 July → Wednesday 15", QDate(2026, 7, 9), QDate(2026, 7, 15)},
    };
    for (const auto &row : decisions) {
        INFO(row.what);
        CHECK(r.decisionDue(row.start, Metropole) == row.due);
    }
    CHECK(r.notificationDue(QDate(2026, 12, 4), Metropole) == QDate(2026, 12, 7));    // Friday + 2 = Sunday
    CHECK(r.notificationDue(QDate(2026, 12, 23), Metropole) == QDate(2026, 12, 28));  // + 2 = Christmas, then Saturday, Sunday
    CHECK(r.notificationDue(QDate(2026, 12, 1), Metropole) == QDate(2026, 12, 3));
    CHECK(r.appealDeadline(QDate(2026, 12, 10), Metropole) == QDate(2026, 12, 15));
    CHECK(r.decisionSentence(QDate(2026, 12, 7))
          == QStringLiteral("Décision du maire au plus tard le lundi 7 décembre 2026, notifiée dans les 2 jours."));
}

TEST_CASE("ElectoralRules: the polling station of an address", "[elections][station]")
{
    const auto &r = rules();
    struct Row { const char *number; const char *street; StationAnswer::Kind kind; const char *station; };
    using K = StationAnswer::Kind;
    const Row table[] = {
        // Rue de Siam: odd 1–49 → 101, odd 51– → 102, even 2– → 102.
        {"1", "Rue de Siam", K::Found, "0101"},
        {"49", "Rue de Siam", K::Found, "0101"},     // upper bound included
        {"51", "Rue de Siam", K::Found, "0102"},
        {"2", "Rue de Siam", K::Found, "0102"},
        {"48", "rue de siam", K::Found, "0102"},     // the even side of the same stretch
        {"12 bis", "RUE DE SIAM", K::Found, "0102"},
        {"12B", "r. de Siam", K::Found, "0102"},
        // Rue Jean Jaurès: both 1–99 → 103; 100–199 even → 103, odd → 104; 200– → 104.
        {"99", "Rue Jean Jaurès", K::Found, "0103"},
        {"100", "Rue Jean Jaures", K::Found, "0103"},
        {"101", "rue jean-jaurès", K::Found, "0104"},
        {"198", "Jean Jaurès", K::Found, "0103"},
        {"199", "jaures", K::Found, "0104"},
        {"200", "Rue Jean Jaurès", K::Found, "0104"},
        {"60", "Bd de Plymouth", K::Found, "0202"},
        {"61", "boulevard de plymouth", K::Found, "0201"},
        {"3", "Rue de l'Église", K::Found, "0501"},
        {"3", "r de l eglise", K::Found, "0501"},
        {"", "Place de la Liberté", K::Found, "0101"},  // one station for the whole street: no number needed
        {"", "Rue de Siam", K::NumberNeeded, ""},
        {"0", "Rue de Siam", K::NumberOutside, ""},
        {"bis", "Rue de Siam", K::NumberOutside, ""},
        {"5", "Gouesnou", K::SeveralStreets, ""},
        {"5", "Rte de Gouesnou", K::Found, "0401"},
        {"5", "Rue des Mimosas", K::UnknownStreet, ""},
        {"7", "rue de paris", K::Found, "0104"},
        {"8", "rue de paris", K::Found, "0105"},
        {"3", "st marc", K::SeveralStreets, ""},
        {"5", "  ", K::Empty, ""},
    };
    for (const auto &row : table) {
        INFO(row.number << " " << row.street);
        const StationAnswer a = r.pollingStation(QString::fromUtf8(row.number), QString::fromUtf8(row.street));
        CHECK(a.kind == row.kind);
        CHECK(a.station.id == QLatin1String(row.station));
        CHECK(a.sentence.isEmpty() == (row.kind == K::Empty));
    }

    const auto found = r.pollingStation(QStringLiteral("12"), QStringLiteral("rue de siam"));
    CHECK(found.street == QStringLiteral("Rue de Siam"));
    CHECK(found.sentence == QStringLiteral("Bureau de vote : Bureau 102 — École de Siam (30 rue de Siam)."));
    const auto several = r.pollingStation(QStringLiteral("5"), QStringLiteral("gouesnou"));
    CHECK(several.candidates == QStringList{"Rue de Gouesnou", "Route de Gouesnou"});
    CHECK(several.sentence.contains(QStringLiteral("Rue de Gouesnou, Route de Gouesnou")));
    CHECK(r.pollingStation(QStringLiteral("5"), QStringLiteral("Rue des Mimosas")).sentence.contains(QStringLiteral("« Rue des Mimosas »")));
    CHECK(r.pollingStation(QStringLiteral("3"), QStringLiteral("st marc")).candidates == QStringList{"Rue Saint-Marc", "Route du Vieux Saint-Marc"});
    CHECK(r.pollingStation(QString(), QStringLiteral("Rue de Siam")).sentence.contains(QStringLiteral("indiquez le numéro")));
    CHECK(r.pollingStation(QStringLiteral("0"), QStringLiteral("Rue de Siam")).sentence.contains(QStringLiteral("« 0 »")));

    CHECK(StreetTable::parseNumber(QStringLiteral(" 12 bis "))->value == 12);
    CHECK(StreetTable::parseNumber(QStringLiteral(" 12 bis "))->suffix == QStringLiteral("bis"));
    CHECK_FALSE(StreetTable::parseNumber(QStringLiteral("bis 12")));
    CHECK_FALSE(StreetTable::parseNumber(QStringLiteral("0")));
}

namespace {

std::function<void(QJsonObject &)> addStreet(const QJsonObject &row)
{
    return [row](QJsonObject &s) {
        auto streets = s.value(QStringLiteral("streets")).toArray();
        streets.append(row);
        s.insert(QStringLiteral("streets"), streets);
    };
}

QJsonObject streetRow(const char *street, int from, int to, const char *side, const char *station)
{
    QJsonObject o{{QStringLiteral("street"), QString::fromUtf8(street)}, {QStringLiteral("from"), from},
                  {QStringLiteral("side"), QLatin1String(side)}, {QStringLiteral("station"), QLatin1String(station)}};
    if (to > 0)
        o.insert(QStringLiteral("to"), to);
    return o;
}

} // namespace

TEST_CASE("ElectoralRules: a street table where an address would have two stations is refused", "[elections][station][reference]")
{
    // Rue de Siam holds odd 1–49, odd 51– and even 2–.
    struct Row { const char *what; QJsonObject row; bool refused; };
    const Row table[] = {
        {"odd 45–47 inside odd 1–49", streetRow("Rue de Siam", 45, 47, "odd", "0102"), true},
        {"odd 49–49 on the last number of odd 1–49", streetRow("rue de siam", 49, 49, "odd", "0102"), true},
        {"both 1–1: 1 is odd, inside odd 1–49", streetRow("Rue de Siam", 1, 1, "both", "0102"), true},
        {"even 50–50 inside even 2–", streetRow("RUE DE SIAM", 50, 50, "even", "0101"), true},
        {"Rue de Siam has no odd number 50", streetRow("Rue de Siam", 50, 50, "odd", "0101"), false},
        {"another street", streetRow("Rue de Brest", 1, 0, "both", "0101"), false},
    };
    for (const auto &row : table) {
        INFO(row.what);
        const QString message = refusal(addStreet(row.row));
        CHECK(message.isEmpty() == !row.refused);
        if (row.refused)
            CHECK(message.contains(QStringLiteral("overlap")));
    }
    CHECK(refusal(addStreet(streetRow("Rue Neuve", 1, 0, "both", "9999"))).contains(QStringLiteral("unknown polling station \"9999\"")));
    CHECK(refusal(addStreet(streetRow("Rue Neuve", 1, 0, "left", "0101"))).contains(QStringLiteral("side \"left\"")));
    CHECK(refusal(addStreet(streetRow("Rue Neuve", 10, 5, "both", "0101"))).contains(QStringLiteral("number range")));
}

TEST_CASE("ElectoralRules: an incomplete section is refused with what is wrong", "[elections][reference]")
{
    const QString noSection = refusal([](QJsonObject &s) { s = {}; });
    CHECK(noSection.contains(QStringLiteral("has no \"listes-electorales\" section")));

    struct Row { const char *what; std::function<void(QJsonObject &)> edit; const char *expected; };
    const auto remove = [](const char *key) {
        return [key](QJsonObject &s) { s.remove(QLatin1String(key)); };
    };
    const auto editObject = [](const char *key, std::function<void(QJsonObject &)> inner) {
        return [key, inner](QJsonObject &s) {
            auto o = s.value(QLatin1String(key)).toObject();
            inner(o);
            s.insert(QLatin1String(key), o);
        };
    };
    const auto editArrayItem = [](const char *key, int index, std::function<void(QJsonObject &)> inner) {
        return [key, index, inner](QJsonObject &s) {
            auto a = s.value(QLatin1String(key)).toArray();
            auto o = a.at(index).toObject();
            inner(o);
            a.replace(index, o);
            s.insert(QLatin1String(key), a);
        };
    };
    const Row table[] = {
        {"no voting age", remove("ages"), "voting age"},
        {"no general list", editArrayItem("lists", 0, [](QJsonObject &o) { o.insert(QStringLiteral("id"), QStringLiteral("principale")); }),
         "general list"},
        {"an election kind with an unknown list",
         editArrayItem("electionKinds", 0, [](QJsonObject &o) { o.insert(QStringLiteral("lists"), QJsonArray{QStringLiteral("consulaire")}); }),
         "unknown list \"consulaire\""},
        {"a poll of an unknown kind",
         editArrayItem("elections", 0, [](QJsonObject &o) { o.insert(QStringLiteral("kind"), QStringLiteral("senatoriales")); }),
         "unknown election kind \"senatoriales\""},
        {"a poll with no valid date",
         editArrayItem("elections", 1, [](QJsonObject &o) { o.insert(QStringLiteral("firstRound"), QStringLiteral("2027-04-31")); }),
         "presidentielle-2027"},
        {"an EU member with no date", editObject("nationality", [](QJsonObject &n) {
             auto members = n.value(QStringLiteral("euMembers")).toArray();
             auto first = members.at(0).toObject();
             first.remove(QStringLiteral("from"));
             members.replace(0, first);
             n.insert(QStringLiteral("euMembers"), members);
         }), "EU member \"DE\""},
        {"an attachment with an unknown condition",
         editArrayItem("attachments", 1, [](QJsonObject &o) { o.insert(QStringLiteral("condition"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("since-weeks")}}); }),
         "unknown condition \"since-weeks\""},
        {"a residence with no duration",
         editArrayItem("attachments", 1, [](QJsonObject &o) { o.insert(QStringLiteral("condition"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("since-months")}}); }),
         "no label or no duration"},
        {"a cut-off rule for closed days that the code does not know",
         editObject("deadlines", [](QJsonObject &d) {
             auto standard = d.value(QStringLiteral("standard")).toObject();
             standard.insert(QStringLiteral("ifClosed"), QStringLiteral("ask-the-prefect"));
             d.insert(QStringLiteral("standard"), standard);
         }), "registration deadlines"},
        {"a delay with an unknown counting", editObject("delays", [](QJsonObject &d) {
             d.insert(QStringLiteral("decision"), QJsonObject{{QStringLiteral("days"), 5}, {QStringLiteral("counting"), QStringLiteral("franc")}});
         }), "delay"},
        {"a sentence with a missing argument", editObject("texts", [](QJsonObject &t) {
             t.insert(QStringLiteral("under-age"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Trop jeune : %1.")},
                                                               {QStringLiteral("args"), QJsonArray{QStringLiteral("date")}}});
         }), "\"under-age\" must take 3 arguments"},
        {"a missing sentence", editObject("texts", [](QJsonObject &t) { t.remove(QStringLiteral("removal-french")); }),
         "\"removal-french\" is missing"},
        {"a letter without its appeal paragraph", editObject("letters", [](QJsonObject &l) { l.remove(QStringLiteral("appeal")); }),
         "\"appeal\""},
        {"a workflow without the notified state", [](QJsonObject &s) {
             auto flows = s.value(QStringLiteral("workflows")).toObject();
             auto flow = flows.value(QStringLiteral("listes-electorales.radiation")).toObject();
             auto states = flow.value(QStringLiteral("states")).toArray();
             QJsonArray kept;
             for (const auto &st : states)
                 if (st.toObject().value(QStringLiteral("id")).toString() != QStringLiteral("accepted-notified"))
                     kept << st;
             flow.insert(QStringLiteral("states"), kept);
             flows.insert(QStringLiteral("listes-electorales.radiation"), flow);
             s.insert(QStringLiteral("workflows"), flows);
         }, "no state \"accepted-notified\""},
        {"no removal procedure", [](QJsonObject &s) {
             auto procedures = s.value(QStringLiteral("procedures")).toArray();
             procedures.removeAt(1);
             s.insert(QStringLiteral("procedures"), procedures);
         }, "\"listes-electorales.radiation\" is missing"},
        {"no polling station", remove("pollingStations"), "no polling station"},
    };
    for (const auto &row : table) {
        INFO(row.what);
        const QString message = refusal(row.edit);
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("is incomplete")));
        CHECK(message.contains(QString::fromUtf8(row.expected)));
    }
}

// ---- The REU export ----

namespace {

CaseSummary decidedCase(const QString &tracking, const QString &status, const QJsonObject &data)
{
    CaseSummary c;
    c.id = QUuid::createUuid();
    c.trackingNumber = tracking;
    c.procedureId = QString(RegistrationProcedureId);
    c.status = status;
    c.createdAt = QDateTime(QDate(2026, 11, 30), QTime(10, 0));
    c.statusSince = QDateTime(QDate(2026, 12, 2), QTime(16, 30));
    c.data = data;
    c.personName = QStringLiteral("whatever the list shows");
    return c;
}

QJsonObject registrationData()
{
    return {{QStringLiteral("requestKind"), QStringLiteral("premiere-inscription")},
            {QStringLiteral("nationality"), QStringLiteral("FR")},
            {QStringLiteral("lists"), QJsonArray{QStringLiteral("generale")}},
            {QStringLiteral("attachment"), QStringLiteral("domicile")},
            {QStringLiteral("houseNumber"), QStringLiteral("12 bis")},
            {QStringLiteral("street"), QStringLiteral("Rue de Siam")},
            {QStringLiteral("postalCode"), QStringLiteral("29200")},
            {QStringLiteral("stationId"), QStringLiteral("0102")},
            {QStringLiteral("pollIds"), QJsonArray{QStringLiteral("presidentielle-2027")}},
            {QStringLiteral("applicant"),
             QJsonObject{{QStringLiteral("familyName"), QStringLiteral("Le Bihan")},
                         {QStringLiteral("usedName"), QString()},
                         {QStringLiteral("firstNames"), QStringLiteral("Maël Yann")},
                         {QStringLiteral("sex"), QStringLiteral("M")},
                         {QStringLiteral("birthDate"), QStringLiteral("2008-09-14")},
                         {QStringLiteral("birthPlaceCode"), QStringLiteral("29019")},
                         {QStringLiteral("birthPlaceName"), QStringLiteral("Brest")},
                         {QStringLiteral("birthCountry"), QString()}}}};
}

} // namespace

TEST_CASE("RegisterExport: RFC 4180 quoting with semicolons", "[elections][export]")
{
    struct Row { QString value; QString written; };
    const Row table[] = {
        {QStringLiteral("Le Bihan"), QStringLiteral("Le Bihan")},
        {QString(), QString()},
        {QStringLiteral("Maël, Yann"), QStringLiteral("Maël, Yann")},               // a comma is no separator here
        {QStringLiteral("Bâtiment A; 2e étage"), QStringLiteral("\"Bâtiment A; 2e étage\"")},
        {QStringLiteral("dit \"Jo\""), QStringLiteral("\"dit \"\"Jo\"\"\"")},
        {QStringLiteral("\""), QStringLiteral("\"\"\"\"")},
        {QStringLiteral("ligne 1\nligne 2"), QStringLiteral("\"ligne 1\nligne 2\"")},
        {QStringLiteral("fin\r"), QStringLiteral("\"fin\r\"")},
    };
    for (const auto &row : table) {
        INFO(row.value.toStdString());
        CHECK(RegisterExport::field(row.value) == row.written);
    }
    CHECK(RegisterExport::line({QStringLiteral("a"), QStringLiteral("b;c"), QString(), QStringLiteral("é")})
          == QByteArray("a;\"b;c\";;\xc3\xa9\r\n"));
}

TEST_CASE("RegisterExport: a header row, then one row per case and list, in UTF-8", "[elections][export]")
{
    QJsonObject eu = registrationData();
    eu.insert(QStringLiteral("nationality"), QStringLiteral("PT"));
    eu.insert(QStringLiteral("lists"), QJsonArray{Municipal, European});
    eu.insert(QStringLiteral("houseNumber"), QStringLiteral("3"));
    eu.insert(QStringLiteral("street"), QStringLiteral("Rue de l'Église; Bât. B"));
    const QList<CaseSummary> cases{decidedCase(QStringLiteral("BEL-2026-000121"), QStringLiteral("accepted"), registrationData()),
                                   decidedCase(QStringLiteral("BEL-2026-000131"), QStringLiteral("refused-notified"), eu)};
    const QByteArray csv = RegisterExport::csv(cases, QStringLiteral("29019"), QStringLiteral("Brest"));
    const QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 5);  // header, 1 + 2 rows, and the empty rest after the last CRLF
    CHECK(lines.at(4).isEmpty());
    CHECK(lines.at(0)
          == QStringLiteral("numero_suivi;demarche;decision;date_depot;date_decision;liste;nom_naissance;nom_usage;"
                            "prenoms;sexe;date_naissance;code_commune_naissance;lieu_naissance;pays_naissance;"
                            "nationalite;motif_attache;adresse;code_postal;commune;code_commune;bureau_vote;scrutin"));
    CHECK(lines.at(1)
          == QStringLiteral("BEL-2026-000121;inscription;acceptee;2026-11-30;2026-12-02;generale;Le Bihan;;Maël Yann;M;"
                            "2008-09-14;29019;Brest;;FR;domicile;12 bis Rue de Siam;29200;Brest;29019;0102;"
                            "presidentielle-2027"));
    CHECK(lines.at(2).startsWith(QStringLiteral("BEL-2026-000131;inscription;refusee;2026-11-30;2026-12-02;complementaire-municipale;")));
    CHECK(lines.at(2).contains(QStringLiteral(";PT;domicile;\"3 Rue de l'Église; Bât. B\";29200;")));
    CHECK(lines.at(3).contains(QStringLiteral(";complementaire-europeenne;")));
    CHECK(RegisterExport::columns().size() == 22);
    for (const QString &line : lines.mid(1, 1))
        CHECK(line.split(u';').size() == 22);
    CHECK_FALSE(csv.startsWith("\xef\xbb\xbf"));  // no byte-order mark
    CHECK(RegisterExport::isComplete(cases.first()));
    CHECK_FALSE(RegisterExport::isComplete(decidedCase(QStringLiteral("BEL-2026-000141"), QStringLiteral("accepted"), {})));
    CHECK(RegisterExport::fileName(QStringLiteral("BEL"), QDate(2026, 12, 1)) == QStringLiteral("reu-BEL-2026-12-01.csv"));
}

TEST_CASE("RegisterExport: the file is written beside, then renamed over the old one", "[elections][export]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("reu.csv"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("an older export that is longer than the new one\r\n");
    }
    REQUIRE(RegisterExport::writeAtomically("new;file\r\n", path));
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == QByteArray("new;file\r\n"));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));

    // A folder that does not exist: an error that names the path, nothing left behind.
    const QString nowhere = dir.file(QStringLiteral("missing/reu.csv"));
    const auto failed = RegisterExport::writeAtomically("x", nowhere);
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().message.contains(QStringLiteral("missing")));
    CHECK_FALSE(QFileInfo::exists(nowhere + QStringLiteral(".part")));

    // The target is a folder: the rename fails, and the part file is removed.
    const QString folder = dir.file(QStringLiteral("a-folder"));
    REQUIRE(QDir().mkdir(folder));
    QFile(folder + QStringLiteral("/inside")).open(QIODevice::WriteOnly);
    REQUIRE_FALSE(RegisterExport::writeAtomically("x", folder).has_value());
    CHECK_FALSE(QFileInfo::exists(folder + QStringLiteral(".part")));
}

// ---- The answer engine (what the desk, guichetctl and HQ are told) ----

namespace {

const QString Registration = QString(RegistrationProcedureId);
const QString Removal = QString(RemovalProcedureId);

const ElectoralAnswers &engine()
{
    static const ElectoralAnswers answers(rules());
    return answers;
}

/// The question asked at noon on `day` at the Bellevue office of Brest.
Answer ask(const QString &procedure, const Facts &facts, const QDate &day)
{
    const AnswerContext context{QDateTime(day, QTime(12, 0)), QStringLiteral("BEL"), QStringLiteral("29019"),
                                QStringLiteral("Brest"), nullptr};
    auto a = answers::ask(engine(), test::shippedRelease(), procedure, facts, context);
    INFO((a ? QString() : a.error().message).toStdString());
    REQUIRE(a.has_value());
    return *a;
}

QStringList choiceIds(const QList<Choice> &choices)
{
    QStringList list;
    for (const Choice &c : choices)
        list << c.id;
    return list;
}

QStringList keysOf(const QList<FactSpec> &specs)
{
    QStringList keys;
    for (const FactSpec &s : specs)
        keys << s.key;
    return keys;
}

/// A French resident of 12 bis rue de Siam with a valid card, born in 1990.
Facts resident()
{
    return {{QStringLiteral("nationality"), QStringLiteral("FR")},
            {QStringLiteral("birth_date"), QStringLiteral("1990-05-12")},
            {QStringLiteral("attachment"), QStringLiteral("domicile")},
            {QStringLiteral("house_number"), QStringLiteral("12 bis")},
            {QStringLiteral("street"), QStringLiteral("rue de Siam")},
            {QStringLiteral("id_expiry"), QStringLiteral("2031-12-31")}};
}

Facts with(Facts facts, const QString &key, const QString &value)
{
    if (value.isEmpty())
        facts.remove(key);
    else
        facts.insert(key, value);
    return facts;
}

} // namespace

TEST_CASE("ElectoralAnswers: each procedure's facts are named like the form's fields", "[elections][answers]")
{
    CHECK(engine().procedures() == QStringList{Registration, Removal});
    CHECK(keysOf(engine().facts(Registration))
          == QStringList{"request_kind", "nationality", "lists", "birth_date", "attachment", "hosted", "residence_since",
                         "tax_years", "spouse_taxpayer", "house_number", "street", "id_expiry", "exception",
                         "exception_date"});
    CHECK(keysOf(engine().facts(Removal)) == QStringList{"nationality", "lists"});

    // The choices come from the release: the lists as every set of complementary
    // lists, the exceptions but the automatic one (turning 18 is read from the birth date).
    const auto specs = engine().facts(Registration);
    const auto spec = [&](const char *key) {
        for (const FactSpec &s : specs)
            if (s.key == QLatin1String(key))
                return s;
        FAIL("no fact " << key);
        return FactSpec{};
    };
    CHECK(choiceIds(spec("lists").choices)
          == QStringList{"complementaire-municipale", "complementaire-europeenne",
                         "complementaire-municipale+complementaire-europeenne"});
    CHECK(choiceIds(spec("nationality").choices).size() == 29);
    CHECK(spec("nationality").defaultValue.isEmpty());
    CHECK(spec("attachment").defaultValue.isEmpty());
    CHECK_FALSE(choiceIds(spec("exception").choices).contains(QStringLiteral("majorite")));
    CHECK(choiceIds(spec("exception").choices).contains(QStringLiteral("mutation-retraite")));
    CHECK(spec("request_kind").defaultValue == QStringLiteral("premiere-inscription"));
    CHECK(spec("hosted").defaultValue == QStringLiteral("non"));
    CHECK(spec("street").kind == FactSpec::Kind::Text);
    CHECK(spec("house_number").kind == FactSpec::Kind::Text);

    // A value outside the release's choices is refused before any answer.
    const AnswerContext context{QDateTime(QDate(2026, 12, 1), QTime(12, 0)), QStringLiteral("BEL"),
                                QStringLiteral("29019"), QStringLiteral("Brest"), nullptr};
    const auto wrong = answers::ask(engine(), test::shippedRelease(), Registration,
                                    with(resident(), QStringLiteral("lists"), QStringLiteral("generale")), context);
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().field == QStringLiteral("lists"));
}

TEST_CASE("ElectoralAnswers: a French resident on time may register, with the documents, the station and the dates",
          "[elections][answers]")
{
    // Tuesday 1 December 2026: the next poll of the general list is the
    // presidential election, first round Sunday 11 April 2027, 6th Friday before it 5 March.
    const Answer a = ask(Registration, resident(), QDate(2026, 12, 1));
    CHECK(a.verdict == Answer::Verdict::Possible);
    CHECK(a.rule.isEmpty());
    CHECK(a.missing.isEmpty());
    CHECK(a.where.isEmpty());
    CHECK_FALSE(a.feeKnown);
    CHECK(a.validityYears == 0);
    CHECK(a.text
          == QStringLiteral("Nationalité française : inscription sur la liste électorale générale.\n"
                            "Attache avec la commune : Domicile dans la commune.\n"
                            "Déposée aujourd'hui, l'inscription vaut pour l'élection présidentielle de 2027 (premier "
                            "tour le dimanche 11 avril 2027) : date limite au guichet le vendredi 5 mars 2027, en ligne "
                            "le mercredi 3 mars 2027.\n"
                            "Attention : la date de ce scrutin est une hypothèse du calendrier, pas encore fixée par décret.\n"
                            "Bureau de vote : Bureau 102 — École de Siam (30 rue de Siam).\n"
                            "Décision du maire au plus tard le lundi 7 décembre 2026, notifiée dans les 2 jours."));
    CHECK(ids(a.checklist) == QStringList{"cerfa-12669", "identite", "domicile"});
    CHECK(a.date(QStringLiteral("first-round")) == QDate(2027, 4, 11));
    CHECK(a.date(QStringLiteral("counter-deadline")) == QDate(2027, 3, 5));
    CHECK(a.date(QStringLiteral("online-deadline")) == QDate(2027, 3, 3));
    CHECK(a.date(QStringLiteral("decision-due")) == QDate(2026, 12, 7));   // Tuesday + 5 = Sunday → Monday
    CHECK_FALSE(a.date(QStringLiteral("missed-deadline")).isValid());

    // Hosted by a third party: the hosting documents replace the proof of address.
    const Answer hosted = ask(Registration, with(resident(), QStringLiteral("hosted"), QStringLiteral("oui")), QDate(2026, 12, 1));
    CHECK(ids(hosted.checklist) == QStringList{"cerfa-12669", "identite", "hebergement-attestation", "hebergement-identite",
                                               "hebergement-domicile", "hebergement-courrier"});

    // An EU citizen on both complementary lists: the form of each list.
    Facts eu = with(resident(), QStringLiteral("nationality"), QStringLiteral("PT"));
    eu.insert(QStringLiteral("lists"), QStringLiteral("complementaire-municipale+complementaire-europeenne"));
    const Answer portuguese = ask(Registration, eu, QDate(2026, 12, 1));
    CHECK(portuguese.verdict == Answer::Verdict::Possible);
    CHECK(ids(portuguese.checklist) == QStringList{"cerfa-12670", "cerfa-12671", "identite-ue", "domicile"});
    CHECK(portuguese.text.contains(QStringLiteral("vaut pour les élections européennes de 2029")));
}

TEST_CASE("ElectoralAnswers: the counter deadline holds on its day and is missed the day after", "[elections][answers]")
{
    const Answer onTheDay = ask(Registration, resident(), QDate(2027, 3, 5));
    CHECK(onTheDay.verdict == Answer::Verdict::Possible);
    CHECK(onTheDay.text.contains(QStringLiteral("Déposée aujourd'hui, l'inscription vaut pour l'élection présidentielle de 2027")));
    CHECK(onTheDay.date(QStringLiteral("first-round")) == QDate(2027, 4, 11));

    // Saturday 6 March 2027: too late for April, the registration counts for
    // the departmental and regional elections of 12 March 2028 (6th Friday: 4 February 2028).
    const Answer dayAfter = ask(Registration, resident(), QDate(2027, 3, 6));
    CHECK(dayAfter.verdict == Answer::Verdict::Possible);
    CHECK(dayAfter.text.contains(QStringLiteral("La date limite pour l'élection présidentielle de 2027 était le vendredi 5 mars 2027")));
    CHECK(dayAfter.date(QStringLiteral("missed-deadline")) == QDate(2027, 3, 5));
    CHECK(dayAfter.date(QStringLiteral("first-round")) == QDate(2028, 3, 12));
    CHECK(dayAfter.date(QStringLiteral("counter-deadline")) == QDate(2028, 2, 4));

    // A civil servant moved on 10 March 2027, after the cut-off: up to the
    // 10th day before the first round, Thursday 1 April 2027, and not a day more.
    Facts moved = resident();
    moved.insert(QStringLiteral("exception"), QStringLiteral("mutation-retraite"));
    moved.insert(QStringLiteral("exception_date"), QStringLiteral("2027-03-10"));
    const Answer lastDay = ask(Registration, moved, QDate(2027, 4, 1));
    CHECK(lastDay.text.contains(QStringLiteral("au titre de l'exception « Fonctionnaire ou agent public muté")));
    CHECK(lastDay.date(QStringLiteral("exception-deadline")) == QDate(2027, 4, 1));
    CHECK(lastDay.date(QStringLiteral("first-round")) == QDate(2027, 4, 11));
    CHECK(ids(lastDay.checklist).contains(QStringLiteral("exception-mutation")));
    const Answer tooLate = ask(Registration, moved, QDate(2027, 4, 2));
    CHECK(tooLate.date(QStringLiteral("first-round")) == QDate(2028, 3, 12));
    CHECK(tooLate.date(QStringLiteral("missed-deadline")) == QDate(2027, 4, 1));
}

TEST_CASE("ElectoralAnswers: what the rules refuse is refused with their rule and their sentence", "[elections][answers]")
{
    const QDate today(2026, 12, 1);
    struct Row { const char *what; Facts facts; const char *rule; };
    const Row table[] = {
        {"a national of a state outside the Union", with(resident(), QStringLiteral("nationality"), QStringLiteral("hors-ue")), "not-eu"},
        {"a British national since Brexit", with(with(resident(), QStringLiteral("nationality"), QStringLiteral("GB")),
                                                 QStringLiteral("lists"), QStringLiteral("complementaire-municipale")), "former-eu"},
        // 18 on Sunday 25 April 2027, the day of the second round: too late for both.
        {"18 on the day of the second round", with(resident(), QStringLiteral("birth_date"), QStringLiteral("2009-04-25")), "under-age"},
        // A residence from 2 June 2026 is six months long on 2 December.
        {"a residence one day short", with(with(resident(), QStringLiteral("attachment"), QStringLiteral("residence")),
                                           QStringLiteral("residence_since"), QStringLiteral("2026-06-02")), "residence-too-short"},
        {"one year on the tax roll", with(with(resident(), QStringLiteral("attachment"), QStringLiteral("contribuable")),
                                          QStringLiteral("tax_years"), QStringLiteral("1")), "tax-too-short"},
        // A Portuguese card expired on 1 December 2021: expired for 5 years today.
        {"an EU citizen's card expired for 5 years",
         with(with(with(resident(), QStringLiteral("nationality"), QStringLiteral("PT")), QStringLiteral("lists"),
                   QStringLiteral("complementaire-municipale")), QStringLiteral("id_expiry"), QStringLiteral("2021-12-01")),
         "id-expired"},
    };
    for (const Row &row : table) {
        INFO(row.what);
        const Answer a = ask(Registration, row.facts, today);
        CHECK(a.verdict == Answer::Verdict::Refused);
        CHECK(a.rule == QLatin1String(row.rule));
        CHECK_FALSE(a.reason.isEmpty());
        CHECK(a.text.contains(a.reason));
        CHECK(a.missing.isEmpty());
        // The mayor still decides: the request is recorded, its due date said.
        CHECK(a.date(QStringLiteral("decision-due")) == QDate(2026, 12, 7));
        // The rule is one the notification letter has a refusal reason for.
        CHECK_FALSE(rules().suggestedRefusalReason(a.rule).isEmpty());
    }
    CHECK(ask(Registration, table[2].facts, today).date(QStringLiteral("voting-age")) == QDate(2027, 4, 25));
    CHECK(ask(Registration, table[3].facts, today).date(QStringLiteral("residence-enough")) == QDate(2026, 12, 2));

    // The bounds: one day more of residence, two years of taxes, 18 on the
    // first round (the second round only), a French title expired 5 years ago.
    CHECK(ask(Registration, with(table[3].facts, QStringLiteral("residence_since"), QStringLiteral("2026-06-01")), today).verdict
          == Answer::Verdict::Possible);
    CHECK(ask(Registration, with(table[4].facts, QStringLiteral("tax_years"), QStringLiteral("2")), today).verdict
          == Answer::Verdict::Possible);
    const Answer secondRound = ask(Registration, with(resident(), QStringLiteral("birth_date"), QStringLiteral("2009-04-11")), today);
    CHECK(secondRound.verdict == Answer::Verdict::Possible);
    CHECK(secondRound.date(QStringLiteral("second-round")) == QDate(2027, 4, 25));
    const Answer oldTitle = ask(Registration, with(resident(), QStringLiteral("id_expiry"), QStringLiteral("2021-12-01")), today);
    CHECK(oldTitle.verdict == Answer::Verdict::Possible);
    CHECK(ids(oldTitle.checklist) == QStringList{"cerfa-12669", "identite-autre", "nationalite", "domicile"});

    // A removal: only an EU citizen on a complementary list may ask it.
    const Answer french = ask(Removal, {{QStringLiteral("nationality"), QStringLiteral("FR")}}, today);
    CHECK(french.verdict == Answer::Verdict::Refused);
    CHECK(french.rule == QStringLiteral("removal-french"));
    CHECK(french.text.startsWith(QStringLiteral("Un électeur de nationalité française ne peut pas demander sa radiation")));
    CHECK(french.date(QStringLiteral("decision-due")) == QDate(2026, 12, 7));
    CHECK(ask(Removal, {{QStringLiteral("nationality"), QStringLiteral("hors-ue")}}, today).rule == QStringLiteral("removal-not-eu"));
    const Answer belgian = ask(Removal, {{QStringLiteral("nationality"), QStringLiteral("BE")},
                                         {QStringLiteral("lists"), QStringLiteral("complementaire-municipale")}}, today);
    CHECK(belgian.verdict == Answer::Verdict::Possible);
    CHECK(belgian.text == QStringLiteral("Ressortissant de l'Union européenne : la radiation de la liste complémentaire "
                                         "municipale peut être demandée ; le maire statue, puis la décision est transmise "
                                         "au REU.\nDécision du maire au plus tard le lundi 7 décembre 2026, notifiée dans "
                                         "les 2 jours."));
    CHECK(ids(belgian.checklist) == QStringList{"demande-ecrite", "identite-ue"});
}

TEST_CASE("ElectoralAnswers: a missing fact makes the answer incomplete and names its key", "[elections][answers]")
{
    const QDate today(2026, 12, 1);
    struct Row { const char *what; Facts facts; QStringList missing; };
    const Row table[] = {
        {"no nationality", with(resident(), QStringLiteral("nationality"), {}), {"nationality"}},
        {"no birth date", with(resident(), QStringLiteral("birth_date"), {}), {"birth_date"}},
        {"an EU citizen with no list", with(resident(), QStringLiteral("nationality"), QStringLiteral("ES")), {"lists"}},
        {"no attachment", with(resident(), QStringLiteral("attachment"), {}), {"attachment"}},
        {"a residence with no start", with(resident(), QStringLiteral("attachment"), QStringLiteral("residence")), {"residence_since"}},
        // Not read as 0 years or "no", which the rules would refuse.
        {"a taxpayer with no years", with(resident(), QStringLiteral("attachment"), QStringLiteral("contribuable")), {"tax_years"}},
        {"a spouse not said", with(resident(), QStringLiteral("attachment"), QStringLiteral("conjoint-contribuable")), {"spouse_taxpayer"}},
        {"no identity document date", with(resident(), QStringLiteral("id_expiry"), {}), {"id_expiry"}},
        {"no street", with(with(resident(), QStringLiteral("street"), {}), QStringLiteral("house_number"), {}), {"street"}},
        {"a street two streets match", with(resident(), QStringLiteral("street"), QStringLiteral("gouesnou")), {"street"}},
        {"a split street with no number", with(resident(), QStringLiteral("house_number"), {}), {"house_number"}},
        {"a number with no digit", with(resident(), QStringLiteral("house_number"), QStringLiteral("bis")), {"house_number"}},
        {"an exception with no date", with(resident(), QStringLiteral("exception"), QStringLiteral("naturalisation")), {"exception_date"}},
    };
    for (const Row &row : table) {
        INFO(row.what);
        const Answer a = ask(Registration, row.facts, today);
        CHECK(a.verdict == Answer::Verdict::Incomplete);
        CHECK(a.missing == row.missing);
        CHECK(a.rule.isEmpty());
        CHECK(a.text.endsWith(QStringLiteral("Décision du maire au plus tard le lundi 7 décembre 2026, notifiée dans les 2 jours.")));
    }
    CHECK(ask(Registration, table[1].facts, today).text.contains(QStringLiteral("Indiquez la date de naissance")));
    CHECK(ask(Registration, table[10].facts, today).text.contains(QStringLiteral("La voie « Rue de Siam » est partagée")));

    // A refusal stands over what is missing: the missing fact is still named.
    const Answer both = ask(Registration, with(table[1].facts, QStringLiteral("nationality"), QStringLiteral("hors-ue")), today);
    CHECK(both.verdict == Answer::Verdict::Refused);
    CHECK(both.rule == QStringLiteral("not-eu"));
    CHECK(both.missing == QStringList{"birth_date"});

    // A street the table does not know is recorded and reported: not missing.
    const Answer unknown = ask(Registration, with(resident(), QStringLiteral("street"), QStringLiteral("Rue Neuve")), today);
    CHECK(unknown.verdict == Answer::Verdict::Possible);
    CHECK(unknown.text.contains(QStringLiteral("La voie « Rue Neuve » ne figure pas dans la table")));

    const Answer noList = ask(Removal, {{QStringLiteral("nationality"), QStringLiteral("BE")}}, today);
    CHECK(noList.verdict == Answer::Verdict::Incomplete);
    CHECK(noList.missing == QStringList{"lists"});
    CHECK(ask(Removal, {}, today).missing == QStringList{"nationality"});
}

TEST_CASE("ElectoralAnswerModule: the engine of a release, or why there is none", "[elections][answers]")
{
    ElectoralAnswerModule module;
    const auto shipped = module.engine(test::shippedRelease());
    REQUIRE(shipped.has_value());
    CHECK((*shipped)->procedures() == QStringList{Registration, Removal});

    auto without = releaseWithSection([](QJsonObject &s) { s = {}; });
    REQUIRE(without.has_value());
    const auto none = module.engine(*without);
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().message.contains(QStringLiteral("listes-electorales")));
}
