// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "referencesection.h"
#include "modulecontext.h"
#include "pollingstations.h"
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

namespace guichet::listeselectorales {

/// The procedures this module implements; the ids tie the code (which form)
/// to the reference data (titles, workflows, checklists).
inline constexpr QLatin1StringView RegistrationProcedureId{"listes-electorales.inscription"};
inline constexpr QLatin1StringView RemovalProcedureId{"listes-electorales.radiation"};

/// Ids of the lists the code must tell apart; their labels and the election
/// kinds that use them are reference data.
inline constexpr QLatin1StringView GeneralList{"generale"};

/// A poll of the elections calendar: its first round, and whether that date
/// is still an assumption (no convocation decree yet).
struct Poll
{
    QString id;          ///< "presidentielle-2027"
    QString kind;        ///< "presidentielle"
    QString label;       ///< "élection présidentielle de 2027"
    QDate firstRound;
    bool assumption = false;
    QDate secondRound;   ///< null for a single-round poll
};

/// A nationality as the rules see it.
struct Nationality
{
    /// EuState: a state of the reference table of EU members, today's or a
    /// former one (see memberOn()).
    enum class Kind { Unknown, French, EuState, Other };
    Kind kind = Kind::Unknown;
    QString code;        ///< "FR", "DE", "GB", "hors-ue"
    QString label;       ///< "Allemande"
    QString country;     ///< "l'Allemagne" (EU states only)
    QDate from;          ///< first day of membership (EU states only)
    QDate until;         ///< last day of membership of a former member, null otherwise

    /// Whether the state is a member of the Union on `day` (both bounds included).
    bool memberOn(const QDate &day) const
    {
        return kind == Kind::EuState && from <= day && (!until.isValid() || day <= until);
    }
};

/// What the agent knows about a registration request (inscription, or change
/// of address within the commune). Unknown dates stay null; the rules then
/// say what is missing.
struct RegistrationRequest
{
    QString requestKind;        ///< "premiere-inscription", "changement-adresse"
    QString nationality;        ///< "FR", an EU member code, "hors-ue"
    QStringList lists;          ///< complementary lists asked by an EU citizen
    QDate birthDate;
    QString attachment;         ///< "domicile", "residence", …
    bool hosted = false;        ///< domicile at a third party's (proof of hosting)
    QDate residenceSince;       ///< start of the effective residence
    int taxYears = 0;           ///< consecutive years on the commune's local tax roll
    bool spouseTaxpayer = false;///< the spouse is registered here as a taxpayer
    QDate idExpiry;             ///< end of validity of the identity document
    QString exception;          ///< late-registration exception id, empty for none
    QDate exceptionDate;        ///< date of the move, naturalisation, recovered rights
};

/// One check of the eligibility: `rule` is a stable machine id (the key of
/// its sentence in the reference data), `sentence` the French text to read out.
struct Finding
{
    bool ok = false;
    QString rule;
    QString sentence;
};

/// The answer to "may this person be registered?": every finding, in the
/// order nationality, age, attachment, identity document.
struct Eligibility
{
    bool eligible = false;
    QList<Finding> findings;
    QStringList lists;          ///< lists the person would be registered on

    /// The first refusal (or missing data), or an empty finding.
    Finding firstRefusal() const;
    /// Every sentence, in order, for the agent to read out.
    QStringList sentences() const;
};

/// For which poll a registration made on a given day counts, and by when.
struct DeadlineAnswer
{
    enum class Kind {
        NoPoll,         ///< no poll of these lists in the calendar
        OnTime,         ///< in time for the next poll, before the 6th Friday
        Exception,      ///< after the 6th Friday, in time by the 10th-day exception
        Missed,         ///< too late for the next poll: counts for the one after
        AfterCalendar,  ///< too late for the last poll of the calendar
    };
    Kind kind = Kind::NoPoll;
    QList<Poll> polls;          ///< the poll(s) it counts for (same first round), may be empty
    QList<Poll> missed;         ///< the poll(s) it is too late for
    QDate counterDeadline;      ///< the last day at the counter for `polls` (ordinary rule)
    QDate onlineDeadline;
    QDate exceptionDeadline;    ///< the 10th-day limit, when an exception applies
    QDate missedDeadline;       ///< the limit that was missed
    QString exception;          ///< the exception that applies, or empty
    QStringList sentences;      ///< French, to read out
};

/// What a removal request (EU citizen leaving a complementary list) gives.
struct RemovalAnswer
{
    bool allowed = false;
    QString rule;               ///< "removal-eu", "removal-french", "removal-not-eu", "removal-needs-list"
    QString sentence;
};

/// The electoral-list rules of a reference release, read from its
/// "listes-electorales" section. Every age, delay, date, list, document and
/// sentence comes from there; this class holds only the logic that applies
/// them, so HQ changes a rule (or the elections calendar) by publishing a
/// release.
///
/// Build it with fromRelease(), which checks the whole section once so that
/// the queries never meet a missing key.
class ElectoralRules
{
    Q_DECLARE_TR_FUNCTIONS(guichet::listeselectorales::ElectoralRules)

public:
    static constexpr QLatin1StringView SectionName{"listes-electorales"};

