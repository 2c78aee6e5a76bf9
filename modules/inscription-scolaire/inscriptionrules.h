// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "referencesection.h"
#include "modulecontext.h"
#include "rules/calendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace guichet {
class ReferenceRelease;
}

namespace guichet::inscription {

/// The procedures this module implements. Their ids are the contract between
/// the code (which form to show) and the reference data (titles, workflows,
/// checklists), so they are the only ids the code names.
inline constexpr QLatin1StringView EnrolmentProcedureId{"inscription-scolaire.inscription"};
inline constexpr QLatin1StringView DerogationProcedureId{"inscription-scolaire.derogation"};

/// A school year as the national calendar fixes it: the pupils' rentrée and
/// the last day of classes.
struct SchoolYear
{
    QString id;       ///< "2026-2027"
    QString label;    ///< "Année scolaire 2026-2027"
    QDate rentree;
    QDate lastDay;

    bool isValid() const { return !id.isEmpty(); }
};

/// The school year a request made on a given day is for.
struct TargetYear
{
    SchoolYear year;
    /// The rentrée has taken place (on the rentrée day itself too): the child
    /// joins a class already running, which the answer says.
    bool started = false;
};

/// A class level of the primary school (maternelle then élémentaire).
struct Level
{
    QString id;              ///< "PS"
    QString label;           ///< "Petite section (PS)"
    QString school;          ///< "maternelle" or "elementaire"
    int cycle = 0;
    int ageInYear = 0;       ///< the age the child reaches in the calendar year of the rentrée
    bool earlyAdmission = false;

    bool isValid() const { return !id.isEmpty(); }
};

/// What the birth date gives for a school year.
struct Placement
{
    enum class Kind {
        Level,                   ///< a regular level, `level` set
        EarlyAdmission,          ///< admission at 2 chosen and possible, `level` set
        EarlyAdmissionPossible,  ///< 2 on the rentrée day: possible if chosen, `level` is that level
        TooYoung,                ///< not 2 on the rentrée day; `firstYear` is the rentrée year of the first regular level
        NotPrimary,              ///< past the last level (CM2): not a primary-school enrolment
    };
    Kind kind = Kind::TooYoung;
    Level level;
    int firstYear = 0;
};

struct School
{
    QString id;
    QString name;
    QString address;
    QStringList serves;  ///< "maternelle", "elementaire"
};

/// One row of the street-to-school table.
struct CatchmentRow
{
    enum class Side { All, Odd, Even };
    QString street;       ///< as written in the table, "Rue Jean Jaurès"
    QString type;         ///< canonical street type, "rue" (may be empty)
    QString key;          ///< folded name without type and leading particles, "jeanjaures"
    int from = 1;
    int to = 0;           ///< 0: to the end of the street
    Side side = Side::All;
    QString maternelle;   ///< school id
    QString elementaire;  ///< school id

    bool covers(int number) const;
    /// "odd 1-121", for messages to HQ about the table.
    QString numbers() const;
};

/// Where the catchment table sends an address.
struct CatchmentAnswer
{
    enum class Kind {
        Found,             ///< exactly one row, `rows.first()`
        UnknownStreet,     ///< no street of the table has that name
        NumberNeeded,      ///< the street is split between rows: the house number decides
        NumberNotCovered,  ///< the street is in the table, but no row covers that number
        InvalidNumber,     ///< the house number is not a number (optionally with bis, ter, B…)
        Several,           ///< several rows match: `rows` lists them
    };
    Kind kind = Kind::UnknownStreet;
    QList<CatchmentRow> rows;
};

/// A lower or upper bound of a tariff tranche, in whole euros of quotient.
struct Bound
{
    qint64 value = 0;
    bool inclusive = true;
};

struct Tranche
{
    QString id;
    QString label;
    Bound min;
    std::optional<Bound> max;  ///< none for the top tranche
    int canteenCents = 0;
    int afterSchoolCents = 0;

    bool contains(qint64 qf) const;
};

/// What the household pays, and why.
struct Tariff
{
    Tranche tranche;
    std::optional<qint64> qf;  ///< none: no quotient given, top tariff
};

/// Household figures for the CAF formula; amounts in cents.
struct QfInput
{
    qint64 annualResourcesCents = 0;
    qint64 monthlyBenefitsCents = 0;
    int children = 0;
    int disabledChildren = 0;
};

/// The school-enrolment rules of a reference release, read from its
/// "inscription-scolaire" section. Every date, age, table, amount and
/// sentence comes from there; this class only applies them, so that the city
/// changes its catchment map or its tariffs by publishing a release.
///
/// Build it with fromRelease(), which checks the section once (a gap in a
/// table, overlapping catchment rows, tariff tranches with a hole) so that
/// the queries never meet a missing key and the counter never gets a wrong
/// answer from a damaged release.
class InscriptionRules
{
    Q_DECLARE_TR_FUNCTIONS(guichet::inscription::InscriptionRules)

public:
    static constexpr QLatin1StringView SectionName{"inscription-scolaire"};

    static Result<InscriptionRules> fromRelease(const ReferenceRelease &release);

    QList<ProcedureInfo> procedures() const { return m_procedures; }

    // ---- School year and level ----

