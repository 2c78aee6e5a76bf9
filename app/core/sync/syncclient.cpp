// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncclient.h"

#include "sync/messages.h"
#include "sync/statehash.h"

#include "domain/crashpoint.h"
#include "store/database.h"
#include "store/referencestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QHostAddress>
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

Result<void> HqLink::checkUrl(const QUrl &url)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return std::unexpected(Error::invalid(QStringLiteral("hq"), QCoreApplication::translate("SyncClient", "--hq: an address such as https://hq.mairie.example was expected.")));
    const QHostAddress host(url.host());
    if (url.scheme() == QLatin1String("http") && url.host() != QLatin1String("localhost") && !host.isLoopback())
        return std::unexpected(Error::invalid(QStringLiteral("hq"),
            QCoreApplication::translate("SyncClient", "--hq: %1 is plain http to another machine: the workstation's token would cross the network "
               "in clear text. Use https (HQ behind its TLS proxy, or guichet-hq --tls-cert).").arg(url.toString(QUrl::RemoveUserInfo))));
    return {};
}

Result<HqLink> SyncClient::enrol(Database &db, const QUrl &hq, const QString &code, const QString &officeCode,
                                 QNetworkAccessManager &network)
{
    if (auto r = HqLink::checkUrl(hq); !r)
        return std::unexpected(r.error());
    const EnrolRequest asked{code, officeCode, db.workstationId()};
    QNetworkReply *reply = network.post(request(hq, route::Enrol, {}), packed(asked));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return std::unexpected(replyError(reply, hq));
    auto body = unpack(reply->readAll());
    if (!body)
        return std::unexpected(body.error());
    auto answer = EnrolAnswer::fromJson(*body);
    if (!answer)
        return std::unexpected(answer.error());
    HqLink link{hq, answer->token};
    if (auto r = link.save(db); !r)
        return std::unexpected(r.error());
    return link;
}

namespace {

/// One blocking request to HQ (the administration commands).
template<typename Answer, typename Request>
Result<Answer> askHq(QNetworkAccessManager &network, const HqLink &link, const QString &path, const Request &asked)
{
    QNetworkReply *reply = network.post(request(link.url, path, link.token), packed(asked));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return std::unexpected(replyError(reply, link.url));
    auto body = unpack(reply->readAll());
    if (!body)
        return std::unexpected(body.error());
    return Answer::fromJson(*body);
}

} // namespace

Result<QStringList> SyncClient::compareWithHq(Database &db, const HqLink &link, QNetworkAccessManager &network)
{
    Replicator replicator(db);
    auto waiting = replicator.pendingCount();
    if (!waiting)
        return std::unexpected(waiting.error());
    if (*waiting > 0)
        return std::unexpected(Error::make(Error::Code::Invalid,
            QCoreApplication::translate("SyncClient", "%1 change(s) are still to send: sync first (guichetctl sync), then compare.").arg(*waiting)));
    const qint64 seq = replicator.cursor();
    auto mine = stateDigest(db);
    if (!mine)
        return std::unexpected(mine.error());
    auto check = askHq<StateCheckAnswer>(network, link, route::StateCheck, StateCheckRequest{seq, mine->total});
    if (!check)
        return std::unexpected(check.error());
    const Error notReady = Error::make(Error::Code::Unavailable,
        QCoreApplication::translate("SyncClient", "HQ cannot give its state at this workstation's point now (others synced since, or it is "
           "still catching up): sync again, then compare at once."));
    if (!check->ready)
        return std::unexpected(notReady);
    QStringList lines;
    for (auto part = mine->parts.cbegin(); part != mine->parts.cend(); ++part) {
        if (check->parts.value(part.key()) == part.value())
            continue;
        auto here = rowDigests(db, part.key());
        if (!here)
            return std::unexpected(here.error());
        QMap<QString, QByteArray> there;
        for (QString after;;) {
            auto page = askHq<StateRowsAnswer>(network, link, route::StateRows, StateRowsRequest{seq, part.key(), after});
            if (!page)
                return std::unexpected(page.error());
            if (!page->ready)
                return std::unexpected(notReady);
            for (const auto &[key, digest] : std::as_const(page->rows)) {
                after = key;
                there.insert(key, digest);
            }
            if (!page->more)
                break;
        }
        for (auto it = here->cbegin(); it != here->cend(); ++it) {
            if (!there.contains(it.key()))
                lines << QCoreApplication::translate("SyncClient", "%1 %2: here only").arg(part.key(), it.key());
            else if (there.value(it.key()) != it.value())
                lines << QCoreApplication::translate("SyncClient", "%1 %2: differs").arg(part.key(), it.key());
        }
        for (auto it = there.cbegin(); it != there.cend(); ++it)
            if (!here->contains(it.key()))
                lines << QCoreApplication::translate("SyncClient", "%1 %2: at HQ only").arg(part.key(), it.key());
    }
    return lines;
}

