// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicator.h"
#include "domain/entities.h"

#include "domain/crashpoint.h"
#include "domain/fieldversion.h"
#include "domain/uuidv7.h"
#include "store/database.h"
#include "store/lifecycle.h"
#include "store/searchindex.h"
#include "store/statement.h"
#include "domain/hlc.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace guichet::sync {

/// The columns an operation may write, per entity: names never come from the wire into SQL otherwise.
struct Table
{
    const char *entity;
    const char *table;
    QStringList insertColumns;   ///< besides id, agent_id and the times, filled from the fields
    QStringList updatable;
};

namespace {

const QList<Table> &tables()
{
    // The columns come from the wire's description (sync::validate): what HQ
    // accepts is what a workstation writes.
    auto table = [](const char *entity, const char *name) {
        return Table{entity, name, writtenFields(QLatin1String(entity), operation::Insert),
                     writtenFields(QLatin1String(entity), operation::Update)};
    };
    // Accounts are updated by HQ only (guichet-hq agent rename|disable|role).
    static const QList<Table> all{table("citizen", "citizens"), table("case", "cases"), table("agent", "agents")};
    return all;
}

const Table *tableOf(const QString &entity)
{
    for (const Table &t : tables())
        if (entity == QLatin1String(t.entity))
            return &t;
    return nullptr;
}

/// Binds a field's JSON value as the column stores it (the same types the
/// repositories write: ids and JSON documents as BLOB, texts as TEXT).
void bindField(Statement &q, const QString &field, const QJsonValue &v)
{
    if (field == QLatin1String("citizen_id") || field == QLatin1String("case_id"))
        q.bindBlob(uuidBytes(QUuid::fromString(v.toString())));
    else if (v.isNull() || v.isUndefined())
        q.bindNull();
    else if (v.isBool())
        q.bind(v.toBool() ? 1 : 0);
    else if (v.isObject())
        q.bindBlob(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        q.bindBlob(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else if (v.isDouble())
        q.bind(v.toDouble());
    else
        q.bind(v.toString());
}

Error malformed(const Operation &op, const QString &what)
{
    return Error::make(Error::Code::Invalid,
        QCoreApplication::translate("Replicator", "An operation from HQ (%1 %2) cannot be applied: %3. It is set aside; call IT.")
            .arg(op.entity, op.op, what));
}

bool isStatusField(const QString &entity, const QString &field)
{
    return entity == entity::Case && (field == QLatin1String("status") || field == QLatin1String("closed"));
}

bool isNameField(const QString &field)
{
    return field == QLatin1String("family_name") || field == QLatin1String("used_name")
           || field == QLatin1String("first_names");
}

} // namespace

Result<Replicator::Batch> Replicator::nextBatch(qint64 afterSeq, int maxOperations, qsizetype maxBytes) const
{
    Statement &q = m_db.statement(QStringLiteral(
        "SELECT op_id, entity, entity_id, op, payload, hlc, workstation_id, agent_id, schema_version, "
        "created_at, seq FROM outbox WHERE hq_seq IS NULL AND seq > ? ORDER BY seq LIMIT ?"));
    q.bind(afterSeq).bind(maxOperations);
    Batch out;
    qsizetype bytes = 0;
    const char *what = QT_TRANSLATE_NOOP("Database", "read the outbox");
    for (;;) {
        auto row = q.next(what);
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const QByteArrayView payload = q.utf8(4);
        bytes += payload.size() + 300;  // the envelope of one operation is about 300 bytes of JSON
        if (!out.operations.isEmpty() && bytes > maxBytes)
            break;
        Operation op;
        op.opId = uuidFromBytes(q.blob(0));
        op.entity = q.text(1);
        op.entityId = uuidFromBytes(q.blob(2));
        op.op = q.text(3);
        op.fields = QJsonDocument::fromJson(payload.toByteArray()).object();
        op.hlc = q.int64(5);
        op.workstationId = uuidFromBytes(q.blob(6));
        op.agentId = q.isNull(7) ? QUuid() : uuidFromBytes(q.blob(7));
        op.schemaVersion = int(q.int64(8));
        op.createdAt = q.text(9);
        out.operations << op;
        out.lastSeq = q.int64(10);
    }
    q.finish();
    return out;
}

Result<qint64> Replicator::pendingCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE hq_seq IS NULL")) || !q.next())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the outbox")));
    return q.value(0).toLongLong();
}

