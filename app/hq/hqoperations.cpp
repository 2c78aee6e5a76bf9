// SPDX-License-Identifier: GPL-3.0-or-later
// The operation log: push (checked whole, in HQ's order), pull, set-aside operations and epochs.
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

Result<void> HqStore::newEpoch()
{
    auto last = lastSequence();
    if (!last)
        return std::unexpected(last.error());
    const QString epoch = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto r = begin(); !r)
        return r;
    TransactionGuard guard(*this);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    for (const auto &[key, value] : {std::pair{QStringLiteral("epoch"), epoch},
                                     std::pair{QStringLiteral("epoch_start"), QString::number(*last)}}) {
        q.prepare(QStringLiteral("UPDATE hq_meta SET value = ? WHERE key = ?"));
        q.addBindValue(value);
        q.addBindValue(key);
        if (!q.exec()) {
            const Error e = storage(q, QCoreApplication::translate("HqStore", "start a new epoch"));
            return std::unexpected(e);
        }
    }
    if (auto r = guard.commit(); !r)
        return r;
    m_epoch = epoch;
    m_epochStart = *last;
    return {};
}


Result<QList<qint64>> HqStore::push(const QList<sync::Operation> &batch, QHash<qsizetype, Error> *refusals)
{
    QHash<qsizetype, Error> refused = refusals ? *refusals : QHash<qsizetype, Error>();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (auto r = begin(); !r)
        return std::unexpected(r.error());
    TransactionGuard guard(*this);
    QSqlQuery q(db);
    // PostgreSQL hands out sequence numbers before commit: taking the table's
    // write lock makes batches commit in sequence order, so a reader never sees
    // a number while a smaller one is still uncommitted (and would skip it).
    if (m_postgres && !q.exec(QStringLiteral("LOCK TABLE operations IN EXCLUSIVE MODE"))) {
        const Error e = storage(q, QCoreApplication::translate("HqStore", "lock the operations"));
        return std::unexpected(e);
    }
    // Rows another one refers to must be known to HQ, or come earlier in the
    // batch: a note on a case no office has would stop every receiver.
    if (auto r = checkReferences(batch, refused); !r) {
        return std::unexpected(r.error());
    }
    QList<sync::Operation> operations;
    operations.reserve(batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i)
        if (!refused.contains(i))
            operations << batch.at(i);
    // Rows go in the order given (HQ's sequence keeps each workstation's
    // order). PostgreSQL takes them by chunks of one multi-row INSERT, one
    // round trip per chunk; SQLite, in process, is fastest with one prepared
    // single-row INSERT reused (its binding of thousands of values is not).
    const qsizetype chunk = m_postgres ? detail::PostgresRowsPerInsert : 1;
    const QString now = timestamp(m_clock.now());
    QHash<QString, qint64> numbered;
    numbered.reserve(operations.size());
    qint64 applied = 0;
    QSqlQuery insert(db);
    qsizetype preparedRows = 0;
    for (qsizetype from = 0; from < operations.size(); from += chunk) {
        const qsizetype n = std::min(chunk, operations.size() - from);
        if (n != std::exchange(preparedRows, n)) {
            insert = QSqlQuery(db);
            insert.prepare(QStringLiteral(
                "INSERT INTO operations(op_id, entity, entity_id, op, fields, hlc, workstation_id, agent_id, schema_version, "
                "created_at, received_at) VALUES %1 ON CONFLICT (op_id) DO NOTHING RETURNING op_id, hq_seq")
                               .arg(QStringList(n, QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")).join(QStringLiteral(", "))));
        }
        for (qsizetype i = from; i < from + n; ++i) {
            const sync::Operation &op = operations.at(i);
            insert.addBindValue(sync::uuidText(op.opId));
            insert.addBindValue(op.entity);
            insert.addBindValue(sync::uuidText(op.entityId));
            insert.addBindValue(op.op);
            insert.addBindValue(QString::fromUtf8(QJsonDocument(op.fields).toJson(QJsonDocument::Compact)));
            insert.addBindValue(op.hlc);
            insert.addBindValue(sync::uuidText(op.workstationId));
            insert.addBindValue(op.agentId.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(sync::uuidText(op.agentId)));
            insert.addBindValue(op.schemaVersion);
            insert.addBindValue(op.createdAt);
            insert.addBindValue(now);
        }
        if (!insert.exec()) {
            const Error e = storage(insert, QCoreApplication::translate("HqStore", "store the operations"));
            return std::unexpected(e);
        }
        while (insert.next()) {
            numbered.insert(insert.value(0).toString(), insert.value(1).toLongLong());
            ++applied;
        }
        insert.finish();
    }
    // What was stored just now (not a batch sent again) goes through HQ's checks.
    QList<sync::Operation> fresh;
    for (const sync::Operation &op : operations)
        if (numbered.contains(sync::uuidText(op.opId)))
            fresh << op;
    auto answers = checkStatuses(fresh);
    if (!answers) {
        return std::unexpected(answers.error());
    }
    if (auto r = checkAgents(fresh, numbered); !r) {
        return std::unexpected(r.error());
    }
    if (auto r = storeOwn(*answers, now); !r) {
        return std::unexpected(r.error());
    }
    // Operations HQ already had (a batch sent again): their first numbers.
    QStringList known;
    for (const sync::Operation &op : operations)
        if (!numbered.contains(sync::uuidText(op.opId)))
            known << sync::uuidText(op.opId);
    for (qsizetype from = 0; from < known.size(); from += chunk) {
        const QStringList part = known.mid(from, chunk);
        QSqlQuery seq(db);
        seq.prepare(QStringLiteral("SELECT op_id, hq_seq, workstation_id, fields FROM operations WHERE op_id IN (%1)")
                        .arg(QStringList(part.size(), QStringLiteral("?")).join(u',')));
        for (const QString &id : part)
            seq.addBindValue(id);
        if (!seq.exec()) {
            const Error e = storage(seq, QCoreApplication::translate("HqStore", "number the operations"));
            return std::unexpected(e);
        }
        while (seq.next())
            numbered.insert(seq.value(0).toString(), seq.value(1).toLongLong());
        seq.finish();
        // The same id with another content or from another workstation is not
        // the same operation sent again: refused, never acknowledged as stored.
        if (!seq.exec()) {
            const Error e = storage(seq, QCoreApplication::translate("HqStore", "number the operations"));
            return std::unexpected(e);
        }
        QHash<QString, std::pair<QString, QJsonObject>> stored;
        while (seq.next())
            stored.insert(seq.value(0).toString(), {seq.value(2).toString(),
                                                    QJsonDocument::fromJson(seq.value(3).toString().toUtf8()).object()});
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const auto it = stored.constFind(sync::uuidText(batch.at(i).opId));
            if (it != stored.constEnd() && !refused.contains(i)
                && (it->first != sync::uuidText(batch.at(i).workstationId) || it->second != batch.at(i).fields))
                refused.insert(i, Error{Error::Code::Conflict, QStringLiteral("op_id"),
                    QCoreApplication::translate("HqStore", "op_id: HQ already holds another operation under this id.")});
        }
    }
    QList<qint64> sequences;
    sequences.reserve(batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i)
        sequences << (refused.contains(i) ? 0 : numbered.value(sync::uuidText(batch.at(i).opId)));
    if (refusals)
        *refusals = refused;
    crashPoint("hq-push-before-commit");
    if (auto r = guard.commit(); !r)
        return std::unexpected(r.error());
    crashPoint("hq-push-after-commit");
    m_counters.received += batch.size();
    m_counters.applied += applied;
    m_counters.refusedTransitions += answers->size() / 2;
    return sequences;
}

Result<void> HqStore::checkReferences(const QList<sync::Operation> &batch, QHash<qsizetype, Error> &refused)
{
    auto referencesOf = [](const sync::Operation &op) {
        QList<std::pair<QString, QString>> refs;  // (field, id)
        auto add = [&](const char *field) {
            refs.append({QLatin1String(field), sync::uuidText(QUuid::fromString(op.fields.value(QLatin1String(field)).toString()))});
        };
        if (op.entity == entity::Case && op.op == operation::Insert)
            add("citizen_id");
        else if (op.entity == entity::CaseEvent)
            add("case_id");
        else if (op.entity == entity::CitizenChange)
            add("citizen_id");
        else if (op.entity == entity::CitizenMerge) {
            add("merged");
            add("into");
        }
        return refs;
    };
    // What makes a new row under its entity id (a settlement's entity id is the settled record's).
    const auto creates = [](const sync::Operation &op) {
        return op.op == operation::Insert || (op.op == operation::Append && op.entity != entity::Conflict);
    };
    QStringList wanted;
    for (qsizetype i = 0; i < batch.size(); ++i)
        if (!refused.contains(i)) {
            for (const auto &ref : referencesOf(batch.at(i)))
                wanted << ref.second;
            if (creates(batch.at(i)))
                wanted << sync::uuidText(batch.at(i).entityId);
        }
    wanted.removeDuplicates();
    QSet<QString> known;
    QHash<QString, QString> createdBy;  // entity id → the op_id that created it
    static const QString lookup = QStringLiteral("SELECT entity_id, op, op_id FROM operations WHERE entity_id IN (%1) "
                                                 "AND (op = 'insert' OR (op = 'append' AND entity <> 'conflict'))")
                                      .arg(detail::inListPlaceholders());
    for (qsizetype from = 0; from < wanted.size(); from += detail::InListSize) {
        QSqlQuery &q = prepared(lookup);
        detail::bindInList(q, wanted.mid(from, detail::InListSize));
        if (!q.exec())
            return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the operations")));
        while (q.next()) {
            if (q.value(1).toString() == operation::Insert)
                known.insert(q.value(0).toString());
            createdBy.insert(q.value(0).toString(), q.value(2).toString());
        }
        q.finish();
    }
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (refused.contains(i))
            continue;
        const sync::Operation &op = batch.at(i);
        for (const auto &[field, id] : referencesOf(op))
            if (!known.contains(id)) {
                // Not refused for good: after HQ is restored from a backup, the
                // record may come back later from another workstation.
                refused.insert(i, Error{Error::Code::NotFound, field,
                    QCoreApplication::translate("HqStore", "%1: refers to a record HQ has not received yet; sent again at the next sync.").arg(field)});
                break;
            }
        // A row is created once: another operation creating the same id would
        // be skipped by every receiver, so it is refused here.
        const QString id = sync::uuidText(op.entityId);
        if (!refused.contains(i) && creates(op)) {
            const auto by = createdBy.constFind(id);
            if (by != createdBy.constEnd() && *by != sync::uuidText(op.opId))
                refused.insert(i, Error{Error::Code::Conflict, QStringLiteral("entity_id"),
                    QCoreApplication::translate("HqStore", "entity_id: HQ already holds a record with this id, created by another operation.")});
            else
                createdBy.insert(id, sync::uuidText(op.opId));
        }
        if (!refused.contains(i) && op.op == operation::Insert)
            known.insert(id);
    }
    return {};
}


Result<void> HqStore::storeOwn(const QList<sync::Operation> &operations, const QString &receivedAt)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO operations(op_id, entity, entity_id, op, fields, hlc, workstation_id, agent_id, "
                             "schema_version, created_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)"));
    for (const sync::Operation &op : operations) {
        q.addBindValue(sync::uuidText(op.opId));
        q.addBindValue(op.entity);
        q.addBindValue(sync::uuidText(op.entityId));
        q.addBindValue(op.op);
        q.addBindValue(QString::fromUtf8(QJsonDocument(op.fields).toJson(QJsonDocument::Compact)));
        q.addBindValue(op.hlc);
        q.addBindValue(sync::uuidText(op.workstationId));
        q.addBindValue(op.schemaVersion);
        q.addBindValue(op.createdAt);
        q.addBindValue(receivedAt);
        if (!q.exec())
            return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "store the operations")));
    }
    return {};
}

