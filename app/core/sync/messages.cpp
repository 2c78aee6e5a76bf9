// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages.h"
#include "domain/entities.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace guichet::sync {

namespace {

// Every key of every message, spelled here only.
namespace key {
const QString Code = QStringLiteral("code");
const QString Office = QStringLiteral("office");
const QString WorkstationId = QStringLiteral("workstation_id");
const QString Token = QStringLiteral("token");
const QString Epoch = QStringLiteral("epoch");
const QString EpochStart = QStringLiteral("epoch_start");
const QString ProtocolMin = QStringLiteral("protocol_min");
const QString ProtocolMax = QStringLiteral("protocol_max");
const QString Protocol = QStringLiteral("protocol");
const QString ClientVersion = QStringLiteral("client_version");
const QString MinimumClientVersion = QStringLiteral("minimum_client_version");
const QString ReleaseId = QStringLiteral("release_id");
const QString ReleaseHash = QStringLiteral("release_hash");
const QString Releases = QStringLiteral("releases");
const QString LastSeq = QStringLiteral("last_seq");
const QString ServerTime = QStringLiteral("server_time");
const QString Snapshot = QStringLiteral("snapshot");
const QString Id = QStringLiteral("id");
const QString Content = QStringLiteral("content");
const QString Name = QStringLiteral("name");
const QString Offset = QStringLiteral("offset");
const QString Operations = QStringLiteral("operations");
const QString Acks = QStringLiteral("acks");
const QString Refused = QStringLiteral("refused");
const QString Later = QStringLiteral("later");
const QString After = QStringLiteral("after");
const QString Limit = QStringLiteral("limit");
const QString Last = QStringLiteral("last");
const QString More = QStringLiteral("more");
const QString Seq = QStringLiteral("seq");
const QString Hash = QStringLiteral("hash");
const QString Parts = QStringLiteral("parts");
const QString Part = QStringLiteral("part");
const QString Rows = QStringLiteral("rows");
const QString Ready = QStringLiteral("ready");
// A refusal's case event.
const QString CaseId = QStringLiteral("case_id");
const QString Kind = QStringLiteral("kind");
const QString At = QStringLiteral("at");
const QString To = QStringLiteral("to");
const QString Status = QStringLiteral("status");
const QString Reason = QStringLiteral("reason");
const QString RefusedOp = QStringLiteral("refused_op");
const QString RefusedWorkstation = QStringLiteral("refused_workstation");
} // namespace key

Error wrong(const QString &field, const QString &expected)
{
    return Error::invalid(field, QCoreApplication::translate("SyncWire", "%1: %2 was expected.").arg(field, expected));
}

/// Reads one message's members in turn; the first wrong one is the error.
class Reader
{
public:
    explicit Reader(const QJsonObject &json) : m_json(json) {}

    QString text(const QString &key, bool required = true)
    {
        const QJsonValue v = m_json.value(key);
        if (!v.isString() && !(v.isUndefined() && !required))
            fail(key, QCoreApplication::translate("SyncWire", "a text"));
        return v.toString();
    }
    bool flag(const QString &key)
    {
        const QJsonValue v = m_json.value(key);
        if (!v.isBool())
            fail(key, QCoreApplication::translate("SyncWire", "true or false"));
        return v.toBool();
    }
    int number(const QString &key)
    {
        const QJsonValue v = m_json.value(key);
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            fail(key, QCoreApplication::translate("SyncWire", "a whole number"));
        return v.toInt();
    }
    /// 64-bit integers travel as decimal strings: JSON numbers lose precision above 2^53.
    qint64 sequence(const QString &key)
    {
        bool ok = false;
        const qint64 n = m_json.value(key).toString().toLongLong(&ok);
        if (!ok || n < 0)
            fail(key, QCoreApplication::translate("SyncWire", "a positive integer written as a string"));
        return n;
    }
    QUuid uuid(const QString &key)
    {
        const QUuid id = QUuid::fromString(m_json.value(key).toString());
        if (id.isNull())
            fail(key, QCoreApplication::translate("SyncWire", "a UUID"));
        return id;
    }
    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_json.value(key);
        if (!v.isArray())
            fail(key, QCoreApplication::translate("SyncWire", "a list"));
        return v.toArray();
    }
    QJsonObject object(const QString &key)
    {
        const QJsonValue v = m_json.value(key);
        if (!v.isObject())
            fail(key, QCoreApplication::translate("SyncWire", "an object"));
        return v.toObject();
    }
    bool has(const QString &key) const { return m_json.contains(key); }

