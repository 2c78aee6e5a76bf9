// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "reference/referencerelease.h"

namespace guichet {

class Database;

/// The reference releases a workstation holds. A release is stored whole
/// (its canonical JSON and hash) and answers are given under the newest one
/// whose effective date has come.
class ReferenceStore
{
public:
    explicit ReferenceStore(Database &db) : m_db(db) {}

    /// Stores a release; installing the same release twice changes nothing,
    /// a different content under an existing id is refused.
    Result<void> install(const ReferenceRelease &release);
    /// The hash of release `id` as installed here; empty when it is not.
    Result<QString> installedHash(const QString &id) const;
    /// The release in force on `day`.
    Result<ReferenceRelease> current(const QDate &day) const;
    /// The id of the release in force on `day`, without reading it: callers
    /// that ask for many days read each release once (guichetctl answer).
    Result<QString> currentId(const QDate &day) const;
    /// An installed release.
    Result<ReferenceRelease> release(const QString &id) const;

    /// The release shipped inside this version of Guichet.
    static Result<ReferenceRelease> bundled();

private:
    Database &m_db;
};

} // namespace guichet
