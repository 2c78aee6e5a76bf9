// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace guichet::frenchdate {

/// Dates as French letters and answers write them, whatever the desk's
/// language: the first of the month is an ordinal ("1er décembre"), never
/// "1 décembre". An invalid date gives an empty string.

/// "1er décembre 2026", "2 décembre 2026".
QString date(const QDate &d);
/// "mardi 1er décembre 2026".
QString longDate(const QDate &d);
/// "mardi 1er décembre 2026 à 09:30", in the date-time's own time zone.
QString longDateTime(const QDateTime &dt);

} // namespace guichet::frenchdate
