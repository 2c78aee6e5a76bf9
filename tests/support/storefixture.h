// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include "domain/clock.h"
#include "domain/types.h"
#include "reference/workflow.h"
#include "store/database.h"
#include "store/referencestore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace guichet::test {

/// A real office database file in a temporary folder, migrated, with the
/// bundled reference release installed and a clock the test moves.
struct StoreFixture
{
    TempDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> db;
    ReferenceRelease release;
    QUuid agent = QUuid::fromString(QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057"));

    StoreFixture()
    {
        auto opened = Database::open(dir.file(QStringLiteral("office.db")), clock);
        REQUIRE(opened.has_value());
        db = std::move(*opened);
        REQUIRE(db->setMeta(QStringLiteral("office_code"), QStringLiteral("BEL")));
        auto bundled = ReferenceStore::bundled();
        REQUIRE(bundled.has_value());
        release = *bundled;
        REQUIRE(ReferenceStore(*db).install(release));
    }

    qint64 count(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    /// A workflow written out here, so store tests do not depend on a module's data.
    static Workflow requestWorkflow()
    {
        return Workflow::fromJson(QJsonDocument::fromJson(R"({
            "initial": "received",
            "states": [{"id": "received", "label": "Reçue"}, {"id": "processing", "label": "En cours"},
                       {"id": "delivered", "label": "Délivrée", "terminal": true},
                       {"id": "refused", "label": "Refusée", "terminal": true}],
            "transitions": [{"from": "received", "to": "processing"},
                            {"from": "processing", "to": "delivered"},
                            {"from": "processing", "to": "refused", "reasons": ["Demandeur non habilité", "Acte introuvable"]}]
        })").object());
    }
};

inline Citizen sampleCitizen(const QString &family = QStringLiteral("Lefèvre"),
                             const QString &first = QStringLiteral("Jeanne Marie"))
{
    Citizen c;
    c.familyName = family;
    c.firstNames = first;
    c.sex = QLatin1Char('F');
    c.birthDate = QDate(1984, 3, 12);
    c.birthPlaceCode = QStringLiteral("29019");
    c.birthPlaceName = QStringLiteral("Brest");
    c.addressLine = QStringLiteral("12 rue de Siam");
    c.postalCode = QStringLiteral("29200");
    c.city = QStringLiteral("Brest");
    c.phone = QStringLiteral("06 12 34 56 78");
    c.email = QStringLiteral("jeanne.lefevre@Example.FR");
    return c;
}

} // namespace guichet::test
