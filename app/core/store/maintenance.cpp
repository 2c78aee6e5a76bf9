// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenance.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace guichet::maintenance {

namespace {

Result<qint64> scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "compute the statistics")));
    return q.value(0).toLongLong();
}

struct Synced { const char *table; const char *entity; const char *op; };
constexpr Synced syncedTables[] = {
    {"citizens", "citizen", "insert"},
    {"cases", "case", "insert"},
    {"case_events", "case_event", "append"},
    {"agents", "agent", "insert"},
    {"citizen_changes", "citizen_change", "append"},
};

} // namespace

Result<QList<QPair<QString, qint64>>> statistics(Database &db)
{
    const QList<QPair<QString, QString>> figures = {
        {QStringLiteral("agents"), QStringLiteral("SELECT count(*) FROM agents")},
        {QStringLiteral("citizens"), QStringLiteral("SELECT count(*) FROM citizens")},
        {QStringLiteral("cases"), QStringLiteral("SELECT count(*) FROM cases")},
        {QStringLiteral("cases_open"), QStringLiteral("SELECT count(*) FROM cases WHERE closed = 0")},
        {QStringLiteral("case_events"), QStringLiteral("SELECT count(*) FROM case_events")},
        {QStringLiteral("outbox_pending"), QStringLiteral("SELECT count(*) FROM outbox WHERE hq_seq IS NULL")},
        {QStringLiteral("outbox_total"), QStringLiteral("SELECT count(*) FROM outbox")},
        {QStringLiteral("reference_releases"), QStringLiteral("SELECT count(*) FROM reference_releases")},
        {QStringLiteral("record_reads_logged"), QStringLiteral("SELECT count(*) FROM access_log")},
        {QStringLiteral("schema_version"), QStringLiteral("PRAGMA user_version")},
    };
    QList<QPair<QString, qint64>> out;
    for (const auto &[name, sql] : figures) {
        auto v = scalar(db, sql);
        if (!v)
            return std::unexpected(v.error());
        out.append({name, *v});
    }
    return out;
}

Result<QStringList> verify(Database &db)
{
    QStringList problems;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "check the database")));
    while (q.next())
        if (q.value(0).toString() != QLatin1String("ok"))
            problems << QStringLiteral("integrity: %1").arg(q.value(0).toString());
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "check the database")));
    while (q.next())
        problems << QStringLiteral("foreign key: a row of %1 points to a missing %2").arg(q.value(0).toString(), q.value(2).toString());
    // Rows received from HQ have no outbox operation here: the first check
    // holds only until the workstation receives (state-hash compared with
    // HQ's covers a workstation that has synced).
    const bool received = db.meta(QStringLiteral("hq_cursor"), QStringLiteral("0")).toLongLong() > 0;
    for (const Synced &s : syncedTables) {
        // A row without the outbox operation that created it would never reach HQ.
        auto missing = received ? Result<qint64>(0) : scalar(db, QStringLiteral("SELECT count(*) FROM %1 t WHERE NOT EXISTS (SELECT 1 FROM outbox o "
                                                 "WHERE o.entity = '%2' AND o.entity_id = t.id AND o.op = '%3')")
                                      .arg(QLatin1String(s.table), QLatin1String(s.entity), QLatin1String(s.op)));
        if (!missing)
            return std::unexpected(missing.error());
        if (*missing)
            problems << QStringLiteral("outbox: %1 row(s) of %2 have no outbox operation").arg(*missing).arg(QLatin1String(s.table));
        auto orphans = scalar(db, QStringLiteral("SELECT count(*) FROM outbox o WHERE o.entity = '%2' AND o.op <> 'delete' "
                                                 "AND NOT EXISTS (SELECT 1 FROM %1 t WHERE t.id = o.entity_id)")
                                      .arg(QLatin1String(s.table), QLatin1String(s.entity)));
        if (!orphans)
            return std::unexpected(orphans.error());
        if (*orphans)
            problems << QStringLiteral("outbox: %1 operation(s) on %2 name a row that does not exist").arg(*orphans).arg(QLatin1String(s.table));
    }
    return problems;
}

} // namespace guichet::maintenance
