// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "database.h"

#include <QCoreApplication>

namespace guichet {

namespace settings {

const Setting SyncIntervalMinutes{"sync_interval_minutes", 1, 1440, 5,
    QT_TRANSLATE_NOOP("Settings", "Minutes between two syncs while the desk is open.")};
const Setting SyncNightHour{"sync_night_hour", 0, 23, 2,
    QT_TRANSLATE_NOOP("Settings", "Hour of the full nightly sync, if the desk is open.")};
const Setting ReleaseMaxAgeDays{"release_max_age_days", 1, 365, 7,
    QT_TRANSLATE_NOOP("Settings", "Days the desk may go without HQ confirming its reference release before it warns.")};
const Setting IdleLockMinutes{"idle_lock_minutes", 0, 60, 5,
    QT_TRANSLATE_NOOP("Settings", "Minutes without keyboard or mouse input after which the desk locks itself; 0 never locks it.")};

const QList<const Setting *> &all()
{
    static const QList<const Setting *> list{&SyncIntervalMinutes, &SyncNightHour, &ReleaseMaxAgeDays, &IdleLockMinutes};
    return list;
}

const Setting *find(const QString &key)
{
    for (const Setting *s : all())
        if (key == QLatin1String(s->key))
            return s;
    return nullptr;
}

} // namespace settings

int Setting::value(const Database &db) const
{
    bool ok = false;
    const int held = db.meta(QLatin1String(key)).toInt(&ok);
    return ok && held >= minimum && held <= maximum ? held : fallback;
}

Result<void> Setting::set(Database &db, int value) const
{
    if (value < minimum || value > maximum)
        return std::unexpected(Error::invalid(QLatin1String(key),
            QCoreApplication::translate("Settings", "%1: a whole number from %2 to %3 was expected, not %4.")
                .arg(QLatin1String(key)).arg(minimum).arg(maximum).arg(value)));
    return db.setMeta(QLatin1String(key), QString::number(value));
}

QString Setting::description() const
{
    return QCoreApplication::translate("Settings", meaning);
}

} // namespace guichet