    static Result<ElectoralRules> fromRelease(const ReferenceRelease &release);

    /// The holiday calendar of a commune, from the department in its INSEE code.
    static FrenchCalendar calendarForCommune(const QString &inseeCode);

    // ---- Reference lists ----

    QList<ProcedureInfo> procedures() const { return m_procedures; }
    QList<Choice> requestKinds() const { return m_requestKinds; }
    QList<Choice> attachments() const;
    QList<Choice> exceptions() const;
    QList<Choice> identityDocuments() const { return m_identityDocuments; }
    QList<Choice> removalReasons() const { return m_removalReasons; }
    /// French, then the EU members (former ones included, so that the answer
    /// can say why they are refused), then "other".
    QList<Choice> nationalities() const;
    /// The complementary lists (every list but the general one).
    QList<Choice> complementaryLists() const;
    QList<Poll> elections() const { return m_polls; }
    /// French label of a list, election kind, attachment, exception, request
    /// kind, identity document or removal reason, or the id itself.
    QString label(const QString &id) const;
    /// "la liste complémentaire municipale et la liste complémentaire européenne".
    QString listsPhrase(const QStringList &lists) const;
    Nationality nationality(const QString &code) const;
    /// Whether an attachment's condition reads the birth date, the residence
    /// start, the tax years or the spouse (what the form must show).
    QString attachmentCondition(const QString &attachment) const;
    /// The day a residence begun on `since` meets the months the attachment
    /// asks, or null when it asks none (or `since` is null).
    QDate residenceEnoughOn(const QString &attachment, const QDate &since) const;
    bool isAutomaticException(const QString &exception) const;
    QString exceptionEventLabel(const QString &exception) const;
    int votingAge() const { return m_votingAge; }
    int identityGraceYears() const { return m_idGraceYears; }

    // ---- Eligibility ----

    /// The day a person born on `birth` reaches the voting age (28 February in
    /// a common year for someone born on 29 February, as QDate::addYears does).
    QDate votingAgeDate(const QDate &birth) const;
    /// Whether the person is of voting age on the eve of the poll's first round.
    bool isOfAgeForPoll(const QDate &birth, const Poll &poll) const;
    /// Nationality, age (against the poll the registration counts for), attachment
    /// and identity document, on `today`.
    Eligibility eligibility(const RegistrationRequest &request, const QDate &today,
                            const FrenchCalendar &calendar) const;
    /// The lists a request goes on: the general list for a French national,
    /// the complementary lists asked for an EU citizen, none otherwise.
    QStringList listsFor(const RegistrationRequest &request, const QDate &today) const;

    // ---- Deadlines ----

    /// Polls of the calendar whose first round is after `today` and whose kind
    /// uses one of `lists`, soonest first.
    QList<Poll> upcomingPolls(const QStringList &lists, const QDate &today) const;
    /// The 6th Friday before the first round, as the law fixes it.
    QDate legalCutoff(const Poll &poll) const;
    /// The last day at the counter under the ordinary rule: the legal cut-off,
    /// or the last working day before it when the town hall is closed that day.
    QDate counterDeadline(const Poll &poll, const FrenchCalendar &calendar) const;
    /// The last day of the online service.
    QDate onlineDeadline(const Poll &poll) const;
    /// The 10th day before the first round (moved back like the cut-off).
    QDate exceptionDeadline(const Poll &poll, const FrenchCalendar &calendar) const;
    /// Whether a late-registration exception applies to this poll: its event is
    /// after the legal cut-off and before the first round.
    bool exceptionApplies(const RegistrationRequest &request, const Poll &poll) const;
    /// For which poll a registration made `today` counts, and the sentences.
    DeadlineAnswer deadline(const RegistrationRequest &request, const QDate &today,
                            const FrenchCalendar &calendar) const;

    // ---- Decision, notification, appeal ----

