// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QByteArray>

namespace guichet {

class Database;

namespace sync {

/// A SHA-256 (hex) over the synced state, written canonically: people, cases,
/// case events, agents and conflicts, each sorted by id, with the columns every
/// workstation holds the same value of once converged (not local bookkeeping
/// such as updated_at, the outbox or the access log). Two converged
/// workstations — and HQ — print the same hash.
Result<QByteArray> stateHash(Database &db);

} // namespace sync
} // namespace guichet
