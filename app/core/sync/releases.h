// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "reference/referencerelease.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace guichet {

class Database;

namespace sync {

/// A reference release as HQ announces it at the handshake: the one in force
/// at HQ today and those to come. The workstation downloads what it lacks and
/// checks what it receives against `hash` before installing it.
struct AnnouncedRelease
{
    QString id;          ///< "2027.1", as in release.json
    int number = 0;      ///< HQ's publication number: 1, 2, 3…
    QString hash;        ///< SHA-256 of the canonical JSON, hex
    QDate effective;

    QJsonObject toJson() const;
    /// Every member checked; the error names the member that is wrong.
    static Result<AnnouncedRelease> fromJson(const QJsonObject &json);
    bool operator==(const AnnouncedRelease &) const = default;
};

/// Among announced releases, the one in force on `day` (newest effective date
/// come, the higher number on a tie), or none.
std::optional<AnnouncedRelease> releaseInForce(const QList<AnnouncedRelease> &releases, const QDate &day);

/// How this workstation stands with HQ's releases: what it answers under, what
/// HQ said is in force (remembered from the last handshake, in meta) and how
/// long ago HQ confirmed it. The desk's status bar warns from this.
class ReleaseWatch
{
public:
    explicit ReleaseWatch(Database &db) : m_db(db) {}

    /// Remembers HQ's announcement and that HQ confirmed it now (one transaction).
    Result<void> remember(const QList<AnnouncedRelease> &announced);
    /// What HQ announced at the last handshake (empty before the first one).
    QList<AnnouncedRelease> announced() const;
    QDateTime confirmedAt() const;
    /// How many days it may go without HQ confirming its release before the
    /// desk warns (settings::ReleaseMaxAgeDays, `guichetctl setting`).
    int maxAgeDays() const;

    struct Status
    {
        ReferenceRelease current;       ///< the release this workstation answers under now
        int number = 0;                 ///< its HQ number, 0 when HQ never announced it
        QString hqInForce;              ///< the release HQ has in force now, as last announced; empty if unknown
        QDateTime confirmedAt;          ///< last handshake; invalid if never
        int maxAgeDays = 0;
        bool enrolled = false;
        bool behindHq = false;          ///< HQ's release in force is not the one answered under
        bool unconfirmed = false;       ///< enrolled, and HQ has not confirmed for more than maxAgeDays
        bool lags() const { return behindHq || unconfirmed; }
    };
    /// The status at `now` of a workstation answering under `current`.
    Status status(const ReferenceRelease &current, const QDateTime &now) const;

private:
    Database &m_db;
};

} // namespace sync
} // namespace guichet
