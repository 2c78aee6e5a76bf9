// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqstore.h"

#include "domain/crashpoint.h"
#include "store/database.h"
#include "sync/replicator.h"
#include "sync/statehash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonObject>
#include <QSaveFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace guichet::hq {

namespace {

Error storage(const QSqlQuery &q, const QString &what)
{
    // The SQL error may quote values: it goes to the operator's message, never to the log.
    return Error::make(Error::Code::Storage, QCoreApplication::translate("HqStore", "HQ's database could not %1: %2").arg(what, q.lastError().text()));
}

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString hashOf(const QByteArray &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

/// Crockford's base-32 alphabet: no I, L, O or U to misread on the phone.
constexpr char codeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QString normalisedCode(const QString &code)
{
    QString c = code.trimmed().toUpper();
    c.remove(u'-').remove(u' ');
    c.replace(u'O', u'0').replace(u'I', u'1').replace(u'L', u'1');
    return c;
}

int connectionCounter = 0;

} // namespace

HqStore::HqStore(QSqlDatabase db, bool postgres, const Clock &clock)
    : m_connection(db.connectionName()), m_postgres(postgres), m_clock(clock)
{
}

HqStore::~HqStore()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

int HqStore::latestSchemaVersion()
{
    return 1;
}

Result<std::unique_ptr<HqStore>> HqStore::open(const QString &url, const Clock &clock)
{
    const QString name = QStringLiteral("guichet-hq-%1").arg(++connectionCounter);
    bool postgres = false;
    QSqlDatabase db;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        const QString path = url.mid(7);
        if (path.isEmpty())
            return std::unexpected(Error::invalid(QStringLiteral("db"),
                QCoreApplication::translate("HqStore", "--db: sqlite: needs a file, as in sqlite:/var/lib/guichet/hq.db.")));
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
    } else if (url.startsWith(QLatin1String("postgresql:")) || url.startsWith(QLatin1String("postgres:"))) {
        const QUrl u(url);
        if (!u.isValid())
            return std::unexpected(Error::invalid(QStringLiteral("db"),
                QCoreApplication::translate("HqStore", "--db: \"%1\" is not a PostgreSQL URL such as postgresql://guichet@localhost:5432/guichet.")
                    .arg(u.toString(QUrl::RemovePassword))));
        postgres = true;
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrlQuery query(u);
        const QString host = query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host")) : u.host();
        if (!host.isEmpty())
            db.setHostName(host);
        if (u.port() > 0)
            db.setPort(u.port());
        db.setDatabaseName(u.path().mid(1));
        db.setUserName(u.userName());
        db.setPassword(u.password());
    } else {
        return std::unexpected(Error::invalid(QStringLiteral("db"),
            QCoreApplication::translate("HqStore", "--db: expected sqlite:FILE or postgresql://USER@HOST:PORT/DATABASE.")));
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return std::unexpected(Error::make(Error::Code::Unavailable,
            QCoreApplication::translate("HqStore", "HQ's database cannot be opened: %1. Check --db, that the server runs and the rights.").arg(reason)));
    }
    std::unique_ptr<HqStore> store(new HqStore(db, postgres, clock));
    QSqlQuery q(db);
    if (!postgres) {
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=10000"})
            if (!q.exec(QLatin1String(pragma)))
                return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "be set up")));
    }
    if (auto r = store->migrate(); !r)
        return std::unexpected(r.error());
    return store;
}

Result<void> HqStore::begin()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // SQLite: take the write lock now, so two HQ processes on one file wait
    // instead of failing half-way.
    if (!q.exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "start a transaction")));
    return {};
}

Result<void> HqStore::commit()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("COMMIT")))
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "commit")));
    return {};
}

void HqStore::rollback()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("ROLLBACK"));
}

