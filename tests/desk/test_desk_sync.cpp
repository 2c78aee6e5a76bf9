// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfixture.h"

#include "desksession.h"
#include "mainwindow.h"
#include "receptionpage.h"
#include "synccontroller.h"
#include "store/agentrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QRegularExpression>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace guichet;
using namespace guichet::test;


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

    // …and on F12, with a report in the status bar: no box to dismiss.
    QTest::keyClick(&window, Qt::Key_F12);
    REQUIRE((synced.count() > 1 || synced.wait(10000)));
    CHECK_FALSE(QApplication::activeModalWidget());
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Sync done")));

    // HQ goes away: the agent is told, nothing is lost, the status bar says offline.
    hq.server.reset();
    REQUIRE((*session)->caseRepository().addNote(asked.id, QStringLiteral("Rappeler la personne"),
                                                 (*session)->agent().id));
    // Counted at once, before any sync.
    QCoreApplication::processEvents();
    CHECK(status->text().contains(QStringLiteral("1 change")));
    QTest::keyClick(&window, Qt::Key_F12);
    REQUIRE((synced.count() > 2 || synced.wait(10000)));
    const QString report = window.statusBar()->currentMessage();
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

namespace {

/// The release 2027.1 as HQ publishes it in the desk tests: the copy procedure renamed, so the form list shows which release the module reads.
const QString renamedCopy = QStringLiteral("Demande de copie d'acte (référentiel 2027)");

QString release2027(const TempDir &dir)
{
    return releaseFolder(dir, QStringLiteral("2027.1"), [](QMap<QString, QJsonObject> &sections) {
        QJsonObject etatCivil = sections.value(QStringLiteral("etat-civil"));
        QJsonArray procedures = etatCivil.value(QStringLiteral("procedures")).toArray();
        QJsonObject copy = procedures.at(0).toObject();
        copy.insert(QStringLiteral("title"), renamedCopy);
        procedures.replace(0, copy);
        etatCivil.insert(QStringLiteral("procedures"), procedures);
        sections.insert(QStringLiteral("etat-civil"), etatCivil);
    });
}

} // namespace

TEST_CASE("Desk: the status bar names the release, switches at midnight to the one HQ published, and modules follow",
          "[desk][sync][release]")
{
    Hq hq;
    const QDate effective(2026, 11, 21);
    hq.publish(release2027(hq.dir), effective);
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    REQUIRE(AgentRepository(*bellevue.db).add(QStringLiteral("amorvan"), QStringLiteral("Anne Morvan"), Role::Agent,
                                              QStringLiteral("BEL"), QStringLiteral("mot de passe du test")));
    const QString path = bellevue.db->path();
    bellevue.db.reset();

    auto session = DeskSession::open(path, bellevue.clock, buildPath(QStringLiteral("lib/guichet/modules")));
    REQUIRE(session.has_value());
    (*session)->setAgent((*session)->agents().list().value().constFirst());
    MainWindow window(**session);
    QSignalSpy synced(window.syncController(), &SyncController::finished);
    window.show();
    REQUIRE((synced.count() > 0 || synced.wait(10000)));
    const auto report = synced.at(0).at(0).value<sync::SyncReport>();
    REQUIRE(report.releasesInstalled.size() == 1);

    auto *release = window.findChild<QLabel *>(QStringLiteral("releaseStatus"));
    auto *warning = window.findChild<QLabel *>(QStringLiteral("releaseWarning"));
    auto *procedure = window.reception()->findChild<QComboBox *>(QStringLiteral("procedure"));
    REQUIRE(release);
    REQUIRE(warning);
    REQUIRE(procedure);
    // Installed the day before: the desk still answers under the release in force.
    CHECK(release->text() == QStringLiteral("Release 2026.1 (no. 1)"));
    CHECK(release->toolTip().startsWith(QStringLiteral("Reference release 2026.1, in force since ")));
    CHECK(warning->isHidden());
    CHECK((*session)->reference().id() == QStringLiteral("2026.1"));
    CHECK(procedure->findText(renamedCopy) < 0);

    const QList<WorkPage *> pagesBefore = window.workPages();
    REQUIRE_FALSE(pagesBefore.isEmpty());
    window.showWorkPage(pagesBefore.constLast());

    // Midnight passes with the desk open: what the minute's check does when the day changed.
    bellevue.clock.set(QDateTime(effective, QTime(0, 0, 30), Qt::LocalTime));
    window.checkReferenceRelease();
    // The modules' pages are made again with the new rules; the page shown stays shown.
    REQUIRE(window.workPages().size() == pagesBefore.size());
    for (WorkPage *page : window.workPages())
        CHECK_FALSE(pagesBefore.contains(page));
    CHECK(window.workPages().constLast()->isVisible());
    CHECK((*session)->reference().id() == QStringLiteral("2027.1"));
    CHECK(release->text() == QStringLiteral("Release 2027.1 (no. 2)"));
    CHECK(release->toolTip().startsWith(QStringLiteral("Reference release 2027.1, in force since ")));
    CHECK(warning->isHidden());
    CHECK(procedure->findText(renamedCopy) > 0);   // the module read its rules from the new release
    CHECK((*session)->procedure(QStringLiteral("etat-civil.copie-acte")).title == renamedCopy);

    // A week and a day without HQ: the office allows 7 days, the desk warns.
    hq.server.reset();
    bellevue.clock.advance(8LL * 24 * 3600 * 1000);
    window.checkReferenceRelease();
    CHECK(warning->isVisible());
    CHECK(warning->property("lagging").toBool());
    CHECK(warning->text().contains(QStringLiteral("not confirmed by HQ for ")));
    CHECK(warning->toolTip().contains(QStringLiteral("F12")));
}

