// SPDX-License-Identifier: GPL-3.0-or-later
#include "communes.h"

#include "domain/textfold.h"
#include "domain/validators.h"
#include "referencerelease.h"

#include <QJsonObject>
#include <QStringTokenizer>

#include <algorithm>

namespace guichet {

QString CommuneTable::key(const QString &name)
{
    // Words of letters and digits only, one space apart: "Saint-Pol-de-Léon",
    // "saint pol de leon" and "St Pol de Leon" have one key.
    const QString folded = textfold::fold(name);
    QString key;
    key.reserve(folded.size() + 8);
    qsizetype wordStart = 0;
    bool inWord = false;
    const auto endWord = [&] {
        const QStringView word = QStringView(key).mid(wordStart);
        if (word == u"st")
            key.replace(wordStart, 2, QStringLiteral("saint"));
        else if (word == u"ste")
            key.replace(wordStart, 3, QStringLiteral("sainte"));
        inWord = false;
    };
    for (const QChar c : folded) {
        if (!c.isLetterOrNumber()) {
            if (inWord)
                endWord();
            continue;
        }
        if (!inWord) {
            if (!key.isEmpty())
                key += u' ';
            wordStart = key.size();
            inWord = true;
        }
        key += c;
    }
    if (inWord)
        endWord();
    return key;
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

    // One line per commune, tab-separated (see scripts/import-communes).
    const QString rows = section.value(QLatin1String("communes")).toString();
    static const QHash<QStringView, Commune::Kind> kinds{{u"", Commune::Kind::Current},
                                                         {u"arrondissement", Commune::Kind::Arrondissement},
                                                         {u"deleguee", Commune::Kind::Delegated},
                                                         {u"associee", Commune::Kind::Associated}};
    if (rows.isEmpty())
        return malformed(tr("it has no communes, or not as lines of text"));
    t.m_communes.reserve(rows.count(u'\n') + 1);
    for (const QStringView row : QStringTokenizer(rows, u'\n', Qt::SkipEmptyParts)) {
        const QList<QStringView> cells = row.split(u'\t');
        if (cells.size() != 6 || !kinds.contains(cells.at(5)))
            return malformed(tr("a row does not have 6 columns or its kind is unknown"));
        Commune c{cells.at(0).toString(), cells.at(1).toString(), cells.at(2).toString(), {},
                  cells.at(4).toString(), kinds.value(cells.at(5))};
        for (const QStringView p : cells.at(3).split(u' ', Qt::SkipEmptyParts))
            c.postalCodes << p.toString();
        // Rows come sorted by code, each once (the conversion sorts them).
        if (c.code.size() != 5 || c.name.isEmpty() || c.department.isEmpty()
            || (!t.m_communes.isEmpty() && !(t.m_communes.constLast().code < c.code))
            || c.isCurrent() != c.partOf.isEmpty())
            return malformed(tr("the row of code \"%1\" has no name, no department, is repeated, out of order or its "
                                "commune does not match its kind").arg(c.code));
        t.m_communes.append(c);
    }
    for (const Commune &c : std::as_const(t.m_communes))
        if (!c.isCurrent() && !t.byCode(c.partOf))
            return malformed(tr("\"%1\" belongs to the unknown commune \"%2\"").arg(c.code, c.partOf));
    const QString former = section.value(QLatin1String("former")).toString();
    for (const QStringView line : QStringTokenizer(former, u'\n', Qt::SkipEmptyParts)) {
        const qsizetype tab = line.indexOf(u'\t');
        const QString from = line.left(tab).toString(), to = tab < 0 ? QString() : line.mid(tab + 1).toString();
        if (from.size() != 5 || !t.byCode(to) || t.byCode(from))
            return malformed(tr("the former code \"%1\" does not lead to a known commune").arg(from));
        t.m_former.insert(from, to);
    }

    t.m_byName.reserve(t.m_communes.size());
    t.m_byPostalCode.reserve(t.m_communes.size() + t.m_communes.size() / 4);
    for (qsizetype i = 0; i < t.m_communes.size(); ++i) {
        t.m_byName.append({key(t.m_communes.at(i).name), i});
        for (const QString &p : t.m_communes.at(i).postalCodes)
            t.m_byPostalCode.append({p, i});
    }
    std::sort(t.m_byName.begin(), t.m_byName.end());
    std::sort(t.m_byPostalCode.begin(), t.m_byPostalCode.end());
    return t;
}

const Commune *CommuneTable::byCode(const QString &code) const
{
    const QString c = code.trimmed().toUpper();
    const auto it = std::lower_bound(m_communes.cbegin(), m_communes.cend(), c,
                                     [](const Commune &commune, const QString &k) { return commune.code < k; });
    return it != m_communes.cend() && it->code == c ? &*it : nullptr;
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
        // Exact names first, current communes before former ones; within a rank,
        // m_byName's order (by name, then code). Ranked from the stored keys: this
        // runs on every keystroke, and "sa" matches thousands of names.
        QList<std::pair<int, const Commune *>> hits;
        auto it = std::lower_bound(m_byName.cbegin(), m_byName.cend(), std::pair<QString, qsizetype>{k, 0});
        for (; it != m_byName.cend() && it->first.startsWith(k); ++it) {
            const Commune &c = m_communes.at(it->second);
            hits.append({(it->first == k ? 0 : 2) + (c.isCurrent() ? 0 : 1), &c});
        }
        std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[rank, c] : std::as_const(hits).first(std::min<qsizetype>(hits.size(), limit)))
            found << c;
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
    const QString p = postalCode.trimmed();
    auto it = std::lower_bound(m_byPostalCode.cbegin(), m_byPostalCode.cend(), std::pair<QString, qsizetype>{p, 0});
    for (; it != m_byPostalCode.cend() && it->first == p; ++it)
        found << &m_communes.at(it->second);
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