Result<void> HqStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS hq_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")))
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "create its tables")));
    auto meta = [&](const QString &key) {
        QSqlQuery m(db);
        m.prepare(QStringLiteral("SELECT value FROM hq_meta WHERE key = ?"));
        m.addBindValue(key);
        return m.exec() && m.next() ? m.value(0).toString() : QString();
    };
    const int version = meta(QStringLiteral("schema_version")).toInt();
    if (version > latestSchemaVersion())
        return std::unexpected(Error::make(Error::Code::Invalid,
            QCoreApplication::translate("HqStore", "HQ's database has schema %1, newer than this guichet-hq (%2). Install the newer guichet-hq.")
                .arg(version).arg(latestSchemaVersion())));
    if (version < 1) {
        const QString serial = m_postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                          : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
        const QStringList statements{
            QStringLiteral(R"(CREATE TABLE enrol_codes (
                code_hash TEXT PRIMARY KEY,
                office_code TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                used_at TEXT))"),
            QStringLiteral(R"(CREATE TABLE workstations (
                id TEXT PRIMARY KEY,
                office_code TEXT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                enrolled_at TEXT NOT NULL,
                revoked_at TEXT,
                last_sync_at TEXT,
                release_id TEXT,
                client_version TEXT))"),
            QStringLiteral(R"(CREATE TABLE operations (
                hq_seq %1,
                op_id TEXT NOT NULL UNIQUE,
                entity TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                op TEXT NOT NULL,
                fields TEXT NOT NULL,
                hlc BIGINT NOT NULL,
                workstation_id TEXT NOT NULL,
                agent_id TEXT,
                schema_version INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                received_at TEXT NOT NULL))").arg(serial),
            QStringLiteral("INSERT INTO hq_meta(key, value) VALUES ('epoch', '%1')")
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
            QStringLiteral("INSERT INTO hq_meta(key, value) VALUES ('epoch_start', '0')"),
            QStringLiteral("INSERT INTO hq_meta(key, value) VALUES ('schema_version', '1')"),
        };
        if (auto r = begin(); !r)
            return r;
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                const Error e = storage(q, QCoreApplication::translate("HqStore", "create its tables"));
                rollback();
                return std::unexpected(e);
            }
        }
        if (auto r = commit(); !r)
            return r;
    }
    m_epoch = meta(QStringLiteral("epoch"));
    m_epochStart = meta(QStringLiteral("epoch_start")).toLongLong();
    return {};
}

Result<void> HqStore::newEpoch()
{
    auto last = lastSequence();
    if (!last)
        return std::unexpected(last.error());
    const QString epoch = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (auto r = begin(); !r)
        return r;
    for (const auto &[key, value] : {std::pair{QStringLiteral("epoch"), epoch},
                                     std::pair{QStringLiteral("epoch_start"), QString::number(*last)}}) {
        q.prepare(QStringLiteral("UPDATE hq_meta SET value = ? WHERE key = ?"));
        q.addBindValue(value);
        q.addBindValue(key);
        if (!q.exec()) {
            const Error e = storage(q, QCoreApplication::translate("HqStore", "start a new epoch"));
            rollback();
            return std::unexpected(e);
        }
    }
    if (auto r = commit(); !r)
        return r;
    m_epoch = epoch;
    m_epochStart = *last;
    return {};
}

Result<QString> HqStore::issueEnrolCode(const QString &office, int hours)
{
    if (office.isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("office"), QCoreApplication::translate("HqStore", "--office: give the office code, such as BEL.")));
    if (hours < 1 || hours > 24 * 30)
        return std::unexpected(Error::invalid(QStringLiteral("hours"), QCoreApplication::translate("HqStore", "--valid-hours: between 1 and 720 hours.")));
    QString code;
    for (int i = 0; i < 10; ++i)
        code += QLatin1Char(codeAlphabet[QRandomGenerator::system()->bounded(32)]);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO enrol_codes(code_hash, office_code, expires_at) VALUES (?, ?, ?)"));
    q.addBindValue(hashOf(code.toLatin1()));
    q.addBindValue(office);
    q.addBindValue(timestamp(m_clock.now().addSecs(qint64(hours) * 3600)));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "store the enrolment code")));
    return code.left(5) + u'-' + code.mid(5);
}

