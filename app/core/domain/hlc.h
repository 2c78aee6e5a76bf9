// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"

#include <QtGlobal>

namespace guichet {

/// Hybrid logical clock (Kulkarni et al.): a timestamp that follows the wall
/// clock but never goes back, even when the wall clock does, and orders
/// causally related events across workstations. Encoded in one integer,
/// (milliseconds << 16) | counter, so it sorts as it compares.
class HybridLogicalClock
{
public:
    explicit HybridLogicalClock(const Clock &clock) : m_clock(clock) {}

    /// A stamp for a local event, greater than every stamp seen so far.
    qint64 now();
    /// Takes a stamp received from elsewhere into account (sync).
    void observe(qint64 remote);
    /// The last stamp given or seen (what must survive a restart).
    qint64 last() const { return m_last; }
    /// Restores the state after a restart.
    void restore(qint64 last) { m_last = qMax(m_last, last); }

    static qint64 make(qint64 ms, int counter) { return (ms << 16) | (counter & 0xffff); }
    static qint64 physicalMs(qint64 stamp) { return stamp >> 16; }
    static int counter(qint64 stamp) { return int(stamp & 0xffff); }

private:
    const Clock &m_clock;
    qint64 m_last = 0;
};

} // namespace guichet
