// SPDX-License-Identifier: GPL-3.0-or-later
#include "hlc.h"

namespace guichet {

qint64 HybridLogicalClock::now()
{
    const qint64 wall = make(m_clock.now().toMSecsSinceEpoch(), 0);
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

void HybridLogicalClock::observe(qint64 remote)
{
    const qint64 wall = make(m_clock.now().toMSecsSinceEpoch(), 0);
    m_last = qMax(qMax(wall, m_last), remote);
}

} // namespace guichet
