// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUuid>

namespace guichet {

class Database;

/// Values that lost to a change of the same field made apart in another
/// office (sync keeps them here, never drops them), and their settlement by a
/// superviseur — itself a change that every workstation receives.
class ConflictRepository
{
public:
    explicit ConflictRepository(Database &db) : m_db(db) {}

    struct Other
    {
        QString version;      ///< "<hlc>:<workstation hex>", as sync names it
        QJsonValue value;
        QDateTime at;         ///< when it was written (the HLC's wall-clock part)
    };
    struct Conflict
    {
        QString entity;       ///< "citizen" or "case"
        QUuid entityId;
        QString field;        ///< column name: "phone", "address_line", "status"…
        QString record;       ///< the person's name or the case's tracking number
        QJsonValue current;   ///< the value in force (the later change)
        QList<Other> others;  ///< the values it overwrote
    };

    /// Unsettled conflicts, one per field of a record, oldest first.
    Result<QList<Conflict>> open(int limit = 500) const;
    Result<int> openCount() const;

    /// Settles a conflict: keeps the value in force, or (`take` ≥ 0) takes
    /// `others[take]`, written as a change of its own. Workflow fields
    /// (a case's status) can only be kept: a status moves through the case window.
    Result<void> settle(const Conflict &conflict, int take, const QUuid &agentId);

    static bool canTakeOther(const QString &entity, const QString &field);

private:
    Database &m_db;
};

} // namespace guichet
