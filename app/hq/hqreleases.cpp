// SPDX-License-Identifier: GPL-3.0-or-later
// HQ's reference releases: published, numbered, in force, announced, and what was answered under them.
#include "hqstore.h"
#include "domain/entities.h"
#include "hqstore_p.h"

#include "domain/crashpoint.h"
#include "domain/fieldversion.h"
#include "reference/communes.h"
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
    TransactionGuard guard(*this);
    QSqlQuery q(db);
    // Two publishers at once would take the same number.
    if (m_postgres && !q.exec(QStringLiteral("LOCK TABLE releases IN EXCLUSIVE MODE")))
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "lock the releases")));
    q.prepare(QStringLiteral("SELECT %1 FROM releases WHERE id = ?").arg(QLatin1String(releaseColumns)));
    q.addBindValue(release.id());
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "read the releases")));
    if (q.next()) {
        const Release known = releaseFrom(q);
        q.finish();
        if (known.hash == release.hash()) {
            return Publication{known, true};
        }
        return std::unexpected(Error::make(Error::Code::Conflict,
            QCoreApplication::translate("HqStore", "Release %1 is already published as no. %2 with another content or effective date. "
               "Published releases never change: give this one a new number (its id in release.json, such as 2027.2 after "
               "2027.1) and publish it again.").arg(release.id()).arg(known.number)));
    }
    q.finish();
    // Every desk reads the commune table at start: a malformed one is refused
    // here, once, rather than by each office.
    if (auto communes = CommuneTable::fromRelease(release); !communes)
        return std::unexpected(communes.error());
    const QDate today = m_clock.today();
    if (release.effective() < today)
        return std::unexpected(Error::invalid(QStringLiteral("effective"),
            QCoreApplication::translate("HqStore", "--effective %1 is before HQ's today (%2): answers already given under the release "
               "then in force cannot change. Choose today or a later date.")
                .arg(release.effective().toString(Qt::ISODate), today.toString(Qt::ISODate))));
    auto current = releaseInForce(today);
    if (!current)
        return std::unexpected(current.error());
    auto content = releaseContent(current->id);
    if (!content)
        return std::unexpected(content.error());
    auto inForce = ReferenceRelease::fromCanonicalJson(*content);
    if (!inForce)
        return std::unexpected(inForce.error());
    for (const QString &section : inForce->sectionNames())
        if (!release.hasSection(section))
            return std::unexpected(Error::invalid(QStringLiteral("sections"),
                QCoreApplication::translate("HqStore", "The release has no section \"%1\" (file %1.json), which release %2 in force has: "
                   "workstations would lose those rules. Add the file, unchanged if need be.").arg(section, current->id)));
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM releases")) || !q.next())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "number the release")));
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
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "store the release")));
    if (auto r = guard.commit(); !r)
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
        const bool isCase = q.value(0).toString() == entity::Case;
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

} // namespace guichet::hq
