// SPDX-License-Identifier: GPL-3.0-or-later
// The one date entry of every form: what it reads, what it says when it
// cannot, and the calendar reached from the keyboard.
#include "datefield.h"
#include "formtesting.h"

#include "domain/clock.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QFormLayout>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using namespace guichet::test;

TEST_CASE("DateField: a date is read as DD/MM/YYYY, as 8 digits, with dots, hyphens or spaces, and with one-digit "
          "days and months",
          "[sdk][datefield]")
{
    const QDate march12(1984, 3, 12);
    CHECK(DateField::parse(QStringLiteral("12/03/1984")) == march12);
    CHECK(DateField::parse(QStringLiteral("12031984")) == march12);
    CHECK(DateField::parse(QStringLiteral("12.03.1984")) == march12);
    CHECK(DateField::parse(QStringLiteral("12-03-1984")) == march12);
    CHECK(DateField::parse(QStringLiteral("12 03 1984")) == march12);
    CHECK(DateField::parse(QStringLiteral("  12 / 03 / 1984 ")) == march12);
    CHECK(DateField::parse(QStringLiteral("1/3/1984")) == QDate(1984, 3, 1));
    CHECK(DateField::parse(QStringLiteral("29/02/2024")) == QDate(2024, 2, 29));
}

TEST_CASE("DateField: what is not a whole, real date gives a null date", "[sdk][datefield]")
{
    for (const char *text : {"", "   ", "31/02/1984", "29/02/2023", "32/01/1984", "12/13/1984", "12/03/84", "120384",
                             "1203198", "12/03-1984", "12//03/1984", "12/03/1984/1", "1984-03-12", "douze mars",
                             "12/03/198a"}) {
        INFO(text);
        CHECK(DateField::parse(QString::fromLatin1(text)).isNull());
    }
    CHECK(DateField::format(QDate(1984, 3, 1)) == QStringLiteral("01/03/1984"));
    CHECK(DateField::format(QDate()).isEmpty());
}

TEST_CASE("DateField: every form says the same of a date that is not one, naming the field", "[sdk][datefield]")
{
    DateField field;
    field.setObjectName(QStringLiteral("birthDate"));
    CHECK(field.check(QStringLiteral("Birth date")).value().isNull());  // empty: unknown, not wrong
    CHECK(field.error(QStringLiteral("Birth date")).isEmpty());
    CHECK(field.isBlank());

    field.setText(QStringLiteral("31/02/1984"));
    const auto wrong = field.check(QStringLiteral("Birth date"));
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().code == Error::Code::Invalid);
    CHECK(wrong.error().field == QStringLiteral("birthDate"));
    CHECK(wrong.error().message.startsWith(
        QStringLiteral("Birth date: expected a date as DD/MM/YYYY, e.g. 12/03/1984; \"31/02/1984\" is not a date.")));
    CHECK(field.error(QStringLiteral("Birth date")) == wrong.error().message);
    CHECK(field.date().isNull());

    field.setText(QStringLiteral("12031984"));
    CHECK(field.check(QStringLiteral("Birth date")).value() == QDate(1984, 3, 12));
    CHECK(field.error(QStringLiteral("Birth date")).isEmpty());
}

