// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include <QCoreApplication>

#include <optional>

#include <sqlite3.h>

namespace guichet {

Statement::Statement(sqlite3 *db, const QString &sql) : m_db(db)
{
    const QByteArray text = sql.toUtf8();
    // A statement that does not prepare reports it at its first run, like QSqlQuery.
    if (!db)
        m_prepareError = QStringLiteral("no open connection");
    else if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::restartIfUsed()
{
    if (!m_used || !m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_kept.clear();
    m_next = 1;
    m_used = false;
}

Statement &Statement::bind(qint64 value)
{
    restartIfUsed();
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, m_next, value);
    ++m_next;
    return *this;
}

Statement &Statement::bind(double value)
{
    restartIfUsed();
    if (m_stmt)
        sqlite3_bind_double(m_stmt, m_next, value);
    ++m_next;
    return *this;
}

Statement &Statement::bind(const QString &text)
{
    // As the QSQLITE driver binds: a null QString is NULL.
    return text.isNull() ? bindNull() : bindText(text.toUtf8());
}

Statement &Statement::bindText(const QByteArray &utf8)
{
    restartIfUsed();
    if (m_stmt) {
        // Kept until the statement starts again, so SQLite need not copy it.
        m_kept.append(utf8);
        sqlite3_bind_text(m_stmt, m_next, utf8.isNull() ? "" : m_kept.last().constData(), int(utf8.size()), SQLITE_STATIC);
    }
    ++m_next;
    return *this;
}

Statement &Statement::bindBlob(const QByteArray &bytes)
{
    if (bytes.isNull())
        return bindNull();
    restartIfUsed();
    if (m_stmt) {
        m_kept.append(bytes);
        sqlite3_bind_blob(m_stmt, m_next, m_kept.last().constData(), int(bytes.size()), SQLITE_STATIC);
    }
    ++m_next;
    return *this;
}

Statement &Statement::bindNull()
{
    restartIfUsed();
    if (m_stmt)
        sqlite3_bind_null(m_stmt, m_next);
    ++m_next;
    return *this;
}

Error Statement::failure(const char *what) const
{
    const QString reason = m_stmt ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_prepareError;
    // The SQL error may quote values: it goes to the message for IT, never to the log.
    return Error::make(Error::Code::Storage,
        QCoreApplication::translate("Database", "The office database could not %1: %2. Nothing was saved; try again, and call IT if it happens again.")
            .arg(QCoreApplication::translate("Database", what), reason));
}

Result<void> Statement::run(const char *what)
{
    if (!m_stmt)
        return std::unexpected(failure(what));
    const int status = sqlite3_step(m_stmt);
    const bool done = status == SQLITE_DONE || status == SQLITE_ROW;
    m_changes = done ? sqlite3_changes(m_db) : 0;
    m_lastInsertId = sqlite3_last_insert_rowid(m_db);
    std::optional<Error> error;
    if (!done)
        error = failure(what);
    m_used = true;
    restartIfUsed();
    if (error)
        return std::unexpected(*error);
    return {};
}

Result<bool> Statement::next(const char *what)
{
    if (!m_stmt)
        return std::unexpected(failure(what));
    m_used = true;
    const int status = sqlite3_step(m_stmt);
    if (status == SQLITE_ROW)
        return true;
    if (status == SQLITE_DONE)
        return false;
    const Error error = failure(what);
    finish();
    return std::unexpected(error);
}

void Statement::finish()
{
    m_used = true;
    restartIfUsed();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool Statement::isReal(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_FLOAT;
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

QString Statement::text(int column) const
{
    return QString::fromUtf8(utf8(column));
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

} // namespace guichet
