// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfixture.h"

#include "desksession.h"
#include "mainwindow.h"
#include "synccontroller.h"
#include "store/agentrepository.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace guichet;
using namespace guichet::test;

namespace {

/// Closes the next message box once it shows, keeping its text.
void answerNextMessage(QString *text)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, [timer, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *text = box->text();
            box->accept();
        }
    });
    timer->start(0);
}

} // namespace

TEST_CASE("Desk: F12 syncs with HQ, reports what it did and shows another office's request", "[desk][sync]")
{
    Hq hq;
    Workstation saintMarc(hq, QStringLiteral("SMA"), 1);
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    REQUIRE(AgentRepository(*bellevue.db).add(QStringLiteral("amorvan"), QStringLiteral("Anne Morvan"), Role::Agent,
                                              QStringLiteral("BEL"), QStringLiteral("mot de passe du test")));
    const QString path = bellevue.db->path();
    bellevue.db.reset();  // the desk opens the file itself

    const Case asked = saintMarc.request(saintMarc.person().id, QStringLiteral("SMA"));
    REQUIRE(saintMarc.sync().ok);

    auto session = DeskSession::open(path, bellevue.clock, buildPath(QStringLiteral("lib/guichet/modules")));
    REQUIRE(session.has_value());
    (*session)->setAgent((*session)->agents().list().value().constFirst());
    MainWindow window(**session);
    QSignalSpy synced(window.syncController(), &SyncController::finished);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // The desk syncs as soon as it is up…
    REQUIRE((synced.count() > 0 || synced.wait(10000)));
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
    CHECK(status->text().contains(QStringLiteral("online")));
    CHECK(status->text().contains(QStringLiteral("0 change")));
    CHECK((*session)->caseRepository().findByTrackingNumber(asked.trackingNumber).has_value());

    // …and on F12, with a report.
    QString report;
    answerNextMessage(&report);
    QTest::keyClick(&window, Qt::Key_F12);
    REQUIRE((synced.count() > 1 || synced.wait(10000)));
    QTRY_VERIFY(!report.isEmpty());
    CHECK(report.contains(QStringLiteral("Sync done")));

    // HQ goes away: the agent is told, nothing is lost, the status bar says offline.
    hq.server.reset();
    REQUIRE((*session)->caseRepository().addNote(asked.id, QStringLiteral("Rappeler la personne"),
                                                 (*session)->agent().id));
    report.clear();
    answerNextMessage(&report);
    window.activateWindow();  // back from the message box
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F12);
    REQUIRE((synced.count() > 2 || synced.wait(10000)));
    QTRY_VERIFY(!report.isEmpty());
    CHECK(report.contains(QStringLiteral("did not finish")));
    CHECK(report.contains(QStringLiteral("not yet sent (1)")));
    CHECK(status->text().contains(QStringLiteral("offline")));
    CHECK(status->text().contains(QStringLiteral("1 change")));
}

TEST_CASE("Desk: a superviseur settles a conflict from the keyboard (F11, Ctrl+T)", "[desk][sync][conflict]")
{
    Hq hq;
    Workstation saintMarc(hq, QStringLiteral("SMA"), 1);
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    const Citizen person = bellevue.person();
    REQUIRE(bellevue.sync().ok);
    REQUIRE(saintMarc.sync().ok);
    // Apart, both offices change the phone; Saint-Marc's is later and stays in force.
    for (Workstation *w : {&bellevue, &saintMarc}) {
        w->clock.advance(w == &bellevue ? 60'000 : 120'000);  // Saint-Marc a minute later: no tie to break
        Citizen c = CitizenRepository(*w->db).read(person.id, w->agent, QStringLiteral("test")).value();
        c.phone = w == &bellevue ? QStringLiteral("0298000001") : QStringLiteral("0298000002");
        REQUIRE(CitizenRepository(*w->db).update(c, w->agent));
    }
    REQUIRE(saintMarc.sync().ok);
    REQUIRE(bellevue.sync().ok);
    REQUIRE(ConflictRepository(*bellevue.db).openCount().value() == 1);
    REQUIRE(AgentRepository(*bellevue.db).add(QStringLiteral("lkerhoas"), QStringLiteral("Loïc Kerhoas"), Role::Supervisor,
                                              QStringLiteral("BEL"), QStringLiteral("mot de passe du test")));
    const QString path = bellevue.db->path();
    bellevue.db.reset();

    auto session = DeskSession::open(path, bellevue.clock, buildPath(QStringLiteral("lib/guichet/modules")));
    REQUIRE(session.has_value());
    (*session)->setAgent((*session)->agents().list().value().constFirst());
    REQUIRE((*session)->agent().role == Role::Supervisor);
    MainWindow window(**session);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_F11);
    auto *table = window.findChild<QTableWidget *>(QStringLiteral("conflicts"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 2)->text() == QStringLiteral("+33298000002"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("+33298000001"));
    QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier);
    CHECK(table->rowCount() == 0);
    CHECK(ConflictRepository((*session)->database()).openCount().value() == 0);
    CHECK((*session)->citizens().read(person.id, (*session)->agent().id, QStringLiteral("test")).value().phone
          == QStringLiteral("+33298000001"));
}
