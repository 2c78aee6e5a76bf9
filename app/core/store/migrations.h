// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace guichet {

/// One step of the schema. Steps are numbered from 1, run in order, each in
/// its own transaction with `PRAGMA user_version` set to its number, and are
/// never edited once released: a change to the schema is a new step.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
    /// Data work that SQL alone cannot do (e.g. filling the search index
    /// with folded names), run after the statements in the same transaction.
    std::function<Result<void>(QSqlDatabase &)> after;
};

const QList<Migration> &migrations();

} // namespace guichet
