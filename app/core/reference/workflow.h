// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

/// A procedure's state machine, read from reference data:
/// {"initial": "received",
///  "states": [{"id": "received", "label": "Reçue", "terminal": false},
///             {"id": "waiting-documents", "label": "…", "awaitsDocuments": true}, …],
///  "transitions": [{"from": "received", "to": "refused", "reasons": ["…", …]}, …]}
/// A transition with "reasons" needs one of them.
class Workflow
{
public:
    static Workflow fromJson(const QJsonObject &json);

    bool isValid() const { return !m_initial.isEmpty(); }
    QString initial() const { return m_initial; }
    QStringList states() const;
    QString label(const QString &state) const;
    bool isTerminal(const QString &state) const;
    /// Whether the request waits in `state` for documents the person must
    /// still give: a case goes there only while some are missing.
    bool awaitsDocuments(const QString &state) const;
    bool contains(const QString &state) const;
    QStringList next(const QString &from) const;
    bool allows(const QString &from, const QString &to) const;
    QStringList reasons(const QString &from, const QString &to) const;

private:
    struct State { QString id; QString label; bool terminal = false; bool awaitsDocuments = false; };
    struct Transition { QString from; QString to; QStringList reasons; };
    QString m_initial;
    QList<State> m_states;
    QList<Transition> m_transitions;
};

} // namespace guichet
