// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqserver.h"

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

QHttpServerResponse packed(const QJsonObject &document)
{
    return QHttpServerResponse(QByteArray(sync::ContentType), sync::pack(document));
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

std::expected<HqServer::Asked, QHttpServerResponse> HqServer::authorise(const QHttpServerRequest &request)
{
    // The token first: no body of an unknown caller is unpacked.
    auto ws = m_store.authenticate(bearer(request));
    if (!ws)
        return std::unexpected(refusal(Status::Unauthorized, ws.error()));
    auto body = sync::unpack(request.body());
    if (!body)
        return std::unexpected(refusal(Status::BadRequest, body.error()));
    return Asked{*ws, *body};
}

std::expected<qint64, QHttpServerResponse> HqServer::reachedSequence(const QJsonObject &body)
{
    bool ok = false;
    const qint64 seq = body.value(sync::key::Seq).toString().toLongLong(&ok);
    auto last = m_store.lastSequence();
    if (!last)
        return std::unexpected(refusal(Status::ServiceUnavailable, last.error()));
    if (!ok || seq < 0 || seq > *last)
        return std::unexpected(refusal(Status::BadRequest,
            QCoreApplication::translate("HqServer", "seq: a sequence HQ has reached, written as a string, was expected."), sync::key::Seq));
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
    const QString code = body->value(QStringLiteral("code")).toString();
    const QString office = body->value(QStringLiteral("office")).toString();
    static const QRegularExpression officeCode(QStringLiteral("^[A-Z]{3}$"));
    if (!officeCode.match(office).hasMatch())
        return refusal(Status::BadRequest, QCoreApplication::translate("HqServer", "office: the three-letter code of an office, such as BEL, was expected."),
                       QStringLiteral("office"));
    const QUuid workstation = QUuid::fromString(body->value(QStringLiteral("workstation_id")).toString());
    auto token = m_store.enrol(code, workstation, office);
    if (!token) {
        failures << now;
        qCWarning(lcHq, "enrolment for office %s refused (from %s)", qPrintable(office), qPrintable(peer));
        const Error::Code c = token.error().code;
        return refusal(c == Error::Code::Storage ? Status::ServiceUnavailable
                       : c == Error::Code::Invalid ? Status::BadRequest
                       : c == Error::Code::Conflict ? Status::Conflict
                                                    : Status::Forbidden,
                       token.error());
    }
    qCInfo(lcHq, "workstation %s enrolled for office %s (from %s)", qPrintable(sync::uuidText(workstation)), qPrintable(office),
           qPrintable(peer));
    return packed({{QStringLiteral("token"), *token}, {QStringLiteral("epoch"), m_store.epoch()}});
}

QHttpServerResponse HqServer::handshake(const QHttpServerRequest &request)
{
    auto asked = authorise(request);
    if (!asked)
        return std::move(asked.error());
    const auto &[ws, body] = *asked;
    const int theirMin = body.value(QStringLiteral("protocol_min")).toInt();
    const int theirMax = body.value(QStringLiteral("protocol_max")).toInt();
    const QString version = body.value(QStringLiteral("client_version")).toString();
    if (theirMax < sync::ProtocolMin || theirMin > sync::ProtocolMax)
        return refusal(Status::UpgradeRequired,
            QCoreApplication::translate("HqServer", "This workstation speaks sync protocol %1 to %2, HQ speaks %3 to %4. Install the Guichet version HQ "
               "requires (at least %5).").arg(theirMin).arg(theirMax).arg(sync::ProtocolMin).arg(sync::ProtocolMax)
                .arg(m_options.minimumClientVersion), QStringLiteral("protocol"));
    if (QVersionNumber::fromString(version) < QVersionNumber::fromString(m_options.minimumClientVersion))
        return refusal(Status::UpgradeRequired,
            QCoreApplication::translate("HqServer", "This workstation runs Guichet %1; HQ requires at least %2. Install the newer version.")
                .arg(version.isEmpty() ? QCoreApplication::translate("HqServer", "(unknown)") : version, m_options.minimumClientVersion),
            QStringLiteral("client_version"));
    if (auto r = m_store.recordHandshake(ws.id, body.value(QStringLiteral("release_id")).toString(), version); !r)
        return refusal(Status::ServiceUnavailable, r.error());
    auto last = m_store.lastSequence();
    if (!last)
        return refusal(Status::ServiceUnavailable, last.error());
    // The release in force today and those to come: a workstation installs
    // them ahead and switches on its own at each effective date, even offline.
    auto releases = m_store.announced(m_clock.today());
    if (!releases)
        return refusal(Status::ServiceUnavailable, releases.error());
    QJsonArray announced;
    HqStore::Release inForce;
    for (const HqStore::Release &r : std::as_const(*releases)) {
        announced.append(r.announced().toJson());
        if (r.effective <= m_clock.today() && inForce.id.isEmpty())
            inForce = r;
    }
    QJsonObject answer{{QStringLiteral("protocol"), std::min(theirMax, sync::ProtocolMax)},
                       {QStringLiteral("epoch"), m_store.epoch()},
                       {QStringLiteral("epoch_start"), QString::number(m_store.epochStart())},
                       {QStringLiteral("last_seq"), QString::number(*last)},
                       {QStringLiteral("minimum_client_version"), m_options.minimumClientVersion},
                       {QStringLiteral("release_id"), inForce.id},
                       {QStringLiteral("release_hash"), inForce.hash},
                       {QStringLiteral("releases"), announced},
                       {QStringLiteral("office"), ws.officeCode},
                       {QStringLiteral("server_time"), m_clock.now().toUTC().toString(Qt::ISODateWithMs)}};
    // Offered to every workstation; only an empty one takes it. A snapshot of
    // another epoch may hold operations a restored HQ lost: never offered.
    if (const auto snapshot = HqStore::currentSnapshot(m_options.snapshotDir); snapshot.isValid() && snapshot.epoch == m_store.epoch())
        answer.insert(QStringLiteral("snapshot"), snapshot.toJson());
    return packed(answer);
}

QHttpServerResponse HqServer::snapshotChunk(const QHttpServerRequest &request)
{
    auto asked = authorise(request);
    if (!asked)
        return std::move(asked.error());
    const auto &[ws, body] = *asked;
    const QString name = body.value(QStringLiteral("name")).toString();
    bool ok = false;
    const qint64 offset = body.value(QStringLiteral("offset")).toString().toLongLong(&ok);
    if (!ok || offset < 0)
        return refusal(Status::BadRequest, QCoreApplication::translate("HqServer", "offset: a byte offset written as a string was expected."),
                       QStringLiteral("offset"));
    QFile file(QDir(m_options.snapshotDir).filePath(name));
    if (m_options.snapshotDir.isEmpty() || !sync::SnapshotInfo::isValidName(name) || !file.open(QIODevice::ReadOnly))
        return refusal(Status::NotFound, QCoreApplication::translate("HqServer", "HQ no longer has this snapshot: the workstation starts again with the current one."),
                       QStringLiteral("name"));
    if (offset > file.size() || !file.seek(offset))
        return refusal(Status::BadRequest, QCoreApplication::translate("HqServer", "offset: beyond the end of the snapshot."), QStringLiteral("offset"));
    if (offset == 0)
        qCInfo(lcHq, "workstation %s downloads snapshot %s", qPrintable(sync::uuidText(ws.id)), qPrintable(name));
    return QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), file.read(sync::SnapshotChunkBytes));
}

