// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace guichet {

/// A reference release: the city's rules that change by decree (fees, delays,
/// eligibility tables, document lists, answer texts, offices, workflows),
/// authored at HQ, numbered, hashed and applied whole. Every answer and every
/// case is stamped with the release id it was given under.
///
/// On disk a release is a folder: `release.json` ({"id", "effective", "title"})
/// and one JSON file per section (`offices.json`, `procedures.json`,
/// `etat-civil.json`, …). The section name is the file's base name.
class ReferenceRelease
{
public:
    ReferenceRelease() = default;

    static Result<ReferenceRelease> loadDirectory(const QString &path);
    /// From the canonical JSON stored in the database.
    static Result<ReferenceRelease> fromCanonicalJson(const QByteArray &json);

    bool isNull() const { return m_id.isEmpty(); }
    QString id() const { return m_id; }
    QString title() const { return m_title; }
    QDate effective() const { return m_effective; }
    /// SHA-256 of the canonical JSON, hex.
    QString hash() const { return m_hash; }
    QByteArray canonicalJson() const;
    /// The same release taking effect on `day`, hashed again: HQ's publisher
    /// decides the effective date, whatever the folder's release.json says.
    ReferenceRelease withEffective(const QDate &day) const;

    QJsonObject section(const QString &name) const { return m_sections.value(name).toObject(); }
    bool hasSection(const QString &name) const { return m_sections.contains(name); }
    QStringList sectionNames() const { return m_sections.keys(); }

    /// The workflow declared for a procedure in `procedures.json`.
    QJsonObject workflow(const QString &workflowId) const;
    /// The workflow id a procedure declares (`procedures[].workflowId` of any section), empty if none.
    QString workflowIdOf(const QString &procedureId) const;

private:
    QString m_id;
    QString m_title;
    QDate m_effective;
    QString m_hash;
    QJsonObject m_sections;
};

} // namespace guichet
