// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests of every module's rules and forms ask of the shipped
// release, of errors and of checklists.
// Header-only: module tests link the SDK, the support library does not.

#include "modulecontext.h"
#include "reference/communes.h"
#include "releasetesting.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QStringList>

#include <functional>

namespace guichet::test {

/// The communes of the shipped release, read once.
inline const CommuneTable &shippedCommunes()
{
    static const CommuneTable table = [] {
        auto t = CommuneTable::fromRelease(shippedRelease());
        REQUIRE(t.has_value());
        return *t;
    }();
    return table;
}

/// A module's rules read from the shipped release, once; the test fails if they are refused.
template<typename Rules>
const Rules &shippedRules()
{
    static const Rules loaded = [] {
        auto r = Rules::fromRelease(shippedRelease());
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.has_value());
        return *r;
    }();
    return loaded;
}

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
