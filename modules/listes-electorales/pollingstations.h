// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace guichet::listeselectorales {

/// A polling station (bureau de vote).
struct PollingStation
{
    QString id;
    QString label;     ///< "Bureau 101 — Hôtel de ville"
    QString address;
};

/// A house number as typed: "12", "12 bis", "12B".
struct HouseNumber
{
    int value = 0;
    QString suffix;    ///< "bis", "B", … as typed
};

/// What the street table says about an address.
struct StationAnswer
{
    enum class Kind {
        Empty,           ///< no street typed
        Found,
        UnknownStreet,   ///< no street of the table matches
        SeveralStreets,  ///< the words typed match more than one street
        NumberNeeded,    ///< the street is split between stations and no number was typed
        NumberOutside,   ///< the number is in no range of the street (or has no digit)
    };
    Kind kind = Kind::Empty;
    PollingStation station;     ///< when Found
    QString street;             ///< the street's name as the table writes it, when one matched
    QStringList candidates;     ///< when SeveralStreets, as the table writes them
    QString sentence;           ///< French, filled by ElectoralRules
};

/// The street-to-polling-station table of the reference data: rows of
/// (street, first number, last number, side, station), numbers inclusive
/// at both ends, no last number meaning "to the end of the street", side
/// odd, even or both. Streets are matched on their folded form (accents,
/// case, punctuation and the abbreviations of the table ignored), so
/// "r. de l'eglise" finds "Rue de l'Église".
///
/// fromJson() refuses a table whose rows overlap on one street: an address
/// must never have two polling stations.
class StreetTable
{
    Q_DECLARE_TR_FUNCTIONS(guichet::listeselectorales::StreetTable)

public:
    /// The table, or an error whose message says what is wrong as a fragment
    /// of a sentence ("two rows of "Rue de Siam" overlap …").
    static Result<StreetTable> fromJson(const QJsonArray &stations, const QJsonArray &streets,
                                        const QJsonObject &abbreviations);

    /// The key a street name is compared on: folded, punctuation as spaces,
    /// abbreviations expanded, single spaces.
    QString key(const QString &street) const;
    /// The leading digits of a house number and what follows, or nullopt
    /// when it does not start with a number from 1.
    static std::optional<HouseNumber> parseNumber(const QString &text);

    /// The station of `number` (may be empty) in `street`. The sentence is left empty.
    StationAnswer find(const QString &number, const QString &street) const;

    QList<PollingStation> stations() const { return m_stations; }
    /// Every street of the table once, as the table writes it (for completion).
    QStringList streetNames() const;
    std::optional<PollingStation> station(const QString &id) const;

private:
    enum class Side { Odd, Even, Both };
    struct Row
    {
        QString street;   ///< as written in the table
        QString key;
        int from = 1;
        int to = 0;       ///< 0: no upper bound
        Side side = Side::Both;
        QString station;
    };
    static bool sidesMeet(Side a, Side b);
    static bool overlap(const Row &a, const Row &b);
    bool contains(const Row &row, int number) const;

    QList<PollingStation> m_stations;
    QList<Row> m_rows;
    QHash<QString, QString> m_abbreviations;
};

} // namespace guichet::listeselectorales
