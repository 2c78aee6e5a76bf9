// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace guichet::demo {

/// The streets of a reference release's polling-station table, as the demo
/// generator uses them: a home in the commune is drawn only on a street the
/// table knows, so that every demo voter's address finds its polling station.
///
/// It reads the section's table only (the demo generator cannot link a
/// module) and compares names as the electoral module's StreetTable::key
/// does: folded words, the table's abbreviations spelt out. The street names
/// of the table are demonstration data; which polling station a real street
/// belongs to is set by prefectoral order, so the demo never makes one up.
class PollingStreets
{
public:
    /// Whether a section holds a polling-station table (stations and streets).
    static bool isElectoralSection(const QJsonObject &section);
    /// The table's streets; empty when the section has none.
    static PollingStreets fromSection(const QJsonObject &section);

    bool isEmpty() const { return m_keys.isEmpty(); }
    /// Whether the table has a row for `street` ("rue de Siam", "r. de siam"…).
    bool knows(const QString &street) const;
    /// The streets of `streets` the table knows, in their order.
    QStringList known(const QStringList &streets) const;

private:
    QString key(const QString &street) const;

    QSet<QString> m_keys;
    QHash<QString, QString> m_abbreviations;
};

} // namespace guichet::demo
