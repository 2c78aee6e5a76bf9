// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

class ReferenceRelease;

/// A commune of INSEE's Code officiel géographique, as the reference release
/// holds it (section `communes`, converted by scripts/import-communes).
struct Commune
{
    QString code;          ///< INSEE code, "29019"
    QString name;          ///< "Brest"
    QString department;    ///< "29", "2A", "973"
    QStringList postalCodes;
    /// For an arrondissement (Paris, Lyon, Marseille), a commune déléguée or
    /// associée: the current commune it belongs to. Empty for a current commune.
    QString partOf;
    enum class Kind { Current, Arrondissement, Delegated, Associated } kind = Kind::Current;

    bool isCurrent() const { return kind == Kind::Current; }
};

/// The communes of France: whether a code exists and what it names, the
/// current commune of a former code, completion of a name as it is typed and
/// the agreement of a postal code with a town. Read from the reference release,
/// so every office answers from the same table.
class CommuneTable
{
    Q_DECLARE_TR_FUNCTIONS(guichet::CommuneTable)

public:
    CommuneTable() = default;

    /// From the release's `communes` section; an empty table when the release
    /// has none (an older release), an error when the section is malformed.
    static Result<CommuneTable> fromRelease(const ReferenceRelease &release);

    bool isEmpty() const { return m_communes.isEmpty(); }
    qsizetype size() const { return m_communes.size(); }
    /// The package version the table was converted from ("6.0.0"), for the About box.
    QString sourceVersion() const { return m_sourceVersion; }

    /// The commune, arrondissement or commune déléguée of this code, or null.
    const Commune *byCode(const QString &code) const;
    /// The current commune a code designates today: the commune itself, the one
    /// an arrondissement or a commune déléguée belongs to, or the one a former
    /// commune merged into. Null for an unknown code.
    const Commune *currentOf(const QString &code) const;
    /// Whether the code designated a commune that no longer exists under it
    /// (merged, or now a commune déléguée or associée).
    bool isFormer(const QString &code) const;

    /// Communes whose name begins with the typed text, accents, case, hyphens and
    /// apostrophes ignored ("st" also reads "saint"), or whose code or postal
    /// code begins with the typed digits: exact names first, current communes
    /// before former ones, then by name and department. At most `limit`.
    QList<const Commune *> complete(const QString &typed, int limit = 20) const;
    /// The communes exactly of this name (homonyms in several departments).
    QList<const Commune *> named(const QString &name) const;
    /// The communes a postal code serves.
    QList<const Commune *> withPostalCode(const QString &postalCode) const;

    /// An INSEE code that exists (a former code is accepted: a birth place is
    /// the commune of the time). The Error names the field and what to do.
    Result<QString> checkCode(const QString &code, const QString &field) const;
    /// Whether a postal code and a town agree: refused only when the town is a
    /// commune the table knows and none of that name has this postal code
    /// ("75001 is the postal code of Paris, Brest's is 29200").
    Result<void> checkAddress(const QString &postalCode, const QString &city, const QString &field) const;

    /// "Brest (29)": the name and department, as lists show homonyms.
    static QString label(const Commune &commune);

private:
    static QString key(const QString &name);

    // Sorted lists searched by halves rather than hashes: the table is read at
    // every desk start, and 37,000 hash nodes cost more to build than to search.
    QList<Commune> m_communes;                         ///< sorted by code
    QHash<QString, QString> m_former;                  ///< former code → current code
    QList<std::pair<QString, qsizetype>> m_byPostalCode;  ///< (postal code, index), sorted
    QList<std::pair<QString, qsizetype>> m_byName;     ///< (key, index), sorted by key
    QString m_sourceVersion;
};

} // namespace guichet