    void fail(const QString &key, const QString &expected)
    {
        if (!m_error)
            m_error = wrong(key, expected);
    }
    void fail(const Error &error)
    {
        if (!m_error)
            m_error = error;
    }
    /// The message read, or the first member that was wrong.
    template<typename T>
    Result<T> result(T &&message) const
    {
        if (m_error)
            return std::unexpected(*m_error);
        return std::forward<T>(message);
    }

private:
    QJsonObject m_json;
    std::optional<Error> m_error;
};

QJsonArray operationsJson(const QList<Operation> &operations)
{
    QJsonArray array;
    for (const Operation &op : operations)
        array.append(op.toJson());
    return array;
}

/// `"operations":[…]` as JSON text.
void appendOperations(QByteArray &out, const QList<Operation> &operations)
{
    out.reserve(out.size() + operations.size() * 400);
    appendJsonString(out, key::Operations);
    out += ":[";
    for (qsizetype i = 0; i < operations.size(); ++i) {
        if (i > 0)
            out += ',';
        operations.at(i).appendJson(out);
    }
    out += ']';
}

/// Operations of a push or a pull, each read whole; the error says which one.
QList<Operation> readOperations(Reader &in, const QJsonArray &items)
{
    QList<Operation> operations;
    operations.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto op = Operation::fromJson(items.at(i).toObject());
        if (!op) {
            in.fail(Error::invalid(op.error().field,
                QCoreApplication::translate("SyncWire", "Operation %1: %2").arg(i + 1).arg(op.error().message)));
            break;
        }
        operations << *op;
    }
    return operations;
}

QJsonArray refusalsJson(const QList<PushAnswer::Refusal> &refusals)
{
    QJsonArray array;
    for (const PushAnswer::Refusal &r : refusals)
        array.append(QJsonArray{uuidText(r.opId), r.field, r.reason});
    return array;
}

QList<PushAnswer::Refusal> readRefusals(Reader &in, const QString &key)
{
    QList<PushAnswer::Refusal> refusals;
    for (const QJsonValue &v : in.array(key)) {
        const QJsonArray item = v.toArray();
        const QUuid id = QUuid::fromString(item.at(0).toString());
        if (item.size() != 3 || id.isNull()) {
            in.fail(key, QCoreApplication::translate("SyncWire", "[operation id, field, reason] items"));
            break;
        }
        refusals.append({id, item.at(1).toString(), item.at(2).toString()});
    }
    return refusals;
}

const char *reasonName(StatusRefusal::Reason reason)
{
    return reason == StatusRefusal::Reason::Stale ? "stale" : "not_allowed";
}

} // namespace

QJsonObject EnrolRequest::toJson() const
{
    return {{key::Code, code}, {key::Office, officeCode}, {key::WorkstationId, uuidText(workstationId)}};
}

Result<EnrolRequest> EnrolRequest::fromJson(const QJsonObject &json)
{
    Reader in(json);
    EnrolRequest m{in.text(key::Code), in.text(key::Office), in.uuid(key::WorkstationId)};
    return in.result(std::move(m));
}

QJsonObject EnrolAnswer::toJson() const
{
    return {{key::Token, QString::fromLatin1(token)}, {key::Epoch, epoch}};
}

Result<EnrolAnswer> EnrolAnswer::fromJson(const QJsonObject &json)
{
    Reader in(json);
    EnrolAnswer m{in.text(key::Token).toLatin1(), in.text(key::Epoch)};
    if (m.token.isEmpty())
        in.fail(key::Token, QCoreApplication::translate("SyncWire", "a token"));
    return in.result(std::move(m));
}

QJsonObject Hello::toJson() const
{
    return {{key::ProtocolMin, protocolMin}, {key::ProtocolMax, protocolMax},
            {key::ClientVersion, clientVersion}, {key::ReleaseId, releaseId}};
}

