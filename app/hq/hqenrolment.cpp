// SPDX-License-Identifier: GPL-3.0-or-later
// Enrolment and workstations: one-time codes, tokens, revocation, what each workstation said and how it lags.
#include "hqstore.h"
#include "hqstore_p.h"

#include "domain/crashpoint.h"
#include "domain/fieldversion.h"
#include "store/database.h"
#include "store/referencestore.h"
#include "sync/replicator.h"
#include "sync/statehash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace guichet::hq {

using detail::storage;

namespace {

QString hashOf(const QByteArray &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

/// Crockford's base-32 alphabet: no I, L, O or U to misread on the phone.
constexpr char codeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QString normalisedCode(const QString &code)
{
    QString c = code.trimmed().toUpper();
    c.remove(u'-').remove(u' ');
    c.replace(u'O', u'0').replace(u'I', u'1').replace(u'L', u'1');
    return c;
}

} // namespace

Result<QList<HqStore::WorkstationCheck>> HqStore::checkWorkstations(int staleDays) const
{
    auto list = workstations();
    if (!list)
        return std::unexpected(list.error());
    auto current = releaseInForce(m_clock.today());
    if (!current)
        return std::unexpected(current.error());
    const QDateTime now = m_clock.now();
    QList<WorkstationCheck> out;
    for (const Workstation &w : std::as_const(*list)) {
        WorkstationCheck c{w};
        if (!w.revoked) {
            c.releaseDiffers = !w.releaseId.isEmpty() && w.releaseId != current->id;
            c.stale = staleDays > 0 && (!w.lastSyncAt.isValid() || w.lastSyncAt.secsTo(now) > qint64(staleDays) * 24 * 3600);
            c.clockAhead = w.clockAheadAt.isValid() && w.clockAheadAt.secsTo(now) <= 7 * 24 * 3600;
        }
        out << c;
    }
    return out;
}


Result<QString> HqStore::issueEnrolCode(const QString &office, int hours)
{
    if (office.isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("office"), QCoreApplication::translate("HqStore", "--office: give the office code, such as BEL.")));
    if (hours < 1 || hours > 24 * 30)
        return std::unexpected(Error::invalid(QStringLiteral("hours"), QCoreApplication::translate("HqStore", "--valid-hours: between 1 and 720 hours.")));
    QString code;
    for (int i = 0; i < 10; ++i)
        code += QLatin1Char(codeAlphabet[QRandomGenerator::system()->bounded(32)]);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO enrol_codes(code_hash, office_code, expires_at) VALUES (?, ?, ?)"));
    q.addBindValue(hashOf(code.toLatin1()));
    q.addBindValue(office);
    q.addBindValue(timestamp(m_clock.now().addSecs(qint64(hours) * 3600)));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "store the enrolment code")));
    return code.left(5) + u'-' + code.mid(5);
}

