// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/conflictrepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace guichet {

class DeskSession;

/// Values that lost to a change made apart in another office, for a
/// superviseur to settle: keep the value in force, or take the other one.
/// Agents see the list; only superviseurs and administrators settle.
class ConflictsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsPage(DeskSession &session, QWidget *parent = nullptr);
    void refresh();
    int count() const { return int(m_conflicts.size()); }

Q_SIGNALS:
    void settled();

private:
    void settle(bool takeOther);
    static QString fieldLabel(const QString &entity, const QString &field);
    static QString valueText(const QJsonValue &value);

    DeskSession &m_session;
    QList<ConflictRepository::Conflict> m_conflicts;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_keep;
    QPushButton *m_take;
};

} // namespace guichet
