// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A snapshot of the merged synced state, so that a new workstation starts from
// the whole city in one download instead of replaying millions of operations.
// HQ makes it (guichet-hq snapshot) by replaying its operations into an office
// database with the workstation's own merge rules, then copying that database
// whole (indexes and search index included) without its own settings, outbox
// and logs; the workstation checks the file, puts its own rows in, takes it as
// its database in one step, and pulls the rest as usual.

#include "domain/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace guichet {

class Database;

namespace sync {

/// A snapshot travels in pieces of at most this many bytes (one request each):
/// Qt HttpServer 6.4 answers from memory, and a cut download resumes at a piece.
inline constexpr qint64 SnapshotChunkBytes = 8 * 1024 * 1024;

/// The format of the file; a workstation takes only the one it reads.
/// 1: the synced tables copied without indexes. 2: the whole office database.
inline constexpr int SnapshotFormat = 2;

/// What HQ says about its snapshot (in the handshake) and what the file says about itself.
struct SnapshotInfo
{
    QString name;        ///< file name at HQ: snapshot-<seq>-<hash prefix>.db
    qint64 seq = 0;      ///< HQ's sequence the snapshot covers: everything up to it, nothing after
    QString epoch;       ///< HQ's epoch it was made in
    qint64 bytes = 0;
    QByteArray sha256;   ///< hex, of the whole file
    int schemaVersion = 0;  ///< the office schema its tables have
    int format = 1;         ///< SnapshotFormat it was made in (offers without one are of format 1)

    bool isValid() const { return seq > 0 && bytes > 0 && !epoch.isEmpty() && sha256.size() == 64 && isValidName(name); }
    QJsonObject toJson() const;
    static SnapshotInfo fromJson(const QJsonObject &json);
    /// A name HQ may serve: nothing else is read from its folder (no path tricks).
    static bool isValidName(const QString &name);
};

/// The tables a snapshot carries: the synced state, who wrote each field, the
/// conflicts, and the operations it contains (so that, after an HQ restore,
/// an operation pulled again is recognised and not applied twice).
const QStringList &snapshotTables();

/// Copies `replay` (an office database holding the merged state up to `seq`)
/// into a new SQLite file at `file`, its own rows left out, described in its
/// meta table (snapshot_*), and checked whole by SQLite's integrity_check.
Result<void> exportSnapshot(Database &replay, const QString &file, qint64 seq, const QString &epoch);

/// SHA-256 (hex) of a file, read in pieces.
Result<QByteArray> fileSha256(const QString &file);

/// True when the workstation has no synced data of its own or from others yet
/// (people, cases, events, conflicts, operations received) and has never
/// pulled: only then does it start from a snapshot. Local agents do not count.
Result<bool> canStartFromSnapshot(Database &db);

/// Checks `file` against `expected` (size, SHA-256, its own description, the
/// schema: exactly this workstation's), writes this workstation's own rows
/// into it (settings, outbox, access log, agents made here, its tracking
/// numbers past those received, the hybrid clock past every stamp, the cursor
/// at the snapshot's sequence), then replaces the database with it in one
/// step. Refused, with nothing changed, when anything does not match or when
/// the workstation already has data. Once checked, the file is consumed: it
/// is renamed to `file`.adopting and removed.
/// `fileSha256`: the file's SHA-256 (hex) when the caller hashed it as it
/// wrote it (a download from the start); empty, the file is read again for it.
Result<void> importSnapshot(Database &db, const QString &file, const SnapshotInfo &expected, const QByteArray &fileSha256 = {});

} // namespace sync
} // namespace guichet
