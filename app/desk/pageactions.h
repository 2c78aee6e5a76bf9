// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QPointer>

class QAbstractButton;
class QMenu;

namespace guichet {

/// A page's action that stands for one of its buttons: its shortcut works
/// while the page has the focus, and it does what the button does only when
/// the agent could press the button (enabled, shown). The page lists it among
/// its actions, so the shell's page menu offers it with its shortcut.
class ButtonAction : public QAction
{
    Q_OBJECT
public:
    ButtonAction(const QString &text, const QKeySequence &keys, QAbstractButton *button, QWidget *page);
    /// Whether the button can be pressed now.
    bool available() const;

private:
    QPointer<QAbstractButton> m_button;
    QWidget *m_page;
};

/// Fills `menu` with the named actions of `page` (those with a text), each with
/// its shortcut written beside it and enabled as it is now. The entries are
/// the menu's own and trigger the page's actions, whose shortcuts stay
/// bound to the page alone.
void fillPageMenu(QMenu *menu, QWidget *page);

} // namespace guichet
