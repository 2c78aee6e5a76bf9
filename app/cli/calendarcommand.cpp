// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarcommand.h"

#include "rules/calendar.h"

#include <QJsonArray>
#include <QLocale>

namespace guichet::cli {

namespace {

const QStringList regionNames = {
    QStringLiteral("metropole"), QStringLiteral("alsace-moselle"), QStringLiteral("guadeloupe"),
    QStringLiteral("martinique"), QStringLiteral("guyane"),        QStringLiteral("reunion"),
    QStringLiteral("mayotte")};

// The Gregorian computus of Easter holds from 1583; QDate stops at 9999 for four-digit years.
constexpr int firstYear = 1583;
constexpr int lastYear = 9999;

} // namespace

QString CalendarHolidaysCommand::summary() const
{
    return tr("List the public holidays of a year.");
}

void CalendarHolidaysCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("year"), tr("The year, e.g. 2026."));
    m_region.setDescription(tr("%1 (default metropole).").arg(regionNames.join(QStringLiteral(", "))));
    m_region.setValueName(tr("REGION"));
    m_json.setDescription(tr("Print a JSON object, for scripts."));
    parser.addOption(m_region);
    parser.addOption(m_json);
}

int CalendarHolidaysCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("expected one year, e.g. guichetctl calendar holidays 2026."));
    bool ok = false;
    const int year = args.at(0).toInt(&ok);
    if (!ok)
        return usageError(tr("the year must be a whole number, not \"%1\".").arg(args.at(0)));
    if (year < firstYear || year > lastYear)
        return fail(Error::invalid(QStringLiteral("year"),
            tr("Year: expected a year from %1 to %2.").arg(firstYear).arg(lastYear)));
    const QString regionName = parser.isSet(m_region) ? parser.value(m_region).trimmed().toLower()
                                                      : QStringLiteral("metropole");
    bool known = false;
    const auto region = FrenchCalendar::regionFromName(regionName, &known);
    if (!known)
        return fail(Error::invalid(QStringLiteral("region"),
            tr("Region: \"%1\" is not known. Choose one of %2.")
                .arg(parser.value(m_region), regionNames.join(QStringLiteral(", ")))));

    const auto holidays = FrenchCalendar(region).holidays(year);
    if (parser.isSet(m_json)) {
        QJsonArray list;
        for (const auto &h : holidays)
            list.append(QJsonObject{{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                                    {QStringLiteral("name"), h.name}});
        printJson({{QStringLiteral("year"), year}, {QStringLiteral("region"), regionNames.at(int(region))},
                   {QStringLiteral("holidays"), list}});
        return Success;
    }
    const QLocale locale;
    qsizetype dayWidth = 0;
    for (const auto &h : holidays)
        dayWidth = std::max(dayWidth, locale.dayName(h.date.dayOfWeek()).size());
    for (const auto &h : holidays)
        out() << h.date.toString(Qt::ISODate) << "  " << locale.dayName(h.date.dayOfWeek()).leftJustified(dayWidth)
              << "  " << h.name << '\n';
    return Success;
}

} // namespace guichet::cli
