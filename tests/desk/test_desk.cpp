// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktesting.h"

#include "casedetaildialog.h"
#include "caselistmodel.h"
#include "casespage.h"
#include "desksession.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "persondialog.h"
#include "receptionpage.h"
#include "store/agentrepository.h"
#include "store/referencestore.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace guichet;
using namespace guichet::test;


TEST_CASE("Desk: an agent logs in, creates a person and a request with the keyboard, and finds it in the list", "[desk]")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    const QString path = makeOffice(dir, clock);
    auto session = DeskSession::open(path, clock, buildPath(QStringLiteral("lib/guichet/modules")));
    REQUIRE(session.has_value());
    DeskSession &s = **session;

    // Log in: a wrong password first, then the right one.
    LoginDialog login(s.agents(), s.office().name);
    login.show();
    typeInto(login.findChild<QLineEdit *>(QStringLiteral("login")), QStringLiteral("amorvan"));
    typeInto(login.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("faux"));
    QTest::keyClick(login.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
    CHECK(login.result() != QDialog::Accepted);
    CHECK(login.findChild<QLabel *>(QStringLiteral("errors"))->isVisible());
    typeInto(login.findChild<QLineEdit *>(QStringLiteral("password")), password);
    QTest::keyClick(login.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
    REQUIRE(login.result() == QDialog::Accepted);
    s.setAgent(login.agent());

    MainWindow window(s);
    window.show();
    window.activateWindow();  // shortcuts (Ctrl+N, Ctrl+S, F3) need the active window
    REQUIRE(QTest::qWaitForWindowActive(&window));
    ReceptionPage *reception = window.reception();

    // Channel: phone (one step down from the counter).
    auto *channel = reception->findChild<QComboBox *>(QStringLiteral("channel"));
    channel->setFocus();
    QTest::keyClick(channel, Qt::Key_Down);
    CHECK(channel->currentData().toString() == QStringLiteral("phone"));

    // Nobody is found, so Ctrl+N creates the person, names prefilled from the search.
    auto *search = reception->findChild<QLineEdit *>(QStringLiteral("search"));
    typeInto(search, QStringLiteral("Le Goff Maël"));
    auto *results = reception->findChild<QListWidget *>(QStringLiteral("results"));
    REQUIRE(search->text() == QStringLiteral("Le Goff Maël"));
    REQUIRE(results->count() == 1);  // "Nobody found: Ctrl+N creates the person."
    whenDialogOpens([](QWidget *dialog) {
        auto field = [dialog](const char *name) { return dialog->findChild<QWidget *>(QLatin1String(name)); };
        CHECK(static_cast<QLineEdit *>(field("familyName"))->text() == QStringLiteral("LE"));
        static_cast<QLineEdit *>(field("familyName"))->clear();
        typeInto(field("familyName"), QStringLiteral("Le Goff"));
        static_cast<QLineEdit *>(field("firstNames"))->clear();
        typeInto(field("firstNames"), QStringLiteral("Maël"));
        field("sex")->setFocus();
        QTest::keyClick(field("sex"), Qt::Key_Down);
        QTest::keyClick(field("sex"), Qt::Key_Down);  // M
        auto *birth = static_cast<QLineEdit *>(field("birthDate"));
        birth->setFocus();
        birth->home(false);
        typeKeys(birth, QStringLiteral("04051992"));
        // The birth commune typed by name gives its INSEE code; Escape closes the list offered.
        typeInto(field("birthPlaceName"), QStringLiteral("Brest"));
        CHECK(static_cast<QLineEdit *>(field("birthPlaceCode"))->text() == QStringLiteral("29019"));
        QTest::keyClick(static_cast<QLineEdit *>(field("birthPlaceName"))->completer()->popup(), Qt::Key_Escape);
        typeInto(field("postalCode"), QStringLiteral("2920"));  // one digit short
        QTest::keyClick(field("postalCode"), Qt::Key_Return);
        // Refused: the message names the field and the focus goes to it.
        CHECK(dialog->isVisible());
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("errors"))->text().contains(QStringLiteral("ostal")));
        CHECK(dialog->focusWidget() == field("postalCode"));
        typeInto(field("postalCode"), QStringLiteral("0"));
        typeInto(field("phone"), QStringLiteral("06 98 76 54 32"));
        QTest::keyClick(field("phone"), Qt::Key_Return);
    });
    // Ctrl+N through the window system, as a real keyboard sends it.
    QTest::keyClick(window.windowHandle(), Qt::Key_N, Qt::ControlModifier);
    // The offscreen platform has no window manager to hand the focus back.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(reception->findChild<QLabel *>(QStringLiteral("person"))->text().contains(QStringLiteral("LE GOFF Maël")));

    // The person is now found by a folded, joined name.
    search->clear();
    typeInto(search, QStringLiteral("legoff mael"));
    REQUIRE(results->count() == 1);
    CHECK(results->item(0)->text().startsWith(QStringLiteral("LE GOFF Maël")));
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);

    // Procedure: the civil-status copy request.
    auto *procedure = reception->findChild<QComboBox *>(QStringLiteral("procedure"));
    CHECK(window.focusWidget() == procedure);  // choosing a person moves on to the procedure
    const int copyIndex = procedure->findData(QStringLiteral("etat-civil.copie-acte"));
    REQUIRE(copyIndex > 0);
    for (int i = 0; i < copyIndex; ++i)
        QTest::keyClick(procedure, Qt::Key_Down);
    REQUIRE(procedure->currentData().toString() == QStringLiteral("etat-civil.copie-acte"));

    // Saving an unfinished form is refused with the reasons.
    QTest::keyClick(window.windowHandle(), Qt::Key_S, Qt::ControlModifier);
    auto *checklist = reception->findChild<QListWidget *>(QStringLiteral("checklist"));
    CHECK(checklist->count() > 0);
    auto *errors = reception->findChild<QLabel *>(QStringLiteral("errors"));
    REQUIRE(errors);
    CHECK(errors->isVisible());
    // The focus is on the first wrong field of the module's form.
    auto *form = reception->findChild<CaseForm *>();
    REQUIRE(form);
    REQUIRE(window.focusWidget());
    CHECK(form->isAncestorOf(window.focusWidget()));
    CHECK_FALSE(window.focusWidget()->objectName().isEmpty());

    // Fill what the form needs for the person's own birth act.
    typeInto(byAccessibleName<QLineEdit>(reception, QStringLiteral("Family name of the person on the act")), QStringLiteral("Le Goff"));
    typeInto(byAccessibleName<QLineEdit>(reception, QStringLiteral("First names of the person on the act")), QStringLiteral("Maël"));
    // The dates come filled from the person: typed over, as an agent does.
    auto *birth = byAccessibleName<QLineEdit>(reception, QStringLiteral("Birth date of the person on the act"));
    REQUIRE(birth);
    birth->selectAll();
    typeInto(birth, QStringLiteral("04051992"));
    if (auto *parents = byAccessibleName<QLineEdit>(reception, QStringLiteral("Parents")))
        typeInto(parents, QStringLiteral("Yann Le Goff et Anne Tanguy"));
    if (auto *requester = byAccessibleName<QLineEdit>(reception, QStringLiteral("Requester"))) {
        requester->selectAll();
        typeInto(requester, QStringLiteral("04051992"));
    }
    // The agent ticks the first document as given.
    checklist->setFocus();
    checklist->setCurrentRow(0);
    QTest::keyClick(checklist, Qt::Key_Space);

    bool created = false;
    Case made;
    QObject::connect(reception, &ReceptionPage::caseCreated, [&](const Case &c) { created = true; made = c; });
    // The other documents are still to bring: asked, and the agent goes on.
    QString asked;
    whenDialogOpens([&](QWidget *box) {
        asked = static_cast<QMessageBox *>(box)->text();
        box->findChild<QPushButton *>(QStringLiteral("saveAnyway"))->click();
    });
    QTest::keyClick(window.windowHandle(), Qt::Key_S, Qt::ControlModifier);
    CHECK(asked.contains(QStringLiteral("Documents not given")));
    window.activateWindow();  // back from the question
    REQUIRE(QTest::qWaitForWindowActive(&window));
    for (QLabel *l : reception->findChildren<QLabel *>())
        if (l->isVisible() && l->text().contains(QStringLiteral("•")))
            UNSCOPED_INFO(l->text().toStdString());
    REQUIRE(created);
    CHECK(CaseRepository::isTrackingNumber(made.trackingNumber));
    CHECK(made.channel == Channel::Phone);
    CHECK(made.missingDocuments.size() == checklist->count() - 1);
    CHECK(QFile::exists(reception->lastReceiptPath()));

    // The case list shows it; typing its number narrows the list to it.
    QTest::keyClick(window.windowHandle(), Qt::Key_F3);
    CasesPage *cases = window.cases();
    REQUIRE(cases);
    QAbstractItemModelTester tester(cases->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(cases->model()->rowCount() == 1);
    auto *tracking = cases->findChild<QLineEdit *>(QStringLiteral("trackingFilter"));
    REQUIRE(window.focusWidget() == tracking);
    typeKeys(tracking, made.trackingNumber.left(8));
    CHECK(cases->model()->rowCount() == 1);
    CHECK(cases->model()->data(cases->model()->index(0, CaseListModel::Tracking), Qt::DisplayRole).toString() == made.trackingNumber);
    CHECK(cases->model()->data(cases->model()->index(0, CaseListModel::Person), Qt::DisplayRole).toString() == QStringLiteral("LE GOFF Maël"));
    typeKeys(tracking, QStringLiteral("9"));
    CHECK(cases->model()->rowCount() == 0);
}

