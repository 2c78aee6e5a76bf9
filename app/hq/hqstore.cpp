// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqstore.h"

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

Error storage(const QSqlQuery &q, const QString &what)
{
    // The SQL error may quote values: it goes to the operator's message, never to the log.
    return Error::make(Error::Code::Storage, QCoreApplication::translate("HqStore", "HQ's database could not %1: %2").arg(what, q.lastError().text()));
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
    : m_connection(db.connectionName()), m_postgres(postgres), m_clock(clock), m_hlc(clock), m_ids(clock)
{
}

HqStore::~HqStore()
{
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
        QStringList statements = step.statements;
        statements << QStringLiteral("UPDATE hq_meta SET value = '%1' WHERE key = 'schema_version'").arg(step.version);
        for (const QString &sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                const Error e = storage(q, QCoreApplication::translate("HqStore", "create its tables"));
                rollback();
                return std::unexpected(e);
            }
        }
        // An HQ that held operations before it checked statuses learns each case's status from them.
        if (step.version == 3)
            if (auto r = rebuildCaseStates(); !r) {
                rollback();
                return r;
            }
        if (step.version == 5)
            if (auto r = rebuildAgents(); !r) {
                rollback();
                return r;
            }
        if (auto r = commit(); !r)
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

namespace {

constexpr char releaseColumns[] = "number, id, hash, title, effective, published_at";

HqStore::Release releaseFrom(const QSqlQuery &q)
{
    HqStore::Release r;
    r.number = q.value(0).toInt();
    r.id = q.value(1).toString();
    r.hash = q.value(2).toString();
    r.title = q.value(3).toString();
    r.effective = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.publishedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    return r;
}

} // namespace

Result<HqStore::Publication> HqStore::publish(const ReferenceRelease &release)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (auto r = begin(); !r)
        return std::unexpected(r.error());
    QSqlQuery q(db);
    auto refuse = [this](const Error &e) -> Result<Publication> {
        rollback();
        return std::unexpected(e);
    };
    // Two publishers at once would take the same number.
    if (m_postgres && !q.exec(QStringLiteral("LOCK TABLE releases IN EXCLUSIVE MODE")))
        return refuse(storage(q, QCoreApplication::translate("HqStore", "lock the releases")));
    q.prepare(QStringLiteral("SELECT %1 FROM releases WHERE id = ?").arg(QLatin1String(releaseColumns)));
    q.addBindValue(release.id());
    if (!q.exec())
        return refuse(storage(q, QCoreApplication::translate("HqStore", "read the releases")));
    if (q.next()) {
        const Release known = releaseFrom(q);
        q.finish();
        if (known.hash == release.hash()) {
            rollback();
            return Publication{known, true};
        }
        return refuse(Error::make(Error::Code::Conflict,
            QCoreApplication::translate("HqStore", "Release %1 is already published as no. %2 with another content or effective date. "
               "Published releases never change: give this one a new number (its id in release.json, such as 2027.2 after "
               "2027.1) and publish it again.").arg(release.id()).arg(known.number)));
    }
    q.finish();
    const QDate today = m_clock.today();
    if (release.effective() < today)
        return refuse(Error::invalid(QStringLiteral("effective"),
            QCoreApplication::translate("HqStore", "--effective %1 is before HQ's today (%2): answers already given under the release "
               "then in force cannot change. Choose today or a later date.")
                .arg(release.effective().toString(Qt::ISODate), today.toString(Qt::ISODate))));
    auto current = releaseInForce(today);
    if (!current)
        return refuse(current.error());
    auto content = releaseContent(current->id);
    if (!content)
        return refuse(content.error());
    auto inForce = ReferenceRelease::fromCanonicalJson(*content);
    if (!inForce)
        return refuse(inForce.error());
    for (const QString &section : inForce->sectionNames())
        if (!release.hasSection(section))
            return refuse(Error::invalid(QStringLiteral("sections"),
                QCoreApplication::translate("HqStore", "The release has no section \"%1\" (file %1.json), which release %2 in force has: "
                   "workstations would lose those rules. Add the file, unchanged if need be.").arg(section, current->id)));
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM releases")) || !q.next())
        return refuse(storage(q, QCoreApplication::translate("HqStore", "number the release")));
    Release published;
    published.number = q.value(0).toInt();
    published.id = release.id();
    published.hash = release.hash();
    published.title = release.title();
    published.effective = release.effective();
    published.publishedAt = m_clock.now();
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO releases(number, id, hash, effective, title, published_at, content) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(published.number);
    q.addBindValue(published.id);
    q.addBindValue(published.hash);
    q.addBindValue(published.effective.toString(Qt::ISODate));
    q.addBindValue(published.title);
    q.addBindValue(timestamp(published.publishedAt));
    q.addBindValue(QString::fromUtf8(release.canonicalJson()));
    if (!q.exec())
        return refuse(storage(q, QCoreApplication::translate("HqStore", "store the release")));
    if (auto r = commit(); !r)
        return std::unexpected(r.error());
    return Publication{published, false};
}