void SyncClient::postRaw(const QString &path, const QByteArray &body, RawHandler onSuccess, FailureHandler onFailure)
{
    m_report.bytesSent += body.size();
    QNetworkReply *reply = m_network.post(request(m_link.url, path, m_link.token), body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, onSuccess = std::move(onSuccess), onFailure = std::move(onFailure)] {
        reply->deleteLater();
        auto fail = [&](const Error &e) {
            if (onFailure)
                onFailure(e);
            else
                finish(&e);
        };
        if (reply->error() != QNetworkReply::NoError) {
            fail(replyError(reply, m_link.url));
            return;
        }
        const QByteArray answer = reply->readAll();
        m_report.bytesReceived += answer.size();
        onSuccess(answer);
    });
}

template<typename Answer, typename Request>
void SyncClient::post(const QString &path, const Request &request, std::function<void(const Answer &)> onSuccess,
                      FailureHandler onFailure)
{
    postRaw(path, packed(request), [this, onSuccess = std::move(onSuccess), onFailure](const QByteArray &body) {
        auto json = unpack(body);
        auto answer = json ? Answer::fromJson(*json) : Result<Answer>(std::unexpected(json.error()));
        if (!answer) {
            if (onFailure)
                onFailure(answer.error());
            else
                finish(&answer.error());
            return;
        }
        onSuccess(*answer);
    }, onFailure);
}

void SyncClient::start(const HqLink &link, const QString &releaseId, bool receive)
{
    if (m_running)
        return;
    m_running = true;
    ++m_run;
    m_receive = receive;
    m_link = link;
    m_report = SyncReport{};
    auto waiting = m_replicator.pendingCount();
    m_total = waiting ? *waiting : 0;
    m_quarantinedBefore = m_replicator.quarantinedCount().value_or(0);
    const Hello hello{.clientVersion = QStringLiteral(GUICHET_VERSION), .releaseId = releaseId};
    post<Welcome>(route::Handshake, hello, [this](const Welcome &welcome) {
        m_report.epoch = welcome.epoch;
        if (welcome.epoch != m_replicator.epoch()) {
            if (auto r = m_replicator.enterEpoch(welcome.epoch, welcome.epochStart); !r) {
                finish(&r.error());
                return;
            }
            if (auto waiting = m_replicator.pendingCount(); waiting)
                m_total = *waiting;
        }
        if (m_receive)
            m_total += std::max<qint64>(0, welcome.lastSeq - m_replicator.cursor());
        emit progress(0, m_total);
        m_offered = welcome.snapshot;
        takeAnnouncement(welcome.releases);
        fetchNextRelease();
    });
}

void SyncClient::takeAnnouncement(const QList<AnnouncedRelease> &announced)
{
    m_toFetch.clear();
    if (auto r = ReleaseWatch(m_db).remember(announced); !r) {
        m_report.releaseErrors << r.error();
        return;
    }
    ReferenceStore store(m_db);
    for (const AnnouncedRelease &a : std::as_const(announced)) {
        auto installed = store.installedHash(a.id);
        if (!installed) {
            m_report.releaseErrors << installed.error();
        } else if (installed->isEmpty()) {
            m_toFetch << a;
        } else if (*installed != a.hash) {
            m_report.releaseErrors << Error::make(Error::Code::Conflict,
                QCoreApplication::translate("SyncClient", "Reference release %1 on this workstation differs from the one HQ published as "
                   "no. %2. Ask HQ's administrator: a changed release must be published under a new id.").arg(a.id).arg(a.number));
        }
    }
}