TEST_CASE("Desk: a workstation that could not install HQ's release warns in red, saying what to do", "[desk][sync][release]")
{
    Hq hq;
    const QDate effective(2026, 11, 21);
    hq.publish(release2027(hq.dir), effective);
    hq.sql(QStringLiteral("UPDATE releases SET content = replace(content, 'Brest', 'Bresk') WHERE id = '2027.1'"));
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    REQUIRE(AgentRepository(*bellevue.db).add(QStringLiteral("amorvan"), QStringLiteral("Anne Morvan"), Role::Agent,
                                              QStringLiteral("BEL"), QStringLiteral("mot de passe du test")));
    const QString path = bellevue.db->path();
    bellevue.db.reset();

    auto session = DeskSession::open(path, bellevue.clock, buildPath(QStringLiteral("lib/guichet/modules")));
    REQUIRE(session.has_value());
    (*session)->setAgent((*session)->agents().list().value().constFirst());
    MainWindow window(**session);
    QSignalSpy synced(window.syncController(), &SyncController::finished);
    window.show();
    REQUIRE((synced.count() > 0 || synced.wait(10000)));
    const auto report = synced.at(0).at(0).value<sync::SyncReport>();
    CHECK(report.ok);
    REQUIRE(report.releaseErrors.size() == 1);
    auto *warning = window.findChild<QLabel *>(QStringLiteral("releaseWarning"));
    REQUIRE(warning);
    CHECK(warning->isHidden());   // HQ's release in force is still 2026.1

    bellevue.clock.set(QDateTime(effective, QTime(8, 0), Qt::LocalTime));
    window.checkReferenceRelease();
    CHECK((*session)->reference().id() == QStringLiteral("2026.1"));
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("Behind HQ, which has release 2027.1 in force")));
    CHECK(warning->styleSheet().contains(QStringLiteral("color")));
    CHECK(warning->toolTip().contains(QStringLiteral("Sync with HQ now (F12)")));
}

TEST_CASE("Desk: a release in force that drops this office is not taken, and the status bar says to call IT",
          "[desk][sync][release]")
{
    Hq hq;
    const QDate effective(2026, 11, 21);
    hq.publish(releaseFolder(hq.dir, QStringLiteral("2027.1"), [](QMap<QString, QJsonObject> &sections) {
                   QJsonObject offices = sections.value(QStringLiteral("offices"));
                   QJsonArray kept;
                   for (const QJsonValue &o : offices.value(QStringLiteral("offices")).toArray())
                       if (o.toObject().value(QStringLiteral("code")).toString() != QStringLiteral("BEL"))
                           kept.append(o);
                   offices.insert(QStringLiteral("offices"), kept);
                   sections.insert(QStringLiteral("offices"), offices);
               }),
               effective);
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    REQUIRE(AgentRepository(*bellevue.db).add(QStringLiteral("amorvan"), QStringLiteral("Anne Morvan"), Role::Agent,
                                              QStringLiteral("BEL"), QStringLiteral("mot de passe du test")));
    const QString path = bellevue.db->path();
    bellevue.db.reset();

    auto session = DeskSession::open(path, bellevue.clock, buildPath(QStringLiteral("lib/guichet/modules")));
    REQUIRE(session.has_value());
    (*session)->setAgent((*session)->agents().list().value().constFirst());
    MainWindow window(**session);
    QSignalSpy synced(window.syncController(), &SyncController::finished);
    window.show();
    REQUIRE((synced.count() > 0 || synced.wait(10000)));

    bellevue.clock.set(QDateTime(effective, QTime(8, 0), Qt::LocalTime));
    window.checkReferenceRelease();
    CHECK((*session)->reference().id() == QStringLiteral("2026.1"));
    CHECK((*session)->office().code == QStringLiteral("BEL"));
    auto *warning = window.findChild<QLabel *>(QStringLiteral("releaseWarning"));
    REQUIRE(warning);
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("cannot be used")));
    CHECK(warning->toolTip().contains(QStringLiteral("\"BEL\"")));
    CHECK(warning->toolTip().contains(QStringLiteral("Call IT")));
}