Result<QList<HqStore::Release>> HqStore::releases() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT %1, (SELECT COUNT(*) FROM workstations w WHERE w.release_id = r.id AND w.revoked_at IS NULL) "
                               "FROM releases r ORDER BY number").arg(QLatin1String(releaseColumns))))
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the releases")));
    QList<Release> out;
    while (q.next()) {
        Release r = releaseFrom(q);
        r.workstations = q.value(6).toInt();
        out << r;
    }
    return out;
}

Result<HqStore::Release> HqStore::releaseInForce(const QDate &day) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM releases WHERE effective <= ? ORDER BY effective DESC, number DESC LIMIT 1")
                  .arg(QLatin1String(releaseColumns)));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the releases")));
    if (!q.next())
        return std::unexpected(Error::make(Error::Code::NotFound,
            QCoreApplication::translate("HqStore", "No reference release is in force at HQ on %1. Publish one with guichet-hq publish.")
                .arg(day.toString(Qt::ISODate))));
    return releaseFrom(q);
}

Result<QList<HqStore::Release>> HqStore::announced(const QDate &day) const
{
    QList<Release> out;
    // None in force (a first release dated ahead) still lets workstations sync and get those to come.
    if (auto current = releaseInForce(day))
        out << *current;
    else if (current.error().code != Error::Code::NotFound)
        return std::unexpected(current.error());
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM releases WHERE effective > ? ORDER BY effective, number")
                  .arg(QLatin1String(releaseColumns)));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the releases")));
    while (q.next())
        out << releaseFrom(q);
    return out;
}

Result<QByteArray> HqStore::releaseContent(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT content FROM releases WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the release")));
    if (!q.next())
        return std::unexpected(Error::make(Error::Code::NotFound,
            QCoreApplication::translate("HqStore", "HQ has published no release \"%1\".").arg(id)));
    return q.value(0).toString().toUtf8();
}

Result<QList<HqStore::Answered>> HqStore::answered(const QDate &day) const
{
    auto inForce = releaseInForce(day);
    if (!inForce)
        return std::unexpected(inForce.error());
    // created_at is UTC: read a day either side, keep what falls on `day` in local time.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.entity, o.fields, o.created_at, w.office_code FROM operations o "
                             "LEFT JOIN workstations w ON w.id = o.workstation_id "
                             "WHERE o.entity IN ('case', 'case_event') AND o.op IN ('insert', 'append') "
                             "AND o.created_at >= ? AND o.created_at < ?"));
    q.addBindValue(day.addDays(-1).toString(Qt::ISODate));
    q.addBindValue(day.addDays(2).toString(Qt::ISODate));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the operations")));
    QMap<std::pair<QString, QString>, Answered> lines;
    while (q.next()) {
        if (QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs).toLocalTime().date() != day)
            continue;
        const bool isCase = q.value(0).toString() == QLatin1String("case");
        const QJsonObject fields = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (!isCase && fields.value(QStringLiteral("kind")).toString() != QLatin1String("answer"))
            continue;
        const QString office = q.value(3).isNull() ? fields.value(QStringLiteral("office_code")).toString() : q.value(3).toString();
        const QString release = fields.value(QStringLiteral("release_id")).toString();
        Answered &line = lines[{office, release}];
        line.office = office;
        line.releaseId = release;
        line.inForce = release == inForce->id;
        ++(isCase ? line.cases : line.answers);
    }
    return lines.values();
}

