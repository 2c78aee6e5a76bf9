// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace guichet {

class Database;

namespace maintenance {

/// Row counts and sync backlog, for `guichetctl stats`.
Result<QList<QPair<QString, qint64>>> statistics(Database &db);

/// SQLite's integrity check, foreign keys, and the outbox invariant: every
/// synced row has the outbox operation that created it, and every outbox
/// operation names a row that exists (the first part only until the
/// workstation has received rows from HQ, which have no outbox operation here).
/// Returns the problems found (empty: sound).
Result<QStringList> verify(Database &db);

} // namespace maintenance
} // namespace guichet