Result<QString> HqStore::enrol(const QString &code, const QUuid &workstation, const QString &office)
{
    const Error refused = Error::make(Error::Code::Forbidden,
        QCoreApplication::translate("HqStore", "This enrolment code is unknown, already used, expired or for another office. "
           "Ask HQ for a new code for office %1.").arg(office));
    if (workstation.isNull())
        return std::unexpected(Error::invalid(QStringLiteral("workstation_id"), QCoreApplication::translate("HqStore", "workstation_id: a UUID was expected.")));
    if (auto r = begin(); !r)
        return std::unexpected(r.error());
    TransactionGuard guard(*this);
    QSqlQuery q(QSqlDatabase::database(m_connection));  // finished before the guard rolls back
    // An id HQ knows and has not revoked is never taken over: whoever holds a
    // code for any office could otherwise push in its name and lock it out.
    q.prepare(QStringLiteral("SELECT 1 FROM workstations WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(sync::uuidText(workstation));
    if (!q.exec()) {
        const Error e = storage(q, QCoreApplication::translate("HqStore", "check the enrolment code"));
        return std::unexpected(e);
    }
    if (q.next()) {
        return std::unexpected(Error{Error::Code::Conflict, QStringLiteral("workstation_id"),
            QCoreApplication::translate("HqStore", "This workstation is already enrolled. If it really is the same workstation "
               "(a new disk, a restored database), revoke its old record at HQ first (guichet-hq revoke %1), then enrol "
               "it with a new code.").arg(sync::uuidText(workstation))});
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT office_code, expires_at, used_at FROM enrol_codes WHERE code_hash = ?"));
    q.addBindValue(hashOf(normalisedCode(code).toLatin1()));
    if (!q.exec()) {
        const Error e = storage(q, QCoreApplication::translate("HqStore", "check the enrolment code"));
        return std::unexpected(e);
    }
    if (!q.next() || q.value(0).toString() != office || !q.value(2).isNull()
        || QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs) < m_clock.now()) {
        return std::unexpected(refused);
    }
    q.finish();
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(secret.data()),
                                         reinterpret_cast<quint32 *>(secret.data() + secret.size()));
    const QString token = QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString now = timestamp(m_clock.now());
    q.prepare(QStringLiteral("UPDATE enrol_codes SET used_at = ? WHERE code_hash = ?"));
    q.addBindValue(now);
    q.addBindValue(hashOf(normalisedCode(code).toLatin1()));
    bool ok = q.exec();
    if (ok) {
        // A workstation revoked then enrolled again gets a new record and token.
        q.prepare(QStringLiteral("DELETE FROM workstations WHERE id = ?"));
        q.addBindValue(sync::uuidText(workstation));
        ok = q.exec();
    }
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO workstations(id, office_code, token_hash, enrolled_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(sync::uuidText(workstation));
        q.addBindValue(office);
        q.addBindValue(hashOf(token.toLatin1()));
        q.addBindValue(now);
        ok = q.exec();
    }
    if (!ok) {
        const Error e = storage(q, QCoreApplication::translate("HqStore", "enrol the workstation"));
        return std::unexpected(e);
    }
    if (auto r = guard.commit(); !r)
        return std::unexpected(r.error());
    return token;
}

Result<HqStore::Workstation> HqStore::authenticate(const QByteArray &token)
{
    const Error refused = Error::make(Error::Code::Forbidden,
        QCoreApplication::translate("HqStore", "This workstation's token is unknown or revoked. Enrol the workstation again with a new code."));
    // A token is 43 characters of base64url; anything else is refused before a query.
    static const QByteArray allowed("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    if (token.size() != 43 || std::any_of(token.cbegin(), token.cend(), [](char c) { return !allowed.contains(c); }))
        return std::unexpected(refused);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, office_code, revoked_at, last_sync_at, release_id, client_version "
                             "FROM workstations WHERE token_hash = ?"));
    q.addBindValue(hashOf(token));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "check the token")));
    if (!q.next() || !q.value(2).isNull())
        return std::unexpected(refused);
    Workstation w;
    w.id = QUuid::fromString(q.value(0).toString());
    w.officeCode = q.value(1).toString();
    w.lastSyncAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    w.releaseId = q.value(4).toString();
    w.clientVersion = q.value(5).toString();
    return w;
}

Result<void> HqStore::revoke(const QUuid &workstation)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE workstations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(timestamp(m_clock.now()));
    q.addBindValue(sync::uuidText(workstation));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "revoke the workstation")));
    if (q.numRowsAffected() != 1)
        return std::unexpected(Error::make(Error::Code::NotFound, QCoreApplication::translate("HqStore", "No active workstation has this id.")));
    return {};
}

Result<QList<HqStore::Workstation>> HqStore::workstations() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT id, office_code, revoked_at, last_sync_at, release_id, client_version, "
                               "clock_ahead_ms, clock_ahead_at FROM workstations ORDER BY office_code, enrolled_at")))
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "list the workstations")));
    QList<Workstation> out;
    while (q.next()) {
        Workstation w;
        w.id = QUuid::fromString(q.value(0).toString());
        w.officeCode = q.value(1).toString();
        w.revoked = !q.value(2).isNull();
        w.lastSyncAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        w.releaseId = q.value(4).toString();
        w.clientVersion = q.value(5).toString();
        w.clockAheadMs = q.value(6).toLongLong();
        w.clockAheadAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        out << w;
    }
    return out;
}

Result<void> HqStore::recordClockAhead(const QUuid &workstation, qint64 aheadMs)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE workstations SET clock_ahead_ms = ?, clock_ahead_at = ? WHERE id = ?"));
    q.addBindValue(aheadMs);
    q.addBindValue(timestamp(m_clock.now()));
    q.addBindValue(sync::uuidText(workstation));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "record the workstation's sync")));
    return {};
}

Result<void> HqStore::recordHandshake(const QUuid &workstation, const QString &releaseId, const QString &clientVersion)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE workstations SET last_sync_at = ?, release_id = ?, client_version = ? WHERE id = ?"));
    q.addBindValue(timestamp(m_clock.now()));
    q.addBindValue(releaseId);
    q.addBindValue(clientVersion);
    q.addBindValue(sync::uuidText(workstation));
    if (!q.exec())
        return std::unexpected(storage(q, QCoreApplication::translate("HqStore", "record the workstation's sync")));
    return {};
}

} // namespace guichet::hq