Result<void> Replicator::acknowledge(const QList<PushAnswer::Ack> &acks)
{
    Database::Transaction tx(m_db);
    Statement &q = m_db.statement(QStringLiteral("UPDATE outbox SET hq_seq = ? WHERE op_id = ?"));
    for (const PushAnswer::Ack &ack : acks)
        if (auto r = q.bind(ack.seq).bindBlob(uuidBytes(ack.opId)).run(QT_TRANSLATE_NOOP("Database", "mark the operations sent")); !r)
            return r;
    // An account made here gets its place in HQ's order with its acknowledgement.
    QSqlQuery unsettled(m_db.connection());
    if (!unsettled.exec(QStringLiteral(
            "SELECT a.id, a.login, (SELECT min(o.hq_seq) FROM outbox o WHERE o.entity_id = a.id AND o.entity = 'agent' "
            "AND o.op = 'insert') FROM agents a WHERE a.claim_seq IS NULL")))
        return std::unexpected(Database::storageError(unsettled, QT_TRANSLATE_NOOP("Database", "read the agents")));
    QList<std::tuple<QByteArray, QString, qint64>> acknowledged;
    while (unsettled.next())
        if (!unsettled.value(2).isNull())
            acknowledged.append({unsettled.value(0).toByteArray(), unsettled.value(1).toString(), unsettled.value(2).toLongLong()});
    unsettled.finish();
    for (const auto &[agent, login, seq] : acknowledged)
        if (auto r = claimLogin(agent, login, seq); !r)
            return r;
    crashPoint("ws-ack-before-commit");
    return tx.commit();
}

Result<void> Replicator::setAside(const QList<PushAnswer::Refusal> &refused)
{
    Database::Transaction tx(m_db);
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE outbox SET hq_seq = -1, refused = ? WHERE op_id = ? AND hq_seq IS NULL"));
    for (const PushAnswer::Refusal &r : refused) {
        q.addBindValue(r.reason);
        q.addBindValue(uuidBytes(r.opId));
        if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "mark the operations sent")); !r)
            return r;
    }
    return tx.commit();
}

Result<QPair<qint64, QString>> Replicator::setAsideCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*), (SELECT refused FROM outbox WHERE hq_seq = -1 ORDER BY seq DESC LIMIT 1) "
                               "FROM outbox WHERE hq_seq = -1")) || !q.next())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the outbox")));
    return QPair<qint64, QString>{q.value(0).toLongLong(), q.value(1).toString()};
}

qint64 Replicator::cursor() const
{
    return m_db.meta(QStringLiteral("hq_cursor"), QStringLiteral("0")).toLongLong();
}

QString Replicator::epoch() const
{
    return m_db.meta(QStringLiteral("hq_epoch"));
}

Result<void> Replicator::enterEpoch(const QString &epoch, qint64 epochStart)
{
    Database::Transaction tx(m_db);
    if (!this->epoch().isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE outbox SET hq_seq = NULL WHERE hq_seq > ?"));
        q.addBindValue(epochStart);
        if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "prepare to send again")); !r)
            return r;
        if (cursor() > epochStart)
            if (auto r = m_db.setMeta(QStringLiteral("hq_cursor"), QString::number(epochStart)); !r)
                return r;
    }
    if (auto r = m_db.setMeta(QStringLiteral("hq_epoch"), epoch); !r)
        return r;
    return tx.commit();
}

Result<void> Replicator::apply(const QList<Operation> &operations, qint64 last)
{
    if (auto r = applyPage(operations, last, false); r)
        return r;
    // One operation could not be applied: the page again, each operation on
    // its own, and the one that fails is set aside instead of stopping this
    // workstation's sync for good.
    return applyPage(operations, last, true);
}

