// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The office settings: one list of names, ranges and defaults, read by the
// desk and the sync, listed and changed by `guichetctl setting`. Each is kept
// in the office database's meta table.

#include "domain/error.h"

#include <QList>
#include <QString>

namespace guichet {

class Database;

struct Setting
{
    const char *key;
    int minimum;
    int maximum;
    int fallback;
    const char *meaning;  ///< English, translated in the context "Settings"

    /// The value held in `db`; the default when none is, or when what is held is out of range.
    int value(const Database &db) const;
    /// Keeps `value` in `db`, or refuses it, naming the setting and its range.
    Result<void> set(Database &db, int value) const;
    /// The meaning, translated.
    QString description() const;
};

namespace settings {

extern const Setting SyncIntervalMinutes;
extern const Setting SyncNightHour;
extern const Setting ReleaseMaxAgeDays;
extern const Setting IdleLockMinutes;

/// Every setting, in the order `guichetctl setting` lists them.
const QList<const Setting *> &all();
/// The setting of that name, or nullptr.
const Setting *find(const QString &key);

} // namespace settings

} // namespace guichet
