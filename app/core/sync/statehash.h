// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace guichet {

class Database;

namespace sync {

/// A SHA-256 (hex) over the synced state, written canonically: people, cases,
/// case events, agents, conflicts, deleted cases, merges and people's
/// corrections, each sorted by id and hashed as its own
/// part, the total being the SHA-256 of the parts' hashes (hex, one per line);
/// with the columns every workstation holds the same value of once converged (not local bookkeeping
/// such as updated_at, the outbox or the access log). Two converged
/// workstations — and HQ — print the same hash.
Result<QByteArray> stateHash(Database &db);

/// The same hash, with one hash per part of the state ("citizen", "case",
/// "event", "agent", "conflict", "tombstone", "merge", "correction"), so that two states
/// that differ say where.
struct StateDigest
{
    QByteArray total;
    QMap<QString, QByteArray> parts;
};
Result<StateDigest> stateDigest(Database &db);

/// The parts of the state, in hash order: "citizen", "case", "event", "agent", "conflict", "tombstone", "merge",
/// "correction".
QStringList stateParts();

/// The parts of the state named for people ("case" → "cases"), joined with commas.
QString describeParts(const QStringList &parts);

/// One digest per row of one part (by its key, hex), to name the rows that
/// differ between two states (guichetctl verify --against-hq).
Result<QMap<QString, QByteArray>> rowDigests(Database &db, const QString &part);

} // namespace sync
} // namespace guichet
