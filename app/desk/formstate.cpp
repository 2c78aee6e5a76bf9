// SPDX-License-Identifier: GPL-3.0-or-later
#include "formstate.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace guichet::formstate {

namespace {

/// An input whose value the agent typed or chose; parts of other inputs (a
/// spin box's line edit, a combo box's list) are their owner's.
bool isInput(const QWidget *w, const QWidget *form)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return false;
    for (const QWidget *p = w->parentWidget(); p && p != form; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QAbstractItemView *>(p))
            return false;
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        return b->isCheckable();
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w);
}

/// Each input with its key, in the order the form made them.
QList<QPair<QString, QWidget *>> inputs(const QWidget *form)
{
    QList<QPair<QString, QWidget *>> list;
    QHash<QString, int> ranks;
    for (QWidget *w : form->findChildren<QWidget *>()) {
        if (!isInput(w, form))
            continue;
        const QString name = w->objectName();
        const QString kind = QString::fromLatin1(w->metaObject()->className());
        const QString key = name.isEmpty() ? kind + u'#' + QString::number(ranks[kind]++) : name;
        list.append({key, w});
    }
    return list;
}

QJsonValue valueOf(const QWidget *w)
{
    if (auto *e = qobject_cast<const QLineEdit *>(w))
        return e->text();
    if (auto *e = qobject_cast<const QPlainTextEdit *>(w))
        return e->toPlainText();
    if (auto *c = qobject_cast<const QComboBox *>(w))
        return c->isEditable() ? QJsonValue(c->currentText()) : QJsonValue(c->currentIndex());
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        return b->isChecked();
    if (auto *d = qobject_cast<const QDateTimeEdit *>(w))
        return d->dateTime().toString(Qt::ISODate);
    if (auto *s = qobject_cast<const QSpinBox *>(w))
        return s->value();
    if (auto *s = qobject_cast<const QDoubleSpinBox *>(w))
        return s->value();
    return {};
}

void setValue(QWidget *w, const QJsonValue &v)
{
    if (auto *e = qobject_cast<QLineEdit *>(w); e && v.isString()) {
        if (e->text() != v.toString())
            e->setText(v.toString());
    } else if (auto *e = qobject_cast<QPlainTextEdit *>(w); e && v.isString()) {
        if (e->toPlainText() != v.toString())
            e->setPlainText(v.toString());
    } else if (auto *c = qobject_cast<QComboBox *>(w)) {
        if (c->isEditable() && v.isString())
            c->setCurrentText(v.toString());
        else if (!c->isEditable() && v.isDouble() && v.toInt() < c->count())
            c->setCurrentIndex(v.toInt());
    } else if (auto *b = qobject_cast<QAbstractButton *>(w); b && v.isBool()) {
        b->setChecked(v.toBool());
    } else if (auto *d = qobject_cast<QDateTimeEdit *>(w); d && v.isString()) {
        d->setDateTime(QDateTime::fromString(v.toString(), Qt::ISODate));
    } else if (auto *s = qobject_cast<QSpinBox *>(w); s && v.isDouble()) {
        s->setValue(v.toInt());
    } else if (auto *s = qobject_cast<QDoubleSpinBox *>(w); s && v.isDouble()) {
        s->setValue(v.toDouble());
    }
}

} // namespace

QJsonObject capture(const QWidget *form)
{
    QJsonObject state;
    for (const auto &[key, w] : inputs(form))
        state.insert(key, valueOf(w));
    return state;
}

void restore(QWidget *form, const QJsonObject &state)
{
    // Twice: a choice may enable or fill other inputs (a title's fee enables the
    // stamp number), and the second pass puts back what the first one changed.
    for (int pass = 0; pass < 2; ++pass)
        for (const auto &[key, w] : inputs(form))
            if (const QJsonValue v = state.value(key); !v.isUndefined())
                setValue(w, v);
}

} // namespace guichet::formstate
