// SPDX-License-Identifier: GPL-3.0-or-later
// The desk locks itself after the workstation's idle delay: time from the
// ManualClock, the check called by the test, never a wait.
#include "desktesting.h"

#include "idlelockdialog.h"
#include "idlewatch.h"
#include "mainwindow.h"
#include "procedure_module.h"
#include "receptionpage.h"
#include "store/settings.h"

#include <QLayout>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QWindow>

using namespace guichet;
using namespace guichet::test;

namespace {

constexpr qint64 minute = 60 * 1000;

struct Desk
{
    TempDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<DeskSession> session = openOffice(dir, clock);
    std::unique_ptr<MainWindow> window;

    DeskSession &s() { return *session; }
    Database &db() { return session->database(); }
    IdleWatch *watch() { return window->idleWatch(); }

    void open()
    {
        window = std::make_unique<MainWindow>(*session);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    /// Time passes with nobody at the desk, then the timer's check runs.
    void idleFor(qint64 msecs)
    {
        clock.advance(msecs);
        watch()->check();
    }

    /// The session's agent becomes a superviseur of the office, logged in.
    void logInSupervisor()
    {
        REQUIRE(AgentRepository(db()).add(QStringLiteral("sleroux"), QStringLiteral("Soazig Le Roux"), Role::Supervisor,
                                          QStringLiteral("BEL"), password).has_value());
        session->setAgent(session->agents().authenticate(QStringLiteral("sleroux"), password).value());
    }

    QAction *idleLockAction() { return window->findChild<QAction *>(QStringLiteral("idleLock")); }

    /// Anna Kerjean received, a copy of her birth act started, her parents' names typed.
    void startCopyRequest()
    {
        recordPerson(s(), QStringLiteral("Kerjean"), QStringLiteral("Anna"), QDate(1990, 4, 10));
        auto *search = window->reception()->findChild<QLineEdit *>(QStringLiteral("search"));
        auto *results = window->reception()->findChild<QListWidget *>(QStringLiteral("results"));
        typeInto(search, QStringLiteral("kerjean"));
        REQUIRE(results->count() == 1);
        QTest::keyClick(search, Qt::Key_Down);
        QTest::keyClick(results, Qt::Key_Return);
        auto *procedure = window->reception()->findChild<QComboBox *>(QStringLiteral("procedure"));
        const int index = procedure->findData(QStringLiteral("etat-civil.copie-acte"));
        REQUIRE(index > 0);
        procedure->setFocus();
        while (procedure->currentIndex() < index)
            QTest::keyClick(procedure, Qt::Key_Down);
        typeInto(parentNames(), QStringLiteral("Yann Kerjean"));
    }

    QLineEdit *parentNames()
    {
        auto *form = window->reception()->findChild<CaseForm *>();
        REQUIRE(form);
        auto *field = form->findChild<QLineEdit *>(QStringLiteral("parentNames"));
        REQUIRE(field);
        return field;
    }

    void unlock()
    {
        auto *password = window->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
        REQUIRE(password);
        typeInto(password, guichet::test::password);
        QTest::keyClick(password, Qt::Key_Return);
        REQUIRE_FALSE(window->isLocked());
    }
};

} // namespace

TEST_CASE("Idle lock: the desk locks itself after 5 minutes without input by default, and any key or click puts "
          "the delay back",
          "[desk][lock][idle]")
{
    Desk desk;
    desk.open();
    REQUIRE(settings::IdleLockMinutes.value(desk.db()) == 5);
    // Checked by a timer of its own, every few seconds.
    auto *timer = desk.watch()->findChild<QTimer *>();
    REQUIRE(timer);
    CHECK(timer->isActive());
    CHECK(timer->interval() <= 60 * 1000);

    desk.idleFor(5 * minute - 1000);
    CHECK_FALSE(desk.window->isLocked());

    // A key typed: five minutes again from now.
    auto *search = desk.window->reception()->findChild<QLineEdit *>(QStringLiteral("search"));
    typeInto(search, QStringLiteral("k"));
    desk.idleFor(4 * minute);
    CHECK_FALSE(desk.window->isLocked());
    // A click too.
    QTest::mouseClick(search, Qt::LeftButton);
    desk.idleFor(4 * minute);
    CHECK_FALSE(desk.window->isLocked());

    desk.idleFor(1 * minute);
    REQUIRE(desk.window->isLocked());
    CHECK_FALSE(desk.window->reception()->isVisible());
    // Locked, further checks change nothing; unlocked, the delay starts again.
    desk.idleFor(10 * minute);
    CHECK(desk.window->isLocked());
    desk.unlock();
    desk.idleFor(4 * minute);
    CHECK_FALSE(desk.window->isLocked());
}

TEST_CASE("Idle lock: 0 minutes never locks, and the delay set by guichetctl holds without a restart",
          "[desk][lock][idle]")
{
    Desk desk;
    desk.open();
    REQUIRE(settings::IdleLockMinutes.set(desk.db(), 0));
    desk.idleFor(12 * 60 * minute);
    CHECK_FALSE(desk.window->isLocked());

    // What `guichetctl setting idle_lock_minutes 2` writes, the desk open.
    REQUIRE(desk.db().setMeta(QStringLiteral("idle_lock_minutes"), QStringLiteral("2")));
    desk.watch()->reset();
    desk.idleFor(2 * minute);
    CHECK(desk.window->isLocked());
}

TEST_CASE("Idle lock: the request being typed is kept as the agent's draft and is there again after the password",
          "[desk][lock][idle][draft]")
{
    Desk desk;
    desk.open();
    desk.startCopyRequest();
    desk.idleFor(5 * minute);
    REQUIRE(desk.window->isLocked());
    // Kept in the office database: it would come back after a crash or a log-out too.
    const QString draftKey = QStringLiteral("reception_draft/") + desk.s().agent().id.toString(QUuid::WithoutBraces);
    CHECK(desk.db().meta(draftKey).contains(QStringLiteral("Yann Kerjean")));
    desk.unlock();
    CHECK(desk.window->reception()->isVisible());
    CHECK(desk.parentNames()->text() == QStringLiteral("Yann Kerjean"));
}

TEST_CASE("Idle lock: a dialog left open is cancelled before the desk locks, hiding what it showed",
          "[desk][lock][idle]")
{
    Desk desk;
    desk.open();
    bool wasOpen = false;
    whenDialogOpens([&](QWidget *dialog) {
        wasOpen = dialog->isVisible();
        desk.idleFor(5 * minute);
    });
    desk.window->showModules();  // returns once the dialog is closed
    CHECK(wasOpen);
    CHECK_FALSE(QApplication::activeModalWidget());
    CHECK(desk.window->isLocked());
}

TEST_CASE("Idle lock: only a superviseur changes the delay, from the desk, whole minutes from 0 to 60",
          "[desk][lock][idle][settings]")
{
    SECTION("An agent sees the entry but cannot use it, nor save a delay another way")
    {
        Desk desk;
        desk.open();
        REQUIRE(desk.idleLockAction());
        CHECK_FALSE(desk.idleLockAction()->isEnabled());
        CHECK(desk.idleLockAction()->toolTip().contains(QStringLiteral("superviseur")));
        const auto refused = IdleLockDialog::apply(desk.db(), desk.s().agent(), QStringLiteral("30"));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().field == QStringLiteral("idle_lock_minutes"));
        CHECK(refused.error().message.contains(QStringLiteral("Anne Morvan")));
        CHECK(settings::IdleLockMinutes.value(desk.db()) == 5);
    }

