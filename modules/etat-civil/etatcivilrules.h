// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "referencesection.h"
#include "modulecontext.h"
#include "rules/calendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {
class ReferenceRelease;
}

namespace guichet::etatcivil {

/// The procedures this module implements. Their ids are a contract between
/// the code (which form to show) and the reference data (titles, workflows,
/// checklists), so they are the only ids the code names.
inline constexpr QLatin1StringView CopyProcedureId{"etat-civil.copie-acte"};
inline constexpr QLatin1StringView DeclarationProcedureId{"etat-civil.declaration"};

/// What the agent knows about a request for a copy or an extract of an act.
/// Unknown dates stay null; the rules then say what is missing.
struct CopyRequest
{
    QString actKind;            ///< "naissance", "mariage", "deces"
    QString copyKind;           ///< "copie-integrale", …
    QString relationship;       ///< of the requester to the person on the act: "interesse", …
    QDate subjectBirthDate;     ///< the person on the act
    QDate requesterBirthDate;   ///< needed where the requester must be adult
    QDate actDate;              ///< date of the act, standing for the closing of its register
    bool subjectDeceased = false;
    QDate subjectDeathDate;
};

/// The answer to "may this person have this document?". `rule` is a stable
/// machine id (the key of the reason in the reference data), `reason` the
/// French sentence the agent can read out.
struct Decision
{
    bool allowed = false;
    QString reason;
    QString rule;
};

/// Where a request or a declaration belongs.
enum class Place {
    Unknown,       ///< no place entered yet
    Here,          ///< this commune
    OtherCommune,  ///< another French commune: send the person there
    Abroad,        ///< an event abroad: SCEC in Nantes (copies) or the consulate (declarations)
};

struct PlaceAnswer
{
    Place kind = Place::Unknown;
    QString sentence;  ///< French, empty for Place::Unknown
};

/// The legal deadline of a declaration. A deadline counted in days has only
/// `lastDay` (the whole day counts); one counted in hours also has `instant`.
struct Deadline
{
    bool exists = false;
    QDate lastDay;
    QDateTime instant;
};

/// The état-civil rules of a reference release, read from its "etat-civil"
/// section (resources/reference/<release>/etat-civil.json). Every threshold,
/// list and sentence comes from there; this class holds only the logic that
/// applies them, so HQ can change a rule by publishing a release.
///
/// Build it with fromRelease(), which checks the section once so that the
/// queries below never meet a missing key.
class EtatCivilRules
{
    Q_DECLARE_TR_FUNCTIONS(guichet::etatcivil::EtatCivilRules)

public:
    static constexpr QLatin1StringView SectionName{"etat-civil"};

    static Result<EtatCivilRules> fromRelease(const ReferenceRelease &release);

    /// The holiday calendar of a commune, from the department in its INSEE code
    /// (Alsace-Moselle and the overseas departments have their own holidays).
    static FrenchCalendar calendarForCommune(const QString &inseeCode);

    QList<Choice> actKinds() const { return m_actKinds; }
    QList<Choice> copyKinds() const { return m_copyKinds; }
    QList<Choice> relationships() const { return m_relationships; }
    QList<Choice> deliveries() const;
    QList<Choice> declarationKinds() const;
    QList<ProcedureInfo> procedures() const { return m_procedures; }
    /// French label of an id in any of the lists above, or the id itself.
    QString label(const QString &id) const;
    int maxCopies() const { return m_maxCopies; }
    QStringList refusalReasons() const { return m_refusalReasons; }
    QStringList redirectionReasons() const { return m_redirectionReasons; }
    QStringList declarationRedirectionReasons() const { return m_declarationRedirectionReasons; }

    // ---- Copies and extracts ----

    /// Whether this kind of copy exists for this act at all.
    bool isIssued(const QString &actKind, const QString &copyKind) const;
    /// Whether anyone may have it without justification (no eligibility check).
    bool isOpenToAnyone(const QString &actKind, const QString &copyKind) const;
    /// What the request must state to find the act: "subjectNames",
    /// "subjectBirthDate", "actDate", "eventPlace", "parentNames".
    QStringList requiredData(const QString &actKind, const QString &copyKind) const;

    /// Whether the requester may have the document, on `today`.
    Decision eligibility(const CopyRequest &request, const QDate &today) const;

    /// Which town hall or service holds the act of an event, and the sentence
    /// to read out. The act kind matters for death acts, which the commune of
    /// the last domicile also holds.
    PlaceAnswer whereToAsk(const QString &actKind, const QString &eventCommuneCode,
                           const QString &eventCommuneName, bool abroad,
                           const QString &thisCommuneCode) const;