Result<QString> HqStore::enrol(const QString &code, const QUuid &workstation, const QString &office)
{
    const Error refused = Error::make(Error::Code::Forbidden,
        QCoreApplication::translate("HqStore", "This enrolment code is unknown, already used, expired or for another office. "
           "Ask HQ for a new code for office %1.").arg(office));
    if (workstation.isNull())
        return std::unexpected(Error::invalid(QStringLiteral("workstation_id"), QCoreApplication::translate("HqStore", "workstation_id: a UUID was expected.")));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (auto r = begin(); !r)
        return std::unexpected(r.error());
    q.prepare(QStringLiteral("SELECT office_code, expires_at, used_at FROM enrol_codes WHERE code_hash = ?"));
    q.addBindValue(hashOf(normalisedCode(code).toLatin1()));
    if (!q.exec()) {
        const Error e = storage(q, QCoreApplication::translate("HqStore", "check the enrolment code"));
        rollback();
        return std::unexpected(e);
    }
    if (!q.next() || q.value(0).toString() != office || !q.value(2).isNull()
        || QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs) < m_clock.now()) {
        rollback();
        return std::unexpected(refused);
    }
    q.finish();
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(secret.data()),
                                         reinterpret_cast<quint32 *>(secret.data() + secret.size()));
    const QString token = QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString now = timestamp(m_clock.now());
    q.prepare(QStringLiteral("UPDATE enrol_codes SET used_at = ? WHERE code_hash = ?"));
    q.addBindValue(now);
    q.addBindValue(hashOf(normalisedCode(code).toLatin1()));
    bool ok = q.exec();
    if (ok) {
        // A workstation enrolled again (new disk, new code) gets a new token; the old one stops working.
        q.prepare(QStringLiteral("DELETE FROM workstations WHERE id = ?"));
        q.addBindValue(sync::uuidText(workstation));
        ok = q.exec();
    }
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO workstations(id, office_code, token_hash, enrolled_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(sync::uuidText(workstation));
        q.addBindValue(office);
        q.addBindValue(hashOf(token.toLatin1()));
        q.addBindValue(now);
        ok = q.exec();
    }
    if (!ok) {
        const Error e = storage(q, QCoreApplication::translate("HqStore", "enrol the workstation"));
        rollback();
        return std::unexpected(e);
    }
    if (auto r = commit(); !r)
        return std::unexpected(r.error());
    return token;
}

Result<HqStore::Workstation> HqStore::authenticate(const QByteArray &token)
{
    const Error refused = Error::make(Error::Code::Forbidden,
        QCoreApplication::translate("HqStore", "This workstation's token is unknown or revoked. Enrol the workstation again with a new code."));
    // A token is 43 characters of base64url; anything else is refused before a query.
    static const QByteArray allowed("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    if (token.size() != 43 || std::any_of(token.cbegin(), token.cend(), [](char c) { return !allowed.contains(c); }))
        return std::unexpected(refused);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, office_code, revoked_at, last_sync_at, release_id, client_version "
                             "FROM workstations WHERE token_hash = ?"));
    q.addBindValue(hashOf(token));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "check the token")));
    if (!q.next() || !q.value(2).isNull())
        return std::unexpected(refused);
    Workstation w;
    w.id = QUuid::fromString(q.value(0).toString());
    w.officeCode = q.value(1).toString();
    w.lastSyncAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    w.releaseId = q.value(4).toString();
    w.clientVersion = q.value(5).toString();
    return w;
}

Result<void> HqStore::revoke(const QUuid &workstation)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE workstations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(timestamp(m_clock.now()));
    q.addBindValue(sync::uuidText(workstation));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "revoke the workstation")));
    if (q.numRowsAffected() != 1)
        return std::unexpected(Error::make(Error::Code::NotFound, QCoreApplication::translate("HqStore", "No active workstation has this id.")));
    return {};
}

Result<QList<HqStore::Workstation>> HqStore::workstations() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT id, office_code, revoked_at, last_sync_at, release_id, client_version "
                               "FROM workstations ORDER BY office_code, enrolled_at")))
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "list the workstations")));
    QList<Workstation> out;
    while (q.next()) {
        Workstation w;
        w.id = QUuid::fromString(q.value(0).toString());
        w.officeCode = q.value(1).toString();
        w.revoked = !q.value(2).isNull();
        w.lastSyncAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        w.releaseId = q.value(4).toString();
        w.clientVersion = q.value(5).toString();
        out << w;
    }
    return out;
}

