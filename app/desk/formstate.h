// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

class QWidget;

namespace guichet::formstate {

/// What a form's inputs hold — line edits, text boxes, lists, check boxes,
/// date and number boxes — keyed by each input's objectName (inputs without
/// one by their class and rank), enough to put the form back as it was:
/// the reception's draft, kept across pages and a restart of the desk.
/// Works on any module's form without the module's help.
QJsonObject capture(const QWidget *form);

/// Puts back what capture() took. Keys the form no longer has are ignored, so
/// a draft made under an older release restores what still fits.
void restore(QWidget *form, const QJsonObject &state);

} // namespace guichet::formstate