Result<QList<HqStore::WorkstationCheck>> HqStore::checkWorkstations(int staleDays) const
{
    auto list = workstations();
    if (!list)
        return std::unexpected(list.error());
    auto current = releaseInForce(m_clock.today());
    if (!current)
        return std::unexpected(current.error());
    const QDateTime now = m_clock.now();
    QList<WorkstationCheck> out;
    for (const Workstation &w : std::as_const(*list)) {
        WorkstationCheck c{w};
        if (!w.revoked) {
            c.releaseDiffers = !w.releaseId.isEmpty() && w.releaseId != current->id;
            c.stale = staleDays > 0 && (!w.lastSyncAt.isValid() || w.lastSyncAt.secsTo(now) > qint64(staleDays) * 24 * 3600);
            c.clockAhead = w.clockAheadAt.isValid() && w.clockAheadAt.secsTo(now) <= 7 * 24 * 3600;
        }
        out << c;
    }
    return out;
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
    // An id HQ knows and has not revoked is never taken over: whoever holds a
    // code for any office could otherwise push in its name and lock it out.
    q.prepare(QStringLiteral("SELECT 1 FROM workstations WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(sync::uuidText(workstation));
    if (!q.exec()) {
        const Error e = storage(q, QCoreApplication::translate("HqStore", "check the enrolment code"));
        rollback();
        return std::unexpected(e);
    }
    if (q.next()) {
        rollback();
        return std::unexpected(Error{Error::Code::Conflict, QStringLiteral("workstation_id"),
            QCoreApplication::translate("HqStore", "This workstation is already enrolled. If it really is the same workstation "
               "(a new disk, a restored database), revoke its old record at HQ first (guichet-hq revoke %1), then enrol "
               "it with a new code.").arg(sync::uuidText(workstation))});
    }
    q.finish();
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
        // A workstation revoked then enrolled again gets a new record and token.
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
    if (!q.exec(QStringLiteral("SELECT id, office_code, revoked_at, last_sync_at, release_id, client_version, "
                               "clock_ahead_ms, clock_ahead_at FROM workstations ORDER BY office_code, enrolled_at")))
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
        w.clockAheadMs = q.value(6).toLongLong();
        w.clockAheadAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        out << w;
    }
    return out;
}

Result<void> HqStore::recordClockAhead(const QUuid &workstation, qint64 aheadMs)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE workstations SET clock_ahead_ms = ?, clock_ahead_at = ? WHERE id = ?"));
    q.addBindValue(aheadMs);
    q.addBindValue(timestamp(m_clock.now()));
    q.addBindValue(sync::uuidText(workstation));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "record the workstation's sync")));
    return {};
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

Result<QList<qint64>> HqStore::push(const QList<sync::Operation> &batch, QHash<qsizetype, Error> *refusals)
{
    QHash<qsizetype, Error> refused = refusals ? *refusals : QHash<qsizetype, Error>();
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
    // Rows another one refers to must be known to HQ, or come earlier in the
    // batch: a note on a case no office has would stop every receiver.
    if (auto r = checkReferences(batch, refused); !r) {
        rollback();
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
    // What was stored just now (not a batch sent again) goes through HQ's checks.
    QList<sync::Operation> fresh;
    for (const sync::Operation &op : operations)
        if (numbered.contains(sync::uuidText(op.opId)))
            fresh << op;
    auto answers = checkStatuses(fresh);
    if (!answers) {
        rollback();
        return std::unexpected(answers.error());
    }
    if (auto r = checkAgents(fresh, numbered); !r) {
        rollback();
        return std::unexpected(r.error());
    }
    if (auto r = storeOwn(*answers, now); !r) {
        rollback();
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
            rollback();
            return std::unexpected(e);
        }
        while (seq.next())
            numbered.insert(seq.value(0).toString(), seq.value(1).toLongLong());
        seq.finish();
        // The same id with another content or from another workstation is not
        // the same operation sent again: refused, never acknowledged as stored.
        if (!seq.exec()) {
            const Error e = storage(seq, QCoreApplication::translate("HqStore", "number the operations"));
            rollback();
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
    if (auto r = commit(); !r)
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
        if (op.entity == QLatin1String("case") && op.op == QLatin1String("insert"))
            add("citizen_id");
        else if (op.entity == QLatin1String("case_event"))
            add("case_id");
        else if (op.entity == QLatin1String("citizen_merge")) {
            add("merged");
            add("into");
        }
        return refs;
    };
    // What makes a new row under its entity id (a settlement's entity id is the settled record's).
    const auto creates = [](const sync::Operation &op) {
        return op.op == QLatin1String("insert") || (op.op == QLatin1String("append") && op.entity != QLatin1String("conflict"));
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
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < wanted.size(); from += chunk) {
        const QStringList part = wanted.mid(from, chunk);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT entity_id, op, op_id FROM operations WHERE entity_id IN (%1) "
                                 "AND (op = 'insert' OR (op = 'append' AND entity <> 'conflict'))")
                      .arg(QStringList(part.size(), QStringLiteral("?")).join(u',')));
        for (const QString &id : part)
            q.addBindValue(id);
        if (!q.exec())
            return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the operations")));
        while (q.next()) {
            if (q.value(1).toString() == QLatin1String("insert"))
                known.insert(q.value(0).toString());
            createdBy.insert(q.value(0).toString(), q.value(2).toString());
        }
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
        if (!refused.contains(i) && op.op == QLatin1String("insert"))
            known.insert(id);
    }
    return {};
}

