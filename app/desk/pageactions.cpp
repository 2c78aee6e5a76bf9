// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageactions.h"

#include <QAbstractButton>
#include <QMenu>

namespace guichet {

ButtonAction::ButtonAction(const QString &text, const QKeySequence &keys, QAbstractButton *button, QWidget *page)
    : QAction(text, page), m_button(button), m_page(page)
{
    // An action of the page, not of the button: a button's own shortcut
    // clicks it 100 ms later (animateClick), an action acts at once.
    setShortcut(keys);
    setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(this);
    connect(this, &QAction::triggered, this, [this] {
        if (available())
            m_button->click();
    });
}

bool ButtonAction::available() const
{
    return m_button && m_button->isEnabled() && m_button->isVisibleTo(m_page);
}

void fillPageMenu(QMenu *menu, QWidget *page)
{
    menu->clear();
    if (!page)
        return;
    for (QAction *action : page->actions()) {
        if (action->text().isEmpty() || !action->isVisible())
            continue;
        // The shortcut after a tab: the menu writes it in its shortcut column
        // without binding it a second time.
        QString text = action->text();
        if (!action->shortcut().isEmpty())
            text += u'\t' + action->shortcut().toString(QKeySequence::NativeText);
        QAction *entry = menu->addAction(text);
        const auto *button = qobject_cast<const ButtonAction *>(action);
        entry->setEnabled(button ? button->available() : action->isEnabled());
        QObject::connect(entry, &QAction::triggered, action, &QAction::trigger);
    }
    menu->setEnabled(!menu->isEmpty());
}

} // namespace guichet