void SyncClient::fetchNextRelease()
{
    if (m_toFetch.isEmpty()) {
        startFromSnapshotOrPush();
        return;
    }
    const AnnouncedRelease next = m_toFetch.takeFirst();
    auto failed = [this, next](const Error &e) {
        m_report.releaseErrors << Error::make(e.code,
            QCoreApplication::translate("SyncClient", "Reference release %1 (no. %2) was not installed. %3 Nothing of it was kept; the next sync tries again.")
                .arg(next.id).arg(next.number).arg(e.message));
        fetchNextRelease();
    };
    post<ReleaseAnswer>(route::Release, ReleaseRequest{next.id}, [this, next, failed](const ReleaseAnswer &answer) {
        if (auto r = installRelease(next, answer.content); !r) {
            failed(r.error());
            return;
        }
        m_report.releasesInstalled << next;
        fetchNextRelease();
    }, failed);
}

Result<void> SyncClient::installRelease(const AnnouncedRelease &announced, const QByteArray &content)
{
    auto release = ReferenceRelease::fromCanonicalJson(content);
    if (!release)
        return std::unexpected(Error::make(Error::Code::Invalid,
            QCoreApplication::translate("SyncClient", "What HQ sent is not a complete release: it is damaged or cut short.")));
    // What arrived must be what HQ announced: same id, date and content hash.
    if (release->id() != announced.id || release->hash() != announced.hash || release->effective() != announced.effective)
        return std::unexpected(Error::make(Error::Code::Invalid,
            QCoreApplication::translate("SyncClient", "What HQ sent does not match what it announced (hash %1… instead of %2…).")
                .arg(release->hash().left(12), announced.hash.left(12))));
    return ReferenceStore(m_db).install(*release);
}

void SyncClient::startFromSnapshotOrPush()
{
    // A new workstation starts from HQ's snapshot when HQ has one: the
    // whole city in one file instead of millions of operations.
    // (A snapshot of another schema, before HQ or this workstation is upgraded,
    // is left: the workstation pulls operations meanwhile.)
    if (m_receive && m_offered && m_offered->epoch == m_report.epoch && m_offered->seq > m_replicator.cursor()
        && m_offered->schemaVersion == m_db.schemaVersion()) {
        auto empty = canStartFromSnapshot(m_db);
        if (!empty) {
            finish(&empty.error());
            return;
        }
        if (*empty) {
            downloadSnapshot(*m_offered);
            return;
        }
    }
    pushNext();
}

void SyncClient::downloadSnapshot(const SnapshotInfo &snapshot)
{
    m_snapshot = snapshot;
    // One file per snapshot, beside the database: a cut download resumes
    // where it stopped; one of an older snapshot is thrown away, and so is one
    // an import cut short was making this workstation's (see importSnapshot).
    const QFileInfo db(m_db.path());
    const QString prefix = db.fileName() + QStringLiteral(".snapshot-");
    m_snapshotPart = db.dir().filePath(prefix + snapshot.name + QStringLiteral(".part"));
    for (const QString &stale : db.dir().entryList({prefix + QStringLiteral("*.part"), prefix + QStringLiteral("*.adopting")}, QDir::Files))
        if (db.dir().filePath(stale) != m_snapshotPart)
            db.dir().remove(stale);
    if (QFileInfo(m_snapshotPart).size() > snapshot.bytes)
        QFile::remove(m_snapshotPart);
    m_snapshotHash.reset();
    if (!QFileInfo::exists(m_snapshotPart))
        m_snapshotHash.emplace(QCryptographicHash::Sha256);
    fetchSnapshotChunk();
}

void SyncClient::fetchSnapshotChunk()
{
    const qint64 have = QFileInfo(m_snapshotPart).size();
    emit progress(m_snapshot.bytes ? m_snapshot.seq * have / m_snapshot.bytes : 0, m_total);
    if (have < m_snapshot.bytes) {
        requestSnapshotChunk(have);
        return;
    }
    auto imported = importSnapshot(m_db, m_snapshotPart, m_snapshot,
                                   m_snapshotHash ? m_snapshotHash->result().toHex() : QByteArray());
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
}

