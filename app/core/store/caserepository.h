// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/types.h"

#include <QList>
#include <optional>

namespace guichet {

class Database;
class Workflow;

/// Cases and their timelines. A case's status follows its procedure's
/// workflow; every change is also an event in the timeline, which only grows.
class CaseRepository
{
public:
    explicit CaseRepository(Database &db) : m_db(db) {}

    struct NewCase
    {
        QUuid citizenId;
        QString moduleId;
        QString procedureId;
        Channel channel = Channel::Counter;
        QString officeCode;         ///< also the tracking-number prefix
        QString service;
        QDate dueDate;
        QString summary;
        QJsonObject data;
        QStringList missingDocuments;
        QString status;             ///< empty: the workflow's initial state
        QString releaseId;
    };
    Result<Case> create(const NewCase &n, const Workflow &workflow, const QUuid &agentId);

    Result<CaseEvent> addNote(const QUuid &caseId, const QString &text, const QUuid &agentId);
    /// Deletes a case recorded by mistake (a superviseur's act, with its
    /// reason): a tombstone synced to every office; the case leaves every list.
    Result<void> remove(const QUuid &caseId, const QString &reason, const QUuid &agentId);
    /// Who deleted a case, when and why; NotFound when it is not deleted.
    struct Deletion { QUuid agentId; QDateTime at; QString reason; };
    Result<Deletion> deletion(const QUuid &caseId) const;
    /// Moves the case along its workflow; a transition that lists reasons needs one of them.
    Result<CaseEvent> changeStatus(const QUuid &caseId, const QString &to, const QString &reason,
                                   const Workflow &workflow, const QUuid &agentId);
    Result<CaseEvent> recordDocument(const QUuid &caseId, const QString &document, const QUuid &agentId);
    Result<CaseEvent> recordAnswer(const QUuid &caseId, const QString &answer, const QString &releaseId,
                                   const QUuid &agentId);

    Result<Case> get(const QUuid &id) const;
    Result<Case> findByTrackingNumber(const QString &number) const;
    /// Oldest first, with the agent's name.
    Result<QList<CaseEvent>> events(const QUuid &caseId) const;

    struct Filter
    {
        QString status;
        std::optional<Channel> channel;
        QString procedureId;
        QString officeCode;
        QString service;
        QDate dueFrom, dueTo;       ///< inclusive, either may be null
        bool overdueOnly = false;   ///< open cases whose due date is before `today`
        QDate today;
        /// A tracking number or any part of it: "BEL-2026-0001" from the start,
        /// "032181" or "2026-03218" from the number on a receipt.
        QString trackingNumber;
        QUuid citizenId;
    };
    enum class SortKey { Created, Due, Tracking, Status, Procedure, Office, Channel, Service };
    struct Row
    {
        QUuid id;
        QString trackingNumber;
        QString citizenName;
        QString procedureId;
        Channel channel = Channel::Counter;
        QString status;
        bool closed = false;
        QString officeCode;
        QString service;
        QDate dueDate;
        QDateTime createdAt;
        QString summary;
    };
    /// One page of the filtered, sorted list. Every filter and sort key is backed by an index.
    Result<QList<Row>> page(const Filter &filter, SortKey sort, Qt::SortOrder order, int offset, int limit) const;
    /// How many cases match, counting no further than `cap` (the list says "cap+").
    Result<int> count(const Filter &filter, int cap) const;

    /// The cases of a module's work list, oldest first, with their person's name.
    Result<QList<CaseSummary>> select(const CaseQuery &query) const;

    /// The tracking number the next case of `prefix` will get this year, reserved.
    Result<Case> writable(const QUuid &caseId) const;
    Result<QString> nextTrackingNumber(const QString &prefix, int year);

    static bool isTrackingNumber(const QString &text);

private:
    Result<CaseEvent> appendEvent(const QUuid &caseId, CaseEvent::Kind kind, const QJsonObject &payload,
                                  const QString &releaseId, const QUuid &agentId);
    Database &m_db;
};

} // namespace guichet