    QList<SchoolYear> schoolYears() const { return m_years; }
    const SchoolYear *schoolYear(const QString &id) const;
    /// The school year of a request made on `day`: the year in progress
    /// (from its rentrée to its last day of classes), or else the next one
    /// (before a rentrée, and during the summer). None past the last year
    /// the release knows.
    std::optional<TargetYear> targetYear(const QDate &day) const;
    /// targetYear() and the years after it, for a family enrolling ahead.
    QList<SchoolYear> yearsFrom(const QDate &day) const;
    QList<Level> levels() const { return m_levels; }
    /// The level of a child born on `birth` for `year`; `earlyAdmission` is
    /// the agent's explicit choice of admission at 2 where places allow.
    Placement placement(const QDate &birth, const SchoolYear &year, bool earlyAdmission) const;
    int enrolWithinDaysAfterMove() const { return m_enrolWithinDays; }

    // ---- Catchment ----

    QList<School> schools() const { return m_schools; }
    const School *school(const QString &id) const;
    /// Schools that take pupils of a level's school kind.
    QList<School> schoolsServing(const QString &schoolKind) const;
    /// Distinct street names of the table, for completion.
    QStringList streetNames() const;
    /// The row of the table for an address. `number` may be empty, or a
    /// number with a suffix ("12 bis", "12B").
    CatchmentAnswer catchment(const QString &street, const QString &number) const;
    /// "Rue Jean Jaurès, numéros impairs 1 à 121", in the reference data's words.
    QString describe(const CatchmentRow &row) const;
    /// The school of a row for a level's school kind.
    QString schoolIdFor(const CatchmentRow &row, const Level &level) const;
    /// Whether a word is a street type or its abbreviation ("rue", "r", "bd").
    bool isStreetType(const QString &word) const;
    /// The number part of a house number, or nullopt when it is not one.
    static std::optional<int> houseNumber(const QString &text);

    // ---- Quotient familial and tariffs ----

    QList<Choice> qfSources() const { return m_qfSources; }
    /// CAF parts in hundredths (2.5 parts → 250) for `children` dependent
    /// children of whom `disabledChildren` are disabled.
    int partsHundredths(int children, int disabledChildren) const;
    /// (annual taxable resources ÷ 12 + monthly benefits) ÷ parts, in whole
    /// euros rounded as the reference data says.
    qint64 quotient(const QfInput &input) const;
    /// The tranche of a quotient, or the top tariff without one.
    Tariff tariff(std::optional<qint64> qf) const;
    QList<Tranche> tranches() const { return m_tranches; }

    // ---- Derogation ----

    QList<Choice> derogationReasons() const;
    bool reasonExemptsHomeMayorConsent(const QString &reason) const;
    bool reasonNeedsSiblingThere(const QString &reason) const;
    bool reasonNeedsDetails(const QString &reason) const;
    /// Whether the law grants the derogation for this reason: the schooling
    /// already started is continued (Code de l'éducation, L212-8).
    bool reasonIsOfRight(const QString &reason) const;
    QString reasonLabel(const QString &reason) const;
    int derogationDecisionMonths() const { return m_decisionMonths; }
    /// The reasons the workflow offers for refusing a derogation, for the letter.
    QStringList derogationRefusalReasons() const { return m_refusalReasons; }

    // ---- Texts, documents, checklists ----

    /// The vaccination regime id of a child born on `birth`.
    QString vaccinationRegime(const QDate &birth) const;
    /// A French sentence of the "texts" object (all checked at load).
    QString text(const QString &key) const { return m_texts.value(key); }
    /// The "documents" texts of the certificate ("certificate") or the decision letter ("decision").
    QJsonObject documentTexts(const QString &document) const { return m_documents.value(document).toObject(); }
    QString tariffLabel(bool canteen) const { return canteen ? m_canteenLabel : m_afterSchoolLabel; }
    /// The documents of a procedure's checklist whose conditions all hold in `situation`.
    QList<ChecklistItem> checklist(const QString &procedureId, const QJsonObject &situation) const;

    /// The holiday calendar of a commune, from the department in its INSEE code.
    static FrenchCalendar calendarForCommune(const QString &inseeCode);
    /// "1,00 €".
    static QString euros(qint64 cents);

private:
    struct Reason
    {
        Choice choice;
        bool exempts = false;
        bool needsSibling = false;
        bool needsDetails = false;
        bool ofRight = false;
    };
    struct StreetName
    {
        QString type;
        QString key;
    };
    StreetName normalise(const QString &street) const;
    const Reason *reason(const QString &id) const;

    QList<ProcedureInfo> m_procedures;
    QList<SchoolYear> m_years;
    QList<Level> m_levels;
    int m_earlyMinAge = 0;
    int m_enrolWithinDays = 0;
    QList<School> m_schools;
    QList<CatchmentRow> m_rows;
    QHash<QString, QString> m_streetTypes;    ///< alias → canonical type
    QHash<QString, QString> m_abbreviations;  ///< "st" → "saint"
    QStringList m_particles;
    QHash<QString, QString> m_describe;
    QList<Choice> m_qfSources;
    int m_householdParts = 0;                 ///< hundredths
    QList<int> m_childParts;                  ///< hundredths, 1st, 2nd, 3rd child…
    int m_furtherChildParts = 0;
    int m_disabledChildParts = 0;
    bool m_roundNearest = false;
    QList<Tranche> m_tranches;
    QString m_withoutQf;
    QString m_canteenLabel;
    QString m_afterSchoolLabel;
    QList<Reason> m_reasons;
    int m_decisionMonths = 0;
    QStringList m_refusalReasons;
    struct Vaccination { QString id; QDate bornFrom; };
    QList<Vaccination> m_vaccinations;
    QHash<QString, QString> m_texts;
    QJsonObject m_documents;
    QHash<QString, QJsonArray> m_checklists;
};

} // namespace guichet::inscription
