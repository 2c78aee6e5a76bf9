// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/messages.h"

#include <QList>
#include <QPair>

namespace guichet {

class Database;

namespace sync {

struct Table;

/// The workstation's side of sync, on its own database: what leaves (the
/// outbox, in order), what HQ acknowledged, and what arrives from the other
/// workstations, merged by the rules of the architecture page:
/// - inserts and appended events are kept once (by id), whatever their order;
/// - an updated field keeps the value with the larger (HLC, workstation id):
///   every replica ends on the same value, whatever the order of arrival.
/// Each call is one transaction: a crash leaves a page applied with its
/// cursor moved, or neither.
class Replicator
{
public:
    explicit Replicator(Database &db) : m_db(db) {}

    /// Outbox operations HQ has not acknowledged, oldest first, at most
    /// `maxOperations` and about `maxBytes` of JSON.
    Result<QList<Operation>> pending(int maxOperations = BatchOperations, qsizetype maxBytes = BatchBytes) const
    {
        auto batch = nextBatch(0, maxOperations, maxBytes);
        if (!batch)
            return std::unexpected(batch.error());
        return batch->operations;
    }
    /// The same, after the outbox row `afterSeq`: the batch that follows one
    /// HQ has not answered yet (the push reads it while HQ stores the last).
    struct Batch
    {
        QList<Operation> operations;
        qint64 lastSeq = 0;  ///< the outbox row of its last operation
    };
    Result<Batch> nextBatch(qint64 afterSeq, int maxOperations = BatchOperations, qsizetype maxBytes = BatchBytes) const;
    Result<qint64> pendingCount() const;
    /// Marks operations acknowledged with HQ's sequence numbers.
    Result<void> acknowledge(const QList<PushAnswer::Ack> &acks);

    /// Operations HQ refused for good (invalid, or an id HQ holds for another
    /// operation): set aside with HQ's reason, never sent again.
    Result<void> setAside(const QList<PushAnswer::Refusal> &refused);
    /// How many operations HQ refused for good, and the reason of the last.
    Result<QPair<qint64, QString>> setAsideCount() const;

    /// HQ's sequence after which this workstation has pulled everything.
    qint64 cursor() const;
    /// Applies a page of other workstations' operations and moves the cursor
    /// to `last`. An operation that cannot be applied (it refers to a row no
    /// one has, it carries what this version cannot store, its clock stamp is
    /// absurd) is set aside in `quarantine` with the reason, and the rest of
    /// the page goes on: one bad operation never stops a workstation for good.
    Result<void> apply(const QList<Operation> &operations, qint64 last);
    /// Operations received that were set aside.
    Result<qint64> quarantinedCount() const;

    /// HQ was restored from a backup (new epoch, keeping sequences up to
    /// `epochStart`): operations acknowledged after it go out again, and the
    /// cursor steps back so nothing the new epoch numbers is skipped.
    Result<void> enterEpoch(const QString &epoch, qint64 epochStart);
    QString epoch() const;

    /// Gives `login` to the account whose claim HQ numbered first and refuses
    /// the others (see replicator.cpp); snapshot import uses it too, on the
    /// snapshot's agents (`schema`: the attached database's name).
    static Result<void> settleLogin(Database &db, const QString &login, const QString &schema = QStringLiteral("main"));

private:
    Result<void> applyPage(const QList<Operation> &operations, qint64 last, bool setAsideFailures);
    Result<void> applyOne(const Operation &op);
    Result<void> insertRow(const Operation &op);
    Result<void> updateFields(const Operation &op);
    Result<void> claimLogin(const QByteArray &agent, const QString &login, qint64 hqSeq);
    Result<void> keepNumberingAbove(const QString &trackingNumber);
    Result<QJsonValue> columnJson(const Table &table, const QString &field, const QByteArray &id);
    Result<void> recordConflict(const QString &entity, const QByteArray &id, const QString &field, qint64 hlc,
                                const QByteArray &by, const QJsonValue &value);
    Result<void> forgetConflict(const QByteArray &id, const QString &field, const QString &version);
    Result<void> settle(const Operation &op);

    Database &m_db;
    int m_trackingSlot = -1;  ///< this workstation's slot, read at the start of each page
};

} // namespace sync
} // namespace guichet