TEST_CASE("Desk: a case's timeline grows by a note, a status change with its reason and a document", "[desk]")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    const auto session = openOffice(dir, clock);
    DeskSession &s = *session;
    s.setAgent(s.agents().authenticate(QStringLiteral("amorvan"), password).value());

    Citizen c;
    c.familyName = QStringLiteral("Kerhervé");
    c.firstNames = QStringLiteral("Soizic");
    c.sex = QLatin1Char('F');
    c.birthDate = QDate(1971, 2, 3);
    c.birthPlaceCode = QStringLiteral("29019");
    c.phone = QStringLiteral("0612345678");
    auto person = s.citizens().create(c, s.agent().id);
    REQUIRE(person.has_value());
    CaseRepository::NewCase n = copyRequest(s, person->id);
    n.missingDocuments = {QStringLiteral("Livret de famille")};
    const Case made = recordCase(s, n);

    CaseDetailDialog dialog(s, made.id);
    dialog.show();
    dialog.activateWindow();  // Alt+letter mnemonics need the active window
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *timeline = dialog.findChild<QListWidget *>(QStringLiteral("timeline"));
    REQUIRE(timeline->count() == 1);
    // The person's phone is shown as people dial it, and the read is logged.
    CHECK(dialog.findChildren<QLabel *>().size() > 2);

    // Tab to the button beside a field and Space presses it at once (an
    // Alt+letter mnemonic clicks 100 ms later, on a timer).
    auto pressNextButton = [] {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        REQUIRE(qobject_cast<QPushButton *>(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    };
    typeInto(dialog.findChild<QWidget *>(QStringLiteral("note")), QStringLiteral("Rappeler lundi"));
    pressNextButton();  // "Add the note"
    REQUIRE(timeline->count() == 2);
    CHECK(timeline->item(1)->text().contains(QStringLiteral("Rappeler lundi")));

    // Refuse the request: the workflow asks for a reason, offered in the list.
    auto *next = dialog.findChild<QComboBox *>(QStringLiteral("nextStatus"));
    const int refused = next->findData(QStringLiteral("refused"));
    REQUIRE(refused >= 0);
    next->setFocus();
    for (int i = next->currentIndex(); i < refused; ++i)
        QTest::keyClick(next, Qt::Key_Down);
    auto *reason = dialog.findChild<QComboBox *>(QStringLiteral("reason"));
    REQUIRE(reason->isEnabled());
    REQUIRE(reason->count() > 0);
    reason->setFocus();
    pressNextButton();  // "Change the status"
    REQUIRE(timeline->count() == 3);
    CHECK(s.caseRepository().get(made.id).value().status == QStringLiteral("refused"));

    dialog.findChild<QWidget *>(QStringLiteral("document"))->setFocus();
    pressNextButton();  // "Document received"
    CHECK(s.caseRepository().get(made.id).value().missingDocuments.isEmpty());
    CHECK(timeline->count() == 4);
    CHECK(dialog.changed());
}

TEST_CASE("Case window: Alt+V sends an open case to another service with the reason, which the timeline keeps",
          "[desk][transfer]")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    const auto session = openOffice(dir, clock);
    DeskSession &s = *session;
    s.setAgent(s.agents().authenticate(QStringLiteral("amorvan"), password).value());
    const Citizen person = recordPerson(s, QStringLiteral("Kerhervé"), QStringLiteral("Soizic"), QDate(1971, 2, 3));
    const Case made = recordCase(s, copyRequest(s, person.id));

    CaseDetailDialog dialog(s, made.id);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *service = dialog.findChild<QComboBox *>(QStringLiteral("service"));
    REQUIRE(service->isEnabled());
    // The services of the release, the case's own left out.
    CHECK(service->findData(made.service) < 0);
    const int courrier = service->findData(QStringLiteral("courrier"));
    REQUIRE(courrier >= 0);
    QTest::keyClick(&dialog, Qt::Key_V, Qt::AltModifier);
    REQUIRE(QApplication::focusWidget() == service);
    for (int i = service->currentIndex(); i < courrier; ++i)
        QTest::keyClick(service, Qt::Key_Down);
    QTest::keyClick(service, Qt::Key_Tab);
    // Without a reason: refused, the focus on the reason.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("errors"))->isVisibleTo(&dialog));
    REQUIRE(QApplication::focusWidget() == dialog.findChild<QWidget *>(QStringLiteral("transferReason")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Lettre pour le service courrier"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    CHECK(s.caseRepository().get(made.id).value().service == QStringLiteral("courrier"));
    auto *timeline = dialog.findChild<QListWidget *>(QStringLiteral("timeline"));
    REQUIRE(timeline->count() == 2);
    CHECK(timeline->item(1)->text().contains(s.serviceName(QStringLiteral("courrier"))));
    CHECK(timeline->item(1)->text().contains(QStringLiteral("Lettre pour le service courrier")));
    CHECK(service->findData(QStringLiteral("courrier")) < 0);
    CHECK(dialog.changed());
}

TEST_CASE("Desk: the status bar names the office, the agent and the reference release", "[desk]")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    const auto session = openOffice(dir, clock);
    session->setAgent(session->agents().authenticate(QStringLiteral("amorvan"), password).value());
    MainWindow window(*session);
    window.show();
    auto *release = window.findChild<QLabel *>(QStringLiteral("releaseStatus"));
    REQUIRE(release);
    CHECK(release->text().contains(session->reference().id()));
    CHECK(window.windowTitle().contains(QStringLiteral("Bellevue")));
}

TEST_CASE("Desk: a database that does not exist is refused with what to do", "[desk]")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    auto session = DeskSession::open(dir.file(QStringLiteral("absent.db")), clock, QString());
    REQUIRE_FALSE(session.has_value());
    CHECK(session.error().message.contains(QStringLiteral("guichetctl init")));
}

