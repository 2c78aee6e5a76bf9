// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demorng.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace guichet {
class FrenchCalendar;
}

namespace guichet::demo {

/// The school section of a reference release as the demo generator uses it:
/// homes drawn from the streets of its catchment map, and enrolments and
/// derogation requests whose data holds what the school form writes (the
/// child, the level, the school year, the catchment school…), so that the
/// school desk's lists, certificates and letters work on demo data.
///
/// It reads the section's tables only (the demo generator cannot link a
/// module); tests/cli/test_demogenerator.cpp holds what it writes against the
/// module's own rules.
class SchoolDemo
{
public:
    /// A home on a street of the map.
    struct Address
    {
        QString number;   ///< "12", "12 bis"
        QString street;   ///< as the map writes it, its type in lower case: "rue Jean Jaurès"
        int row = -1;     ///< the row of the map that covers it
    };

    /// Who makes a school request, and the home of the child.
    struct Applicant
    {
        QString guardian;     ///< "LE GALL Anne", as the form's guardian field
        QString familyName;   ///< the name the child takes: the used name, else the family name
        bool female = false;
        QStringList girls;    ///< first names of the family's background
        QStringList boys;
        QString number;       ///< house number, may be empty
        QString street;
        QString postalCode;
        QString city;
        int row = -1;         ///< the map's row of the home; -1 outside every sector or outside the commune
        bool livesHere = false;  ///< in the commune whose schools the map describes
    };

    /// One request, as the form would have recorded it.
    struct Request
    {
        QJsonObject data;     ///< the keys InscriptionForm::values() writes
        QJsonObject facts;    ///< data plus the keys the checklist is matched on
        QString summary;      ///< as the form's summary, in the city's language
        QString preferredTo;  ///< the end state the request is heading for
        QDate dueDate;
    };

    /// Whether a section holds a catchment map, levels and schools.
    static bool isSchoolSection(const QJsonObject &section);
    /// The map, levels, years and schools of a section; empty when it has no rows.
    static SchoolDemo fromSection(const QJsonObject &section);

    bool isEmpty() const { return m_rows.isEmpty() || m_levels.isEmpty() || m_years.isEmpty(); }
    int rowCount() const { return int(m_rows.size()); }

    /// A home on a row of the map: a number on the row's side and within its range.
    Address drawAddress(Rng &rng) const;
    /// Homes are drawn from then on only on the rows whose street `allowed`
    /// accepts (a street another table of the release knows too); the map
    /// itself, which the requests and streetsOutside() read, stays whole.
    /// Nothing changes, and false is returned, when no row would be left.
    bool restrictHomes(const std::function<bool(const QString &street)> &allowed);
    /// The streets of `streets` that no row of the map names, compared as the
    /// school module compares them (street type, particles, accents and case aside).
    QStringList streetsOutside(const QStringList &streets) const;

    Request enrolment(const Applicant &who, const QDate &day, const FrenchCalendar &calendar, Rng &rng) const;
    Request derogation(const Applicant &who, const QDate &day, Rng &rng) const;

private:
    struct Row
    {
        enum class Side { All, Odd, Even };
        QString street;
        QString key;
        int from = 1;
        int to = 0;  ///< 0: to the end of the street
        Side side = Side::All;
        QString maternelle;
        QString elementaire;
    };
    struct School
    {
        QString id;
        QString name;
        QString address;
        QStringList serves;
    };
    struct Level
    {
        QString id;
        QString label;
        QString school;
        int ageInYear = 0;
        bool early = false;
        bool first = false;  ///< no regular level of its school before it: no schooling there to continue
    };
    struct Year
    {
        QString id;
        QDate rentree;
        QDate lastDay;
    };
    struct Tranche
    {
        QString id;
        qint64 min = 0;
        bool minInclusive = true;
        std::optional<qint64> max;
        bool maxInclusive = true;
        int canteenCents = 0;
        int afterSchoolCents = 0;
    };
    struct Reason
    {
        QString id;
        QString label;
        bool exempts = false;
        bool needsSibling = false;
        bool needsDetails = false;
        bool ofRight = false;
    };
    struct Child
    {
        QString familyName;
        QString firstNames;
        QDate birth;
        Year year;
        Level level;
        const School *sector = nullptr;
    };

    QString key(const QString &street) const;
    QString describe(const Row &row) const;
    const School *school(const QString &id) const;
    /// The school year the request is for: the year in progress or the next one.
    Year yearFor(const QDate &day, Rng &rng) const;
    Child drawChild(const Applicant &who, const QDate &day, Rng &rng) const;
    QJsonObject common(const Applicant &who, const Child &child) const;
    const Tranche *trancheOf(std::optional<qint64> qf) const;

    QList<Row> m_rows;
    QList<int> m_homeRows;  ///< the rows homes are drawn on (all, unless restricted)
    QStringList m_typeAliases;
    QHash<QString, QString> m_abbreviations;
    QStringList m_particles;
    QJsonObject m_describe;
    QList<School> m_schools;
    QList<Level> m_levels;
    std::vector<double> m_levelWeights;  ///< cumulative
    int m_earlyMinAge = 2;
    QList<Year> m_years;
    int m_enrolWithinDays = 0;
    QList<Tranche> m_tranches;
    QString m_withoutQf;
    QList<QPair<QString, QDate>> m_vaccinations;  ///< regime, born from (null: any)
    QList<Reason> m_reasons;
    int m_decisionMonths = 2;
};

} // namespace guichet::demo
