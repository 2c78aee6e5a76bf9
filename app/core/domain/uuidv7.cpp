// SPDX-License-Identifier: GPL-3.0-or-later
#include "uuidv7.h"

namespace guichet {

UuidV7Generator::UuidV7Generator(const Clock &clock, quint64 seed)
    : m_clock(clock), m_seeded(static_cast<quint32>(seed ^ (seed >> 32))), m_useSeeded(seed != 0)
{
}

QUuid UuidV7Generator::next()
{
    qint64 ms = m_clock.now().toMSecsSinceEpoch();
    if (ms <= m_lastMs) {
        // Same millisecond, or the wall clock went back: keep ids increasing.
        ms = m_lastMs;
        if (++m_counter > 0x0fff) {
            ++ms;
            m_counter = 0;
        }
    } else {
        m_counter = 0;
    }
    m_lastMs = ms;

    QRandomGenerator *rng = m_useSeeded ? &m_seeded : QRandomGenerator::system();
    const quint64 random = rng->generate64();

    QByteArray b(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i)
        b[i] = char((ms >> (8 * (5 - i))) & 0xff);
    b[6] = char(0x70 | ((m_counter >> 8) & 0x0f));
    b[7] = char(m_counter & 0xff);
    b[8] = char(0x80 | ((random >> 56) & 0x3f));
    for (int i = 9; i < 16; ++i)
        b[i] = char((random >> (8 * (15 - i))) & 0xff);
    return QUuid::fromRfc4122(b);
}

qint64 UuidV7Generator::timestampMs(const QUuid &id)
{
    const QByteArray b = id.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | quint8(b[i]);
    return ms;
}

} // namespace guichet
