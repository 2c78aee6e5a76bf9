// SPDX-License-Identifier: GPL-3.0-or-later
// The lists agents read: the case list's filters, keys, sizes and memory, the
// overdue mark and the sentence of an empty list (shared with the modules).
#include "testsupport.h"

#include "caselistmodel.h"
#include "casespage.h"
#include "conflictspage.h"
#include "desksession.h"
#include "liststyle.h"
#include "procedure_module.h"
#include "store/agentrepository.h"
#include "store/referencestore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace guichet;
using namespace guichet::test;

namespace {

const QString password = QStringLiteral("mot de passe du test");

/// An office (Bellevue, BEL) with an agent of Bellevue and one of Saint-Marc
/// (SMA), a few people and their cases in both offices.
struct Office
{
    TempDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<DeskSession> session;
    Citizen jeanne, paul;
    QList<Case> cases;

    Office()
    {
        const QString path = dir.file(QStringLiteral("office.db"));
        {
            auto db = Database::open(path, clock);
            REQUIRE(db.has_value());
            REQUIRE((*db)->setMeta(QStringLiteral("office_code"), QStringLiteral("BEL")));
            REQUIRE(ReferenceStore(**db).install(ReferenceStore::bundled().value()));
            AgentRepository agents(**db);
            REQUIRE(agents.add(QStringLiteral("amorvan"), QStringLiteral("Anne Morvan"), Role::Agent,
                               QStringLiteral("BEL"), password).has_value());
            REQUIRE(agents.add(QStringLiteral("ykerleau"), QStringLiteral("Yves Kerleau"), Role::Agent,
                               QStringLiteral("SMA"), password).has_value());
        }
        auto opened = DeskSession::open(path, clock, buildPath(QStringLiteral("lib/guichet/modules")));
        REQUIRE(opened.has_value());
        session = std::move(*opened);
        logIn(QStringLiteral("amorvan"));
        jeanne = person(QStringLiteral("Lefèvre"), QStringLiteral("Jeanne"));
        paul = person(QStringLiteral("Le Gall"), QStringLiteral("Paul"));
    }

    void logIn(const QString &login) { session->setAgent(session->agents().authenticate(login, password).value()); }

    Citizen person(const QString &family, const QString &first)
    {
        Citizen c;
        c.familyName = family;
        c.firstNames = first;
        c.sex = QLatin1Char('F');
        c.birthDate = QDate(1980, 5, 4);
        c.birthPlaceCode = QStringLiteral("29019");
        c.birthPlaceName = QStringLiteral("Brest");
        auto made = session->citizens().create(c, session->agent().id);
        REQUIRE(made.has_value());
        return *made;
    }

    Case open(const Citizen &who, const QString &office, const QString &procedure = QStringLiteral("etat-civil.copie-acte"),
              const QDate &due = {})
    {
        CaseRepository::NewCase n;
        n.citizenId = who.id;
        n.moduleId = procedure.section(u'.', 0, 0);
        n.procedureId = procedure;
        n.officeCode = office;
        n.service = QStringLiteral("etat-civil");
        n.summary = QStringLiteral("Copie intégrale d'acte de naissance");
        n.dueDate = due;
        n.releaseId = session->reference().id();
        clock.advance(60'000);
        auto made = session->caseRepository().create(n, session->workflow(procedure), session->agent().id);
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made.has_value());
        cases << *made;
        return *made;
    }

