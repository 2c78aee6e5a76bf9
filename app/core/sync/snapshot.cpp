// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "domain/crashpoint.h"
#include "store/database.h"
#include "sync/replicator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>

namespace guichet::sync {

namespace {

Error refused(const QString &why)
{
    return Error::make(Error::Code::Invalid,
        QCoreApplication::translate("Snapshot", "HQ's snapshot was refused and nothing was imported: %1. "
                                                "The next sync downloads it again; if this persists, call IT.").arg(why));
}

/// Every table, index, trigger and view of `schema`, as SQLite keeps their definitions.
QStringList schemaOf(QSqlDatabase conn, const QString &schema)
{
    QSqlQuery q(conn);
    QStringList objects;
    // Names come from the schema itself, never from the wire.
    if (q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM %1.sqlite_master "
                              "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name").arg(schema)))
        while (q.next())
            objects << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}.join(u'\x1f');
    return objects;
}

/// The tables of this workstation alone (settings, outbox, access log,
/// reference releases…): every table but the synced ones, the search index
/// (a virtual table and its own tables) and SQLite's.
QStringList localTables(QSqlDatabase conn, const QString &schema)
{
    QSqlQuery q(conn);
    QStringList tables, virtuals;
    if (q.exec(QStringLiteral("SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM %1.sqlite_master "
                              "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").arg(schema)))
        while (q.next())
            (q.value(1).toBool() ? virtuals : tables) << q.value(0).toString();
    tables.removeIf([&](const QString &table) {
        return snapshotTables().contains(table)
            || std::ranges::any_of(virtuals, [&](const QString &v) { return table.startsWith(v + u'_'); });
    });
    return tables;
}

/// SQLite's AUTOINCREMENT counters, when the schema has any.
bool hasSequences(QSqlDatabase conn, const QString &schema)
{
    QSqlQuery q(conn);
    return q.exec(QStringLiteral("SELECT 1 FROM %1.sqlite_master WHERE name = 'sqlite_sequence'").arg(schema)) && q.next();
}

} // namespace

QJsonObject SnapshotInfo::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("seq"), QString::number(seq)},
            {QStringLiteral("epoch"), epoch},
            {QStringLiteral("bytes"), QString::number(bytes)},
            {QStringLiteral("sha256"), QString::fromLatin1(sha256)},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("format"), format}};
}

SnapshotInfo SnapshotInfo::fromJson(const QJsonObject &o)
{
    SnapshotInfo info;
    info.name = o.value(QStringLiteral("name")).toString();
    info.seq = o.value(QStringLiteral("seq")).toString().toLongLong();
    info.epoch = o.value(QStringLiteral("epoch")).toString();
    info.bytes = o.value(QStringLiteral("bytes")).toString().toLongLong();
    info.sha256 = o.value(QStringLiteral("sha256")).toString().toLatin1();
    info.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    info.format = o.value(QStringLiteral("format")).toInt(1);
    return info;
}

bool SnapshotInfo::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^snapshot-[0-9]{1,19}-[0-9a-f]{16}\\.db$"));
    return pattern.match(name).hasMatch();
}

const QStringList &snapshotTables()
{
    static const QStringList tables{QStringLiteral("agents"),         QStringLiteral("citizens"),
                                    QStringLiteral("cases"),          QStringLiteral("case_events"),
                                    QStringLiteral("field_versions"), QStringLiteral("conflicts"),
                                    QStringLiteral("tombstones"),     QStringLiteral("citizen_merges"),
                                    QStringLiteral("citizen_changes"), QStringLiteral("applied_ops")};
    return tables;
}