Result<HqStore::Page> HqStore::pull(const QUuid &workstation, qint64 after, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT hq_seq, op_id, entity, entity_id, op, fields, hlc, workstation_id, agent_id, "
                             "schema_version, created_at FROM operations o WHERE hq_seq > ? "
                             "AND NOT EXISTS (SELECT 1 FROM set_aside s WHERE s.op_id = o.op_id) ORDER BY hq_seq LIMIT ?"));
    q.addBindValue(after);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the operations")));
    Page page;
    page.last = after;
    const QString self = sync::uuidText(workstation);
    int seen = 0;
    qsizetype bytes = 0;
    while (q.next()) {
        // Pages are bounded in bytes too: long notes never make an answer the
        // workstation refuses.
        bytes += q.value(5).toString().size() + 300;
        if (++seen > limit || (seen > 1 && bytes > sync::PageBytes)) {
            page.more = true;
            break;
        }
        page.last = q.value(0).toLongLong();
        if (q.value(7).toString() == self)
            continue;
        sync::Operation op;
        op.hqSeq = page.last;
        op.opId = QUuid::fromString(q.value(1).toString());
        op.entity = q.value(2).toString();
        op.entityId = QUuid::fromString(q.value(3).toString());
        op.op = q.value(4).toString();
        op.fields = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        op.hlc = q.value(6).toLongLong();
        op.workstationId = QUuid::fromString(q.value(7).toString());
        op.agentId = QUuid::fromString(q.value(8).toString());
        op.schemaVersion = q.value(9).toInt();
        op.createdAt = q.value(10).toString();
        page.operations << op;
    }
    return page;
}


Result<void> HqStore::setAside(const QUuid &opId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("reason"),
            QCoreApplication::translate("HqStore", "--reason: say why the operation is set aside; it is kept with it.")));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT 1 FROM operations WHERE op_id = ?"));
    q.addBindValue(sync::uuidText(opId));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the operations")));
    if (!q.next())
        return std::unexpected(Error::make(Error::Code::NotFound,
            QCoreApplication::translate("HqStore", "HQ holds no operation %1.").arg(sync::uuidText(opId))));
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO set_aside(op_id, reason, at) VALUES (?, ?, ?) ON CONFLICT (op_id) DO NOTHING"));
    q.addBindValue(sync::uuidText(opId));
    q.addBindValue(reason.simplified());
    q.addBindValue(timestamp(m_clock.now()));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "store the operations")));
    m_stateCache.clear();
    return {};
}

Result<qint64> HqStore::lastSequence() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(hq_seq), 0) FROM operations")) || !q.next())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the last sequence")));
    return q.value(0).toLongLong();
}

} // namespace guichet::hq
