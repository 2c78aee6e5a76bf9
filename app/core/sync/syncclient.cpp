// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncclient.h"

#include "domain/crashpoint.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

namespace guichet::sync {

namespace {

QNetworkRequest request(const QUrl &base, const QString &path, const QByteArray &token)
{
    QUrl url = base;
    url.setPath(base.path().chopped(base.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(ContentType));
    r.setTransferTimeout(60000);
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token);
    return r;
}

/// What went wrong with a reply, said for the agent and IT.
Error replyError(QNetworkReply *reply, const QUrl &hq)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return Error::make(Error::Code::Unavailable,
            QCoreApplication::translate("SyncClient", "HQ cannot be reached at %1 (%2). The workstation keeps working; sync will try again.")
                .arg(hq.toString(QUrl::RemoveUserInfo), reply->errorString()));
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    const QString reason = body.value(QStringLiteral("error")).toString();
    if (status == 401)
        return Error::make(Error::Code::Forbidden, reason.isEmpty() ? QCoreApplication::translate("SyncClient", "HQ does not know this workstation's token.") : reason);
    if (status == 426)
        return Error::make(Error::Code::Incompatible, reason);
    return Error::make(status >= 500 ? Error::Code::Unavailable : Error::Code::Invalid,
                       QCoreApplication::translate("SyncClient", "HQ refused the request (HTTP %1): %2").arg(status).arg(reason.isEmpty() ? reply->errorString() : reason));
}

} // namespace

QString HqLink::tokenPath(const Database &db)
{
    return db.path() + QStringLiteral(".hq-token");
}

Result<HqLink> HqLink::load(const Database &db)
{
    HqLink link;
    link.url = QUrl(db.meta(QStringLiteral("hq_url")));
    QFile file(tokenPath(db));
    if (!link.url.isValid() || link.url.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::make(Error::Code::NotFound,
            QCoreApplication::translate("SyncClient", "This workstation is not enrolled with HQ. Ask HQ for a code, then run: guichetctl enrol --hq URL --code CODE")));
    link.token = file.readAll().trimmed();
    return link;
}

Result<void> HqLink::save(Database &db) const
{
    QSaveFile file(tokenPath(db));
    // Readable by the workstation's account only: the token lets anyone write as this workstation.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(token + '\n') < 0 || !file.commit())
        return std::unexpected(Error::make(Error::Code::Storage,
            QCoreApplication::translate("SyncClient", "The HQ token cannot be written to %1. Check the folder's permissions.").arg(tokenPath(db))));
    return db.setMeta(QStringLiteral("hq_url"), url.toString());
}

SyncClient::SyncClient(Database &db, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_db(db), m_network(network), m_replicator(db)
{
}

Result<HqLink> SyncClient::enrol(Database &db, const QUrl &hq, const QString &code, const QString &officeCode,
                                 QNetworkAccessManager &network)
{
    if (!hq.isValid() || (hq.scheme() != QLatin1String("https") && hq.scheme() != QLatin1String("http")))
        return std::unexpected(Error::invalid(QStringLiteral("hq"), QCoreApplication::translate("SyncClient", "--hq: an address such as https://hq.mairie.example was expected.")));
    const QJsonObject body{{QStringLiteral("code"), code},
                           {QStringLiteral("office"), officeCode},
                           {QStringLiteral("workstation_id"), uuidText(db.workstationId())}};
    QNetworkReply *reply = network.post(request(hq, QStringLiteral("/v1/enrol"), {}), pack(body));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return std::unexpected(replyError(reply, hq));
    auto answer = unpack(reply->readAll());
    if (!answer)
        return std::unexpected(answer.error());
    HqLink link{hq, answer->value(QStringLiteral("token")).toString().toLatin1()};
    if (link.token.isEmpty())
        return std::unexpected(Error::make(Error::Code::Invalid, QCoreApplication::translate("SyncClient", "HQ's answer carries no token.")));
    if (auto r = link.save(db); !r)
        return std::unexpected(r.error());
    return link;
}

void SyncClient::postRaw(const QString &path, const QJsonObject &body, RawHandler onSuccess)
{
    const QByteArray packed = pack(body);
    m_report.bytesSent += packed.size();
    QNetworkReply *reply = m_network.post(request(m_link.url, path, m_link.token), packed);
    connect(reply, &QNetworkReply::finished, this, [this, reply, onSuccess = std::move(onSuccess)] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            const Error e = replyError(reply, m_link.url);
            finish(&e);
            return;
        }
        const QByteArray body = reply->readAll();
        m_report.bytesReceived += body.size();
        onSuccess(body);
    });
}

