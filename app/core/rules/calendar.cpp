// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar.h"

#include <QStringList>

#include <algorithm>

namespace guichet {

namespace {

using Region = FrenchCalendar::Region;

struct RegionName { Region region; const char *name; };
constexpr RegionName regionNames[] = {
    {Region::Metropole, "metropole"},   {Region::AlsaceMoselle, "alsace-moselle"},
    {Region::Guadeloupe, "guadeloupe"}, {Region::Martinique, "martinique"},
    {Region::Guyane, "guyane"},         {Region::Reunion, "reunion"},
    {Region::Mayotte, "mayotte"},
};

/// "Réunion", " Alsace Moselle " and "alsace_moselle" all become the key form.
QString nameKey(const QString &name)
{
    const QString decomposed = name.trimmed().toLower().normalized(QString::NormalizationForm_D);
    QString key;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        key.append(c == u' ' || c == u'_' ? QChar(u'-') : c);
    }
    return key;
}

/// Slavery-abolition day of an overseas department (décret 83-1003 and its
/// later amendments), as month and day.
struct AbolitionDay { Region region; int month; int day; };
constexpr AbolitionDay abolitionDays[] = {
    {Region::Guadeloupe, 5, 27}, {Region::Martinique, 5, 22}, {Region::Guyane, 6, 10},
    {Region::Reunion, 12, 20},   {Region::Mayotte, 4, 27},
};

} // namespace

FrenchCalendar::Region FrenchCalendar::regionOfDepartment(const QString &department)
{
    const QString d = department.trimmed().toUpper();
    if (d == u"57" || d == u"67" || d == u"68")
        return Region::AlsaceMoselle;
    if (d == u"971")
        return Region::Guadeloupe;
    if (d == u"972")
        return Region::Martinique;
    if (d == u"973")
        return Region::Guyane;
    if (d == u"974")
        return Region::Reunion;
    if (d == u"976")
        return Region::Mayotte;
    return Region::Metropole;
}

FrenchCalendar::Region FrenchCalendar::regionFromName(const QString &name, bool *ok)
{
    const QString key = nameKey(name);
    for (const auto &n : regionNames) {
        if (key == QLatin1String(n.name)) {
            if (ok)
                *ok = true;
            return n.region;
        }
    }
    if (ok)
        *ok = false;
    return Region::Metropole;
}

QDate FrenchCalendar::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus, "Astronomical Algorithms", ch. 8).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<FrenchCalendar::Holiday> FrenchCalendar::holidays(int year) const
{
    const QDate easter = easterSunday(year);
    // Two holidays may share a date (Ascension on 1 or 8 May, as in 2008 and
    // 2059): both are listed, each under its own name.
    QList<Holiday> list = {
        {QDate(year, 1, 1), QStringLiteral("Jour de l'an")},
        {easter.addDays(1), QStringLiteral("Lundi de Pâques")},
        {QDate(year, 5, 1), QStringLiteral("Fête du Travail")},
        {QDate(year, 5, 8), QStringLiteral("Victoire 1945")},
        {easter.addDays(39), QStringLiteral("Ascension")},
        {easter.addDays(50), QStringLiteral("Lundi de Pentecôte")},
        {QDate(year, 7, 14), QStringLiteral("Fête nationale")},
        {QDate(year, 8, 15), QStringLiteral("Assomption")},
        {QDate(year, 11, 1), QStringLiteral("Toussaint")},
        {QDate(year, 11, 11), QStringLiteral("Armistice 1918")},
        {QDate(year, 12, 25), QStringLiteral("Noël")},
    };
    if (m_region == Region::AlsaceMoselle) {
        list.append({easter.addDays(-2), QStringLiteral("Vendredi saint")});
        list.append({QDate(year, 12, 26), QStringLiteral("Saint-Étienne")});
    }
    for (const auto &a : abolitionDays)
        if (a.region == m_region)
            list.append({QDate(year, a.month, a.day), QStringLiteral("Abolition de l'esclavage")});

    std::stable_sort(list.begin(), list.end(),
                     [](const Holiday &x, const Holiday &y) { return x.date < y.date; });
    return list;
}

bool FrenchCalendar::isHoliday(const QDate &d) const
{
    if (!d.isValid())
        return false;
    const QList<Holiday> list = holidays(d.year());
    return std::any_of(list.cbegin(), list.cend(), [&](const Holiday &h) { return h.date == d; });
}

