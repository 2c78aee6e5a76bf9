// SPDX-License-Identifier: GPL-3.0-or-later
#include "statehash.h"
#include "domain/entities.h"

#include "store/database.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

#include <functional>
#include <memory>

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
    "SELECT 'correction', hex(id), hex(citizen_id), at, hex(agent_id), hex(workstation_id), hlc, office_code, reason, "
    "changes FROM citizen_changes ORDER BY id",
};

/// Runs each part's query; `row` gets the part, the row's key and its canonical bytes.
/// Through SQLite's own interface: a city's state is millions of values, read
/// as the UTF-8 SQLite holds, without a QVariant and a UTF-16 copy each.
Result<void> eachRow(Database &db, const QString &only,
                     const std::function<void(const QString &, QByteArrayView, const QByteArray &)> &row)
{
    for (const char *sql : selects) {
        const QString part = QString::fromLatin1(sql).section(u'\'', 1, 1);
        if (!only.isEmpty() && part != only)
            continue;
        Statement &q = db.statement(QLatin1String(sql));
        const char *what = QT_TRANSLATE_NOOP("Database", "read the synced state");
        QByteArray bytes;
        for (;;) {
            auto more = q.next(what);
            if (!more)
                return std::unexpected(more.error());
            if (!*more)
                break;
            const int columns = q.columnCount();
            bytes.clear();
            for (int i = 0; i < columns; ++i) {
                // Unit separator between values, record separator between rows; NULL is its own mark.
                if (q.isNull(i))
                    bytes += QByteArrayView("\x1e\x00", 2);
                else if (q.isReal(i))
                    bytes += QVariant(q.real(i)).toString().toUtf8();  // as QVariant writes a double
                else
                    bytes += q.utf8(i);
                bytes += '\x1f';
            }
            bytes += '\n';
            row(part, q.utf8(1), bytes);
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
        {QStringLiteral("merge"), QT_TRANSLATE_NOOP("StateHash", "merged people")},
        {QStringLiteral("correction"), QT_TRANSLATE_NOOP("StateHash", "people's histories")}};
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
    // Each row is hashed once, into its part; the total is the hash of the
    // parts' hashes in their order.
    QMap<QString, std::shared_ptr<QCryptographicHash>> parts;
    QCryptographicHash *current = nullptr;
    QString currentPart;
    auto r = eachRow(db, {}, [&](const QString &part, QByteArrayView, const QByteArray &bytes) {
        if (!current || part != currentPart) {  // rows come part by part
            auto &h = parts[part];
            if (!h)
                h = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
            current = h.get();
            currentPart = part;
        }
        current->addData(bytes);
    });
    if (!r)
        return std::unexpected(r.error());
    StateDigest digest;
    QCryptographicHash total(QCryptographicHash::Sha256);
    for (const QString &part : stateParts()) {
        const QByteArray hash = parts.contains(part) ? parts.value(part)->result().toHex()
                                                     : QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex();
        digest.parts.insert(part, hash);
        total.addData(hash + '\n');
    }
    digest.total = total.result().toHex();
    return digest;
}

Result<QMap<QString, QByteArray>> rowDigests(Database &db, const QString &part)
{
    QMap<QString, QByteArray> rows;
    auto r = eachRow(db, part, [&](const QString &, QByteArrayView key, const QByteArray &bytes) {
        rows.insert(QString::fromUtf8(key), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
    });
    if (!r)
        return std::unexpected(r.error());
    return rows;
}

} // namespace guichet::sync
