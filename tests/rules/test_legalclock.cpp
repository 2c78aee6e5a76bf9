// SPDX-License-Identifier: GPL-3.0-or-later
// The legal clock of written requests: when silence becomes a decision (CRPA),
// read from the shipped release's "correspondance" section.
#include "reference/referencerelease.h"
#include "reference/legalclock.h"
#include "releasetesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


using namespace guichet;
using namespace guichet::test;

namespace {

QDate date(int y, int m, int d) { return QDate(y, m, d); }

/// The clock of the shipped release, its `correspondance` section changed by `edit`.
Result<LegalClock> clockWith(const std::function<void(QJsonObject &)> &edit = [](QJsonObject &) {},
                             FrenchCalendar::Region region = FrenchCalendar::Region::Metropole)
{
    auto release = shippedReleaseWith(QStringLiteral("correspondance"), edit);
    REQUIRE(release.has_value());
    return LegalClock::fromRelease(*release, FrenchCalendar(region));
}

LegalClock shippedClock(FrenchCalendar::Region region = FrenchCalendar::Region::Metropole)
{
    auto clock = clockWith([](QJsonObject &) {}, region);
    INFO((clock ? QString() : clock.error().message).toStdString());
    REQUIRE(clock.has_value());
    return *clock;
}

SilenceRule rule(const LegalClock &clock, const QString &kind)
{
    const auto r = clock.kind(kind);
    REQUIRE(r.has_value());
    return *r;
}

} // namespace

TEST_CASE("Legal clock: every kind of request of the shipped release names its sources, and a ⚠ marks the city's readings",
          "[rules][legalclock]")
{
    const LegalClock clock = shippedClock();
    REQUIRE(clock.kinds().size() >= 6);
    for (const SilenceRule &r : clock.kinds()) {
        INFO(r.kind.toStdString());
        CHECK_FALSE(r.sources.isEmpty());
        for (const QString &s : r.sources)
            CHECK_FALSE(clock.source(s).isEmpty());
        if (!r.assumption.isEmpty())
            CHECK(r.assumption.startsWith(QStringLiteral("⚠")));
    }
    CHECK(rule(clock, QStringLiteral("decision-individuelle")).meaning == SilenceRule::Meaning::Acceptance);
    CHECK(rule(clock, QStringLiteral("reclamation")).meaning == SilenceRule::Meaning::Rejection);
    CHECK(rule(clock, QStringLiteral("communication-document")).months == 1);
}

TEST_CASE("Legal clock: silence is worth acceptance two months after receipt, date to date, as in the fiche's example",
          "[rules][legalclock]")
{
    const LegalClock clock = shippedClock();
    // F32388: received on 1 October, decision on 1 December.
    const ClockReading r = clock.read(rule(clock, QStringLiteral("decision-individuelle")), {{}, date(2025, 10, 1), {}});
    CHECK(r.meaning == SilenceRule::Meaning::Acceptance);
    CHECK(r.decisionDate == date(2025, 12, 1));
    CHECK_FALSE(r.appealUntil.isValid());  // nothing to appeal in an acceptance
    // Date to date, even onto a Sunday, and the month's last day when the date is missing.
    CHECK(clock.read(rule(clock, QStringLiteral("decision-individuelle")), {{}, date(2026, 9, 1), {}}).decisionDate
          == date(2026, 11, 1));
    CHECK(clock.read(rule(clock, QStringLiteral("decision-individuelle")), {{}, date(2025, 12, 31), {}}).decisionDate
          == date(2026, 2, 28));
}

TEST_CASE("Legal clock: a complaint's implicit rejection opens two months to go to court, extended past a holiday",
          "[rules][legalclock]")
{
    const LegalClock clock = shippedClock();
    const ClockReading r = clock.read(rule(clock, QStringLiteral("reclamation")), {{}, date(2026, 9, 1), {}});
    CHECK(r.meaning == SilenceRule::Meaning::Rejection);
    CHECK(r.decisionDate == date(2026, 11, 1));
    // 1 January 2027 is a holiday: the delay ends on the next working day.
    CHECK(r.appealUntil == date(2027, 1, 4));
    // A request for a document: one month (R311-13).
    CHECK(clock.read(rule(clock, QStringLiteral("communication-document")), {{}, date(2026, 3, 2), {}}).decisionDate
          == date(2026, 4, 2));
}

TEST_CASE("Legal clock: the city's own answer date counts working days on the office's calendar, Alsace-Moselle included",
          "[rules][legalclock]")
{
    const SilenceRule question = rule(shippedClock(), QStringLiteral("renseignement"));
    // Received Thursday 2 April 2026: Good Friday (3 April) is worked in Brest, not in Strasbourg;
    // Easter Monday (6 April) is a holiday in both.
    const ClockReading brest = shippedClock().read(question, {{}, date(2026, 4, 2), {}});
    const ClockReading strasbourg = shippedClock(FrenchCalendar::Region::AlsaceMoselle).read(question, {{}, date(2026, 4, 2), {}});
    CHECK_FALSE(brest.decisionDate.isValid());  // a question: silence is worth no decision
    CHECK(brest.answerTarget == date(2026, 4, 24));
    CHECK(strasbourg.answerTarget == date(2026, 4, 27));
    CHECK(brest.dueDate() == brest.answerTarget);
}

TEST_CASE("Legal clock: pieces asked for hold an acceptance until they arrive, then it runs from their arrival",
          "[rules][legalclock]")
{
    const LegalClock clock = shippedClock();
    const SilenceRule accept = rule(clock, QStringLiteral("decision-individuelle"));
    ClockFacts facts{{}, date(2026, 3, 2), {{date(2026, 3, 10), date(2026, 4, 10), {}}}};
    ClockReading r = clock.read(accept, facts);
    CHECK(r.awaitingPieces);
    CHECK_FALSE(r.decisionDate.isValid());

    facts.pieces[0].arrived = date(2026, 3, 20);
    r = clock.read(accept, facts);
    CHECK_FALSE(r.awaitingPieces);
    CHECK(r.decisionDate == date(2026, 5, 20));
}

