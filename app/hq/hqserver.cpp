// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqserver.h"
#include "domain/entities.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QVersionNumber>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcHq, "guichet.hq", QtInfoMsg)

namespace guichet::hq {

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse refusal(Status status, const QString &reason, const QString &field = {})
{
    QJsonObject body{{QStringLiteral("error"), reason}};
    if (!field.isEmpty())
        body.insert(QStringLiteral("field"), field);
    return QHttpServerResponse(body, status);
}

QHttpServerResponse refusal(Status status, const Error &error)
{
    return refusal(status, error.message, error.field);
}

/// A message of the protocol as the answer's body.
template<typename Message>
QHttpServerResponse answered(const Message &message)
{
    return QHttpServerResponse(QByteArray(sync::ContentType), sync::packed(message));
}

QByteArray bearer(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    return header.startsWith("Bearer ") ? header.mid(7).trimmed() : QByteArray();
}

/// Plain-HTTP connections that answer without the 40 ms stalls of Nagle's
/// algorithm meeting delayed acknowledgements. Qt's HTTP client writes a
/// request body in 16 KB pieces without TCP_NODELAY: each piece after the
/// first waited for HQ's acknowledgement, which Linux delays by up to 40 ms —
/// one stall per pushed batch, nearly half the time of a push on loopback.
/// HQ acknowledges at once each time data arrives (TCP_QUICKACK, which Linux
/// clears again by itself, hence on every read), and sends its own answers
/// without waiting (TCP_NODELAY).
/// QHttpServer buffers a whole request body before any route sees it. A
/// request whose head announces a body larger than any route takes, or
/// chunked encoding (whose size no head says), is answered 413 and its
/// connection closed as soon as the head arrives, before the body is read.
void refuseOversized(QTcpSocket &socket)
{
    const QByteArray head = socket.peek(8192);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 || !(head.startsWith("POST ") || head.startsWith("GET ") || head.startsWith("PUT ")))
        return;  // not the start of a request (the rest of a body), or its head is not all here yet
    const QList<QByteArray> lines = head.left(end).split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray l = line.trimmed().toLower();
        bool tooLarge = false;
        if (l.startsWith("content-length:")) {
            bool ok = false;
            const qint64 length = l.mid(15).trimmed().toLongLong(&ok);
            tooLarge = !ok || length > sync::MaxBodyBytes;
        } else if (l.startsWith("transfer-encoding:")) {
            tooLarge = true;
        }
        if (tooLarge) {
            qCWarning(lcHq, "request from %s refused before its body: larger than %lld bytes",
                      qPrintable(socket.peerAddress().toString()), qlonglong(sync::MaxBodyBytes));
            socket.write("HTTP/1.1 413 Payload Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket.flush();
            socket.abort();
            return;
        }
    }
}

class PromptTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Connected before QHttpServer's own reader, so it runs first.
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
#ifdef Q_OS_LINUX
            const int on = 1;
            ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#endif
            refuseOversized(*socket);
        });
        addPendingConnection(socket);
    }
};

} // namespace

HqServer::HqServer(HqStore &store, const Clock &clock, Options options)
    : m_store(store), m_clock(clock), m_options(std::move(options))
{
    routes();
}

Result<quint16> HqServer::listen(const QHostAddress &address, quint16 port)
{
    quint16 bound = 0;
    if (!m_tls.isNull()) {
        // HTTPS keeps Qt's own sockets (QHttpServer wraps them in TLS itself).
        m_server.sslSetup(m_tls);
        bound = m_server.listen(address, port);
    } else {
        auto *tcp = new PromptTcpServer(&m_server);
        if (tcp->listen(address, port)) {
            m_server.bind(tcp);
            bound = tcp->serverPort();
        } else {
            delete tcp;
        }
    }
    if (bound == 0)
        return std::unexpected(Error::make(Error::Code::Unavailable,
            QCoreApplication::translate("HqServer", "HQ cannot listen on %1:%2 (address not local, or port taken). Choose another --listen.")
                .arg(address.toString()).arg(port)));
    qCInfo(lcHq, "listening on %s:%u (%s)", qPrintable(address.toString()), bound,
           m_store.isPostgres() ? "PostgreSQL" : "SQLite");
    return bound;
}