Result<void> Replicator::applyPage(const QList<Operation> &operations, qint64 last, bool setAsideFailures)
{
    Database::Transaction tx(m_db);
    m_trackingSlot = -1;
    Statement &seen = m_db.statement(QStringLiteral("INSERT OR IGNORE INTO applied_ops(op_id) VALUES (?)"));
    // A stamp this far ahead is no clock's: taking it would drag this
    // workstation's clock there (and past the end of its range).
    const qint64 latestStamp = HybridLogicalClock::make(m_db.clock().now().toMSecsSinceEpoch() + 30LL * 24 * 3600 * 1000, 0);
    for (const Operation &op : operations) {
        if (op.workstationId == m_db.workstationId())
            continue;  // already here: it was made here
        if (auto r = seen.bindBlob(uuidBytes(op.opId)).run(QT_TRANSLATE_NOOP("Database", "record the operations received")); !r)
            return r;
        if (seen.changes() == 0)
            continue;  // a page pulled again
        Error failure;
        if (op.hlc > latestStamp) {
            failure = malformed(op, QStringLiteral("its clock stamp is far in the future"));
        } else {
            m_db.hlc().observe(op.hlc);
            if (!setAsideFailures) {
                if (auto r = applyOne(op); !r)
                    return r;
                continue;
            }
            Database::Transaction one(m_db);
            auto r = applyOne(op);
            if (r) {
                if (auto c = one.commit(); !c)
                    return c;
                continue;
            }
            failure = r.error();
        }
        if (!setAsideFailures)
            return std::unexpected(failure);
        // Set aside only when the database itself is sound: a full disk fails the sync, it sets nothing aside.
        if (auto r = m_db.exec(QStringLiteral("UPDATE meta SET value = value WHERE key = 'hq_cursor'"),
                               QT_TRANSLATE_NOOP("Database", "record the operations received")); !r)
            return r;
        QSqlQuery &aside = m_db.prepared(QStringLiteral(
            "INSERT OR REPLACE INTO quarantine(op_id, hq_seq, entity, op, reason, operation, at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        aside.addBindValue(uuidBytes(op.opId));
        aside.addBindValue(op.hqSeq);
        aside.addBindValue(op.entity);
        aside.addBindValue(op.op);
        aside.addBindValue(failure.message);
        aside.addBindValue(QString::fromUtf8(QJsonDocument(op.toJson()).toJson(QJsonDocument::Compact)));
        aside.addBindValue(Database::timestamp(m_db.clock().now()));
        if (auto r = Database::exec(aside, QT_TRANSLATE_NOOP("Database", "record the operations received")); !r)
            return r;
    }
    if (auto r = m_db.setMeta(QStringLiteral("hq_cursor"), QString::number(std::max(last, cursor()))); !r)
        return r;
    if (auto r = m_db.setMeta(QStringLiteral("hlc_seen"), QString::number(m_db.hlc().last())); !r)
        return r;
    crashPoint("ws-apply-before-commit");
    if (auto r = tx.commit(); !r)
        return r;
    crashPoint("ws-apply-after-commit");
    return {};
}

Result<qint64> Replicator::quarantinedCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM quarantine")) || !q.next())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the operations received")));
    return q.value(0).toLongLong();
}

