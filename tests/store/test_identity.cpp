// SPDX-License-Identifier: GPL-3.0-or-later
#include "storefixture.h"

#include "domain/textfold.h"
#include "domain/uuidv7.h"
#include "store/citizenrepository.h"
#include "domain/hlc.h"

using namespace guichet;
using namespace guichet::test;

TEST_CASE("UuidV7: ids carry their millisecond and sort in creation order, even within one millisecond", "[identity]")
{
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    UuidV7Generator ids(clock);
    QList<QByteArray> made;
    for (int i = 0; i < 5000; ++i)
        made << uuidBytes(ids.next());
    const QUuid first = uuidFromBytes(made.first());
    CHECK((quint8(made.first().at(6)) >> 4) == 7);   // version (Qt 6.4 knows versions up to 5 only)
    CHECK(first.variant() == QUuid::DCE);
    CHECK(UuidV7Generator::timestampMs(first) == clock.now().toMSecsSinceEpoch());
    for (int i = 1; i < made.size(); ++i)
        REQUIRE(made.at(i - 1) < made.at(i));
}

TEST_CASE("UuidV7: the same seed gives the same ids", "[identity]")
{
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    UuidV7Generator a(clock, 42), b(clock, 42);
    for (int i = 0; i < 10; ++i)
        CHECK(a.next() == b.next());
}

TEST_CASE("HLC: stamps never go back, even when the wall clock does", "[identity][sync]")
{
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    HybridLogicalClock hlc(clock);
    const qint64 a = hlc.now();
    clock.advance(-3'600'000);
    const qint64 b = hlc.now();
    CHECK(b > a);
    hlc.observe(HybridLogicalClock::make(clock.now().toMSecsSinceEpoch() + 10'000'000, 5));
    CHECK(hlc.now() > HybridLogicalClock::make(clock.now().toMSecsSinceEpoch() + 10'000'000, 5));
}

TEST_CASE("HLC: the clock survives a restart with the wall clock set back", "[identity][sync]")
{
    StoreFixture f;
    CitizenRepository people(*f.db);
    REQUIRE(people.create(sampleCitizen(), f.agent).has_value());
    const qint64 before = f.count(QStringLiteral("SELECT max(hlc) FROM outbox"));
    const QString path = f.db->path();
    f.db.reset();
    f.clock.advance(-86'400'000);  // the workstation restarts one day in the past
    auto reopened = Database::open(path, f.clock);
    REQUIRE(reopened.has_value());
    f.db = std::move(*reopened);
    CitizenRepository again(*f.db);
    REQUIRE(again.create(sampleCitizen(QStringLiteral("Quéré"), QStringLiteral("Loïc")), f.agent).has_value());
    CHECK(f.count(QStringLiteral("SELECT max(hlc) FROM outbox")) > before);
    // and the workstation keeps its identity
    CHECK(f.count(QStringLiteral("SELECT count(DISTINCT workstation_id) FROM outbox")) == 1);
}

TEST_CASE("textfold: names fold to plain lower-case letters with joined forms", "[identity][search]")
{
    CHECK(textfold::fold(QStringLiteral("Lefèvre")) == QStringLiteral("lefevre"));
    CHECK(textfold::fold(QStringLiteral("ŒUVRE Ægir Straße")) == QStringLiteral("oeuvre aegir strasse"));
    CHECK(textfold::indexTerms(QStringLiteral("O'Connor")) == QStringList{QStringLiteral("o"), QStringLiteral("connor"), QStringLiteral("oconnor")});
    CHECK(textfold::indexTerms(QStringLiteral("Jean-Pierre")) == QStringList{QStringLiteral("jean"), QStringLiteral("pierre"), QStringLiteral("jeanpierre")});
    CHECK(textfold::indexTerms(QStringLiteral("de La Fontaine")) == QStringList{QStringLiteral("de"), QStringLiteral("la"), QStringLiteral("fontaine"), QStringLiteral("delafontaine")});
    CHECK(textfold::queryTerms(QStringLiteral("Jean-Pierre  N’Diaye")) == QStringList{QStringLiteral("jeanpierre"), QStringLiteral("ndiaye")});
}