Result<void> exportSnapshot(Database &replay, const QString &file, qint64 seq, const QString &epoch)
{
    const char *what = QT_TRANSLATE_NOOP("Database", "write the snapshot");
    QFile::remove(file);
    QSqlDatabase conn = replay.connection();
    // The whole office database, indexes and search index included: the
    // workstation takes it as its own file in one step, where building them
    // again took a whole city's new workstation most of its start.
    QSqlQuery copy(conn);
    copy.prepare(QStringLiteral("VACUUM INTO ?"));
    copy.addBindValue(file);
    if (auto r = Database::exec(copy, what); !r)
        return r;
    QSqlQuery attach(conn);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS snap"));
    attach.addBindValue(file);
    if (auto r = Database::exec(attach, what); !r)
        return r;
    auto result = [&]() -> Result<void> {
        // What is the replay's own (its settings, outbox, access log) stays at
        // HQ: the workstation puts its own there.
        if (auto r = replay.exec(QStringLiteral("PRAGMA snap.journal_mode=DELETE"), what); !r)
            return r;
        Database::Transaction tx(replay);
        QStringList emptied = localTables(conn, QStringLiteral("snap"));
        if (hasSequences(conn, QStringLiteral("snap")))
            emptied << QStringLiteral("sqlite_sequence");
        for (const QString &table : std::as_const(emptied))
            if (auto r = replay.exec(QStringLiteral("DELETE FROM snap.%1").arg(table), what); !r)
                return r;
        const QList<std::pair<QString, QString>> about{
            {QStringLiteral("snapshot_format"), QString::number(SnapshotFormat)},
            {QStringLiteral("snapshot_seq"), QString::number(seq)},
            {QStringLiteral("snapshot_epoch"), epoch},
            {QStringLiteral("snapshot_hlc"), QString::number(replay.hlc().last())},
            {QStringLiteral("snapshot_made_at"), Database::timestamp(replay.clock().now())},
        };
        QSqlQuery meta(conn);
        meta.prepare(QStringLiteral("INSERT INTO snap.meta(key, value) VALUES (?, ?)"));
        for (const auto &[key, value] : about) {
            meta.addBindValue(key);
            meta.addBindValue(value);
            if (auto r = Database::exec(meta, what); !r)
                return r;
        }
        if (auto r = tx.commit(); !r)
            return r;
        // The full check (every page, index and constraint) once, here: the
        // workstation checks the SHA-256 of exactly these bytes.
        QSqlQuery check(conn);
        if (!check.exec(QStringLiteral("PRAGMA snap.integrity_check")) || !check.next() || check.value(0).toString() != QLatin1String("ok"))
            return std::unexpected(Error::make(Error::Code::Storage,
                QCoreApplication::translate("Snapshot", "The snapshot just written fails SQLite's integrity check; check HQ's disk.")));
        return {};
    }();
    QSqlQuery detach(conn);
    detach.exec(QStringLiteral("DETACH DATABASE snap"));
    if (!result)
        QFile::remove(file);
    return result;
}

Result<QByteArray> fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::make(Error::Code::Storage,
            QCoreApplication::translate("Snapshot", "The snapshot file %1 cannot be read.").arg(path)));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return std::unexpected(Error::make(Error::Code::Storage,
            QCoreApplication::translate("Snapshot", "The snapshot file %1 cannot be read.").arg(path)));
    return hash.result().toHex();
}

Result<bool> canStartFromSnapshot(Database &db)
{
    if (db.meta(QStringLiteral("hq_cursor"), QStringLiteral("0")).toLongLong() != 0)
        return false;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM citizens) OR EXISTS(SELECT 1 FROM cases) "
                               "OR EXISTS(SELECT 1 FROM case_events) OR EXISTS(SELECT 1 FROM conflicts) "
                               "OR EXISTS(SELECT 1 FROM tombstones) OR EXISTS(SELECT 1 FROM citizen_merges) "
                               "OR EXISTS(SELECT 1 FROM citizen_changes) OR EXISTS(SELECT 1 FROM applied_ops)"))
        || !q.next())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the synced state")));
    return !q.value(0).toBool();
}