Result<void> Replicator::applyOne(const Operation &op)
{
    if (op.entity == entity::Conflict) {
        if (op.op != operation::Append)
            return std::unexpected(malformed(op, QStringLiteral("settlements are only appended")));
        return settle(op);
    }
    if (op.entity == entity::CaseEvent) {
        if (op.op != operation::Append)
            return std::unexpected(malformed(op, QStringLiteral("case events are only appended")));
        QJsonObject payload = op.fields;
        const QJsonValue caseId = payload.take(QStringLiteral("case_id"));
        const QString kind = payload.take(QStringLiteral("kind")).toString();
        const QString at = payload.take(QStringLiteral("at")).toString();
        const QString release = payload.take(QStringLiteral("release_id")).toString();
        Statement &q = m_db.statement(QStringLiteral(
            "INSERT INTO case_events(id, case_id, kind, at, agent_id, payload, release_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO NOTHING"));
        q.bindBlob(uuidBytes(op.entityId));
        bindField(q, QStringLiteral("case_id"), caseId);
        q.bind(kind).bind(at).bindBlob(uuidBytes(op.agentId));
        q.bindBlob(QJsonDocument(payload).toJson(QJsonDocument::Compact)).bind(release);
        return q.run(QT_TRANSLATE_NOOP("Database", "add to the case timeline"));
    }
    const lifecycle::Stamp stamp{op.hlc, uuidBytes(op.workstationId), op.agentId.isNull() ? QByteArray() : uuidBytes(op.agentId),
                                 op.fields.value(QStringLiteral("at")).toString(op.createdAt)};
    if (op.entity == entity::CitizenMerge) {
        const QUuid merged = QUuid::fromString(op.fields.value(QStringLiteral("merged")).toString());
        const QUuid into = QUuid::fromString(op.fields.value(QStringLiteral("into")).toString());
        if (op.op != operation::Append || merged.isNull() || into.isNull())
            return std::unexpected(malformed(op, QStringLiteral("a merge names the merged record and the kept one")));
        return lifecycle::mergeCitizens(m_db, uuidBytes(op.entityId), uuidBytes(merged), uuidBytes(into), stamp);
    }
    if (op.entity == entity::CitizenChange) {
        const QUuid citizen = QUuid::fromString(op.fields.value(QStringLiteral("citizen_id")).toString());
        if (op.op != operation::Append || citizen.isNull())
            return std::unexpected(malformed(op, QStringLiteral("a correction names the person corrected")));
        // Kept whole, as made: its fields arrive beside it as a citizen update.
        return lifecycle::recordCitizenChange(m_db, uuidBytes(op.entityId), uuidBytes(citizen), stamp,
                                              op.fields.value(QStringLiteral("office_code")).toString(),
                                              op.fields.value(QStringLiteral("reason")).toString(),
                                              op.fields.value(QStringLiteral("changes")).toObject());
    }
    if (op.op == operation::Delete) {
        if (op.entity != entity::Case)
            return std::unexpected(malformed(op, QStringLiteral("only a case is deleted")));
        return lifecycle::buryCase(m_db, uuidBytes(op.entityId), stamp, op.fields.value(QStringLiteral("reason")).toString());
    }
    if (op.op == operation::Insert)
        return insertRow(op);
    if (op.op == operation::Update)
        return updateFields(op);
    return std::unexpected(malformed(op, QStringLiteral("unknown operation")));
}

Result<void> Replicator::insertRow(const Operation &op)
{
    const Table *t = tableOf(op.entity);
    if (!t)
        return std::unexpected(malformed(op, QStringLiteral("unknown entity")));
    QStringList columns{QStringLiteral("id")};
    columns << t->insertColumns;
    const bool isAgent = op.entity == entity::Agent;
    if (!isAgent && op.entity != entity::Citizen)
        columns << QStringLiteral("agent_id");
    columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    if (isAgent)
        columns << QStringLiteral("refused");
    // Only the same row arriving again is skipped; any other clash (a tracking
    // number already taken) stops the sync with its error instead of dropping
    // a row. An account arrives refused until claimLogin() says its login is
    // its own. The text is made once per table: a page of inserts looks it up,
    // not rebuilds it.
    static QHash<const Table *, QString> statements;
    QString &sql = statements[t];
    if (sql.isEmpty())
        sql = QStringLiteral("INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(id) DO NOTHING")
                  .arg(QLatin1String(t->table), columns.join(u','), QStringList(columns.size(), QStringLiteral("?")).join(u','));
    Statement &q = m_db.statement(sql);
    q.bindBlob(uuidBytes(op.entityId));
    for (const QString &c : t->insertColumns) {
        const QJsonValue v = op.fields.value(c);
        // Text columns are NOT NULL with '' as default.
        if (v.isUndefined() || (v.isNull() && c != QLatin1String("due_date")))
            q.bind(QStringLiteral(""));
        else
            bindField(q, c, v);
    }
    if (!isAgent && op.entity != entity::Citizen)
        q.bindBlob(uuidBytes(op.agentId));
    const QString createdAt = op.fields.value(QStringLiteral("created_at")).toString(op.createdAt);
    q.bind(createdAt).bind(createdAt);
    if (isAgent)
        q.bind(QStringLiteral("login_taken"));
    if (auto r = q.run(QT_TRANSLATE_NOOP("Database", "save what another office recorded")); !r)
        return r;
    if (q.changes() == 0)
        return {};
    if (op.entity == entity::Case) {
        if (auto r = lifecycle::keepBuried(m_db, uuidBytes(op.entityId)); !r)
            return r;
        return keepNumberingAbove(op.fields.value(QStringLiteral("tracking_number")).toString());
    }
    if (op.entity == entity::Citizen) {
        return searchindex::indexCitizen(m_db, q.lastInsertId(),
                                         op.fields.value(QStringLiteral("family_name")).toString(),
                                         op.fields.value(QStringLiteral("used_name")).toString(),
                                         op.fields.value(QStringLiteral("first_names")).toString());
    }
    if (isAgent)
        return claimLogin(uuidBytes(op.entityId), op.fields.value(QStringLiteral("login")).toString(), op.hqSeq);
    return {};
}

