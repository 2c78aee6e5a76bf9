// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How every list of the desk and of the modules shows what agents read in it
// the same way: dates in full, an overdue date said in words as well as in
// red (never colour alone), and a sentence in a list that has no line.

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QVariant>

class QAbstractItemView;
class QColor;
class QLabel;
class QTableView;

namespace guichet {

/// A date as lists show it: the locale's short format with the year in full
/// ("02/12/2026", never "02/12/26").
QString listDate(const QDate &date, const QLocale &locale = QLocale());
/// The same with the time, in local time ("02/12/2026 14:05").
QString listDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());

/// The text of a due-date cell: the date and, when it is past, the mark that
/// says so in words ("02/12/2026 ⚠ overdue"). Empty for a null date.
QString dueText(const QDate &due, bool overdue, const QLocale &locale = QLocale());
/// What a screen reader says for that cell ("02/12/2026, overdue").
QString dueAccessibleText(const QDate &due, bool overdue, const QLocale &locale = QLocale());
/// The red of an overdue date, dark enough to read on white and on the alternate row colour.
QColor overdueColor();
/// The look of an overdue due-date cell for an item model's `data()`: the red
/// for Qt::ForegroundRole, a bold font for Qt::FontRole; an invalid QVariant for
/// any other role, or when `overdue` is false. Use it with dueText(), so the
/// state never rests on the colour alone.
QVariant overdueStyle(bool overdue, int role);

/// Shows `sentence` across the top of `view` whenever its model has no row,
/// and hides it as soon as a row comes ("No case matches these filters. Escape
/// clears them."). Call it after setModel() and after giving the view its
/// accessible description; calling it again changes the sentence. The
/// sentence is the view's accessible description while the list is empty, its
/// own description the rest of the time. Returns the label (object name
/// "emptyListText").
QLabel *setEmptyListText(QAbstractItemView *view, const QString &sentence);
/// The sentence `view` shows now: empty when the list has rows or has no sentence.
QString emptyListText(const QAbstractItemView *view);

/// Sizes `column` of `view` to its texts as resizeColumnToContents() would,
/// measuring each text with the view's font rather than laying out every
/// cell: the delegate's margins come from the first line, a cell's own font
/// (an overdue date in bold) is used as the delegate uses it. A list of
/// hundreds of lines is measured in a fraction of the time.
void fitColumn(QTableView *view, int column);

} // namespace guichet
