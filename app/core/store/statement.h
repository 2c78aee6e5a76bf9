// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace guichet {

/// A statement on the office database through SQLite's own interface.
///
/// Only for the paths that run once per received operation or per stored row
/// (applying what sync pulls, the state digest), where QSqlQuery's binding (a
/// QVariant and a generated placeholder name per value) and its UTF-16 round
/// trip were measured as a third of the work. Everything else uses QSqlQuery
/// through Database::prepared(). Get one with Database::statement(): it is
/// prepared once per connection and shares the connection's transaction.
class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    /// Values are bound in order, like addBindValue; the first bind after a
    /// run or a read starts the statement again.
    Statement &bind(qint64 value);
    Statement &bind(int value) { return bind(qint64(value)); }
    Statement &bind(double value);
    Statement &bind(const QString &text);         ///< TEXT, stored as UTF-8; a null QString is NULL, as QSqlQuery binds it
    Statement &bindText(const QByteArray &utf8);  ///< TEXT already in UTF-8
    Statement &bindBlob(const QByteArray &bytes); ///< BLOB (ids, stored JSON); a null one is NULL
    Statement &bindNull();

    /// Runs a statement that returns no rows. `what` is marked with
    /// QT_TRANSLATE_NOOP("Database", …) and names the failure for the agent.
    Result<void> run(const char *what);
    /// Rows changed by the last run().
    int changes() const { return m_changes; }
    /// The rowid the last run() inserted.
    qint64 lastInsertId() const { return m_lastInsertId; }

    /// Steps a query: true with a row to read, false at its end.
    Result<bool> next(const char *what);
    bool isNull(int column) const;
    bool isReal(int column) const;
    double real(int column) const;
    qint64 int64(int column) const;
    QByteArray blob(int column) const;
    QString text(int column) const;
    /// The column's UTF-8 bytes, valid until the next step: no copy.
    QByteArrayView utf8(int column) const;
    int columnCount() const;
    /// Ends a read early, so the statement can run again.
    void finish();

private:
    void restartIfUsed();
    Error failure(const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
    QList<QByteArray> m_kept;  ///< the bound texts and blobs, alive until the statement starts again
    int m_next = 1;
    int m_changes = 0;
    qint64 m_lastInsertId = 0;
    bool m_used = false;
};

} // namespace guichet
