// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "database.h"
#include "domain/textfold.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace guichet::searchindex {

namespace {

const QString indexSql = QStringLiteral("INSERT OR REPLACE INTO citizens_fts(rowid, names) VALUES (?, ?)");

Result<void> writeEntry(QSqlQuery &q, qint64 rowid, const QString &familyName, const QString &usedName,
                        const QString &firstNames)
{
    QStringList terms = textfold::indexTerms(familyName);
    terms += textfold::indexTerms(usedName);
    terms += textfold::indexTerms(firstNames);
    terms.removeDuplicates();
    q.addBindValue(rowid);
    q.addBindValue(terms.join(QLatin1Char(' ')));
    return Database::exec(q, QT_TRANSLATE_NOOP("Database", "index a person for search"));
}

} // namespace

Result<void> indexCitizen(Database &db, qint64 rowid, const QString &familyName, const QString &usedName,
                          const QString &firstNames)
{
    return writeEntry(db.prepared(indexSql), rowid, familyName, usedName, firstNames);
}

Result<void> indexCitizen(QSqlDatabase &db, qint64 rowid, const QString &familyName,
                          const QString &usedName, const QString &firstNames)
{
    QSqlQuery q(db);
    q.prepare(indexSql);
    return writeEntry(q, rowid, familyName, usedName, firstNames);
}

QString matchExpression(const QStringList &terms)
{
    QStringList parts;
    for (const QString &t : terms)
        parts << QLatin1Char('"') + QString(t).remove(QLatin1Char('"')) + QLatin1String("\"*");
    return parts.join(QLatin1Char(' '));
}

} // namespace guichet::searchindex