    /// The last day for the mayor's decision on a request received on `received`.
    QDate decisionDue(const QDate &received, const FrenchCalendar &calendar) const;
    /// The last day to notify a decision taken on `decided`.
    QDate notificationDue(const QDate &decided, const FrenchCalendar &calendar) const;
    /// The last day of the appeal to the commission de contrôle, from the notification.
    QDate appealDeadline(const QDate &notified, const FrenchCalendar &calendar) const;
    int notificationDays() const { return m_notificationDelay.days; }
    int appealDays() const { return m_appealDelay.days; }
    /// "Décision du maire au plus tard le …, notifiée dans les 2 jours."
    QString decisionSentence(const QDate &due) const;
    /// The reasons a refusal of the procedure may give (its workflow's).
    QStringList refusalReasons(const QString &procedureId) const { return m_refusalReasons.value(procedureId); }
    /// The refusal reason that fits the rule which refused the request at the
    /// counter ("under-age" → "Condition d'âge non remplie …"), or empty.
    QString suggestedRefusalReason(const QString &rule) const { return m_reasonOfRule.value(rule); }

    // ---- Removal ----

    RemovalAnswer removal(const QString &nationalityCode, const QStringList &lists,
                          const QDate &today) const;

    // ---- Polling station ----

    const StreetTable &streets() const { return m_streets; }
    /// The polling station of an address in the commune, with the sentence.
    StationAnswer pollingStation(const QString &number, const QString &street) const;

    // ---- Checklists, texts, letters ----

    /// The situation a registration checklist is matched against.
    QJsonObject situation(const RegistrationRequest &request, const QDate &today) const;
    /// The documents of a procedure's checklist whose conditions all hold.
    QList<ChecklistItem> checklist(const QString &procedureId, const QJsonObject &situation) const;
    /// A sentence of the "texts" object with its arguments in place.
    QString text(const QString &id, const QStringList &args = {}) const;
    /// The "letters" object of the section (already checked).
    QJsonObject letters() const { return m_letters; }
    /// The "letters" entry `id` with its arguments in place.
    QString letterText(const QString &id, const QStringList &args = {}) const;

private:
    enum class Closed { Keep, PreviousWorkingDay, NextWorkingDay };
    enum class Counting { Civil, WorkingDays, CalendarDays };
    struct Delay
    {
        int days = 0;
        Counting counting = Counting::Civil;
    };
    struct Attachment
    {
        Choice choice;
        QString condition;   ///< "domicile", "since-months", "tax-years", "spouse-taxpayer", "age-under"
        int value = 0;       ///< months, years or age
    };
    struct Exception
    {
        Choice choice;
        bool automatic = false;
        QString eventLabel;
    };
    struct EuMember
    {
        Choice choice;       ///< code and nationality label
        QString country;
        QDate from;
        QDate until;
    };
    struct ElectionKind
    {
        Choice choice;
        QStringList lists;
    };
    struct Text
    {
        QString text;
        int args = 0;
    };

    static QDate applyClosed(const QDate &day, Closed rule, const FrenchCalendar &calendar);
    static QDate addDelay(const QDate &start, const Delay &delay, const FrenchCalendar &calendar);
    const Attachment *attachment(const QString &id) const;
    const Exception *exception(const QString &id) const;
    const ElectionKind *electionKind(const QString &id) const;
    QList<Poll> sameDay(const QList<Poll> &polls, qsizetype index) const;
    QString pollsPhrase(const QList<Poll> &polls) const;
    Finding finding(bool ok, const QString &rule, const QStringList &args = {}) const;
    Finding attachmentFinding(const RegistrationRequest &request, const QDate &today) const;
    Finding identityFinding(const RegistrationRequest &request, const QDate &today) const;
    bool titleTooOld(const QDate &expiry, const QDate &today) const;

    QList<ProcedureInfo> m_procedures;
    QList<Choice> m_requestKinds;
    QList<Choice> m_lists;
    QHash<QString, QString> m_listPhrases;  ///< list id → "la liste complémentaire municipale"
    QList<ElectionKind> m_electionKinds;
    QList<Poll> m_polls;  ///< sorted by first round
    Choice m_french;
    Choice m_otherNationality;
    QList<EuMember> m_euMembers;
    QList<Attachment> m_attachments;
    QList<Exception> m_exceptions;
    QList<Choice> m_identityDocuments;
    QList<Choice> m_removalReasons;
    QHash<QString, Text> m_texts;
    QHash<QString, QJsonArray> m_checklists;
    QJsonObject m_letters;
    QHash<QString, QStringList> m_refusalReasons;  ///< procedure id → reasons of received → refused
    QHash<QString, QString> m_reasonOfRule;
    StreetTable m_streets;
    int m_votingAge = 0;
    int m_idGraceYears = 0;
    int m_cutoffWeekday = 0;
    int m_cutoffOrdinal = 0;
    Closed m_cutoffClosed = Closed::Keep;
    int m_exceptionDays = 0;
    Closed m_exceptionClosed = Closed::Keep;
    int m_onlineDaysBefore = 0;
    Delay m_decisionDelay;
    Delay m_notificationDelay;
    Delay m_appealDelay;
};

} // namespace guichet::listeselectorales
