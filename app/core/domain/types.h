// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace guichet {

/// How a request reached the town hall.
enum class Channel { Counter, Phone, Letter, Email, Web };

QString channelKey(Channel c);                          ///< "counter", "phone", …
std::optional<Channel> channelFromKey(const QString &key);
QString channelLabel(Channel c);                        ///< translated, e.g. "Guichet"
QList<Channel> allChannels();

enum class Role { Agent, Supervisor, Administrator };
QString roleKey(Role r);                                ///< "agent", "superviseur", "administrateur"
std::optional<Role> roleFromKey(const QString &key);

/// A person known to the town hall. Names are kept as typed (accents,
/// hyphens, particles); search uses a folded copy.
struct Citizen
{
    QUuid id;
    QString familyName;       ///< nom de naissance
    QString usedName;         ///< nom d'usage, may be empty
    QString firstNames;       ///< space separated, in civil-status order
    QChar sex;                ///< 'F' or 'M'
    QDate birthDate;
    QString birthPlaceCode;   ///< INSEE commune code when born in France
    QString birthPlaceName;   ///< commune name, or city abroad
    QString birthCountry;     ///< empty or "France" when born in France
    QString addressLine;
    QString postalCode;
    QString city;
    QString phone;            ///< E.164
    QString email;
    QString language = QStringLiteral("fr");
    QUuid mergedInto;         ///< set when this record was merged into another
    QDateTime createdAt;
    QDateTime updatedAt;

    QString displayName() const;  ///< "LEFÈVRE (épouse MARTIN) Jeanne Marie"
};

struct Agent
{
    QUuid id;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    QString officeCode;
    bool active = true;
    /// Why the account cannot log in although it exists in every office:
    /// "login_taken" when another office had already given its login (HQ's
    /// order decides; see AgentRepository). Empty: in good standing.
    QString refused;
};

/// A request made by a person, followed until it ends.
struct Case
{
    QUuid id;
    QString trackingNumber;   ///< BEL-2026-000123
    QUuid citizenId;
    QString moduleId;         ///< "etat-civil"
    QString procedureId;      ///< "etat-civil.copie-acte"
    Channel channel = Channel::Counter;
    QString status;           ///< a state of the procedure's workflow
    QString officeCode;
    QString service;          ///< service that acts, may be empty
    QDate dueDate;            ///< legal or promised answer date, may be null
    QString summary;          ///< one line for lists and receipts
    QJsonObject data;         ///< the module's form values
    QStringList missingDocuments;
    QString releaseId;        ///< reference release the answer was given under
    QUuid agentId;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool deleted = false;     ///< a superviseur deleted it (CaseRepository::remove): listed nowhere
};

/// One line of a case's timeline. Events are never changed or removed:
/// a correction is a new event.
struct CaseEvent
{
    /// Refused: HQ did not accept a status change (written by HQ only; payload
    /// {"to", "status" kept, "reason": "stale" | "not_allowed", "refused_op"}).
    /// Transferred: the case went to another service ({"from", "to", "reason"}: services' ids).
    enum class Kind { Created, Note, StatusChanged, DocumentReceived, AnswerGiven, Correction, Refused, Transferred };
    QUuid id;
    QUuid caseId;
    Kind kind = Kind::Note;
    QDateTime at;
    QUuid agentId;
    QString agentName;        ///< filled when read, for display
    QJsonObject payload;      ///< {"text": …} / {"from": …, "to": …, "reason": …} / {"document": …}
    QString releaseId;
};

/// Which cases a module's work list shows: every condition given must hold.
struct CaseQuery
{
    QStringList procedureIds;  ///< empty: any procedure
    QStringList statuses;      ///< empty: any status
    QString officeCode;        ///< empty: every office
    int limit = 2000;          ///< oldest first, at most this many
};

/// A case as a module's work list shows it: the case, its person's name, and
/// when and why it entered its current status (letters quote the decision).
struct CaseSummary : Case
{
    QString personName;
    QDateTime statusSince;    ///< the last status change, or the creation
    QString statusReason;     ///< the reason given with it, if any
};

QString eventKindKey(CaseEvent::Kind k);
std::optional<CaseEvent::Kind> eventKindFromKey(const QString &key);

} // namespace guichet
