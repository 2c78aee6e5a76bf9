// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "domain/frenchdate.h"

using namespace guichet;

TEST_CASE("French dates: the first of the month is an ordinal, every other day a number", "[domain][dates]")
{
    CHECK(frenchdate::date(QDate(2026, 12, 1)) == QStringLiteral("1er décembre 2026"));
    CHECK(frenchdate::date(QDate(2026, 12, 2)) == QStringLiteral("2 décembre 2026"));
    CHECK(frenchdate::date(QDate(2026, 12, 11)) == QStringLiteral("11 décembre 2026"));
    CHECK(frenchdate::date(QDate(2027, 8, 21)) == QStringLiteral("21 août 2027"));
    CHECK(frenchdate::longDate(QDate(2026, 9, 1)) == QStringLiteral("mardi 1er septembre 2026"));
    CHECK(frenchdate::longDate(QDate(2026, 3, 10)) == QStringLiteral("mardi 10 mars 2026"));
    CHECK(frenchdate::longDateTime(QDateTime(QDate(2026, 12, 1), QTime(9, 5))) == QStringLiteral("mardi 1er décembre 2026 à 09:05"));
}

TEST_CASE("French dates: an unknown date writes nothing rather than a wrong date", "[domain][dates]")
{
    CHECK(frenchdate::date(QDate()).isEmpty());
    CHECK(frenchdate::longDate(QDate()).isEmpty());
    CHECK(frenchdate::longDateTime(QDateTime()).isEmpty());
}
