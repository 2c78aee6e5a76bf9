// SPDX-License-Identifier: GPL-3.0-or-later
#include "officesetup.h"

#include "command.h"
#include "reference/referencerelease.h"
#include "store/database.h"
#include "store/maintenance.h"
#include "store/referencestore.h"

#include <QJsonArray>
#include <QStringList>

namespace guichet::cli {

namespace {
const QString officeKey = QStringLiteral("office_code");
const QString slotKey = QStringLiteral("tracking_slot");
} // namespace

QList<QPair<QString, QString>> OfficeSetup::offices(const ReferenceRelease &release)
{
    QList<QPair<QString, QString>> out;
    for (const auto &v : release.section(QStringLiteral("offices")).value(QStringLiteral("offices")).toArray()) {
        const auto o = v.toObject();
        out.append({o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("name")).toString()});
    }
    return out;
}

Result<QString> OfficeSetup::checkOffice(const ReferenceRelease &release, const QString &code)
{
    const QString wanted = code.trimmed().toUpper();
    QStringList valid;
    for (const auto &[c, name] : offices(release)) {
        if (c == wanted)
            return c;
        valid << tr("%1 (%2)").arg(c, name);
    }
    return std::unexpected(Error::invalid(QStringLiteral("office"),
        tr("Office: \"%1\" is not an office of reference release %2. Valid codes: %3.")
            .arg(code, release.id(), valid.join(QStringLiteral(", ")))));
}

Result<OfficeSetup::Outcome> OfficeSetup::initialise(Database &db, const ReferenceRelease &release,
                                                     const QString &office, int slot)
{
    Outcome outcome;
    outcome.office = office;
    Database::Transaction tx(db);
    if (!tx.isActive())
        return std::unexpected(Error::make(Error::Code::Storage,
            tr("The office database %1 is busy. Close the other Guichet programs and try again.").arg(db.path())));

    const QString recordedOffice = db.meta(officeKey);
    if (!recordedOffice.isEmpty() && recordedOffice != office)
        return std::unexpected(Error{Error::Code::Conflict, QStringLiteral("office"),
            tr("The office database %1 belongs to office %2; it cannot become office %3's. Give another path "
               "with --db to create a database for %3.").arg(db.path(), recordedOffice, office)});
    const int recordedSlot = db.meta(slotKey).toInt();
    outcome.slot = slot > 0 ? slot : (recordedSlot > 0 ? recordedSlot : 1);
    if (recordedSlot > 0 && recordedSlot != outcome.slot) {
        // Numbers already given in the old slot would no longer tell which workstation made them.
        auto stats = maintenance::statistics(db);
        if (!stats)
            return std::unexpected(stats.error());
        for (const auto &[key, value] : *stats)
            if (key == QLatin1String("cases") && value > 0)
                return std::unexpected(Error{Error::Code::Conflict, QStringLiteral("slot"),
                    tr("Tracking slot: this workstation already numbers cases in slot %1; the slot cannot change "
                       "once cases exist.").arg(recordedSlot)});
    }
    outcome.changed = recordedOffice.isEmpty() || recordedSlot != outcome.slot;

    if (auto r = ReferenceStore(db).install(release); !r)
        return std::unexpected(r.error());
    if (auto r = db.setMeta(officeKey, office); !r)
        return std::unexpected(r.error());
    if (auto r = db.setMeta(slotKey, QString::number(outcome.slot)); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return outcome;
}

} // namespace guichet::cli