void HqServer::routes()
{
    using Method = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/healthz"), Method::Get, [this] {
        auto last = m_store.lastSequence();
        return last ? QHttpServerResponse("text/plain", "ok\n")
                    : QHttpServerResponse("text/plain", "database unavailable\n", Status::ServiceUnavailable);
    });
    m_server.route(QStringLiteral("/metrics"), Method::Get, [this] { return metrics(); });
    m_server.route(sync::route::Enrol, Method::Post,
                   [this](const QHttpServerRequest &r) { return enrol(r); });
    m_server.route(sync::route::Handshake, Method::Post,
                   [this](const QHttpServerRequest &r) { return handshake(r); });
    m_server.route(sync::route::Release, Method::Post,
                   [this](const QHttpServerRequest &r) { return release(r); });
    m_server.route(sync::route::Push, Method::Post, [this](const QHttpServerRequest &r) { return push(r); });
    m_server.route(sync::route::Pull, Method::Post, [this](const QHttpServerRequest &r) { return pull(r); });
    m_server.route(sync::route::StateRows, Method::Post,
                   [this](const QHttpServerRequest &r) { return stateRows(r); });
    m_server.route(sync::route::StateCheck, Method::Post,
                   [this](const QHttpServerRequest &r) { return stateCheck(r); });
    m_server.route(sync::route::SnapshotChunk, Method::Post,
                   [this](const QHttpServerRequest &r) { return snapshotChunk(r); });
}

template<typename Request>
std::expected<HqServer::Asked<Request>, QHttpServerResponse> HqServer::authorise(const QHttpServerRequest &request)
{
    // The token first: no body of an unknown caller is unpacked.
    auto ws = m_store.authenticate(bearer(request));
    if (!ws)
        return std::unexpected(refusal(Status::Unauthorized, ws.error()));
    auto body = sync::unpack(request.body());
    if (!body)
        return std::unexpected(refusal(Status::BadRequest, body.error()));
    auto read = Request::fromJson(*body);
    if (!read)
        return std::unexpected(refusal(Status::BadRequest, read.error()));
    return Asked<Request>{*ws, std::move(*read)};
}

std::expected<qint64, QHttpServerResponse> HqServer::reachedSequence(qint64 seq)
{
    auto last = m_store.lastSequence();
    if (!last)
        return std::unexpected(refusal(Status::ServiceUnavailable, last.error()));
    if (seq > *last)
        return std::unexpected(refusal(Status::BadRequest,
            QCoreApplication::translate("HqServer", "seq: a sequence HQ has reached was expected (HQ is at %1).").arg(*last), QStringLiteral("seq")));
    return seq;
}

QHttpServerResponse HqServer::enrol(const QHttpServerRequest &request)
{
    // Codes are guessed nowhere near: after 10 failures in 10 minutes from one
    // address, that address waits.
    const QString peer = request.remoteAddress().toString();
    const QDateTime now = m_clock.now();
    QList<QDateTime> &failures = m_enrolFailures[peer];
    failures.removeIf([&](const QDateTime &t) { return t.secsTo(now) > 600; });
    if (failures.size() >= 10) {
        qCWarning(lcHq, "enrolment from %s refused: too many failures", qPrintable(peer));
        return refusal(Status::TooManyRequests,
                       QCoreApplication::translate("HqServer", "Too many failed enrolments from this address: wait 10 minutes, then try again with a valid code."));
    }
    auto body = sync::unpack(request.body());
    if (!body)
        return refusal(Status::BadRequest, body.error());
    auto asked = sync::EnrolRequest::fromJson(*body);
    if (!asked)
        return refusal(Status::BadRequest, asked.error());
    static const QRegularExpression officeCode(QStringLiteral("^[A-Z]{3}$"));
    if (!officeCode.match(asked->officeCode).hasMatch())
        return refusal(Status::BadRequest, QCoreApplication::translate("HqServer", "office: the three-letter code of an office, such as BEL, was expected."),
                       QStringLiteral("office"));
    auto token = m_store.enrol(asked->code, asked->workstationId, asked->officeCode);
    if (!token) {
        failures << now;
        qCWarning(lcHq, "enrolment for office %s refused (from %s)", qPrintable(asked->officeCode), qPrintable(peer));
        const Error::Code c = token.error().code;
        return refusal(c == Error::Code::Storage ? Status::ServiceUnavailable
                       : c == Error::Code::Invalid ? Status::BadRequest
                       : c == Error::Code::Conflict ? Status::Conflict
                                                    : Status::Forbidden,
                       token.error());
    }
    qCInfo(lcHq, "workstation %s enrolled for office %s (from %s)", qPrintable(sync::uuidText(asked->workstationId)),
           qPrintable(asked->officeCode), qPrintable(peer));
    return answered(sync::EnrolAnswer{token->toLatin1(), m_store.epoch()});
}