bool FrenchCalendar::isWorkingDay(const QDate &d) const
{
    return d.isValid() && d.dayOfWeek() <= 5 && !isHoliday(d);
}

bool FrenchCalendar::isJourOuvrable(const QDate &d) const
{
    return d.isValid() && d.dayOfWeek() <= 6 && !isHoliday(d);
}

QDate FrenchCalendar::nextWorkingDay(const QDate &d) const
{
    if (!d.isValid())
        return {};
    QDate day = d;
    while (!isWorkingDay(day))
        day = day.addDays(1);
    return day;
}

QDate FrenchCalendar::civilDeadlineDays(const QDate &start, int days) const
{
    if (!start.isValid())
        return {};
    // The start day is not counted: day 1 is the day after.
    return nextWorkingDay(start.addDays(days));
}

QDate FrenchCalendar::civilDeadlineMonths(const QDate &start, int months) const
{
    if (!start.isValid())
        return {};
    // QDate::addMonths already gives the month's last day when the date is missing.
    return nextWorkingDay(start.addMonths(months));
}

QDate FrenchCalendar::delaiFrancMonths(const QDate &notified, int months) const
{
    // In practice (CE n° 362568) a délai franc in months ends on the same date
    // N months on, extended if non-working: the civil month rule, under its own
    // name so that each deadline type keeps its strategy.
    return civilDeadlineMonths(notified, months);
}

QDate FrenchCalendar::crpaSilenceDate(const QDate &received, int months)
{
    if (!received.isValid())
        return {};
    return received.addMonths(months);
}

namespace {

/// Moves `days` qualifying days away from `start` (backwards when negative).
template <typename Qualifies>
QDate stepDays(const QDate &start, int days, Qualifies qualifies)
{
    if (!start.isValid())
        return {};
    const int step = days < 0 ? -1 : 1;
    QDate d = start;
    for (int left = days < 0 ? -days : days; left > 0;) {
        d = d.addDays(step);
        if (qualifies(d))
            --left;
    }
    return d;
}

} // namespace

QDate FrenchCalendar::addWorkingDays(const QDate &start, int days) const
{
    return stepDays(start, days, [this](const QDate &d) { return isWorkingDay(d); });
}

QDate FrenchCalendar::addJoursOuvrables(const QDate &start, int days) const
{
    return stepDays(start, days, [this](const QDate &d) { return isJourOuvrable(d); });
}

QDate FrenchCalendar::birthDeclarationDeadline(const QDate &birth, int days) const
{
    // Code civil art. 55 says "premier jour ouvrable suivant"; domain.md §1 and
    // the mairies' practice take the next day the office is open, i.e. the next
    // working day, which is what the civil rule does.
    return civilDeadlineDays(birth, days);
}

QDateTime FrenchCalendar::deathDeclarationDeadline(const QDateTime &confirmed, int hours) const
{
    // Interpretation of "24 h excluding weekends and holidays": the hours run
    // only on working days (Mon–Fri, not a holiday), on the wall clock of the
    // confirmation's time zone. Time falling on a Saturday, Sunday or holiday
    // is skipped whole, so a confirmation on such a day starts the count at
    // 00:00 of the next working day (Saturday 10:00 → Monday 00:00 → Tuesday
    // 00:00), and Friday 15:00 ends on Monday 15:00. A deadline that ends
    // exactly at midnight is given as 00:00 of the following day.
    if (!confirmed.isValid())
        return {};
    constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;
    qint64 remaining = qint64(hours) * 60 * 60 * 1000;

    QDate day = confirmed.date();
    qint64 from = confirmed.time().msecsSinceStartOfDay();
    while (remaining > 0) {
        if (!isWorkingDay(day)) {
            day = nextWorkingDay(day);
            from = 0;
        }
        const qint64 available = msPerDay - from;
        if (remaining < available) {
            from += remaining;
            remaining = 0;
        } else {
            remaining -= available;
            day = day.addDays(1);
            from = 0;
        }
    }

    // A copy keeps the confirmation's time spec or time zone.
    QDateTime deadline = confirmed;
    deadline.setDate(day);
    deadline.setTime(QTime::fromMSecsSinceStartOfDay(int(from)));
    return deadline;
}

} // namespace guichet