TEST_CASE("Desk: a superviseur merges a duplicate person with Ctrl+M and deletes a case typed by mistake, which an agent "
          "cannot do", "[desk][supervisor]")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    const QString path = makeOffice(dir, clock);
    {
        auto db = Database::open(path, clock);
        REQUIRE(db.has_value());
        REQUIRE(AgentRepository(**db).add(QStringLiteral("sleroux"), QStringLiteral("Sophie Le Roux"), Role::Supervisor,
                                          QStringLiteral("BEL"), password).has_value());
    }
    auto session = DeskSession::open(path, clock, buildPath(QStringLiteral("lib/guichet/modules")));
    REQUIRE(session.has_value());
    DeskSession &s = **session;

    // An agent sees no merge and no deletion.
    s.setAgent(s.agents().authenticate(QStringLiteral("amorvan"), password).value());
    {
        MainWindow window(s);
        CHECK_FALSE(window.reception()->findChild<QPushButton *>(QStringLiteral("mergePerson"))->isVisibleTo(&window));
    }
    s.setAgent(s.agents().authenticate(QStringLiteral("sleroux"), password).value());

    auto typed = [&](const QDate &born) {
        Citizen c;
        c.familyName = QStringLiteral("Abgrall");
        c.firstNames = QStringLiteral("Yann");
        c.sex = QLatin1Char('M');
        c.birthDate = born;
        c.birthPlaceCode = QStringLiteral("29019");
        return s.citizens().create(c, s.agent().id).value();
    };
    const Citizen kept = typed(QDate(1980, 5, 6));
    const Citizen twin = typed(QDate(1980, 5, 6));
    CaseRepository::NewCase n;
    n.citizenId = twin.id;
    n.moduleId = QStringLiteral("etat-civil");
    n.procedureId = QStringLiteral("etat-civil.copie-acte");
    n.officeCode = QStringLiteral("BEL");
    n.releaseId = s.reference().id();
    const Case mistake = s.caseRepository().create(n, s.workflow(n.procedureId), s.agent().id).value();

    MainWindow window(s);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    ReceptionPage *reception = window.reception();
    auto *search = reception->findChild<QLineEdit *>(QStringLiteral("search"));
    auto *results = reception->findChild<QListWidget *>(QStringLiteral("results"));
    typeInto(search, QStringLiteral("abgrall"));
    REQUIRE(results->count() == 2);
    const int keptRow = results->item(0)->data(Qt::UserRole + 1).toUuid() == kept.id ? 0 : 1;
    // Choose the person kept, then search again and highlight the duplicate.
    results->setFocus();
    results->setCurrentRow(keptRow);
    QTest::keyClick(results, Qt::Key_Return);
    typeInto(search, QStringLiteral(" "));
    REQUIRE(results->count() == 2);
    results->setFocus();
    results->setCurrentRow(1 - keptRow);
    bool asked = false;
    whenDialogOpens([&asked](QWidget *box) {
        asked = true;
        qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(results, Qt::Key_M, Qt::ControlModifier);
    CHECK(asked);
    CHECK(s.citizens().read(twin.id, s.agent().id, QStringLiteral("test")).value().mergedInto == kept.id);
    CHECK(results->count() == 1);
    CaseRepository::Filter theirs;
    theirs.citizenId = kept.id;
    CHECK(s.caseRepository().count(theirs, 10).value() == 1);  // the duplicate's case, listed with the person kept

    // The case typed by mistake: a reason is required, then it leaves every list.
    CaseDetailDialog dialog(s, mistake.id);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("deleteCase"));
    REQUIRE(remove->isVisible());
    remove->click();
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("errors"))->text().contains(QStringLiteral("Reason")));
    CHECK_FALSE(s.caseRepository().get(mistake.id).value().deleted);
    typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("deleteReason")), QStringLiteral("Saisi deux fois"));
    remove->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(s.caseRepository().get(mistake.id).value().deleted);
    CHECK(s.caseRepository().count(theirs, 10).value() == 0);
    CaseDetailDialog again(s, mistake.id);
    CHECK(again.findChild<QLabel *>(QStringLiteral("caseHeader"))->text().contains(QStringLiteral("Saisi deux fois")));
}

