// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests of every module's rules and forms ask of errors and checklists.
// Header-only: module tests link the SDK, the support library does not.

#include "modulecontext.h"

#include <QStringList>

namespace guichet::test {

/// The fields named by a list of errors, sorted.
inline QStringList errorFields(const QList<Error> &errors)
{
    QStringList fields;
    for (const auto &e : errors)
        fields << e.field;
    fields.sort();
    return fields;
}

/// The message of the error about `field`, or empty.
inline QString errorOf(const QList<Error> &errors, const QString &field)
{
    for (const auto &e : errors)
        if (e.field == field)
            return e.message;
    return {};
}

/// The ids of a checklist, in order.
inline QStringList ids(const QList<ChecklistItem> &items)
{
    QStringList list;
    for (const auto &i : items)
        list << i.id;
    return list;
}

} // namespace guichet::test