Result<void> HqStore::useReleaseInForce()
{
    // Workflows are checked against the release HQ has in force today.
    auto inForce = releaseInForce(m_clock.today());
    if (!inForce)
        return std::unexpected(inForce.error());
    if (inForce->id == m_release.id())
        return {};
    auto content = releaseContent(inForce->id);
    if (!content)
        return std::unexpected(content.error());
    auto release = ReferenceRelease::fromCanonicalJson(*content);
    if (!release)
        return std::unexpected(release.error());
    m_release = *release;
    m_workflows.clear();
    return {};
}

Workflow HqStore::workflowOf(const QString &procedureId)
{
    auto it = m_workflows.constFind(procedureId);
    if (it == m_workflows.constEnd())
        it = m_workflows.insert(procedureId, Workflow::fromJson(m_release.workflow(m_release.workflowIdOf(procedureId))));
    return *it;
}

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
        QSqlQuery &w = q.value(0).toString() == QLatin1String("insert") ? insert : update;
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
        return op.entity == QLatin1String("case")
               && (op.op == QLatin1String("insert") || op.fields.contains(QStringLiteral("status")));
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

    QSqlDatabase db = QSqlDatabase::database(m_connection);
    auto storageError = [](const QSqlQuery &q) {
        return storage(q, QCoreApplication::translate("HqStore", "check the case's status"));
    };
    QHash<QString, State> states;
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QStringList part = ids.mid(from, chunk);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT case_id, procedure_id, release_id, status, closed, version FROM case_states "
                                 "WHERE case_id IN (%1)").arg(QStringList(part.size(), QStringLiteral("?")).join(u',')));
        for (const QString &id : part)
            q.addBindValue(id);
        if (!q.exec())
            return std::unexpected(storageError(q));
        while (q.next())
            states.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                                  q.value(5).toString(), q.value(4).toBool(), false});
    }

    QList<sync::Operation> answers;
    for (const sync::Operation &op : fresh) {
        if (!checked(op))
            continue;
        const QString caseId = sync::uuidText(op.entityId);
        if (op.op == QLatin1String("insert")) {
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
        QString refusal;
        if (to == held.status)
            ;  // two offices made the same step: nothing to refuse
        else if (base != held.version)
            refusal = QStringLiteral("stale");         // made on a status another office had already changed
        else if (workflow.isValid() && !workflow.allows(held.status, to))
            refusal = QStringLiteral("not_allowed");   // a step the procedure does not have
        held.dirty = true;
        if (refusal.isEmpty()) {
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
        sync::Operation restore = ownOperation(QStringLiteral("case"), op.entityId, QStringLiteral("update"),
                                               heldVersion ? heldVersion->hlc : 0);
        restore.fields = {{QStringLiteral("status"), held.status}, {QStringLiteral("closed"), held.closed}};
        sync::Operation note = restore;
        note.opId = m_ids.next();
        note.entity = QStringLiteral("case_event");
        note.entityId = m_ids.next();
        note.op = QStringLiteral("append");
        note.fields = {{QStringLiteral("case_id"), caseId},
                       {QStringLiteral("kind"), QStringLiteral("refused")},
                       {QStringLiteral("at"), now},
                       {QStringLiteral("release_id"), held.release},
                       {QStringLiteral("to"), to},
                       {QStringLiteral("status"), held.status},
                       {QStringLiteral("reason"), refusal},
                       {QStringLiteral("refused_op"), sync::uuidText(op.opId)},
                       {QStringLiteral("refused_workstation"), sync::uuidText(op.workstationId)}};
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
    const qsizetype rows = m_postgres ? chunk : 1;
    QSqlQuery upsert(db);
    qsizetype prepared = 0;
    for (qsizetype from = 0; from < dirty.size(); from += rows) {
        const qsizetype n = std::min(rows, dirty.size() - from);
        if (n != std::exchange(prepared, n)) {
            upsert = QSqlQuery(db);
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

Result<QByteArray> HqStore::stateHash() const
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return std::unexpected(Error::make(Error::Code::Storage,
            QCoreApplication::translate("HqStore", "No temporary folder can be made to compute the state hash.")));
    auto db = Database::open(scratch.filePath(QStringLiteral("replay.db")), m_clock);
    if (!db)
        return std::unexpected(db.error());
    if (auto r = replayInto(**db); !r)
        return std::unexpected(r.error());
    return sync::stateHash(**db);
}

Result<void> HqStore::replayInto(Database &db, qint64 upTo, qint64 maxOperations) const
{
    sync::Replicator replay(db);
    // The replay has a workstation id of its own: no operation is skipped as "made here".
    const QUuid nobody = db.workstationId();
    qint64 applied = 0;
    for (qint64 cursor = replay.cursor(); cursor < upTo && applied < maxOperations;) {
        auto page = pull(nobody, cursor, 5000);
        if (!page)
            return std::unexpected(page.error());
        QList<sync::Operation> operations = page->operations;
        qint64 last = page->last;
        if (last > upTo) {
            operations.removeIf([upTo](const sync::Operation &op) { return op.hqSeq > upTo; });
            last = upTo;
        }
        if (auto r = replay.apply(operations, last); !r)
            return r;
        applied += operations.size();
        cursor = last;
        if (!page->more)
            return {};
    }
    return {};
}

Result<HqStore::StateCheck> HqStore::stateAt(qint64 seq)
{
    if (const auto cached = m_stateCache.constFind(seq); cached != m_stateCache.constEnd())
        return StateCheck{true, *cached};
    // A replay of HQ's operations kept up to date from one check to the next,
    // in a scratch folder of this process: each check applies only what came
    // since, and at most 50,000 operations (a city catches up over a few checks).
    if (!m_check || m_check->meta(QStringLiteral("check_epoch")) != m_epoch) {
        m_check.reset();
        m_checkDir = std::make_unique<QTemporaryDir>();
        if (!m_checkDir->isValid())
            return std::unexpected(Error::make(Error::Code::Storage,
                QCoreApplication::translate("HqStore", "No temporary folder can be made to compute the state hash.")));
        auto db = Database::open(m_checkDir->filePath(QStringLiteral("check.db")), m_clock);
        if (!db)
            return std::unexpected(db.error());
        if (auto r = (*db)->setMeta(QStringLiteral("check_epoch"), m_epoch); !r)
            return std::unexpected(r.error());
        m_check = std::move(*db);
    }
    Database &db = *m_check;
    if (sync::Replicator(db).cursor() > seq)
        return StateCheck{false, {}};  // already past: a later check will compare
    if (auto r = replayInto(db, seq, 50'000); !r)
        return std::unexpected(r.error());
    if (sync::Replicator(db).cursor() < seq)
        return StateCheck{false, {}};
    auto digest = sync::stateDigest(db);
    if (!digest)
        return std::unexpected(digest.error());
    if (m_stateCache.size() > 16)
        m_stateCache.clear();
    m_stateCache.insert(seq, *digest);
    return StateCheck{true, *digest};
}

Result<std::optional<QMap<QString, QByteArray>>> HqStore::stateRows(qint64 seq, const QString &part)
{
    auto state = stateAt(seq);
    if (!state)
        return std::unexpected(state.error());
    if (!state->ready || sync::Replicator(*m_check).cursor() != seq)
        return std::optional<QMap<QString, QByteArray>>();
    auto rows = sync::rowDigests(*m_check, part);
    if (!rows)
        return std::unexpected(rows.error());
    return std::optional<QMap<QString, QByteArray>>(*rows);
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
    if (auto r = replayInto(**db); !r)
        return std::unexpected(r.error());
    sync::Replicator replay(**db);
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