QHttpServerResponse HqServer::handshake(const QHttpServerRequest &request)
{
    auto asked = authorise<sync::Hello>(request);
    if (!asked)
        return std::move(asked.error());
    const auto &[ws, hello] = *asked;
    if (hello.protocolMax < sync::ProtocolMin || hello.protocolMin > sync::ProtocolMax)
        return refusal(Status::UpgradeRequired,
            QCoreApplication::translate("HqServer", "This workstation speaks sync protocol %1 to %2, HQ speaks %3 to %4. Install the Guichet version HQ "
               "requires (at least %5).").arg(hello.protocolMin).arg(hello.protocolMax).arg(sync::ProtocolMin).arg(sync::ProtocolMax)
                .arg(m_options.minimumClientVersion), QStringLiteral("protocol"));
    if (QVersionNumber::fromString(hello.clientVersion) < QVersionNumber::fromString(m_options.minimumClientVersion))
        return refusal(Status::UpgradeRequired,
            QCoreApplication::translate("HqServer", "This workstation runs Guichet %1; HQ requires at least %2. Install the newer version.")
                .arg(hello.clientVersion.isEmpty() ? QCoreApplication::translate("HqServer", "(unknown)") : hello.clientVersion,
                     m_options.minimumClientVersion),
            QStringLiteral("client_version"));
    if (auto r = m_store.recordHandshake(ws.id, hello.releaseId, hello.clientVersion); !r)
        return refusal(Status::ServiceUnavailable, r.error());
    auto last = m_store.lastSequence();
    if (!last)
        return refusal(Status::ServiceUnavailable, last.error());
    // The release in force today and those to come: a workstation installs
    // them ahead and switches on its own at each effective date, even offline.
    auto releases = m_store.announced(m_clock.today());
    if (!releases)
        return refusal(Status::ServiceUnavailable, releases.error());
    sync::Welcome welcome{.protocol = std::min(hello.protocolMax, sync::ProtocolMax),
                          .epoch = m_store.epoch(),
                          .epochStart = m_store.epochStart(),
                          .lastSeq = *last,
                          .minimumClientVersion = m_options.minimumClientVersion,
                          .officeCode = ws.officeCode,
                          .serverTime = m_clock.now()};
    for (const HqStore::Release &r : std::as_const(*releases)) {
        welcome.releases << r.announced();
        if (r.effective <= m_clock.today() && welcome.releaseId.isEmpty()) {
            welcome.releaseId = r.id;
            welcome.releaseHash = r.hash;
        }
    }
    // Offered to every workstation; only an empty one takes it. A snapshot of
    // another epoch may hold operations a restored HQ lost: never offered.
    if (const auto snapshot = HqStore::currentSnapshot(m_options.snapshotDir); snapshot.isValid() && snapshot.epoch == m_store.epoch())
        welcome.snapshot = snapshot;
    return answered(welcome);
}

