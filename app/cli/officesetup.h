// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace guichet {
class Database;
class ReferenceRelease;
}

namespace guichet::cli {

/// What makes a database an office's database: the reference release it answers
/// under, its office code and its tracking slot. Shared by `init` and `demo`.
class OfficeSetup
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    static constexpr int minSlot = 1;
    static constexpr int maxSlot = 9;

    /// Code and name of each office of the release (offices.json).
    static QList<QPair<QString, QString>> offices(const ReferenceRelease &release);
    /// The code in upper case when it is an office of the release; otherwise an
    /// Invalid error that lists the valid codes.
    static Result<QString> checkOffice(const ReferenceRelease &release, const QString &code);

    struct Outcome
    {
        bool changed = false;      ///< false: the database was already set up this way
        QString office;
        int slot = 1;
    };
    /// Installs `release`, records the office and the slot, in one transaction.
    /// Running it again for the same office changes nothing; another office is
    /// refused, and so is another slot once the database holds cases.
    /// `slot` 0 keeps the recorded slot (1 for a new database).
    static Result<Outcome> initialise(Database &db, const ReferenceRelease &release, const QString &office, int slot);
};

} // namespace guichet::cli
