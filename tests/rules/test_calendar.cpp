// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "rules/calendar.h"

#include <QSet>

#include <iterator>

using namespace guichet;
using Region = FrenchCalendar::Region;

namespace {

QDate date(int y, int m, int d)
{
    return QDate(y, m, d);
}

QDateTime at(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

QDate holidayNamed(const FrenchCalendar &cal, int year, const QString &name)
{
    for (const auto &h : cal.holidays(year))
        if (h.name == name)
            return h.date;
    return {};
}

/// Years 2000–2100 whose Ascension falls on 1 May or 8 May (listed from an
/// independent computus, python-dateutil), so that two holidays share a date.
const QSet<int> ascensionOnMayHoliday = {2008, 2059, 2070, 2081, 2092};

} // namespace

// ---------------------------------------------------------------- Easter

TEST_CASE("Easter: known Gregorian dates", "[calendar][easter]")
{
    CHECK(FrenchCalendar::easterSunday(2000) == date(2000, 4, 23));
    CHECK(FrenchCalendar::easterSunday(2008) == date(2008, 3, 23));
    CHECK(FrenchCalendar::easterSunday(2011) == date(2011, 4, 24));
    CHECK(FrenchCalendar::easterSunday(2021) == date(2021, 4, 4));
    CHECK(FrenchCalendar::easterSunday(2022) == date(2022, 4, 17));
    CHECK(FrenchCalendar::easterSunday(2024) == date(2024, 3, 31));
    CHECK(FrenchCalendar::easterSunday(2025) == date(2025, 4, 20));
    CHECK(FrenchCalendar::easterSunday(2038) == date(2038, 4, 25));
    CHECK(FrenchCalendar::easterSunday(2100) == date(2100, 3, 28));
    // The extremes of the Gregorian range.
    CHECK(FrenchCalendar::easterSunday(1818) == date(1818, 3, 22));
    CHECK(FrenchCalendar::easterSunday(2285) == date(2285, 3, 22));
    CHECK(FrenchCalendar::easterSunday(1943) == date(1943, 4, 25));
    // Other centuries, where the solar and lunar corrections change (python-dateutil).
    CHECK(FrenchCalendar::easterSunday(1600) == date(1600, 4, 2));
    CHECK(FrenchCalendar::easterSunday(1666) == date(1666, 4, 25));
    CHECK(FrenchCalendar::easterSunday(1699) == date(1699, 4, 19));
    CHECK(FrenchCalendar::easterSunday(1700) == date(1700, 4, 11));
    CHECK(FrenchCalendar::easterSunday(2200) == date(2200, 4, 6));
    CHECK(FrenchCalendar::easterSunday(2400) == date(2400, 4, 16));
    CHECK(FrenchCalendar::easterSunday(4000) == date(4000, 4, 9));
    CHECK(FrenchCalendar::easterSunday(4099) == date(4099, 4, 19));
}

TEST_CASE("Easter: every date from 2000 to 2100 matches an independent table", "[calendar][easter]")
{
    // Month and day, from python-dateutil's easter().
    static const char *const table[] = {
        "0423", "0415", "0331", "0420", "0411", "0327", "0416", "0408", "0323", "0412",
        "0404", "0424", "0408", "0331", "0420", "0405", "0327", "0416", "0401", "0421",
        "0412", "0404", "0417", "0409", "0331", "0420", "0405", "0328", "0416", "0401",
        "0421", "0413", "0328", "0417", "0409", "0325", "0413", "0405", "0425", "0410",
        "0401", "0421", "0406", "0329", "0417", "0409", "0325", "0414", "0405", "0418",
        "0410", "0402", "0421", "0406", "0329", "0418", "0402", "0422", "0414", "0330",
        "0418", "0410", "0326", "0415", "0406", "0329", "0411", "0403", "0422", "0414",
        "0330", "0419", "0410", "0326", "0415", "0407", "0419", "0411", "0403", "0423",
        "0407", "0330", "0419", "0404", "0326", "0415", "0331", "0420", "0411", "0403",
        "0416", "0408", "0330", "0412", "0404", "0424", "0415", "0331", "0420", "0412",
        "0328",
    };
    static_assert(std::size(table) == 101);
    for (int year = 2000; year <= 2100; ++year) {
        const QString md = QString::fromLatin1(table[year - 2000]);
        INFO(year);
        CHECK(FrenchCalendar::easterSunday(year) == date(year, md.left(2).toInt(), md.mid(2).toInt()));
    }
}

TEST_CASE("Easter: always a Sunday between 22 March and 25 April", "[calendar][easter]")
{
    for (int year = 1583; year <= 4099; ++year) {
        const QDate easter = FrenchCalendar::easterSunday(year);
        INFO(year);
        REQUIRE(easter.isValid());
        CHECK(easter.dayOfWeek() == Qt::Sunday);
        CHECK(easter >= date(year, 3, 22));
        CHECK(easter <= date(year, 4, 25));
    }
}

// ---------------------------------------------------------------- holidays

TEST_CASE("Holidays: the 11 metropolitan holidays of 2025 with their French names", "[calendar][holidays]")
{
    const FrenchCalendar cal;
    const QList<FrenchCalendar::Holiday> expected = {
        {date(2025, 1, 1), QStringLiteral("Jour de l'an")},
        {date(2025, 4, 21), QStringLiteral("Lundi de Pâques")},
        {date(2025, 5, 1), QStringLiteral("Fête du Travail")},
        {date(2025, 5, 8), QStringLiteral("Victoire 1945")},
        {date(2025, 5, 29), QStringLiteral("Ascension")},
        {date(2025, 6, 9), QStringLiteral("Lundi de Pentecôte")},
        {date(2025, 7, 14), QStringLiteral("Fête nationale")},
        {date(2025, 8, 15), QStringLiteral("Assomption")},
        {date(2025, 11, 1), QStringLiteral("Toussaint")},
        {date(2025, 11, 11), QStringLiteral("Armistice 1918")},
        {date(2025, 12, 25), QStringLiteral("Noël")},
    };
    const auto got = cal.holidays(2025);
    REQUIRE(got.size() == expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        CHECK(got[i].date == expected[i].date);
        CHECK(got[i].name == expected[i].name);
    }
}

TEST_CASE("Holidays: Alsace-Moselle adds Good Friday and Saint-Étienne", "[calendar][holidays]")
{
    const FrenchCalendar am(Region::AlsaceMoselle);
    CHECK(holidayNamed(am, 2025, QStringLiteral("Vendredi saint")) == date(2025, 4, 18));
    CHECK(holidayNamed(am, 2025, QStringLiteral("Saint-Étienne")) == date(2025, 12, 26));
    CHECK(am.isHoliday(date(2025, 4, 18)));
    CHECK(am.isHoliday(date(2025, 12, 26)));

    const FrenchCalendar metropole;
    CHECK_FALSE(metropole.isHoliday(date(2025, 4, 18)));
    CHECK_FALSE(metropole.isHoliday(date(2025, 12, 26)));
}

TEST_CASE("Holidays: each overseas department adds its abolition day", "[calendar][holidays]")
{
    const struct { Region region; QDate day; } cases[] = {
        {Region::Guadeloupe, date(2025, 5, 27)}, {Region::Martinique, date(2025, 5, 22)},
        {Region::Guyane, date(2025, 6, 10)},     {Region::Reunion, date(2025, 12, 20)},
        {Region::Mayotte, date(2025, 4, 27)},
    };
    const FrenchCalendar metropole;
    for (const auto &c : cases) {
        const FrenchCalendar cal(c.region);
        INFO(c.day.toString(Qt::ISODate).toStdString());
        CHECK(cal.holidays(2025).size() == 12);
        CHECK(holidayNamed(cal, 2025, QStringLiteral("Abolition de l'esclavage")) == c.day);
        CHECK(cal.isHoliday(c.day));
        CHECK_FALSE(metropole.isHoliday(c.day));
        CHECK_FALSE(cal.isHoliday(date(2025, 12, 26)));
    }
}

TEST_CASE("Holidays: 11 in metropolitan France and 13 in Alsace-Moselle every year 2000-2100",
          "[calendar][holidays]")
{
    const FrenchCalendar metropole;
    const FrenchCalendar am(Region::AlsaceMoselle);
    for (int year = 2000; year <= 2100; ++year) {
        INFO(year);
        const auto m = metropole.holidays(year);
        const auto a = am.holidays(year);
        CHECK(m.size() == 11);
        CHECK(a.size() == 13);

        // Coinciding holidays are both listed but make one day off fewer.
        QSet<QDate> mDays, aDays;
        for (const auto &h : m) mDays.insert(h.date);
        for (const auto &h : a) aDays.insert(h.date);
        const int shared = ascensionOnMayHoliday.contains(year) ? 1 : 0;
        CHECK(mDays.size() == 11 - shared);
        CHECK(aDays.size() == 13 - shared);

        for (qsizetype i = 1; i < a.size(); ++i)
            CHECK(a[i - 1].date <= a[i].date);
        for (const auto &h : a)
            CHECK(h.date.year() == year);

        const QDate easter = FrenchCalendar::easterSunday(year);
        const QDate ascension = holidayNamed(metropole, year, QStringLiteral("Ascension"));
        const QDate whitMonday = holidayNamed(metropole, year, QStringLiteral("Lundi de Pentecôte"));
        const QDate easterMonday = holidayNamed(metropole, year, QStringLiteral("Lundi de Pâques"));
        const QDate goodFriday = holidayNamed(am, year, QStringLiteral("Vendredi saint"));
        CHECK(ascension == easter.addDays(39));
        CHECK(ascension.dayOfWeek() == Qt::Thursday);
        CHECK(whitMonday == easter.addDays(50));
        CHECK(whitMonday.dayOfWeek() == Qt::Monday);
        CHECK(easterMonday.dayOfWeek() == Qt::Monday);
        CHECK(goodFriday.dayOfWeek() == Qt::Friday);
    }
}

TEST_CASE("Holidays: Ascension on 1 May 2008 is listed under both names", "[calendar][holidays]")
{
    const FrenchCalendar cal;
    CHECK(holidayNamed(cal, 2008, QStringLiteral("Ascension")) == date(2008, 5, 1));
    CHECK(holidayNamed(cal, 2008, QStringLiteral("Fête du Travail")) == date(2008, 5, 1));
    CHECK(cal.isHoliday(date(2008, 5, 1)));
}

TEST_CASE("Working days: jours ouvrés are Monday-Friday, jours ouvrables Monday-Saturday, holidays neither",
          "[calendar]")
{
    const FrenchCalendar cal;
    CHECK(cal.isWorkingDay(date(2025, 3, 7)));      // Friday
    CHECK_FALSE(cal.isWorkingDay(date(2025, 3, 8))); // Saturday
    CHECK(cal.isJourOuvrable(date(2025, 3, 8)));
    CHECK_FALSE(cal.isJourOuvrable(date(2025, 3, 9))); // Sunday
    CHECK_FALSE(cal.isWorkingDay(date(2025, 7, 14)));  // Monday, Fête nationale
    CHECK_FALSE(cal.isJourOuvrable(date(2025, 7, 14)));
    CHECK_FALSE(cal.isJourOuvrable(date(2026, 8, 15))); // Saturday and Assomption
    CHECK_FALSE(cal.isWorkingDay(QDate()));

    CHECK(cal.nextWorkingDay(date(2025, 3, 7)) == date(2025, 3, 7));
    CHECK(cal.nextWorkingDay(date(2025, 3, 8)) == date(2025, 3, 10));
    CHECK(cal.nextWorkingDay(date(2025, 7, 12)) == date(2025, 7, 15));
    CHECK(cal.nextWorkingDay(date(2025, 12, 25)) == date(2025, 12, 26));
    CHECK(FrenchCalendar(Region::AlsaceMoselle).nextWorkingDay(date(2025, 12, 25)) == date(2025, 12, 29));
}

// ---------------------------------------------------------------- regions

TEST_CASE("Regions: departments 57, 67, 68 and 971-976 have their own calendars", "[calendar][regions]")
{
    CHECK(FrenchCalendar::regionOfDepartment(QStringLiteral("57")) == Region::AlsaceMoselle);
    CHECK(FrenchCalendar::regionOfDepartment(QStringLiteral("67")) == Region::AlsaceMoselle);
    CHECK(FrenchCalendar::regionOfDepartment(QStringLiteral("68")) == Region::AlsaceMoselle);
    CHECK(FrenchCalendar::regionOfDepartment(QStringLiteral("971")) == Region::Guadeloupe);
    CHECK(FrenchCalendar::regionOfDepartment(QStringLiteral("972")) == Region::Martinique);
    CHECK(FrenchCalendar::regionOfDepartment(QStringLiteral("973")) == Region::Guyane);
    CHECK(FrenchCalendar::regionOfDepartment(QStringLiteral("974")) == Region::Reunion);
    CHECK(FrenchCalendar::regionOfDepartment(QStringLiteral("976")) == Region::Mayotte);
    for (const char *other : {"75", "2A", "2B", "69", "58", "975", "97", ""}) {
        INFO(other);
        CHECK(FrenchCalendar::regionOfDepartment(QString::fromLatin1(other)) == Region::Metropole);
    }
}

TEST_CASE("Regions: names are read without regard to case, accents or spaces", "[calendar][regions]")
{
    bool ok = false;
    CHECK(FrenchCalendar::regionFromName(QStringLiteral("metropole"), &ok) == Region::Metropole);
    CHECK(ok);
    CHECK(FrenchCalendar::regionFromName(QStringLiteral("alsace-moselle"), &ok) == Region::AlsaceMoselle);
    CHECK(ok);
    CHECK(FrenchCalendar::regionFromName(QStringLiteral("Alsace Moselle"), &ok) == Region::AlsaceMoselle);
    CHECK(FrenchCalendar::regionFromName(QStringLiteral("guadeloupe"), &ok) == Region::Guadeloupe);
    CHECK(FrenchCalendar::regionFromName(QStringLiteral("martinique"), &ok) == Region::Martinique);
    CHECK(FrenchCalendar::regionFromName(QStringLiteral("guyane"), &ok) == Region::Guyane);
    CHECK(FrenchCalendar::regionFromName(QStringLiteral("reunion"), &ok) == Region::Reunion);
    CHECK(FrenchCalendar::regionFromName(QStringLiteral("La Réunion"), &ok) == Region::Metropole);
    CHECK_FALSE(ok);
    CHECK(FrenchCalendar::regionFromName(QStringLiteral(" Réunion "), &ok) == Region::Reunion);
    CHECK(ok);
    CHECK(FrenchCalendar::regionFromName(QStringLiteral("mayotte"), &ok) == Region::Mayotte);
    CHECK(ok);
    CHECK(FrenchCalendar::regionFromName(QStringLiteral("Métropole"), &ok) == Region::Metropole);
    CHECK(ok);
    CHECK(FrenchCalendar::regionFromName(QStringLiteral("corse"), &ok) == Region::Metropole);
    CHECK_FALSE(ok);
    CHECK(FrenchCalendar::regionFromName(QString()) == Region::Metropole);
}

// ---------------------------------------------------------------- birth

TEST_CASE("Birth: the day of birth is not counted", "[calendar][birth]")
{
    const FrenchCalendar cal;
    // Wednesday 5 March 2025 → Monday 10 March.
    CHECK(cal.birthDeclarationDeadline(date(2025, 3, 5)) == date(2025, 3, 10));
    // Thursday 6 March → Tuesday 11 March.
    CHECK(cal.birthDeclarationDeadline(date(2025, 3, 6)) == date(2025, 3, 11));
}

TEST_CASE("Birth: a deadline on Saturday or Sunday moves to Monday", "[calendar][birth]")
{
    const FrenchCalendar cal;
    // Monday 3 March 2025: day 5 is Saturday 8 March.
    CHECK(cal.birthDeclarationDeadline(date(2025, 3, 3)) == date(2025, 3, 10));
    // Tuesday 4 March: day 5 is Sunday 9 March.
    CHECK(cal.birthDeclarationDeadline(date(2025, 3, 4)) == date(2025, 3, 10));
}

TEST_CASE("Birth: a deadline on a holiday moves to the next working day", "[calendar][birth]")
{
    const FrenchCalendar cal;
    // Wednesday 9 July 2025: day 5 is Monday 14 July.
    CHECK(cal.birthDeclarationDeadline(date(2025, 7, 9)) == date(2025, 7, 15));
    // Saturday 24 May 2025: day 5 is Ascension, Thursday 29 May.
    CHECK(cal.birthDeclarationDeadline(date(2025, 5, 24)) == date(2025, 5, 30));
    // Monday 14 April 2025: day 5 is Saturday 19 April, then Sunday, then Easter Monday.
    CHECK(cal.birthDeclarationDeadline(date(2025, 4, 14)) == date(2025, 4, 22));
}

TEST_CASE("Birth: regional holidays extend the deadline only in their region", "[calendar][birth]")
{
    const FrenchCalendar metropole;
    const FrenchCalendar am(Region::AlsaceMoselle);
    const FrenchCalendar reunion(Region::Reunion);
    // Sunday 13 April 2025: day 5 is Good Friday.
    CHECK(metropole.birthDeclarationDeadline(date(2025, 4, 13)) == date(2025, 4, 18));
    CHECK(am.birthDeclarationDeadline(date(2025, 4, 13)) == date(2025, 4, 22));
    // Saturday 20 December 2025: day 5 is Christmas; 26 December is Saint-Étienne in Alsace-Moselle.
    CHECK(metropole.birthDeclarationDeadline(date(2025, 12, 20)) == date(2025, 12, 26));
    CHECK(am.birthDeclarationDeadline(date(2025, 12, 20)) == date(2025, 12, 29));
    // Sunday 15 December 2024: day 5 is Friday 20 December, abolition day in Réunion.
    CHECK(metropole.birthDeclarationDeadline(date(2024, 12, 15)) == date(2024, 12, 20));
    CHECK(reunion.birthDeclarationDeadline(date(2024, 12, 15)) == date(2024, 12, 23));
}

TEST_CASE("Birth: the 8-day delay of some Guyane communes is a parameter", "[calendar][birth]")
{
    const FrenchCalendar guyane(Region::Guyane);
    // Monday 3 March 2025 + 8 days = Tuesday 11 March.
    CHECK(guyane.birthDeclarationDeadline(date(2025, 3, 3), 8) == date(2025, 3, 11));
}

// ---------------------------------------------------------------- civil rule

TEST_CASE("Civil days: start day not counted, last day extended", "[calendar][civil]")
{
    const FrenchCalendar cal;
    CHECK(cal.civilDeadlineDays(date(2025, 3, 5), 1) == date(2025, 3, 6));
    CHECK(cal.civilDeadlineDays(date(2025, 3, 7), 1) == date(2025, 3, 10));
    CHECK(cal.civilDeadlineDays(date(2025, 3, 3), 15) == date(2025, 3, 18));
    // 15 days from 30 April 2025 end on Thursday 15 May, a working day.
    CHECK(cal.civilDeadlineDays(date(2025, 4, 30), 15) == date(2025, 5, 15));
    // ... and 8 days on Thursday 8 May, a holiday.
    CHECK(cal.civilDeadlineDays(date(2025, 4, 30), 8) == date(2025, 5, 9));
    CHECK_FALSE(cal.civilDeadlineDays(QDate(), 5).isValid());
}

TEST_CASE("Civil months: date to date, the missing date becomes the month's last day",
          "[calendar][civil]")
{
    const FrenchCalendar cal;
    // 31 Jan 2025 + 1 month = Friday 28 February.
    CHECK(cal.civilDeadlineMonths(date(2025, 1, 31), 1) == date(2025, 2, 28));
    // Leap year: Thursday 29 February 2024.
    CHECK(cal.civilDeadlineMonths(date(2024, 1, 31), 1) == date(2024, 2, 29));
    // 28 February 2026 is a Saturday: Monday 2 March.
    CHECK(cal.civilDeadlineMonths(date(2026, 1, 31), 1) == date(2026, 3, 2));
    // 31 March 2025 + 1 month = Wednesday 30 April.
    CHECK(cal.civilDeadlineMonths(date(2025, 3, 31), 1) == date(2025, 4, 30));
    // 15 June 2025 + 2 months = 15 August (Friday, Assomption) → Monday 18 August.
    CHECK(cal.civilDeadlineMonths(date(2025, 6, 15), 2) == date(2025, 8, 18));
}

TEST_CASE("Délai franc: notified 3 November, the appeal ends on 3 January", "[calendar][franc]")
{
    const FrenchCalendar cal;
    CHECK(cal.delaiFrancMonths(date(2023, 11, 3), 2) == date(2024, 1, 3)); // Wednesday
    // 3 January 2021 is a Sunday: Monday 4 January.
    CHECK(cal.delaiFrancMonths(date(2020, 11, 3), 2) == date(2021, 1, 4));
    // 1 January 2022 is a Saturday and a holiday: Monday 3 January.
    CHECK(cal.delaiFrancMonths(date(2021, 11, 1), 2) == date(2022, 1, 3));
    // 31 December 2024 + 2 months = Friday 28 February 2025.
    CHECK(cal.delaiFrancMonths(date(2024, 12, 31), 2) == date(2025, 2, 28));
}

TEST_CASE("CRPA silence: received 1 October, decision 1 December, never extended", "[calendar][crpa]")
{
    CHECK(FrenchCalendar::crpaSilenceDate(date(2025, 10, 1), 2) == date(2025, 12, 1));
    // 1 November 2024 is Toussaint, a Friday: the date stays.
    CHECK(FrenchCalendar::crpaSilenceDate(date(2024, 9, 1), 2) == date(2024, 11, 1));
    // Sunday 1 March 2026 stays too.
    CHECK(FrenchCalendar::crpaSilenceDate(date(2026, 1, 1), 2) == date(2026, 3, 1));
    CHECK(FrenchCalendar::crpaSilenceDate(date(2023, 12, 31), 2) == date(2024, 2, 29));
}

// ---------------------------------------------------------------- working days

TEST_CASE("Working days: counting over the Christmas week", "[calendar][working]")
{
    // From Monday 22 December 2025: 23, 24, (25 Noël), 26, 29, 30.
    CHECK(FrenchCalendar().addWorkingDays(date(2025, 12, 22), 5) == date(2025, 12, 30));
    // Alsace-Moselle also skips 26 December.
    CHECK(FrenchCalendar(Region::AlsaceMoselle).addWorkingDays(date(2025, 12, 22), 5) == date(2025, 12, 31));
}

TEST_CASE("Working days: 10 jours ouvrés through May 2025 and its three Thursdays off", "[calendar][working]")
{
    const FrenchCalendar cal;
    // From Wednesday 30 April: 2, 5, 6, 7, (8 May), 9, 12, 13, 14, 15, 16.
    CHECK(cal.addWorkingDays(date(2025, 4, 30), 10) == date(2025, 5, 16));
    // Jours ouvrables count Saturdays: 2, 3, 5, 6, 7, 9, 10, 12, 13, 14.
    CHECK(cal.addJoursOuvrables(date(2025, 4, 30), 10) == date(2025, 5, 14));
    // Ascension week: from Wednesday 28 May, 1 working day is Friday 30.
    CHECK(cal.addWorkingDays(date(2025, 5, 28), 1) == date(2025, 5, 30));
}

TEST_CASE("Working days: zero days is the start, negative days count back", "[calendar][working]")
{
    const FrenchCalendar cal;
    CHECK(cal.addWorkingDays(date(2025, 3, 8), 0) == date(2025, 3, 8));
    CHECK(cal.addJoursOuvrables(date(2025, 3, 8), 0) == date(2025, 3, 8));
    // Back from Tuesday 22 April 2025 over Easter Monday.
    CHECK(cal.addWorkingDays(date(2025, 4, 22), -1) == date(2025, 4, 18));
    CHECK(FrenchCalendar(Region::AlsaceMoselle).addWorkingDays(date(2025, 4, 22), -1) == date(2025, 4, 17));
    CHECK(cal.addJoursOuvrables(date(2025, 4, 22), -1) == date(2025, 4, 19));
}

// ---------------------------------------------------------------- death

TEST_CASE("Death: 24 hours on working days end the next day at the same time", "[calendar][death]")
{
    const FrenchCalendar cal;
    CHECK(cal.deathDeclarationDeadline(at(2025, 3, 5, 9, 30)) == at(2025, 3, 6, 9, 30));
    CHECK(cal.deathDeclarationDeadline(at(2025, 3, 3, 0)) == at(2025, 3, 4, 0));
}

TEST_CASE("Death: a weekend does not count", "[calendar][death]")
{
    const FrenchCalendar cal;
    // Friday 15:00 → 9 h on Friday, 15 h on Monday.
    CHECK(cal.deathDeclarationDeadline(at(2025, 3, 7, 15)) == at(2025, 3, 10, 15));
    // Friday 00:00: the whole Friday, ending at Saturday 00:00.
    CHECK(cal.deathDeclarationDeadline(at(2025, 3, 7, 0)) == at(2025, 3, 8, 0));
    // Friday 00:01 runs on to Monday 00:01.
    CHECK(cal.deathDeclarationDeadline(at(2025, 3, 7, 0, 1)) == at(2025, 3, 10, 0, 1));
}

TEST_CASE("Death: a confirmation on Saturday starts the count on Monday 00:00", "[calendar][death]")
{
    const FrenchCalendar cal;
    CHECK(cal.deathDeclarationDeadline(at(2025, 3, 8, 10)) == at(2025, 3, 11, 0));
    CHECK(cal.deathDeclarationDeadline(at(2025, 3, 9, 23, 59)) == at(2025, 3, 11, 0));
}

TEST_CASE("Death: holidays do not count", "[calendar][death]")
{
    const FrenchCalendar cal;
    // Friday 11 July 2025 18:00: Saturday, Sunday and Monday 14 July skipped.
    CHECK(cal.deathDeclarationDeadline(at(2025, 7, 11, 18)) == at(2025, 7, 15, 18));
    // Confirmed on 14 July itself: the count starts on Tuesday 15 July.
    CHECK(cal.deathDeclarationDeadline(at(2025, 7, 14, 8)) == at(2025, 7, 16, 0));
    // Wednesday 24 December 2025 9:00: Christmas skipped.
    CHECK(cal.deathDeclarationDeadline(at(2025, 12, 24, 9)) == at(2025, 12, 26, 9));
    // In Alsace-Moselle, 26 December and the weekend too.
    CHECK(FrenchCalendar(Region::AlsaceMoselle).deathDeclarationDeadline(at(2025, 12, 24, 9))
          == at(2025, 12, 29, 9));
    // New Year's Eve noon: 1 January skipped.
    CHECK(cal.deathDeclarationDeadline(at(2025, 12, 31, 12)) == at(2026, 1, 2, 12));
}

TEST_CASE("Death: the number of hours is a parameter and the time zone is kept", "[calendar][death]")
{
    const FrenchCalendar cal;
    CHECK(cal.deathDeclarationDeadline(at(2025, 3, 7, 15), 48) == at(2025, 3, 11, 15));
    CHECK(cal.deathDeclarationDeadline(at(2025, 3, 7, 15), 0) == at(2025, 3, 7, 15));

    const QDateTime reunion(date(2025, 3, 7), QTime(15, 0), Qt::OffsetFromUTC, 4 * 3600);
    const QDateTime deadline = cal.deathDeclarationDeadline(reunion);
    CHECK(deadline.offsetFromUtc() == 4 * 3600);
    CHECK(deadline.date() == date(2025, 3, 10));
    CHECK(deadline.time() == QTime(15, 0));
    CHECK_FALSE(cal.deathDeclarationDeadline(QDateTime()).isValid());
}
