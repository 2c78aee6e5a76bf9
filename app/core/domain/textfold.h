// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace guichet::textfold {

/// Lower case, accents removed, œ → oe, æ → ae, ß → ss. "Lefèvre" → "lefevre".
QString fold(const QString &text);

/// The words of a name for the search index: each part, the parts joined
/// where the name had a hyphen or an apostrophe, and the whole name joined,
/// so that "O'Connor" is found by "o connor" and "oconnor", "Jean-Pierre" by
/// "jean pierre" and "jeanpierre", "Le Gall" by "le gall" and "legall".
QStringList indexTerms(const QString &name);

/// The words typed in a search box, folded; a hyphen or apostrophe inside a
/// word joins its parts ("jean-pierre" → "jeanpierre"), spaces separate words.
QStringList queryTerms(const QString &typed);

/// Folded words, split on anything that is not a letter or a digit: how a
/// street name is compared ("r." → "r"; "Jean-Jaurès" → "jean", "jaures";
/// "l'Harteloire" → "l", "harteloire").
QStringList words(const QString &text);

} // namespace guichet::textfold
