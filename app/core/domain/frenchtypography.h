// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

namespace guichet::frenchtypography {

/// Espace insécable: before a colon and inside guillemets.
inline constexpr QChar NoBreakSpace = QChar(0x00A0);
/// Espace fine insécable: before ; ! ?.
inline constexpr QChar NarrowNoBreakSpace = QChar(0x202F);

/// Text as French printing writes it. Every string the desk prints on paper
/// (receipts, letters, certificates) goes through it, once, just before it is
/// laid out — the one place these rules live:
///
/// - Unicode NFC: "é" typed as "e" + combining accent becomes the one "é",
///   so that what is printed, searched and compared is the same text.
/// - The space typed before a high punctuation mark never breaks, so that the
///   mark never begins a line. The rule chosen is the Imprimerie nationale's:
///   an espace insécable (U+00A0) before ":", an espace fine insécable
///   (U+202F) before ";", "!" and "?". Whatever spaces were typed there
///   become that one space. A mark typed with no space before it is left as
///   it is: "09:30", "https://" and the tracking numbers must not change.
/// - Guillemets: « and » hold their words with an espace insécable (U+00A0)
///   inside, added when it was missing.
/// - The first day of a month is an ordinal: "1 décembre" becomes
///   "1er décembre" (a date typed in a reference text or a name; the dates the
///   code writes already go through frenchdate).
QString normalize(const QString &text);

} // namespace guichet::frenchtypography
