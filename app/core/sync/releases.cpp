// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases.h"

#include "store/settings.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace guichet::sync {

namespace {

constexpr char AnnouncedKey[] = "hq_releases";
constexpr char ConfirmedKey[] = "hq_releases_confirmed_at";

} // namespace

QJsonObject AnnouncedRelease::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("number"), number},
            {QStringLiteral("hash"), hash},
            {QStringLiteral("effective"), effective.toString(Qt::ISODate)}};
}

Result<AnnouncedRelease> AnnouncedRelease::fromJson(const QJsonObject &json)
{
    AnnouncedRelease r;
    r.id = json.value(QStringLiteral("id")).toString();
    r.number = json.value(QStringLiteral("number")).toInt();
    r.hash = json.value(QStringLiteral("hash")).toString();
    r.effective = QDate::fromString(json.value(QStringLiteral("effective")).toString(), Qt::ISODate);
    auto bad = [](const char *field, const QString &message) {
        return std::unexpected(Error::invalid(QLatin1String(field), message));
    };
    if (r.id.isEmpty())
        return bad("id", QCoreApplication::translate("SyncWire", "releases: a release without an id was announced."));
    if (r.number < 1)
        return bad("number", QCoreApplication::translate("SyncWire", "releases: release %1 has no positive number.").arg(r.id));
    if (r.hash.size() != 64)
        return bad("hash", QCoreApplication::translate("SyncWire", "releases: release %1 has no SHA-256 hash.").arg(r.id));
    if (!r.effective.isValid())
        return bad("effective", QCoreApplication::translate("SyncWire", "releases: release %1 has no valid effective date.").arg(r.id));
    return r;
}

std::optional<AnnouncedRelease> releaseInForce(const QList<AnnouncedRelease> &releases, const QDate &day)
{
    std::optional<AnnouncedRelease> best;
    for (const AnnouncedRelease &r : releases) {
        if (r.effective > day)
            continue;
        if (!best || r.effective > best->effective || (r.effective == best->effective && r.number > best->number))
            best = r;
    }
    return best;
}

Result<void> ReleaseWatch::remember(const QList<AnnouncedRelease> &announced)
{
    QJsonArray list;
    for (const AnnouncedRelease &r : announced)
        list.append(r.toJson());
    Database::Transaction tx(m_db);
    if (auto r = m_db.setMeta(QLatin1String(AnnouncedKey),
                              QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))); !r)
        return r;
    if (auto r = m_db.setMeta(QLatin1String(ConfirmedKey), Database::timestamp(m_db.clock().now())); !r)
        return r;
    return tx.commit();
}

QList<AnnouncedRelease> ReleaseWatch::announced() const
{
    QList<AnnouncedRelease> out;
    const auto list = QJsonDocument::fromJson(m_db.meta(QLatin1String(AnnouncedKey)).toUtf8()).array();
    for (const QJsonValue &v : list)
        if (auto r = AnnouncedRelease::fromJson(v.toObject()))
            out << *r;
    return out;
}

QDateTime ReleaseWatch::confirmedAt() const
{
    return Database::fromTimestamp(m_db.meta(QLatin1String(ConfirmedKey)));
}

int ReleaseWatch::maxAgeDays() const
{
    return settings::ReleaseMaxAgeDays.value(m_db);
}

ReleaseWatch::Status ReleaseWatch::status(const ReferenceRelease &current, const QDateTime &now) const
{
    const QDate day = now.toLocalTime().date();
    Status s;
    s.current = current;
    const QList<AnnouncedRelease> known = announced();
    for (const AnnouncedRelease &r : known)
        if (r.id == s.current.id() && r.hash == s.current.hash())
            s.number = r.number;
    if (auto hq = releaseInForce(known, day))
        s.hqInForce = hq->id;
    s.confirmedAt = confirmedAt();
    s.maxAgeDays = maxAgeDays();
    s.enrolled = !m_db.meta(QStringLiteral("hq_url")).isEmpty();
    s.behindHq = !s.hqInForce.isEmpty() && s.hqInForce != s.current.id();
    s.unconfirmed = s.enrolled
        && (!s.confirmedAt.isValid() || s.confirmedAt.secsTo(now) > qint64(s.maxAgeDays) * 24 * 3600);
    return s;
}

} // namespace guichet::sync