Result<Hello> Hello::fromJson(const QJsonObject &json)
{
    Reader in(json);
    Hello m{in.number(key::ProtocolMin), in.number(key::ProtocolMax), in.text(key::ClientVersion, false),
            in.text(key::ReleaseId, false)};
    return in.result(std::move(m));
}

QJsonObject Welcome::toJson() const
{
    QJsonArray announced;
    for (const AnnouncedRelease &r : releases)
        announced.append(r.toJson());
    QJsonObject o{{key::Protocol, protocol},
                  {key::Epoch, epoch},
                  {key::EpochStart, QString::number(epochStart)},
                  {key::LastSeq, QString::number(lastSeq)},
                  {key::MinimumClientVersion, minimumClientVersion},
                  {key::ReleaseId, releaseId},
                  {key::ReleaseHash, releaseHash},
                  {key::Releases, announced},
                  {key::Office, officeCode},
                  {key::ServerTime, serverTime.toUTC().toString(Qt::ISODateWithMs)}};
    if (snapshot)
        o.insert(key::Snapshot, snapshot->toJson());
    return o;
}

Result<Welcome> Welcome::fromJson(const QJsonObject &json)
{
    Reader in(json);
    Welcome m;
    m.protocol = in.number(key::Protocol);
    m.epoch = in.text(key::Epoch);
    m.epochStart = in.sequence(key::EpochStart);
    m.lastSeq = in.sequence(key::LastSeq);
    m.minimumClientVersion = in.text(key::MinimumClientVersion);
    m.releaseId = in.text(key::ReleaseId);
    m.releaseHash = in.text(key::ReleaseHash);
    for (const QJsonValue &v : in.array(key::Releases)) {
        auto r = AnnouncedRelease::fromJson(v.toObject());
        if (!r) {
            in.fail(Error::invalid(key::Releases, QCoreApplication::translate("SyncWire", "releases: %1").arg(r.error().message)));
            break;
        }
        m.releases << *r;
    }
    m.officeCode = in.text(key::Office);
    m.serverTime = QDateTime::fromString(in.text(key::ServerTime), Qt::ISODateWithMs);
    if (in.has(key::Snapshot)) {
        // An offer this build cannot read is no offer: the workstation pulls instead.
        const SnapshotInfo offered = SnapshotInfo::fromJson(in.object(key::Snapshot));
        if (offered.isValid() && offered.format == SnapshotFormat)
            m.snapshot = offered;
    }
    return in.result(std::move(m));
}

QJsonObject ReleaseRequest::toJson() const
{
    return {{key::Id, id}};
}

Result<ReleaseRequest> ReleaseRequest::fromJson(const QJsonObject &json)
{
    Reader in(json);
    ReleaseRequest m{in.text(key::Id)};
    return in.result(std::move(m));
}

QJsonObject ReleaseAnswer::toJson() const
{
    return {{key::Id, id}, {key::Content, QString::fromUtf8(content)}};
}

Result<ReleaseAnswer> ReleaseAnswer::fromJson(const QJsonObject &json)
{
    Reader in(json);
    ReleaseAnswer m{in.text(key::Id), in.text(key::Content).toUtf8()};
    return in.result(std::move(m));
}

QJsonObject SnapshotChunkRequest::toJson() const
{
    return {{key::Name, name}, {key::Offset, QString::number(offset)}};
}

Result<SnapshotChunkRequest> SnapshotChunkRequest::fromJson(const QJsonObject &json)
{
    Reader in(json);
    SnapshotChunkRequest m{in.text(key::Name), in.sequence(key::Offset)};
    return in.result(std::move(m));
}

QJsonObject PushRequest::toJson() const
{
    return {{key::Operations, operationsJson(operations)}};
}

template<>
QByteArray packed(const PushRequest &message)
{
    QByteArray text("{");
    appendOperations(text, message.operations);
    text += '}';
    return packText(text);
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject &json)
{
    Reader in(json);
    const QJsonArray items = in.array(key::Operations);
    if (items.isEmpty() || items.size() > BatchOperations)
        in.fail(key::Operations, QCoreApplication::translate("SyncWire", "between 1 and %1 operations").arg(BatchOperations));
    PushRequest m;
    if (items.size() <= BatchOperations)
        m.operations = readOperations(in, items);
    return in.result(std::move(m));
}