TEST_CASE("Legal clock: pieces asked for suspend a rejection until they arrive or the time given ends, overlaps counted once",
          "[rules][legalclock]")
{
    const LegalClock clock = shippedClock();
    const SilenceRule reject = rule(clock, QStringLiteral("demande-financiere"));
    // Received 2 March; base decision 2 May. Asked 10 March, arrived 20 March: 10 days.
    ClockFacts facts{{}, date(2026, 3, 2), {{date(2026, 3, 10), date(2026, 4, 10), date(2026, 3, 20)}}};
    ClockReading r = clock.read(reject, facts);
    CHECK(r.suspendedDays == 10);
    CHECK(r.decisionDate == date(2026, 5, 12));

    // Not arrived: suspended until the end of the time given (31 days), the date provisional.
    facts.pieces[0].arrived = {};
    r = clock.read(reject, facts);
    CHECK(r.awaitingPieces);
    CHECK(r.suspendedDays == 31);
    CHECK(r.decisionDate == date(2026, 6, 2));

    // Arrived after the time given: the suspension ends with the time given.
    facts.pieces[0].arrived = date(2026, 4, 30);
    CHECK(clock.read(reject, facts).suspendedDays == 31);

    // A second request overlapping the first suspends only the days not yet suspended.
    facts.pieces = {{date(2026, 3, 10), {}, date(2026, 3, 20)}, {date(2026, 3, 15), {}, date(2026, 3, 25)}};
    CHECK(clock.read(reject, facts).suspendedDays == 15);

    // Asked with no time given and not arrived: the clock stands still.
    facts.pieces = {{date(2026, 3, 10), {}, {}}};
    r = clock.read(reject, facts);
    CHECK(r.awaitingPieces);
    CHECK_FALSE(r.decisionDate.isValid());
}

TEST_CASE("Legal clock: a request forwarded by another administration runs a rejection from the first receipt and an "
          "acceptance from the city's",
          "[rules][legalclock]")
{
    const LegalClock clock = shippedClock();
    const ClockFacts forwarded{date(2026, 2, 16), date(2026, 3, 2), {}};  // received at the préfecture, then at the city
    CHECK(clock.read(rule(clock, QStringLiteral("reclamation")), forwarded).decisionDate == date(2026, 4, 16));
    CHECK(clock.read(rule(clock, QStringLiteral("decision-individuelle")), forwarded).decisionDate == date(2026, 5, 2));
}

TEST_CASE("Legal clock: a request is flagged near its deadline in the days the release sets, and past it", "[rules][legalclock]")
{
    const LegalClock clock = shippedClock();
    const ClockReading r = clock.read(rule(clock, QStringLiteral("reclamation")), {{}, date(2026, 9, 1), {}});
    const QDate due = r.dueDate();
    REQUIRE(due == r.answerTarget);  // the city's 15 working days come before the 2 months
    CHECK_FALSE(clock.isNear(r, due.addDays(-clock.nearDeadlineDays() - 1)));
    CHECK(clock.isNear(r, due.addDays(-clock.nearDeadlineDays())));
    CHECK(clock.isNear(r, due.addDays(3)));
}

TEST_CASE("Legal clock: a release whose delays lack a source or a meaning is refused, naming the entry", "[rules][legalclock]")
{
    const auto editKind = [](const QString &id, const std::function<void(QJsonObject &)> &change) {
        return [id, change](QJsonObject &section) {
            QJsonArray kinds = section.value(QStringLiteral("requestKinds")).toArray();
            for (qsizetype i = 0; i < kinds.size(); ++i) {
                QJsonObject k = kinds.at(i).toObject();
                if (k.value(QStringLiteral("id")).toString() == id) {
                    change(k);
                    kinds[i] = k;
                }
            }
            section.insert(QStringLiteral("requestKinds"), kinds);
        };
    };
    auto noSource = clockWith(editKind(QStringLiteral("reclamation"), [](QJsonObject &k) { k.remove(QStringLiteral("sources")); }));
    REQUIRE_FALSE(noSource.has_value());
    CHECK(noSource.error().message.contains(QStringLiteral("\"reclamation\"")));

    auto unknownSource = clockWith(editKind(QStringLiteral("reclamation"), [](QJsonObject &k) {
        k.insert(QStringLiteral("sources"), QJsonArray{QStringLiteral("CRPA-L999")});
    }));
    REQUIRE_FALSE(unknownSource.has_value());
    CHECK(unknownSource.error().message.contains(QStringLiteral("CRPA-L999")));

    auto badMeaning = clockWith(editKind(QStringLiteral("reclamation"), [](QJsonObject &k) {
        k.insert(QStringLiteral("silence"), QStringLiteral("peut-être"));
    }));
    REQUIRE_FALSE(badMeaning.has_value());
    CHECK(badMeaning.error().message.contains(QStringLiteral("\"silence\"")));

    auto noMonths = clockWith(editKind(QStringLiteral("reclamation"), [](QJsonObject &k) { k.insert(QStringLiteral("months"), 0); }));
    REQUIRE_FALSE(noMonths.has_value());
    CHECK(noMonths.error().message.contains(QStringLiteral("\"months\"")));

    auto noTarget = clockWith([](QJsonObject &s) { s.remove(QStringLiteral("cityAnswerSource")); });
    REQUIRE_FALSE(noTarget.has_value());
    CHECK(noTarget.error().message.contains(QStringLiteral("cityAnswerSource")));
}
