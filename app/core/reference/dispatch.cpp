// SPDX-License-Identifier: GPL-3.0-or-later
#include "reference/dispatch.h"

#include "reference/referencerelease.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace guichet {

namespace {

Error tableError(const QString &where, const QString &what)
{
    return Error::invalid(QStringLiteral("correspondance"),
                          QCoreApplication::translate("Dispatch", "Routing table of the release (section \"correspondance\"), %1: "
                                                                  "%2. Correct the release at HQ and publish it again.")
                              .arg(where, what));
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

Result<Dispatch> Dispatch::fromRelease(const ReferenceRelease &release)
{
    const QJsonObject section = release.section(QStringLiteral("correspondance"));
    const QJsonObject sources = section.value(QLatin1String("sources")).toObject();
    QSet<QString> services;
    for (const QJsonValue &v : release.section(QStringLiteral("offices")).value(QLatin1String("services")).toArray())
        services.insert(text(v.toObject(), "id"));

    Dispatch d;
    QSet<QString> partnerIds;
    for (const QJsonValue &v : section.value(QLatin1String("partners")).toArray()) {
        const QJsonObject o = v.toObject();
        Partner p{text(o, "id"), text(o, "name"), text(o, "handles"), {}, text(o, "assumption")};
        const QString where = QCoreApplication::translate("Dispatch", "partner \"%1\"").arg(p.id);
        if (p.id.isEmpty() || partnerIds.contains(p.id))
            return std::unexpected(tableError(where, QCoreApplication::translate("Dispatch", "the id is empty or listed twice")));
        if (p.name.isEmpty() || p.handles.isEmpty())
            return std::unexpected(tableError(where, QCoreApplication::translate("Dispatch", "\"name\" and \"handles\" are required")));
        for (const QJsonValue &s : o.value(QLatin1String("sources")).toArray())
            p.sources << s.toString();
        if (p.sources.isEmpty())
            return std::unexpected(tableError(where, QCoreApplication::translate("Dispatch", "no source names its competence")));
        for (const QString &s : std::as_const(p.sources))
            if (!sources.contains(s))
                return std::unexpected(tableError(where, QCoreApplication::translate("Dispatch", "the source \"%1\" is not declared in \"sources\"").arg(s)));
        partnerIds.insert(p.id);
        d.m_partners << p;
    }

    QSet<QString> subjectIds;
    for (const QJsonValue &v : section.value(QLatin1String("subjects")).toArray()) {
        const QJsonObject o = v.toObject();
        Subject s{text(o, "id"), text(o, "label"), text(o, "service"), text(o, "partner")};
        const QString where = QCoreApplication::translate("Dispatch", "subject \"%1\"").arg(s.id);
        if (s.id.isEmpty() || subjectIds.contains(s.id))
            return std::unexpected(tableError(where, QCoreApplication::translate("Dispatch", "the id is empty or listed twice")));
        if (s.label.isEmpty())
            return std::unexpected(tableError(where, QCoreApplication::translate("Dispatch", "\"label\" is empty")));
        if (s.service.isEmpty() == s.partner.isEmpty())
            return std::unexpected(tableError(where, QCoreApplication::translate("Dispatch",
                "exactly one of \"service\" (a city service) and \"partner\" (another administration) is expected")));
        if (!s.service.isEmpty() && !services.contains(s.service))
            return std::unexpected(tableError(where, QCoreApplication::translate("Dispatch",
                "the service \"%1\" is not one of the city's services (section \"offices\")").arg(s.service)));
        if (!s.partner.isEmpty() && !partnerIds.contains(s.partner))
            return std::unexpected(tableError(where, QCoreApplication::translate("Dispatch",
                "the partner \"%1\" is not listed in \"partners\"").arg(s.partner)));
        subjectIds.insert(s.id);
        d.m_subjects << s;
    }
    if (d.m_subjects.isEmpty())
        return std::unexpected(tableError(QStringLiteral("subjects"), QCoreApplication::translate("Dispatch", "no subject is listed")));
    return d;
}

std::optional<Route> Dispatch::route(const QString &subjectId) const
{
    for (const Subject &s : m_subjects) {
        if (s.id != subjectId)
            continue;
        Route r;
        r.service = s.service;
        for (const Partner &p : m_partners)
            if (p.id == s.partner)
                r.partner = p;
        return r;
    }
    return std::nullopt;
}

} // namespace guichet
