// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencestore.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

namespace guichet {

Result<void> ReferenceStore::install(const ReferenceRelease &release)
{
    Database::Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT hash FROM reference_releases WHERE id = ?"));
    q.addBindValue(release.id());
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the reference releases")));
    if (q.next()) {
        if (q.value(0).toString() == release.hash())
            return {};
        return std::unexpected(Error::make(Error::Code::Conflict,
            QCoreApplication::translate("ReferenceStore", "Reference release %1 is already installed with a different content. A changed release must get a "
               "new number; ask HQ to publish it again.").arg(release.id())));
    }
    QSqlQuery w(m_db.connection());
    w.prepare(QStringLiteral("INSERT INTO reference_releases(id, hash, effective, installed_at, content) VALUES (?, ?, ?, ?, ?)"));
    w.addBindValue(release.id());
    w.addBindValue(release.hash());
    w.addBindValue(release.effective().toString(Qt::ISODate));
    w.addBindValue(Database::timestamp(m_db.clock().now()));
    w.addBindValue(release.canonicalJson());
    if (auto r = Database::exec(w, QT_TRANSLATE_NOOP("Database", "install the reference release")); !r)
        return r;
    return tx.commit();
}

Result<QString> ReferenceStore::installedHash(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT hash FROM reference_releases WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the reference releases")));
    return q.next() ? q.value(0).toString() : QString();
}

Result<ReferenceRelease> ReferenceStore::current(const QDate &day) const
{
    const auto id = currentId(day);
    if (!id)
        return std::unexpected(id.error());
    return release(*id);
}

Result<QString> ReferenceStore::currentId(const QDate &day) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM reference_releases WHERE effective <= ? "
                             "ORDER BY effective DESC, installed_at DESC LIMIT 1"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the reference releases")));
    if (!q.next())
        return std::unexpected(Error::make(Error::Code::NotFound,
            QCoreApplication::translate("ReferenceStore", "No reference release is in force on this workstation. Run \"guichetctl init\" or synchronise with HQ.")));
    return q.value(0).toString();
}

Result<ReferenceRelease> ReferenceStore::release(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT content FROM reference_releases WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the reference releases")));
    if (!q.next())
        return std::unexpected(Error::make(Error::Code::NotFound,
            QCoreApplication::translate("ReferenceStore", "Reference release %1 is not installed on this workstation.").arg(id)));
    return ReferenceRelease::fromCanonicalJson(q.value(0).toByteArray());
}

Result<ReferenceRelease> ReferenceStore::bundled()
{
    const QDir root(QStringLiteral(":/reference"));
    const QStringList ids = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (ids.isEmpty())
        return std::unexpected(Error::make(Error::Code::NotFound, QCoreApplication::translate("ReferenceStore", "This build of Guichet ships no reference release.")));
    return ReferenceRelease::loadDirectory(root.filePath(ids.last()));
}

} // namespace guichet
