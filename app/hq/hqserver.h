// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hqstore.h"
#include "sync/messages.h"

#include <QHostAddress>
#include <QHttpServer>

#include <expected>
#include <QSslConfiguration>

namespace guichet::hq {

/// HQ's HTTP API. Handlers are synchronous (Qt HttpServer 6.4 crashes when a
/// client leaves while a QFuture route runs); one server, one thread, one
/// database connection: several instances behind a proxy scale it out.
///
///   GET  /healthz            200 "ok" when the database answers
///   GET  /metrics            counters and workstations (Prometheus text format)
///   POST /v1/enrol           one-time code → workstation token
///   POST /v1/handshake       versions, epoch, releases in force and to come (token)
///   POST /v1/release         one published release, whole        (token)
///   POST /v1/push            a batch of operations → HQ sequences (token)
///   POST /v1/pull            operations after a cursor          (token)
///   POST /v1/snapshot/chunk  a piece of the snapshot file       (token)
///   POST /v1/state-check     HQ's state hash at a sequence      (token)
///   POST /v1/state-rows      HQ's row digests of one part       (token)
/// The messages are typed in sync/messages.h.
class HqServer
{
public:
    struct Options
    {
        QString minimumClientVersion = QStringLiteral("0.1.0");
        /// An operation made (by the workstation's own clock) further ahead of
        /// HQ's clock than this is flagged: that workstation's clock is wrong,
        /// and its changes would win over later ones made elsewhere.
        qint64 futureToleranceMs = 10LL * 60 * 1000;
        QString snapshotDir;         ///< where `guichet-hq snapshot` writes; empty: no snapshot offered
    };
    HqServer(HqStore &store, const Clock &clock, Options options);

    /// Listens on `address:port` (port 0 picks one); returns the port, or an error.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    /// HTTPS instead of HTTP, before listen().
    void setTls(const QSslConfiguration &tls) { m_tls = tls; }

private:
    void routes();
    /// The caller's workstation (its token checked first) and its request,
    /// read whole, or the refusal.
    template<typename Request>
    struct Asked
    {
        HqStore::Workstation ws;
        Request request;
    };
    template<typename Request>
    std::expected<Asked<Request>, QHttpServerResponse> authorise(const QHttpServerRequest &request);
    /// `seq` if it is a sequence HQ has reached, or the refusal.
    std::expected<qint64, QHttpServerResponse> reachedSequence(qint64 seq);
    QHttpServerResponse enrol(const QHttpServerRequest &request);
    QHttpServerResponse handshake(const QHttpServerRequest &request);
    QHttpServerResponse release(const QHttpServerRequest &request);
    QHttpServerResponse push(const QHttpServerRequest &request);
    QHttpServerResponse pull(const QHttpServerRequest &request);
    QHttpServerResponse snapshotChunk(const QHttpServerRequest &request);
    QHttpServerResponse stateCheck(const QHttpServerRequest &request);
    QHttpServerResponse stateRows(const QHttpServerRequest &request);
    QHttpServerResponse metrics();

    HqStore &m_store;
    const Clock &m_clock;
    Options m_options;
    QHttpServer m_server;
    QSslConfiguration m_tls;
    QHash<QString, QList<QDateTime>> m_enrolFailures;  ///< by remote address, the last 10 minutes
};

} // namespace guichet::hq