Result<void> Replicator::claimLogin(const QByteArray &agent, const QString &login, qint64 hqSeq)
{
    QSqlQuery &claim = m_db.prepared(QStringLiteral("UPDATE agents SET claim_seq = ? WHERE id = ?"));
    claim.addBindValue(hqSeq > 0 ? QVariant(hqSeq) : QVariant(QMetaType(QMetaType::LongLong)));
    claim.addBindValue(agent);
    if (auto r = Database::exec(claim, QT_TRANSLATE_NOOP("Database", "save what another office recorded")); !r)
        return r;
    return settleLogin(m_db, login);
}

Result<void> Replicator::settleLogin(Database &db, const QString &login, const QString &schema)
{
    // A login belongs to the account whose claim (its insert, or HQ's rename)
    // HQ sequenced first; an account made here and not yet acknowledged
    // comes last until its acknowledgement gives it its number (a lost
    // answer only delays the verdict). Every other account with the login is
    // refused. Once everything is acknowledged every office holds the same
    // numbers, so the same verdict; HQ reaches it too (hq/hqagents.cpp).
    QSqlQuery first(db.connection());
    first.prepare(QStringLiteral("SELECT id FROM %1.agents WHERE login = ? ORDER BY claim_seq IS NULL, claim_seq, id LIMIT 1").arg(schema));
    first.addBindValue(login);
    if (auto r = Database::exec(first, QT_TRANSLATE_NOOP("Database", "read the agents")); !r)
        return r;
    if (!first.next())
        return {};
    const QByteArray holder = first.value(0).toByteArray();
    first.finish();
    // The others first: only one account in good standing holds a login.
    QSqlQuery refuse(db.connection());
    refuse.prepare(QStringLiteral("UPDATE %1.agents SET refused = 'login_taken' WHERE login = ? AND id <> ? AND refused IS NULL").arg(schema));
    refuse.addBindValue(login);
    refuse.addBindValue(holder);
    if (auto r = Database::exec(refuse, QT_TRANSLATE_NOOP("Database", "save what another office recorded")); !r)
        return r;
    QSqlQuery keep(db.connection());
    keep.prepare(QStringLiteral("UPDATE %1.agents SET refused = NULL WHERE id = ?").arg(schema));
    keep.addBindValue(holder);
    return Database::exec(keep, QT_TRANSLATE_NOOP("Database", "save what another office recorded"));
}

Result<QJsonValue> Replicator::columnJson(const Table &t, const QString &field, const QByteArray &id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(field, QLatin1String(t.table)));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read who wrote a field")));
    if (!q.next() || q.isNull(0))
        return QJsonValue();
    // Stored JSON (a case's data, its missing documents) comes back as JSON.
    if (field == QLatin1String("data") || field == QLatin1String("missing_documents")) {
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toByteArray());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    if (field == QLatin1String("closed"))
        return q.value(0).toInt() != 0;
    return q.value(0).toString();
}