QJsonObject PushAnswer::toJson() const
{
    QJsonArray stored;
    for (const Ack &a : acks)
        stored.append(QJsonArray{uuidText(a.opId), QString::number(a.seq)});
    return {{key::Acks, stored}, {key::Refused, refusalsJson(refused)}, {key::Later, refusalsJson(later)}};
}

template<>
QByteArray packed(const PushAnswer &message)
{
    // The acknowledgements, one per operation, written as text; the few refusals through their JSON.
    QByteArray text("{");
    appendJsonString(text, key::Acks);
    text += ":[";
    text.reserve(text.size() + message.acks.size() * 64);
    for (qsizetype i = 0; i < message.acks.size(); ++i) {
        text += i > 0 ? ",[\"" : "[\"";
        text += message.acks.at(i).opId.toByteArray(QUuid::WithoutBraces);
        text += "\",\"";
        text += QByteArray::number(message.acks.at(i).seq);
        text += "\"]";
    }
    text += "],";
    appendJsonString(text, key::Refused);
    text += ':' + QJsonDocument(refusalsJson(message.refused)).toJson(QJsonDocument::Compact) + ',';
    appendJsonString(text, key::Later);
    text += ':' + QJsonDocument(refusalsJson(message.later)).toJson(QJsonDocument::Compact) + '}';
    return packText(text);
}

Result<PushAnswer> PushAnswer::fromJson(const QJsonObject &json)
{
    Reader in(json);
    PushAnswer m;
    for (const QJsonValue &v : in.array(key::Acks)) {
        const QJsonArray pair = v.toArray();
        bool ok = false;
        const Ack ack{QUuid::fromString(pair.at(0).toString()), pair.at(1).toString().toLongLong(&ok)};
        if (pair.size() != 2 || ack.opId.isNull() || !ok || ack.seq <= 0) {
            in.fail(key::Acks, QCoreApplication::translate("SyncWire", "[operation id, sequence] pairs"));
            break;
        }
        m.acks << ack;
    }
    m.refused = readRefusals(in, key::Refused);
    m.later = readRefusals(in, key::Later);
    return in.result(std::move(m));
}

QJsonObject PullRequest::toJson() const
{
    return {{key::After, QString::number(after)}, {key::Limit, limit}};
}

Result<PullRequest> PullRequest::fromJson(const QJsonObject &json)
{
    Reader in(json);
    PullRequest m;
    m.after = in.sequence(key::After);
    if (in.has(key::Limit))
        m.limit = std::clamp(in.number(key::Limit), 1, MaxPullLimit);
    return in.result(std::move(m));
}

QJsonObject PullAnswer::toJson() const
{
    return {{key::Operations, operationsJson(operations)}, {key::Last, QString::number(last)}, {key::More, more}};
}

template<>
QByteArray packed(const PullAnswer &message)
{
    QByteArray text("{");
    appendOperations(text, message.operations);
    text += ',';
    appendJsonString(text, key::Last);
    text += ":\"" + QByteArray::number(message.last) + "\",";
    appendJsonString(text, key::More);
    text += message.more ? ":true}" : ":false}";
    return packText(text);
}

Result<PullAnswer> PullAnswer::fromJson(const QJsonObject &json)
{
    Reader in(json);
    PullAnswer m;
    m.operations = readOperations(in, in.array(key::Operations));
    m.last = in.sequence(key::Last);
    m.more = in.flag(key::More);
    return in.result(std::move(m));
}

QJsonObject StateCheckRequest::toJson() const
{
    return {{key::Seq, QString::number(seq)}, {key::Hash, QString::fromLatin1(hash)}};
}

Result<StateCheckRequest> StateCheckRequest::fromJson(const QJsonObject &json)
{
    Reader in(json);
    StateCheckRequest m{in.sequence(key::Seq), in.text(key::Hash).toLatin1()};
    return in.result(std::move(m));
}

