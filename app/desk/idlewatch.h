// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace guichet {

class Clock;

/// Says when nobody has touched the keyboard or the mouse of the desk for
/// the idle delay, so that a shared counter locks itself. Input is seen by
/// an application event filter (any window, dialogs included); time comes
/// from the injected clock, and a timer checks it every few seconds: a test
/// moves a ManualClock and calls check(), it never waits.
class IdleWatch : public QObject
{
    Q_OBJECT
public:
    /// `minutes` gives the delay at each check (a setting that may change
    /// meanwhile); 0 means never.
    IdleWatch(const Clock &clock, std::function<int()> minutes, QObject *parent = nullptr);

    /// Emits idle() when the delay has passed since the last input.
    void check();
    /// Counts as input now (the desk unlocked, a page opened by program).
    void reset();
    QDateTime lastInput() const { return m_lastInput; }
    /// How often check() runs by itself.
    static constexpr std::chrono::seconds CheckEvery{15};

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock &m_clock;
    std::function<int()> m_minutes;
    QDateTime m_lastInput;
    QTimer m_timer;
};

} // namespace guichet
