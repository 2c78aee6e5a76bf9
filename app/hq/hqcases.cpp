// SPDX-License-Identifier: GPL-3.0-or-later
// The case authority: each case's status as HQ holds it, checked against the workflow, and HQ's refusals.
#include "hqstore.h"
#include "domain/entities.h"
#include "hqstore_p.h"

#include "domain/crashpoint.h"
#include "domain/fieldversion.h"
#include "store/database.h"
#include "store/referencestore.h"
#include "sync/replicator.h"
#include "sync/statehash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace guichet::hq {

using detail::storage;

Result<void> HqStore::rebuildCaseStates()
{
    // An HQ that held operations before it checked statuses: each case's
    // status is the last one set, in HQ's order.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT op, entity_id, fields, hlc, workstation_id FROM operations "
                               "WHERE entity = 'case' ORDER BY hq_seq")))
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the operations")));
    QSqlQuery insert(db), update(db);
    insert.prepare(QStringLiteral("INSERT INTO case_states(case_id, procedure_id, release_id, status, closed, version) "
                                  "VALUES (?, ?, ?, ?, ?, '') ON CONFLICT (case_id) DO NOTHING"));
    update.prepare(QStringLiteral("UPDATE case_states SET status = ?, closed = ?, version = ? WHERE case_id = ?"));
    while (q.next()) {
        const QJsonObject fields = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        QSqlQuery &w = q.value(0).toString() == operation::Insert ? insert : update;
        if (&w == &insert) {
            insert.addBindValue(q.value(1).toString());
            insert.addBindValue(fields.value(QStringLiteral("procedure_id")).toString());
            insert.addBindValue(fields.value(QStringLiteral("release_id")).toString());
            insert.addBindValue(fields.value(QStringLiteral("status")).toString());
            insert.addBindValue(fields.value(QStringLiteral("closed")).toBool());
        } else if (fields.contains(QStringLiteral("status"))) {
            update.addBindValue(fields.value(QStringLiteral("status")).toString());
            update.addBindValue(fields.value(QStringLiteral("closed")).toBool());
            update.addBindValue(FieldVersion{q.value(3).toLongLong(), uuidBytes(QUuid::fromString(q.value(4).toString()))}.toString());
            update.addBindValue(q.value(1).toString());
        } else {
            continue;
        }
        if (!w.exec())
            return std::unexpected(storage(w, QCoreApplication::translate("HqStore", "create its tables")));
    }
    return {};
}

