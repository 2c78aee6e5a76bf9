// SPDX-License-Identifier: GPL-3.0-or-later
#include "statehash.h"

#include "store/database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace guichet::sync {

Result<QByteArray> stateHash(Database &db)
{
    // Column lists fixed here: adding a synced column is a protocol change.
    static const char *const selects[] = {
        "SELECT 'citizen', hex(id), family_name, used_name, first_names, sex, birth_date, birth_place_code, "
        "birth_place_name, birth_country, address_line, postal_code, city, phone, email, language, hex(merged_into), created_at "
        "FROM citizens ORDER BY id",
        "SELECT 'case', hex(id), tracking_number, hex(citizen_id), module_id, procedure_id, channel, status, closed, "
        "office_code, service, due_date, summary, data, missing_documents, release_id, hex(agent_id), created_at, deleted "
        "FROM cases ORDER BY id",
        "SELECT 'event', hex(id), hex(case_id), kind, at, hex(agent_id), payload, release_id FROM case_events ORDER BY id",
        "SELECT 'agent', hex(id), login, display_name, role, office_code, active, refused FROM agents ORDER BY id",
        "SELECT 'conflict', entity, hex(entity_id), field, hlc, hex(workstation_id), value, settled FROM conflicts "
        "ORDER BY entity_id, field, hlc, workstation_id",
        "SELECT 'tombstone', entity, hex(entity_id), hlc, hex(workstation_id), hex(agent_id), at, reason FROM tombstones "
        "ORDER BY entity_id, entity",
        "SELECT 'merge', hex(id), hex(merged_id), hex(into_id), hlc, hex(workstation_id), hex(agent_id), at "
        "FROM citizen_merges ORDER BY id",
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : selects) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QLatin1String(sql)))
            return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the synced state")));
        const int columns = q.record().count();
        while (q.next()) {
            for (int i = 0; i < columns; ++i) {
                // Unit separator between values, record separator between rows; NULL is its own mark.
                hash.addData(q.isNull(i) ? QByteArrayView("\x1e\x00", 2) : QByteArrayView(q.value(i).toString().toUtf8()));
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\n", 1));
        }
    }
    return hash.result().toHex();
}

} // namespace guichet::sync
