// SPDX-License-Identifier: GPL-3.0-or-later
// HQ's replay of the synced state: the state hash, the state check workstations ask for, and snapshots.
#include "hqstore.h"
#include "hqstore_p.h"

#include "domain/crashpoint.h"
#include "domain/fieldversion.h"
#include "store/database.h"
#include "store/referencestore.h"
#include "sync/replicator.h"
#include "sync/statehash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace guichet::hq {

using detail::storage;

Result<QByteArray> HqStore::stateHash() const
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return std::unexpected(Error::make(Error::Code::Storage,
            QCoreApplication::translate("HqStore", "No temporary folder can be made to compute the state hash.")));
    auto db = Database::open(scratch.filePath(QStringLiteral("replay.db")), m_clock);
    if (!db)
        return std::unexpected(db.error());
    if (auto r = replayInto(**db); !r)
        return std::unexpected(r.error());
    return sync::stateHash(**db);
}

Result<void> HqStore::replayInto(Database &db, qint64 upTo, qint64 maxOperations) const
{
    sync::Replicator replay(db);
    // The replay has a workstation id of its own: no operation is skipped as "made here".
    const QUuid nobody = db.workstationId();
    qint64 applied = 0;
    for (qint64 cursor = replay.cursor(); cursor < upTo && applied < maxOperations;) {
        auto page = pull(nobody, cursor, 5000);
        if (!page)
            return std::unexpected(page.error());
        QList<sync::Operation> operations = page->operations;
        qint64 last = page->last;
        if (last > upTo) {
            operations.removeIf([upTo](const sync::Operation &op) { return op.hqSeq > upTo; });
            last = upTo;
        }
        if (auto r = replay.apply(operations, last); !r)
            return r;
        applied += operations.size();
        cursor = last;
        if (!page->more)
            return {};
    }
    return {};
}

Result<HqStore::StateCheck> HqStore::stateAt(qint64 seq)
{
    if (const auto cached = m_stateCache.constFind(seq); cached != m_stateCache.constEnd())
        return StateCheck{true, *cached};
    // A replay of HQ's operations kept up to date from one check to the next,
    // in a scratch folder of this process: each check applies only what came
    // since, and at most 50,000 operations (a city catches up over a few checks).
    if (!m_check || m_check->meta(QStringLiteral("check_epoch")) != m_epoch) {
        m_check.reset();
        m_checkDir = std::make_unique<QTemporaryDir>();
        if (!m_checkDir->isValid())
            return std::unexpected(Error::make(Error::Code::Storage,
                QCoreApplication::translate("HqStore", "No temporary folder can be made to compute the state hash.")));
        auto db = Database::open(m_checkDir->filePath(QStringLiteral("check.db")), m_clock);
        if (!db)
            return std::unexpected(db.error());
        if (auto r = (*db)->setMeta(QStringLiteral("check_epoch"), m_epoch); !r)
            return std::unexpected(r.error());
        m_check = std::move(*db);
    }
    Database &db = *m_check;
    if (sync::Replicator(db).cursor() > seq)
        return StateCheck{false, {}};  // already past: a later check will compare
    if (auto r = replayInto(db, seq, 50'000); !r)
        return std::unexpected(r.error());
    if (sync::Replicator(db).cursor() < seq)
        return StateCheck{false, {}};
    auto digest = sync::stateDigest(db);
    if (!digest)
        return std::unexpected(digest.error());
    if (m_stateCache.size() > 16)
        m_stateCache.clear();
    m_stateCache.insert(seq, *digest);
    return StateCheck{true, *digest};
}

Result<std::optional<QMap<QString, QByteArray>>> HqStore::stateRows(qint64 seq, const QString &part)
{
    auto state = stateAt(seq);
    if (!state)
        return std::unexpected(state.error());
    if (!state->ready || sync::Replicator(*m_check).cursor() != seq)
        return std::optional<QMap<QString, QByteArray>>();
    auto rows = sync::rowDigests(*m_check, part);
    if (!rows)
        return std::unexpected(rows.error());
    return std::optional<QMap<QString, QByteArray>>(*rows);
}

Result<sync::SnapshotInfo> HqStore::makeSnapshot(const QString &dir) const
{
    const Error unwritable = Error::make(Error::Code::Storage,
        QCoreApplication::translate("HqStore", "The snapshot folder %1 cannot be written. Check --snapshots and its rights.").arg(dir));
    QDir folder(dir);
    if (!folder.mkpath(QStringLiteral(".")))
        return std::unexpected(unwritable);
    const QString replayPath = folder.filePath(QStringLiteral("replay.db"));
    auto db = Database::open(replayPath, m_clock);
    if (!db)
        return std::unexpected(db.error());
    // A replay made in another epoch may hold operations this HQ lost when it
    // was restored: start it again from nothing.
    if ((*db)->meta(QStringLiteral("snapshot_epoch")) != m_epoch) {
        db->reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(replayPath + suffix);
        db = Database::open(replayPath, m_clock);
        if (!db)
            return std::unexpected(db.error());
        if (auto r = (*db)->setMeta(QStringLiteral("snapshot_epoch"), m_epoch); !r)
            return std::unexpected(r.error());
    }
    if (auto r = replayInto(**db); !r)
        return std::unexpected(r.error());
    sync::Replicator replay(**db);
    sync::SnapshotInfo info;
    info.seq = replay.cursor();
    info.epoch = m_epoch;
    info.schemaVersion = (*db)->schemaVersion();
    info.format = sync::SnapshotFormat;
    if (info.seq == 0)
        return std::unexpected(Error::make(Error::Code::NotFound,
            QCoreApplication::translate("HqStore", "HQ holds no operation yet: there is nothing to put in a snapshot.")));
    const QString scratch = folder.filePath(QStringLiteral("snapshot.tmp"));
    if (auto r = sync::exportSnapshot(**db, scratch, info.seq, m_epoch); !r)
        return std::unexpected(r.error());
    auto sha = sync::fileSha256(scratch);
    if (!sha)
        return std::unexpected(sha.error());
    info.sha256 = *sha;
    info.bytes = QFileInfo(scratch).size();
    info.name = QStringLiteral("snapshot-%1-%2.db").arg(info.seq).arg(QString::fromLatin1(sha->left(16)));
    QFile::remove(folder.filePath(info.name));
    if (!QFile::rename(scratch, folder.filePath(info.name)))
        return std::unexpected(unwritable);
    const sync::SnapshotInfo previous = currentSnapshot(dir);
    QSaveFile current(folder.filePath(QStringLiteral("current.json")));
    if (!current.open(QIODevice::WriteOnly) || current.write(QJsonDocument(info.toJson()).toJson()) < 0 || !current.commit())
        return std::unexpected(unwritable);
    for (const QString &old : folder.entryList({QStringLiteral("snapshot-*.db")}, QDir::Files))
        if (old != info.name && old != previous.name)
            folder.remove(old);
    return info;
}

sync::SnapshotInfo HqStore::currentSnapshot(const QString &dir)
{
    QFile file(QDir(dir).filePath(QStringLiteral("current.json")));
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const sync::SnapshotInfo info = sync::SnapshotInfo::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!info.isValid() || QFileInfo(QDir(dir).filePath(info.name)).size() != info.bytes)
        return {};
    return info;
}

} // namespace guichet::hq