QHttpServerResponse HqServer::release(const QHttpServerRequest &request)
{
    auto asked = authorise(request);
    if (!asked)
        return std::move(asked.error());
    const auto &[ws, body] = *asked;
    const QString id = body.value(QStringLiteral("id")).toString();
    auto content = m_store.releaseContent(id);
    if (!content)
        return refusal(content.error().code == Error::Code::NotFound ? Status::NotFound : Status::ServiceUnavailable,
                       content.error());
    qCInfo(lcHq, "workstation %s downloads release %s", qPrintable(sync::uuidText(ws.id)), qPrintable(id));
    return packed({{QStringLiteral("id"), id}, {QStringLiteral("content"), QString::fromUtf8(*content)}});
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
    const QJsonArray items = body->value(sync::key::Operations).toArray();
    if (items.isEmpty() || items.size() > sync::BatchOperations) {
        ++m_store.counters().refused;
        return refusal(Status::BadRequest, QCoreApplication::translate("HqServer", "operations: between 1 and %1 operations were expected.").arg(sync::BatchOperations),
                       sync::key::Operations);
    }
    QList<sync::Operation> operations;
    operations.reserve(items.size());
    // Operations refused one by one (by their index): never stored, answered
    // as refused, while the rest of the batch goes through.
    QHash<qsizetype, Error> refused;
    const QDateTime now = m_clock.now();
    // A stamp further ahead than a day would drag every receiver's clock there.
    const qint64 latestStamp = HybridLogicalClock::make(now.toMSecsSinceEpoch() + 24LL * 3600 * 1000, 0);
    qint64 aheadMs = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto op = sync::Operation::fromJson(items.at(i).toObject());
        if (!op) {
            m_store.counters().refused += items.size();
            return refusal(Status::BadRequest, QCoreApplication::translate("HqServer", "Operation %1: %2").arg(i + 1).arg(op.error().message), op.error().field);
        }
        // A workstation writes only as itself.
        if (op->workstationId != ws->id) {
            m_store.counters().refused += items.size();
            qCWarning(lcHq, "workstation %s pushed an operation of another workstation", qPrintable(sync::uuidText(ws->id)));
            return refusal(Status::Forbidden, QCoreApplication::translate("HqServer", "Operation %1 names another workstation: a workstation sends only its own "
                                                 "operations.").arg(i + 1), QStringLiteral("workstation_id"));
        }
        // Refusals are HQ's word on a case: no workstation writes one.
        if (op->entity == QLatin1String("case_event") && op->fields.value(QStringLiteral("kind")) == QLatin1String("refused")) {
            m_store.counters().refused += items.size();
            return refusal(Status::Forbidden, QCoreApplication::translate("HqServer", "Operation %1 is a refusal: only HQ writes refusals.").arg(i + 1),
                           QStringLiteral("kind"));
        }
        if (auto valid = sync::validate(*op); !valid)
            refused.insert(i, valid.error());
        else if (op->hlc > latestStamp)
            refused.insert(i, Error::invalid(QStringLiteral("hlc"),
                QCoreApplication::translate("HqServer", "hlc: stamped more than a day ahead of HQ's clock. Set the workstation's clock right.")));
        // Accounts change at HQ only (guichet-hq agent …).
        else if (op->entity == QLatin1String("agent") && op->op != QLatin1String("insert"))
            refused.insert(i, Error::make(Error::Code::Forbidden,
                QCoreApplication::translate("HqServer", "Accounts are renamed, disabled and given a role at HQ only (guichet-hq agent).")));
        // The wall-clock time the workstation wrote, not the hybrid stamp: a
        // stamp runs ahead on every workstation that saw one from a clock ahead.
        const QDateTime made = QDateTime::fromString(op->createdAt, Qt::ISODateWithMs);
        if (const qint64 ahead = made.isValid() ? now.msecsTo(made) : 0; ahead > m_options.futureToleranceMs) {
            ++m_store.counters().futureStamped;
            aheadMs = std::max(aheadMs, ahead);
        }
        operations << *op;
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
    QJsonArray acks, refusedAnswer, laterAnswer;
    for (qsizetype i = 0; i < operations.size(); ++i) {
        if (const auto it = refused.constFind(i); it != refused.constEnd())
            (it->code == Error::Code::NotFound ? laterAnswer : refusedAnswer)
                .append(QJsonArray{sync::uuidText(operations.at(i).opId), it->field, it->message});
        else
            acks.append(QJsonArray{sync::uuidText(operations.at(i).opId), QString::number(sequences->at(i))});
    }
    if (!refused.isEmpty()) {
        m_store.counters().refused += refused.size();
        // The field names the rule; the values (people's data) never reach the log.
        qCWarning(lcHq, "workstation %s: %lld operations refused (first: field %s)", qPrintable(sync::uuidText(ws->id)),
                  qlonglong(refused.size()), qPrintable(refused.constBegin()->field.left(32)));
    }
    return packed({{sync::key::Acks, acks}, {sync::key::Refused, refusedAnswer}, {sync::key::Later, laterAnswer}});
}

