// SPDX-License-Identifier: GPL-3.0-or-later
// The reception page through a day at the counter: the person's file, the
// draft that survives everything, saving with open eyes, the lock.
#include "desktesting.h"

#include "casedetaildialog.h"
#include "logindialog.h"
#include "liststyle.h"
#include "mainwindow.h"
#include "procedure_module.h"
#include "receptionpage.h"
#include "store/caserepository.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QWindow>

using namespace guichet;
using namespace guichet::test;

namespace {

struct Counter
{
    TempDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<DeskSession> session = openOffice(dir, clock);
    std::unique_ptr<MainWindow> window;

    DeskSession &s() { return *session; }
    ReceptionPage *reception() { return window->reception(); }

    /// The desk opened (again) for the session's agent, active.
    void open()
    {
        window = std::make_unique<MainWindow>(*session);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    void receive(const QString &typed)
    {
        auto *search = reception()->findChild<QLineEdit *>(QStringLiteral("search"));
        auto *results = reception()->findChild<QListWidget *>(QStringLiteral("results"));
        search->clear();
        typeInto(search, typed);
        REQUIRE(results->count() == 1);
        QTest::keyClick(search, Qt::Key_Down);
        QTest::keyClick(results, Qt::Key_Return);
    }

    void chooseProcedure(const QString &id)
    {
        auto *procedure = reception()->findChild<QComboBox *>(QStringLiteral("procedure"));
        const int index = procedure->findData(id);
        REQUIRE(index > 0);
        procedure->setFocus();
        while (procedure->currentIndex() < index)
            QTest::keyClick(procedure, Qt::Key_Down);
        REQUIRE(form());
    }

    CaseForm *form() { return reception()->findChild<CaseForm *>(); }

    template <typename W = QLineEdit>
    W *field(const char *name)
    {
        REQUIRE(form());
        auto *w = form()->findChild<W *>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }

    QListWidgetItem *document(const QString &id)
    {
        auto *list = reception()->findChild<QListWidget *>(QStringLiteral("checklist"));
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole + 1).toString() == id)
                return list->item(i);
        return nullptr;
    }

    /// Anna Kerjean received, a copy of her birth act started, her parents' names typed.
    void startCopyRequest()
    {
        recordPerson(s(), QStringLiteral("Kerjean"), QStringLiteral("Anna"), QDate(1990, 4, 10));
        open();
        receive(QStringLiteral("kerjean"));
        chooseProcedure(QStringLiteral("etat-civil.copie-acte"));
        typeInto(field("parentNames"), QStringLiteral("Yann Kerjean"));
    }

    /// A Portuguese citizen asking for the municipal list, resident here since
    /// 1 September only: the rules refuse (six months of residence).
    void fillRefusedRegistration()
    {
        chooseProcedure(QStringLiteral("listes-electorales.inscription"));
        auto *nationality = field<QComboBox>("nationality");
        nationality->setCurrentIndex(nationality->findData(QStringLiteral("PT")));
        for (QCheckBox *list : form()->findChildren<QCheckBox *>())
            if (list->property("listId").toString() == QLatin1String("complementaire-municipale"))
                list->setChecked(true);
        auto *attachment = field<QComboBox>("attachment");
        attachment->setCurrentIndex(attachment->findData(QStringLiteral("residence")));
        typeInto(field("residenceSince"), QStringLiteral("01092026"));
        typeInto(field("houseNumber"), QStringLiteral("12"));
        typeInto(field("street"), QStringLiteral("rue de Siam"));
        typeInto(field("idExpiry"), QStringLiteral("31122031"));
        REQUIRE(form()->currentAnswer().verdict == Answer::Verdict::Refused);
    }

    void tickEveryDocument()
    {
        auto *list = reception()->findChild<QListWidget *>(QStringLiteral("checklist"));
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Checked);
    }

    Case request(const Citizen &person, const QDate &due, const QString &status = QStringLiteral("received"))
    {
        CaseRepository::NewCase n = copyRequest(s(), person.id);
        n.dueDate = due;
        n.summary = QStringLiteral("Copie intégrale de naissance");
        if (status != QLatin1String("received"))
            n.status = status;
        return recordCase(s(), n);
    }

    void refocus()
    {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
};

