// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sync protocol between a workstation and HQ: JSON documents, compressed
// with zlib, over HTTP. One description here for both ends.

#include "domain/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace guichet::sync {

/// Protocol versions this build speaks; HQ and workstation agree on one at the handshake.
/// 2: deleted cases (tombstones) and merged person records, which a version-1
/// workstation could not apply. 3: corrections kept in a person's history
/// (`citizen_change`), which a version-2 workstation could not apply.
inline constexpr int ProtocolMin = 3;
inline constexpr int ProtocolMax = 3;

/// A push carries at most this many operations and about this many bytes of JSON.
inline constexpr int BatchOperations = 1000;
inline constexpr qsizetype BatchBytes = 1024 * 1024;
/// HQ refuses a request body larger than this (compressed) or unpacking to more than MaxJsonBytes.
inline constexpr qsizetype MaxBodyBytes = 4 * 1024 * 1024;
inline constexpr qsizetype MaxJsonBytes = 16 * 1024 * 1024;

/// One operation's fields are at most this many bytes of compact JSON; a text
/// field of a person at most validate::MaxPersonTextChars characters. A pull page stops
/// before PageBytes of operations, so every answer stays far below MaxJsonBytes.
inline constexpr qsizetype MaxOperationBytes = 64 * 1024;
inline constexpr qsizetype PageBytes = 4 * 1024 * 1024;

/// Content type of every packed body.
inline constexpr char ContentType[] = "application/vnd.guichet.sync+json+zlib";

/// The entities a workstation may write. Reference data has one writer, HQ.
bool isSyncedEntity(const QString &entity);

/// One change made on a workstation: an outbox row on its way to HQ and to
/// every other workstation.
struct Operation
{
    QUuid opId;
    QString entity;           ///< "citizen", "case", "case_event", "agent", "conflict" (a settlement), "citizen_merge", "citizen_change"
    QUuid entityId;
    QString op;               ///< "insert", "update", "append", "delete" (a case)
    QJsonObject fields;
    qint64 hlc = 0;
    QUuid workstationId;
    QUuid agentId;            ///< may be null
    int schemaVersion = 0;
    QString createdAt;        ///< ISO 8601 UTC, as written by the workstation
    qint64 hqSeq = 0;         ///< HQ's order; 0 until HQ acknowledged it

    QJsonObject toJson() const;
    /// The same object written straight as compact JSON text at the end of
    /// `out`: a push or a pull page is a thousand of them, and building the
    /// QJsonObjects then the document was most of what HQ did per operation.
    void appendJson(QByteArray &out) const;
    /// Every member checked; the error names the member that is wrong.
    static Result<Operation> fromJson(const QJsonObject &json);
    bool operator==(const Operation &) const = default;
};

/// `text` as a JSON string (quoted, escaped) at the end of `out`.
void appendJsonString(QByteArray &out, QStringView text);

/// Checks an operation whole, as both ends read it: the entity and operation
/// go together, every field is one this operation may carry, with its type
/// and size, and the fields each one needs are there. The error names the
/// field. (References to other rows and clock bounds need a store: HQ checks
/// them, see hq/hqstore.cpp.)
Result<void> validate(const Operation &op);

/// The columns an `op` of `entity` writes to its table, in the order
/// sync::validate lists them: the fields it may carry, less those about the
/// operation itself ("_base", the version it was made on; "created_at").
/// The replicator writes these and no other: one list for both ends.
QStringList writtenFields(const QString &entity, const QString &op);

/// Compact JSON, zlib-compressed.
QByteArray pack(const QJsonObject &document);
/// JSON text already written, zlib-compressed.
QByteArray packText(const QByteArray &json);
/// The reverse, refusing bodies that are not packed JSON objects or that would
/// unpack to more than MaxJsonBytes (checked before inflating).
Result<QJsonObject> unpack(const QByteArray &body);

/// UUIDs travel without braces.
QString uuidText(const QUuid &id);

} // namespace guichet::sync
