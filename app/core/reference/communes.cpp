// SPDX-License-Identifier: GPL-3.0-or-later
#include "communes.h"

#include "domain/textfold.h"
#include "domain/validators.h"
#include "referencerelease.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace guichet {

QString CommuneTable::key(const QString &name)
{
    // Words of letters and digits only: "Saint-Pol-de-Léon", "saint pol de leon"
    // and "St Pol de Leon" have one key.
    QString spaced = textfold::fold(name);
    for (QChar &c : spaced)
        if (!c.isLetterOrNumber())
            c = u' ';
    QStringList words = spaced.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words) {
        if (w == u"st")
            w = QStringLiteral("saint");
        else if (w == u"ste")
            w = QStringLiteral("sainte");
    }
    return words.join(u' ');
}

Result<CommuneTable> CommuneTable::fromRelease(const ReferenceRelease &release)
{
    CommuneTable t;
    if (!release.hasSection(QStringLiteral("communes")))
        return t;
    const QJsonObject section = release.section(QStringLiteral("communes"));
    auto malformed = [&](const QString &what) {
        return std::unexpected(Error::make(
            Error::Code::Invalid,
            tr("The commune table of reference release %1 is malformed: %2. Convert it again with "
               "scripts/import-communes.")
                .arg(release.id(), what)));
    };
    t.m_sourceVersion = section.value(QLatin1String("source")).toObject().value(QLatin1String("packageVersion")).toString();

    const QJsonArray rows = section.value(QLatin1String("communes")).toArray();
    t.m_communes.reserve(rows.size());
    for (const auto &v : rows) {
        const QJsonArray row = v.toArray();
        static const QHash<QString, Commune::Kind> kinds{{QString(), Commune::Kind::Current},
                                                         {QStringLiteral("arrondissement"), Commune::Kind::Arrondissement},
                                                         {QStringLiteral("deleguee"), Commune::Kind::Delegated},
                                                         {QStringLiteral("associee"), Commune::Kind::Associated}};
        if (row.size() != 6 || !kinds.contains(row.at(5).toString()))
            return malformed(tr("a row does not have 6 columns or its kind is unknown"));
        Commune c{row.at(0).toString(), row.at(1).toString(), row.at(2).toString(), {}, row.at(4).toString(),
                  kinds.value(row.at(5).toString())};
        for (const auto &p : row.at(3).toArray())
            c.postalCodes << p.toString();
        if (c.code.size() != 5 || c.name.isEmpty() || c.department.isEmpty() || t.m_byCode.contains(c.code)
            || c.isCurrent() != c.partOf.isEmpty())
            return malformed(tr("the row of code \"%1\" has no name, no department, is repeated or its commune "
                                "does not match its kind").arg(c.code));
        t.m_byCode.insert(c.code, t.m_communes.size());
        t.m_communes.append(c);
    }
    for (const Commune &c : std::as_const(t.m_communes))
        if (!c.isCurrent() && !t.m_byCode.contains(c.partOf))
            return malformed(tr("\"%1\" belongs to the unknown commune \"%2\"").arg(c.code, c.partOf));
    for (const auto &v : section.value(QLatin1String("former")).toArray()) {
        const QJsonArray pair = v.toArray();
        const QString from = pair.at(0).toString(), to = pair.at(1).toString();
        if (from.size() != 5 || !t.m_byCode.contains(to) || t.m_byCode.contains(from))
            return malformed(tr("the former code \"%1\" does not lead to a known commune").arg(from));
        t.m_former.insert(from, to);
    }

    t.m_byName.reserve(t.m_communes.size());
    for (qsizetype i = 0; i < t.m_communes.size(); ++i) {
        t.m_byName.append({key(t.m_communes.at(i).name), i});
        for (const QString &p : t.m_communes.at(i).postalCodes)
            t.m_byPostalCode[p].append(i);
    }
    std::sort(t.m_byName.begin(), t.m_byName.end());
    return t;
}

const Commune *CommuneTable::byCode(const QString &code) const
{
    const auto it = m_byCode.constFind(code.trimmed().toUpper());
    return it == m_byCode.cend() ? nullptr : &m_communes.at(*it);
}

const Commune *CommuneTable::currentOf(const QString &code) const
{
    const QString c = code.trimmed().toUpper();
    const Commune *commune = byCode(m_former.value(c, c));
    // An arrondissement or a commune déléguée leads to its commune, which is current.
    if (commune && !commune->isCurrent())
        commune = byCode(commune->partOf);
    return commune;
}

