// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What HqStore's rooms (hqstore.cpp, hqoperations.cpp, hqcases.cpp,
// hqreleases.cpp, hqenrolment.cpp, hqagents.cpp, hqstate.cpp) share.

#include "domain/error.h"

#include <QSqlQuery>
#include <QString>

namespace guichet::hq::detail {

/// A storage error for the operator; the SQL error may quote values, so it never goes to the log.
Error storage(const QSqlQuery &q, const QString &what);

/// Rows PostgreSQL takes in one multi-row INSERT. Qt's QPSQL driver sends a
/// prepared statement's values as literals of one EXECUTE: at 500 rows each
/// took ~55 ms (110 µs a row) and pushes ran at 6,000 operations/s; at 100,
/// 11,900 (guichet-bench-sync, 2026-12-02).
inline constexpr qsizetype PostgresRowsPerInsert = 100;

/// Ids looked up in one statement: `IN (` InListSize placeholders `)`, the
/// last chunk padded with NULL, so that each such statement is prepared once.
inline constexpr qsizetype InListSize = 500;
QString inListPlaceholders();
/// Binds `ids` (at most InListSize) to an IN list, then NULLs to its end.
void bindInList(QSqlQuery &q, const QStringList &ids);

} // namespace guichet::hq::detail
