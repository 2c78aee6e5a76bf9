// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "rules/calendar.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace guichet {

class ReferenceRelease;

/// What the administration's silence on a kind of written request is worth,
/// and after how long (CRPA L231-1, L231-4, R311-13): one entry of the
/// "requestKinds" of the release's `correspondance` section.
struct SilenceRule
{
    enum class Meaning { Acceptance, Rejection, None };
    QString kind;             ///< "reclamation"
    QString label;            ///< "Réclamation ou plainte"
    Meaning meaning = Meaning::None;
    int months = 0;           ///< 0 when silence is worth no decision
    QStringList sources;      ///< keys of the section's "sources"
    QString assumption;       ///< "⚠ …" when the rule is the city's reading, else empty
};

/// A request for the pieces missing from a file (L114-5): when it was sent,
/// the time given to produce them, and when they arrived (null until then).
struct PiecesRequest
{
    QDate asked;
    QDate dueBy;
    QDate arrived;
};

/// The dates a written request's clock is read from.
struct ClockFacts
{
    /// Received by the first administration, when another one (préfecture,
    /// Métropole…) received it before forwarding it to the city (L114-3);
    /// null when the city received it first.
    QDate firstReceived;
    QDate received;           ///< received by the city, the competent authority
    QList<PiecesRequest> pieces;
};

/// Where a request's clock stands.
struct ClockReading
{
    SilenceRule::Meaning meaning = SilenceRule::Meaning::None;
    /// The day silence becomes a decision; null when it never does, or while
    /// the clock waits for pieces with no end date.
    QDate decisionDate;
    bool awaitingPieces = false;
    int suspendedDays = 0;    ///< a rejection's delay, suspended for the pieces (L114-5)
    QDate appealUntil;        ///< an implicit rejection: the last day to go to court (CJA R421-2)
    QDate answerTarget;       ///< the city's own answer date, in working days
    /// The date the request must be answered by: the earlier of the decision
    /// date and the city's target. Queues sort by it.
    QDate dueDate() const;
};

/// The legal clock of written requests (Code des relations entre le public
/// et l'administration), on the French calendar of the office's department.
/// Every delay comes from the release's `correspondance` section, which names
/// its sources; no delay is written here.
class LegalClock
{
public:
    /// Reads and checks the `correspondance` section: an error names the entry
    /// and field at fault (a kind without a source, an unknown meaning…).
    static Result<LegalClock> fromRelease(const ReferenceRelease &release, const FrenchCalendar &calendar);

    QList<SilenceRule> kinds() const { return m_kinds; }
    std::optional<SilenceRule> kind(const QString &id) const;
    /// The text of a source key ("CRPA-L231-1" → "Code des relations…").
    QString source(const QString &key) const;

    /// The clock of a request of `rule`'s kind:
    /// - acceptance runs from the city's receipt, or only from the arrival of
    ///   the pieces asked for (L114-3, L114-5);
    /// - rejection runs from the first receipt, suspended from each request
    ///   for pieces until they arrive or the time given ends (L114-3, L114-5);
    /// - the city's target is `cityAnswerWorkingDays` working days after its receipt.
    ClockReading read(const SilenceRule &rule, const ClockFacts &facts) const;
    /// Whether a request is close to (or past) its due date on `today`.
    bool isNear(const ClockReading &reading, const QDate &today) const;

    int nearDeadlineDays() const { return m_nearDays; }
    int cityAnswerWorkingDays() const { return m_answerDays; }

private:
    FrenchCalendar m_calendar;
    QList<SilenceRule> m_kinds;
    QHash<QString, QString> m_sources;
    int m_appealMonths = 0;
    int m_answerDays = 0;
    int m_nearDays = 0;
};

} // namespace guichet
