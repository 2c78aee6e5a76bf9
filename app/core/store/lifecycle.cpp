// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle.h"

#include "database.h"
#include "statement.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace guichet::lifecycle {

namespace {

QVariant orNull(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

/// merged_into for everyone a merge names, from all merges in order.
Result<void> resolveMerges(Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT merged_id, into_id FROM citizen_merges ORDER BY hlc, workstation_id, id")))
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "merge the records")));
    QHash<QByteArray, QByteArray> parent;
    const auto root = [&](QByteArray id) {
        for (auto it = parent.constFind(id); it != parent.constEnd(); it = parent.constFind(id))
            id = *it;
        return id;
    };
    QList<QByteArray> named;
    while (q.next()) {
        const QByteArray merged = q.value(0).toByteArray(), into = q.value(1).toByteArray();
        named << merged << into;
        const QByteArray a = root(merged), b = root(into);
        if (a != b)
            parent.insert(a, b);
    }
    QSqlQuery &set = db.prepared(QStringLiteral("UPDATE citizens SET merged_into = ? WHERE id = ? AND merged_into IS NOT ?"));
    for (const QByteArray &id : std::as_const(named)) {
        const QByteArray r = root(id);
        set.addBindValue(orNull(r == id ? QByteArray() : r));
        set.addBindValue(id);
        set.addBindValue(orNull(r == id ? QByteArray() : r));
        if (auto e = Database::exec(set, QT_TRANSLATE_NOOP("Database", "merge the records")); !e)
            return e;
    }
    return {};
}

} // namespace

Result<void> buryCase(Database &db, const QByteArray &caseId, const Stamp &stamp, const QString &reason)
{
    QSqlQuery &q = db.prepared(QStringLiteral(
        "INSERT INTO tombstones(entity, entity_id, hlc, workstation_id, agent_id, at, reason) VALUES ('case', ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(entity_id, entity) DO UPDATE SET hlc = excluded.hlc, workstation_id = excluded.workstation_id, "
        "agent_id = excluded.agent_id, at = excluded.at, reason = excluded.reason "
        "WHERE excluded.hlc < hlc OR (excluded.hlc = hlc AND excluded.workstation_id < workstation_id)"));
    q.addBindValue(caseId);
    q.addBindValue(stamp.hlc);
    q.addBindValue(stamp.workstationId);
    q.addBindValue(orNull(stamp.agentId));
    q.addBindValue(stamp.at);
    q.addBindValue(reason);
    if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "delete the case")); !r)
        return r;
    return keepBuried(db, caseId);
}

Result<void> keepBuried(Database &db, const QByteArray &caseId)
{
    // Once per case received by sync: the faster interface.
    return db.statement(QStringLiteral(
        "UPDATE cases SET deleted = 1 WHERE id = ? AND deleted = 0 "
        "AND EXISTS (SELECT 1 FROM tombstones WHERE entity_id = ? AND entity = 'case')"))
        .bindBlob(caseId).bindBlob(caseId).run(QT_TRANSLATE_NOOP("Database", "delete the case"));
}

Result<void> mergeCitizens(Database &db, const QByteArray &mergeId, const QByteArray &merged, const QByteArray &into,
                           const Stamp &stamp)
{
    QSqlQuery &q = db.prepared(QStringLiteral(
        "INSERT OR IGNORE INTO citizen_merges(id, merged_id, into_id, hlc, workstation_id, agent_id, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(mergeId);
    q.addBindValue(merged);
    q.addBindValue(into);
    q.addBindValue(stamp.hlc);
    q.addBindValue(stamp.workstationId);
    q.addBindValue(orNull(stamp.agentId));
    q.addBindValue(stamp.at);
    if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "merge the records")); !r)
        return r;
    return resolveMerges(db);
}

Result<void> recordCitizenChange(Database &db, const QByteArray &changeId, const QByteArray &citizenId, const Stamp &stamp,
                                 const QString &officeCode, const QString &reason, const QJsonObject &changes)
{
    // Once per correction received by sync: the faster interface.
    Statement &q = db.statement(QStringLiteral(
        "INSERT INTO citizen_changes(id, citizen_id, at, agent_id, workstation_id, hlc, office_code, reason, changes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING"));
    q.bindBlob(changeId).bindBlob(citizenId).bind(stamp.at);
    if (stamp.agentId.isEmpty())
        q.bindNull();
    else
        q.bindBlob(stamp.agentId);
    // Texts are NOT NULL: an office code never set is the empty text, not NULL.
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    q.bindBlob(stamp.workstationId).bind(stamp.hlc).bind(text(officeCode)).bind(text(reason));
    q.bind(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    return q.run(QT_TRANSLATE_NOOP("Database", "keep the correction in the person's history"));
}

} // namespace guichet::lifecycle
