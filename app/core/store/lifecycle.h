// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QString>

namespace guichet {

class Database;

/// The two changes no later change undoes, applied the same way whether made
/// here (CaseRepository::remove, CitizenRepository::merge) or received from
/// HQ (sync/replicator), so every workstation derives the same rows.
namespace lifecycle {

/// One deletion or merge as it travels: ids are the 16-byte forms.
struct Stamp
{
    qint64 hlc = 0;
    QByteArray workstationId;
    QByteArray agentId;   ///< empty when unknown
    QString at;           ///< ISO 8601 UTC
};

/// A deleted case is a tombstone: the row stays (its history is the city's)
/// and is hidden from every list; no update can bring it back, since nothing
/// clears the flag. Two deletions of one case keep the earlier one's line.
Result<void> buryCase(Database &db, const QByteArray &caseId, const Stamp &stamp, const QString &reason);

/// Marks a case that arrives after its tombstone (a page applied late).
Result<void> keepBuried(Database &db, const QByteArray &caseId);

/// Records that `merged` is a record of the same person as `into`, then
/// derives every person's `merged_into` again from all merges in (HLC,
/// workstation) order: a merge whose two records already lead to the same
/// person is skipped, so crossed merges made apart end the same everywhere.
Result<void> mergeCitizens(Database &db, const QByteArray &mergeId, const QByteArray &merged, const QByteArray &into,
                           const Stamp &stamp);

} // namespace lifecycle
} // namespace guichet
