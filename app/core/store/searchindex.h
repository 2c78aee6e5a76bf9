// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QString>

namespace guichet {
class Database;
}

namespace guichet::searchindex {

/// Writes (or rewrites) the search entry of the citizen stored at `rowid`.
/// Names are folded in C++ (accents, case, hyphens, apostrophes — see
/// textfold.h) and kept in an FTS5 table whose rowid is the citizen's rowid.
/// The statement is the database's prepared one: sync and demo data index
/// people by the hundred thousand.
Result<void> indexCitizen(Database &db, qint64 rowid, const QString &familyName,
                          const QString &usedName, const QString &firstNames);
/// The same on a bare connection, for a migration (run before a Database exists).
Result<void> indexCitizen(QSqlDatabase &db, qint64 rowid, const QString &familyName,
                          const QString &usedName, const QString &firstNames);

/// The FTS5 MATCH expression for typed words: each word as a prefix, all required.
/// Empty when nothing searchable was typed.
QString matchExpression(const QStringList &terms);

} // namespace guichet::searchindex
