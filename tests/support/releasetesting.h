// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The reference release shipped in resources/, as tests of the core and of
// the modules read it, whole or with one section changed.

#include "reference/referencerelease.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace guichet::test {

/// The reference release shipped in resources/ that the module tests read, loaded once.
inline const ReferenceRelease &shippedRelease()
{
    static const ReferenceRelease loaded = [] {
        auto r = ReferenceRelease::loadDirectory(sourcePath(QStringLiteral("resources/reference/2026.1")));
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.has_value());
        return *r;
    }();
    return loaded;
}

/// The shipped release with its section `id` changed by `edit` (removed when
/// `edit` leaves it empty), as a release HQ could publish.
inline Result<ReferenceRelease> shippedReleaseWith(const QString &id, const std::function<void(QJsonObject &)> &edit)
{
    auto whole = QJsonDocument::fromJson(shippedRelease().canonicalJson()).object();
    auto sections = whole.value(QStringLiteral("sections")).toObject();
    auto section = sections.value(id).toObject();
    edit(section);
    if (section.isEmpty())
        sections.remove(id);
    else
        sections.insert(id, section);
    whole.insert(QStringLiteral("sections"), sections);
    return ReferenceRelease::fromCanonicalJson(QJsonDocument(whole).toJson(QJsonDocument::Compact));
}

} // namespace guichet::test
