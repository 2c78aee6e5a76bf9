// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictrepository.h"
#include "domain/entities.h"

#include "domain/fieldversion.h"

#include "database.h"
#include "searchindex.h"
#include "domain/types.h"
#include "domain/uuidv7.h"
#include "domain/hlc.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace guichet {

namespace {

QJsonValue storedValue(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array().at(0);
}

QVariant columnValue(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    return v.toVariant();
}

} // namespace

bool ConflictRepository::canTakeOther(const QString &entity, const QString &field)
{
    // A case's status and its closed flag move together through the workflow.
    return entity == entity::Citizen
           || (entity == entity::Case && field != QLatin1String("status") && field != QLatin1String("closed"));
}

Result<int> ConflictRepository::openCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM conflicts WHERE settled = 0 GROUP BY entity_id, field)"))
        || !q.next())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the conflicts")));
    return q.value(0).toInt();
}

Result<QList<ConflictRepository::Conflict>> ConflictRepository::open(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT k.entity, k.entity_id, k.field, k.hlc, k.workstation_id, k.value, "
        "  coalesce(c.family_name, ''), coalesce(c.used_name, ''), coalesce(c.first_names, ''), coalesce(s.tracking_number, '') "
        "FROM conflicts k LEFT JOIN citizens c ON k.entity = 'citizen' AND c.id = k.entity_id "
        "LEFT JOIN cases s ON k.entity = 'case' AND s.id = k.entity_id "
        "WHERE k.settled = 0 ORDER BY k.entity_id, k.field, k.hlc LIMIT ?"));
    q.addBindValue(limit * 4);
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the conflicts")));
    QList<Conflict> out;
    while (q.next()) {
        const QUuid id = uuidFromBytes(q.value(1).toByteArray());
        const QString field = q.value(2).toString();
        if (out.isEmpty() || out.last().entityId != id || out.last().field != field) {
            if (out.size() == limit)
                break;
            Conflict c;
            c.entity = q.value(0).toString();
            c.entityId = id;
            c.field = field;
            if (c.entity == entity::Citizen) {
                Citizen who;
                who.familyName = q.value(6).toString();
                who.usedName = q.value(7).toString();
                who.firstNames = q.value(8).toString();
                c.record = who.displayName();
            } else {
                c.record = q.value(9).toString();
            }
            out << c;
        }
        const qint64 hlc = q.value(3).toLongLong();
        out.last().others << Other{FieldVersion{hlc, q.value(4).toByteArray()}.toString(), storedValue(q.value(5).toString()),
                                   QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::physicalMs(hlc), Qt::UTC)};
    }
    // The value in force of each.
    for (Conflict &c : out) {
        const QString table = c.entity == entity::Citizen ? QStringLiteral("citizens") : QStringLiteral("cases");
        QSqlQuery v(m_db.connection());
        v.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(c.field, table));
        v.addBindValue(uuidBytes(c.entityId));
        if (v.exec() && v.next())
            c.current = QJsonValue::fromVariant(v.value(0));
    }
    return out;
}

Result<void> ConflictRepository::settle(const Conflict &conflict, int take, const QUuid &agentId)
{
    if (take >= conflict.others.size() || (take >= 0 && !canTakeOther(conflict.entity, conflict.field)))
        return std::unexpected(Error::invalid(QStringLiteral("take"),
            QCoreApplication::translate("ConflictRepository", "This value cannot be taken here: a case's status moves "
                                                              "through the case window. Keep the value in force.")));
    if (conflict.entity != entity::Citizen && conflict.entity != entity::Case)
        return std::unexpected(Error::invalid(QStringLiteral("entity"),
            QCoreApplication::translate("ConflictRepository", "Unknown kind of record in a conflict.")));
    static const QStringList fields{QStringLiteral("family_name"), QStringLiteral("used_name"), QStringLiteral("first_names"),
        QStringLiteral("sex"), QStringLiteral("birth_date"), QStringLiteral("birth_place_code"), QStringLiteral("birth_place_name"),
        QStringLiteral("birth_country"), QStringLiteral("address_line"), QStringLiteral("postal_code"), QStringLiteral("city"),
        QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("language"), QStringLiteral("status"),
        QStringLiteral("closed"), QStringLiteral("service"), QStringLiteral("due_date"), QStringLiteral("summary"),
        QStringLiteral("data"), QStringLiteral("missing_documents")};
    if (!fields.contains(conflict.field))
        return std::unexpected(Error::invalid(QStringLiteral("field"),
            QCoreApplication::translate("ConflictRepository", "Unknown field in a conflict.")));
    const QString table = conflict.entity == entity::Citizen ? QStringLiteral("citizens") : QStringLiteral("cases");
    const QByteArray id = uuidBytes(conflict.entityId);

    Database::Transaction tx(m_db);
    if (take >= 0) {
        const QJsonValue value = conflict.others.at(take).value;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ? WHERE id = ?").arg(table, conflict.field));
        q.addBindValue(columnValue(value));
        q.addBindValue(Database::timestamp(m_db.clock().now()));
        q.addBindValue(id);
        if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "settle a conflict")); !r)
            return r;
        if (auto r = m_db.recordChange({conflict.entity, conflict.entityId, operation::Update,
                                        {{conflict.field, value}}, agentId}); !r)
            return r;
        if (conflict.entity == entity::Citizen
            && (conflict.field == QLatin1String("family_name") || conflict.field == QLatin1String("used_name")
                || conflict.field == QLatin1String("first_names"))) {
            QSqlQuery n(m_db.connection());
            n.prepare(QStringLiteral("SELECT rowid, family_name, used_name, first_names FROM citizens WHERE id = ?"));
            n.addBindValue(id);
            if (n.exec() && n.next()) {
                if (auto r = searchindex::indexCitizen(m_db, n.value(0).toLongLong(), n.value(1).toString(),
                                                       n.value(2).toString(), n.value(3).toString()); !r)
                    return r;
            }
        }
    }
    QJsonArray versions;
    QSqlQuery done(m_db.connection());
    done.prepare(QStringLiteral(
        "UPDATE conflicts SET settled = 1 WHERE entity_id = ? AND field = ? AND hlc = ? AND workstation_id = ?"));
    for (const Other &o : conflict.others) {
        versions.append(o.version);
        const FieldVersion v = FieldVersion::parse(o.version).value_or(FieldVersion{});
        done.addBindValue(id);
        done.addBindValue(conflict.field);
        done.addBindValue(v.hlc);
        done.addBindValue(v.workstation);
        if (auto r = Database::exec(done, QT_TRANSLATE_NOOP("Database", "settle a conflict")); !r)
            return r;
    }
    if (auto r = m_db.recordChange({entity::Conflict, conflict.entityId, operation::Append,
                                    {{QStringLiteral("entity"), conflict.entity},
                                     {QStringLiteral("field"), conflict.field},
                                     {QStringLiteral("versions"), versions}},
                                    agentId}); !r)
        return r;
    return tx.commit();
}

} // namespace guichet