QString textOf(QTreeWidget *tree)
{
    QStringList lines;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            cells << tree->topLevelItem(i)->text(c);
        lines << cells.join(u'|');
    }
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("Reception: choosing a person shows their address, contact, language and cases, the overdue in red, and Enter "
          "opens one",
          "[desk][reception]")
{
    Counter counter;
    Citizen anna = recordPerson(counter.s(), QStringLiteral("Kerjean"), QStringLiteral("Anna"), QDate(1990, 4, 10));
    anna.addressLine = QStringLiteral("12 rue de Siam");
    anna.postalCode = QStringLiteral("29200");
    anna.city = QStringLiteral("Brest");
    anna.phone = QStringLiteral("+33298000000");
    anna.email = QStringLiteral("anna.kerjean@example.org");
    REQUIRE(counter.s().citizens().update(anna, counter.s().agent().id).has_value());
    const Case late = counter.request(anna, QDate(2026, 11, 10));
    const Case coming = counter.request(anna, QDate(2026, 12, 15));
    const Case done = counter.request(anna, QDate(2026, 10, 1), QStringLiteral("delivered-counter"));
    counter.open();

    counter.receive(QStringLiteral("kerjean"));
    const QString person = counter.reception()->findChild<QLabel *>(QStringLiteral("person"))->text();
    CHECK(person.contains(QStringLiteral("KERJEAN Anna")));
    CHECK(person.contains(QStringLiteral("12 rue de Siam, 29200 Brest")));
    CHECK(person.contains(QStringLiteral("02 98 00 00 00")));
    CHECK(person.contains(QStringLiteral("anna.kerjean@example.org")));
    CHECK(person.contains(QStringLiteral("speaks French")));

    auto *cases = counter.reception()->findChild<QTreeWidget *>(QStringLiteral("personCases"));
    REQUIRE(cases->isVisible());
    const QStringList rows = textOf(cases).split(u'\n');
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0).startsWith(QStringLiteral("Open cases (2)")));
    // The open ones by due date, the one past its date marked in words and in red.
    CHECK(rows.at(1).startsWith(late.trackingNumber));
    CHECK(rows.at(1).endsWith(dueText(QDate(2026, 11, 10), true)));
    CHECK(cases->topLevelItem(1)->foreground(0).color() == overdueColor());
    CHECK(rows.at(2).startsWith(coming.trackingNumber));
    CHECK(rows.at(2).endsWith(dueText(QDate(2026, 12, 15), false)));
    CHECK(rows.at(3).startsWith(QStringLiteral("Last closed cases")));
    CHECK(rows.at(4).startsWith(done.trackingNumber));

    // Enter on a case opens its window.
    QUuid opened;
    counter.s().setCaseOpener([&](const QUuid &id) { opened = id; });
    cases->setFocus();
    cases->setCurrentItem(cases->topLevelItem(2));
    QTest::keyClick(cases, Qt::Key_Return);
    CHECK(opened == coming.id);
}

