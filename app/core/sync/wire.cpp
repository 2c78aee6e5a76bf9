// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire.h"
#include "domain/entities.h"

#include "domain/fieldversion.h"
#include "domain/types.h"
#include "domain/validators.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <zlib.h>

namespace guichet::sync {

namespace {

Error bad(const QString &field, const QString &message)
{
    return Error::invalid(field, message);
}

} // namespace

bool isSyncedEntity(const QString &entity)
{
    static const QStringList entities{entity::Citizen, entity::Case,
                                      entity::CaseEvent, entity::Agent,
                                      entity::Conflict, entity::CitizenMerge,
                                      entity::CitizenChange};
    return entities.contains(entity);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonObject Operation::toJson() const
{
    QByteArray text;
    appendJson(text);
    return QJsonDocument::fromJson(text).object();
}

void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (uchar(c) < 0x20) {
                out += "\\u00";
                out += hex[uchar(c) >> 4];
                out += hex[uchar(c) & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void Operation::appendJson(QByteArray &out) const
{
    // The members of toJson(); fromJson() reads them back.
    out += "{\"op_id\":\"";
    out += opId.toByteArray(QUuid::WithoutBraces);
    out += "\",\"entity\":";
    appendJsonString(out, entity);
    out += ",\"entity_id\":\"";
    out += entityId.toByteArray(QUuid::WithoutBraces);
    out += "\",\"op\":";
    appendJsonString(out, op);
    out += ",\"fields\":";
    out += QJsonDocument(fields).toJson(QJsonDocument::Compact);
    // 64-bit integers travel as decimal strings: JSON numbers lose precision above 2^53.
    out += ",\"hlc\":\"";
    out += QByteArray::number(hlc);
    out += "\",\"workstation_id\":\"";
    out += workstationId.toByteArray(QUuid::WithoutBraces);
    out += "\",\"schema_version\":";
    out += QByteArray::number(schemaVersion);
    out += ",\"created_at\":";
    appendJsonString(out, createdAt);
    if (!agentId.isNull()) {
        out += ",\"agent_id\":\"";
        out += agentId.toByteArray(QUuid::WithoutBraces);
        out += '"';
    }
    if (hqSeq > 0) {
        out += ",\"hq_seq\":\"";
        out += QByteArray::number(hqSeq);
        out += '"';
    }
    out += '}';
}

Result<Operation> Operation::fromJson(const QJsonObject &o)
{
    Operation op;
    auto uuid = [&](const char *key, bool required, QUuid &out) -> Result<void> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        out = QUuid::fromString(v.toString());
        if (out.isNull())
            return std::unexpected(bad(QLatin1String(key), QCoreApplication::translate("SyncWire", "%1: a UUID was expected.").arg(QLatin1String(key))));
        return {};
    };
    // 64-bit integers travel as decimal strings: JSON numbers lose precision above 2^53.
    auto integer = [&](const char *key, bool required, qint64 &out) -> Result<void> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        bool ok = false;
        out = v.toString().toLongLong(&ok);
        if (!ok || out < 0)
            return std::unexpected(bad(QLatin1String(key),
                                       QCoreApplication::translate("SyncWire", "%1: a positive integer written as a string was expected.").arg(QLatin1String(key))));
        return {};
    };
    if (auto r = uuid("op_id", true, op.opId); !r) return std::unexpected(r.error());
    if (auto r = uuid("entity_id", true, op.entityId); !r) return std::unexpected(r.error());
    if (auto r = uuid("workstation_id", true, op.workstationId); !r) return std::unexpected(r.error());
    if (auto r = uuid("agent_id", false, op.agentId); !r) return std::unexpected(r.error());
    if (auto r = integer("hlc", true, op.hlc); !r) return std::unexpected(r.error());
    if (auto r = integer("hq_seq", false, op.hqSeq); !r) return std::unexpected(r.error());
    op.entity = o.value(QStringLiteral("entity")).toString();
    if (!isSyncedEntity(op.entity))
        return std::unexpected(bad(QStringLiteral("entity"),
                                   QCoreApplication::translate("SyncWire", "entity: \"%1\" is not data a workstation may write.").arg(op.entity)));
    op.op = o.value(QStringLiteral("op")).toString();
    // Only a case is deleted (a tombstone: see store/lifecycle.h); people are merged, never deleted.
    static const QStringList ops{operation::Insert, operation::Update, operation::Append};
    if (!ops.contains(op.op) && !(op.op == operation::Delete && op.entity == entity::Case))
        return std::unexpected(bad(QStringLiteral("op"), QCoreApplication::translate("SyncWire", "op: insert, update or append was expected (delete for a case only).")));
    const QJsonValue fields = o.value(QStringLiteral("fields"));
    if (!fields.isObject())
        return std::unexpected(bad(QStringLiteral("fields"), QCoreApplication::translate("SyncWire", "fields: an object was expected.")));
    op.fields = fields.toObject();
    const QJsonValue version = o.value(QStringLiteral("schema_version"));
    if (!version.isDouble() || version.toInt() < 1)
        return std::unexpected(bad(QStringLiteral("schema_version"), QCoreApplication::translate("SyncWire", "schema_version: a positive integer was expected.")));
    op.schemaVersion = version.toInt();
    op.createdAt = o.value(QStringLiteral("created_at")).toString();
    if (op.createdAt.isEmpty())
        return std::unexpected(bad(QStringLiteral("created_at"), QCoreApplication::translate("SyncWire", "created_at: an ISO 8601 time was expected.")));
    return op;
}

namespace {

/// Reason: a person's text that says something (not blank). PersonChanges: a
/// correction's {"field": {"from": …, "to": …}}, every field a person's, at
/// least one, both values person texts.
enum class Kind { Text, PersonText, Reason, Uuid, Bool, Json, Versions, PersonChanges };

struct FieldRule
{
    const char *name;
    Kind kind;
    bool required;
};

/// What each (entity, op) may carry. `open`: a case event's payload, whose
/// other keys are the event's own (text, from, to, reason, document…).
struct OperationRule
{
    const char *entity;
    const char *op;
    QList<FieldRule> fields;
    bool open = false;
};

/// A person's fields, as a citizen insert carries them.
const QList<FieldRule> &personFields()
{
    using K = Kind;
    static const QList<FieldRule> person{
        {"family_name", K::PersonText, true}, {"used_name", K::PersonText, false}, {"first_names", K::PersonText, true},
        {"sex", K::PersonText, true}, {"birth_date", K::PersonText, true}, {"birth_place_code", K::PersonText, false},
        {"birth_place_name", K::PersonText, false}, {"birth_country", K::PersonText, false},
        {"address_line", K::PersonText, false}, {"postal_code", K::PersonText, false}, {"city", K::PersonText, false},
        {"phone", K::PersonText, false}, {"email", K::PersonText, false}, {"language", K::PersonText, false}};
    return person;
}

const QList<OperationRule> &rules()
{
    using K = Kind;
    const QList<FieldRule> &person = personFields();
    auto optional = [](QList<FieldRule> list) {
        for (FieldRule &f : list)
            f.required = false;
        return list;
    };
    static const QList<OperationRule> all{
        {"citizen", "insert", person + QList<FieldRule>{{"created_at", K::Text, false}}},
        {"citizen", "update", optional(person) + QList<FieldRule>{{"_base", K::Json, false}}},
        {"case", "insert",
         {{"tracking_number", K::Text, true}, {"citizen_id", K::Uuid, true}, {"module_id", K::Text, true},
          {"procedure_id", K::Text, true}, {"channel", K::Text, true}, {"status", K::Text, true}, {"closed", K::Bool, false},
          {"office_code", K::Text, true}, {"service", K::Text, false}, {"due_date", K::Text, false}, {"summary", K::Text, false},
          {"data", K::Json, false}, {"missing_documents", K::Json, false}, {"release_id", K::Text, false},
          {"created_at", K::Text, false}}},
        {"case", "update",
         {{"status", K::Text, false}, {"closed", K::Bool, false}, {"service", K::Text, false}, {"due_date", K::Text, false},
          {"summary", K::Text, false}, {"data", K::Json, false}, {"missing_documents", K::Json, false}, {"_base", K::Json, false}}},
        {"case", "delete", {{"reason", K::Text, true}, {"at", K::Text, false}}},
        {"case_event", "append",
         {{"case_id", K::Uuid, true}, {"kind", K::Text, true}, {"at", K::Text, true}, {"release_id", K::Text, true}}, true},
        {"agent", "insert",
         {{"login", K::Text, true}, {"display_name", K::Text, true}, {"role", K::Text, true}, {"office_code", K::Text, true},
          {"password_hash", K::Text, true}}},
        {"agent", "update", {{"login", K::Text, false}, {"display_name", K::Text, false}, {"role", K::Text, false}, {"active", K::Bool, false}}},
        {"conflict", "append", {{"entity", K::Text, true}, {"field", K::Text, true}, {"versions", K::Versions, true}}},
        {"citizen_merge", "append", {{"merged", K::Uuid, true}, {"into", K::Uuid, true}, {"at", K::Text, false}}},
        // A correction at the counter, kept in the person's history; its fields
        // travel beside it as a citizen update (CitizenRepository::correct).
        {"citizen_change", "append",
         {{"citizen_id", K::Uuid, true}, {"at", K::Text, true}, {"office_code", K::Text, true}, {"reason", K::Reason, true},
          {"changes", K::PersonChanges, true}}},
    };
    return all;
}

bool isPersonText(const QJsonValue &v)
{
    return v.isString() && v.toString().size() <= validate::MaxPersonTextChars;
}

bool hasKind(const QJsonValue &v, Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return v.isString() || v.isNull();
    case Kind::PersonText:
        return isPersonText(v) || v.isNull();
    case Kind::Reason:
        return isPersonText(v) && !v.toString().trimmed().isEmpty();
    case Kind::PersonChanges: {
        const QJsonObject changes = v.toObject();
        if (!v.isObject() || changes.isEmpty())
            return false;
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            const bool isPersonField = std::any_of(personFields().cbegin(), personFields().cend(),
                                                   [&](const FieldRule &f) { return it.key() == QLatin1String(f.name); });
            const QJsonObject change = it.value().toObject();
            if (!isPersonField || !it.value().isObject() || change.size() != 2
                || !isPersonText(change.value(QStringLiteral("from"))) || !isPersonText(change.value(QStringLiteral("to"))))
                return false;
        }
        return true;
    }
    case Kind::Uuid:
        return !QUuid::fromString(v.toString()).isNull();
    case Kind::Bool:
        return v.isBool();
    case Kind::Json:
        return v.isObject() || v.isArray() || v.isNull() || v.isString();
    case Kind::Versions:
        if (!v.isArray())
            return false;
        for (const QJsonValue &version : v.toArray())
            if (!FieldVersion::parse(version.toString()))
                return false;
        return true;
    }
    return false;
}

/// About the size of a value as compact JSON, without writing it: checked
/// for every operation HQ receives, so it allocates nothing.
qsizetype jsonSize(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString().size() + 2;
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        qsizetype n = 2;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            n += it.key().size() + 4 + jsonSize(it.value());
        return n;
    }
    case QJsonValue::Array: {
        qsizetype n = 2;
        for (const QJsonValue &item : v.toArray())
            n += 1 + jsonSize(item);
        return n;
    }
    default:
        return 8;
    }
}

} // namespace

