// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Driving a module's form or page with the keyboard, as the desk tests do.

#include "moduletesting.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

namespace guichet::test {

/// The accessible name of the widget that has the focus.
inline QString focusedName()
{
    const QWidget *w = QApplication::focusWidget();
    return w ? w->accessibleName() : QString();
}

/// Shows a window and waits until it is active: shortcuts need it.
inline void showAndActivate(QWidget &w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

/// Lets queued events run until `done` holds (at most 2 s): no sleep.
template <typename Predicate>
bool settles(Predicate done)
{
    return QTest::qWaitFor(done, 2000);
}

} // namespace guichet::test
