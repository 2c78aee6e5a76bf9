// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace guichet {

/// Public holidays and the ways French law counts deadlines (domain.md §7).
/// Pure functions over a region; no clock, no I/O.
class FrenchCalendar
{
public:
    enum class Region {
        Metropole,
        AlsaceMoselle,  ///< departments 57, 67, 68: + Good Friday, 26 December
        Guadeloupe,     ///< + 27 May (abolition of slavery)
        Martinique,     ///< + 22 May
        Guyane,         ///< + 10 June
        Reunion,        ///< + 20 December
        Mayotte,        ///< + 27 April
    };

    struct Holiday {
        QDate date;
        QString name;   ///< French name, e.g. "Lundi de Pâques"
    };

    explicit FrenchCalendar(Region region = Region::Metropole) : m_region(region) {}

    /// Region of a department code ("57", "2A", "971" …).
    static Region regionOfDepartment(const QString &department);
    /// "metropole", "alsace-moselle", "guadeloupe", … ; nullopt-like Metropole on unknown with ok=false.
    static Region regionFromName(const QString &name, bool *ok = nullptr);

    static QDate easterSunday(int year);          ///< Gregorian computus
    QList<Holiday> holidays(int year) const;       ///< sorted by date
    bool isHoliday(const QDate &d) const;
    bool isWorkingDay(const QDate &d) const;       ///< jour ouvré: Mon–Fri, not a holiday
    bool isJourOuvrable(const QDate &d) const;     ///< Mon–Sat, not a holiday
    QDate nextWorkingDay(const QDate &d) const;    ///< d itself if it is one

    /// Civil rule: the start day is not counted, `days` calendar days, last day
    /// pushed past Saturday, Sunday or a holiday to the next working day.
    QDate civilDeadlineDays(const QDate &start, int days) const;
    /// Months run date to date (31 Jan + 1 month = 28/29 Feb), then the same extension.
    QDate civilDeadlineMonths(const QDate &start, int months) const;
    /// Délai franc of N months: the same date N months on, extended if non-working.
    QDate delaiFrancMonths(const QDate &notified, int months) const;
    /// CRPA silence: date to date from receipt, no extension.
    static QDate crpaSilenceDate(const QDate &received, int months);
    /// Adds N jours ouvrés (working days) after `start`.
    QDate addWorkingDays(const QDate &start, int days) const;
    /// Adds N jours ouvrables after `start`.
    QDate addJoursOuvrables(const QDate &start, int days) const;

    /// Birth declaration: `days` (5) after the day of birth, not counting it,
    /// extended past a Saturday, Sunday or holiday. Returns the last allowed day.
    QDate birthDeclarationDeadline(const QDate &birth, int days = 5) const;
    /// Death declaration: `hours` (24) after the medical confirmation, not counting
    /// Saturdays, Sundays and holidays. Returns the deadline instant (local time).
    QDateTime deathDeclarationDeadline(const QDateTime &confirmed, int hours = 24) const;

    Region region() const { return m_region; }

private:
    Region m_region;
};

} // namespace guichet