TEST_CASE("Desk: the changes the status bar counts as waiting are exactly what F12 sends, after every kind of write",
          "[desk][sync]")
{
    Hq hq;
    Workstation bellevue(hq, QStringLiteral("BEL"), 1);
    REQUIRE(AgentRepository(*bellevue.db).add(QStringLiteral("amorvan"), QStringLiteral("Anne Morvan"), Role::Supervisor,
                                              QStringLiteral("BEL"), QStringLiteral("mot de passe du test")));
    const QString path = bellevue.db->path();
    bellevue.db.reset();
    auto session = DeskSession::open(path, bellevue.clock, buildPath(QStringLiteral("lib/guichet/modules")));
    REQUIRE(session.has_value());
    DeskSession &s = **session;
    s.setAgent(s.agents().list().value().constFirst());
    MainWindow window(s);
    QSignalSpy synced(window.syncController(), &SyncController::finished);
    window.show();
    REQUIRE((synced.count() > 0 || synced.wait(10000)));
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
    const auto shown = [&] {
        QCoreApplication::processEvents();
        static const QRegularExpression count(QStringLiteral("(\\d+) change"));
        const auto m = count.match(status->text());
        REQUIRE(m.hasMatch());
        return m.captured(1).toInt();
    };
    REQUIRE(shown() == 0);

    int before = 0;
    const auto wrote = [&](const char *what) {
        INFO(what);
        const int now = shown();
        CHECK(now > before);
        before = now;
    };
    const QUuid agent = s.agent().id;
    // The value of a write, or the test stops saying why it was refused.
    const auto must = [](auto result) {
        INFO((result ? QString() : result.error().message).toStdString());
        REQUIRE(result.has_value());
        return *result;
    };
    Citizen anna;
    anna.familyName = QStringLiteral("Kerjean");
    anna.firstNames = QStringLiteral("Anna");
    anna.sex = QLatin1Char('F');
    anna.birthDate = QDate(1990, 4, 10);
    anna.birthPlaceCode = QStringLiteral("29019");
    anna.birthPlaceName = QStringLiteral("Brest");
    anna = must(s.citizens().create(anna, agent));
    wrote("a person created");
    Citizen twin = anna;
    twin.id = {};
    twin = must(s.citizens().create(twin, agent));
    wrote("a second record");
    anna.phone = QStringLiteral("+33298000000");
    anna = must(s.citizens().update(anna, agent));
    wrote("a person changed");
    CaseRepository::NewCase n;
    n.citizenId = anna.id;
    n.moduleId = QStringLiteral("etat-civil");
    n.procedureId = QStringLiteral("etat-civil.copie-acte");
    n.officeCode = QStringLiteral("BEL");
    n.releaseId = s.reference().id();
    n.missingDocuments = {QStringLiteral("Pièce d'identité")};
    const Case made = must(s.caseRepository().create(n, s.workflow(n.procedureId), agent));
    wrote("a case");
    REQUIRE(s.caseRepository().addNote(made.id, QStringLiteral("Rappeler"), agent));
    wrote("a note");
    REQUIRE(s.caseRepository().recordDocument(made.id, QStringLiteral("Pièce d'identité"), agent));
    wrote("a document");
    REQUIRE(s.caseRepository().recordAnswer(made.id, QStringLiteral("Réponse"), s.reference().id(), agent));
    wrote("an answer");
    REQUIRE(s.caseRepository().changeStatus(made.id, QStringLiteral("processing"), QString(), s.workflow(n.procedureId), agent));
    wrote("a status");
    REQUIRE(s.citizens().merge(twin.id, anna.id, agent));
    wrote("a merge");
    const Case mistake = must(s.caseRepository().create(n, s.workflow(n.procedureId), agent));
    REQUIRE(s.caseRepository().remove(mistake.id, QStringLiteral("Saisie en double"), agent));
    wrote("a case made and deleted");

    QTest::keyClick(&window, Qt::Key_F12);
    REQUIRE((synced.count() > 1 || synced.wait(10000)));
    const sync::SyncReport report = window.syncController()->lastReport();
    REQUIRE(report.ok);
    CHECK(report.sent == before);
    CHECK(shown() == 0);
}