    /// Jeanne: 3 cases in Bellevue and 1 in Saint-Marc; Paul: 1 in each; one passport case.
    void openUsualCases()
    {
        for (int i = 0; i < 3; ++i)
            open(jeanne, QStringLiteral("BEL"));
        open(jeanne, QStringLiteral("SMA"));
        open(paul, QStringLiteral("BEL"));
        open(paul, QStringLiteral("SMA"));
        open(paul, QStringLiteral("BEL"), QStringLiteral("passeport.demande"));
    }
};

/// The page as the agent sees it: a window of 1280 × 800, active, keys typed to it.
void showActive(QWidget &page)
{
    page.resize(1280, 800);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
}

void press(QWidget &page, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(page.windowHandle(), key, modifiers);
}

void typeInto(QLineEdit *field, const QString &text)
{
    REQUIRE(field);
    field->setFocus();
    for (const QChar c : text)
        QTest::keyClick(field, char(c.toLatin1()));
}

QStringList column(const CaseListModel *model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->data(model->index(row, column), Qt::DisplayRole).toString();
    return out;
}

QStringList comboTexts(const QComboBox *combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i)
        out << combo->itemText(i);
    return out;
}

/// Runs `act` on the menu that opens next (the list's menu), then closes it.
void whenMenuOpens(std::function<void(QMenu *)> act)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            timer->stop();
            timer->deleteLater();
            act(menu);
            menu->close();
        }
    });
    timer->start(0);
}

} // namespace