QHttpServerResponse HqServer::pull(const QHttpServerRequest &request)
{
    auto asked = authorise(request);
    if (!asked)
        return std::move(asked.error());
    const auto &[ws, body] = *asked;
    bool ok = false;
    const qint64 after = body.value(sync::key::After).toString().toLongLong(&ok);
    if (!ok || after < 0)
        return refusal(Status::BadRequest, QCoreApplication::translate("HqServer", "after: a cursor written as a string was expected."), sync::key::After);
    const int limit = std::clamp(body.value(sync::key::Limit).toInt(sync::BatchOperations), 1, 5000);
    auto page = m_store.pull(ws.id, after, limit);
    if (!page)
        return refusal(Status::ServiceUnavailable, page.error());
    QJsonArray operations;
    for (const sync::Operation &op : page->operations)
        operations.append(op.toJson());
    return packed({{sync::key::Operations, operations},
                   {sync::key::Last, QString::number(page->last)},
                   {sync::key::More, page->more}});
}

QHttpServerResponse HqServer::stateCheck(const QHttpServerRequest &request)
{
    auto asked = authorise(request);
    if (!asked)
        return std::move(asked.error());
    const auto &[ws, body] = *asked;
    auto reached = reachedSequence(body);
    if (!reached)
        return std::move(reached.error());
    const qint64 seq = *reached;
    auto state = m_store.stateAt(seq);
    if (!state)
        return refusal(Status::ServiceUnavailable, state.error());
    QJsonObject answer{{sync::key::Seq, QString::number(seq)}, {sync::key::Ready, state->ready}};
    if (state->ready) {
        QJsonObject parts;
        for (auto it = state->digest.parts.cbegin(); it != state->digest.parts.cend(); ++it)
            parts.insert(it.key(), QString::fromLatin1(it.value()));
        answer.insert(sync::key::Hash, QString::fromLatin1(state->digest.total));
        answer.insert(sync::key::Parts, parts);
        // What the workstation holds, counted here too: HQ's metrics show an office apart.
        const bool equal = body.value(sync::key::Hash).toString() == QString::fromLatin1(state->digest.total);
        ++m_store.counters().stateChecks;
        if (!equal) {
            ++m_store.counters().stateMismatches;
            qCWarning(lcHq, "workstation %s (office %s) holds another state than HQ at sequence %lld",
                      qPrintable(sync::uuidText(ws.id)), qPrintable(ws.officeCode), seq);
        }
    }
    return packed(answer);
}