void SyncClient::requestSnapshotChunk(qint64 offset)
{
    const quint64 run = m_run;
    // A piece of this sync, at the end of the file as it stands; one asked
    // ahead after a failure is dropped.
    auto current = [this, run, offset] { return run == m_run && m_running && QFileInfo(m_snapshotPart).size() == offset; };
    postRaw(route::SnapshotChunk, packed(SnapshotChunkRequest{m_snapshot.name, offset}), [this, current, offset](const QByteArray &piece) {
        if (!current())
            return;
        if (piece.isEmpty() || offset + piece.size() > m_snapshot.bytes) {
            QFile::remove(m_snapshotPart);
            const Error e = Error::make(Error::Code::Invalid,
                QCoreApplication::translate("SyncClient", "HQ's snapshot does not have the size HQ announced; nothing was imported. The next sync starts it again."));
            finish(&e);
            return;
        }
        // The next piece is asked for before this one is written: HQ reads
        // and sends it meanwhile.
        const qint64 end = offset + piece.size();
        if (end < m_snapshot.bytes)
            requestSnapshotChunk(end);
        QFile part(m_snapshotPart);
        if (!part.open(QIODevice::Append) || part.write(piece) != piece.size() || !part.flush()) {
            const Error e = Error::make(Error::Code::Storage,
                QCoreApplication::translate("SyncClient", "The snapshot cannot be written to %1. Check the free space and the folder's rights.").arg(m_snapshotPart));
            finish(&e);
            return;
        }
        part.close();
        if (m_snapshotHash)
            m_snapshotHash->addData(piece);
        emit progress(m_snapshot.bytes ? m_snapshot.seq * end / m_snapshot.bytes : 0, m_total);
        if (end >= m_snapshot.bytes)
            fetchSnapshotChunk();
    }, [this, current](const Error &e) {
        if (current())
            finish(&e);
    });
}

void SyncClient::pushNext()
{
    auto batch = m_replicator.nextBatch(0);
    if (!batch) {
        finish(&batch.error());
        return;
    }
    if (batch->operations.isEmpty()) {
        if (m_receive)
            pullNext();
        else
            finish();
        return;
    }
    pushBatch(packed(PushRequest{batch->operations}), batch->lastSeq);
}

void SyncClient::pushBatch(QByteArray body, qint64 lastSeq)
{
    const quint64 run = m_run;
    auto current = [this, run] { return run == m_run && m_running; };
    // The batch after this one, read and packed while HQ checks and stores
    // this one. Sent only once this one is answered: HQ sees a workstation's
    // operations one batch at a time, in their order.
    auto ahead = std::make_shared<std::optional<std::pair<QByteArray, qint64>>>();
    postRaw(route::Push, body, [this, current, ahead](const QByteArray &reply) {
        if (!current())
            return;
        auto json = unpack(reply);
        auto answer = json ? PushAnswer::fromJson(*json) : Result<PushAnswer>(std::unexpected(json.error()));
        if (!answer) {
            finish(&answer.error());
            return;
        }
        crashPoint("ws-push-answered");
        // Only operations to send again later are left: they wait for the
        // next sync. Otherwise the next batch leaves at once, before this
        // answer is written down here.
        const bool more = !answer->acks.isEmpty() || !answer->refused.isEmpty();
        if (more && *ahead && !(*ahead)->first.isEmpty())
            pushBatch((*ahead)->first, (*ahead)->second);
        if (auto r = m_replicator.acknowledge(answer->acks); !r) {
            finish(&r.error());
            return;
        }
        // Refused for good: set aside, so the changes behind them still leave.
        if (auto r = m_replicator.setAside(answer->refused); !r) {
            finish(&r.error());
            return;
        }
        m_report.sent += answer->acks.size();
        emit progress(m_report.sent + m_report.received, m_total);
        if (more && *ahead && !(*ahead)->first.isEmpty())
            return;  // the next batch is on its way
        if (more && !*ahead) {
            pushNext();  // the batch ahead could not be read: read it again now
            return;
        }
        if (m_receive)
            pullNext();
        else
            finish();
    }, [this, current](const Error &e) {
        if (current())
            finish(&e);
    });
    auto next = m_replicator.nextBatch(lastSeq);
    if (next)
        *ahead = std::pair{next->operations.isEmpty() ? QByteArray() : packed(PushRequest{next->operations}), next->lastSeq};
}

