// SPDX-License-Identifier: GPL-3.0-or-later
#include "pollingstreets.h"

#include "domain/textfold.h"

#include <QJsonArray>

namespace guichet::demo {

bool PollingStreets::isElectoralSection(const QJsonObject &section)
{
    return !section.value(QLatin1String("pollingStations")).toArray().isEmpty()
        && !section.value(QLatin1String("streets")).toArray().isEmpty();
}

PollingStreets PollingStreets::fromSection(const QJsonObject &section)
{
    PollingStreets p;
    if (!isElectoralSection(section))
        return p;
    const QJsonObject abbreviations =
        section.value(QLatin1String("streetTypes")).toObject().value(QLatin1String("abbreviations")).toObject();
    for (auto it = abbreviations.begin(); it != abbreviations.end(); ++it)
        p.m_abbreviations.insert(textfold::fold(it.key()), textfold::fold(it->toString()));
    for (const auto &v : section.value(QLatin1String("streets")).toArray()) {
        const QString k = p.key(v.toObject().value(QLatin1String("street")).toString());
        if (!k.isEmpty())
            p.m_keys.insert(k);
    }
    return p;
}

bool PollingStreets::knows(const QString &street) const
{
    return m_keys.contains(key(street));
}

QStringList PollingStreets::known(const QStringList &streets) const
{
    QStringList out;
    for (const QString &street : streets)
        if (knows(street))
            out << street;
    return out;
}

QString PollingStreets::key(const QString &street) const
{
    // As StreetTable::key: folded words (apostrophes, hyphens and dots separate
    // them), abbreviations spelt out, single spaces.
    QStringList words = textfold::words(street);
    for (QString &w : words)
        w = m_abbreviations.value(w, w);
    return words.join(u' ');
}

} // namespace guichet::demo