Result<void> Replicator::recordConflict(const QString &entity, const QByteArray &id, const QString &field, qint64 hlc,
                                        const QByteArray &by, const QJsonValue &value)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO conflicts(entity, entity_id, field, hlc, workstation_id, value) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING"));
    q.addBindValue(entity);
    q.addBindValue(id);
    q.addBindValue(field);
    q.addBindValue(hlc);
    q.addBindValue(by);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)));
    return Database::exec(q, QT_TRANSLATE_NOOP("Database", "record a conflict"));
}

Result<void> Replicator::forgetConflict(const QByteArray &id, const QString &field, const QString &version)
{
    const FieldVersion v = FieldVersion::parse(version).value_or(FieldVersion{});
    Statement &q = m_db.statement(QStringLiteral(
        "DELETE FROM conflicts WHERE entity_id = ? AND field = ? AND hlc = ? AND workstation_id = ?"));
    q.bindBlob(id).bind(field).bind(v.hlc).bindBlob(v.workstation);
    return q.run(QT_TRANSLATE_NOOP("Database", "record a conflict"));
}

Result<void> Replicator::settle(const Operation &op)
{
    const QByteArray id = uuidBytes(op.entityId);
    const QString field = op.fields.value(QStringLiteral("field")).toString();
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "UPDATE conflicts SET settled = 1 WHERE entity_id = ? AND field = ? AND hlc = ? AND workstation_id = ?"));
    for (const QJsonValue &v : op.fields.value(QStringLiteral("versions")).toArray()) {
        const auto version = FieldVersion::parse(v.toString());
        if (!version)
            return std::unexpected(malformed(op, QStringLiteral("a settled version is malformed")));
        q.addBindValue(id);
        q.addBindValue(field);
        q.addBindValue(version->hlc);
        q.addBindValue(version->workstation);
        if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "settle a conflict")); !r)
            return r;
    }
    return {};
}

Result<void> Replicator::keepNumberingAbove(const QString &trackingNumber)
{
    // A number of this workstation's own series made elsewhere (demo data made
    // for the whole city, a database restored from another disk): the next
    // number given here goes past it.
    const QStringList parts = trackingNumber.split(u'-');
    if (m_trackingSlot < 0)  // read once per page, not once per case
        m_trackingSlot = qBound(0, m_db.meta(QStringLiteral("tracking_slot"), QStringLiteral("1")).toInt(), 9);
    const int slot = m_trackingSlot;
    bool ok = false;
    const qint64 number = parts.value(2).toLongLong(&ok);
    if (parts.size() != 3 || !ok || number % 10 != slot)
        return {};
    Statement &q = m_db.statement(QStringLiteral(
        "INSERT INTO tracking_counters(prefix, year, last) VALUES (?, ?, ?) "
        "ON CONFLICT(prefix, year) DO UPDATE SET last = max(last, excluded.last)"));
    q.bind(parts.at(0)).bind(parts.at(1).toInt()).bind(number / 10);
    return q.run(QT_TRANSLATE_NOOP("Database", "number the case"));
}

