// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rows of a module's form, built the same way in every module: a label
// whose mnemonic reaches its field, the field named for screen readers and
// for the errors of validate(), edits reported, and the tab order the order
// of reading.

#include "formsupport.h"
#include "referencesection.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <functional>
#include <type_traits>

namespace guichet {

class FormRows
{
public:
    /// `form`: the widget that owns the rows; `edited` runs after every edit of a field.
    FormRows(QWidget *form, std::function<void()> edited) : m_form(form), m_edited(std::move(edited)) {}

    /// Adds a labelled row and reports the field's edits. `field` holds its
    /// initial value already: edits are reported from here on. A check box
    /// carries its own text, in the field column. `name`, when given, is the
    /// field's objectName: the name validate()'s errors give it.
    template<typename Field>
    Field *add(QFormLayout *layout, const QString &label, Field *field, const char *name = nullptr)
    {
        if (name)
            field->setObjectName(QLatin1String(name));
        // A label too long for the column goes above its field rather than
        // widening the form past the window (1280 px, large fonts).
        layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
        field->setAccessibleName(plainLabel(label));
        if (QWidget *proxy = field->focusProxy())
            proxy->setAccessibleName(plainLabel(label));
        if constexpr (std::is_base_of_v<QAbstractButton, Field>) {
            field->setText(label);
            layout->addRow(static_cast<QWidget *>(nullptr), field);
        } else {
            auto *l = new QLabel(label, m_form);
            l->setBuddy(field);
            layout->addRow(l, field);
        }
        m_order << field;
        auto edited = [this] { m_edited(); };
        if constexpr (std::is_base_of_v<QComboBox, Field>)
            QObject::connect(field, &QComboBox::currentIndexChanged, m_form, edited);
        else if constexpr (std::is_base_of_v<QLineEdit, Field>)
            QObject::connect(field, &QLineEdit::textChanged, m_form, edited);
        else if constexpr (std::is_base_of_v<QAbstractButton, Field>)
            QObject::connect(field, &QAbstractButton::toggled, m_form, edited);
        else if constexpr (std::is_base_of_v<QSpinBox, Field>)
            QObject::connect(field, &QSpinBox::valueChanged, m_form, edited);
        else if constexpr (std::is_base_of_v<QDateTimeEdit, Field>)
            QObject::connect(field, &QDateTimeEdit::dateTimeChanged, m_form, edited);
        return field;
    }

    /// A field the form lays out itself (a group of check boxes, say), in the tab order here.
    void addToTabOrder(QWidget *field) { m_order << field; }

    /// Call once every row is added: the tab order is the order of the rows,
    /// and a field that has no description of its own (nor a tool tip) gets
    /// how it is filled from the keyboard, for screen readers.
    void finish() const
    {
        for (qsizetype i = 1; i < m_order.size(); ++i)
            QWidget::setTabOrder(m_order.at(i - 1), m_order.at(i));
        for (QWidget *field : m_order) {
            if (field->accessibleDescription().isEmpty() && field->toolTip().isEmpty())
                field->setAccessibleDescription(keyboardHint(field));
            // A composite field (a reader's input) is reached through its proxy: it says the same.
            if (QWidget *proxy = field->focusProxy(); proxy && proxy->accessibleDescription().isEmpty())
                proxy->setAccessibleDescription(field->accessibleDescription().isEmpty() ? field->toolTip()
                                                                                         : field->accessibleDescription());
        }
    }

    /// How a field of this kind is filled from the keyboard.
    static QString keyboardHint(const QWidget *field)
    {
        const char *hint = QT_TRANSLATE_NOOP("FormRows", "Text: type it; Tab goes on to the next field.");
        if (qobject_cast<const QComboBox *>(field))
            hint = QT_TRANSLATE_NOOP("FormRows", "A list: the up and down arrows choose, or type the first letters.");
        else if (qobject_cast<const QAbstractButton *>(field))
            hint = QT_TRANSLATE_NOOP("FormRows", "Space ticks or unticks it.");
        else if (qobject_cast<const QDateTimeEdit *>(field))
            hint = QT_TRANSLATE_NOOP("FormRows", "A date: type its digits, day, month and year.");
        else if (qobject_cast<const QAbstractSpinBox *>(field))
            hint = QT_TRANSLATE_NOOP("FormRows", "A number: type it, or change it with the up and down arrows.");
        else if (qobject_cast<const QAbstractItemView *>(field))
            hint = QT_TRANSLATE_NOOP("FormRows", "A list: the arrows move, Space ticks.");
        else if (field->inherits("QPlainTextEdit"))
            hint = QT_TRANSLATE_NOOP("FormRows", "Text on several lines; Ctrl+Tab goes on to the next field.");
        return QCoreApplication::translate("FormRows", hint);
    }

    /// A drop-down list of reference choices: the label shown, the id as data.
    /// Some labels are a whole sentence: the field keeps the form's width, and
    /// its list opens as wide as its longest entry. With a `prompt` ("— choose
    /// the reason —", "None"), the list starts on it, an entry with an empty id:
    /// nothing is chosen for the agent.
    QComboBox *choiceCombo(const QList<Choice> &choices, const QString &prompt = {}) const
    {
        auto *combo = new QComboBox(m_form);
        if (!prompt.isEmpty())
            combo->addItem(prompt, QString());
        for (const Choice &c : choices)
            combo->addItem(c.label, c.id);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(20);
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
        return combo;
    }

private:
    QWidget *m_form;
    std::function<void()> m_edited;
    QList<QWidget *> m_order;
};

} // namespace guichet