bool CommuneTable::isFormer(const QString &code) const
{
    const QString c = code.trimmed().toUpper();
    if (m_former.contains(c))
        return true;
    const Commune *commune = byCode(c);
    // An arrondissement is part of its commune, not a former commune.
    return commune && (commune->kind == Commune::Kind::Delegated || commune->kind == Commune::Kind::Associated);
}

QList<const Commune *> CommuneTable::complete(const QString &typed, int limit) const
{
    QList<const Commune *> found;
    const QString t = typed.trimmed();
    if (t.isEmpty() || limit <= 0)
        return found;

    if (t.at(0).isDigit() || t.startsWith(u"2A", Qt::CaseInsensitive) || t.startsWith(u"2B", Qt::CaseInsensitive)) {
        // A code or a postal code being typed.
        const QString prefix = t.toUpper();
        for (const Commune &c : m_communes) {
            if (c.code.startsWith(prefix)
                || std::ranges::any_of(c.postalCodes, [&](const QString &p) { return p.startsWith(prefix); }))
                found << &c;
        }
    } else {
        const QString k = key(t);
        if (k.isEmpty())
            return found;
        auto it = std::lower_bound(m_byName.cbegin(), m_byName.cend(), std::pair<QString, qsizetype>{k, 0});
        for (; it != m_byName.cend() && it->first.startsWith(k); ++it)
            found << &m_communes.at(it->second);
        std::stable_sort(found.begin(), found.end(), [&](const Commune *a, const Commune *b) {
            const bool aExact = key(a->name) == k, bExact = key(b->name) == k;
            if (aExact != bExact)
                return aExact;
            if (a->isCurrent() != b->isCurrent())
                return a->isCurrent();
            return false;  // m_byName's order: by name, then by index (code)
        });
    }
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

QList<const Commune *> CommuneTable::named(const QString &name) const
{
    QList<const Commune *> found;
    const QString k = key(name);
    auto it = std::lower_bound(m_byName.cbegin(), m_byName.cend(), std::pair<QString, qsizetype>{k, 0});
    for (; it != m_byName.cend() && it->first == k; ++it)
        found << &m_communes.at(it->second);
    return found;
}

QList<const Commune *> CommuneTable::withPostalCode(const QString &postalCode) const
{
    QList<const Commune *> found;
    for (const qsizetype i : m_byPostalCode.value(postalCode.trimmed()))
        found << &m_communes.at(i);
    return found;
}

Result<QString> CommuneTable::checkCode(const QString &code, const QString &field) const
{
    auto shaped = validate::inseeCode(code, field);
    if (!shaped || isEmpty())
        return shaped;
    if (!byCode(*shaped) && !m_former.contains(*shaped))
        return std::unexpected(Error::invalid(
            field, tr("INSEE commune code: %1 is not the code of any commune, present or former, in the official "
                      "list. Type the commune's name in the birth commune field and choose it in the list.")
                       .arg(*shaped)));
    return shaped;
}

Result<void> CommuneTable::checkAddress(const QString &postalCode, const QString &city, const QString &field) const
{
    const QString pc = postalCode.trimmed();
    if (isEmpty() || pc.isEmpty() || city.trimmed().isEmpty())
        return {};
    const QList<const Commune *> sameName = named(city);
    // A town the table does not know (a locality, a CEDEX routing label) is not judged.
    if (sameName.isEmpty())
        return {};
    if (std::ranges::any_of(sameName, [&](const Commune *c) {
            // A commune déléguée may be served by its commune's postal codes.
            const Commune *current = c->isCurrent() ? c : byCode(c->partOf);
            return c->postalCodes.contains(pc) || (current && current->postalCodes.contains(pc));
        }))
        return {};
    QStringList served;
    for (const Commune *c : withPostalCode(pc))
        if (c->isCurrent() && !served.contains(c->name))
            served << c->name;
    QStringList own;
    for (const Commune *c : sameName)
        for (const QString &p : c->postalCodes)
            if (!own.contains(p))
                own << p;
    const QString message = served.isEmpty()
        ? tr("Postal code: %1 is not a postal code of %2 (%3). Check the postal code on the person's proof of address.")
              .arg(pc, sameName.first()->name, own.join(QStringLiteral(", ")))
        : tr("Postal code: %1 is the postal code of %2, not of %3 (%4). Check the postal code and the town on the "
             "person's proof of address.")
              .arg(pc, served.mid(0, 3).join(QStringLiteral(", ")), sameName.first()->name, own.join(QStringLiteral(", ")));
    return std::unexpected(Error::invalid(field, message));
}

QString CommuneTable::label(const Commune &commune)
{
    return QStringLiteral("%1 (%2)").arg(commune.name, commune.department);
}

} // namespace guichet