QStringList writtenFields(const QString &entity, const QString &op)
{
    QStringList fields;
    for (const OperationRule &rule : rules()) {
        if (entity != QLatin1String(rule.entity) || op != QLatin1String(rule.op))
            continue;
        for (const FieldRule &f : rule.fields)
            if (qstrcmp(f.name, "_base") != 0 && qstrcmp(f.name, "created_at") != 0)
                fields << QLatin1String(f.name);
    }
    return fields;
}

Result<void> validate(const Operation &op)
{
    const OperationRule *rule = nullptr;
    for (const OperationRule &r : rules())
        if (op.entity == QLatin1String(r.entity) && op.op == QLatin1String(r.op))
            rule = &r;
    if (!rule)
        return std::unexpected(bad(QStringLiteral("op"),
            QCoreApplication::translate("SyncWire", "op: a %1 cannot be \"%2\".").arg(op.entity, op.op)));
    if (jsonSize(op.fields) > MaxOperationBytes)
        return std::unexpected(bad(QStringLiteral("fields"),
            QCoreApplication::translate("SyncWire", "fields: more than %1 bytes; shorten the text.").arg(MaxOperationBytes)));
    for (const FieldRule &f : rule->fields) {
        const QJsonValue v = op.fields.value(QLatin1String(f.name));
        if (v.isUndefined()) {
            if (f.required)
                return std::unexpected(bad(QLatin1String(f.name),
                    QCoreApplication::translate("SyncWire", "%1: missing; a %2 %3 needs it.").arg(QLatin1String(f.name), op.entity, op.op)));
            continue;
        }
        if (!hasKind(v, f.kind))
            return std::unexpected(bad(QLatin1String(f.name),
                QCoreApplication::translate("SyncWire", "%1: not a value this field takes (wrong type, or too long).").arg(QLatin1String(f.name))));
    }
    if (!rule->open)
        for (auto it = op.fields.constBegin(); it != op.fields.constEnd(); ++it) {
            const bool known = std::any_of(rule->fields.cbegin(), rule->fields.cend(),
                                           [&](const FieldRule &f) { return it.key() == QLatin1String(f.name); });
            if (!known)
                return std::unexpected(bad(it.key(),
                    QCoreApplication::translate("SyncWire", "%1: not a field of a %2 %3.").arg(it.key(), op.entity, op.op)));
        }
    // A timeline line every office can read: one of the kinds it knows.
    if (op.entity == entity::CaseEvent && !eventKindFromKey(op.fields.value(QLatin1String("kind")).toString()))
        return std::unexpected(bad(QStringLiteral("kind"),
            QCoreApplication::translate("SyncWire", "kind: \"%1\" is not a kind of case event.")
                .arg(op.fields.value(QLatin1String("kind")).toString())));
    return {};
}

