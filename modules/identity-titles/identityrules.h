// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "referencesection.h"
#include "rules/calendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {
class ReferenceRelease;
}

namespace guichet::identity {

/// The two titles. Their ids are a contract between the code (which module,
/// which form) and the reference data (fees, validity, checklists).
inline constexpr QLatin1StringView CniTitle{"cni"};
inline constexpr QLatin1StringView PassportTitle{"passeport"};
/// "No title shown", the first entry of the reference list of existing titles.
inline constexpr QLatin1StringView NoExistingTitle{"aucun"};
/// The workflow state of a file deposited at the counter: a form filled at
/// the deposit (with its deposit number) starts the case there.
inline constexpr QLatin1StringView DepositedStatus{"deposited"};

/// A title procedure as the reference data declares it.
struct TitleProcedure
{
    QString id;          ///< "cni.demande"
    QString title;       ///< "Demande de carte nationale d'identité"
    QString workflowId;  ///< "titres.demande"
    QString service;     ///< "titres"
};

/// One document of the checklist.
struct TitleDocument
{
    QString id;
    QString label;
    bool required = true;
};

/// What the agent knows about a request for a CNI or a passport. `day` is
/// the day of the deposit (the appointment, or today): ages, fees and the
/// birth-act exemptions are counted on it.
struct TitleRequest
{
    QString title;                 ///< CniTitle or PassportTitle
    QString situation;             ///< "premiere-demande", "renouvellement", …
    QDate birthDate;               ///< the applicant's; null while unknown
    QDate day;
    QString existingTitle = QString(NoExistingTitle);  ///< the title the person shows
    QDate existingExpiry;          ///< its expiry date, null when unknown
    bool birthCommuneOnComedec = false;  ///< the birth act is checked online
    QString domicile = QStringLiteral("propre");  ///< "propre", "heberge", "election"
    bool indigent = false;         ///< free passport for a person the town hall recognises as such
};

/// The fee of a request: 0 means no stamp. `keepsExpiry` says the new title
/// keeps the expiry date of the one it replaces (a free passport).
struct TitleFee
{
    bool known = false;            ///< false while the age band is unknown
    qint64 cents = 0;
    bool keepsExpiry = false;
};

/// The rules for identity titles (CNI and passport) of a reference release,
/// read from its "titres" section (resources/reference/<release>/titres.json).
/// Every age, amount, delay, exemption and document comes from there; this
/// class only applies them, so that HQ changes a fee by publishing a release.
/// Both the CNI and the passport modules use it, and so does guichetctl.
///
/// Build it with fromRelease(), which checks the whole section once so that
/// the queries below never meet a missing key.
class IdentityRules
{
    Q_DECLARE_TR_FUNCTIONS(guichet::identity::IdentityRules)

public:
    static constexpr QLatin1StringView SectionName{"titres"};

    static Result<IdentityRules> fromRelease(const ReferenceRelease &release);

    // ---- Reference lists ----

    QList<Choice> titles() const { return m_titles; }
    /// The situations that apply to a title, in the reference order.
    QList<Choice> situations(const QString &title) const;
    QList<Choice> existingTitles() const { return m_existingTitles; }
    QList<Choice> domiciles() const { return m_domiciles; }
    QList<Choice> ageBands() const;
    QList<TitleProcedure> procedures() const { return m_procedures; }
    /// The procedure of a title ("cni" → "cni.demande"), or empty.
    QString procedureOf(const QString &title) const;
    /// The title of a procedure ("passeport.demande" → "passeport"), or empty.
    QString titleOfProcedure(const QString &procedureId) const;
    /// French label of an id of any list above, or the id itself.
    QString label(const QString &id) const;
    /// Workflow states of the agent's lists.
    QStringList waitingStatuses() const { return m_waitingStatuses; }
    QStringList toHandOverStatuses() const { return m_toHandOverStatuses; }

    /// The holiday calendar of a commune, from the department of its INSEE
    /// code (Alsace-Moselle and overseas departments have their own days).
    static FrenchCalendar calendarOfCommune(const QString &inseeCode);

    // ---- Ages ----

    /// Whole years on `day`: a birthday is reached on the day itself, and on
    /// 28 February in common years for a person born on 29 February.
    static int ageOn(const QDate &birth, const QDate &day);
    /// The id of the age band on `day` ("moins-15", "15-17", "majeur"), or empty if unknown.
    QString ageBand(const QDate &birth, const QDate &day) const;
    bool isMinor(const QDate &birth, const QDate &day) const;
    /// Whether fingerprints are taken at the deposit.
    bool takesFingerprints(const QDate &birth, const QDate &day) const;
    int fingerprintsFromYears() const { return m_fingerprintsFromYears; }

