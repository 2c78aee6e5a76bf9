// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "domain/error.h"
#include "domain/uuidv7.h"
#include "reference/referencerelease.h"
#include "reference/workflow.h"
#include "domain/hlc.h"
#include "sync/releases.h"
#include "sync/snapshot.h"
#include "sync/statehash.h"
#include "sync/messages.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QString>
#include <QUuid>

#include <limits>
#include <memory>
#include <optional>
#include <unordered_map>

namespace guichet {
class Database;
}

namespace guichet::hq {

/// Times in HQ's tables and operations: ISO 8601 UTC with milliseconds.
inline QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/// HQ's database: the operations every workstation pushed, in HQ's order, the
/// enrolled workstations and the reference releases HQ published. The same schema and code run on SQLite (a small
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
        qint64 clockAheadMs = 0;   ///< how far ahead of HQ's clock its last flagged operation was made
        QDateTime clockAheadAt;    ///< when HQ last received one (invalid: never)
    };
    /// Uses the code (once) and returns the workstation's token; the store keeps only its hash.
    Result<QString> enrol(const QString &code, const QUuid &workstation, const QString &office);
    /// The workstation a token belongs to; unknown and revoked tokens are refused.
    Result<Workstation> authenticate(const QByteArray &token);
    Result<void> revoke(const QUuid &workstation);
    Result<QList<Workstation>> workstations() const;
    /// A workstation pushed operations made `aheadMs` ahead of HQ's clock.
    Result<void> recordClockAhead(const QUuid &workstation, qint64 aheadMs);
    /// What a workstation said at its last handshake.
    Result<void> recordHandshake(const QUuid &workstation, const QString &releaseId, const QString &clientVersion);

    /// A published reference release (its content stays in the database).
    struct Release
    {
        int number = 0;
        QString id;
        QString hash;
        QString title;
        QDate effective;
        QDateTime publishedAt;
        int workstations = 0;   ///< active workstations whose last handshake named it (releases() only)

        sync::AnnouncedRelease announced() const { return {id, number, hash, effective}; }
    };
    struct Publication
    {
        Release release;
        bool alreadyPublished = false;  ///< the same id and content were published before: nothing changed
    };
    /// Publishes a release under the next number, after checking it can be
    /// answered under: a new id (the same id and content again is "already
    /// published", another content under a known id is refused), every
    /// section of the release in force, an effective date not before HQ's
    /// today. One transaction; a refusal changes nothing.
    Result<Publication> publish(const ReferenceRelease &release);
    /// Every release, by number, with how many workstations run each.
    Result<QList<Release>> releases() const;
    /// The release in force at HQ on `day`: the newest effective date come,
    /// the higher number on a tie. HQ always has one (the bundled release is
    /// published as no. 1 at first start).
    Result<Release> releaseInForce(const QDate &day) const;
    /// What a workstation hears at the handshake: the release in force on `day` (if any) and those to come.
    Result<QList<Release>> announced(const QDate &day) const;
    /// The canonical JSON of a published release.
    Result<QByteArray> releaseContent(const QString &id) const;

    /// One office's work of one day under one release (`answered --day`).
    struct Answered
    {
        QString office;
        QString releaseId;
        qint64 cases = 0;      ///< cases opened
        qint64 answers = 0;    ///< answers given
        bool inForce = true;   ///< false: not the release HQ had in force that day
    };
    /// Per office (of the workstation that did it) and release: cases opened
    /// and answers given on `day` (local time), from the stored operations.
    Result<QList<Answered>> answered(const QDate &day) const;

    /// A workstation and how it lags: it answers under another release than
    /// HQ's in force today, or it has not synced for more than `staleDays`.
    struct WorkstationCheck
    {
        Workstation workstation;
        bool releaseDiffers = false;
        bool stale = false;
        bool clockAhead = false;   ///< made operations ahead of HQ's clock in the last 7 days
    };
    /// Active and revoked workstations; `staleDays` 0 checks no age.
    Result<QList<WorkstationCheck>> checkWorkstations(int staleDays) const;

    /// Stores the operations in one transaction, each once (keyed by op_id),
    /// and returns HQ's sequence number of each, in order. A case's status
    /// follows its procedure's workflow, checked here in HQ's order: a change
    /// made on a status HQ no longer holds, or one the workflow does not
    /// allow, is stored all the same (every workstation sees what was tried)
    /// and answered, in the same transaction, by HQ's own operations: the
    /// status HQ holds, stamped after it, and a refusal on the case's timeline.
    /// The rest of the queue goes on.
    /// Operations in `refusals` (by index; the server's own checks) and those
    /// HQ refuses here (a reference to a record HQ never received, an op_id
    /// already holding another operation) are not stored: their sequence is
    /// 0 and `refusals` names each with its reason.
    Result<QList<qint64>> push(const QList<sync::Operation> &operations, QHash<qsizetype, Error> *refusals = nullptr);

    /// Other workstations' operations, the cursor after them, whether more follow.
    using Page = sync::PullAnswer;
    /// Operations after `after` in HQ's order, without those `workstation` sent itself.
    Result<Page> pull(const QUuid &workstation, qint64 after, int limit) const;
    Result<qint64> lastSequence() const;
    /// An operation stored before HQ checked operations whole, that no
    /// workstation can apply: no longer served to anyone (workstations that
    /// received it have set it aside already). Kept, with the reason.
    Result<void> setAside(const QUuid &opId, const QString &reason);

    /// The workstation id HQ signs its own operations with (refusals).
    QUuid hqId() const { return m_hqId; }

    /// The hash every converged workstation prints (guichetctl state-hash):
    /// HQ replays all its operations into a scratch office database, by the
    /// same merge rules, and hashes that.
    Result<QByteArray> stateHash() const;

    /// HQ's state as every workstation must hold it once it has pulled up to
    /// `seq` (the state hash and one hash per part). Not ready when HQ's
    /// check replay is past `seq` or still catching up: a later sync compares.
    struct StateCheck
    {
        bool ready = false;
        sync::StateDigest digest;
    };
    Result<StateCheck> stateAt(qint64 seq);
    /// One digest per row of one part of that state (none: not ready, as above).
    Result<std::optional<QMap<QString, QByteArray>>> stateRows(qint64 seq, const QString &part);

    /// Brings the replayed copy of the synced state kept in `dir` (replay.db)
    /// up to HQ's last sequence — incrementally: only what arrived since the
    /// last run is applied — and writes a new snapshot file beside it, named
    /// in current.json. The previous snapshot is kept for downloads under way.
    Result<sync::SnapshotInfo> makeSnapshot(const QString &dir) const;
    /// The snapshot `dir` offers (an invalid one when there is none).
    static sync::SnapshotInfo currentSnapshot(const QString &dir);

    /// An agent account as HQ holds it. Logins are unique in the whole
    /// city: the account that claimed a login first in HQ's order keeps it; a
    /// later one made apart with the same login is held everywhere but
    /// refused ("login_taken") and cannot log in until renamed.
    struct AgentAccount
    {
        QUuid id;
        QString login;
        QString displayName;
        QString role;
        QString officeCode;
        bool active = true;
        QString refused;
    };
    Result<QList<AgentAccount>> agents() const;
    /// By id, or by login (the account in good standing first).
    Result<AgentAccount> findAgent(const QString &loginOrId) const;
    /// A new account made at HQ; every office receives it at its next sync.
    Result<AgentAccount> addAgent(const QString &login, const QString &displayName, const QString &role,
                                  const QString &officeCode, const QString &password);
    /// Renames ("login"), disables or enables ("active") or changes the role
    /// ("role") of an account, as HQ's own operation. Renaming a refused
    /// account to a free login puts it in good standing.
    Result<AgentAccount> updateAgent(const QString &loginOrId, const QJsonObject &fields);

    /// Counts since start, for /metrics.
    struct Counters
    {
        qint64 received = 0, applied = 0, refused = 0, futureStamped = 0;
        qint64 refusedTransitions = 0;  ///< status changes answered with a refusal
        qint64 refusedAgents = 0;       ///< accounts refused because their login was taken
        qint64 stateChecks = 0;         ///< workstations that compared their state with HQ's
        qint64 stateMismatches = 0;     ///< … and found it different
    };
    Counters &counters() { return m_counters; }

