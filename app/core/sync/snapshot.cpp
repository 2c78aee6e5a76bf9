// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "domain/crashpoint.h"
#include "store/database.h"
#include "store/searchindex.h"
#include "sync/replicator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace guichet::sync {

namespace {

/// The format of the file itself; a workstation refuses one it does not know.
constexpr int SnapshotFormat = 1;

Error refused(const QString &why)
{
    return Error::make(Error::Code::Invalid,
        QCoreApplication::translate("Snapshot", "HQ's snapshot was refused and nothing was imported: %1. "
                                                "The next sync downloads it again; if this persists, call IT.").arg(why));
}

/// The columns of `table` in the database attached as `schema`, in order.
QStringList columnsOf(QSqlDatabase conn, const QString &schema, const QString &table)
{
    QSqlQuery q(conn);
    QStringList columns;
    // Names come from the schema itself, never from the wire.
    if (q.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table)))
        while (q.next())
            columns << q.value(1).toString();
    return columns;
}

} // namespace

QJsonObject SnapshotInfo::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("seq"), QString::number(seq)},
            {QStringLiteral("epoch"), epoch},
            {QStringLiteral("bytes"), QString::number(bytes)},
            {QStringLiteral("sha256"), QString::fromLatin1(sha256)},
            {QStringLiteral("schema_version"), schemaVersion}};
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
                                    QStringLiteral("applied_ops")};
    return tables;
}