void SyncClient::post(const QString &path, const QJsonObject &body, Handler onSuccess)
{
    postRaw(path, body, [this, onSuccess = std::move(onSuccess)](const QByteArray &body) {
        auto answer = unpack(body);
        if (!answer) {
            finish(&answer.error());
            return;
        }
        onSuccess(*answer);
    });
}

void SyncClient::start(const HqLink &link, const QString &releaseId, bool receive)
{
    if (m_running)
        return;
    m_running = true;
    m_receive = receive;
    m_link = link;
    m_report = SyncReport{};
    auto waiting = m_replicator.pendingCount();
    m_total = waiting ? *waiting : 0;
    const QJsonObject hello{{QStringLiteral("protocol_min"), ProtocolMin},
                            {QStringLiteral("protocol_max"), ProtocolMax},
                            {QStringLiteral("client_version"), QStringLiteral(GUICHET_VERSION)},
                            {QStringLiteral("release_id"), releaseId}};
    post(QStringLiteral("/v1/handshake"), hello, [this](const QJsonObject &answer) {
        const QString epoch = answer.value(QStringLiteral("epoch")).toString();
        m_report.epoch = epoch;
        if (epoch != m_replicator.epoch()) {
            if (auto r = m_replicator.enterEpoch(epoch, answer.value(QStringLiteral("epoch_start")).toString().toLongLong()); !r) {
                finish(&r.error());
                return;
            }
            if (auto waiting = m_replicator.pendingCount(); waiting)
                m_total = *waiting;
        }
        const qint64 hqLast = answer.value(QStringLiteral("last_seq")).toString().toLongLong();
        if (m_receive)
            m_total += std::max<qint64>(0, hqLast - m_replicator.cursor());
        emit progress(0, m_total);
        // A new workstation starts from HQ's snapshot when HQ has one: the
        // whole city in one file instead of millions of operations.
        const SnapshotInfo snapshot = SnapshotInfo::fromJson(answer.value(QStringLiteral("snapshot")).toObject());
        if (m_receive && snapshot.isValid() && snapshot.epoch == epoch && snapshot.seq > m_replicator.cursor()) {
            auto empty = canStartFromSnapshot(m_db);
            if (!empty) {
                finish(&empty.error());
                return;
            }
            if (*empty) {
                downloadSnapshot(snapshot);
                return;
            }
        }
        pushNext();
    });
}

void SyncClient::downloadSnapshot(const SnapshotInfo &snapshot)
{
    m_snapshot = snapshot;
    // One file per snapshot, beside the database: a cut download resumes
    // where it stopped; one of an older snapshot is thrown away.
    const QFileInfo db(m_db.path());
    const QString prefix = db.fileName() + QStringLiteral(".snapshot-");
    m_snapshotPart = db.dir().filePath(prefix + snapshot.name + QStringLiteral(".part"));
    for (const QString &stale : db.dir().entryList({prefix + QStringLiteral("*.part")}, QDir::Files))
        if (db.dir().filePath(stale) != m_snapshotPart)
            db.dir().remove(stale);
    if (QFileInfo(m_snapshotPart).size() > snapshot.bytes)
        QFile::remove(m_snapshotPart);
    fetchSnapshotChunk();
}