QJsonObject StateCheckAnswer::toJson() const
{
    QJsonObject o{{key::Seq, QString::number(seq)}, {key::Ready, ready}};
    if (ready) {
        QJsonObject byPart;
        for (auto it = parts.cbegin(); it != parts.cend(); ++it)
            byPart.insert(it.key(), QString::fromLatin1(it.value()));
        o.insert(key::Hash, QString::fromLatin1(hash));
        o.insert(key::Parts, byPart);
    }
    return o;
}

Result<StateCheckAnswer> StateCheckAnswer::fromJson(const QJsonObject &json)
{
    Reader in(json);
    StateCheckAnswer m;
    m.seq = in.sequence(key::Seq);
    m.ready = in.flag(key::Ready);
    if (m.ready) {
        m.hash = in.text(key::Hash).toLatin1();
        const QJsonObject byPart = in.object(key::Parts);
        for (auto it = byPart.constBegin(); it != byPart.constEnd(); ++it)
            m.parts.insert(it.key(), it.value().toString().toLatin1());
    }
    return in.result(std::move(m));
}

QJsonObject StateRowsRequest::toJson() const
{
    return {{key::Seq, QString::number(seq)}, {key::Part, part}, {key::After, after}};
}

Result<StateRowsRequest> StateRowsRequest::fromJson(const QJsonObject &json)
{
    Reader in(json);
    StateRowsRequest m{in.sequence(key::Seq), in.text(key::Part), in.text(key::After, false)};
    return in.result(std::move(m));
}

QJsonObject StateRowsAnswer::toJson() const
{
    QJsonObject o{{key::Ready, ready}};
    if (ready) {
        QJsonArray page;
        for (const auto &[k, digest] : rows)
            page.append(QJsonArray{k, QString::fromLatin1(digest)});
        o.insert(key::Rows, page);
        o.insert(key::More, more);
    }
    return o;
}

Result<StateRowsAnswer> StateRowsAnswer::fromJson(const QJsonObject &json)
{
    Reader in(json);
    StateRowsAnswer m;
    m.ready = in.flag(key::Ready);
    if (m.ready) {
        for (const QJsonValue &v : in.array(key::Rows)) {
            const QJsonArray row = v.toArray();
            if (row.size() != 2 || !row.at(0).isString() || !row.at(1).isString()) {
                in.fail(key::Rows, QCoreApplication::translate("SyncWire", "[key, digest] pairs"));
                break;
            }
            m.rows.append({row.at(0).toString(), row.at(1).toString().toLatin1()});
        }
        m.more = in.flag(key::More);
    }
    return in.result(std::move(m));
}

QJsonObject StatusRefusal::toFields() const
{
    return {{key::CaseId, uuidText(caseId)},
            {key::Kind, key::Refused},
            {key::At, at},
            {key::ReleaseId, releaseId},
            {key::To, to},
            {key::Status, status},
            {key::Reason, QLatin1String(reasonName(reason))},
            {key::RefusedOp, uuidText(refusedOp)},
            {key::RefusedWorkstation, uuidText(refusedWorkstation)}};
}

bool StatusRefusal::isRefusal(const Operation &op)
{
    return op.entity == entity::CaseEvent && op.fields.value(key::Kind).toString() == key::Refused;
}

std::optional<StatusRefusal> StatusRefusal::of(const Operation &op)
{
    if (!isRefusal(op))
        return std::nullopt;
    Reader in(op.fields);
    StatusRefusal r;
    r.caseId = in.uuid(key::CaseId);
    r.at = in.text(key::At);
    r.releaseId = in.text(key::ReleaseId);
    r.to = in.text(key::To);
    r.status = in.text(key::Status);
    const QString reason = in.text(key::Reason);
    if (reason == QLatin1String(reasonName(Reason::Stale)))
        r.reason = Reason::Stale;
    else if (reason == QLatin1String(reasonName(Reason::NotAllowed)))
        r.reason = Reason::NotAllowed;
    else
        in.fail(key::Reason, QStringLiteral("stale, not_allowed"));
    r.refusedOp = in.uuid(key::RefusedOp);
    r.refusedWorkstation = in.uuid(key::RefusedWorkstation);
    auto read = in.result(std::move(r));
    return read ? std::optional(*read) : std::nullopt;
}

} // namespace guichet::sync