QHttpServerResponse HqServer::snapshotChunk(const QHttpServerRequest &request)
{
    auto asked = authorise<sync::SnapshotChunkRequest>(request);
    if (!asked)
        return std::move(asked.error());
    const auto &[ws, chunk] = *asked;
    QFile file(QDir(m_options.snapshotDir).filePath(chunk.name));
    if (m_options.snapshotDir.isEmpty() || !sync::SnapshotInfo::isValidName(chunk.name) || !file.open(QIODevice::ReadOnly))
        return refusal(Status::NotFound, QCoreApplication::translate("HqServer", "HQ no longer has this snapshot: the workstation starts again with the current one."),
                       QStringLiteral("name"));
    if (chunk.offset > file.size() || !file.seek(chunk.offset))
        return refusal(Status::BadRequest, QCoreApplication::translate("HqServer", "offset: beyond the end of the snapshot."), QStringLiteral("offset"));
    if (chunk.offset == 0)
        qCInfo(lcHq, "workstation %s downloads snapshot %s", qPrintable(sync::uuidText(ws.id)), qPrintable(chunk.name));
    return QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), file.read(sync::SnapshotChunkBytes));
}

QHttpServerResponse HqServer::release(const QHttpServerRequest &request)
{
    auto asked = authorise<sync::ReleaseRequest>(request);
    if (!asked)
        return std::move(asked.error());
    const auto &[ws, wanted] = *asked;
    auto content = m_store.releaseContent(wanted.id);
    if (!content)
        return refusal(content.error().code == Error::Code::NotFound ? Status::NotFound : Status::ServiceUnavailable,
                       content.error());
    qCInfo(lcHq, "workstation %s downloads release %s", qPrintable(sync::uuidText(ws.id)), qPrintable(wanted.id));
    return answered(sync::ReleaseAnswer{wanted.id, *content});
}