Result<void> HqStore::recordHandshake(const QUuid &workstation, const QString &releaseId, const QString &clientVersion)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE workstations SET last_sync_at = ?, release_id = ?, client_version = ? WHERE id = ?"));
    q.addBindValue(timestamp(m_clock.now()));
    q.addBindValue(releaseId);
    q.addBindValue(clientVersion);
    q.addBindValue(sync::uuidText(workstation));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "record the workstation's sync")));
    return {};
}

Result<QList<qint64>> HqStore::push(const QList<sync::Operation> &operations)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (auto r = begin(); !r)
        return std::unexpected(r.error());
    QSqlQuery q(db);
    // PostgreSQL hands out sequence numbers before commit: taking the table's
    // write lock makes batches commit in sequence order, so a reader never sees
    // a number while a smaller one is still uncommitted (and would skip it).
    if (m_postgres && !q.exec(QStringLiteral("LOCK TABLE operations IN EXCLUSIVE MODE"))) {
        const Error e = storage(q, QCoreApplication::translate("HqStore", "lock the operations"));
        rollback();
        return std::unexpected(e);
    }
    // Rows go in the order given (HQ's sequence keeps each workstation's
    // order). PostgreSQL takes them by chunks of one multi-row INSERT, one
    // round trip per chunk; SQLite, in process, is fastest with one prepared
    // single-row INSERT reused (its binding of thousands of values is not).
    const qsizetype chunk = m_postgres ? 500 : 1;
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
            rollback();
            return std::unexpected(e);
        }
        while (insert.next()) {
            numbered.insert(insert.value(0).toString(), insert.value(1).toLongLong());
            ++applied;
        }
        insert.finish();
    }
    // Operations HQ already had (a batch sent again): their first numbers.
    QStringList known;
    for (const sync::Operation &op : operations)
        if (!numbered.contains(sync::uuidText(op.opId)))
            known << sync::uuidText(op.opId);
    for (qsizetype from = 0; from < known.size(); from += chunk) {
        const QStringList part = known.mid(from, chunk);
        QSqlQuery seq(db);
        seq.prepare(QStringLiteral("SELECT op_id, hq_seq FROM operations WHERE op_id IN (%1)")
                        .arg(QStringList(part.size(), QStringLiteral("?")).join(u',')));
        for (const QString &id : part)
            seq.addBindValue(id);
        if (!seq.exec()) {
            const Error e = storage(seq, QCoreApplication::translate("HqStore", "number the operations"));
            rollback();
            return std::unexpected(e);
        }
        while (seq.next())
            numbered.insert(seq.value(0).toString(), seq.value(1).toLongLong());
    }
    QList<qint64> sequences;
    sequences.reserve(operations.size());
    for (const sync::Operation &op : operations)
        sequences << numbered.value(sync::uuidText(op.opId));
    crashPoint("hq-push-before-commit");
    if (auto r = commit(); !r)
        return std::unexpected(r.error());
    crashPoint("hq-push-after-commit");
    m_counters.received += operations.size();
    m_counters.applied += applied;
    return sequences;
}

