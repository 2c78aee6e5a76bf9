// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "domain/error.h"
#include "sync/snapshot.h"
#include "sync/wire.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <memory>

namespace guichet::hq {

/// HQ's database: the operations every workstation pushed, in HQ's order, and
/// the enrolled workstations. The same schema and code run on SQLite (a small
/// town, a demo) and on PostgreSQL (a city); the server holds no other state.
class HqStore
{
public:
    /// `sqlite:/var/lib/guichet/hq.db` or `postgresql://user:password@host:port/database`
    /// (also `postgresql:///database?host=/run/postgresql` for a Unix socket).
    static Result<std::unique_ptr<HqStore>> open(const QString &url, const Clock &clock);
    ~HqStore();
    HqStore(const HqStore &) = delete;
    HqStore &operator=(const HqStore &) = delete;

    bool isPostgres() const { return m_postgres; }
    static int latestSchemaVersion();

    /// HQ's epoch changes when HQ is restored from a backup (newEpoch()), so
    /// that workstations send again what HQ lost and pull again from where the
    /// restored HQ stands. `epochStart` is the last sequence the new epoch kept.
    QString epoch() const { return m_epoch; }
    qint64 epochStart() const { return m_epochStart; }
    Result<void> newEpoch();

    /// A one-time code for enrolling one workstation of `office`, valid `hours`.
    Result<QString> issueEnrolCode(const QString &office, int hours);

    struct Workstation
    {
        QUuid id;
        QString officeCode;
        QDateTime lastSyncAt;
        QString releaseId;
        QString clientVersion;
        bool revoked = false;
    };
    /// Uses the code (once) and returns the workstation's token; the store keeps only its hash.
    Result<QString> enrol(const QString &code, const QUuid &workstation, const QString &office);
    /// The workstation a token belongs to; unknown and revoked tokens are refused.
    Result<Workstation> authenticate(const QByteArray &token);
    Result<void> revoke(const QUuid &workstation);
    Result<QList<Workstation>> workstations() const;
    /// What a workstation said at its last handshake.
    Result<void> recordHandshake(const QUuid &workstation, const QString &releaseId, const QString &clientVersion);

    /// Stores the operations in one transaction, each once (keyed by op_id),
    /// and returns HQ's sequence number of each, in order.
    Result<QList<qint64>> push(const QList<sync::Operation> &operations);

    struct Page
    {
        QList<sync::Operation> operations;  ///< other workstations' operations
        qint64 last = 0;                    ///< the cursor after this page
        bool more = false;
    };
    /// Operations after `after` in HQ's order, without those `workstation` sent itself.
    Result<Page> pull(const QUuid &workstation, qint64 after, int limit) const;
    Result<qint64> lastSequence() const;

    /// The hash every converged workstation prints (guichetctl state-hash):
    /// HQ replays all its operations into a scratch office database, by the
    /// same merge rules, and hashes that.
    Result<QByteArray> stateHash() const;

    /// Brings the replayed copy of the synced state kept in `dir` (replay.db)
    /// up to HQ's last sequence — incrementally: only what arrived since the
    /// last run is applied — and writes a new snapshot file beside it, named
    /// in current.json. The previous snapshot is kept for downloads under way.
    Result<sync::SnapshotInfo> makeSnapshot(const QString &dir) const;
    /// The snapshot `dir` offers (an invalid one when there is none).
    static sync::SnapshotInfo currentSnapshot(const QString &dir);

    /// Counts since start, for /metrics.
    struct Counters
    {
        qint64 received = 0, applied = 0, refused = 0, futureStamped = 0;
    };
    Counters &counters() { return m_counters; }

private:
    HqStore(QSqlDatabase db, bool postgres, const Clock &clock);
    Result<void> migrate();
    Result<void> begin();
    Result<void> commit();
    void rollback();

    QString m_connection;
    bool m_postgres = false;
    const Clock &m_clock;
    QString m_epoch;
    qint64 m_epochStart = 0;
    Counters m_counters;
};

} // namespace guichet::hq
