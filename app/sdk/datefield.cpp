// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefield.h"

#include "domain/clock.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QStyle>

#include <algorithm>

namespace guichet {

namespace {

const char *const NotADate = QT_TRANSLATE_NOOP(
    "guichet::DateField", "%1: expected a date as DD/MM/YYYY, e.g. 12/03/1984; \"%2\" is not a date. Type the day, the "
                 "month and the year, or pick the day in the calendar (Alt+Down).");
const char *const Description = QT_TRANSLATE_NOOP(
    "guichet::DateField", "A date: type it as DD/MM/YYYY, e.g. 12/03/1984, or as 8 digits (12031984); Alt+Down opens a "
                 "calendar to pick it. Empty when the date is not known.");

/// Alt+Down, and F4 as a combo box opens its list (where no shortcut of the window takes F4 first).
bool opensCalendar(const QKeyEvent *key)
{
    const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
    return (key->key() == Qt::Key_Down && modifiers == Qt::AltModifier)
        || (key->key() == Qt::Key_F4 && modifiers == Qt::NoModifier);
}

} // namespace

QDate DateField::Bound::value() const
{
    return today ? today->today() : fixed;
}

DateField::DateField(QWidget *parent) : QLineEdit(parent)
{
    // Room for "12/03/1984" and the calendar button, not the row's whole width.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setMaxLength(16);
    // Only what a date is typed with: a letter typed by mistake (the next
    // field's text, a name) is refused at once instead of sitting in the field.
    setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ./\\-]*")), this));
    m_pickAction = addAction(QIcon::fromTheme(QStringLiteral("x-office-calendar"),
                                              style()->standardIcon(QStyle::SP_ArrowDown)),
                             QLineEdit::TrailingPosition);
    m_pickAction->setObjectName(QStringLiteral("pickDate"));
    connect(m_pickAction, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::editingFinished, this, &DateField::normalise);
    retranslate();
}

QDate DateField::parse(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    // The same separator twice: "12/03/1984", "12.03.1984", "12-03-1984", "1/3/1984".
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})$"));
    static const QRegularExpression spaced(QStringLiteral("^(\\d{1,2})\\s+(\\d{1,2})\\s+(\\d{4})$"));
    const QString t = text.trimmed();
    if (const auto m = digits.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = separated.match(t); m.hasMatch())
        return QDate(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1).toInt());
    if (const auto m = spaced.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

QString DateField::format(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QDate DateField::date() const
{
    return parse(text());
}

void DateField::setDate(const QDate &date)
{
    const QString shown = format(date);
    if (text() != shown)
        setText(shown);
}

bool DateField::isBlank() const
{
    return text().trimmed().isEmpty();
}

void DateField::setDateRange(const QDate &minimum, const QDate &maximum)
{
    m_minimum = {minimum, nullptr};
    m_maximum = {maximum, nullptr};
}

void DateField::setNotAfterToday(const Clock &clock)
{
    m_maximum = {QDate(), &clock};
}

void DateField::setNotBeforeToday(const Clock &clock)
{
    m_minimum = {QDate(), &clock};
}

QDate DateField::minimumDate() const
{
    return m_minimum.value();
}

QDate DateField::maximumDate() const
{
    return m_maximum.value();
}

Result<QDate> DateField::check(const QString &fieldLabel) const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return QDate();
    const QDate d = parse(typed);
    if (!d.isValid())
        return std::unexpected(Error::invalid(objectName(), tr(NotADate).arg(fieldLabel, typed)));
    if (const QDate minimum = minimumDate(); minimum.isValid() && d < minimum)
        return std::unexpected(Error::invalid(objectName(),
            m_minimum.today
                ? tr("%1: %2 is past; expected today, %3, or a later day. Type the day to come.")
                      .arg(fieldLabel, format(d), format(minimum))
                : tr("%1: expected a date no earlier than %2; %3 is earlier. Check the year.")
                      .arg(fieldLabel, format(minimum), format(d))));
    if (const QDate maximum = maximumDate(); maximum.isValid() && d > maximum)
        return std::unexpected(Error::invalid(objectName(),
            m_maximum.today
                ? tr("%1: %2 is in the future; expected today, %3, or an earlier day. Check the year.")
                      .arg(fieldLabel, format(d), format(maximum))
                : tr("%1: expected a date no later than %2; %3 is later. Check the year.")
                      .arg(fieldLabel, format(maximum), format(d))));
    return d;
}

QString DateField::error(const QString &fieldLabel) const
{
    const auto checked = check(fieldLabel);
    return checked ? QString() : checked.error().message;
}

QDate DateField::today() const
{
    if (m_maximum.today)
        return m_maximum.today->today();
    if (m_minimum.today)
        return m_minimum.today->today();
    return QDate::currentDate();
}

void DateField::showCalendar()
{
    if (m_calendar || isReadOnly() || !isEnabled())
        return;
    auto *calendar = new QCalendarWidget(this);
    m_calendar = calendar;
    calendar->setWindowFlags(Qt::Popup);
    // Made for each opening: closed, it is gone, and nothing of it is taken for an input of the form.
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    calendar->setObjectName(QStringLiteral("dateFieldCalendar"));
    calendar->setAccessibleName(tr("Calendar: %1").arg(accessibleName()));
    calendar->setAccessibleDescription(
        tr("The arrows move by day, Page Up and Page Down by month; Enter picks the day, Escape closes."));
    calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    calendar->setGridVisible(true);
    const QDate minimum = minimumDate(), maximum = maximumDate();
    if (minimum.isValid())
        calendar->setMinimumDate(minimum);
    if (maximum.isValid())
        calendar->setMaximumDate(maximum);
    QDate start = date().isValid() ? date() : today();
    if (minimum.isValid())
        start = std::max(start, minimum);
    if (maximum.isValid())
        start = std::min(start, maximum);
    calendar->setSelectedDate(start);
    // Enter or a double click picks; a single click too, as a mouse expects.
    connect(calendar, &QCalendarWidget::activated, this, &DateField::pick);
    connect(calendar, &QCalendarWidget::clicked, this, &DateField::pick);
    for (QWidget *w : calendar->findChildren<QAbstractItemView *>())
        w->installEventFilter(this);
    calendar->installEventFilter(this);

    // Under the field, or above it when the screen ends first.
    const QSize size = calendar->sizeHint();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *s = screen()) {
        const QRect area = s->availableGeometry();
        if (at.y() + size.height() > area.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - size.height());
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - size.width())));
    }
    calendar->move(at);
    calendar->show();
    calendar->setFocus(Qt::PopupFocusReason);
}

