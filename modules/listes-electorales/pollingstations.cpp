// SPDX-License-Identifier: GPL-3.0-or-later
#include "pollingstations.h"

#include "domain/textfold.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace guichet::listeselectorales {

Result<StreetTable> StreetTable::fromJson(const QJsonArray &stations, const QJsonArray &streets,
                                          const QJsonObject &abbreviations)
{
    // The message is a fragment ("two rows of … overlap"): the caller puts it
    // in the sentence that names the release.
    const auto incomplete = [](const QString &what) {
        return std::unexpected(Error::make(Error::Code::Invalid, what));
    };

    StreetTable t;
    for (auto it = abbreviations.begin(); it != abbreviations.end(); ++it)
        t.m_abbreviations.insert(textfold::fold(it.key()), textfold::fold(it->toString()));

    QSet<QString> stationIds;
    for (const auto &v : stations) {
        const auto o = v.toObject();
        PollingStation s{o.value(QLatin1String("id")).toString(), o.value(QLatin1String("label")).toString(),
                         o.value(QLatin1String("address")).toString()};
        if (s.id.isEmpty() || s.label.isEmpty() || s.address.isEmpty())
            return incomplete(tr("a polling station has no id, label or address"));
        if (stationIds.contains(s.id))
            return incomplete(tr("the polling station \"%1\" is listed twice").arg(s.id));
        stationIds.insert(s.id);
        t.m_stations << s;
    }
    if (t.m_stations.isEmpty())
        return incomplete(tr("there is no polling station"));

    for (const auto &v : streets) {
        const auto o = v.toObject();
        Row row;
        row.street = o.value(QLatin1String("street")).toString().simplified();
        row.key = t.key(row.street);
        row.from = o.value(QLatin1String("from")).toInt(1);
        row.to = o.contains(QLatin1String("to")) ? o.value(QLatin1String("to")).toInt(-1) : 0;
        row.station = o.value(QLatin1String("station")).toString();
        const QString side = o.value(QLatin1String("side")).toString(QStringLiteral("both"));
        if (side == QLatin1String("odd"))
            row.side = Side::Odd;
        else if (side == QLatin1String("even"))
            row.side = Side::Even;
        else if (side == QLatin1String("both"))
            row.side = Side::Both;
        else
            return incomplete(tr("the row of \"%1\" has the side \"%2\" (expected odd, even or both)")
                                  .arg(row.street, side));
        if (row.key.isEmpty())
            return incomplete(tr("a row has no street name"));
        if (row.from < 1 || (o.contains(QLatin1String("to")) && row.to < row.from))
            return incomplete(tr("the row of \"%1\" from %2 has no valid number range")
                                  .arg(row.street).arg(row.from));
        if (!stationIds.contains(row.station))
            return incomplete(tr("the row of \"%1\" from %2 names the unknown polling station \"%3\"")
                                  .arg(row.street).arg(row.from).arg(row.station));
        for (const Row &other : std::as_const(t.m_rows))
            if (overlap(other, row))
                return incomplete(tr("two rows of \"%1\" overlap (from %2 and from %3): an address would "
                                     "have two polling stations")
                                      .arg(row.street).arg(other.from).arg(row.from));
        t.m_rows << row;
    }
    if (t.m_rows.isEmpty())
        return incomplete(tr("there is no street"));
    return t;
}

QString StreetTable::key(const QString &street) const
{
    // Apostrophes, hyphens and dots separate words here ("l'Église" → "l eglise"),
    // so that "Saint-Marc" and "saint marc" are one street.
    QString spaced;
    for (const QChar c : textfold::fold(street))
        spaced += c.isLetterOrNumber() ? c : QChar(u' ');
    QStringList words = spaced.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words)
        w = m_abbreviations.value(w, w);
    return words.join(u' ');
}

std::optional<HouseNumber> StreetTable::parseNumber(const QString &text)
{
    const QString t = text.trimmed();
    qsizetype digits = 0;
    while (digits < t.size() && t.at(digits).isDigit() && t.at(digits).unicode() < 0x80)
        ++digits;
    if (digits == 0 || digits > 6)
        return std::nullopt;
    const int value = t.left(digits).toInt();
    if (value < 1)
        return std::nullopt;
    return HouseNumber{value, t.mid(digits).trimmed()};
}

