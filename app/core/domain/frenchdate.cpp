// SPDX-License-Identifier: GPL-3.0-or-later
#include "frenchdate.h"

#include <QLocale>

namespace guichet::frenchdate {

namespace {

QString dayOfMonth(const QDate &d)
{
    return d.day() == 1 ? QStringLiteral("1er") : QString::number(d.day());
}

} // namespace

QString date(const QDate &d)
{
    if (!d.isValid())
        return {};
    const QLocale fr(QLocale::French, QLocale::France);
    return QStringLiteral("%1 %2 %3").arg(dayOfMonth(d), fr.monthName(d.month()), QString::number(d.year()));
}

QString longDate(const QDate &d)
{
    if (!d.isValid())
        return {};
    const QLocale fr(QLocale::French, QLocale::France);
    return fr.dayName(d.dayOfWeek()) + u' ' + date(d);
}

QString longDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    return QStringLiteral("%1 à %2").arg(longDate(dt.date()), dt.time().toString(QStringLiteral("HH:mm")));
}

} // namespace guichet::frenchdate