Result<void> Replicator::updateFields(const Operation &op)
{
    const Table *t = tableOf(op.entity);
    if (!t || t->updatable.isEmpty())
        return std::unexpected(malformed(op, QStringLiteral("this data cannot be updated")));
    const QByteArray id = uuidBytes(op.entityId);
    const QByteArray ws = uuidBytes(op.workstationId);
    Statement &version = m_db.statement(QStringLiteral(
        "SELECT hlc, workstation_id FROM field_versions WHERE entity_id = ? AND field = ? AND entity = ?"));
    Statement &stamp = m_db.statement(QStringLiteral(
        "INSERT OR REPLACE INTO field_versions(entity, entity_id, field, hlc, workstation_id) VALUES (?, ?, ?, ?, ?)"));
    const QJsonObject base = op.fields.value(QStringLiteral("_base")).toObject();
    bool renamed = false;
    for (auto it = op.fields.constBegin(); it != op.fields.constEnd(); ++it) {
        const QString field = it.key();
        if (field.startsWith(u'_'))
            continue;  // what the change carries about itself, not a column
        if (!t->updatable.contains(field))
            return std::unexpected(malformed(op, QStringLiteral("field %1 cannot be updated").arg(field)));
        version.bindBlob(id).bind(field).bind(op.entity);
        auto held = version.next(QT_TRANSLATE_NOOP("Database", "read who wrote a field"));
        if (!held)
            return std::unexpected(held.error());
        bool wins = true;
        bool apart = false;
        qint64 heldHlc = 0;
        QByteArray holder;
        if (*held) {
            heldHlc = version.int64(0);
            holder = version.blob(1);
            wins = FieldVersion{op.hlc, ws} > FieldVersion{heldHlc, holder};
            // The change was made without knowing the value held here: the
            // two were made apart, and the one that loses is kept as a conflict.
            // Every workstation finds the same losers, whatever the order.
            // A case's status is not a conflict to settle: HQ checks each
            // change against the workflow, in its order, and answers a change
            // it refuses with the status it holds (stamped after it).
            apart = base.contains(field) && !isStatusField(op.entity, field)
                    && base.value(field).toString() != FieldVersion{heldHlc, holder}.toString();
        }
        version.finish();
        // The version this change was made on is superseded, wherever it is kept:
        // a value someone saw and replaced is no longer in conflict.
        if (const QString seen = base.value(field).toString(); !seen.isEmpty())
            if (auto r = forgetConflict(id, field, seen); !r)
                return r;
        if (apart) {
            QJsonValue lost = it.value();
            qint64 lostHlc = op.hlc;
            QByteArray lostBy = ws;
            if (wins) {
                auto held = columnJson(*t, field, id);
                if (!held)
                    return std::unexpected(held.error());
                lost = *held;
                lostHlc = heldHlc;
                lostBy = holder;
            }
            if (auto r = recordConflict(op.entity, id, field, lostHlc, lostBy, lost); !r)
                return r;
        }
        if (!wins)
            continue;
        QString leftLogin;
        if (op.entity == entity::Agent && field == QLatin1String("login")) {
            // Set aside while it changes login, then settled with the others who claimed it.
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT login FROM agents WHERE id = ?"));
            q.addBindValue(id);
            if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "read the agents")); !r)
                return r;
            leftLogin = q.next() ? q.value(0).toString() : QString();
            q.prepare(QStringLiteral("UPDATE agents SET refused = 'login_taken' WHERE id = ?"));
            q.addBindValue(id);
            if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "save what another office recorded")); !r)
                return r;
        }
        // The text is made once per column: a page of updates looks it up, not rebuilds it.
        static QHash<QString, QString> updates;
        QString &sql = updates[QLatin1String(t->table) + u'.' + field];
        if (sql.isEmpty())
            sql = QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ? WHERE id = ?").arg(QLatin1String(t->table), field);
        Statement &set = m_db.statement(sql);
        bindField(set, field, it.value());
        if (auto r = set.bind(op.createdAt).bindBlob(id).run(QT_TRANSLATE_NOOP("Database", "save what another office recorded")); !r)
            return r;
        stamp.bind(op.entity).bindBlob(id).bind(field).bind(op.hlc).bindBlob(ws);
        if (auto r = stamp.run(QT_TRANSLATE_NOOP("Database", "record who wrote a field")); !r)
            return r;
        renamed = renamed || isNameField(field);
        if (op.entity == entity::Agent && field == QLatin1String("login")) {
            // The login it leaves goes to the next account that claimed it.
            if (auto r = claimLogin(id, it.value().toString(), op.hqSeq); !r)
                return r;
            if (auto r = settleLogin(m_db, leftLogin); !r)
                return r;
        }
    }
    if (renamed) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT rowid, family_name, used_name, first_names FROM citizens WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next()) {
            return searchindex::indexCitizen(m_db, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                             q.value(3).toString());
        }
    }
    return {};
}

} // namespace guichet::sync
