// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a module's section of the reference release (ModuleContext::reference()):
// the one reader every module uses for its texts, lists and choices.

#include "domain/error.h"
#include "reference/referencerelease.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

/// One entry of a reference list: the machine id and its French label.
struct Choice
{
    QString id;
    QString label;
    bool operator==(const Choice &) const = default;
};

namespace section {

/// The text at `key`, empty when absent or not text.
QString text(const QJsonObject &object, const char *key);
/// The texts of an array, in order.
QStringList strings(const QJsonArray &array);
/// The {"id", "label"} objects of an array, in order.
QList<Choice> choices(const QJsonArray &array);
/// Whether one of `list` has this id.
bool containsId(const QList<Choice> &list, const QString &id);
/// A list a form can offer: not empty, every id and label given, no id twice.
bool validChoices(const QList<Choice> &list);
/// The refusal of a module's section `name` of `release` that lacks `what`
/// or contradicts itself: a module checks its whole section when it starts,
/// so a gap is a message for HQ, never a wrong answer at the counter.
Error incomplete(const ReferenceRelease &release, const QString &name, const QString &what);

} // namespace section

} // namespace guichet
