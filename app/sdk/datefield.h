// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QLineEdit>
#include <QPointer>

class QCalendarWidget;

namespace guichet {

class Clock;

/// The one date entry of the desk and of every module's form: a line edit
/// where a date is typed as DD/MM/YYYY ("12/03/1984", "12031984",
/// "12.03.1984", "12-03-1984", "1/3/1984") or picked in a calendar (the
/// trailing button or Alt+Down, F4 as in a combo box; Enter picks, Escape closes). The text is
/// rewritten as DD/MM/YYYY when the field is left. An empty field is an
/// unknown date; whether one is required is the form's to say.
///
/// It stays a QLineEdit so that what works for a line (the reception's draft
/// kept by objectName, edits reported by textChanged, keys typed in tests)
/// works for a date. Every form reports what is wrong with it through
/// check(), so every form says it the same way.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    /// The date a person typed, or a null date for anything else (empty
    /// included): day, month and a 4-digit year, as 8 digits or separated by
    /// '/', '.', '-' or spaces, the day and month with one digit or two.
    static QDate parse(const QString &text);
    /// A date the way every field shows it: "12/03/1984"; empty when null.
    static QString format(const QDate &date);

    /// The date typed, even outside the bounds; null when the field is empty or not a date.
    QDate date() const;
    /// Shows `date`, or empties the field for a null date.
    void setDate(const QDate &date);
    /// Nothing but spaces typed: the date is unknown.
    bool isBlank() const;

    /// Bounds the date to [minimum, maximum]; a null date leaves that side open.
    void setDateRange(const QDate &minimum, const QDate &maximum);
    /// No later than the clock's today (a birth, an act, a past event), as the clock moves.
    void setNotAfterToday(const Clock &clock);
    /// No earlier than the clock's today (an appointment), as the clock moves.
    void setNotBeforeToday(const Clock &clock);
    QDate minimumDate() const;
    QDate maximumDate() const;

    /// The date (null when the field is empty), or the one error every form
    /// gives for this field: its field is the objectName, its message names
    /// `fieldLabel` ("Birth date: expected a date as DD/MM/YYYY, e.g.
    /// 12/03/1984; \"31/02/1984\" is not a date."), or says which bound the
    /// date passes.
    Result<QDate> check(const QString &fieldLabel) const;
    /// check()'s message, or an empty string when the field is fine.
    QString error(const QString &fieldLabel) const;

    /// Opens the calendar on the date typed (or today, or the nearest bound).
    void showCalendar();
    /// The calendar while it is open, else nullptr.
    QCalendarWidget *calendar() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Bound
    {
        QDate fixed;
        const Clock *today = nullptr;  ///< today's date, when the bound follows the clock
        QDate value() const;
    };

    void normalise();
    void pick(const QDate &date);
    void closeCalendar();
    void retranslate();
    QDate today() const;

    Bound m_minimum;
    Bound m_maximum;
    QAction *m_pickAction = nullptr;
    QPointer<QCalendarWidget> m_calendar;
    QString m_ownDescription;
};

} // namespace guichet
