// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncclient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

namespace guichet {

class DeskSession;

/// When the desk syncs with HQ: every few minutes while the desk is open
/// (settings::SyncIntervalMinutes), once a night at the office's
/// hour (settings::SyncNightHour) if the desk is still open, and
/// when the agent asks. One sync at a time; the agent's work never waits for it.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(DeskSession &session, QObject *parent = nullptr);

    /// False when the workstation is not enrolled (the status bar says so).
    bool isEnrolled() const { return m_enrolled; }
    bool isRunning() const { return m_client.isRunning(); }
    const sync::SyncReport &lastReport() const { return m_last; }
    /// Operations not yet acknowledged by HQ.
    qint64 waiting() const;
    QDateTime lastSuccess() const;

    /// Starts a sync unless one runs or the workstation is not enrolled.
    void syncNow();
    /// Starts the timers (the desk calls it once its window is up).
    void startSchedule();

Q_SIGNALS:
    void started();
    void progress(qint64 done, qint64 total);
    void finished(const guichet::sync::SyncReport &report);
    /// After a sync that brought operations from other offices: lists may have changed.
    void dataChanged();

private:
    void checkNight();

    DeskSession &m_session;
    QNetworkAccessManager m_network;
    sync::SyncClient m_client;
    sync::SyncReport m_last;
    QTimer m_interval;
    QTimer m_night;
    bool m_enrolled = false;
};

} // namespace guichet
