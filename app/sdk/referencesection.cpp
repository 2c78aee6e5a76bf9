// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencesection.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace guichet::section {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

QList<Choice> choices(const QJsonArray &array)
{
    QList<Choice> list;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        list.append({text(o, "id"), text(o, "label")});
    }
    return list;
}

bool containsId(const QList<Choice> &list, const QString &id)
{
    return std::ranges::any_of(list, [&](const Choice &c) { return c.id == id; });
}

bool validChoices(const QList<Choice> &list)
{
    QSet<QString> ids;
    for (const Choice &c : list) {
        if (c.id.isEmpty() || c.label.isEmpty() || ids.contains(c.id))
            return false;
        ids.insert(c.id);
    }
    return !list.isEmpty();
}

Error incomplete(const ReferenceRelease &release, const QString &name, const QString &what)
{
    return Error::make(Error::Code::Invalid,
        QCoreApplication::translate("ReferenceSection", "The \"%1\" section of reference release %2 is incomplete or inconsistent: %3. "
                                                        "Ask HQ to publish a corrected release.")
            .arg(name, release.id(), what));
}

} // namespace guichet::section