void SyncClient::fetchSnapshotChunk()
{
    const qint64 have = QFileInfo(m_snapshotPart).size();
    emit progress(m_snapshot.bytes ? m_snapshot.seq * have / m_snapshot.bytes : 0, m_total);
    if (have >= m_snapshot.bytes) {
        auto imported = importSnapshot(m_db, m_snapshotPart, m_snapshot);
        // Imported, or refused as damaged: either way the file has served. A
        // damaged one is downloaded again from the start at the next sync.
        if (!imported && imported.error().code != Error::Code::Storage)
            QFile::remove(m_snapshotPart);
        if (!imported) {
            finish(&imported.error());
            return;
        }
        QFile::remove(m_snapshotPart);
        m_report.snapshotSeq = m_snapshot.seq;
        pushNext();
        return;
    }
    const QJsonObject ask{{QStringLiteral("name"), m_snapshot.name}, {QStringLiteral("offset"), QString::number(have)}};
    postRaw(QStringLiteral("/v1/snapshot/chunk"), ask, [this, have](const QByteArray &piece) {
        QFile part(m_snapshotPart);
        if (piece.isEmpty() || have + piece.size() > m_snapshot.bytes) {
            QFile::remove(m_snapshotPart);
            const Error e = Error::make(Error::Code::Invalid,
                QCoreApplication::translate("SyncClient", "HQ's snapshot does not have the size HQ announced; nothing was imported. The next sync starts it again."));
            finish(&e);
            return;
        }
        if (!part.open(QIODevice::Append) || part.write(piece) != piece.size() || !part.flush()) {
            const Error e = Error::make(Error::Code::Storage,
                QCoreApplication::translate("SyncClient", "The snapshot cannot be written to %1. Check the free space and the folder's rights.").arg(m_snapshotPart));
            finish(&e);
            return;
        }
        part.close();
        fetchSnapshotChunk();
    });
}

void SyncClient::pushNext()
{
    auto batch = m_replicator.pending();
    if (!batch) {
        finish(&batch.error());
        return;
    }
    if (batch->isEmpty()) {
        if (m_receive)
            pullNext();
        else
            finish();
        return;
    }
    QJsonArray operations;
    for (const Operation &op : *batch)
        operations.append(op.toJson());
    post(QStringLiteral("/v1/push"), {{QStringLiteral("operations"), operations}}, [this](const QJsonObject &answer) {
        crashPoint("ws-push-answered");
        QList<QPair<QUuid, qint64>> acks;
        for (const QJsonValue &v : answer.value(QStringLiteral("acks")).toArray()) {
            const QJsonArray pair = v.toArray();
            acks.append({QUuid::fromString(pair.at(0).toString()), pair.at(1).toString().toLongLong()});
        }
        if (auto r = m_replicator.acknowledge(acks); !r) {
            finish(&r.error());
            return;
        }
        m_report.sent += acks.size();
        emit progress(m_report.sent + m_report.received, m_total);
        pushNext();
    });
}

void SyncClient::pullNext()
{
    const QJsonObject ask{{QStringLiteral("after"), QString::number(m_replicator.cursor())},
                          {QStringLiteral("limit"), BatchOperations}};
    post(QStringLiteral("/v1/pull"), ask, [this](const QJsonObject &answer) {
        QList<Operation> operations;
        for (const QJsonValue &v : answer.value(QStringLiteral("operations")).toArray()) {
            auto op = Operation::fromJson(v.toObject());
            if (!op) {
                finish(&op.error());
                return;
            }
            operations << *op;
        }
        const qint64 last = answer.value(QStringLiteral("last")).toString().toLongLong();
        if (auto r = m_replicator.apply(operations, last); !r) {
            finish(&r.error());
            return;
        }
        m_report.received += operations.size();
        emit progress(m_report.sent + m_report.received, m_total);
        if (answer.value(QStringLiteral("more")).toBool())
            pullNext();
        else
            finish();
    });
}

void SyncClient::finish(const Error *error)
{
    m_report.ok = !error;
    if (error)
        m_report.error = *error;
    if (auto waiting = m_replicator.pendingCount(); waiting)
        m_report.waiting = *waiting;
    m_report.finishedAt = m_db.clock().now();
    if (m_report.ok)
        m_db.setMeta(QStringLiteral("hq_last_sync"), Database::timestamp(m_report.finishedAt));
    m_running = false;
    emit finished(m_report);
}

SyncReport SyncClient::run(const HqLink &link, const QString &releaseId, bool receive)
{
    QEventLoop loop;
    SyncReport report;
    auto connection = connect(this, &SyncClient::finished, &loop, [&](const SyncReport &r) {
        report = r;
        loop.quit();
    });
    start(link, releaseId, receive);
    if (m_running)
        loop.exec();
    disconnect(connection);
    return report;
}

} // namespace guichet::sync