    SECTION("A superviseur types the minutes: out of range or not a number is said and nothing kept; 10 is kept")
    {
        Desk desk;
        desk.logInSupervisor();
        desk.open();
        REQUIRE(desk.idleLockAction());
        REQUIRE(desk.idleLockAction()->isEnabled());

        QStringList errors;
        whenDialogOpens([&](QWidget *dialog) {
            auto *minutes = dialog->findChild<QLineEdit *>(QStringLiteral("idleLockMinutes"));
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("errors"));
            REQUIRE(minutes);
            CHECK(minutes->text() == QStringLiteral("5"));
            CHECK(dialog->focusWidget() == minutes);  // the field has the dialog's focus when it opens
            for (const QString &typed : {QStringLiteral("75"), QStringLiteral("2,5"), QStringLiteral("-1"), QStringLiteral("")}) {
                minutes->selectAll();
                if (typed.isEmpty())
                    QTest::keyClick(minutes, Qt::Key_Backspace);
                else
                    typeKeys(minutes, typed);
                QTest::keyClick(minutes, Qt::Key_Return);
                CHECK(dialog->isVisible());
                CHECK(error->isVisible());
                errors << error->text();
                // The dialog grows with the error: no sentence is cut.
                dialog->layout()->activate();
                for (QLabel *sentence : dialog->findChildren<QLabel *>()) {
                    if (!sentence->isVisible() || !sentence->wordWrap())
                        continue;
                    CHECK(sentence->height() >= sentence->heightForWidth(sentence->width()));
                    CHECK(dialog->rect().contains(sentence->geometry()));
                }
            }
            minutes->selectAll();
            typeKeys(minutes, QStringLiteral("10"));
            QTest::keyClick(minutes, Qt::Key_Return);
        });
        desk.idleLockAction()->trigger();
        REQUIRE(errors.size() == 4);
        for (const QString &e : std::as_const(errors)) {
            INFO(e.toStdString());
            CHECK(e.contains(QStringLiteral("from 0 (never) to 60")));
        }
        CHECK(errors.first().contains(QStringLiteral("\"75\"")));
        CHECK(settings::IdleLockMinutes.value(desk.db()) == 10);

        desk.watch()->reset();
        desk.idleFor(9 * minute);
        CHECK_FALSE(desk.window->isLocked());
        desk.idleFor(1 * minute);
        CHECK(desk.window->isLocked());
    }
}
