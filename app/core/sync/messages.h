// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The messages of the sync protocol, typed: each request a workstation sends
// and each answer HQ gives, with its route. Both ends build and read them
// only through these types, so a key is spelled once (in messages.cpp) and a
// member renamed on one side no longer compiles on the other. Every fromJson
// checks every member and names the one that is wrong.

#include "releases.h"
#include "snapshot.h"
#include "wire.h"

#include <QMap>

#include <optional>

namespace guichet::sync {

/// HQ's routes.
namespace route {
inline const QString Enrol = QStringLiteral("/v1/enrol");
inline const QString Handshake = QStringLiteral("/v1/handshake");
inline const QString Release = QStringLiteral("/v1/release");
inline const QString Push = QStringLiteral("/v1/push");
inline const QString Pull = QStringLiteral("/v1/pull");
inline const QString StateCheck = QStringLiteral("/v1/state-check");
inline const QString StateRows = QStringLiteral("/v1/state-rows");
inline const QString SnapshotChunk = QStringLiteral("/v1/snapshot/chunk");
} // namespace route

/// route::Enrol. No token yet: the one-time code stands for it.
struct EnrolRequest
{
    QString code;
    QString officeCode;      ///< three capital letters, such as BEL
    QUuid workstationId;
    QJsonObject toJson() const;
    static Result<EnrolRequest> fromJson(const QJsonObject &json);
};

struct EnrolAnswer
{
    QByteArray token;
    QString epoch;
    QJsonObject toJson() const;
    static Result<EnrolAnswer> fromJson(const QJsonObject &json);
};

/// route::Handshake: what the workstation speaks and answers under.
struct Hello
{
    int protocolMin = ProtocolMin;
    int protocolMax = ProtocolMax;
    QString clientVersion;
    QString releaseId;       ///< the release the workstation answers under, may be empty
    QJsonObject toJson() const;
    static Result<Hello> fromJson(const QJsonObject &json);
};

struct Welcome
{
    int protocol = 0;
    QString epoch;
    qint64 epochStart = 0;   ///< HQ's first sequence of this epoch
    qint64 lastSeq = 0;
    QString minimumClientVersion;
    QString releaseId;       ///< in force at HQ today, with its hash
    QString releaseHash;
    QList<AnnouncedRelease> releases;  ///< in force and to come
    QString officeCode;      ///< the workstation's office, as HQ enrolled it
    QDateTime serverTime;
    std::optional<SnapshotInfo> snapshot;  ///< offered to an empty workstation
    QJsonObject toJson() const;
    static Result<Welcome> fromJson(const QJsonObject &json);
};

/// route::Release: one published release, by id.
struct ReleaseRequest
{
    QString id;
    QJsonObject toJson() const;
    static Result<ReleaseRequest> fromJson(const QJsonObject &json);
};

struct ReleaseAnswer
{
    QString id;
    QByteArray content;      ///< canonical JSON, checked against the announced hash
    QJsonObject toJson() const;
    static Result<ReleaseAnswer> fromJson(const QJsonObject &json);
};

/// route::SnapshotChunk: a piece of HQ's snapshot from `offset`. The answer
/// is the raw bytes, not a message.
struct SnapshotChunkRequest
{
    QString name;
    qint64 offset = 0;
    QJsonObject toJson() const;
    static Result<SnapshotChunkRequest> fromJson(const QJsonObject &json);
};

/// route::Push: between 1 and BatchOperations of the workstation's own
/// operations, each read whole (Operation::fromJson; sync::validate is HQ's
/// next step, answered per operation).
struct PushRequest
{
    QList<Operation> operations;
    QJsonObject toJson() const;
    static Result<PushRequest> fromJson(const QJsonObject &json);
};

/// HQ's answer to a push, per operation.
struct PushAnswer
{
    struct Ack
    {
        QUuid opId;
        qint64 seq = 0;      ///< HQ's order
        bool operator==(const Ack &) const = default;
    };
    struct Refusal
    {
        QUuid opId;
        QString field;       ///< the field at fault, may be empty
        QString reason;      ///< a sentence for the office's administrator
        bool operator==(const Refusal &) const = default;
    };
    QList<Ack> acks;         ///< stored
    QList<Refusal> refused;  ///< refused for good: the workstation sets them aside
    QList<Refusal> later;    ///< a reference HQ does not hold yet: sent again at the next sync
    QJsonObject toJson() const;
    static Result<PushAnswer> fromJson(const QJsonObject &json);
};

/// route::Pull: the operations after a cursor, in HQ's order.
struct PullRequest
{
    qint64 after = 0;
    int limit = BatchOperations;  ///< HQ keeps it between 1 and MaxPullLimit
    static constexpr int MaxPullLimit = 5000;
    QJsonObject toJson() const;
    static Result<PullRequest> fromJson(const QJsonObject &json);
};

struct PullAnswer
{
    QList<Operation> operations;
    qint64 last = 0;         ///< the cursor after this page
    bool more = false;       ///< another page follows
    QJsonObject toJson() const;
    static Result<PullAnswer> fromJson(const QJsonObject &json);
};

/// route::StateCheck: the workstation's state hash at HQ's sequence `seq`.
struct StateCheckRequest
{
    qint64 seq = 0;
    QByteArray hash;
    QJsonObject toJson() const;
    static Result<StateCheckRequest> fromJson(const QJsonObject &json);
};

struct StateCheckAnswer
{
    qint64 seq = 0;
    bool ready = false;      ///< false: HQ cannot give its state at `seq` now
    QByteArray hash;         ///< when ready
    QMap<QString, QByteArray> parts;  ///< per part of the state hash, when ready
    QJsonObject toJson() const;
    static Result<StateCheckAnswer> fromJson(const QJsonObject &json);
};

/// route::StateRows: HQ's row digests of one part at `seq`, by pages of keys after `after`.
struct StateRowsRequest
{
    qint64 seq = 0;
    QString part;
    QString after;
    QJsonObject toJson() const;
    static Result<StateRowsRequest> fromJson(const QJsonObject &json);
};

struct StateRowsAnswer
{
    bool ready = false;
    QList<QPair<QString, QByteArray>> rows;  ///< key, digest, in key order
    bool more = false;
    QJsonObject toJson() const;
    static Result<StateRowsAnswer> fromJson(const QJsonObject &json);
};

/// HQ's word on a status change it refused, written into every office's
/// timeline of the case as a case event of kind "refused". Only HQ writes one.
struct StatusRefusal
{
    enum class Reason { Stale, NotAllowed };
    QUuid caseId;
    QString at;              ///< ISO 8601 UTC
    QString releaseId;
    QString to;              ///< the status asked for
    QString status;          ///< the status HQ keeps
    Reason reason = Reason::Stale;
    QUuid refusedOp;
    QUuid refusedWorkstation;

    /// The case event's fields.
    QJsonObject toFields() const;
    /// Whether `op` is a refusal (a workstation may not push one).
    static bool isRefusal(const Operation &op);
    /// The refusal `op` carries, or none when it is not one or is damaged.
    static std::optional<StatusRefusal> of(const Operation &op);
};

/// A message's body on the wire: pack(message.toJson()). A push, its answer
/// and a pull page, a thousand operations each, are written straight as JSON
/// text (Operation::appendJson) to the same object.
template<typename Message>
QByteArray packed(const Message &message)
{
    return pack(message.toJson());
}
template<>
QByteArray packed(const PushRequest &message);
template<>
QByteArray packed(const PullAnswer &message);
template<>
QByteArray packed(const PushAnswer &message);

} // namespace guichet::sync
