// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small pieces every module form uses the same way.

#include <QDate>
#include <QJsonValue>
#include <QString>

namespace guichet {

/// A label without its mnemonic and colon, for screen readers and error
/// messages: "Child's family &name:" → "Child's family name".
inline QString plainLabel(const QString &label)
{
    QString plain;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == u'&' && i + 1 < label.size())
            ++i;
        plain.append(label.at(i));
    }
    while (plain.endsWith(u':') || plain.endsWith(u' '))
        plain.chop(1);
    return plain;
}

/// A date as a case's form values store it: ISO 8601, or null when not given.
inline QJsonValue jsonDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace guichet