QHttpServerResponse HqServer::stateRows(const QHttpServerRequest &request)
{
    auto asked = authorise(request);
    if (!asked)
        return std::move(asked.error());
    const auto &[ws, body] = *asked;
    auto reached = reachedSequence(body);
    if (!reached)
        return std::move(reached.error());
    const qint64 seq = *reached;
    const QString part = body.value(sync::key::Part).toString();
    const QString after = body.value(sync::key::After).toString();
    if (!sync::stateParts().contains(part))
        return refusal(Status::BadRequest, QCoreApplication::translate("HqServer", "part: one of %1 was expected.")
                                               .arg(sync::stateParts().join(QStringLiteral(", "))), sync::key::Part);
    auto rows = m_store.stateRows(seq, part);
    if (!rows)
        return refusal(Status::ServiceUnavailable, rows.error());
    if (!*rows)
        return packed({{sync::key::Ready, false}});
    // By pages of keys, so a city's million cases never make one huge answer.
    constexpr int pageRows = 50'000;
    QJsonArray page;
    auto it = (*rows)->upperBound(after);
    for (; it != (*rows)->constEnd() && page.size() < pageRows; ++it)
        page.append(QJsonArray{it.key(), QString::fromLatin1(it.value())});
    return packed({{sync::key::Ready, true}, {sync::key::Rows, page}, {sync::key::More, it != (*rows)->constEnd()}});
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