Result<void> importSnapshot(Database &db, const QString &file, const SnapshotInfo &expected, const QByteArray &knownSha256)
{
    // The file first, before anything touches the database.
    if (QFileInfo(file).size() != expected.bytes)
        return std::unexpected(refused(QCoreApplication::translate("Snapshot", "the file has %1 bytes instead of %2 (cut download)")
                                           .arg(QFileInfo(file).size()).arg(expected.bytes)));
    auto sha = knownSha256.isEmpty() ? fileSha256(file) : Result<QByteArray>(knownSha256);
    if (!sha)
        return std::unexpected(sha.error());
    if (*sha != expected.sha256)
        return std::unexpected(refused(QCoreApplication::translate("Snapshot", "its SHA-256 differs from the one HQ announced (damaged download)")));
    auto empty = canStartFromSnapshot(db);
    if (!empty)
        return std::unexpected(empty.error());
    if (!*empty)
        return std::unexpected(Error::make(Error::Code::Conflict,
            QCoreApplication::translate("Snapshot", "This workstation already holds synced data: it never imports a snapshot, it pulls operations.")));

    QSqlDatabase conn = db.connection();
    QSqlQuery attach(conn);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS snap"));
    attach.addBindValue(file);
    if (auto r = Database::exec(attach, QT_TRANSLATE_NOOP("Database", "read the snapshot")); !r)
        return std::unexpected(refused(r.error().message));
    const char *what = QT_TRANSLATE_NOOP("Database", "import the snapshot");
    auto result = [&]() -> Result<void> {
        // The pages were checked at HQ (integrity_check) and the bytes are
        // HQ's (SHA-256): what is left is whether this is the file announced,
        // in a form this Guichet reads.
        QSqlQuery q(conn);
        QHash<QString, QString> about;
        if (!q.exec(QStringLiteral("SELECT key, value FROM snap.meta WHERE key LIKE 'snapshot\\_%' ESCAPE '\\'")))
            return std::unexpected(refused(QCoreApplication::translate("Snapshot", "it does not describe itself")));
        while (q.next())
            about.insert(q.value(0).toString(), q.value(1).toString());
        q.finish();
        if (about.value(QStringLiteral("snapshot_format")).toInt() != SnapshotFormat)
            return std::unexpected(refused(QCoreApplication::translate("Snapshot", "its format %1 is not the one this Guichet reads (%2)")
                                               .arg(about.value(QStringLiteral("snapshot_format"), QStringLiteral("?"))).arg(SnapshotFormat)));
        if (about.value(QStringLiteral("snapshot_seq")).toLongLong() != expected.seq
            || about.value(QStringLiteral("snapshot_epoch")) != expected.epoch)
            return std::unexpected(refused(QCoreApplication::translate("Snapshot", "it is not the snapshot HQ announced")));
        int version = -1;
        if (q.exec(QStringLiteral("PRAGMA snap.user_version")) && q.next())
            version = q.value(0).toInt();
        q.finish();
        if (version != db.schemaVersion())
            return std::unexpected(refused(QCoreApplication::translate("Snapshot", "its tables have schema %1 and this workstation %2")
                                               .arg(version).arg(db.schemaVersion())));
        if (schemaOf(conn, QStringLiteral("snap")) != schemaOf(conn, QStringLiteral("main")))
            return std::unexpected(refused(QCoreApplication::translate("Snapshot", "its tables are not exactly this workstation's")));

        // The file becomes this workstation's database: first its own rows go in.
        Database::Transaction tx(db);
        QStringList own = localTables(conn, QStringLiteral("main"));
        if (hasSequences(conn, QStringLiteral("main")))
            own << QStringLiteral("sqlite_sequence");
        for (const QString &table : std::as_const(own)) {
            if (auto r = db.exec(QStringLiteral("DELETE FROM snap.%1").arg(table), what); !r)
                return r;
            if (auto r = db.exec(QStringLiteral("INSERT INTO snap.%1 SELECT * FROM main.%1").arg(table), what); !r)
                return r;
        }
        // Agents may already be here (made on this desk before its first
        // sync): each login goes to the account HQ numbered first, as in sync.
        // One whose login the snapshot gives to another goes in refused, so
        // that the file's unique logins hold, then the rule settles it.
        for (const char *step : {"CREATE TEMP TABLE snapshot_agents AS SELECT * FROM main.agents",
                                 "UPDATE temp.snapshot_agents SET refused = 'login_taken' WHERE refused IS NULL AND EXISTS "
                                 "(SELECT 1 FROM snap.agents s WHERE s.login = snapshot_agents.login AND s.refused IS NULL "
                                 "AND s.id <> snapshot_agents.id)",
                                 "INSERT INTO snap.agents SELECT * FROM temp.snapshot_agents WHERE true ON CONFLICT(id) DO NOTHING"})
            if (auto r = db.exec(QLatin1String(step), what); !r)
                return r;
        if (!q.exec(QStringLiteral("SELECT DISTINCT login FROM temp.snapshot_agents WHERE refused = 'login_taken'")))
            return std::unexpected(Database::storageError(q, what));
        QStringList shared;
        while (q.next())
            shared << q.value(0).toString();
        q.finish();
        if (auto r = db.exec(QStringLiteral("DROP TABLE temp.snapshot_agents"), what); !r)
            return r;
        for (const QString &login : std::as_const(shared))
            if (auto r = Replicator::settleLogin(db, login, QStringLiteral("snap")); !r)
                return r;
        // Numbers of this workstation's own series made elsewhere: the next
        // number given here goes past them (as Replicator does per case).
        const int slot = qBound(0, db.meta(QStringLiteral("tracking_slot"), QStringLiteral("1")).toInt(), 9);
        if (!q.exec(QStringLiteral("SELECT tracking_number FROM snap.cases")))
            return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "number the case")));
        QHash<std::pair<QString, int>, qint64> highest;
        while (q.next()) {
            const QStringList parts = q.value(0).toString().split(u'-');
            bool ok = false;
            const qint64 number = parts.value(2).toLongLong(&ok);
            if (parts.size() != 3 || !ok || number % 10 != slot)
                continue;
            qint64 &last = highest[{parts.at(0), parts.at(1).toInt()}];
            last = std::max(last, number / 10);
        }
        q.finish();
        QSqlQuery counter(conn);
        counter.prepare(QStringLiteral("INSERT INTO snap.tracking_counters(prefix, year, last) VALUES (?, ?, ?) "
                                       "ON CONFLICT(prefix, year) DO UPDATE SET last = max(last, excluded.last)"));
        for (auto it = highest.cbegin(); it != highest.cend(); ++it) {
            counter.addBindValue(it.key().first);
            counter.addBindValue(it.key().second);
            counter.addBindValue(it.value());
            if (auto r = Database::exec(counter, QT_TRANSLATE_NOOP("Database", "number the case")); !r)
                return r;
        }
        db.hlc().observe(about.value(QStringLiteral("snapshot_hlc")).toLongLong());
        QSqlQuery meta(conn);
        meta.prepare(QStringLiteral("INSERT INTO snap.meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        for (const auto &[key, value] : {std::pair{QStringLiteral("hlc_seen"), QString::number(db.hlc().last())},
                                         std::pair{QStringLiteral("hq_cursor"), QString::number(expected.seq)}}) {
            meta.addBindValue(key);
            meta.addBindValue(value);
            if (auto r = Database::exec(meta, what); !r)
                return r;
        }
        crashPoint("ws-snapshot-before-commit");
        return tx.commit();
    }();
    QSqlQuery(conn).exec(QStringLiteral("DETACH DATABASE snap"));
    if (!result)
        return result;

    // No longer the file HQ sent: renamed, so that a sync after a crash from
    // here on downloads it again instead of finding its hash changed.
    const QString adopting = file + QStringLiteral(".adopting");
    QFile::remove(adopting);
    if (!QFile::rename(file, adopting))
        return std::unexpected(Error::make(Error::Code::Storage,
            QCoreApplication::translate("Snapshot", "The snapshot file %1 cannot be renamed; check the rights on its folder.").arg(file)));
    auto removeAdopted = qScopeGuard([&] { QFile::remove(adopting); });
    // One bulk write into a nearly empty file: a rollback journal writes each
    // page once, where WAL writes it twice (into the log, then back into the
    // database at the checkpoint). Just as atomic and durable
    // (synchronous=FULL); WAL comes back right after, and Database::open
    // sets it again after a crash.
    QSqlQuery(conn).exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
    crashPoint("ws-snapshot-adopting");
    auto adopted = db.replaceWith(adopting);
    QSqlQuery(conn).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    return adopted;
}

} // namespace guichet::sync
