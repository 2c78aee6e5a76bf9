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
    /// Sends an open case to another service, which acts on it from then on
    /// (a letter routed to the wrong desk, a request another service handles):
    /// who, when and why are in the timeline, and the change syncs to every office.
    /// `service` is one of the release's services; the caller offers only those.
    Result<CaseEvent> transfer(const QUuid &caseId, const QString &service, const QString &reason,
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
        /// A tracking number or any part of it, wherever it is in the number:
        /// "BEL-2026-0001" from the start, "032181", "32181", "2181" or
        /// "2026-03218" read off a receipt, "EL-2026".
        QString trackingNumber;
        /// The cases of one person, and of the records merged into theirs.
        QUuid citizenId;
        /// The cases of the people whose names start with the typed words, as the
        /// reception's search finds them (accents, case, hyphens ignored; the
        /// search index of the people).
        QString personName;
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
    /// When the list reads the cases of a typed number or name first, looks
    /// them up along its order, or checks each case (see the .cpp). The
    /// defaults were measured on a million cases; tests set others to reach
    /// each way on a few cases.
    struct ListPlan
    {
        int drivenAtMost = 2000;        ///< cases of a typed number, read first up to this many
        /// People found by a typed name whose cases a page reads first, from
        /// the person index; beyond, each case read in the list's order checks
        /// its person. A count reads the people's cases first up to this many
        /// people, and beyond when only the office filters them too.
        int peopleDrivenAtMost = 5000;
    };
    void setListPlan(const ListPlan &plan) { m_plan = plan; }

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
    struct Where;
    /// A page reads in the sort order; a count reads in any order and stops at its cap.
    enum class Reading { Page, Count };
    /// The FROM and WHERE clauses of the list for `filter`, with their values.
    /// A typed part of a number or a typed name matches a set of cases SQLite
    /// cannot size in advance: the clauses read it one of three ways after a
    /// quick look at its size (see the .cpp).
    Result<Where> where(const Filter &filter, Reading reading) const;
    /// How many rows `select` gives, counting no further than `limit`.
    Result<int> countAtMost(const QString &select, const QVariantList &binds, int limit) const;
    /// The distinct "XXX-YYYY-" heads of the stored tracking numbers (office, year).
    Result<QStringList> trackingHeads() const;
    Result<CaseEvent> appendEvent(const QUuid &caseId, CaseEvent::Kind kind, const QJsonObject &payload,
                                  const QString &releaseId, const QUuid &agentId);
    Database &m_db;
    ListPlan m_plan;
};

} // namespace guichet