QHttpServerResponse HqServer::push(const QHttpServerRequest &request)
{
    auto ws = m_store.authenticate(bearer(request));
    if (!ws)
        return refusal(Status::Unauthorized, ws.error());
    if (request.body().size() > sync::MaxBodyBytes) {
        ++m_store.counters().refused;
        return refusal(Status::PayloadTooLarge, QCoreApplication::translate("HqServer", "A push is at most %1 bytes: send smaller batches.").arg(sync::MaxBodyBytes));
    }
    auto body = sync::unpack(request.body());
    if (!body) {
        ++m_store.counters().refused;
        return refusal(Status::BadRequest, body.error());
    }
    auto pushed = sync::PushRequest::fromJson(*body);
    if (!pushed) {
        m_store.counters().refused += body->value(QStringLiteral("operations")).toArray().size();
        return refusal(Status::BadRequest, pushed.error());
    }
    const QList<sync::Operation> &operations = pushed->operations;
    // Operations refused one by one (by their index): never stored, answered
    // as refused, while the rest of the batch goes through.
    QHash<qsizetype, Error> refused;
    const QDateTime now = m_clock.now();
    // A stamp further ahead than a day would drag every receiver's clock there.
    const qint64 latestStamp = HybridLogicalClock::make(now.toMSecsSinceEpoch() + 24LL * 3600 * 1000, 0);
    qint64 aheadMs = 0;
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const sync::Operation &op = operations.at(i);
        // A workstation writes only as itself.
        if (op.workstationId != ws->id) {
            m_store.counters().refused += operations.size();
            qCWarning(lcHq, "workstation %s pushed an operation of another workstation", qPrintable(sync::uuidText(ws->id)));
            return refusal(Status::Forbidden, QCoreApplication::translate("HqServer", "Operation %1 names another workstation: a workstation sends only its own "
                                                 "operations.").arg(i + 1), QStringLiteral("workstation_id"));
        }
        // Refusals are HQ's word on a case: no workstation writes one.
        if (sync::StatusRefusal::isRefusal(op)) {
            m_store.counters().refused += operations.size();
            return refusal(Status::Forbidden, QCoreApplication::translate("HqServer", "Operation %1 is a refusal: only HQ writes refusals.").arg(i + 1),
                           QStringLiteral("kind"));
        }
        if (auto valid = sync::validate(op); !valid)
            refused.insert(i, valid.error());
        else if (op.hlc > latestStamp)
            refused.insert(i, Error::invalid(QStringLiteral("hlc"),
                QCoreApplication::translate("HqServer", "hlc: stamped more than a day ahead of HQ's clock. Set the workstation's clock right.")));
        // Accounts change at HQ only (guichet-hq agent …).
        else if (op.entity == entity::Agent && op.op != operation::Insert)
            refused.insert(i, Error::make(Error::Code::Forbidden,
                QCoreApplication::translate("HqServer", "Accounts are renamed, disabled and given a role at HQ only (guichet-hq agent).")));
        // The wall-clock time the workstation wrote, not the hybrid stamp: a
        // stamp runs ahead on every workstation that saw one from a clock ahead.
        const QDateTime made = QDateTime::fromString(op.createdAt, Qt::ISODateWithMs);
        if (const qint64 ahead = made.isValid() ? now.msecsTo(made) : 0; ahead > m_options.futureToleranceMs) {
            ++m_store.counters().futureStamped;
            aheadMs = std::max(aheadMs, ahead);
        }
    }
    auto sequences = m_store.push(operations, &refused);
    if (!sequences)
        return refusal(Status::ServiceUnavailable, sequences.error());
    if (aheadMs > 0) {
        qCWarning(lcHq, "workstation %s writes %lld minutes ahead of HQ's clock", qPrintable(sync::uuidText(ws->id)),
                  aheadMs / 60000);
        if (auto r = m_store.recordClockAhead(ws->id, aheadMs); !r)
            qCWarning(lcHq, "%s", qPrintable(r.error().message));
    }
    // Refused for good (set aside by the workstation), or to send again later
    // (a reference HQ does not hold yet).
    sync::PushAnswer answer;
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const QUuid opId = operations.at(i).opId;
        if (const auto it = refused.constFind(i); it != refused.constEnd())
            (it->code == Error::Code::NotFound ? answer.later : answer.refused).append({opId, it->field, it->message});
        else
            answer.acks.append({opId, sequences->at(i)});
    }
    if (!refused.isEmpty()) {
        m_store.counters().refused += refused.size();
        // The field names the rule; the values (people's data) never reach the log.
        qCWarning(lcHq, "workstation %s: %lld operations refused (first: field %s)", qPrintable(sync::uuidText(ws->id)),
                  qlonglong(refused.size()), qPrintable(refused.constBegin()->field.left(32)));
    }
    return answered(answer);
}

QHttpServerResponse HqServer::pull(const QHttpServerRequest &request)
{
    auto asked = authorise<sync::PullRequest>(request);
    if (!asked)
        return std::move(asked.error());
    const auto &[ws, wanted] = *asked;
    auto page = m_store.pull(ws.id, wanted.after, wanted.limit);
    if (!page)
        return refusal(Status::ServiceUnavailable, page.error());
    return answered(*page);
}

QHttpServerResponse HqServer::stateCheck(const QHttpServerRequest &request)
{
    auto asked = authorise<sync::StateCheckRequest>(request);
    if (!asked)
        return std::move(asked.error());
    const auto &[ws, check] = *asked;
    auto reached = reachedSequence(check.seq);
    if (!reached)
        return std::move(reached.error());
    auto state = m_store.stateAt(check.seq);
    if (!state)
        return refusal(Status::ServiceUnavailable, state.error());
    sync::StateCheckAnswer answer{.seq = check.seq, .ready = state->ready};
    if (state->ready) {
        answer.hash = state->digest.total;
        answer.parts = state->digest.parts;
        // What the workstation holds, counted here too: HQ's metrics show an office apart.
        ++m_store.counters().stateChecks;
        if (check.hash != state->digest.total) {
            ++m_store.counters().stateMismatches;
            qCWarning(lcHq, "workstation %s (office %s) holds another state than HQ at sequence %lld",
                      qPrintable(sync::uuidText(ws.id)), qPrintable(ws.officeCode), check.seq);
        }
    }
    return answered(answer);
}

