// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/releases.h"
#include "sync/replicator.h"
#include "sync/snapshot.h"

#include <QDateTime>
#include <QCryptographicHash>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace guichet {

class Database;

namespace sync {

/// Where this workstation's HQ is and the token it enrolled with. The URL is
/// in the database's meta table; the token in a file beside the database that
/// only its owner may read.
struct HqLink
{
    QUrl url;
    QByteArray token;

    static QString tokenPath(const Database &db);
    /// HQ's address as a workstation may use it: https, or plain http to
    /// this machine only (a demo, a test) — a bearer token never crosses a
    /// network in clear text.
    static Result<void> checkUrl(const QUrl &url);
    /// Not enrolled yet: an error that says how to enrol.
    static Result<HqLink> load(const Database &db);
    Result<void> save(Database &db) const;
};

/// What one sync did, for the status bar, the report dialog and guichetctl.
struct SyncReport
{
    bool ok = false;
    Error error;              ///< when !ok: what failed and what to do
    qint64 sent = 0;          ///< operations HQ acknowledged
    qint64 received = 0;      ///< operations applied from other workstations
    qint64 waiting = 0;       ///< operations still to send
    qint64 refused = 0;       ///< this workstation's status changes HQ refused (each on its case's timeline)
    qint64 setAside = 0;      ///< this workstation's changes HQ refused for good (invalid), held here only
    QString setAsideReason;   ///< HQ's reason for the last one
    /// After the last comparison with HQ's state at the same sequence, the parts
    /// of the state that differ ("citizen", "case", …); empty: the same state.
    QStringList stateDiffers;
    qint64 quarantined = 0;       ///< operations received that could not be applied, set aside (all so far)
    qint64 quarantinedNow = 0;    ///< … of which this sync set aside
    qint64 bytesSent = 0;     ///< request bodies, compressed, as on the wire
    qint64 bytesReceived = 0; ///< answer bodies, compressed (and snapshot pieces)
    qint64 snapshotSeq = 0;   ///< a new workstation started from HQ's snapshot up to this sequence (0: none)
    QString epoch;
    QDateTime finishedAt;
    /// Reference releases HQ announced that this sync downloaded, checked and installed.
    QList<AnnouncedRelease> releasesInstalled;
    /// Releases that could not be installed (download failed, hash differs,
    /// damaged): each installs nothing and leaves the rest of the sync to run.
    QList<Error> releaseErrors;
};

/// One sync with HQ: handshake → download the reference releases HQ announces
/// and this workstation lacks → (a new, empty workstation: download and import
/// HQ's snapshot) → push the outbox in batches → pull pages until HQ has
/// nothing more. Asynchronous (Qt event loop); HTTP through the
/// QNetworkAccessManager given, so tests and the desk choose their own.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    SyncClient(Database &db, QNetworkAccessManager &network, QObject *parent = nullptr);

    /// Exchanges a one-time enrolment code for this workstation's token (blocking, with its own event loop).
    static Result<HqLink> enrol(Database &db, const QUrl &hq, const QString &code, const QString &officeCode,
                                QNetworkAccessManager &network);

    /// The rows this workstation holds otherwise than HQ's state at this
    /// workstation's cursor (guichetctl verify --against-hq), one line each:
    /// "case 0189…: differs", "citizen 0189…: here only", "… : at HQ only".
    /// Blocking, with its own event loop. Sync first: only a workstation with
    /// nothing left to send or receive can be compared.
    static Result<QStringList> compareWithHq(Database &db, const HqLink &link, QNetworkAccessManager &network);

    /// `receive` false: only sends the outbox (before a workstation is
    /// replaced, or to measure sending alone).
    void start(const HqLink &link, const QString &releaseId, bool receive = true);
    bool isRunning() const { return m_running; }
    /// Runs start() and waits for its end (guichetctl, tests).
    SyncReport run(const HqLink &link, const QString &releaseId, bool receive = true);

Q_SIGNALS:
    /// Operations sent and received so far, of about `total` known at the handshake.
    void progress(qint64 done, qint64 total);
    void finished(const guichet::sync::SyncReport &report);

private:
    using FailureHandler = std::function<void(const Error &)>;
    /// Sends `request` and reads HQ's answer as an `Answer` (messages.h). A
    /// failure, or an answer that is not one, ends the sync unless `onFailure` is given.
    template<typename Answer, typename Request>
    void post(const QString &path, const Request &request, std::function<void(const Answer &)> onSuccess,
              FailureHandler onFailure = {});
    void takeAnnouncement(const QList<AnnouncedRelease> &announced);
    void fetchNextRelease();
    Result<void> installRelease(const AnnouncedRelease &announced, const QByteArray &content);
    using RawHandler = std::function<void(const QByteArray &)>;
    /// Sends a body already packed (sync::packed).
    void postRaw(const QString &path, const QByteArray &body, RawHandler onSuccess, FailureHandler onFailure = {});
    void startFromSnapshotOrPush();
    void downloadSnapshot(const SnapshotInfo &snapshot);
    /// The next piece of the snapshot, or its import once whole.
    void fetchSnapshotChunk();
    void requestSnapshotChunk(qint64 offset);
    void pushNext();
    /// Sends a batch packed ahead, then reads and packs the next one while HQ stores this one.
    void pushBatch(QByteArray body, qint64 lastSeq);
    void pullNext();
    void requestPage(qint64 after);
    void checkState();
    void finish(const Error *error = nullptr);

    Database &m_db;
    QNetworkAccessManager &m_network;
    Replicator m_replicator;
    HqLink m_link;
    std::optional<SnapshotInfo> m_offered;  ///< what the handshake offered
    SnapshotInfo m_snapshot;
    QString m_snapshotPart;   ///< the download under way, beside the database
    /// The download's SHA-256 as its pieces arrive (a city's 1.6 GB file is not
    /// read again to check it); none when it resumed a file begun earlier.
    std::optional<QCryptographicHash> m_snapshotHash;
    SyncReport m_report;
    QList<AnnouncedRelease> m_toFetch;
    qint64 m_total = 0;
    qint64 m_quarantinedBefore = 0;
    bool m_running = false;
    quint64 m_run = 0;        ///< which sync an answer belongs to
    bool m_receive = true;
};

} // namespace sync
} // namespace guichet
