// SPDX-License-Identifier: GPL-3.0-or-later
#include "statehash.h"
#include "domain/entities.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

#include <functional>
#include <memory>
#include <QSqlQuery>
#include <QSqlRecord>

namespace guichet::sync {

namespace {

// Column lists fixed here: adding a synced column is a protocol change. The
// first column names the part, the second is the row's key.
const char *const selects[] = {
    "SELECT 'citizen', hex(id), family_name, used_name, first_names, sex, birth_date, birth_place_code, "
    "birth_place_name, birth_country, address_line, postal_code, city, phone, email, language, hex(merged_into), created_at "
    "FROM citizens ORDER BY id",
    "SELECT 'case', hex(id), tracking_number, hex(citizen_id), module_id, procedure_id, channel, status, closed, "
    "office_code, service, due_date, summary, data, missing_documents, release_id, hex(agent_id), created_at, deleted "
    "FROM cases ORDER BY id",
    "SELECT 'event', hex(id), hex(case_id), kind, at, hex(agent_id), payload, release_id FROM case_events ORDER BY id",
    "SELECT 'agent', hex(id), login, display_name, role, office_code, active, refused FROM agents ORDER BY id",
    "SELECT 'conflict', entity || ':' || hex(entity_id) || ':' || field || ':' || hlc || ':' || hex(workstation_id), "
    "entity, hex(entity_id), field, hlc, hex(workstation_id), value, settled FROM conflicts "
    "ORDER BY entity_id, field, hlc, workstation_id",
    "SELECT 'tombstone', entity || ':' || hex(entity_id), entity, hex(entity_id), hlc, hex(workstation_id), hex(agent_id), at, "
    "reason FROM tombstones ORDER BY entity_id, entity",
    "SELECT 'merge', hex(id), hex(merged_id), hex(into_id), hlc, hex(workstation_id), hex(agent_id), at "
    "FROM citizen_merges ORDER BY id",
};

/// Runs each part's query; `row` gets the part, the row's key and its canonical bytes.
Result<void> eachRow(Database &db, const QString &only,
                     const std::function<void(const QString &, const QString &, const QByteArray &)> &row)
{
    for (const char *sql : selects) {
        const QString part = QString::fromLatin1(sql).section(u'\'', 1, 1);
        if (!only.isEmpty() && part != only)
            continue;
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QLatin1String(sql)))
            return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the synced state")));
        const int columns = q.record().count();
        QByteArray bytes;
        while (q.next()) {
            bytes.clear();
            for (int i = 0; i < columns; ++i) {
                // Unit separator between values, record separator between rows; NULL is its own mark.
                bytes += q.isNull(i) ? QByteArrayView("\x1e\x00", 2) : QByteArrayView(q.value(i).toString().toUtf8());
                bytes += '\x1f';
            }
            bytes += '\n';
            row(part, q.value(1).toString(), bytes);
        }
    }
    return {};
}

} // namespace

QStringList stateParts()
{
    QStringList parts;
    for (const char *sql : selects)
        parts << QString::fromLatin1(sql).section(u'\'', 1, 1);
    return parts;
}

QString describeParts(const QStringList &parts)
{
    static const QHash<QString, const char *> names{
        {entity::Citizen, QT_TRANSLATE_NOOP("StateHash", "people")},
        {entity::Case, QT_TRANSLATE_NOOP("StateHash", "cases")},
        {QStringLiteral("event"), QT_TRANSLATE_NOOP("StateHash", "case timelines")},
        {entity::Agent, QT_TRANSLATE_NOOP("StateHash", "agents")},
        {entity::Conflict, QT_TRANSLATE_NOOP("StateHash", "conflicts")},
        {QStringLiteral("tombstone"), QT_TRANSLATE_NOOP("StateHash", "deleted cases")},
        {QStringLiteral("merge"), QT_TRANSLATE_NOOP("StateHash", "merged people")}};
    QStringList out;
    for (const QString &part : parts)
        out << (names.contains(part) ? QCoreApplication::translate("StateHash", names.value(part)) : part);
    return out.join(QStringLiteral(", "));
}

Result<QByteArray> stateHash(Database &db)
{
    auto digest = stateDigest(db);
    if (!digest)
        return std::unexpected(digest.error());
    return digest->total;
}

Result<StateDigest> stateDigest(Database &db)
{
    QCryptographicHash total(QCryptographicHash::Sha256);
    QMap<QString, std::shared_ptr<QCryptographicHash>> parts;
    auto r = eachRow(db, {}, [&](const QString &part, const QString &, const QByteArray &bytes) {
        total.addData(bytes);
        auto &h = parts[part];
        if (!h)
            h = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
        h->addData(bytes);
    });
    if (!r)
        return std::unexpected(r.error());
    StateDigest digest{total.result().toHex(), {}};
    for (const QString &part : stateParts()) {
        digest.parts.insert(part, parts.contains(part) ? parts.value(part)->result().toHex()
                                                       : QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex());
    }
    return digest;
}

Result<QMap<QString, QByteArray>> rowDigests(Database &db, const QString &part)
{
    QMap<QString, QByteArray> rows;
    auto r = eachRow(db, part, [&](const QString &, const QString &key, const QByteArray &bytes) {
        rows.insert(key, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
    });
    if (!r)
        return std::unexpected(r.error());
    return rows;
}

} // namespace guichet::sync