bool StreetTable::sidesMeet(Side a, Side b)
{
    return a == Side::Both || b == Side::Both || a == b;
}

bool StreetTable::overlap(const Row &a, const Row &b)
{
    if (a.key != b.key || !sidesMeet(a.side, b.side))
        return false;
    const int lo = std::max(a.from, b.from);
    const int hiA = a.to == 0 ? std::numeric_limits<int>::max() : a.to;
    const int hiB = b.to == 0 ? std::numeric_limits<int>::max() : b.to;
    const int hi = std::min(hiA, hiB);
    if (lo > hi)
        return false;
    // Both rows hold one side only: they meet only on a number of that parity.
    const Side side = a.side == Side::Both ? b.side : a.side;
    if (side == Side::Both || hi > lo)
        return true;
    return (lo % 2 == 1) == (side == Side::Odd);
}

bool StreetTable::contains(const Row &row, int number) const
{
    if (number < row.from || (row.to != 0 && number > row.to))
        return false;
    switch (row.side) {
    case Side::Odd: return number % 2 == 1;
    case Side::Even: return number % 2 == 0;
    case Side::Both: return true;
    }
    return false;
}

QStringList StreetTable::streetNames() const
{
    QStringList names;
    QSet<QString> keys;
    for (const Row &r : m_rows) {
        if (keys.contains(r.key))
            continue;
        keys.insert(r.key);
        names << r.street;
    }
    return names;
}

std::optional<PollingStation> StreetTable::station(const QString &id) const
{
    for (const PollingStation &s : m_stations)
        if (s.id == id)
            return s;
    return std::nullopt;
}

StationAnswer StreetTable::find(const QString &number, const QString &street) const
{
    StationAnswer answer;
    const QString typed = key(street);
    if (typed.isEmpty())
        return answer;

    // The whole name first; then every typed word as a word of the name, in
    // order ("siam" → "rue de siam", "jean jaures" → "rue jean jaures").
    QList<const Row *> rows;
    for (const Row &r : m_rows)
        if (r.key == typed)
            rows << &r;
    if (rows.isEmpty()) {
        const QStringList words = typed.split(u' ');
        QStringList streets;
        QSet<QString> keys;
        for (const Row &r : m_rows) {
            const QStringList own = r.key.split(u' ');
            qsizetype at = 0;
            bool all = true;
            for (const QString &w : words) {
                const auto found = std::find(own.cbegin() + at, own.cend(), w);
                if (found == own.cend()) {
                    all = false;
                    break;
                }
                at = found - own.cbegin() + 1;
            }
            if (all) {
                rows << &r;
                if (!keys.contains(r.key)) {
                    keys.insert(r.key);
                    streets << r.street;
                }
            }
        }
        if (streets.size() > 1) {
            answer.kind = StationAnswer::Kind::SeveralStreets;
            answer.candidates = streets;
            return answer;
        }
    }
    if (rows.isEmpty()) {
        answer.kind = StationAnswer::Kind::UnknownStreet;
        return answer;
    }
    answer.street = rows.first()->street;

    if (number.trimmed().isEmpty()) {
        QSet<QString> stations;
        for (const Row *r : rows)
            stations.insert(r->station);
        if (stations.size() > 1) {
            answer.kind = StationAnswer::Kind::NumberNeeded;
            return answer;
        }
        answer.kind = StationAnswer::Kind::Found;
        answer.station = *station(rows.first()->station);
        return answer;
    }

    const auto parsed = parseNumber(number);
    const auto row = !parsed ? rows.cend() : std::find_if(rows.cbegin(), rows.cend(), [&](const Row *r) {
        return contains(*r, parsed->value);
    });
    if (row == rows.cend()) {
        answer.kind = StationAnswer::Kind::NumberOutside;
        return answer;
    }
    answer.kind = StationAnswer::Kind::Found;
    answer.station = *station((*row)->station);
    return answer;
}

} // namespace guichet::listeselectorales