TEST_CASE("DateField: bounds have their own message, and today's follow the clock", "[sdk][datefield]")
{
    ManualClock clock(QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    DateField birth;
    birth.setObjectName(QStringLiteral("birthDate"));
    birth.setNotAfterToday(clock);
    birth.setText(QStringLiteral("11/03/2026"));
    CHECK(birth.error(QStringLiteral("Birth date"))
          == QStringLiteral("Birth date: 11/03/2026 is in the future; expected today, 10/03/2026, or an earlier day. "
                            "Check the year."));
    CHECK(birth.date() == QDate(2026, 3, 11));  // read all the same: the form decides what it makes of it
    clock.set(QDateTime(QDate(2026, 3, 11), QTime(10, 0)));
    CHECK(birth.error(QStringLiteral("Birth date")).isEmpty());

    DateField appointment;
    appointment.setNotBeforeToday(clock);
    appointment.setText(QStringLiteral("10/03/2026"));
    CHECK(appointment.error(QStringLiteral("Appointment date"))
          == QStringLiteral("Appointment date: 10/03/2026 is past; expected today, 11/03/2026, or a later day. Type "
                            "the day to come."));

    DateField born;
    born.setDateRange(QDate(1880, 1, 1), QDate(2026, 12, 31));
    born.setText(QStringLiteral("31/12/1879"));
    CHECK(born.error(QStringLiteral("Birth date"))
          == QStringLiteral("Birth date: expected a date no earlier than 01/01/1880; 31/12/1879 is earlier. Check the "
                            "year."));
    born.setText(QStringLiteral("1/1/2027"));
    CHECK(born.error(QStringLiteral("Birth date"))
          == QStringLiteral("Birth date: expected a date no later than 31/12/2026; 01/01/2027 is later. Check the "
                            "year."));
}

TEST_CASE("DateField: typed in a form, the date is shown as DD/MM/YYYY once the field is left, and it says how to "
          "fill it",
          "[sdk][datefield]")
{
    QWidget form;
    auto *layout = new QFormLayout(&form);
    auto *date = new DateField(&form);
    auto *next = new QLineEdit(&form);
    layout->addRow(QStringLiteral("Birth date:"), date);
    layout->addRow(QStringLiteral("Next:"), next);
    showAndActivate(form);

    CHECK(date->placeholderText() == QStringLiteral("DD/MM/YYYY"));
    CHECK(date->accessibleDescription().contains(QStringLiteral("DD/MM/YYYY")));
    CHECK(date->accessibleDescription().contains(QStringLiteral("Alt+Down")));
    // Sized for a date, not stretched across the form.
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form.resize(800, form.sizeHint().height());
    REQUIRE(settles([&] { return next->width() > 500; }));
    CHECK(date->width() == date->sizeHint().width());
    CHECK(date->width() >= date->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000")));

    QSignalSpy edited(date, &QLineEdit::textChanged);
    date->setFocus();
    QTest::keyClicks(date, QStringLiteral("1.3.1984"));
    CHECK(date->text() == QStringLiteral("1.3.1984"));  // as typed while typing
    QTest::keyClick(date, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == next);
    CHECK(date->text() == QStringLiteral("01/03/1984"));
    CHECK(date->date() == QDate(1984, 3, 1));
    CHECK_FALSE(edited.isEmpty());

    // Letters typed by mistake are refused at once; digits and separators go in.
    date->setFocus();
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("Kerjean"));
    CHECK(date->text() == QStringLiteral("01/03/1984"));
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("1 3-1984x"));
    CHECK(date->text() == QStringLiteral("1 3-1984"));

    // What is not a date stays as typed, for the agent to correct.
    date->setFocus();
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("31021984"));
    QTest::keyClick(date, Qt::Key_Tab);
    CHECK(date->text() == QStringLiteral("31021984"));

    date->setDate(QDate(2024, 2, 29));
    CHECK(date->text() == QStringLiteral("29/02/2024"));
    date->setDate(QDate());
    CHECK(date->text().isEmpty());
}

TEST_CASE("DateField: Alt+Down opens a calendar on the date typed, Enter picks a day, Escape leaves the date as it was",
          "[sdk][datefield]")
{
    ManualClock clock(QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    QWidget form;
    auto *layout = new QFormLayout(&form);
    auto *date = new DateField(&form);
    date->setAccessibleName(QStringLiteral("Birth date"));
    date->setNotAfterToday(clock);
    layout->addRow(QStringLiteral("Birth date:"), date);
    showAndActivate(form);
    date->setFocus();
    QTest::keyClicks(date, QStringLiteral("12031984"));

    QTest::keyClick(date, Qt::Key_Down, Qt::AltModifier);
    REQUIRE(date->calendar());
    QCalendarWidget *calendar = date->calendar();
    REQUIRE(settles([&] { return calendar->isVisible(); }));
    CHECK(calendar->selectedDate() == QDate(1984, 3, 12));
    CHECK(calendar->maximumDate() == QDate(2026, 3, 10));
    CHECK(calendar->accessibleName() == QStringLiteral("Calendar: Birth date"));
    CHECK(calendar->isAncestorOf(QApplication::focusWidget()));

    // The arrows move the day; Enter picks it and gives the field back its focus.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(date->text() == QStringLiteral("20/03/1984"));
    REQUIRE(settles([&] { return !date->calendar(); }));
    CHECK(settles([&] { return QApplication::focusWidget() == date; }));

    // Escape closes it and keeps the date.
    QTest::keyClick(date, Qt::Key_Down, Qt::AltModifier);
    REQUIRE(date->calendar());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    REQUIRE(settles([&] { return !date->calendar(); }));
    CHECK(date->text() == QStringLiteral("20/03/1984"));
    CHECK(QApplication::focusWidget() == date);

    // Empty, it opens on today, and the trailing button opens it as well.
    date->clear();
    const auto actions = date->actions();
    REQUIRE(actions.size() == 1);
    actions.first()->trigger();
    REQUIRE(date->calendar());
    CHECK(date->calendar()->selectedDate() == QDate(2026, 3, 10));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    REQUIRE(settles([&] { return !date->calendar(); }));
    CHECK(date->text().isEmpty());
}