TEST_CASE("Reception: the request being filled is a draft that comes back after the desk is closed and opened again",
          "[desk][reception][draft]")
{
    Counter counter;
    counter.startCopyRequest();
    auto *channel = counter.reception()->findChild<QComboBox *>(QStringLiteral("channel"));
    channel->setCurrentIndex(channel->findData(QStringLiteral("phone")));
    const QString firstDocument = counter.reception()->findChild<QListWidget *>(QStringLiteral("checklist"))
                                      ->item(0)->data(Qt::UserRole + 1).toString();
    counter.document(firstDocument)->setCheckState(Qt::Checked);

    SECTION("closing asks, and keeping the draft is the default")
    {
        whenDialogOpens([](QWidget *box) {
            CHECK(static_cast<QMessageBox *>(box)->text().contains(QStringLiteral("KERJEAN Anna")));
            QTest::keyClick(box, Qt::Key_Return);
        });
        CHECK(counter.window->close());
    }
    SECTION("a crash: the draft was written as the agent typed")
    {
        counter.window.reset();  // gone without a close: nothing asked, nothing flushed
    }

    counter.open();
    CHECK(counter.reception()->findChild<QLabel *>(QStringLiteral("person"))->text().contains(QStringLiteral("KERJEAN Anna")));
    CHECK(counter.reception()->findChild<QComboBox *>(QStringLiteral("procedure"))->currentData().toString()
          == QStringLiteral("etat-civil.copie-acte"));
    CHECK(counter.field("parentNames")->text() == QStringLiteral("Yann Kerjean"));
    CHECK(counter.reception()->findChild<QComboBox *>(QStringLiteral("channel"))->currentData().toString()
          == QStringLiteral("phone"));
    CHECK(counter.document(firstDocument)->checkState() == Qt::Checked);
    CHECK(counter.reception()->hasUnsavedWork());
    CHECK(counter.reception()->findChild<QLabel *>(QStringLiteral("notice"))->text().contains(QStringLiteral("is back")));
    // The keys go on where the agent left: the form's first field has the focus.
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused);
    CHECK(counter.form()->isAncestorOf(focused));
    CHECK(focused->focusPolicy() & Qt::TabFocus);

    // Dropped with Ctrl+R (asked, Yes): gone for good, the next start is empty.
    whenDialogOpens([](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
    QTest::keyClick(counter.window->windowHandle(), Qt::Key_R, Qt::ControlModifier);
    counter.refocus();
    CHECK_FALSE(counter.form());
    counter.window.reset();
    counter.open();
    CHECK_FALSE(counter.form());
    CHECK(counter.reception()->findChild<QLabel *>(QStringLiteral("person"))->text().contains(QStringLiteral("No person")));
}

TEST_CASE("Reception: a draft belongs to its agent, and discarding it on close leaves nothing", "[desk][reception][draft]")
{
    Counter counter;
    REQUIRE(counter.s().agents().add(QStringLiteral("bleroux"), QStringLiteral("Bernard Le Roux"), Role::Agent,
                                      QStringLiteral("BEL"), password).has_value());
    counter.startCopyRequest();
    counter.window.reset();  // closed without a question, as a crash would

    // Another agent at the same workstation starts empty.
    counter.s().setAgent(counter.s().agents().authenticate(QStringLiteral("bleroux"), password).value());
    counter.open();
    CHECK_FALSE(counter.form());
    counter.window.reset();

    counter.s().setAgent(counter.s().agents().authenticate(QStringLiteral("amorvan"), password).value());
    counter.open();
    REQUIRE(counter.form());
    whenDialogOpens([](QWidget *box) { box->findChild<QPushButton *>(QStringLiteral("discardDraft"))->click(); });
    CHECK(counter.window->close());
    counter.open();
    CHECK_FALSE(counter.form());
}

TEST_CASE("Reception: saving a refused request or without a required document asks, going back is the default, and "
          "going on is kept on the case",
          "[desk][reception][save]")
{
    Counter counter;
    recordPerson(counter.s(), QStringLiteral("Kerjean"), QStringLiteral("Anna"), QDate(1990, 4, 10));
    counter.open();
    counter.receive(QStringLiteral("kerjean"));
    counter.fillRefusedRegistration();
    auto *save = counter.reception()->findChild<QPushButton *>(QStringLiteral("save"));

    // Enter goes back: nothing is saved.
    QString asked;
    whenDialogOpens([&](QWidget *box) {
        asked = static_cast<QMessageBox *>(box)->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    QTest::keyClick(counter.window->windowHandle(), Qt::Key_S, Qt::ControlModifier);
    counter.refocus();
    CHECK(asked.contains(QStringLiteral("The answer is a refusal")));
    CHECK(asked.contains(QStringLiteral("Documents not given")));
    // Each document under its own bullet, a long name wrapping under itself.
    CHECK(asked.count(QStringLiteral("<li>")) == counter.reception()->findChild<QListWidget *>(QStringLiteral("checklist"))->count());
    CHECK(save->isEnabled());
    CHECK(counter.s().caseRepository().count({}, 10).value() == 0);

    // Save anyway: the case is made, and its timeline says the agent went on despite the refusal.
    counter.tickEveryDocument();
    whenDialogOpens([&](QWidget *box) {
        asked = static_cast<QMessageBox *>(box)->text();
        box->findChild<QPushButton *>(QStringLiteral("saveAnyway"))->click();
    });
    QTest::keyClick(counter.window->windowHandle(), Qt::Key_S, Qt::ControlModifier);
    counter.refocus();
    CHECK_FALSE(asked.contains(QStringLiteral("Documents not given")));
    const Case saved = counter.reception()->lastCase();
    REQUIRE_FALSE(saved.id.isNull());
    const auto events = counter.s().caseRepository().events(saved.id).value();
    const bool noted = std::any_of(events.cbegin(), events.cend(), [](const CaseEvent &e) {
        return e.kind == CaseEvent::Kind::Note && e.payload.value(QStringLiteral("text")).toString().contains(QStringLiteral("refusal"));
    });
    CHECK(noted);
}

TEST_CASE("Reception: a possible request with every document given is saved without a question", "[desk][reception][save]")
{
    Counter counter;
    counter.startCopyRequest();
    counter.tickEveryDocument();
    REQUIRE(counter.form()->validate().isEmpty());
    QTest::keyClick(counter.window->windowHandle(), Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(QApplication::activeModalWidget());
    CHECK_FALSE(counter.reception()->lastCase().id.isNull());
}

TEST_CASE("Reception: a letter is saved with the service its subject routes it to, not the procedure's",
          "[desk][reception][courrier]")
{
    Counter counter;
    recordPerson(counter.s(), QStringLiteral("Kerjean"), QStringLiteral("Anna"), QDate(1990, 4, 10));
    counter.open();
    counter.receive(QStringLiteral("kerjean"));
    counter.chooseProcedure(QStringLiteral("courrier.demande-ecrite"));
    const auto choose = [&](const char *name, const QString &id) {
        auto *combo = counter.field<QComboBox>(name);
        const int index = combo->findData(id);
        REQUIRE(index > 0);
        combo->setFocus();
        while (combo->currentIndex() < index)
            QTest::keyClick(combo, Qt::Key_Down);
    };
    choose("subject", QStringLiteral("ecoles"));
    choose("requestKind", QStringLiteral("decision-individuelle"));
    typeInto(counter.field("object"), QStringLiteral("Demande de place en classe bilingue"));
    REQUIRE(counter.form()->validate().isEmpty());
    QTest::keyClick(counter.window->windowHandle(), Qt::Key_S, Qt::ControlModifier);  // nothing to ask: no documents
    const Case saved = counter.reception()->lastCase();
    REQUIRE_FALSE(saved.id.isNull());
    CHECK(saved.service == QStringLiteral("education"));
    CHECK(counter.s().caseRepository().get(saved.id).value().service == QStringLiteral("education"));
}

TEST_CASE("Reception: the procedure is chosen by typing its first letters, and Enter goes on to its form",
          "[desk][reception][keyboard]")
{
    Counter counter;
    recordPerson(counter.s(), QStringLiteral("Kerjean"), QStringLiteral("Anna"), QDate(1990, 4, 10));
    counter.open();
    counter.receive(QStringLiteral("kerjean"));
    auto *procedure = counter.reception()->findChild<QComboBox *>(QStringLiteral("procedure"));
    REQUIRE(QApplication::focusWidget() == procedure);
    QTest::keyClicks(procedure, QStringLiteral("Insc"));
    CHECK(procedure->currentData().toString() == QStringLiteral("inscription-scolaire.inscription"));
    // Still in the list while the letters are typed: none of them went into the form.
    CHECK(QApplication::focusWidget() == procedure);
    REQUIRE(counter.form());
    QTest::keyClick(procedure, Qt::Key_Return);
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused);
    CHECK(counter.form()->isAncestorOf(focused));
    CHECK(counter.field("childFamilyName")->text() == QStringLiteral("Kerjean"));
}

TEST_CASE("Reception: the ANTS pre-application and stamp numbers typed tick their documents", "[desk][reception][identity]")
{
    Counter counter;
    recordPerson(counter.s(), QStringLiteral("Kerjean"), QStringLiteral("Anna"), QDate(1990, 4, 10));
    counter.open();
    counter.receive(QStringLiteral("kerjean"));
    counter.chooseProcedure(QStringLiteral("passeport.demande"));
    REQUIRE(counter.document(QStringLiteral("pre-demande")));
    CHECK(counter.document(QStringLiteral("pre-demande"))->checkState() == Qt::Unchecked);
    typeInto(counter.field("preApplicationNumber"), QStringLiteral("AB12CD34EF"));
    CHECK(counter.document(QStringLiteral("pre-demande"))->checkState() == Qt::Checked);
    CHECK(counter.document(QStringLiteral("pre-demande"))->text().contains(QStringLiteral("its number is in the form")));
    // Ticked by the number, not by hand: Space does not untick it.
    CHECK_FALSE(counter.document(QStringLiteral("pre-demande"))->flags() & Qt::ItemIsUserCheckable);
    counter.field("preApplicationNumber")->clear();
    CHECK(counter.document(QStringLiteral("pre-demande"))->checkState() == Qt::Unchecked);
}

TEST_CASE("Desk: Ctrl+L hides everything until the agent's password, and Ctrl+Shift+L logs out keeping the draft",
          "[desk][lock]")
{
    Counter counter;
    counter.startCopyRequest();

    QTest::keyClick(counter.window->windowHandle(), Qt::Key_L, Qt::ControlModifier);
    REQUIRE(counter.window->isLocked());
    auto *pages = counter.window->findChild<QStackedWidget *>();
    CHECK_FALSE(counter.reception()->isVisible());
    // Page keys do nothing while locked.
    QTest::keyClick(counter.window->windowHandle(), Qt::Key_F3);
    CHECK(counter.window->isLocked());
    auto *password = pages->currentWidget()->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
    REQUIRE(password);
    CHECK(password->hasFocus());
    typeInto(password, QStringLiteral("wrong"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(counter.window->isLocked());
    CHECK(pages->currentWidget()->findChild<QLabel *>(QStringLiteral("errors"))->isVisible());
    // Only the password was asked: the sentence speaks of it alone.
    CHECK(pages->currentWidget()->findChild<QLabel *>(QStringLiteral("errors"))->text().startsWith(QStringLiteral("Wrong password for Anne Morvan.")));
    typeInto(password, guichet::test::password);
    QTest::keyClick(password, Qt::Key_Return);
    CHECK_FALSE(counter.window->isLocked());
    CHECK(counter.reception()->isVisible());
    CHECK(counter.field("parentNames")->text() == QStringLiteral("Yann Kerjean"));
    QTest::keyClick(counter.window->windowHandle(), Qt::Key_F3);
    CHECK_FALSE(counter.reception()->isVisible());
    QTest::keyClick(counter.window->windowHandle(), Qt::Key_F2);

    // Log out: asked, the draft kept by default, the window closed for the next login.
    whenDialogOpens([](QWidget *box) { QTest::keyClick(box, Qt::Key_Return); });
    QTest::keyClick(counter.window->windowHandle(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(counter.window->loggedOut());
    CHECK_FALSE(counter.window->isVisible());
    counter.open();
    CHECK(counter.field("parentNames")->text() == QStringLiteral("Yann Kerjean"));
}

TEST_CASE("A day at the counter, by keys: log in, receive, keep a draft, change person, a duplicate warned, a correction, "
          "a refused request saved knowingly, a reprint, the lock",
          "[desk][day]")
{
    Counter counter;
    DeskSession &s = counter.s();
    const Citizen anna = recordPerson(s, QStringLiteral("Kerjean"), QStringLiteral("Anna"), QDate(1990, 4, 10));
    recordPerson(s, QStringLiteral("Quéré"), QStringLiteral("Morgane"), QDate(1985, 6, 2));
    const Case late = counter.request(anna, QDate(2026, 11, 10));

    // 8:30, the agent logs in.
    LoginDialog login(s.agents(), s.office().name);
    login.show();
    typeInto(login.findChild<QLineEdit *>(QStringLiteral("login")), QStringLiteral("amorvan"));
    typeInto(login.findChild<QLineEdit *>(QStringLiteral("password")), password);
    QTest::keyClick(login.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
    REQUIRE(login.result() == QDialog::Accepted);
    s.setAgent(login.agent());
    counter.open();
    QWindow *keys = counter.window->windowHandle();

    // Anna Kerjean comes: her file says at once that a case of hers is late.
    counter.receive(QStringLiteral("kerjean"));
    auto *cases = counter.reception()->findChild<QTreeWidget *>(QStringLiteral("personCases"));
    CHECK(textOf(cases).contains(late.trackingNumber + QStringLiteral("|")));
    CHECK(textOf(cases).contains(dueText(late.dueDate, true)));

    // She asks for an identity card; the agent starts it, looks something up (F3) and comes back (F2).
    counter.chooseProcedure(QStringLiteral("cni.demande"));
    typeInto(counter.field("preApplicationNumber"), QStringLiteral("AB12CD34EF"));
    QTest::keyClick(keys, Qt::Key_F3);
    QTest::keyClick(keys, Qt::Key_F2);
    CHECK(counter.field("preApplicationNumber")->text() == QStringLiteral("AB12CD34EF"));

    // Her sister was meant: another person, asked, and nothing of Anna's request stays.
    whenDialogOpens([](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
    counter.receive(QStringLiteral("quere"));
    counter.refocus();
    CHECK(counter.field("preApplicationNumber")->text().isEmpty());
    CHECK(counter.field("familyName")->text().compare(QStringLiteral("Quéré"), Qt::CaseInsensitive) == 0);
    CHECK(counter.reception()->findChild<QLabel *>(QStringLiteral("notice"))->text().contains(QStringLiteral("started again")));
    QTest::keyClick(keys, Qt::Key_R, Qt::ControlModifier);  // nothing typed for her yet: nothing asked
    CHECK_FALSE(counter.form());

    // A caller spells Anna Kerjean's name again: creating her twice is warned, and the agent takes the record.
    auto *search = counter.reception()->findChild<QLineEdit *>(QStringLiteral("search"));
    typeInto(search, QStringLiteral("Kerjean Anna 10/04/1990"));
    QString warned;
    whenDialogOpens([&](QWidget *dialog) {
        auto *birth = dialog->findChild<QLineEdit *>(QStringLiteral("birthDate"));
        if (birth->text() != QLatin1String("10/04/1990")) {
            birth->selectAll();
            typeInto(birth, QStringLiteral("10041990"));
        }
        auto *sex = dialog->findChild<QComboBox *>(QStringLiteral("sex"));
        sex->setCurrentIndex(sex->findData(QStringLiteral("F")));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("birthPlaceName")), QStringLiteral("Brest"));
        whenDialogOpens([&](QWidget *box) {
            warned = static_cast<QMessageBox *>(box)->text();
            QTest::keyClick(box, Qt::Key_Return);  // the default: take the person already recorded
        }, dialog);
        // Enter in a field saves (the dialog's default button).
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("familyName")), Qt::Key_Return);
    });
    QTest::keyClick(keys, Qt::Key_N, Qt::ControlModifier);
    counter.refocus();
    CHECK(warned.contains(QStringLiteral("KERJEAN Anna")));
    CHECK(counter.reception()->personId() == anna.id);

    // She moved: the agent corrects her address, with the reason.
    whenDialogOpens([](QWidget *dialog) {
        auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("addressLine"));
        address->selectAll();
        typeInto(address, QStringLiteral("3 place de la Liberté"));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("reason")), QStringLiteral("Déménagement"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("reason")), Qt::Key_Return);
    });
    QTest::keyClick(keys, Qt::Key_E, Qt::ControlModifier);
    counter.refocus();
    CHECK(counter.reception()->findChild<QLabel *>(QStringLiteral("person"))->text().contains(QStringLiteral("3 place de la Liberté")));
    CHECK(s.citizens().read(anna.id, s.agent().id, QStringLiteral("test")).value().addressLine == QStringLiteral("3 place de la Liberté"));

    // She wants to vote here, resident for three months only: the answer refuses, the agent saves knowingly.
    counter.fillRefusedRegistration();
    counter.tickEveryDocument();
    QString asked;
    whenDialogOpens([&](QWidget *box) {
        asked = static_cast<QMessageBox *>(box)->text();
        box->findChild<QPushButton *>(QStringLiteral("saveAnyway"))->click();
    });
    QTest::keyClick(keys, Qt::Key_S, Qt::ControlModifier);
    counter.refocus();
    CHECK(asked.contains(QStringLiteral("refusal")));
    const Case saved = counter.reception()->lastCase();
    REQUIRE_FALSE(saved.id.isNull());
    CHECK(textOf(cases).contains(saved.trackingNumber));

    // Her receipt is printed again from the case window, opened from her file.
    QList<ReceiptData> printed;
    whenDialogOpens([&](QWidget *dialog) {
        auto *caseWindow = qobject_cast<CaseDetailDialog *>(dialog);
        REQUIRE(caseWindow);
        caseWindow->setReceiptPrinter([&](const ReceiptData &d) { printed << d; return true; });
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog->windowHandle(), Qt::Key_P, Qt::ControlModifier);
        QTest::keyClick(dialog->windowHandle(), Qt::Key_Escape);
    });
    cases->setFocus();
    for (int i = 0; i < cases->topLevelItemCount(); ++i)
        if (cases->topLevelItem(i)->text(0) == saved.trackingNumber)
            cases->setCurrentItem(cases->topLevelItem(i));
    QTest::keyClick(cases, Qt::Key_Return);
    counter.refocus();
    REQUIRE(printed.size() == 1);
    CHECK(printed.first().trackingNumber == saved.trackingNumber);

    // Lunch: Ctrl+L, and back with the password.
    QTest::keyClick(keys, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(counter.window->isLocked());
    CHECK_FALSE(counter.reception()->isVisible());
    QWidget *lock = counter.window->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
    typeInto(lock, password);
    QTest::keyClick(lock, Qt::Key_Return);
    CHECK_FALSE(counter.window->isLocked());
    CHECK(counter.reception()->isVisible());
}

TEST_CASE("Reception: choosing another procedure with something typed asks first, and going back keeps the form",
          "[desk][reception][draft]")
{
    Counter counter;
    counter.startCopyRequest();
    auto *procedure = counter.reception()->findChild<QComboBox *>(QStringLiteral("procedure"));

    // No: the same procedure and what was typed stay.
    whenDialogOpens([](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::No)->click(); });
    procedure->setFocus();
    QTest::keyClick(procedure, Qt::Key_Down);
    counter.refocus();
    CHECK(procedure->currentData().toString() == QStringLiteral("etat-civil.copie-acte"));
    CHECK(counter.field("parentNames")->text() == QStringLiteral("Yann Kerjean"));

    // Yes: the next procedure's form, empty of what was typed.
    whenDialogOpens([](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
    procedure->setFocus();
    QTest::keyClick(procedure, Qt::Key_Down);
    counter.refocus();
    CHECK(procedure->currentData().toString() != QStringLiteral("etat-civil.copie-acte"));
    CHECK_FALSE(counter.reception()->hasUnsavedWork());
}

namespace {

/// The entries of the desk's page menu as the agent opens it: text, shortcut and whether it can be chosen now.
QStringList pageMenu(MainWindow &window)
{
    QMenu *menu = nullptr;
    for (QAction *a : window.menuBar()->actions())
        if (a->menu() && a->menu()->title() == QStringLiteral("&Actions"))
            menu = a->menu();
    REQUIRE(menu);
    Q_EMIT menu->aboutToShow();
    QStringList entries;
    for (QAction *a : menu->actions())
        entries << a->text() + (a->isEnabled() ? QString() : QStringLiteral(" (unavailable)"));
    return entries;
}

} // namespace

TEST_CASE("Desk: the Actions menu offers what the page shown can do, each with its shortcut, and only what the agent "
          "can do now",
          "[desk][reception][keyboard]")
{
    Counter counter;
    recordPerson(counter.s(), QStringLiteral("Kerjean"), QStringLiteral("Anna"), QDate(1990, 4, 10));
    counter.open();

    QStringList entries = pageMenu(*counter.window);
    INFO(entries.join(u'\n').toStdString());
    CHECK(entries.contains(QStringLiteral("&Save the request\tCtrl+S")));
    CHECK(entries.contains(QStringLiteral("&New person\tCtrl+N")));
    // No person chosen yet: nothing to correct. An agent does not merge records.
    CHECK(entries.contains(QStringLiteral("&Correct the person\tCtrl+E (unavailable)")));
    CHECK_FALSE(entries.join(u'\n').contains(QStringLiteral("Merge")));

    counter.receive(QStringLiteral("kerjean"));
    entries = pageMenu(*counter.window);
    CHECK(entries.contains(QStringLiteral("&Correct the person\tCtrl+E")));

    // Chosen from the menu, an entry does what its key does.
    QMenu *menu = nullptr;
    for (QAction *a : counter.window->menuBar()->actions())
        if (a->menu() && a->menu()->title() == QStringLiteral("&Actions"))
            menu = a->menu();
    for (QAction *a : menu->actions())
        if (a->text().startsWith(QStringLiteral("&All the person's cases")))
            a->trigger();
    auto *pages = counter.window->findChild<QStackedWidget *>();
    CHECK(pages->currentWidget() != counter.reception());
    // The menu now holds the case list's actions, not the reception's.
    entries = pageMenu(*counter.window);
    CHECK_FALSE(entries.join(u'\n').contains(QStringLiteral("Save the request")));
    CHECK_FALSE(entries.isEmpty());
}

TEST_CASE("Desk: a module page shown again lists what was recorded meanwhile, here or by another program", "[desk][lists]")
{
    Counter counter;
    const Citizen anna = recordPerson(counter.s(), QStringLiteral("Kerjean"), QStringLiteral("Anna"), QDate(1990, 4, 10));
    counter.open();
    WorkPage *electoral = nullptr;
    for (WorkPage *page : counter.window->workPages())
        if (page->findChild<QAbstractItemView *>(QStringLiteral("awaitingDecision")))
            electoral = page;
    REQUIRE(electoral);
    auto *awaiting = electoral->findChild<QAbstractItemView *>(QStringLiteral("awaitingDecision"));
    const auto show = [&] {
        for (QAction *a : counter.window->findChildren<QAction *>())
            if (a->text() == electoral->title())
                a->trigger();
        REQUIRE(counter.window->findChild<QStackedWidget *>()->currentWidget() == electoral);
    };
    show();
    CHECK(awaiting->model()->rowCount() == 0);

    // Recorded at this workstation while another page is shown.
    counter.window->showReception();
    CaseRepository::NewCase n = copyRequest(counter.s(), anna.id);
    n.moduleId = QStringLiteral("listes-electorales");
    n.procedureId = QStringLiteral("listes-electorales.inscription");
    n.service = QStringLiteral("elections");
    recordCase(counter.s(), n);
    show();
    CHECK(awaiting->model()->rowCount() == 1);

    // Recorded by another program on the same office database.
    counter.window->showReception();
    {
        auto other = Database::open(counter.s().database().path(), counter.clock, Database::OpenMode::MustExist);
        REQUIRE(other.has_value());
        CaseRepository cases(**other);
        REQUIRE(cases.create(n, counter.s().workflow(n.procedureId), counter.s().agent().id).has_value());
    }
    show();
    CHECK(awaiting->model()->rowCount() == 2);
}

TEST_CASE("Desk: the tool bar shows which page is open, and none while the desk is locked", "[desk][keyboard]")
{
    Counter counter;
    counter.open();
    const auto pressed = [&] {
        QStringList names;
        for (QAction *a : counter.window->findChildren<QAction *>())
            if (a->isCheckable() && a->isChecked() && !a->data().isNull())
                names << QString(a->text()).remove(u'&');
        return names;
    };
    CHECK(pressed() == QStringList{QStringLiteral("Reception")});
    QTest::keyClick(counter.window->windowHandle(), Qt::Key_F3);
    CHECK(pressed() == QStringList{QStringLiteral("Cases")});
    QTest::keyClick(counter.window->windowHandle(), Qt::Key_F4);
    REQUIRE(pressed().size() == 1);
    CHECK(pressed().constFirst() == counter.window->workPages().constFirst()->title());
    counter.window->lock();
    CHECK(pressed().isEmpty());
}

TEST_CASE("Desk: the Go menu lists the pages in the order of their keys, F2 to F11, the modules' in the release's order",
          "[desk][keyboard]")
{
    Counter counter;
    counter.open();
    QMenu *go = nullptr;
    for (QAction *a : counter.window->menuBar()->actions())
        if (a->menu() && a->menu()->title() == QStringLiteral("&Go"))
            go = a->menu();
    REQUIRE(go);
    QList<int> keys;
    QStringList pages;
    for (QAction *a : go->actions())
        if (!a->shortcut().isEmpty()) {
            keys << a->shortcut()[0].key();
            pages << a->text();
        }
    REQUIRE(keys.size() >= 4);
    CHECK(std::is_sorted(keys.cbegin(), keys.cend()));
    CHECK(keys.constLast() == Qt::Key_F11);
    // The city's list of modules orders their pages: one added last (the
    // mail) does not move the keys agents already know.
    CHECK(pages == QStringList{QStringLiteral("&Reception"), QStringLiteral("&Cases"), QStringLiteral("Identity cards"),
                               QStringLiteral("School enrolment"), QStringLiteral("Electoral lists"),
                               QStringLiteral("Passports"), QStringLiteral("Mail"), QStringLiteral("C&onflicts")});
}