TEST_CASE("Case list: it opens on the workstation's office, whichever office the agent belongs to, and Ctrl+Shift+A shows every office, then that office again", "[desk][lists]")
{
    Office o;
    o.openUsualCases();
    CasesPage page(*o.session);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    showActive(page);
    auto *office = page.findChild<QComboBox *>(QStringLiteral("officeFilter"));
    auto *all = page.findChild<QCheckBox *>(QStringLiteral("allOffices"));
    CHECK(office->currentData().toString() == QStringLiteral("BEL"));
    CHECK(page.model()->rowCount() == 5);
    CHECK(column(page.model(), CaseListModel::Office) == QStringList(5, QStringLiteral("BEL")));
    // The page and the tooltip say which key.
    CHECK(all->text().contains(QStringLiteral("Ctrl+Shift+A")));
    CHECK(all->toolTip().contains(QStringLiteral("Ctrl+Shift+A")));

    page.focusSearch();
    press(page, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(page.model()->rowCount() == 7);
    CHECK(all->isChecked());
    CHECK(office->currentIndex() == 0);
    press(page, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(page.model()->rowCount() == 5);
    CHECK_FALSE(all->isChecked());
    CHECK(office->currentData().toString() == QStringLiteral("BEL"));

    // An agent of Saint-Marc at this Bellevue workstation serves Bellevue's
    // counter: the list opens on Bellevue's cases, and Escape comes back to them.
    o.logIn(QStringLiteral("ykerleau"));
    CasesPage theirs(*o.session);
    showActive(theirs);
    auto *theirOffice = theirs.findChild<QComboBox *>(QStringLiteral("officeFilter"));
    CHECK(theirs.homeOffice() == QStringLiteral("BEL"));
    CHECK(theirOffice->currentData().toString() == QStringLiteral("BEL"));
    CHECK(theirs.model()->rowCount() == 5);
    theirOffice->setCurrentIndex(theirOffice->findData(QStringLiteral("SMA")));
    CHECK(theirs.model()->rowCount() == 2);
    theirs.focusSearch();
    press(theirs, Qt::Key_Escape);
    CHECK(theirOffice->currentData().toString() == QStringLiteral("BEL"));
    CHECK(theirs.model()->rowCount() == 5);
    press(theirs, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    press(theirs, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(theirOffice->currentData().toString() == QStringLiteral("BEL"));
}

TEST_CASE("Case list: the statuses offered are those of the chosen procedure, grouped by procedure when none is", "[desk][lists]")
{
    Office o;
    o.openUsualCases();
    CasesPage page(*o.session);
    showActive(page);
    auto *procedure = page.findChild<QComboBox *>(QStringLiteral("procedureFilter"));
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    const auto *items = qobject_cast<const QStandardItemModel *>(status->model());
    REQUIRE(items);

    // No procedure chosen: each procedure's name heads its statuses and cannot be chosen.
    int headings = 0;
    for (int i = 1; i < status->count(); ++i) {
        const bool heading = !(items->item(i)->flags() & Qt::ItemIsEnabled);
        if (heading) {
            ++headings;
            CHECK(procedure->findText(status->itemText(i)) > 0);
            CHECK_FALSE(items->item(i)->flags() & Qt::ItemIsSelectable);
        }
    }
    CHECK(headings >= 5);

    // Choosing a procedure by the keyboard lists its statuses only, in its workflow's order.
    procedure->setFocus();
    const int copy = procedure->findData(QStringLiteral("etat-civil.copie-acte"));
    while (procedure->currentIndex() < copy)
        QTest::keyClick(procedure, Qt::Key_Down);
    const Workflow workflow = o.session->workflow(QStringLiteral("etat-civil.copie-acte"));
    QStringList expected{QStringLiteral("All")};
    for (const QString &s : workflow.states())
        expected << workflow.label(s);
    CHECK(comboTexts(status) == expected);
    CHECK(page.model()->rowCount() == 4);
    CHECK(column(page.model(), CaseListModel::Procedure)
          == QStringList(4, o.session->procedure(QStringLiteral("etat-civil.copie-acte")).title));
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    CHECK(status->currentData().toString() == workflow.initial());
    CHECK(page.model()->rowCount() == 4);  // every case opened is in its first status
    QTest::keyClick(status, Qt::Key_Down);
    CHECK(page.model()->rowCount() == 0);

    // Back to every procedure: the arrow keys pass over the headings, and the
    // first status chosen chooses its procedure.
    procedure->setFocus();
    QTest::keyClick(procedure, Qt::Key_Home);
    CHECK(procedure->currentIndex() == 0);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Home);
    QTest::keyClick(status, Qt::Key_Down);
    const QString chosenProcedure = procedure->currentData().toString();
    CHECK_FALSE(chosenProcedure.isEmpty());
    CHECK(status->currentData().toString() == o.session->workflow(chosenProcedure).initial());
    for (int i = 1; i < status->count(); ++i)
        CHECK(items->item(i)->flags() & Qt::ItemIsEnabled);
}

TEST_CASE("Case list: the number filter finds any part of a tracking number", "[desk][lists]")
{
    Office o;
    for (int i = 0; i < 12; ++i)  // BEL-2026-000011 … BEL-2026-000121
        o.open(o.jeanne, QStringLiteral("BEL"));
    CasesPage page(*o.session);
    showActive(page);
    auto *number = page.findChild<QLineEdit *>(QStringLiteral("trackingFilter"));
    auto shown = [&] {
        QStringList numbers = column(page.model(), CaseListModel::Tracking);
        numbers.sort();
        return numbers;
    };
    auto holding = [&](const QString &part) {
        QStringList numbers;
        for (const Case &c : std::as_const(o.cases))
            if (c.trackingNumber.contains(part))
                numbers << c.trackingNumber;
        numbers.sort();
        return numbers;
    };
    // The digits off a receipt, from their start, their middle or their end, and with the year.
    for (const QString &part : {QStringLiteral("000111"), QStringLiteral("111"), QStringLiteral("0011"),
                                QStringLiteral("21"), QStringLiteral("1"), QStringLiteral("2026-00012"),
                                QStringLiteral("EL-2026-0001")}) {
        INFO(part.toStdString());
        number->clear();
        typeInto(number, part);
        CHECK(shown() == holding(part));
        CHECK_FALSE(shown().isEmpty());
    }
    CHECK(holding(QStringLiteral("111")) == QStringList{QStringLiteral("BEL-2026-000111")});
    number->clear();
    typeInto(number, QStringLiteral("999"));
    CHECK(page.model()->rowCount() == 0);
}

TEST_CASE("Case list: a typed name, or a person chosen on another page, lists that person's cases", "[desk][lists]")
{
    Office o;
    o.openUsualCases();
    CasesPage page(*o.session);
    showActive(page);
    auto *person = page.findChild<QLineEdit *>(QStringLiteral("personFilter"));
    auto *office = page.findChild<QComboBox *>(QStringLiteral("officeFilter"));

    typeInto(person, QStringLiteral("lefe"));
    CHECK(page.model()->rowCount() == 3);  // in Bellevue, the workstation's office
    CHECK(column(page.model(), CaseListModel::Person) == QStringList(3, QStringLiteral("LEFÈVRE Jeanne")));
    person->clear();
    typeInto(person, QStringLiteral("z"));
    CHECK(page.model()->rowCount() == 5);  // from the second letter, as the reception's search
    typeInto(person, QStringLiteral("z"));
    CHECK(page.model()->rowCount() == 0);
    person->clear();
    typeInto(person, QStringLiteral("le"));
    CHECK(page.model()->rowCount() == 5);  // Lefèvre and Le Gall

    // From the reception: Paul's cases in every office, whatever was typed.
    page.showPerson(o.paul.id, QStringLiteral("LE GALL Paul"));
    CHECK(page.personId() == o.paul.id);
    CHECK(person->text() == QStringLiteral("LE GALL Paul"));
    CHECK(office->currentIndex() == 0);
    CHECK(page.model()->rowCount() == 3);
    CHECK(page.model()->filter().citizenId == o.paul.id);
    CHECK(page.model()->filter().personName.isEmpty());
    // Typing in the field searches by name again.
    person->setFocus();
    QTest::keyClick(person, Qt::Key_End);
    QTest::keyClick(person, Qt::Key_Backspace);
    CHECK(page.personId().isNull());
    CHECK(page.model()->filter().personName == QStringLiteral("LE GALL Pau"));
    CHECK(page.model()->rowCount() == 3);
}

TEST_CASE("Case list: an empty list says why in a sentence, and Escape clears the filters", "[desk][lists]")
{
    Office o;
    CasesPage page(*o.session);
    showActive(page);
    // Nothing recorded in the office yet.
    CHECK(page.model()->rowCount() == 0);
    CHECK(emptyListText(page.view()).contains(QStringLiteral("Ctrl+Shift+A")));
    auto *sentence = page.view()->viewport()->findChild<QLabel *>(QStringLiteral("emptyListText"));
    REQUIRE(sentence);
    CHECK(sentence->isVisible());

    o.openUsualCases();
    page.refresh();
    CHECK(page.model()->rowCount() == 5);
    CHECK(emptyListText(page.view()).isEmpty());
    CHECK_FALSE(sentence->isVisible());

    auto *number = page.findChild<QLineEdit *>(QStringLiteral("trackingFilter"));
    typeInto(number, QStringLiteral("999"));
    REQUIRE(page.model()->rowCount() == 0);
    CHECK(emptyListText(page.view())
          == QStringLiteral("No case matches these filters. Escape clears the filters; Ctrl+Shift+A looks in every office."));
    CHECK(sentence->isVisible());
    CHECK(page.view()->accessibleDescription() == emptyListText(page.view()));
    press(page, Qt::Key_Escape);
    CHECK(number->text().isEmpty());
    CHECK(page.model()->rowCount() == 5);
    CHECK_FALSE(sentence->isVisible());
    CHECK(page.findChild<QLabel *>(QStringLiteral("message"))->text().contains(QStringLiteral("cleared")));
}

TEST_CASE("Conflicts page: an empty list says so in the list itself", "[desk][lists]")
{
    Office o;
    ConflictsPage page(*o.session);
    page.refresh();
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("conflicts"));
    REQUIRE(table);
    CHECK(table->rowCount() == 0);
    CHECK_FALSE(emptyListText(table).isEmpty());
}

TEST_CASE("Modules' work pages: an empty list says so in the list itself", "[desk][lists]")
{
    Office o;
    QWidget host;
    QStringList seen;
    for (ProcedureModule *module : o.session->modules().modules()) {
        for (WorkPage *page : module->workPages(&host)) {
            page->refresh();
            for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
                // The electoral lists' and the titles' lists (the school lists' follow).
                if (!QStringList{QStringLiteral("awaitingDecision"), QStringLiteral("toNotify"), QStringLiteral("waitingTitles"),
                                 QStringLiteral("titlesToHandOver"), QStringLiteral("titlesToDestroy")}
                         .contains(view->objectName()))
                    continue;
                INFO(view->objectName().toStdString());
                CHECK(view->model()->rowCount() == 0);
                CHECK(emptyListText(view).endsWith(u'.'));
                seen << view->objectName();
            }
        }
    }
    // CNI and passport each have the titles' three lists.
    CHECK(seen.size() == 2 + 3 + 3);
}

TEST_CASE("Case list: an overdue case says so in words as well as in red, and dates keep their year", "[desk][lists]")
{
    Office o;
    const QDate today = o.clock.today();
    const Case late = o.open(o.jeanne, QStringLiteral("BEL"), QStringLiteral("etat-civil.copie-acte"), today.addDays(-3));
    o.open(o.jeanne, QStringLiteral("BEL"), QStringLiteral("etat-civil.copie-acte"), today.addDays(3));
    CasesPage page(*o.session);
    CaseListModel *model = page.model();
    REQUIRE(model->rowCount() == 2);
    int lateRow = model->caseId(0) == late.id ? 0 : 1;
    const QModelIndex lateDue = model->index(lateRow, CaseListModel::Due);
    const QModelIndex onTimeDue = model->index(1 - lateRow, CaseListModel::Due);
    CHECK(model->data(lateDue, Qt::DisplayRole).toString() == dueText(today.addDays(-3), true));
    CHECK(model->data(lateDue, Qt::DisplayRole).toString().endsWith(QStringLiteral("⚠ overdue")));
    CHECK(model->data(lateDue, Qt::ForegroundRole).value<QBrush>().color() == overdueColor());
    CHECK(model->data(lateDue, Qt::AccessibleTextRole).toString().endsWith(QStringLiteral(", overdue")));
    CHECK(model->data(lateDue, Qt::ToolTipRole).toString() == QStringLiteral("Overdue by 3 day(s)."));
    CHECK_FALSE(model->data(onTimeDue, Qt::DisplayRole).toString().contains(QStringLiteral("overdue")));
    CHECK_FALSE(model->data(onTimeDue, Qt::ForegroundRole).isValid());
    // The one helper the modules' work pages use too.
    CHECK_FALSE(overdueStyle(false, Qt::ForegroundRole).isValid());
    CHECK(overdueStyle(true, Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(overdueStyle(true, Qt::DisplayRole).isValid());

    // The year in full, whatever the locale's short format.
    CHECK(listDate(QDate(2026, 12, 2), QLocale(QLocale::French, QLocale::France)) == QStringLiteral("02/12/2026"));
    CHECK(listDate(QDate(2026, 12, 2), QLocale(QLocale::English, QLocale::UnitedStates)) == QStringLiteral("12/2/2026"));
    CHECK(listDateTime(QDateTime(QDate(2026, 12, 2), QTime(14, 5)), QLocale(QLocale::French, QLocale::France))
          == QStringLiteral("02/12/2026 14:05"));
    CHECK(model->data(model->index(0, CaseListModel::Created), Qt::DisplayRole).toString().contains(QStringLiteral("2026")));
}

TEST_CASE("Case list: columns fit what they hold at 1280 pixels, the last one takes the rest", "[desk][lists]")
{
    Office o;
    o.openUsualCases();
    o.open(o.paul, QStringLiteral("BEL"), QStringLiteral("etat-civil.copie-acte"), o.clock.today().addDays(-1));
    CasesPage page(*o.session);
    showActive(page);
    QTableView *view = page.view();
    QHeaderView *header = view->horizontalHeader();
    CHECK(view->isColumnHidden(CaseListModel::Service));
    for (int c = 0; c < CaseListModel::ColumnCount - 1; ++c) {
        if (view->isColumnHidden(c))
            continue;
        INFO(page.model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().toStdString());
        CHECK(header->sectionSize(c) >= static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c));
        CHECK(header->sectionSize(c) >= header->sectionSizeHint(c));
    }
    CHECK(view->horizontalScrollBar()->maximum() == 0);
    CHECK(header->sectionSize(CaseListModel::Summary) >= header->sectionSizeHint(CaseListModel::Summary));
    // The longest procedure names cannot all fit beside the rest: a fair share, whole in the tooltip.
    o.open(o.paul, QStringLiteral("BEL"), QStringLiteral("listes-electorales.inscription"));
    page.refresh();
    CHECK(view->horizontalScrollBar()->maximum() == 0);
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QModelIndex procedure = page.model()->index(row, CaseListModel::Procedure);
        CHECK(page.model()->data(procedure, Qt::ToolTipRole) == page.model()->data(procedure, Qt::DisplayRole));
    }
}

TEST_CASE("Case list: Ctrl+Shift+S sorts by the current column, and the list's menu shows and hides columns", "[desk][lists]")
{
    Office o;
    o.openUsualCases();
    CasesPage page(*o.session);
    showActive(page);
    QTableView *view = page.view();
    view->setFocus();
    view->setCurrentIndex(page.model()->index(0, CaseListModel::Tracking));
    press(page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(page.model()->sortColumn() == CaseListModel::Tracking);
    CHECK(page.model()->sortOrder() == Qt::AscendingOrder);
    QStringList ascending = column(page.model(), CaseListModel::Tracking);
    CHECK(std::is_sorted(ascending.begin(), ascending.end()));
    press(page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(page.model()->sortOrder() == Qt::DescendingOrder);
    CHECK(view->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    // The person is not a column the list sorts by: it says so and keeps its order.
    view->setCurrentIndex(page.model()->index(0, CaseListModel::Person));
    press(page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(page.model()->sortColumn() == CaseListModel::Tracking);
    CHECK(page.findChild<QLabel *>(QStringLiteral("message"))->text().contains(QStringLiteral("Person")));

    bool seen = false;
    whenMenuOpens([&](QMenu *menu) {
        seen = true;
        QAction *service = menu->findChild<QAction *>(QStringLiteral("column%1").arg(int(CaseListModel::Service)));
        QAction *tracking = menu->findChild<QAction *>(QStringLiteral("column%1").arg(int(CaseListModel::Tracking)));
        REQUIRE(service);
        REQUIRE(tracking);
        CHECK_FALSE(service->isChecked());  // hidden at first: the procedure says which service
        CHECK_FALSE(tracking->isEnabled());
        service->trigger();
    });
    CHECK(view->isColumnHidden(CaseListModel::Service));
    view->setFocus();
    press(page, Qt::Key_F10, Qt::ShiftModifier);
    CHECK(seen);
    CHECK_FALSE(view->isColumnHidden(CaseListModel::Service));
    seen = false;
    whenMenuOpens([&](QMenu *menu) {
        seen = true;
        menu->findChild<QAction *>(QStringLiteral("column%1").arg(int(CaseListModel::Service)))->trigger();
    });
    // The menu key too (the offscreen platform leaves no window active after a popup).
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    view->setFocus();
    press(page, Qt::Key_Menu);
    CHECK(seen);
    CHECK(view->isColumnHidden(CaseListModel::Service));
}

TEST_CASE("Case list: the filters, the order and the columns are back on a new page, for that agent only", "[desk][lists]")
{
    Office o;
    o.openUsualCases();
    {
        CasesPage page(*o.session);
        showActive(page);
        auto *procedure = page.findChild<QComboBox *>(QStringLiteral("procedureFilter"));
        procedure->setCurrentIndex(procedure->findData(QStringLiteral("etat-civil.copie-acte")));
        auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("received")));
        page.toggleAllOffices();
        typeInto(page.findChild<QLineEdit *>(QStringLiteral("trackingFilter")), QStringLiteral("2026"));
        typeInto(page.findChild<QLineEdit *>(QStringLiteral("personFilter")), QStringLiteral("lef"));
        page.view()->setColumnHidden(CaseListModel::Channel, true);
        page.view()->horizontalHeader()->setSortIndicator(CaseListModel::Due, Qt::AscendingOrder);
        CHECK(page.model()->rowCount() == 4);
    }
    CasesPage again(*o.session);
    CHECK(again.findChild<QComboBox *>(QStringLiteral("procedureFilter"))->currentData().toString()
          == QStringLiteral("etat-civil.copie-acte"));
    CHECK(again.findChild<QComboBox *>(QStringLiteral("statusFilter"))->currentData().toString() == QStringLiteral("received"));
    CHECK(again.findChild<QComboBox *>(QStringLiteral("officeFilter"))->currentIndex() == 0);
    CHECK(again.findChild<QCheckBox *>(QStringLiteral("allOffices"))->isChecked());
    CHECK(again.findChild<QLineEdit *>(QStringLiteral("trackingFilter"))->text() == QStringLiteral("2026"));
    CHECK(again.findChild<QLineEdit *>(QStringLiteral("personFilter"))->text().isEmpty());  // the name is not kept
    CHECK(again.view()->isColumnHidden(CaseListModel::Channel));
    CHECK(again.model()->sortColumn() == CaseListModel::Due);
    CHECK(again.model()->sortOrder() == Qt::AscendingOrder);
    CHECK(again.view()->horizontalHeader()->sortIndicatorSection() == CaseListModel::Due);
    CHECK(again.model()->rowCount() == 6);  // every copy request received, Jeanne's and Paul's, in every office

    // Another agent, of Saint-Marc, starts from the workstation's office with
    // nothing chosen; the office they then choose is kept for them alone.
    o.logIn(QStringLiteral("ykerleau"));
    {
        CasesPage theirs(*o.session);
        auto *office = theirs.findChild<QComboBox *>(QStringLiteral("officeFilter"));
        CHECK(office->currentData().toString() == QStringLiteral("BEL"));
        CHECK(theirs.findChild<QComboBox *>(QStringLiteral("procedureFilter"))->currentIndex() == 0);
        CHECK_FALSE(theirs.view()->isColumnHidden(CaseListModel::Channel));
        office->setCurrentIndex(office->findData(QStringLiteral("SMA")));
    }
    CasesPage theirsAgain(*o.session);
    CHECK(theirsAgain.findChild<QComboBox *>(QStringLiteral("officeFilter"))->currentData().toString() == QStringLiteral("SMA"));
    CHECK(theirsAgain.model()->rowCount() == 2);
    o.logIn(QStringLiteral("amorvan"));
    CasesPage hers(*o.session);
    CHECK(hers.findChild<QComboBox *>(QStringLiteral("officeFilter"))->currentIndex() == 0);  // every office, as she left it
}

TEST_CASE("Case list: Escape in a filter's open list closes the list and keeps the filters", "[desk][lists]")
{
    Office o;
    o.openUsualCases();
    CasesPage page(*o.session);
    showActive(page);
    auto *number = page.findChild<QLineEdit *>(QStringLiteral("trackingFilter"));
    typeInto(number, QStringLiteral("0"));
    auto *channel = page.findChild<QComboBox *>(QStringLiteral("channelFilter"));
    REQUIRE(channel);
    channel->setFocus();
    channel->showPopup();
    QWidget *popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    REQUIRE(number->text() == QStringLiteral("0"));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : popup, Qt::Key_Escape);
    CHECK(QApplication::activePopupWidget() == nullptr);
    CHECK(number->text() == QStringLiteral("0"));
    // Once the list is closed, Escape clears them.
    press(page, Qt::Key_Escape);
    CHECK(number->text().isEmpty());
}