Result<void> exportSnapshot(Database &replay, const QString &file, qint64 seq, const QString &epoch)
{
    QFile::remove(file);
    QSqlDatabase conn = replay.connection();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS snap"));
    q.addBindValue(file);
    if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "write the snapshot")); !r)
        return r;
    auto result = [&]() -> Result<void> {
        // A plain copy without indexes: small to download, and the
        // workstation builds its own indexes once, after inserting.
        for (const char *pragma : {"PRAGMA snap.journal_mode=OFF", "PRAGMA snap.page_size=65536"})
            if (auto r = replay.exec(QLatin1String(pragma), QT_TRANSLATE_NOOP("Database", "write the snapshot")); !r)
                return r;
        Database::Transaction tx(replay);
        for (const QString &table : snapshotTables())
            if (auto r = replay.exec(QStringLiteral("CREATE TABLE snap.%1 AS SELECT * FROM main.%1").arg(table),
                                     QT_TRANSLATE_NOOP("Database", "write the snapshot")); !r)
                return r;
        if (auto r = replay.exec(QStringLiteral("CREATE TABLE snap.snapshot (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                                 QT_TRANSLATE_NOOP("Database", "write the snapshot")); !r)
            return r;
        const QList<std::pair<QString, QString>> about{
            {QStringLiteral("format"), QString::number(SnapshotFormat)},
            {QStringLiteral("seq"), QString::number(seq)},
            {QStringLiteral("epoch"), epoch},
            {QStringLiteral("schema_version"), QString::number(replay.schemaVersion())},
            {QStringLiteral("hlc"), QString::number(replay.hlc().last())},
            {QStringLiteral("made_at"), Database::timestamp(replay.clock().now())},
        };
        QSqlQuery meta(conn);
        meta.prepare(QStringLiteral("INSERT INTO snap.snapshot(key, value) VALUES (?, ?)"));
        for (const auto &[key, value] : about) {
            meta.addBindValue(key);
            meta.addBindValue(value);
            if (auto r = Database::exec(meta, QT_TRANSLATE_NOOP("Database", "write the snapshot")); !r)
                return r;
        }
        return tx.commit();
    }();
    QSqlQuery detach(conn);
    detach.exec(QStringLiteral("DETACH DATABASE snap"));
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
                               "OR EXISTS(SELECT 1 FROM applied_ops)"))
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
    // One bulk write into a nearly empty file: a rollback journal writes each
    // page once, where WAL writes it twice (into the log, then back into the
    // database at the checkpoint) — 36 s → 22 s for the SQL of a whole city.
    // Just as atomic and durable (synchronous=FULL); WAL comes back right after,
    // and Database::open sets it again after a crash. Should another connection
    // hold the file, SQLite keeps WAL and the import is only slower.
    QSqlQuery(conn).exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
    QSqlQuery attach(conn);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS snap"));
    attach.addBindValue(file);
    if (auto r = Database::exec(attach, QT_TRANSLATE_NOOP("Database", "read the snapshot")); !r) {
        QSqlQuery(conn).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        return std::unexpected(refused(r.error().message));
    }
    auto result = [&]() -> Result<void> {
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("PRAGMA snap.integrity_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
            return std::unexpected(refused(QCoreApplication::translate("Snapshot", "SQLite finds the file damaged")));
        q.finish();
        QHash<QString, QString> about;
        if (!q.exec(QStringLiteral("SELECT key, value FROM snap.snapshot")))
            return std::unexpected(refused(QCoreApplication::translate("Snapshot", "it does not describe itself")));
        while (q.next())
            about.insert(q.value(0).toString(), q.value(1).toString());
        if (about.value(QStringLiteral("format")).toInt() != SnapshotFormat)
            return std::unexpected(refused(QCoreApplication::translate("Snapshot", "its format %1 is not the one this Guichet reads (%2)")
                                               .arg(about.value(QStringLiteral("format"))).arg(SnapshotFormat)));
        if (about.value(QStringLiteral("seq")).toLongLong() != expected.seq || about.value(QStringLiteral("epoch")) != expected.epoch)
            return std::unexpected(refused(QCoreApplication::translate("Snapshot", "it is not the snapshot HQ announced")));
        if (about.value(QStringLiteral("schema_version")).toInt() != db.schemaVersion())
            return std::unexpected(refused(QCoreApplication::translate("Snapshot", "its tables have schema %1 and this workstation %2")
                                               .arg(about.value(QStringLiteral("schema_version"))).arg(db.schemaVersion())));

        Database::Transaction tx(db);
        for (const QString &table : snapshotTables()) {
            const QStringList columns = columnsOf(conn, QStringLiteral("main"), table);
            if (columns.isEmpty() || columnsOf(conn, QStringLiteral("snap"), table) != columns)
                return std::unexpected(refused(QCoreApplication::translate("Snapshot", "its table %1 does not have this workstation's columns").arg(table)));
            // The workstation is empty: building each index once after the rows
            // is much faster than keeping it up to date row by row. The index
            // definitions are read back from the schema, so they stay the migrations'.
            QList<QString> indexes;
            if (!q.exec(QStringLiteral("SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = '%1' "
                                       "AND sql IS NOT NULL").arg(table)))
                return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "import the snapshot")));
            QStringList names;
            while (q.next()) {
                names << q.value(0).toString();
                indexes << q.value(1).toString();
            }
            q.finish();
            for (const QString &name : names)
                if (auto r = db.exec(QStringLiteral("DROP INDEX main.\"%1\"").arg(name), QT_TRANSLATE_NOOP("Database", "import the snapshot")); !r)
                    return r;
            // Agents may already be here (made on this desk before its first
            // sync): each login goes to the account HQ numbered first, as in sync.
            const bool agents = table == QLatin1String("agents");
            const QString list = columns.join(u',');
            if (auto r = db.exec(QStringLiteral("INSERT INTO main.%1(%2) SELECT %2 FROM snap.%1 WHERE true%3")
                                     .arg(table, list, agents ? QStringLiteral(" ON CONFLICT(id) DO NOTHING") : QString()),
                                 QT_TRANSLATE_NOOP("Database", "import the snapshot")); !r)
                return r;
            if (agents) {
                if (!q.exec(QStringLiteral("SELECT login FROM agents WHERE refused IS NULL GROUP BY login HAVING count(*) > 1")))
                    return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "import the snapshot")));
                QStringList shared;
                while (q.next())
                    shared << q.value(0).toString();
                q.finish();
                for (const QString &login : std::as_const(shared))
                    if (auto r = Replicator::settleLogin(db, login); !r)
                        return r;
            }
            for (const QString &sql : indexes)
                if (auto r = db.exec(sql, QT_TRANSLATE_NOOP("Database", "import the snapshot")); !r)
                    return r;
        }
        // Search entries: names are folded in C++, so they are written here.
        if (!q.exec(QStringLiteral("SELECT rowid, family_name, used_name, first_names FROM citizens")))
            return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "index a person for search")));
        while (q.next())
            if (auto r = searchindex::indexCitizen(db, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                                   q.value(3).toString()); !r)
                return r;
        q.finish();
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
        QSqlQuery &counter = db.prepared(QStringLiteral(
            "INSERT INTO tracking_counters(prefix, year, last) VALUES (?, ?, ?) "
            "ON CONFLICT(prefix, year) DO UPDATE SET last = max(last, excluded.last)"));
        for (auto it = highest.cbegin(); it != highest.cend(); ++it) {
            counter.addBindValue(it.key().first);
            counter.addBindValue(it.key().second);
            counter.addBindValue(it.value());
            if (auto r = Database::exec(counter, QT_TRANSLATE_NOOP("Database", "number the case")); !r)
                return r;
        }
        db.hlc().observe(about.value(QStringLiteral("hlc")).toLongLong());
        if (auto r = db.setMeta(QStringLiteral("hlc_seen"), QString::number(db.hlc().last())); !r)
            return r;
        if (auto r = db.setMeta(QStringLiteral("hq_cursor"), QString::number(expected.seq)); !r)
            return r;
        crashPoint("ws-snapshot-before-commit");
        return tx.commit();
    }();
    QSqlQuery detach(conn);
    detach.exec(QStringLiteral("DETACH DATABASE snap"));
    detach.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    return result;
}

} // namespace guichet::sync