QHttpServerResponse HqServer::stateRows(const QHttpServerRequest &request)
{
    auto asked = authorise<sync::StateRowsRequest>(request);
    if (!asked)
        return std::move(asked.error());
    const auto &[ws, wanted] = *asked;
    auto reached = reachedSequence(wanted.seq);
    if (!reached)
        return std::move(reached.error());
    if (!sync::stateParts().contains(wanted.part))
        return refusal(Status::BadRequest, QCoreApplication::translate("HqServer", "part: one of %1 was expected.")
                                               .arg(sync::stateParts().join(QStringLiteral(", "))), QStringLiteral("part"));
    auto rows = m_store.stateRows(wanted.seq, wanted.part);
    if (!rows)
        return refusal(Status::ServiceUnavailable, rows.error());
    sync::StateRowsAnswer answer{.ready = bool(*rows)};
    if (answer.ready) {
        // By pages of keys, so a city's million cases never make one huge answer.
        constexpr int pageRows = 50'000;
        auto it = (*rows)->upperBound(wanted.after);
        for (; it != (*rows)->constEnd() && answer.rows.size() < pageRows; ++it)
            answer.rows.append({it.key(), it.value()});
        answer.more = it != (*rows)->constEnd();
    }
    return answered(answer);
}

QHttpServerResponse HqServer::metrics()
{
    const auto &c = m_store.counters();
    QString text;
    auto counter = [&](const char *name, const char *help, qint64 value) {
        text += QStringLiteral("# HELP %1 %2\n# TYPE %1 counter\n%1 %3\n")
                    .arg(QLatin1String(name), QLatin1String(help)).arg(value);
    };
    counter("guichet_hq_operations_received_total", "Operations received in pushes since start.", c.received);
    counter("guichet_hq_operations_applied_total", "Operations stored for the first time since start.", c.applied);
    counter("guichet_hq_operations_refused_total", "Operations refused since start.", c.refused);
    counter("guichet_hq_operations_future_stamped_total", "Operations stamped further ahead than HQ's clock allows.",
            c.futureStamped);
    counter("guichet_hq_state_checks_total", "Workstations that compared their state with HQ's after a sync, since start.",
            c.stateChecks);
    counter("guichet_hq_state_mismatches_total", "State comparisons that found a workstation apart from HQ, since start.",
            c.stateMismatches);
    counter("guichet_hq_status_changes_refused_total", "Status changes stored but refused by the workflow check since start.",
            c.refusedTransitions);
    // Per office, never per workstation: /metrics answers without a token,
    // and a workstation's id is what an attacker would need to take it over.
    if (auto ws = m_store.workstations(); ws) {
        QMap<QString, std::pair<int, qint64>> offices;  // office → (workstations, oldest last sync)
        for (const auto &w : *ws) {
            if (w.revoked)
                continue;
            auto &[count, oldest] = offices[w.officeCode];
            const qint64 last = w.lastSyncAt.isValid() ? w.lastSyncAt.toSecsSinceEpoch() : 0;
            oldest = count++ == 0 ? last : std::min(oldest, last);
        }
        text += QStringLiteral("# HELP guichet_hq_office_workstations Active workstations of each office.\n"
                               "# TYPE guichet_hq_office_workstations gauge\n");
        for (auto it = offices.cbegin(); it != offices.cend(); ++it)
            text += QStringLiteral("guichet_hq_office_workstations{office=\"%1\"} %2\n").arg(it.key()).arg(it->first);
        text += QStringLiteral("# HELP guichet_hq_office_oldest_sync_seconds The oldest last sync among an office's workstations (Unix time; 0: one never synced).\n"
                               "# TYPE guichet_hq_office_oldest_sync_seconds gauge\n");
        for (auto it = offices.cbegin(); it != offices.cend(); ++it)
            text += QStringLiteral("guichet_hq_office_oldest_sync_seconds{office=\"%1\"} %2\n").arg(it.key()).arg(it->second);
    }
    return QHttpServerResponse("text/plain; version=0.0.4", text.toUtf8());
}

} // namespace guichet::hq