    /// Delivery mode ("guichet", "courrier"): the French sentence and the
    /// working days the town hall allows itself.
    QString deliverySentence(const QString &delivery) const;
    int deliveryWorkingDays(const QString &delivery) const;

    /// The situation a copy-request checklist is matched against.
    QJsonObject copySituation(const CopyRequest &request, const QString &delivery,
                              const Decision &decision) const;

    // ---- Declarations ----

    bool hasDeadline(const QString &kind) const;
    /// What a declaration of this kind must state: "subjectNames", "eventAt", "eventPlace".
    QStringList declarationData(const QString &kind) const;
    /// Where a declaration of this kind must be made.
    PlaceAnswer declarationPlace(const QString &kind, const QString &eventCommuneCode,
                                 const QString &eventCommuneName, bool abroad,
                                 const QString &thisCommuneCode) const;
    /// The deadline's number of days (or hours) where the declaration is made:
    /// longer in the communes a text lists (8 days for a birth in 15 communes
    /// of Guyane, Code civil art. 55 and décret 2017-278).
    int declarationDelay(const QString &kind, const QString &communeCode) const;
    /// `event` is the birth, or the medical confirmation of the death, in the
    /// commune's local time; `communeCode` the commune where it is declared.
    Deadline declarationDeadline(const QString &kind, const QDateTime &event, const QString &communeCode,
                                 const FrenchCalendar &calendar) const;
    /// Whether a declaration made at `at` is past its deadline.
    bool isLate(const QString &kind, const QDateTime &event, const QDateTime &at, const QString &communeCode,
                const FrenchCalendar &calendar) const;
    /// "must be declared by …", or the no-deadline sentence.
    QString deadlineSentence(const QString &kind, const Deadline &deadline) const;
    /// What the agent must do with a late declaration.
    QString lateInstruction(const QString &kind, const QString &communeCode) const;
    /// Whether a declaration past its deadline can no longer be received by the
    /// town hall: a birth, which only a judgment of the tribunal judiciaire can
    /// then record (Code civil art. 55), unlike a death, received late.
    bool lateGoesToCourt(const QString &kind) const;

    // ---- Checklists ----

    /// The documents of a procedure's checklist whose conditions all hold in
    /// `situation` (copySituation() for a copy request, {"kind": …} for a declaration).
    QList<ChecklistItem> checklist(const QString &procedureId, const QJsonObject &situation) const;

private:
    struct EligibilityRow
    {
        QString act;
        QString copy;
        bool anyone = false;
        QHash<QString, QString> allowed;  ///< relationship → condition ("" when none)
        QStringList data;
    };
    enum class Counting { None, BirthDays, DeathHours };
    struct DeclarationKind
    {
        Choice choice;
        Counting counting = Counting::None;
        int value = 0;
        int longerValue = 0;          ///< in longerCommunes
        QStringList longerCommunes;   ///< INSEE codes
        bool anyCommune = false;
        QStringList data;
        QString deadlineText;
        QString lateText;
        QString noDeadlineText;
        QString otherCommune;
        QString abroad;
    };
    struct Delivery
    {
        Choice choice;
        int workingDays = 0;
        QString text;
    };

    const EligibilityRow *row(const QString &act, const QString &copy) const;
    const DeclarationKind *declarationKind(const QString &kind) const;
    Decision decision(const QString &rule, bool allowed) const;
    static bool isAdult(const QDate &birth, const QDate &today, int majority);

    QList<Choice> m_actKinds;
    QList<Choice> m_copyKinds;
    QList<Choice> m_relationships;
    QStringList m_subjectRelationships;  ///< the person on the act, adult or emancipated
    QList<Delivery> m_deliveries;
    QList<DeclarationKind> m_declarationKinds;
    QList<EligibilityRow> m_eligibility;
    QList<ProcedureInfo> m_procedures;
    QHash<QString, QString> m_decisionTexts;
    QHash<QString, QJsonArray> m_checklists;
    QStringList m_refusalReasons;
    QStringList m_redirectionReasons;
    QStringList m_declarationRedirectionReasons;
    int m_majorityAge = 0;
    int m_actAgeYears = 0;
    int m_deathAgeYears = 0;
    int m_maxCopies = 1;
    QString m_hereText;
    QString m_otherCommuneText;
    QString m_abroadText;
    QHash<QString, QString> m_otherCommuneByAct;
};

} // namespace guichet::etatcivil