Result<QList<sync::Operation>> HqStore::checkStatuses(const QList<sync::Operation> &fresh)
{
    // The cases this batch creates or moves, read once and followed in
    // memory in the batch's order, then written back once: one round trip
    // per few hundred cases on PostgreSQL, not several per operation.
    struct State
    {
        QString procedure, release, status, version;
        bool closed = false;
        bool dirty = false;
    };
    const auto checked = [](const sync::Operation &op) {
        return op.entity == entity::Case
               && (op.op == operation::Insert || op.fields.contains(QStringLiteral("status")));
    };
    QStringList ids;
    QSet<QString> named;
    for (const sync::Operation &op : fresh) {
        const QString id = sync::uuidText(op.entityId);
        if (checked(op) && !named.contains(id)) {
            named.insert(id);
            ids << id;
        }
    }
    if (ids.isEmpty())
        return QList<sync::Operation>{};
    if (auto r = useReleaseInForce(); !r)
        return std::unexpected(r.error());

    auto storageError = [](const QSqlQuery &q) {
        return storage(q, QCoreApplication::translate("HqStore", "check the case's status"));
    };
    QHash<QString, State> states;
    static const QString lookup = QStringLiteral("SELECT case_id, procedure_id, release_id, status, closed, version FROM case_states "
                                                 "WHERE case_id IN (%1)").arg(detail::inListPlaceholders());
    for (qsizetype from = 0; from < ids.size(); from += detail::InListSize) {
        QSqlQuery &q = prepared(lookup);
        detail::bindInList(q, ids.mid(from, detail::InListSize));
        if (!q.exec())
            return std::unexpected(storageError(q));
        while (q.next())
            states.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                                  q.value(5).toString(), q.value(4).toBool(), false});
        q.finish();
    }

    QList<sync::Operation> answers;
    for (const sync::Operation &op : fresh) {
        if (!checked(op))
            continue;
        const QString caseId = sync::uuidText(op.entityId);
        if (op.op == operation::Insert) {
            if (!states.contains(caseId))
                states.insert(caseId, {op.fields.value(QStringLiteral("procedure_id")).toString(),
                                       op.fields.value(QStringLiteral("release_id")).toString(),
                                       op.fields.value(QStringLiteral("status")).toString(), QStringLiteral(""),
                                       op.fields.value(QStringLiteral("closed")).toBool(), true});
            continue;
        }
        auto it = states.find(caseId);
        if (it == states.end())
            continue;  // a case HQ never received: nothing to check against
        State &held = *it;
        const QString to = op.fields.value(QStringLiteral("status")).toString();
        const QString base = op.fields.value(QStringLiteral("_base")).toObject().value(QStringLiteral("status")).toString();
        const FieldVersion version{op.hlc, uuidBytes(op.workstationId)};
        const auto heldVersion = FieldVersion::parse(held.version);
        const Workflow workflow = workflowOf(held.procedure);
        std::optional<sync::StatusRefusal::Reason> refusal;
        if (to == held.status)
            ;  // two offices made the same step: nothing to refuse
        else if (base != held.version)
            refusal = sync::StatusRefusal::Reason::Stale;       // made on a status another office had already changed
        else if (workflow.isValid() && !workflow.allows(held.status, to))
            refusal = sync::StatusRefusal::Reason::NotAllowed;  // a step the procedure does not have
        held.dirty = true;
        if (!refusal) {
            // The version workstations end on is the later of the two (last writer wins).
            if (to != held.status || !heldVersion || version > *heldVersion)
                held.version = version.toString();
            held.status = to;
            held.closed = op.fields.value(QStringLiteral("closed")).toBool();
            continue;
        }
        // HQ's answer is stamped after both the refused change and the status
        // it keeps, so every workstation ends on the status HQ holds.
        m_hlc.observe(op.hlc);
        const QString now = timestamp(m_clock.now());
        sync::Operation restore = ownOperation(entity::Case, op.entityId, operation::Update,
                                               heldVersion ? heldVersion->hlc : 0);
        restore.fields = {{QStringLiteral("status"), held.status}, {QStringLiteral("closed"), held.closed}};
        sync::Operation note = restore;
        note.opId = m_ids.next();
        note.entity = entity::CaseEvent;
        note.entityId = m_ids.next();
        note.op = operation::Append;
        note.fields = sync::StatusRefusal{.caseId = op.entityId,
                                          .at = now,
                                          .releaseId = held.release,
                                          .to = to,
                                          .status = held.status,
                                          .reason = *refusal,
                                          .refusedOp = op.opId,
                                          .refusedWorkstation = op.workstationId}.toFields();
        note.hlc = m_hlc.now();
        held.version = FieldVersion{restore.hlc, uuidBytes(m_hqId)}.toString();
        answers << restore << note;
    }

    // Written back: PostgreSQL by chunks of one multi-row statement, SQLite
    // (in process) with one prepared single-row statement, as push does.
    QStringList dirty;
    for (const QString &id : std::as_const(ids))
        if (states.value(id).dirty)
            dirty << id;
    const qsizetype rows = m_postgres ? detail::PostgresRowsPerInsert : 1;
    QSqlQuery upsert(QSqlDatabase::database(m_connection));
    qsizetype preparedRows = 0;
    for (qsizetype from = 0; from < dirty.size(); from += rows) {
        const qsizetype n = std::min(rows, dirty.size() - from);
        if (n != std::exchange(preparedRows, n)) {
            upsert = QSqlQuery(QSqlDatabase::database(m_connection));
            upsert.prepare(QStringLiteral("INSERT INTO case_states(case_id, procedure_id, release_id, status, closed, version) "
                                          "VALUES %1 ON CONFLICT (case_id) DO UPDATE SET status = excluded.status, "
                                          "closed = excluded.closed, version = excluded.version")
                               .arg(QStringList(n, QStringLiteral("(?, ?, ?, ?, ?, ?)")).join(QStringLiteral(", "))));
        }
        for (qsizetype i = from; i < from + n; ++i) {
            const State &st = states[dirty.at(i)];
            upsert.addBindValue(dirty.at(i));
            upsert.addBindValue(st.procedure);
            upsert.addBindValue(st.release);
            upsert.addBindValue(st.status);
            upsert.addBindValue(st.closed);
            upsert.addBindValue(st.version);
        }
        if (!upsert.exec())
            return std::unexpected(storageError(upsert));
    }
    return answers;
}

} // namespace guichet::hq