TEST_CASE("Desk: a birth commune typed by name is chosen among its homonyms, and a postal code must fit the town",
          "[desk]")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    const auto session = openOffice(dir, clock);
    DeskSession &s = *session;
    PersonDialog dialog(s.citizens(), s.communes(), s.clock(), QUuid::createUuid());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto line = [&](const char *name) { return dialog.findChild<QLineEdit *>(QLatin1String(name)); };
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("birthPlaceHint"));

    typeInto(line("familyName"), QStringLiteral("Kerjean"));
    typeInto(line("firstNames"), QStringLiteral("Anna"));
    auto *sex = dialog.findChild<QComboBox *>(QStringLiteral("sex"));
    sex->setFocus();
    QTest::keyClick(sex, Qt::Key_Down);
    auto *birth = line("birthDate");
    birth->setFocus();
    birth->home(false);
    typeKeys(birth, QStringLiteral("10041990"));

    SECTION("the list offers the communes of that name, each with its department and code; Enter takes one")
    {
        typeInto(line("birthPlaceName"), QStringLiteral("saint martin"));
        QCompleter *completer = line("birthPlaceName")->completer();
        REQUIRE(completer);
        QAbstractItemModel *offered = completer->completionModel();
        REQUIRE(offered->rowCount() > 1);
        CHECK(offered->index(0, 0).data().toString().startsWith(QStringLiteral("Saint-Martin (")));
        // No code until a commune is chosen: several have this name.
        CHECK(line("birthPlaceCode")->text().isEmpty());
        QAbstractItemView *popup = completer->popup();
        REQUIRE(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        CHECK(line("birthPlaceName")->text() == QStringLiteral("Saint-Martin"));
        const QString code = line("birthPlaceCode")->text();
        CHECK(code.size() == 5);
        CHECK(hint->text() == s.communes().byCode(code)->name + QStringLiteral(" (") + s.communes().byCode(code)->department
                                  + QStringLiteral(")"));
    }
    SECTION("a code typed says which commune it is, or that none has it; a former code names today's commune")
    {
        typeInto(line("birthPlaceCode"), QStringLiteral("29096"));
        QTest::keyClick(line("birthPlaceCode"), Qt::Key_Tab);
        CHECK(hint->text().contains(QStringLiteral("Brest (29)")));
        line("birthPlaceCode")->clear();
        typeInto(line("birthPlaceCode"), QStringLiteral("29999"));
        QTest::keyClick(line("birthPlaceCode"), Qt::Key_Tab);
        CHECK(hint->text().contains(QStringLiteral("29999")));
        // Saving says it too, on the field.
        QTest::keyClick(line("birthPlaceCode"), Qt::Key_Return);
        CHECK(dialog.isVisible());
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("errors"))->text().contains(QStringLiteral("29999")));
        CHECK(dialog.focusWidget() == line("birthPlaceCode"));
    }
    SECTION("Escape with a person half typed asks first; No keeps everything typed")
    {
        typeInto(line("birthPlaceName"), QStringLiteral("Brest"));
        QTest::keyClick(line("birthPlaceName")->completer()->popup(), Qt::Key_Escape);  // closes the list only
        REQUIRE(dialog.isVisible());
        whenDialogOpens([](QWidget *box) {
            CHECK(static_cast<QMessageBox *>(box)->text().contains(QStringLiteral("not saved")));
            static_cast<QMessageBox *>(box)->button(QMessageBox::No)->click();
        });
        QTest::keyClick(line("birthPlaceName"), Qt::Key_Escape);
        CHECK(dialog.isVisible());
        CHECK(line("familyName")->text() == QStringLiteral("Kerjean"));
        whenDialogOpens([](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
        QTest::keyClick(line("birthPlaceName"), Qt::Key_Escape);
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK_FALSE(dialog.isVisible());
    }
    SECTION("the same person typed again is offered instead of a second record")
    {
        const Citizen made = recordPerson(s, QStringLiteral("KERJEAN"), QStringLiteral("Anna Marie"), QDate(1990, 4, 10));

        typeInto(line("birthPlaceName"), QStringLiteral("Brest"));
        QTest::keyClick(line("birthPlaceName")->completer()->popup(), Qt::Key_Tab);
        whenDialogOpens([](QWidget *box) {
            auto *warning = static_cast<QMessageBox *>(box);
            CHECK(warning->text().contains(QStringLiteral("KERJEAN Anna Marie")));
            // Enter takes the record already there.
            QTest::keyClick(warning, Qt::Key_Return);
        });
        QTest::keyClick(line("birthPlaceCode"), Qt::Key_Return);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.citizen().id == made.id);
        CHECK(s.citizens().search(QStringLiteral("kerjean")).value().size() == 1);
    }
    SECTION("75001 with Brest is refused on the postal code; 29200 alone fills Brest")
    {
        typeInto(line("birthPlaceName"), QStringLiteral("Brest"));
        // Tab leaves the list of communes offered and goes on, as the agent types.
        QTest::keyClick(line("birthPlaceName")->completer()->popup(), Qt::Key_Tab);
        CHECK_FALSE(line("birthPlaceName")->completer()->popup()->isVisible());
        CHECK(line("birthPlaceCode")->text() == QStringLiteral("29019"));
        typeInto(line("addressLine"), QStringLiteral("3 rue de Siam"));
        typeInto(line("postalCode"), QStringLiteral("75001"));
        // Tab fills the town the postal code serves, selected: typing replaces it.
        QTest::keyClick(line("postalCode"), Qt::Key_Tab);
        REQUIRE(dialog.focusWidget() == line("city"));
        CHECK(line("city")->text() == QStringLiteral("Paris"));
        typeKeys(line("city"), QStringLiteral("Brest"));
        REQUIRE(line("city")->text() == QStringLiteral("Brest"));
        QTest::keyClick(line("city"), Qt::Key_Return);
        CHECK(dialog.isVisible());
        const QString errors = dialog.findChild<QLabel *>(QStringLiteral("errors"))->text();
        CHECK(errors.contains(QStringLiteral("75001")));
        CHECK(errors.contains(QStringLiteral("29200")));
        CHECK(dialog.focusWidget() == line("postalCode"));

        line("city")->clear();
        line("postalCode")->clear();
        typeInto(line("postalCode"), QStringLiteral("29200"));
        QTest::keyClick(line("postalCode"), Qt::Key_Tab);
        CHECK(line("city")->text() == QStringLiteral("Brest"));
        QTest::keyClick(line("city"), Qt::Key_Return);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.citizen().birthPlaceCode == QStringLiteral("29019"));
    }
}

