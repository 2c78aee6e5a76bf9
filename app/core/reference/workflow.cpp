// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow.h"

#include <QJsonArray>

namespace guichet {

Workflow Workflow::fromJson(const QJsonObject &json)
{
    Workflow w;
    for (const auto &v : json.value(QStringLiteral("states")).toArray()) {
        const auto o = v.toObject();
        w.m_states.append({o.value(QStringLiteral("id")).toString(),
                           o.value(QStringLiteral("label")).toString(),
                           o.value(QStringLiteral("terminal")).toBool(),
                           o.value(QStringLiteral("awaitsDocuments")).toBool()});
    }
    for (const auto &v : json.value(QStringLiteral("transitions")).toArray()) {
        const auto o = v.toObject();
        QStringList reasons;
        for (const auto &r : o.value(QStringLiteral("reasons")).toArray())
            reasons << r.toString();
        w.m_transitions.append({o.value(QStringLiteral("from")).toString(),
                                o.value(QStringLiteral("to")).toString(), reasons});
    }
    const QString initial = json.value(QStringLiteral("initial")).toString();
    if (w.contains(initial))
        w.m_initial = initial;
    return w;
}

QStringList Workflow::states() const
{
    QStringList ids;
    for (const auto &s : m_states)
        ids << s.id;
    return ids;
}

QString Workflow::label(const QString &state) const
{
    for (const auto &s : m_states)
        if (s.id == state)
            return s.label;
    return state;
}

bool Workflow::isTerminal(const QString &state) const
{
    for (const auto &s : m_states)
        if (s.id == state)
            return s.terminal;
    return false;
}

bool Workflow::awaitsDocuments(const QString &state) const
{
    for (const auto &s : m_states)
        if (s.id == state)
            return s.awaitsDocuments;
    return false;
}

bool Workflow::contains(const QString &state) const
{
    for (const auto &s : m_states)
        if (s.id == state)
            return true;
    return false;
}

QStringList Workflow::next(const QString &from) const
{
    QStringList to;
    for (const auto &t : m_transitions)
        if (t.from == from)
            to << t.to;
    return to;
}

bool Workflow::allows(const QString &from, const QString &to) const
{
    for (const auto &t : m_transitions)
        if (t.from == from && t.to == to)
            return true;
    return false;
}

QStringList Workflow::reasons(const QString &from, const QString &to) const
{
    for (const auto &t : m_transitions)
        if (t.from == from && t.to == to)
            return t.reasons;
    return {};
}

} // namespace guichet
