// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace guichet {

class Database;

/// The changes no later change undoes, applied the same way whether made
/// here (CaseRepository::remove, CitizenRepository::merge and correct) or
/// received from HQ (sync/replicator), so every workstation derives the same rows.
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

/// Keeps one correction of a person in its history (`citizen_changes`, append
/// only): `changes` is {"field": {"from": …, "to": …}}, stored as compact JSON
/// so that every workstation holds the same bytes. A correction already kept
/// (the same id arriving again) changes nothing. It never rewrites the person:
/// the corrected fields travel as a `citizen update`, merged field by field.
Result<void> recordCitizenChange(Database &db, const QByteArray &changeId, const QByteArray &citizenId, const Stamp &stamp,
                                 const QString &officeCode, const QString &reason, const QJsonObject &changes);

} // namespace lifecycle
} // namespace guichet
