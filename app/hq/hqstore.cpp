// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqstore.h"
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
#include <QJsonObject>
#include <QSaveFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace guichet::hq {

namespace {

int connectionCounter = 0;

} // namespace

Error detail::storage(const QSqlQuery &q, const QString &what)
{
    // The SQL error may quote values: it goes to the operator's message, never to the log.
    return Error::make(Error::Code::Storage, QCoreApplication::translate("HqStore", "HQ's database could not %1: %2").arg(what, q.lastError().text()));
}

QString detail::inListPlaceholders()
{
    return QStringList(InListSize, QStringLiteral("?")).join(u',');
}

void detail::bindInList(QSqlQuery &q, const QStringList &ids)
{
    Q_ASSERT(ids.size() <= InListSize);
    for (const QString &id : ids)
        q.addBindValue(id);
    for (qsizetype i = ids.size(); i < InListSize; ++i)
        q.addBindValue(QVariant(QMetaType(QMetaType::QString)));
}

using detail::storage;

QSqlQuery &HqStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection));
        q->setForwardOnly(true);
        q->prepare(sql);  // a failure shows at exec(), through the usual path
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

HqStore::HqStore(QSqlDatabase db, bool postgres, const Clock &clock)
    : m_connection(db.connectionName()), m_postgres(postgres), m_clock(clock), m_hlc(clock), m_ids(clock)
{
}

HqStore::~HqStore()
{
    m_statements.clear();  // prepared statements go before their connection
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

int HqStore::latestSchemaVersion()
{
    return 6;
}

sync::Operation HqStore::ownOperation(const QString &entity, const QUuid &id, const QString &op, qint64 after)
{
    m_hlc.observe(after);
    sync::Operation own;
    own.opId = m_ids.next();
    own.entity = entity;
    own.entityId = id;
    own.op = op;
    own.hlc = m_hlc.now();
    own.workstationId = m_hqId;
    own.schemaVersion = Database::latestSchemaVersion();
    own.createdAt = timestamp(m_clock.now());
    return own;
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
        // Every operation holds personal data: readable by HQ's account only.
        if (!QFileInfo::exists(path)) {
            QFile created(path);
            if (!created.open(QIODevice::WriteOnly) || !created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                return std::unexpected(Error::make(Error::Code::Unavailable,
                    QCoreApplication::translate("HqStore", "HQ's database %1 cannot be created. Check the folder and its rights.").arg(path)));
        }
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
    // Numbered steps, each in one transaction with the version it reaches:
    // the same on SQLite and PostgreSQL.
    const QString serial = m_postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    const QString newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    struct Step
    {
        int version;
        QStringList statements;
    };
    const QList<Step> steps{
        {1, {QStringLiteral(R"(CREATE TABLE enrol_codes (
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
             QStringLiteral("INSERT INTO hq_meta(key, value) VALUES ('epoch', '%1')").arg(newId),
             QStringLiteral("INSERT INTO hq_meta(key, value) VALUES ('epoch_start', '0')"),
             QStringLiteral("INSERT INTO hq_meta(key, value) VALUES ('schema_version', '0')")}},
        // Reference releases, numbered by HQ in publication order.
        {2, {QStringLiteral(R"(CREATE TABLE releases (
                 number INTEGER PRIMARY KEY,
                 id TEXT NOT NULL UNIQUE,
                 hash TEXT NOT NULL,
                 effective TEXT NOT NULL,
                 title TEXT NOT NULL,
                 published_at TEXT NOT NULL,
                 content TEXT NOT NULL))")}},
        // Each case's status as HQ holds it, with the version (HLC and
        // workstation) that set it: what HQ checks status changes against.
        {3, {QStringLiteral(R"(CREATE TABLE case_states (
                 case_id TEXT PRIMARY KEY,
                 procedure_id TEXT NOT NULL,
                 release_id TEXT NOT NULL,
                 status TEXT NOT NULL,
                 closed BOOLEAN NOT NULL,
                 version TEXT NOT NULL))"),
             QStringLiteral("INSERT INTO hq_meta(key, value) VALUES ('hq_id', '%1')").arg(newId)}},
        // Workstations whose clock runs ahead of HQ's: seen in `workstations`.
        {4, {QStringLiteral("ALTER TABLE workstations ADD COLUMN clock_ahead_ms BIGINT"),
             QStringLiteral("ALTER TABLE workstations ADD COLUMN clock_ahead_at TEXT")}},
        // Agent accounts and who holds each login, in HQ's order.
        {5, {QStringLiteral(R"(CREATE TABLE agents (
                 id TEXT PRIMARY KEY,
                 login TEXT NOT NULL,
                 display_name TEXT NOT NULL,
                 role TEXT NOT NULL,
                 office_code TEXT NOT NULL,
                 active BOOLEAN NOT NULL,
                 claim_seq BIGINT NOT NULL,
                 refused TEXT))"),
             QStringLiteral("CREATE UNIQUE INDEX agents_login ON agents(login) WHERE refused IS NULL"),
             // What HQ checks an operation's references against.
             QStringLiteral("CREATE INDEX operations_entity ON operations(entity_id)")}},
        // Operations an administrator set aside (guichet-hq set-aside): no longer served.
        {6, {QStringLiteral("CREATE TABLE set_aside (op_id TEXT PRIMARY KEY, reason TEXT NOT NULL, at TEXT NOT NULL)")}},
    };
    Q_ASSERT(steps.last().version == latestSchemaVersion());
    for (const Step &step : steps) {
        if (step.version <= version)
            continue;
        if (auto r = begin(); !r)
            return r;
        TransactionGuard guard(*this);
        QStringList statements = step.statements;
        statements << QStringLiteral("UPDATE hq_meta SET value = '%1' WHERE key = 'schema_version'").arg(step.version);
        for (const QString &sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                const Error e = storage(q, QCoreApplication::translate("HqStore", "create its tables"));
                return std::unexpected(e);
            }
        }
        // An HQ that held operations before it checked statuses learns each case's status from them.
        if (step.version == 3)
            if (auto r = rebuildCaseStates(); !r) {
                return r;
            }
        if (step.version == 5)
            if (auto r = rebuildAgents(); !r) {
                return r;
            }
        if (auto r = guard.commit(); !r)
            return r;
    }
    if (auto r = seedBundledRelease(); !r)
        return r;
    m_hqId = QUuid::fromString(meta(QStringLiteral("hq_id")));
    m_epoch = meta(QStringLiteral("epoch"));
    m_epochStart = meta(QStringLiteral("epoch_start")).toLongLong();
    return {};
}

Result<void> HqStore::seedBundledRelease()
{
    // A release is always in force: at first start, the one this guichet-hq
    // ships, as number 1, whatever its effective date.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM releases")) || !q.next())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the releases")));
    if (q.value(0).toLongLong() > 0)
        return {};
    auto bundled = ReferenceStore::bundled();
    if (!bundled)
        return std::unexpected(bundled.error());
    q.prepare(QStringLiteral("INSERT INTO releases(number, id, hash, effective, title, published_at, content) "
                             "VALUES (1, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(bundled->id());
    q.addBindValue(bundled->hash());
    q.addBindValue(bundled->effective().toString(Qt::ISODate));
    q.addBindValue(bundled->title());
    q.addBindValue(timestamp(m_clock.now()));
    q.addBindValue(QString::fromUtf8(bundled->canonicalJson()));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "publish the bundled release")));
    return {};
}

} // namespace guichet::hq
