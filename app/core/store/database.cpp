// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "domain/entities.h"

#include "domain/fieldversion.h"

#include "migrations.h"
#include "statement.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QStandardPaths>

#include <sqlite3.h>

// Warnings by default; QT_LOGGING_RULES="guichet.*=true" shows the rest.
Q_LOGGING_CATEGORY(lcStore, "guichet.store", QtWarningMsg)

namespace guichet {

namespace {


QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("guichet-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString path, QString connectionName, const Clock &clock)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_clock(clock),
      m_ids(std::make_unique<UuidV7Generator>(clock)), m_hlc(clock)
{
}

Database::~Database()
{
    m_statements.clear();  // prepared statements go before their connection
    m_rawStatements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // Refresh the planner's statistics where they changed (SQLite's advice
            // on close), and fold the WAL back so the file can be copied as one piece.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return migrations().last().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Clock &clock, OpenMode mode,
                                                 int targetVersion)
{
    const QFileInfo info(path);
    if (mode == OpenMode::MustExist && !info.exists())
        return std::unexpected(Error::make(Error::Code::NotFound,
            QCoreApplication::translate("Database", "The office database %1 does not exist. Create it with \"guichetctl init --db %1\" "
               "or give the right path with --db.").arg(path)));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return std::unexpected(Error::make(Error::Code::Storage,
            QCoreApplication::translate("Database", "The folder %1 cannot be created. Check the disk and the permissions, or choose another path with --db.")
                .arg(info.absolutePath())));

    if (info.exists() && !info.isFile())
        return std::unexpected(Error::make(Error::Code::Storage,
            QCoreApplication::translate("Database", "%1 is not a file (a folder or a device): give the path of the office database with --db.").arg(path)));
    if (mode == OpenMode::MustExist && info.size() == 0)
        return std::unexpected(Error::make(Error::Code::Storage,
            QCoreApplication::translate("Database", "%1 is an empty file, not a Guichet database. Give the right path with --db, or "
               "create the database with \"guichetctl init --db %1\".").arg(path)));
    // It holds personal data and every agent's password hash: readable by this
    // account only (SQLite gives its -wal and -shm files the same rights).
    if (!info.exists()) {
        QFile created(path);
        if (!created.open(QIODevice::WriteOnly) || !created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return std::unexpected(Error::make(Error::Code::Storage,
                QCoreApplication::translate("Database", "The office database %1 cannot be created. Check the disk and the permissions, or "
                   "choose another path with --db.").arg(path)));
    }
    std::unique_ptr<Database> self(new Database(path, nextConnectionName(), clock));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return std::unexpected(Error::make(Error::Code::Storage,
            QCoreApplication::translate("Database", "The office database %1 cannot be opened: %2. Check that the file is readable and writable "
               "by this account and that the disk is not full.").arg(path, db.lastError().text())));

    QSqlQuery q(db);
    // A file that is not SQLite only shows itself at the first read.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // A sound file in a folder or on a disk this account cannot write is
        // not damaged: restoring a backup over it would lose data.
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (!QFileInfo(path).isWritable() || !folder.isWritable())
            return std::unexpected(Error::make(Error::Code::Storage,
                QCoreApplication::translate("Database", "The office database %1 or its folder cannot be written by this account (read-only "
                   "folder, disk or rights). Nothing is damaged: give this account write access, or copy the file to a writable "
                   "folder.").arg(path)));
        return std::unexpected(Error::make(Error::Code::Storage,
            QCoreApplication::translate("Database", "%1 is not a Guichet database or is damaged (%2). Restore it from the last backup or ask IT.")
                .arg(path, q.lastError().text())));
    }
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return std::unexpected(Error::make(Error::Code::Storage,
                QCoreApplication::translate("Database", "The office database %1 cannot be set up: %2.").arg(path, q.lastError().text())));
    }

    const int current = self->schemaVersion();
    if (current > latestSchemaVersion())
        return std::unexpected(Error::make(Error::Code::Incompatible,
            QCoreApplication::translate("Database", "The office database %1 was written by a newer version of Guichet (schema %2, this version knows "
               "up to %3). Install the latest version of Guichet on this workstation.")
                .arg(path).arg(current).arg(latestSchemaVersion())));
    if (auto r = self->migrate(targetVersion < 0 ? latestSchemaVersion() : targetVersion); !r)
        return std::unexpected(r.error());
    if (auto r = self->loadIdentity(); !r)
        return std::unexpected(r.error());
    return self;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(connection());
        // A statement that fails to prepare is kept anyway: exec() then reports
        // the error through the usual path.
        q->prepare(sql);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

Statement &Database::statement(const QString &sql)
{
    auto it = m_rawStatements.find(sql);
    if (it == m_rawStatements.end()) {
        it = m_rawStatements.emplace(sql, std::make_unique<Statement>(handle(), sql)).first;
    }
    return *it->second;
}

sqlite3 *Database::handle() const
{
    // The QSQLITE driver's own handle: one connection, one transaction for both interfaces.
    const QVariant handle = connection().driver()->handle();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

Result<void> Database::replaceWith(const QString &file)
{
    const auto failed = [&](sqlite3 *where) {
        return std::unexpected(Error::make(Error::Code::Storage,
            QCoreApplication::translate("Database", "The database %1 could not take the content of %2 (%3); it is unchanged.")
                .arg(m_path, file, QString::fromUtf8(where ? sqlite3_errmsg(where) : "no SQLite handle"))));
    };
    sqlite3 *destination = handle();
    if (!destination || m_transactionDepth > 0)
        return failed(destination);
    // A statement left open would keep its read lock, and the backup waits for none.
    for (auto &[sql, query] : m_statements)
        query->finish();
    for (auto &[sql, statement] : m_rawStatements)
        statement->finish();
    sqlite3 *source = nullptr;
    auto closeSource = qScopeGuard([&] { sqlite3_close_v2(source); });
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return failed(source);
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return failed(destination);
    // All pages in one step: one write transaction on this database.
    const int stepped = sqlite3_backup_step(backup, -1);
    if (sqlite3_backup_finish(backup) != SQLITE_OK || stepped != SQLITE_DONE)
        return failed(destination);
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

void Database::seedIds(quint64 seed)
{
    m_ids = std::make_unique<UuidV7Generator>(m_clock, seed);
}

Result<void> Database::migrate(int targetVersion)
{
    QSqlDatabase db = connection();
    for (const Migration &m : migrations()) {
        if (m.version <= schemaVersion() || m.version > targetVersion)
            continue;
        Transaction tx(*this);
        if (!tx.isActive())
            return std::unexpected(Error::make(Error::Code::Storage,
                QCoreApplication::translate("Database", "The office database %1 is busy and cannot be upgraded. Close the other Guichet windows "
                   "and try again.").arg(m_path)));
        QSqlQuery q(db);
        for (const QString &sql : m.statements) {
            if (!q.exec(sql))
                return std::unexpected(Error::make(Error::Code::Storage,
                    QCoreApplication::translate("Database", "Upgrading the office database %1 to schema %2 failed (%3); it was left unchanged at "
                       "schema %4. Keep the file and send it to IT.")
                        .arg(m_path).arg(m.version).arg(q.lastError().text()).arg(m.version - 1)));
        }
        if (m.after) {
            if (auto r = m.after(db); !r)
                return r;
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
            return std::unexpected(storageError(q, QT_TRANSLATE_NOOP("Database", "set the schema version")));
        if (auto r = tx.commit(); !r)
            return r;
        qCInfo(lcStore) << "schema upgraded to" << m.version << "-" << m.description;
    }
    return {};
}

Result<void> Database::loadIdentity()
{
    if (schemaVersion() < 1)
        return {};
    QString ws = meta(QStringLiteral("workstation_id"));
    if (ws.isEmpty()) {
        Transaction tx(*this);
        ws = m_ids->next().toString(QUuid::WithoutBraces);
        if (auto r = setMeta(QStringLiteral("workstation_id"), ws); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
    }
    m_workstationId = QUuid::fromString(ws);
    // The HLC must never go back, even across a restart with the wall clock set back.
    // Local stamps only grow with the outbox sequence, so the last row holds
    // the largest: one index step instead of a scan of millions of rows.
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT hlc FROM outbox ORDER BY seq DESC LIMIT 1")) && q.next())
        m_hlc.restore(q.value(0).toLongLong());
    // …and the largest stamp received from other workstations, kept by sync.
    m_hlc.restore(meta(QStringLiteral("hlc_seen"), QStringLiteral("0")).toLongLong());
    return {};
}

QString Database::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

QString Database::changeToken() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    QString token;
    if (q.exec(QStringLiteral("SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), "
                              "(SELECT value FROM meta WHERE key = 'hq_cursor')")) && q.next())
        token = q.value(0).toString() + u'/' + q.value(1).toString();
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        token += u'/' + q.value(0).toString();
    return token;
}

Result<void> Database::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q, QT_TRANSLATE_NOOP("Database", "write a setting"));
}

Database::Transaction::Transaction(Database &db) : m_db(db), m_depth(db.m_transactionDepth)
{
    // The outermost transaction takes the write lock at once (BEGIN IMMEDIATE);
    // inner ones are savepoints, so a bulk job can wrap many repository calls.
    QSqlQuery q(db.connection());
    m_active = q.exec(m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT s%1").arg(m_depth));
    if (m_active)
        ++db.m_transactionDepth;
    else
        qCWarning(lcStore) << "cannot begin a transaction:" << q.lastError().text();
}

Database::Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db.connection());
    if (m_depth == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
        m_db.m_changesRecorded = false;
    } else {
        q.exec(QStringLiteral("ROLLBACK TO s%1").arg(m_depth));
        q.exec(QStringLiteral("RELEASE s%1").arg(m_depth));
    }
    --m_db.m_transactionDepth;
}

Result<void> Database::Transaction::commit()
{
    Q_ASSERT(m_active);
    Q_ASSERT_X(m_db.m_transactionDepth == m_depth + 1, "Database::Transaction", "inner transactions end first");
    QSqlQuery q(m_db.connection());
    if (!q.exec(m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE s%1").arg(m_depth)))
        return std::unexpected(storageError(q, QT_TRANSLATE_NOOP("Database", "save the change")));
    m_active = false;
    --m_db.m_transactionDepth;
    if (m_depth == 0 && std::exchange(m_db.m_changesRecorded, false) && m_db.m_localChangesCommitted)
        m_db.m_localChangesCommitted();
    return {};
}

Result<void> Database::recordChange(const Change &change)
{
    Q_ASSERT_X(inTransaction(), "Database::recordChange", "a change and its outbox row are written together");
    m_changesRecorded = true;
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO outbox(op_id, entity, entity_id, op, payload, hlc, workstation_id, agent_id, "
        "schema_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(uuidBytes(m_ids->next()));
    q.addBindValue(change.entity);
    q.addBindValue(uuidBytes(change.entityId));
    q.addBindValue(change.op);
    QJsonObject payload = change.fields;
    if (change.op == operation::Update) {
        // The version of each field this change overwrites: a workstation that
        // holds another one knows the two were made apart (a conflict).
        QSqlQuery &base = prepared(QStringLiteral(
            "SELECT hlc, workstation_id FROM field_versions WHERE entity_id = ? AND field = ? AND entity = ?"));
        QJsonObject seen;
        for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
            base.addBindValue(uuidBytes(change.entityId));
            base.addBindValue(it.key());
            base.addBindValue(change.entity);
            if (auto r = exec(base, QT_TRANSLATE_NOOP("Database", "write the outbox")); !r)
                return r;
            seen.insert(it.key(), base.next() ? FieldVersion{base.value(0).toLongLong(), base.value(1).toByteArray()}.toString()
                                              : QString());
            base.finish();
        }
        payload.insert(QStringLiteral("_base"), seen);
    }
    q.addBindValue(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const qint64 stamp = m_hlc.now();
    q.addBindValue(stamp);
    q.addBindValue(uuidBytes(m_workstationId));
    q.addBindValue(change.agentId.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(uuidBytes(change.agentId)));
    q.addBindValue(latestSchemaVersion());
    q.addBindValue(timestamp(m_clock.now()));
    if (auto r = exec(q, QT_TRANSLATE_NOOP("Database", "write the outbox")); !r)
        return r;
    if (change.op != operation::Update)
        return {};
    // Each updated field now holds this workstation's value, stamped: an older
    // value arriving from another workstation will not overwrite it.
    QSqlQuery &v = prepared(QStringLiteral(
        "INSERT OR REPLACE INTO field_versions(entity, entity_id, field, hlc, workstation_id) VALUES (?, ?, ?, ?, ?)"));
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        v.addBindValue(change.entity);
        v.addBindValue(uuidBytes(change.entityId));
        v.addBindValue(it.key());
        v.addBindValue(stamp);
        v.addBindValue(uuidBytes(m_workstationId));
        if (auto r = exec(v, QT_TRANSLATE_NOOP("Database", "write the outbox")); !r)
            return r;
    }
    return {};
}

Result<void> Database::exec(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return {};
    return std::unexpected(storageError(query, what));
}

Result<void> Database::exec(const QString &sql, const char *what)
{
    QSqlQuery q(connection());
    if (q.exec(sql))
        return {};
    return std::unexpected(storageError(q, what));
}

Error Database::storageError(const QSqlQuery &query, const char *what)
{
    // The SQL error may quote values: it goes to the message for IT, never to the log.
    return Error::make(Error::Code::Storage,
        QCoreApplication::translate("Database", "The office database could not %1: %2. Nothing was saved; try again, and call IT if it happens again.")
            .arg(QCoreApplication::translate("Database", what), query.lastError().text()));
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/guichet/office.db");
}

QString Database::timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Database::fromTimestamp(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

} // namespace guichet
