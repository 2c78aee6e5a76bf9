// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QRandomGenerator>
#include <QUuid>

namespace guichet {

/// UUIDv7 (RFC 9562) made locally, offline: 48-bit Unix milliseconds, then
/// 12 bits used as a counter so ids made in the same millisecond still sort
/// in creation order, then 62 random bits. QUuid::createUuidV7 is not in Qt 6.4.
class UuidV7Generator
{
public:
    /// `seed` 0 draws from the system's secure source; any other value gives a
    /// reproducible sequence (demo data, tests).
    explicit UuidV7Generator(const Clock &clock, quint64 seed = 0);
    QUuid next();

    static qint64 timestampMs(const QUuid &id);

private:
    const Clock &m_clock;
    QRandomGenerator m_seeded;
    bool m_useSeeded;
    qint64 m_lastMs = -1;
    quint16 m_counter = 0;
};

/// 16-byte big-endian form used as the primary key in SQLite.
inline QByteArray uuidBytes(const QUuid &id) { return id.toRfc4122(); }
inline QUuid uuidFromBytes(const QByteArray &bytes) { return QUuid::fromRfc4122(bytes); }

} // namespace guichet