QCalendarWidget *DateField::calendar() const
{
    return m_calendar;
}

void DateField::pick(const QDate &date)
{
    setDate(date);
    closeCalendar();
    Q_EMIT editingFinished();
}

void DateField::closeCalendar()
{
    if (m_calendar)
        m_calendar->close();
    // Back to typing where it was; a window system that activated the popup
    // gives the activation back to the form's window.
    window()->activateWindow();
    setFocus(Qt::PopupFocusReason);
}

void DateField::normalise()
{
    const QDate d = date();
    if (d.isValid())
        setDate(d);
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    if (opensCalendar(event)) {
        showCalendar();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Left however it is (Tab, a click, a mnemonic): shown as it will be read back.
    if (event->reason() != Qt::PopupFocusReason)
        normalise();
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (m_calendar && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
        // Escape, or the keys that opened it, close it without changing the date.
        if (key->matches(QKeySequence::Cancel) || opensCalendar(key)
            || (key->key() == Qt::Key_Up && modifiers == Qt::AltModifier)) {
            closeCalendar();
            return true;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void DateField::retranslate()
{
    // A description the form gave stays; the field's own follows the language.
    const bool own = accessibleDescription().isEmpty() || accessibleDescription() == m_ownDescription;
    setPlaceholderText(tr("DD/MM/YYYY"));
    m_pickAction->setText(tr("Pick the date in a calendar"));
    m_pickAction->setToolTip(tr("Pick the date in a calendar (Alt+Down)"));
    m_ownDescription = tr(Description);
    if (own)
        setAccessibleDescription(m_ownDescription);
}

QSize DateField::sizeHint() const
{
    // QLineEdit asks for 17 'x'; a date needs its ten characters and the cursor.
    QSize size = QLineEdit::sizeHint();
    const QFontMetrics fm = fontMetrics();
    const int sample = std::max(fm.horizontalAdvance(QStringLiteral("00/00/0000")),
                                fm.horizontalAdvance(placeholderText()));
    size.setWidth(size.width() - fm.horizontalAdvance(u'x') * 17 + sample + fm.horizontalAdvance(u'0') * 2);
    return size;
}

QSize DateField::minimumSizeHint() const
{
    return sizeHint();
}

} // namespace guichet