    // ---- Documents ----

    /// Whether a birth act must be brought: not when the birth commune is on
    /// COMEDEC, nor when the person shows a title that exempts from it (valid,
    /// or expired for less than the years of the exemption on `day`).
    bool birthActNeeded(const TitleRequest &request) const;
    /// The situation the checklist and the fees are matched against.
    QJsonObject situation(const TitleRequest &request) const;
    QList<TitleDocument> checklist(const TitleRequest &request) const;

    // ---- Fee, validity, collection ----

    TitleFee fee(const TitleRequest &request) const;
    /// "86 €", "12,50 €".
    static QString formatAmount(qint64 cents);
    /// Years of validity of the new title, 0 while the age is unknown.
    int validityYears(const TitleRequest &request) const;
    /// The last day of validity of the new title if issued on `issued`:
    /// the existing title's expiry when the new one keeps it (null if unknown).
    QDate validUntil(const TitleRequest &request, const QDate &issued) const;
    /// The last day the title shown is valid: its printed expiry, or later
    /// when a text extended it (cards issued to adults from 2004 to 2013:
    /// 5 more years). Null while the printed date is unknown. Every rule
    /// about the title shown counts on this date.
    QDate existingValidUntil(const TitleRequest &request) const;
    /// Whether a renewal of a title the window applies to (the card) is asked
    /// more than the renewal window before the expiry of the title shown.
    bool isEarlyRenewal(const TitleRequest &request) const;
    /// The last day to collect a title available since `availableSince`; the
    /// title is destroyed after it. Months run date to date and a last day
    /// that falls when the town hall is closed moves to the next working day
    /// (the civil rule of FrenchCalendar::civilDeadlineMonths).
    QDate collectionDeadline(const QDate &availableSince, const FrenchCalendar &calendar) const;
    /// From this day on, an uncollected title is listed as "to be destroyed soon".
    QDate destructionWarningFrom(const QDate &availableSince) const;
    int collectionMonths() const { return m_collectionMonths; }

    /// The sentences the agent reads out: fee, birth act, fingerprints,
    /// minor's companion, validity, early renewal, collection.
    QString answer(const TitleRequest &request) const;

    // ---- Numbers typed at the counter ----

    /// ANTS pre-application number: 10 characters, A–Z and 0–9; spaces and
    /// lower case accepted on input. Normalised: upper case without spaces.
    static Result<QString> preApplicationNumber(const QString &input,
                                                const QString &field = QStringLiteral("preApplicationNumber"));
    /// Electronic tax stamp number: 16 digits, spaces accepted on input.
    static Result<QString> taxStampNumber(const QString &input,
                                          const QString &field = QStringLiteral("taxStampNumber"));

private:
    struct AgeBand
    {
        Choice choice;
        int fromYears = 0;
        bool minor = false;
    };
    struct Situation
    {
        Choice choice;
        QStringList titles;
    };
    struct Exemption
    {
        QString request;
        QString existing;
        int maxYearsExpired = 0;
    };
    struct Extension
    {
        QString existing;
        QDate issuedFrom, issuedTo;
        bool adultAtIssue = false;
        int printedYears = 0;
        int extraYears = 0;
    };
    struct FeeRow
    {
        QJsonObject when;
        qint64 cents = 0;
        bool keepsExpiry = false;
        QDate effective;
    };
    struct ValidityRow
    {
        QJsonObject when;
        int years = 0;
    };

    const AgeBand *band(const QDate &birth, const QDate &day) const;
    static bool holds(const QJsonObject &when, const QJsonObject &situation);

    QList<Choice> m_titles;
    QHash<QString, QString> m_procedureOfTitle;
    QList<Situation> m_situations;
    QList<Choice> m_existingTitles;
    QList<Choice> m_domiciles;
    QList<AgeBand> m_ageBands;
    QList<TitleProcedure> m_procedures;
    QList<Exemption> m_exemptions;
    QList<Extension> m_extensions;
    QList<FeeRow> m_fees;
    QList<ValidityRow> m_validity;
    QHash<QString, QJsonArray> m_checklists;
    QHash<QString, QString> m_answers;
    QStringList m_waitingStatuses;
    QStringList m_toHandOverStatuses;
    int m_fingerprintsFromYears = 0;
    int m_birthActMaxAgeMonths = 0;
    bool m_validityEndsDayBefore = false;
    int m_renewalMonths = 0;
    QStringList m_renewalTitles;
    int m_collectionMonths = 0;
    int m_warnAfterDays = 0;
};

} // namespace guichet::identity