QByteArray pack(const QJsonObject &document)
{
    return packText(QJsonDocument(document).toJson(QJsonDocument::Compact));
}

QByteArray packText(const QByteArray &json)
{
    return qCompress(json, 6);
}

Result<QJsonObject> unpack(const QByteArray &body)
{
    // qCompress puts the inflated size first (4 bytes, big-endian): refuse a
    // bomb before inflating it.
    if (body.size() < 5)
        return std::unexpected(bad(QStringLiteral("body"), QCoreApplication::translate("SyncWire", "The body is empty or truncated.")));
    if (body.size() > MaxBodyBytes)
        return std::unexpected(bad(QStringLiteral("body"), QCoreApplication::translate("SyncWire", "The body is larger than %1 bytes.").arg(MaxBodyBytes)));
    const quint32 declared = qFromBigEndian<quint32>(body.constData());
    if (declared > quint32(MaxJsonBytes))
        return std::unexpected(bad(QStringLiteral("body"), QCoreApplication::translate("SyncWire", "The body would unpack to more than %1 bytes.").arg(MaxJsonBytes)));
    // Inflated in a bounded stream: a body that lies about its size stops at
    // MaxJsonBytes instead of growing as far as it likes.
    QByteArray json;
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return std::unexpected(bad(QStringLiteral("body"), QCoreApplication::translate("SyncWire", "The body is not zlib-compressed data, or it is truncated.")));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData() + 4));
    stream.avail_in = uInt(body.size() - 4);
    json.resize(std::min<qsizetype>(qsizetype(declared) + 1, MaxJsonBytes + 1));
    int status = Z_OK;
    while (status == Z_OK) {
        if (stream.total_out >= uLong(json.size())) {
            if (json.size() > MaxJsonBytes)
                break;
            json.resize(std::min<qsizetype>(json.size() * 2, MaxJsonBytes + 1));
        }
        stream.next_out = reinterpret_cast<Bytef *>(json.data() + stream.total_out);
        stream.avail_out = uInt(json.size() - qsizetype(stream.total_out));
        status = inflate(&stream, Z_NO_FLUSH);
        if (status == Z_BUF_ERROR && stream.avail_out == 0)
            status = Z_OK;  // room was short: grow and go on
    }
    const qsizetype produced = qsizetype(stream.total_out);
    inflateEnd(&stream);
    if (produced > MaxJsonBytes)
        return std::unexpected(bad(QStringLiteral("body"), QCoreApplication::translate("SyncWire", "The body would unpack to more than %1 bytes.").arg(MaxJsonBytes)));
    if (status != Z_STREAM_END || produced == 0)
        return std::unexpected(bad(QStringLiteral("body"), QCoreApplication::translate("SyncWire", "The body is not zlib-compressed data, or it is truncated.")));
    json.truncate(produced);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(bad(QStringLiteral("body"), QCoreApplication::translate("SyncWire", "The body is not a JSON object: %1.").arg(error.errorString())));
    return doc.object();
}

} // namespace guichet::sync
