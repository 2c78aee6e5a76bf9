// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "store/settings.h"

#include "desksession.h"

namespace guichet {

SyncController::SyncController(DeskSession &session, QObject *parent)
    : QObject(parent), m_session(session), m_client(session.database(), m_network)
{
    m_enrolled = sync::HqLink::load(session.database()).has_value();
    connect(&m_client, &sync::SyncClient::progress, this, &SyncController::progress);
    connect(&m_client, &sync::SyncClient::finished, this, [this](const sync::SyncReport &report) {
        m_last = report;
        emit finished(report);
        if (report.received > 0)
            emit dataChanged();
    });
    connect(&m_interval, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_night, &QTimer::timeout, this, &SyncController::checkNight);
}

qint64 SyncController::waiting() const
{
    auto n = sync::Replicator(m_session.database()).pendingCount();
    return n ? *n : 0;
}

QDateTime SyncController::lastSuccess() const
{
    return Database::fromTimestamp(m_session.database().meta(QStringLiteral("hq_last_sync")));
}

void SyncController::syncNow()
{
    if (m_client.isRunning())
        return;
    auto link = sync::HqLink::load(m_session.database());
    m_enrolled = link.has_value();
    if (!link)
        return;
    emit started();
    m_client.start(*link, m_session.reference().id());
}

void SyncController::startSchedule()
{
    if (!m_enrolled)
        return;
    const int minutes = settings::SyncIntervalMinutes.value(m_session.database());
    m_interval.start(std::chrono::minutes(minutes));
    m_night.start(std::chrono::minutes(1));
    QTimer::singleShot(0, this, &SyncController::syncNow);
}

void SyncController::checkNight()
{
    const QDateTime now = m_session.clock().now().toLocalTime();
    const int hour = settings::SyncNightHour.value(m_session.database());
    const QString today = now.date().toString(Qt::ISODate);
    if (now.time().hour() != hour || m_session.database().meta(QStringLiteral("hq_night_sync")) == today)
        return;
    m_session.database().setMeta(QStringLiteral("hq_night_sync"), today);
    syncNow();
}

} // namespace guichet
