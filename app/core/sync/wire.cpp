// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtEndian>

namespace guichet::sync {

namespace {

Error bad(const QString &field, const QString &message)
{
    return Error::invalid(field, message);
}

} // namespace

bool isSyncedEntity(const QString &entity)
{
    static const QStringList entities{QStringLiteral("citizen"), QStringLiteral("case"),
                                      QStringLiteral("case_event"), QStringLiteral("agent"),
                                      QStringLiteral("conflict"), QStringLiteral("citizen_merge")};
    return entities.contains(entity);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonObject Operation::toJson() const
{
    QJsonObject o{{QStringLiteral("op_id"), uuidText(opId)},
                  {QStringLiteral("entity"), entity},
                  {QStringLiteral("entity_id"), uuidText(entityId)},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("fields"), fields},
                  {QStringLiteral("hlc"), QString::number(hlc)},
                  {QStringLiteral("workstation_id"), uuidText(workstationId)},
                  {QStringLiteral("schema_version"), schemaVersion},
                  {QStringLiteral("created_at"), createdAt}};
    if (!agentId.isNull())
        o.insert(QStringLiteral("agent_id"), uuidText(agentId));
    if (hqSeq > 0)
        o.insert(QStringLiteral("hq_seq"), QString::number(hqSeq));
    return o;
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
    static const QStringList ops{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("append")};
    if (!ops.contains(op.op) && !(op.op == QLatin1String("delete") && op.entity == QLatin1String("case")))
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

QByteArray pack(const QJsonObject &document)
{
    return qCompress(QJsonDocument(document).toJson(QJsonDocument::Compact), 6);
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
    const QByteArray json = qUncompress(body);
    if (json.isEmpty())
        return std::unexpected(bad(QStringLiteral("body"), QCoreApplication::translate("SyncWire", "The body is not zlib-compressed data, or it is truncated.")));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(bad(QStringLiteral("body"), QCoreApplication::translate("SyncWire", "The body is not a JSON object: %1.").arg(error.errorString())));
    return doc.object();
}

} // namespace guichet::sync
