// SPDX-License-Identifier: GPL-3.0-or-later
// The CNI and passport modules driven as an agent drives them: keyboard only,
// a document reader typing the machine-readable zone as fast keystrokes with
// Enter after each line, the agent's lists, and the plugins as the shell
// loads them. Expected values come from domain.md §2 and a calendar.
#include "testsupport.h"
#include "formtesting.h"

#include "cnimodule.h"
#include "identity/mrz.h"
#include "mrzinput.h"
#include "passeportmodule.h"
#include "titleform.h"
#include "titleworkpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPluginLoader>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "testcontext.h"

#include <memory>

using namespace guichet;
using namespace guichet::test;
using namespace guichet::identity;
using guichet::test::TestContext;

namespace {

const QDateTime Now(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);  // Tuesday 10 March 2026

IdentityRules rulesOf(const ModuleContext &context)
{
    auto r = IdentityRules::fromRelease(context.reference());
    REQUIRE(r.has_value());
    return *r;
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

void tab(int times = 1)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), k, modifiers);
}

/// Types ASCII text into the focused widget, one key event per character.
void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

/// A document reader in keyboard-wedge mode: each line as fast keystrokes,
/// then Enter.
void scan(const QStringList &lines)
{
    for (const QString &line : lines) {
        QTest::keyClicks(focused(), line);
        QTest::keyClick(focused(), Qt::Key_Return);
    }
}

void mnemonic(QWidget *window, Qt::Key letter)
{
    QTest::keyClick(window, letter, Qt::AltModifier);
}

template <typename T>
T *child(QWidget &form, const char *name)
{
    auto *w = form.findChild<T *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

/// A French CNIe of 2021 (TD1), generated with its check digits.
QStringList cnieZone()
{
    MrzData d;
    d.format = MrzFormat::Td1;
    d.documentCode = QStringLiteral("ID");
    d.issuingState = QStringLiteral("FRA");
    d.documentNumber = QStringLiteral("X4RTBPFW4");
    d.surname = QStringLiteral("Le Gall");
    d.givenNames = {QStringLiteral("Maëlle"), QStringLiteral("Anne")};
    d.nationality = QStringLiteral("FRA");
    d.birthDate = QDate(1984, 3, 12);
    d.sex = u'F';
    d.expiryDate = QDate(2026, 5, 2);
    return generateMrz(d);
}

} // namespace