void SyncClient::pullNext()
{
    requestPage(m_replicator.cursor());
}

void SyncClient::requestPage(qint64 after)
{
    const quint64 run = m_run;
    // An answer of this sync, to the page the workstation holds up to now; a
    // page asked ahead after a failure, or after the sync ended, is dropped.
    auto current = [this, run, after] { return run == m_run && m_running && m_replicator.cursor() == after; };
    post<PullAnswer>(route::Pull, PullRequest{after}, [this, current](const PullAnswer &page) {
        if (!current())
            return;
        // The next page is asked for before this one is applied: HQ reads and
        // packs it while the workstation writes this one.
        if (page.more)
            requestPage(page.last);
        if (auto r = m_replicator.apply(page.operations, page.last); !r) {
            finish(&r.error());
            return;
        }
        m_report.received += page.operations.size();
        const QUuid self = m_db.workstationId();
        m_report.refused += std::ranges::count_if(page.operations, [&](const Operation &op) {
            const auto refusal = StatusRefusal::of(op);
            return refusal && refusal->refusedWorkstation == self;
        });
        emit progress(m_report.sent + m_report.received, m_total);
        if (!page.more)
            checkState();
    }, [this, current](const Error &e) {
        if (current())
            finish(&e);
    });
}

void SyncClient::checkState()
{
    // Nothing left to send or receive, and something changed since the last
    // comparison: this workstation must now hold HQ's state at its cursor.
    const qint64 seq = m_replicator.cursor();
    auto waiting = m_replicator.pendingCount();
    // Not right after a snapshot import: the file was checked against HQ's
    // SHA-256 of its own replay, and hashing a city's state again would double
    // a new workstation's start; its next sync with changes compares.
    if (!waiting || *waiting > 0 || seq == 0 || m_report.snapshotSeq > 0
        || m_db.meta(QStringLiteral("state_checked_seq")) == QString::number(seq)) {
        finish();
        return;
    }
    auto mine = stateDigest(m_db);
    if (!mine) {
        finish(&mine.error());
        return;
    }
    const StateDigest digest = *mine;
    post<StateCheckAnswer>(route::StateCheck, StateCheckRequest{seq, digest.total},
        [this, seq, digest](const StateCheckAnswer &answer) {
            if (!answer.ready) {
                finish();  // HQ is still catching up, or already past: the next sync compares
                return;
            }
            QStringList differing;
            for (auto it = digest.parts.cbegin(); it != digest.parts.cend(); ++it)
                if (answer.parts.value(it.key()) != it.value())
                    differing << it.key();
            if (answer.hash == digest.total)
                differing.clear();
            else if (differing.isEmpty())
                differing << QStringLiteral("?");
            m_db.setMeta(QStringLiteral("state_checked_seq"), QString::number(seq));
            m_db.setMeta(QStringLiteral("state_differs"), differing.join(u','));
            finish();
        },
        [this](const Error &) { finish(); });  // an HQ without the check (older) or away: the sync itself went through
}

void SyncClient::finish(const Error *error)
{
    m_report.ok = !error;
    if (error)
        m_report.error = *error;
    if (auto waiting = m_replicator.pendingCount(); waiting)
        m_report.waiting = *waiting;
    if (auto aside = m_replicator.quarantinedCount(); aside) {
        m_report.quarantined = *aside;
        m_report.quarantinedNow = *aside - m_quarantinedBefore;
    }
    // Every report says it while this workstation's state is not HQ's.
    m_report.stateDiffers = m_db.meta(QStringLiteral("state_differs")).split(u',', Qt::SkipEmptyParts);
    // Every report says it while any change of this workstation stays refused.
    if (auto aside = m_replicator.setAsideCount(); aside) {
        m_report.setAside = aside->first;
        m_report.setAsideReason = aside->second;
    }
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