Result<HqStore::Page> HqStore::pull(const QUuid &workstation, qint64 after, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT hq_seq, op_id, entity, entity_id, op, fields, hlc, workstation_id, agent_id, "
                             "schema_version, created_at FROM operations WHERE hq_seq > ? ORDER BY hq_seq LIMIT ?"));
    q.addBindValue(after);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the operations")));
    Page page;
    page.last = after;
    const QString self = sync::uuidText(workstation);
    int seen = 0;
    while (q.next()) {
        if (++seen > limit) {
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

Result<QByteArray> HqStore::stateHash() const
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return std::unexpected(Error::make(Error::Code::Storage,
            QCoreApplication::translate("HqStore", "No temporary folder can be made to compute the state hash.")));
    auto db = Database::open(scratch.filePath(QStringLiteral("replay.db")), m_clock);
    if (!db)
        return std::unexpected(db.error());
    sync::Replicator replay(**db);
    // The scratch database has a workstation id of its own: no operation is skipped as "made here".
    const QUuid nobody = (*db)->workstationId();
    qint64 cursor = 0;
    for (;;) {
        auto page = pull(nobody, cursor, 5000);
        if (!page)
            return std::unexpected(page.error());
        if (auto r = replay.apply(page->operations, page->last); !r)
            return std::unexpected(r.error());
        cursor = page->last;
        if (!page->more)
            break;
    }
    return sync::stateHash(**db);
}

Result<sync::SnapshotInfo> HqStore::makeSnapshot(const QString &dir) const
{
    const Error unwritable = Error::make(Error::Code::Storage,
        QCoreApplication::translate("HqStore", "The snapshot folder %1 cannot be written. Check --snapshots and its rights.").arg(dir));
    QDir folder(dir);
    if (!folder.mkpath(QStringLiteral(".")))
        return std::unexpected(unwritable);
    const QString replayPath = folder.filePath(QStringLiteral("replay.db"));
    auto db = Database::open(replayPath, m_clock);
    if (!db)
        return std::unexpected(db.error());
    // A replay made in another epoch may hold operations this HQ lost when it
    // was restored: start it again from nothing.
    if ((*db)->meta(QStringLiteral("snapshot_epoch")) != m_epoch) {
        db->reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(replayPath + suffix);
        db = Database::open(replayPath, m_clock);
        if (!db)
            return std::unexpected(db.error());
        if (auto r = (*db)->setMeta(QStringLiteral("snapshot_epoch"), m_epoch); !r)
            return std::unexpected(r.error());
    }
    sync::Replicator replay(**db);
    // The replay has a workstation id of its own: no operation is skipped as "made here".
    const QUuid nobody = (*db)->workstationId();
    for (qint64 cursor = replay.cursor();;) {
        auto page = pull(nobody, cursor, 5000);
        if (!page)
            return std::unexpected(page.error());
        if (auto r = replay.apply(page->operations, page->last); !r)
            return std::unexpected(r.error());
        cursor = page->last;
        if (!page->more)
            break;
    }
    sync::SnapshotInfo info;
    info.seq = replay.cursor();
    info.epoch = m_epoch;
    info.schemaVersion = (*db)->schemaVersion();
    if (info.seq == 0)
        return std::unexpected(Error::make(Error::Code::NotFound,
            QCoreApplication::translate("HqStore", "HQ holds no operation yet: there is nothing to put in a snapshot.")));
    const QString scratch = folder.filePath(QStringLiteral("snapshot.tmp"));
    if (auto r = sync::exportSnapshot(**db, scratch, info.seq, m_epoch); !r)
        return std::unexpected(r.error());
    auto sha = sync::fileSha256(scratch);
    if (!sha)
        return std::unexpected(sha.error());
    info.sha256 = *sha;
    info.bytes = QFileInfo(scratch).size();
    info.name = QStringLiteral("snapshot-%1-%2.db").arg(info.seq).arg(QString::fromLatin1(sha->left(16)));
    QFile::remove(folder.filePath(info.name));
    if (!QFile::rename(scratch, folder.filePath(info.name)))
        return std::unexpected(unwritable);
    const sync::SnapshotInfo previous = currentSnapshot(dir);
    QSaveFile current(folder.filePath(QStringLiteral("current.json")));
    if (!current.open(QIODevice::WriteOnly) || current.write(QJsonDocument(info.toJson()).toJson()) < 0 || !current.commit())
        return std::unexpected(unwritable);
    for (const QString &old : folder.entryList({QStringLiteral("snapshot-*.db")}, QDir::Files))
        if (old != info.name && old != previous.name)
            folder.remove(old);
    return info;
}

sync::SnapshotInfo HqStore::currentSnapshot(const QString &dir)
{
    QFile file(QDir(dir).filePath(QStringLiteral("current.json")));
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const sync::SnapshotInfo info = sync::SnapshotInfo::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!info.isValid() || QFileInfo(QDir(dir).filePath(info.name)).size() != info.bytes)
        return {};
    return info;
}

Result<qint64> HqStore::lastSequence() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(hq_seq), 0) FROM operations")) || !q.next())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the last sequence")));
    return q.value(0).toLongLong();
}

} // namespace guichet::hq