TEST_CASE("MrzInput: a keyboard-wedge reader's lines, Enter after each, are read once complete", "[identity][mrz][form]")
{
    MrzInput input;
    input.setReferenceDate([] { return QDate(2026, 3, 10); });
    QSignalSpy read(&input, &MrzInput::read);
    showAndActivate(input);
    input.setFocus();
    REQUIRE(settles([&] { return input.hasFocus() || input.focusProxy()->hasFocus(); }));

    SECTION("a passport: two lines of 44")
    {
        QTest::keyClicks(focused(), QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"));
        QTest::keyClick(focused(), Qt::Key_Return);
        // Half a zone is no error: the next line is awaited.
        CHECK(read.isEmpty());
        CHECK_FALSE(input.error().has_value());
        CHECK(input.statusText().startsWith(QStringLiteral("Line 1 entered (44 characters): type or scan line 2.")));
        QTest::keyClicks(focused(), QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10"));
        QTest::keyClick(focused(), Qt::Key_Return);
        REQUIRE(read.size() == 1);
        const auto data = read.at(0).at(0).value<MrzData>();
        CHECK(data.documentNumber == QStringLiteral("L898902C3"));
        CHECK(input.data().has_value());
        CHECK(input.statusText().startsWith(QStringLiteral("Read: Passport L898902C3, ERIKSSON ANNA MARIA")));
        // The zone stays two lines: the last Enter added none.
        CHECK(input.text().count(u'\n') == 1);
        // Ctrl+Delete empties the field.
        key(Qt::Key_Delete, Qt::ControlModifier);
        CHECK(input.isEmpty());
        CHECK_FALSE(input.data().has_value());
        CHECK(input.statusText().isEmpty());
    }
    SECTION("a CNIe: three lines of 30, then a misread check digit")
    {
        scan(cnieZone());
        REQUIRE(read.size() == 1);
        CHECK(input.statusText().contains(QStringLiteral("Identity card X4RTBPFW4, LE GALL MAELLE ANNE")));

        key(Qt::Key_Delete, Qt::ControlModifier);
        QStringList wrong = cnieZone();
        wrong[1][6] = wrong[1][6] == u'0' ? u'1' : u'0';   // the birth date's check digit
        scan(wrong);
        CHECK(read.size() == 1);
        REQUIRE(input.error().has_value());
        CHECK(input.error()->field == QStringLiteral("birthDate"));
        CHECK(input.statusText().startsWith(QStringLiteral("Birth date: check digit")));
    }
    SECTION("a line of the wrong length is said when Enter cannot lead to a zone")
    {
        QTest::keyClicks(focused(), QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<<"));  // 46
        QTest::keyClick(focused(), Qt::Key_Return);
        REQUIRE(input.error().has_value());
        CHECK(input.error()->field == QStringLiteral("mrz"));
        CHECK(input.statusText().contains(QStringLiteral("lines of 46 characters read")));
        CHECK(read.isEmpty());
    }
}

TEST_CASE("TitleForm: a CNI renewal is filled from the keyboard and a reader", "[identity][cni][form]")
{
    TestContext context(Now);
    TitleForm form(rulesOf(context), context, QString(CniTitle));
    QSignalSpy changed(&form, &CaseForm::changed);
    showAndActivate(form);

    SECTION("Tab visits every field in reading order, each with an accessible name")
    {
        mnemonic(&form, Qt::Key_I);
        QStringList visited{focusedName()};
        for (int i = 0; i < 12; ++i) {
            tab();
            visited << focusedName();
        }
        // Number and expiry of the title shown wait until a title is shown,
        // the tax stamp until a fee is due (a first card is free).
        CHECK(visited == QStringList{
                  "Situation", "Machine-readable zone (MRZ)", "Title shown", "Family name", "First names",
                  "Birth date", "Birth commune on COMEDEC", "Lodging",
                  "Appointment date", "ANTS pre-application number", "Deposit number (once deposited)",
                  "Situation", "Machine-readable zone (MRZ)"});
        CHECK(form.findChild<QCheckBox *>(QStringLiteral("indigent")) == nullptr);  // passports only
        CHECK(changed.isEmpty());
    }

    SECTION("the card's zone fills the title shown and the holder; the answer follows")
    {
        CHECK(errorFields(form.validate()) == QStringList{"birthDate", "familyName", "firstNames"});
        CHECK(form.answer().startsWith(QStringLiteral("Type the birth date")));

        mnemonic(&form, Qt::Key_I);
        key(Qt::Key_Down);   // Renouvellement
        CHECK(form.values().value(QStringLiteral("situation")).toString() == QStringLiteral("renouvellement"));
        mnemonic(&form, Qt::Key_Z);
        CHECK(focusedName() == QStringLiteral("Machine-readable zone (MRZ)"));
        scan(cnieZone());

        const QJsonObject v = form.values();
        CHECK(v.value(QStringLiteral("existingTitle")).toString() == QStringLiteral("cni"));
        CHECK(v.value(QStringLiteral("existingNumber")).toString() == QStringLiteral("X4RTBPFW4"));
        CHECK(v.value(QStringLiteral("existingExpiry")).toString() == QStringLiteral("2026-05-02"));
        CHECK(v.value(QStringLiteral("familyName")).toString() == QStringLiteral("LE GALL"));
        CHECK(v.value(QStringLiteral("firstNames")).toString() == QStringLiteral("MAELLE ANNE"));
        CHECK(v.value(QStringLiteral("birthDate")).toString() == QStringLiteral("1984-03-12"));
        CHECK(v.value(QStringLiteral("mrzFormat")).toString() == QStringLiteral("td1"));
        CHECK(v.value(QStringLiteral("ageOnDeposit")).toInt() == 41);
        CHECK(v.value(QStringLiteral("feeCents")).toInt() == 0);
        CHECK_FALSE(v.value(QStringLiteral("birthActNeeded")).toBool());   // a valid card is shown
        CHECK(child<QLabel>(form, "ageOnDeposit")->text().startsWith(QStringLiteral("41 year(s) old on 10/03/2026")));
        CHECK(form.validate().isEmpty());
        CHECK_FALSE(changed.isEmpty());

        CHECK(form.answer().contains(QStringLiteral("Ce titre est gratuit")));
        CHECK(form.answer().contains(QStringLiteral("Pas d'acte de naissance")));
        CHECK(form.answer().contains(QStringLiteral("Empreintes digitales relevées")));
        CHECK(form.answer().contains(QStringLiteral("valable 10 ans : jusqu'au 9 mars 2036")));
        CHECK(ids(form.checklist()) == QStringList{"pre-demande", "photo", "justificatif-domicile", "ancien-titre"});
        CHECK(form.summary() == QStringLiteral("Carte nationale d'identité — Renouvellement (titre expiré ou expirant) "
                                               "— LE GALL MAELLE ANNE"));
        CHECK(form.initialStatus().isEmpty());
        CHECK(form.dueDate().isNull());

        // Hosted by a third party: the host's three documents.
        mnemonic(&form, Qt::Key_L);
        key(Qt::Key_Down);
        CHECK(ids(form.checklist()).contains(QStringLiteral("attestation-hebergement")));
        CHECK_FALSE(ids(form.checklist()).contains(QStringLiteral("justificatif-domicile")));

        // The card stolen: 25 €, the police receipt, and the stamp number once deposited.
        mnemonic(&form, Qt::Key_I);
        key(Qt::Key_Down);
        key(Qt::Key_Down);   // Vol du titre
        CHECK(form.values().value(QStringLiteral("feeCents")).toInt() == 2500);
        CHECK(ids(form.checklist()).contains(QStringLiteral("recepisse-vol")));
        CHECK(form.answer().contains(QStringLiteral("Droit de timbre : 25")));
        mnemonic(&form, Qt::Key_X);  // the tax stamp, then Tab: the deposit number has no letter of its own
        key(Qt::Key_Tab);
        CHECK(focusedName() == QStringLiteral("Deposit number (once deposited)"));
        type(QStringLiteral("D2026BEL0042"));
        CHECK(form.initialStatus() == QStringLiteral("deposited"));
        CHECK(errorFields(form.validate()) == QStringList{"taxStampNumber"});
        CHECK(errorOf(form.validate(), QStringLiteral("taxStampNumber")).contains(QStringLiteral("25")));
        mnemonic(&form, Qt::Key_X);
        type(QStringLiteral("1234 5678 9012 345"));
        CHECK(errorOf(form.validate(), QStringLiteral("taxStampNumber")).contains(QStringLiteral("found 15")));
        type(QStringLiteral("6"));
        CHECK(form.validate().isEmpty());
        CHECK(form.values().value(QStringLiteral("taxStampNumber")).toString() == QStringLiteral("1234567890123456"));
        CHECK(form.values().value(QStringLiteral("depositNumber")).toString() == QStringLiteral("D2026BEL0042"));
    }

    SECTION("a misread check digit is an error on the zone, which the desk focuses")
    {
        mnemonic(&form, Qt::Key_Z);
        QStringList wrong = cnieZone();
        wrong[1][14] = wrong[1][14] == u'9' ? u'8' : u'9';   // the expiry's check digit
        scan(wrong);
        const auto errors = form.validate();
        CHECK(errorFields(errors).contains(QStringLiteral("mrz")));
        CHECK(errorOf(errors, QStringLiteral("mrz")).startsWith(QStringLiteral("Machine-readable zone — Expiry date: check digit")));
        CHECK(form.values().value(QStringLiteral("existingTitle")).toString() == QStringLiteral("aucun"));

        // Typed by hand, corrected: the zone reads and fills the fields.
        key(Qt::Key_Delete, Qt::ControlModifier);
        scan(cnieZone());
        CHECK_FALSE(errorFields(form.validate()).contains(QStringLiteral("mrz")));
        CHECK(form.values().value(QStringLiteral("existingNumber")).toString() == QStringLiteral("X4RTBPFW4"));
    }

    SECTION("a title of someone else is caught by its birth date")
    {
        Citizen person;
        person.familyName = QStringLiteral("Le Gall-Kerbrat");
        person.firstNames = QStringLiteral("Maëlle Anne");
        person.birthDate = QDate(1985, 3, 12);
        form.setApplicant(person);
        mnemonic(&form, Qt::Key_Z);
        scan(cnieZone());
        CHECK(errorOf(form.validate(), QStringLiteral("mrz")).contains(QStringLiteral("born on 12/03/1984, not on 12/03/1985")));
        // What the person record says is kept; the difference is pointed out.
        CHECK(form.values().value(QStringLiteral("familyName")).toString() == QStringLiteral("Le Gall-Kerbrat"));
        CHECK(form.values().value(QStringLiteral("birthDate")).toString() == QStringLiteral("1985-03-12"));
        const QString status = child<MrzInput>(form, "mrz")->statusText();
        CHECK(status.startsWith(QStringLiteral("Read: Identity card X4RTBPFW4")));
        CHECK(status.contains(QStringLiteral("The family name read (LE GALL) differs from the one typed")));
        CHECK_FALSE(status.contains(QStringLiteral("first names read")));
        // Names with accents and spaces match the zone's: kept as typed.
        CHECK(form.values().value(QStringLiteral("firstNames")).toString() == QStringLiteral("Maëlle Anne"));
    }
}

TEST_CASE("TitleForm: a passport for a minor, counted on the appointment day", "[identity][passport][form]")
{
    TestContext context(Now);
    TitleForm form(rulesOf(context), context, QString(PassportTitle));
    showAndActivate(form);
    Citizen minor;
    minor.familyName = QStringLiteral("Morvan");
    minor.firstNames = QStringLiteral("Elouan");
    minor.birthDate = QDate(2011, 3, 11);   // 15 tomorrow
    form.setApplicant(minor);

    // Today the child is 14: 17 €, five years, fingerprints, a parent's ID.
    CHECK(form.values().value(QStringLiteral("feeCents")).toInt() == 1700);
    CHECK(form.values().value(QStringLiteral("validityYears")).toInt() == 5);
    CHECK(form.answer().contains(QStringLiteral("Droit de timbre : 17")));
    CHECK(form.answer().contains(QStringLiteral("Le mineur se présente avec un parent")));
    CHECK(ids(form.checklist()).contains(QStringLiteral("identite-parent")));
    CHECK(ids(form.checklist()).contains(QStringLiteral("acte-naissance")));
    CHECK(form.validate().isEmpty());

    // The appointment is tomorrow, the 15th birthday: 42 €.
    mnemonic(&form, Qt::Key_P);
    CHECK(focusedName() == QStringLiteral("Appointment date"));
    type(QStringLiteral("11032026"));
    tab();
    CHECK(child<QLineEdit>(form, "appointmentDate")->text() == QStringLiteral("11/03/2026"));
    CHECK(form.values().value(QStringLiteral("appointmentDate")).toString() == QStringLiteral("2026-03-11"));
    CHECK(form.dueDate().isNull());  // the day of the deposit, not a day the answer is due
    CHECK(form.values().value(QStringLiteral("ageOnDeposit")).toInt() == 15);
    CHECK(form.values().value(QStringLiteral("feeCents")).toInt() == 4200);
    CHECK(form.answer().contains(QStringLiteral("Droit de timbre : 42")));

    // Closed days and past days are refused, each naming the field.
    const auto appointmentError = [&](const QString &digits) {
        mnemonic(&form, Qt::Key_P);
        key(Qt::Key_A, Qt::ControlModifier);
        type(digits);
        tab();
        return errorOf(form.validate(), QStringLiteral("appointmentDate"));
    };
    CHECK(appointmentError(QStringLiteral("15032026")).contains(QStringLiteral("closed")));   // Sunday
    CHECK(appointmentError(QStringLiteral("06042026")).contains(QStringLiteral("closed")));   // Easter Monday
    CHECK(appointmentError(QStringLiteral("14032026")).isEmpty());                            // Saturday: open
    CHECK(appointmentError(QStringLiteral("09032026")).contains(QStringLiteral("past")));
    CHECK(appointmentError(QStringLiteral("31022026")).contains(QStringLiteral("is not a date")));
    appointmentError(QStringLiteral("11032026"));

    // The pre-application number: 10 letters and digits.
    mnemonic(&form, Qt::Key_R);
    type(QStringLiteral("4ab7kx92p"));
    CHECK(errorOf(form.validate(), QStringLiteral("preApplicationNumber")).contains(QStringLiteral("found 9")));
    type(QStringLiteral("q"));
    CHECK(errorOf(form.validate(), QStringLiteral("preApplicationNumber")).isEmpty());
    CHECK(form.values().value(QStringLiteral("preApplicationNumber")).toString() == QStringLiteral("4AB7KX92PQ"));

    // A passport read by the reader spares the birth act.
    mnemonic(&form, Qt::Key_Z);
    MrzData passport;
    passport.format = MrzFormat::Td3;
    passport.documentCode = QStringLiteral("P");
    passport.issuingState = QStringLiteral("FRA");
    passport.documentNumber = QStringLiteral("21CD56789");
    passport.surname = QStringLiteral("Morvan");
    passport.givenNames = {QStringLiteral("Elouan")};
    passport.nationality = QStringLiteral("FRA");
    passport.birthDate = QDate(2011, 3, 11);
    passport.sex = u'M';
    passport.expiryDate = QDate(2024, 1, 15);   // expired for 2 years: still spares the act
    scan(generateMrz(passport));
    CHECK(form.values().value(QStringLiteral("existingTitle")).toString() == QStringLiteral("passeport"));
    CHECK_FALSE(ids(form.checklist()).contains(QStringLiteral("acte-naissance")));
    CHECK(form.validate().isEmpty());

    // Indigent: free, and the stamp field steps aside.
    mnemonic(&form, Qt::Key_P);  // the appointment; the check box before it has no letter of its own
    key(Qt::Key_Backtab);
    CHECK(focusedName() == QStringLiteral("Free passport: person recognised as indigent"));
    key(Qt::Key_Space);
    REQUIRE(settles([&] { return form.values().value(QStringLiteral("indigent")).toBool(); }));
    CHECK(form.values().value(QStringLiteral("feeCents")).toInt() == 0);
    CHECK_FALSE(child<QLineEdit>(form, "taxStampNumber")->isEnabled());
    CHECK_FALSE(ids(form.checklist()).contains(QStringLiteral("timbre-fiscal")));
    CHECK(form.answer().contains(QStringLiteral("Ce titre est gratuit")));
}

namespace {

CaseSummary titleCase(const QString &procedure, const QString &status, const QString &tracking,
                      const QDateTime &updated, const QString &office = QStringLiteral("BEL"))
{
    CaseSummary c;
    c.id = QUuid::createUuid();
    c.trackingNumber = tracking;
    c.procedureId = procedure;
    c.moduleId = procedure.section(u'.', 0, 0);
    c.status = status;
    c.officeCode = office;
    c.createdAt = updated.addDays(-30);
    c.statusSince = updated;
    c.personName = QStringLiteral("PERSONNE %1").arg(tracking.right(3));
    c.data = QJsonObject{{QStringLiteral("depositNumber"), QStringLiteral("DEP") + tracking.right(3)}};
    return c;
}

QStringList column(const QAbstractItemModel *model, int col)
{
    QStringList values;
    for (int r = 0; r < model->rowCount(); ++r)
        values << model->index(r, col).data().toString();
    return values;
}

QDateTime at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(11, 0), Qt::UTC);
}

} // namespace

TEST_CASE("TitleWorkPage: titles waiting, to hand over and to be destroyed soon, and Enter opens the case", "[identity][page]")
{
    TestContext context(Now);
    const QString cni = QStringLiteral("cni.demande");
    const CaseSummary deposited = titleCase(cni, QStringLiteral("deposited"), QStringLiteral("BEL-2026-000101"), at(2026, 3, 2));
    const CaseSummary production = titleCase(cni, QStringLiteral("production"), QStringLiteral("BEL-2026-000111"), at(2026, 2, 20));
    // Available since 10 January: 59 days ago, not yet to destroy soon; collect by 10 April.
    const CaseSummary fresh = titleCase(cni, QStringLiteral("available"), QStringLiteral("BEL-2026-000121"), at(2026, 1, 10));
    // Available since 9 January: 60 days ago, to destroy soon; 9 April 2026.
    const CaseSummary old = titleCase(cni, QStringLiteral("available"), QStringLiteral("BEL-2025-000131"), at(2026, 1, 9));
    // Available since 8 November 2025: 8 February 2026 is a Sunday → Monday 9 February, passed.
    const CaseSummary overdue = titleCase(cni, QStringLiteral("available"), QStringLiteral("BEL-2025-000141"), at(2025, 11, 8));
    context.storedCases = {
        deposited, production, fresh, old, overdue,
        titleCase(cni, QStringLiteral("appointment"), QStringLiteral("BEL-2026-000151"), at(2026, 3, 9)),
        titleCase(cni, QStringLiteral("handed-over"), QStringLiteral("BEL-2026-000161"), at(2026, 3, 1)),
        titleCase(cni, QStringLiteral("available"), QStringLiteral("CEN-2026-000171"), at(2026, 1, 1), QStringLiteral("CEN")),
        titleCase(QStringLiteral("passeport.demande"), QStringLiteral("available"), QStringLiteral("BEL-2026-000181"), at(2026, 1, 1)),
    };

    cni::CniModule module;
    REQUIRE(module.initialize(context).has_value());
    QWidget host;
    const auto pages = module.workPages(&host);
    REQUIRE(pages.size() == 1);
    auto *page = qobject_cast<TitleWorkPage *>(pages.first());
    REQUIRE(page);
    CHECK(page->title() == QStringLiteral("Identity cards"));
    page->refresh();
    CHECK(page->problem().isEmpty());

    auto *waiting = page->model(TitleListModel::Kind::Waiting);
    auto *toHandOver = page->model(TitleListModel::Kind::ToHandOver);
    auto *destroy = page->model(TitleListModel::Kind::DestroySoon);
    QAbstractItemModelTester t1(waiting, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(toHandOver, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(destroy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Oldest first; other offices, other titles, appointments and closed cases stay out.
    CHECK(column(waiting, 0) == QStringList{"BEL-2026-000111", "BEL-2026-000101"});
    CHECK(column(waiting, 2) == QStringList{"En production", "Dossier déposé"});
    CHECK(column(waiting, 4) == QStringList{"DEP111", "DEP101"});
    // By the day after which they are destroyed.
    CHECK(column(toHandOver, 0) == QStringList{"BEL-2025-000141", "BEL-2025-000131", "BEL-2026-000121"});
    CHECK(column(toHandOver, 2) == QStringList{"08/11/2025", "09/01/2026", "10/01/2026"});
    CHECK(column(toHandOver, 3) == QStringList{"09/02/2026 ⚠ overdue", "09/04/2026", "10/04/2026"});
    CHECK(toHandOver->headerData(3, Qt::Horizontal).toString() == QStringLiteral("Destroyed after"));
    CHECK(column(destroy, 0) == QStringList{"BEL-2025-000141", "BEL-2025-000131"});
    CHECK(column(destroy, 4) == QStringList{"overdue by 29 day(s)", "30"});

    auto *tabs = page->findChild<QTabWidget *>();
    REQUIRE(tabs);
    CHECK(tabs->tabText(0) == QStringLiteral("&Waiting (2)"));
    CHECK(tabs->tabText(1) == QStringLiteral("To hand &over (3)"));
    CHECK(tabs->tabText(2) == QStringLiteral("To be destroyed soo&n (2)"));

    // Enter on a row asks the shell to open the case.
    host.resize(900, 500);
    page->setParent(&host);
    page->resize(900, 500);
    showAndActivate(host);
    page->show();
    tabs->setCurrentIndex(1);
    QTableView *view = page->view(TitleListModel::Kind::ToHandOver);
    view->setFocus();
    REQUIRE(settles([&] { return view->hasFocus(); }));
    view->setCurrentIndex(toHandOver->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(context.openedCases.size() == 1);
    CHECK(context.openedCases.first() == old.id);

    // A refresh reads the lists again: the old title was handed over.
    context.storedCases.removeIf([&](const CaseSummary &c) { return c.id == old.id; });
    page->refresh();
    CHECK(toHandOver->rowCount() == 2);
    CHECK(tabs->tabText(2) == QStringLiteral("To be destroyed soo&n (1)"));
}

TEST_CASE("TitleWorkPage: a list shows its 200 oldest titles and says when there are more, with where to find them",
          "[identity][page]")
{
    TestContext context(Now);
    const QString cni = QStringLiteral("cni.demande");
    const int cap = TitleWorkPage::ListCap;
    // One more deposited title than a list shows, one a minute; and titles available since 2 March, to hand over.
    for (int i = 0; i <= cap; ++i)
        context.storedCases << titleCase(cni, QStringLiteral("deposited"), QStringLiteral("BEL-2026-%1").arg(i, 6, 10, QChar(u'0')),
                                         at(2026, 1, 5).addSecs(60 * i));
    for (int i = 0; i < 3; ++i)
        context.storedCases << titleCase(cni, QStringLiteral("available"), QStringLiteral("BEL-2026-%1").arg(900 + i, 6, 10, QChar(u'0')),
                                         at(2026, 3, 2).addSecs(60 * i));

    cni::CniModule module;
    REQUIRE(module.initialize(context).has_value());
    QWidget host;
    auto *page = qobject_cast<TitleWorkPage *>(module.workPages(&host).value(0));
    REQUIRE(page);
    page->refresh();  // as the shell does when it first shows the page
    auto *waiting = page->model(TitleListModel::Kind::Waiting);
    auto *tabs = page->findChild<QTabWidget *>();
    REQUIRE(tabs);

    // The oldest are kept: agents work them first; the newest waits for the next refresh or the case list.
    REQUIRE(waiting->rowCount() == cap);
    CHECK(waiting->index(0, 0).data().toString() == QStringLiteral("BEL-2026-000000"));
    CHECK(waiting->index(cap - 1, 0).data().toString() == QStringLiteral("BEL-2026-%1").arg(cap - 1, 6, 10, QChar(u'0')));
    CHECK(tabs->tabText(0) == QStringLiteral("&Waiting (more than 200)"));
    CHECK(tabs->tabText(1) == QStringLiteral("To hand &over (3)"));
    CHECK(tabs->tabText(2) == QStringLiteral("To be destroyed soo&n (0)"));
    CHECK(page->notice() == QStringLiteral("More than 200 titles in this list: the 200 oldest are shown. "
                                           "Refine in the case list (F3)."));
    // Said for the list shown only.
    tabs->setCurrentIndex(1);
    CHECK(page->notice().isEmpty());
    tabs->setCurrentIndex(0);
    CHECK_FALSE(page->notice().isEmpty());

    // Down to the cap (the oldest handed over): every title listed, nothing said.
    context.storedCases.removeFirst();
    page->refresh();
    CHECK(waiting->rowCount() == cap);
    CHECK(waiting->index(0, 0).data().toString() == QStringLiteral("BEL-2026-000001"));
    CHECK(tabs->tabText(0) == QStringLiteral("&Waiting (200)"));
    CHECK(page->notice().isEmpty());
}

namespace {

/// A context whose release has no "titres" section.
ReferenceRelease emptyRelease()
{
    auto r = ReferenceRelease::fromCanonicalJson(R"({"release": {"id": "test", "effective": "2026-01-01"}, "sections": {}})");
    REQUIRE(r.has_value());
    return *r;
}

} // namespace

TEST_CASE("CNI and passport plugins load as Qt plugins and offer one procedure, its form and its page", "[identity][plugin]")
{
    struct Plugin
    {
        const char *file;
        const char *id;
        const char *name;
        const char *procedure;
        const char *page;
    };
    const Plugin plugins[] = {
        {"lib/guichet/modules/guichet-module-cni", "cni", "Carte nationale d'identité", "cni.demande", "Identity cards"},
        {"lib/guichet/modules/guichet-module-passeport", "passeport", "Passeport", "passeport.demande", "Passports"},
    };
    for (const Plugin &p : plugins) {
        INFO(p.id);
        QPluginLoader loader(test::buildPath(QLatin1String(p.file)));
        const QJsonObject meta = loader.metaData();
        CHECK(meta.value(QStringLiteral("IID")).toString() == QStringLiteral(GuichetProcedureModule_iid));
        const QJsonObject data = meta.value(QStringLiteral("MetaData")).toObject();
        CHECK(data.value(QStringLiteral("id")).toString() == QLatin1String(p.id));
        CHECK(data.value(QStringLiteral("name")).toString() == QString::fromUtf8(p.name));
        CHECK(data.value(QStringLiteral("sdkVersion")).toInt() == SdkVersion);

        QObject *instance = loader.instance();
        INFO(loader.errorString().toStdString());
        REQUIRE(instance);
        auto *module = qobject_cast<ProcedureModule *>(instance);
        REQUIRE(module);
        CHECK(module->procedures().isEmpty());
        CHECK(module->createCaseForm(QLatin1String(p.procedure), nullptr) == nullptr);

        TestContext empty(emptyRelease(), Now);
        const auto refused = module->initialize(empty);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == Error::Code::NotFound);
        CHECK(module->workPages(nullptr).isEmpty());

        TestContext context(Now);
        REQUIRE(module->initialize(context).has_value());
        const auto procedures = module->procedures();
        REQUIRE(procedures.size() == 1);
        CHECK(procedures.first().id == QLatin1String(p.procedure));
        CHECK(procedures.first().workflowId == QStringLiteral("titres.demande"));
        CHECK(procedures.first().service == QStringLiteral("titres"));

        QWidget host;
        std::unique_ptr<CaseForm> form(module->createCaseForm(QLatin1String(p.procedure), &host));
        REQUIRE(form);
        CHECK(form->values().value(QStringLiteral("title")).toString() == QLatin1String(p.id));
        CHECK(module->createCaseForm(QStringLiteral("etat-civil.copie-acte"), &host) == nullptr);
        const auto pages = module->workPages(&host);
        REQUIRE(pages.size() == 1);
        CHECK(pages.first()->title() == QLatin1String(p.page));
        form.reset();
        module->aboutToShutdown();
    }
}
