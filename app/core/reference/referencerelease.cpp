// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencerelease.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace guichet {

namespace {


Result<QJsonObject> readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::make(Error::Code::Unavailable,
            QCoreApplication::translate("ReferenceRelease", "Reference file %1 cannot be read: %2. Reinstall Guichet or ask IT for the release files.")
                .arg(path, file.errorString())));
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(Error::make(Error::Code::Invalid,
            QCoreApplication::translate("ReferenceRelease", "Reference file %1 is not a valid JSON object (%2 at offset %3). Ask IT to fix the release.")
                .arg(path, parseError.errorString()).arg(parseError.offset)));
    return doc.object();
}

} // namespace

Result<ReferenceRelease> ReferenceRelease::loadDirectory(const QString &path)
{
    const QDir dir(path);
    auto header = readJsonObject(dir.filePath(QStringLiteral("release.json")));
    if (!header)
        return std::unexpected(header.error());
    QJsonObject sections;
    const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name == QLatin1String("release.json"))
            continue;
        auto section = readJsonObject(dir.filePath(name));
        if (!section)
            return std::unexpected(section.error());
        sections.insert(name.chopped(5), *section);
    }
    QJsonObject whole;
    whole.insert(QStringLiteral("release"), *header);
    whole.insert(QStringLiteral("sections"), sections);
    return fromCanonicalJson(QJsonDocument(whole).toJson(QJsonDocument::Compact));
}

Result<ReferenceRelease> ReferenceRelease::fromCanonicalJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(Error::make(Error::Code::Invalid,
            QCoreApplication::translate("ReferenceRelease", "The stored reference release is damaged (%1). Run \"guichetctl verify\" and ask IT.")
                .arg(parseError.errorString())));
    const auto header = doc.object().value(QStringLiteral("release")).toObject();
    ReferenceRelease r;
    r.m_id = header.value(QStringLiteral("id")).toString();
    r.m_title = header.value(QStringLiteral("title")).toString();
    r.m_effective = QDate::fromString(header.value(QStringLiteral("effective")).toString(), Qt::ISODate);
    r.m_sections = doc.object().value(QStringLiteral("sections")).toObject();
    if (r.m_id.isEmpty() || !r.m_effective.isValid())
        return std::unexpected(Error::make(Error::Code::Invalid,
            QCoreApplication::translate("ReferenceRelease", "The reference release has no id or no valid effective date (release.json needs "
               "\"id\" and \"effective\": \"YYYY-MM-DD\").")));
    // Keys of a QJsonObject are sorted, so the compact form is canonical.
    r.m_hash = QString::fromLatin1(
        QCryptographicHash::hash(r.canonicalJson(), QCryptographicHash::Sha256).toHex());
    return r;
}

QByteArray ReferenceRelease::canonicalJson() const
{
    QJsonObject header{{QStringLiteral("id"), m_id},
                       {QStringLiteral("title"), m_title},
                       {QStringLiteral("effective"), m_effective.toString(Qt::ISODate)}};
    QJsonObject whole{{QStringLiteral("release"), header}, {QStringLiteral("sections"), m_sections}};
    return QJsonDocument(whole).toJson(QJsonDocument::Compact);
}

ReferenceRelease ReferenceRelease::withEffective(const QDate &day) const
{
    ReferenceRelease r = *this;
    r.m_effective = day;
    r.m_hash = QString::fromLatin1(QCryptographicHash::hash(r.canonicalJson(), QCryptographicHash::Sha256).toHex());
    return r;
}

QJsonObject ReferenceRelease::workflow(const QString &workflowId) const
{
    for (auto it = m_sections.begin(); it != m_sections.end(); ++it) {
        const auto flows = it->toObject().value(QStringLiteral("workflows")).toObject();
        if (flows.contains(workflowId))
            return flows.value(workflowId).toObject();
    }
    return {};
}

QString ReferenceRelease::workflowIdOf(const QString &procedureId) const
{
    for (auto it = m_sections.begin(); it != m_sections.end(); ++it)
        for (const auto &v : it->toObject().value(QStringLiteral("procedures")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == procedureId)
                return v.toObject().value(QStringLiteral("workflowId")).toString();
    return {};
}

} // namespace guichet
