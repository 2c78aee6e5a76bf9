// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "domain/error.h"
#include "domain/uuidv7.h"
#include "domain/hlc.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <unordered_map>

class QSqlQuery;
struct sqlite3;

namespace guichet { class Statement; }

namespace guichet {

/// One office database: a SQLite file in WAL mode with synchronous=FULL and
/// foreign keys on, migrated to the latest schema when opened.
///
/// Every change to a synced table goes through a repository that, in the same
/// transaction, calls recordChange(): the outbox row that sync will push.
/// A crash therefore leaves either the change and its outbox row, or neither.
class Database
{
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Clock &clock,
                                                  OpenMode mode = OpenMode::CreateIfMissing,
                                                  int targetVersion = -1);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static int latestSchemaVersion();
    int schemaVersion() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    const Clock &clock() const { return m_clock; }
    UuidV7Generator &ids() { return *m_ids; }
    /// Ids from a reproducible sequence (demo data).
    void seedIds(quint64 seed);

    /// The workstation's own id, made at `init`, never changed.
    QUuid workstationId() const { return m_workstationId; }

    QString meta(const QString &key, const QString &fallback = {}) const;
    /// A token that changes whenever the synced data held here may have
    /// changed: a write of this workstation (the outbox's last number), a page
    /// pulled from HQ (the cursor), or a commit by another connection
    /// (SQLite's data_version). Lists read again only when it changed.
    QString changeToken() const;
    Result<void> setMeta(const QString &key, const QString &value);

    /// A write transaction (BEGIN IMMEDIATE, so two processes on one file wait
    /// for each other instead of failing half-way). Rolled back unless committed.
    /// Inside another transaction it is a savepoint.
    class Transaction
    {
    public:
        explicit Transaction(Database &db);
        ~Transaction();
        Result<void> commit();
        bool isActive() const { return m_active; }
    private:
        Database &m_db;
        int m_depth;
        bool m_active = false;
    };
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// A change to a synced row, for the outbox. Must be called inside a Transaction.
    struct Change
    {
        QString entity;       ///< "citizen", "case", "case_event", "agent"
        QUuid entityId;
        QString op;           ///< "insert", "update", "append", "delete"
        QJsonObject fields;   ///< the values written
        QUuid agentId;
    };
    Result<void> recordChange(const Change &change);
    /// Called after a transaction that recorded changes made here commits (not
    /// for what sync applies): the desk counts at once what waits for HQ.
    /// One listener; an empty function removes it.
    void onLocalChangesCommitted(std::function<void()> listener) { m_localChangesCommitted = std::move(listener); }

    /// The hybrid logical clock of this workstation; sync makes it observe the
    /// stamps it receives, so that later local changes come after them.
    HybridLogicalClock &hlc() { return m_hlc; }

    /// A statement prepared once per connection and reused: repositories run the
    /// same few statements millions of times (demo data, sync), and SQLite's
    /// parsing was most of their cost. Bind with addBindValue, then exec; a
    /// SELECT must be finished (QSqlQuery::finish) before its next use.
    QSqlQuery &prepared(const QString &sql);
    /// The same through SQLite's own interface, for the per-operation paths of
    /// sync only (see Statement).
    Statement &statement(const QString &sql);

    /// Replaces this database's whole content with that of the SQLite file
    /// `file` (same page size), page by page through SQLite's backup interface,
    /// in one write transaction: after a crash the database holds either all
    /// of it or what it held before. No transaction may be open.
    Result<void> replaceWith(const QString &file);

    /// Runs a prepared query, turning a failure into a Storage error that says
    /// what failed. `what` is marked with QT_TRANSLATE_NOOP("Database", …).
    static Result<void> exec(QSqlQuery &query, const char *what);
    static Error storageError(const QSqlQuery &query, const char *what);
    Result<void> exec(const QString &sql, const char *what);

    /// Where the office database lives when no --db is given: the user's data folder.
    static QString defaultPath();

    /// ISO 8601 UTC with milliseconds: the stored form of every instant.
    static QString timestamp(const QDateTime &t);
    static QDateTime fromTimestamp(const QString &s);

private:
    Database(QString path, QString connectionName, const Clock &clock);
    Result<void> migrate(int targetVersion);
    Result<void> loadIdentity();
    sqlite3 *handle() const;

    QString m_path;
    QString m_connectionName;
    const Clock &m_clock;
    std::unique_ptr<UuidV7Generator> m_ids;
    HybridLogicalClock m_hlc;
    QUuid m_workstationId;
    int m_transactionDepth = 0;
    bool m_changesRecorded = false;  ///< by the open transaction
    std::function<void()> m_localChangesCommitted;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_rawStatements;
};

} // namespace guichet