private:
    /// Rolls back the transaction begun before it unless commit() was called:
    /// every early return leaves HQ's database as it was.
    class TransactionGuard
    {
    public:
        explicit TransactionGuard(HqStore &store) : m_store(store) {}
        ~TransactionGuard()
        {
            if (!m_done)
                m_store.rollback();
        }
        TransactionGuard(const TransactionGuard &) = delete;
        TransactionGuard &operator=(const TransactionGuard &) = delete;
        Result<void> commit()
        {
            m_done = true;
            return m_store.commit();
        }

    private:
        HqStore &m_store;
        bool m_done = false;
    };

    HqStore(QSqlDatabase db, bool postgres, const Clock &clock);
    /// An operation of HQ's own, stamped after `after` (an HLC) and after everything HQ saw.
    sync::Operation ownOperation(const QString &entity, const QUuid &id, const QString &op, qint64 after);
    /// `sequences`: HQ's number of each operation, by op_id.
    Result<void> checkAgents(const QList<sync::Operation> &fresh, const QHash<QString, qint64> &sequences);
    Result<void> settleLogin(const QString &login);
    Result<qint64> sequenceOf(const QUuid &opId) const;
    Result<void> rebuildAgents();
    Result<void> migrate();
    Result<void> seedBundledRelease();
    Result<void> begin();
    Result<void> commit();
    void rollback();
    Result<void> rebuildCaseStates();
    Result<QList<sync::Operation>> checkStatuses(const QList<sync::Operation> &fresh);
    Result<void> storeOwn(const QList<sync::Operation> &operations, const QString &receivedAt);
    Result<void> useReleaseInForce();
    Result<void> checkReferences(const QList<sync::Operation> &batch, QHash<qsizetype, Error> &refused);
    /// Applies HQ's operations after `db`'s cursor by the workstations' merge rules.
    Result<void> replayInto(Database &db, qint64 upTo = std::numeric_limits<qint64>::max(),
                            qint64 maxOperations = std::numeric_limits<qint64>::max()) const;
    Workflow workflowOf(const QString &procedureId);
    /// A statement prepared once per connection and reused (each push runs
    /// the same lookups); a SELECT is finished before its next use.
    QSqlQuery &prepared(const QString &sql);

    QString m_connection;
    bool m_postgres = false;
    const Clock &m_clock;
    QString m_epoch;
    qint64 m_epochStart = 0;
    Counters m_counters;
    QUuid m_hqId;
    HybridLogicalClock m_hlc;
    UuidV7Generator m_ids;
    ReferenceRelease m_release;
    QHash<QString, Workflow> m_workflows;
    std::unique_ptr<QTemporaryDir> m_checkDir;
    std::unique_ptr<Database> m_check;
    QHash<qint64, sync::StateDigest> m_stateCache;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace guichet::hq
