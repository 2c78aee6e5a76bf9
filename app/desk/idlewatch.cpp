// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlewatch.h"

#include "domain/clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace guichet {

IdleWatch::IdleWatch(const Clock &clock, std::function<int()> minutes, QObject *parent)
    : QObject(parent), m_clock(clock), m_minutes(std::move(minutes)), m_lastInput(clock.now()), m_timer(this)
{
    // Removed by Qt when this object is destroyed.
    QCoreApplication::instance()->installEventFilter(this);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatch::check);
    m_timer.start(CheckEvery);
}

void IdleWatch::check()
{
    const int minutes = m_minutes();
    if (minutes <= 0)
        return;
    if (m_lastInput.secsTo(m_clock.now()) >= qint64(minutes) * 60)
        Q_EMIT idle();
}

void IdleWatch::reset()
{
    m_lastInput = m_clock.now();
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    // What a person does, not what Qt makes up: a widget shown under a
    // still mouse receives a synthetic move, which is not spontaneous.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        if (event->spontaneous())
            m_lastInput = m_clock.now();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace guichet