TEST_CASE("Desk: the request being filled survives F3 and F2, Ctrl+R and another person ask first, and a new person "
          "gets a fresh request",
          "[desk]")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    const auto session = openOffice(dir, clock);
    DeskSession &s = *session;
    s.setAgent(s.agents().list().value().constFirst());
    recordPerson(s, QStringLiteral("Kerjean"), QStringLiteral("Anna"), QDate(1990, 4, 10));
    recordPerson(s, QStringLiteral("Quéré"), QStringLiteral("Morgane"), QDate(1985, 6, 2));

    MainWindow window(s);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    ReceptionPage *reception = window.reception();
    auto *search = reception->findChild<QLineEdit *>(QStringLiteral("search"));
    auto *results = reception->findChild<QListWidget *>(QStringLiteral("results"));
    const auto receive = [&](const QString &typed) {
        search->clear();
        typeInto(search, typed);
        REQUIRE(results->count() == 1);
        QTest::keyClick(search, Qt::Key_Down);
        QTest::keyClick(results, Qt::Key_Return);
    };
    const auto formLine = [&](const char *name) {
        auto *form = reception->findChild<CaseForm *>();
        REQUIRE(form);
        return form->findChild<QLineEdit *>(QLatin1String(name));
    };

    receive(QStringLiteral("kerjean"));
    auto *procedure = reception->findChild<QComboBox *>(QStringLiteral("procedure"));
    const int copyIndex = procedure->findData(QStringLiteral("etat-civil.copie-acte"));
    REQUIRE(copyIndex > 0);
    for (int i = 0; i < copyIndex; ++i)
        QTest::keyClick(procedure, Qt::Key_Down);
    REQUIRE(procedure->currentData().toString() == QStringLiteral("etat-civil.copie-acte"));
    CHECK(formLine("subjectFamilyName")->text().compare(QStringLiteral("Kerjean"), Qt::CaseInsensitive) == 0);
    CHECK_FALSE(reception->hasUnsavedWork());  // prefilled only
    typeInto(formLine("parentNames"), QStringLiteral("Yann Kerjean"));
    CHECK(reception->hasUnsavedWork());

    // F3 then F2: everything typed is still there.
    QTest::keyClick(window.windowHandle(), Qt::Key_F3);
    QTest::keyClick(window.windowHandle(), Qt::Key_F2);
    CHECK(formLine("parentNames")->text() == QStringLiteral("Yann Kerjean"));

    // Ctrl+R asks; No keeps the request.
    whenDialogOpens([](QWidget *box) {
        CHECK(static_cast<QMessageBox *>(box)->text().contains(QStringLiteral("not saved")));
        static_cast<QMessageBox *>(box)->button(QMessageBox::No)->click();
    });
    QTest::keyClick(window.windowHandle(), Qt::Key_R, Qt::ControlModifier);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(formLine("parentNames")->text() == QStringLiteral("Yann Kerjean"));

    // Another person: asked, and Yes makes the request again for her, nothing of Anna Kerjean left.
    whenDialogOpens([](QWidget *box) {
        CHECK(static_cast<QMessageBox *>(box)->text().contains(QStringLiteral("KERJEAN Anna")));
        static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    receive(QStringLiteral("quere"));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(reception->findChild<QLabel *>(QStringLiteral("person"))->text().contains(QStringLiteral("QUÉRÉ Morgane")));
    CHECK(procedure->currentData().toString() == QStringLiteral("etat-civil.copie-acte"));
    CHECK(formLine("subjectFamilyName")->text().compare(QStringLiteral("Quéré"), Qt::CaseInsensitive) == 0);
    CHECK(formLine("parentNames")->text().isEmpty());
    CHECK_FALSE(reception->hasUnsavedWork());

    // Nothing typed: Ctrl+R asks nothing.
    QTest::keyClick(window.windowHandle(), Qt::Key_R, Qt::ControlModifier);
    CHECK(search->text().isEmpty());
    CHECK_FALSE(reception->findChild<CaseForm *>());
}
