// SPDX-License-Identifier: GPL-3.0-or-later
// The school forms driven as an agent drives them: keyboard only, Tab from
// field to field, mnemonics to jump. Checks what the shell reads back
// (validate, answer, checklist, due date, values) as the fields change; the
// work page with its lists, Enter and Ctrl+P; the certificate and the
// decision letter read back from their PDF; and the plugin as the shell loads it.
#include "testsupport.h"
#include "formtesting.h"

#include "inscriptiondocuments.h"
#include "inscriptionform.h"
#include "inscriptionworkpage.h"
#include "reference/referencerelease.h"
#include "testcontext.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QStandardItemModel>
#include <QLineEdit>
#include <QPluginLoader>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace guichet;
using namespace guichet::test;
using namespace guichet::inscription;
using guichet::test::TestContext;

namespace {

InscriptionRules rulesOf(const ModuleContext &context)
{
    auto r = InscriptionRules::fromRelease(context.reference());
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.has_value());
    return *r;
}

/// The street field's completer opens a popup; an agent goes on with Tab,
/// which closes it. Sent straight to the field, Tab would leave it open.
void dismissPopup()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        QTest::keyClick(popup, Qt::Key_Escape);
}

void tab(int times = 1)
{
    for (int i = 0; i < times; ++i) {
        dismissPopup();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
}

/// Types `text` into the focused widget; letters outside ASCII go as key
/// events with their text, as a French keyboard sends them.
void type(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(QApplication::focusWidget(), char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, QApplication::focusWidget(), Qt::Key(c.toUpper().unicode()),
                                QString(c), Qt::NoModifier);
    }
    dismissPopup();
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), k, modifiers);
}

void down(int times)
{
    for (int i = 0; i < times; ++i)
        key(Qt::Key_Down);
}

/// Alt+key, the mnemonic of a label or a check box.
void mnemonic(QWidget *window, Qt::Key letter)
{
    dismissPopup();
    QTest::keyClick(window, letter, Qt::AltModifier);
}

/// Clears the focused line edit and types anew.
void retype(const QString &text)
{
    key(Qt::Key_A, Qt::ControlModifier);
    key(Qt::Key_Delete);
    type(text);
}

QString errorAbout(const QList<Error> &errors, const QString &field)
{
    for (const auto &e : errors)
        if (e.field == field)
            return e.message;
    return {};
}

/// A check box's mnemonic clicks it the way a mouse would, 100 ms later.
Citizen applicant()
{
    Citizen c;
    c.id = QUuid::createUuid();
    c.familyName = QStringLiteral("Le Gall");
    c.firstNames = QStringLiteral("Anne");
    c.birthDate = QDate(1990, 4, 2);
    c.addressLine = QStringLiteral("1 rue Pierre Trépos");
    c.postalCode = QStringLiteral("29200");
    c.city = QStringLiteral("Brest");
    return c;
}

/// pdftotext's words, with the line breaks of the layout made spaces and the
/// typographic ligatures of the font ("ﬁ") spelt out.
template <typename W>
W *field(QWidget &form, const char *name)
{
    auto *w = form.findChild<W *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

CaseSummary caseOf(const QString &procedure, const QString &status, const QString &tracking,
                   const QJsonObject &data, const QDateTime &created)
{
    CaseSummary c;
    c.id = QUuid::createUuid();
    c.trackingNumber = tracking;
    c.moduleId = QStringLiteral("inscription-scolaire");
    c.procedureId = procedure;
    c.status = status;
    c.officeCode = QStringLiteral("BEL");
    c.data = data;
    c.createdAt = created;
    c.personName = QStringLiteral("LE GALL Anne");
    return c;
}

} // namespace

TEST_CASE("InscriptionForm: an enrolment is filled from the keyboard alone", "[inscription][form]")
{
    TestContext context(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
    InscriptionForm form(rulesOf(context), context, InscriptionForm::Procedure::Enrolment);
    QSignalSpy changed(&form, &CaseForm::changed);
    showAndActivate(form);

    SECTION("Tab visits every field that applies in reading order, each with an accessible name")
    {
        mnemonic(&form, Qt::Key_N);
        QStringList visited{focusedName()};
        for (int i = 0; i < 17; ++i) {
            tab();
            visited << focusedName();
        }
        // Early admission, the second home, the previous school and the QF
        // figures stay out of the way until they apply.
        CHECK(visited == QStringList{
                  "Child's family name", "Child's first names", "Child's birth date", "School year",
                  "Legal guardian", "Second legal guardian (if any)", "House number", "Street", "Postal code",
                  "Town", "Separated parents: the child has two homes", "Changes school after a move",
                  "Sibling 1 at school (first names)", "Sibling 1's school",
                  "Sibling 2 at school (first names)", "Sibling 2's school", "Quotient familial",
                  "Child's family name"});
        CHECK(changed.isEmpty());
        // Both school years the release knows are offered, the next rentrée first.
        auto *year = field<QComboBox>(form, "schoolYear");
        REQUIRE(year->count() == 2);
        CHECK(year->currentData().toString() == QStringLiteral("2026-2027"));
    }

    SECTION("the applicant prefills the guardian and the home; level, school and tariff follow what is typed")
    {
        // Nothing typed yet: every missing field is named.
        CHECK(errorFields(form.validate())
              == QStringList{"childBirthDate", "childFamilyName", "childFirstNames", "guardian1", "postalCode", "street"});

        form.setApplicant(applicant());
        CHECK(field<QLineEdit>(form, "guardian1")->text() == QStringLiteral("LE GALL Anne"));
        CHECK(field<QLineEdit>(form, "houseNumber")->text() == QStringLiteral("1"));
        CHECK(field<QLineEdit>(form, "street")->text() == QStringLiteral("rue Pierre Trépos"));
        CHECK(field<QLineEdit>(form, "childFamilyName")->text() == QStringLiteral("Le Gall"));

        mnemonic(&form, Qt::Key_M);
        CHECK(focusedName() == QStringLiteral("Child's first names"));
        type(QStringLiteral("Maël"));
        tab();
        type(QStringLiteral("12052023"));
        tab();
        CHECK_FALSE(changed.isEmpty());

        CHECK(form.validate().isEmpty());
        CHECK(form.answer().contains(
            QStringLiteral("Année scolaire 2026-2027 (rentrée le mardi 1er septembre 2026) : Petite section (PS).")));
        CHECK(form.answer().contains(QStringLiteral("École de secteur : École primaire publique de Kerhallet")));
        // No quotient given: the top tariff, said as such.
        CHECK(form.answer().contains(QStringLiteral("le tarif le plus élevé s'applique (Tranche 5)")));
        CHECK(form.answer().contains(QStringLiteral("3,50\u00a0€")));
        CHECK(form.dueDate() == QDate(2026, 9, 1));  // before the rentrée
        CHECK(form.summary() == QStringLiteral("LE GALL Maël — PS 2026-2027 — École primaire publique de Kerhallet"));
        CHECK(ids(form.checklist())
              == QStringList{"identite-responsable", "identite-enfant", "justificatif-domicile", "vaccins-onze"});

        // The quotient from the household's figures: 30,000 € a year, 300 € a
        // month, 2 children → (2,500 + 300) / 3 = 933 → tranche 3.
        mnemonic(&form, Qt::Key_Q);
        CHECK(focusedName() == QStringLiteral("Quotient familial"));
        key(Qt::Key_Down);
        tab();
        CHECK(focusedName() == QStringLiteral("Annual taxable resources (€)"));
        type(QStringLiteral("30 000"));
        tab();
        type(QStringLiteral("300,00"));
        tab();
        CHECK(focusedName() == QStringLiteral("Children in the household"));
        type(QStringLiteral("2"));
        tab();
        CHECK(form.validate().isEmpty());
        CHECK(form.quotient() == 933);
        CHECK(form.answer().contains(QStringLiteral("Tarifs (Tranche 3, quotient familial 933 €)")));
        CHECK(form.answer().contains(QStringLiteral("2,90\u00a0€")));
        CHECK(ids(form.checklist()).contains(QStringLiteral("avis-imposition")));
        CHECK(ids(form.checklist()).contains(QStringLiteral("attestation-prestations")));

        // Or read from a CAF statement: 622 is still tranche 1, 623 is tranche 2.
        mnemonic(&form, Qt::Key_Q);
        key(Qt::Key_Down);
        tab();
        CHECK(focusedName() == QStringLiteral("QF on the CAF statement (€)"));
        type(QStringLiteral("622"));
        CHECK(form.values().value(QStringLiteral("tranche")).toString() == QStringLiteral("T1"));
        type(QStringLiteral("3"));  // 6223: a typo is still a number
        CHECK(form.values().value(QStringLiteral("tranche")).toString() == QStringLiteral("T5"));
        retype(QStringLiteral("623"));
        CHECK(form.values().value(QStringLiteral("tranche")).toString() == QStringLiteral("T2"));
        retype(QStringLiteral("six cents"));
        CHECK(errorFields(form.validate()) == QStringList{"cafQf"});
        retype(QStringLiteral("623"));
        CHECK(ids(form.checklist()).contains(QStringLiteral("attestation-qf")));

        const QJsonObject v = form.values();
        CHECK(v.value(QStringLiteral("childBirthDate")).toString() == QStringLiteral("2023-05-12"));
        CHECK(v.value(QStringLiteral("level")).toString() == QStringLiteral("PS"));
        CHECK(v.value(QStringLiteral("schoolYear")).toString() == QStringLiteral("2026-2027"));
        CHECK(v.value(QStringLiteral("catchmentSchool")).toString() == QStringLiteral("kerhallet"));
        CHECK(v.value(QStringLiteral("catchmentRow")).toString() == QStringLiteral("Rue Pierre Trépos"));
        CHECK(v.value(QStringLiteral("qfSource")).toString() == QStringLiteral("caf-statement"));
        CHECK(v.value(QStringLiteral("qf")).toInt() == 623);
        CHECK(v.value(QStringLiteral("canteenCents")).toInt() == 210);
        CHECK(form.initialStatus().isEmpty());
    }

    SECTION("the separated-parents case and a change of school add their rows and their documents")
    {
        form.setApplicant(applicant());
        mnemonic(&form, Qt::Key_M);
        type(QStringLiteral("Maël"));
        tab();
        type(QStringLiteral("12052023"));
        mnemonic(&form, Qt::Key_R);
        REQUIRE(settles([&] { return form.values().value(QStringLiteral("separated")).toBool(); }));
        CHECK(errorFields(form.validate()) == QStringList{"secondHome"});
        tab();
        CHECK(focusedName() == QStringLiteral("Second home (full address)"));
        type(QStringLiteral("5 rue de Lyon, 29200 Brest"));
        mnemonic(&form, Qt::Key_V);
        REQUIRE(settles([&] { return field<QLineEdit>(form, "previousSchool")->isEnabled(); }));
        CHECK(errorFields(form.validate()) == QStringList{"previousSchool"});
        tab();
        type(QStringLiteral("École du Bourg, Guipavas"));
        CHECK(form.validate().isEmpty());
        CHECK(ids(form.checklist()).contains(QStringLiteral("separation")));
        CHECK(ids(form.checklist()).contains(QStringLiteral("radiation")));
        CHECK(form.values().value(QStringLiteral("secondHome")).toString() == QStringLiteral("5 rue de Lyon, 29200 Brest"));
    }
}

TEST_CASE("InscriptionForm: the level and the catchment school are explained when they cannot be given", "[inscription][form]")
{
    TestContext context(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
    InscriptionForm form(rulesOf(context), context, InscriptionForm::Procedure::Enrolment);
    showAndActivate(form);
    form.setApplicant(applicant());
    mnemonic(&form, Qt::Key_M);
    type(QStringLiteral("Lena"));
    mnemonic(&form, Qt::Key_B);

    SECTION("birth dates around the early admission and past CM2")
    {
        type(QStringLiteral("02092024"));  // 2 the day after the rentrée
        auto errors = form.validate();
        CHECK(errorFields(errors) == QStringList{"childBirthDate"});
        CHECK(errorAbout(errors, QStringLiteral("childBirthDate")).contains(QStringLiteral("rentrée of 2027")));
        CHECK(form.answer().contains(QStringLiteral("pour la rentrée 2027")));

        retype(QStringLiteral("01/09/2024"));  // 2 on the rentrée day itself
        errors = form.validate();
        CHECK(errorFields(errors) == QStringList{"earlyAdmission"});
        CHECK(errorAbout(errors, QStringLiteral("earlyAdmission")).contains(QStringLiteral("if places allow")));
        CHECK(form.answer().contains(QStringLiteral("cochez « admission à 2 ans »")));
        mnemonic(&form, Qt::Key_Y);  // the school year, then Tab: the check box has no letter of its own
        tab();
        key(Qt::Key_Space);
        REQUIRE(settles([&] { return form.values().value(QStringLiteral("earlyAdmission")).toBool(); }));
        CHECK(form.validate().isEmpty());
        CHECK(form.values().value(QStringLiteral("level")).toString() == QStringLiteral("TPS"));
        CHECK(form.answer().contains(QStringLiteral("dans la limite des places disponibles")));

        mnemonic(&form, Qt::Key_B);
        retype(QStringLiteral("31122015"));
        errors = form.validate();
        CHECK(errorAbout(errors, QStringLiteral("childBirthDate")).contains(QStringLiteral("not a primary-school enrolment")));
        CHECK(form.answer().contains(QStringLiteral("ce n'est pas une inscription à l'école primaire")));

        retype(QStringLiteral("31/02/2020"));
        CHECK(errorAbout(form.validate(), QStringLiteral("childBirthDate")).contains(QStringLiteral("is not a date")));
        retype(QStringLiteral("01012027"));
        CHECK(errorAbout(form.validate(), QStringLiteral("childBirthDate")).contains(QStringLiteral("in the future")));

        // The next school year, for a family enrolling ahead: a year older.
        retype(QStringLiteral("02092024"));
        mnemonic(&form, Qt::Key_Y);
        key(Qt::Key_Down);
        CHECK(form.validate().isEmpty());
        CHECK(form.values().value(QStringLiteral("level")).toString() == QStringLiteral("PS"));
        CHECK(form.dueDate() == QDate(2027, 9, 1));
    }

    SECTION("street and number against the catchment map")
    {
        type(QStringLiteral("12052020"));  // CP in 2026
        mnemonic(&form, Qt::Key_T);
        CHECK(focusedName() == QStringLiteral("Street"));
        // A street no sector has: the answer sends the family to the
        // education department, and the request can be saved for it.
        retype(QStringLiteral("rue de Paris"));
        CHECK(form.validate().isEmpty());
        CHECK(form.currentAnswer().verdict == Answer::Verdict::Redirected);
        CHECK(form.values().value(QStringLiteral("catchmentSchool")).toString().isEmpty());

        retype(QStringLiteral("Quizac"));
        auto errors = form.validate();
        CHECK(errorAbout(errors, QStringLiteral("street"))
              .contains(QStringLiteral("matches several rows of the catchment map: Rue de Quizac ; Impasse de Quizac")));
        retype(QStringLiteral("impasse de quizac"));
        CHECK(form.validate().isEmpty());
        // The impasse sends CP pupils to Kerichen (élémentaire), not to Quizac.
        CHECK(form.values().value(QStringLiteral("catchmentSchool")).toString() == QStringLiteral("kerichen-elem"));

        retype(QStringLiteral("r. jean-jaures"));
        mnemonic(&form, Qt::Key_U);
        key(Qt::Key_Delete);  // the number was selected on focus
        errors = form.validate();
        CHECK(errorFields(errors) == QStringList{"houseNumber"});
        CHECK(errorAbout(errors, QStringLiteral("houseNumber")).contains(QStringLiteral("Rue Jean Jaurès, numéros pairs 2 à 130")));
        // Number 125 is odd past 121 and below 131: no row covers it, the education department says.
        type(QStringLiteral("125"));
        CHECK(form.validate().isEmpty());
        CHECK(form.currentAnswer().verdict == Answer::Verdict::Redirected);
        CHECK(form.currentAnswer().where.contains(QStringLiteral("125")));
        CHECK(form.values().value(QStringLiteral("catchmentSchool")).toString().isEmpty());
        retype(QStringLiteral("121 bis"));
        CHECK(form.validate().isEmpty());
        CHECK(form.values().value(QStringLiteral("catchmentSchool")).toString() == QStringLiteral("jean-mace"));
        retype(QStringLiteral("122"));
        CHECK(form.values().value(QStringLiteral("catchmentSchool")).toString() == QStringLiteral("vauban"));

        // Outside Brest the map does not apply: a derogation is needed.
        mnemonic(&form, Qt::Key_W);
        retype(QStringLiteral("Guipavas"));
        errors = form.validate();
        CHECK(errorFields(errors) == QStringList{"city"});
        CHECK(errorAbout(errors, QStringLiteral("city")).contains(QStringLiteral("derogation request")));
        CHECK(form.answer().contains(QStringLiteral("passe par une demande de dérogation")));
    }
}

TEST_CASE("InscriptionForm: an address outside every sector is a case the module answers, not a wall",
          "[inscription][form][catchment]")
{
    TestContext context(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
    const InscriptionRules rules = rulesOf(context);
    Citizen parent = applicant();
    parent.addressLine = QStringLiteral("14 rue de Maissin");  // a street of Brest the catchment map lacks

    SECTION("an enrolment is saved for the education department, which names the school")
    {
        InscriptionForm form(rules, context, InscriptionForm::Procedure::Enrolment);
        form.setApplicant(parent);
        field<QLineEdit>(form, "childFirstNames")->setText(QStringLiteral("Maël"));
        field<QLineEdit>(form, "childBirthDate")->setText(QStringLiteral("12052023"));
        CHECK(field<QLineEdit>(form, "street")->text() == QStringLiteral("rue de Maissin"));
        REQUIRE(rules.catchment(QStringLiteral("rue de Maissin"), QStringLiteral("14")).kind
                == CatchmentAnswer::Kind::UnknownStreet);

        // Nothing stands in the way of saving: no error about the street or the number.
        CHECK(form.validate().isEmpty());
        const Answer a = form.currentAnswer();
        CHECK(a.verdict == Answer::Verdict::Redirected);
        CHECK(a.rule == QStringLiteral("street-not-in-catchment-map"));
        CHECK(a.where.contains(QStringLiteral("rue de Maissin")));
        CHECK(form.answer().contains(a.where));
        // What the case records: the home as typed, no school, the level and year all the same.
        const QJsonObject v = form.values();
        CHECK(v.value(QStringLiteral("street")).toString() == QStringLiteral("rue de Maissin"));
        CHECK(v.value(QStringLiteral("houseNumber")).toString() == QStringLiteral("14"));
        CHECK(v.value(QStringLiteral("catchmentSchool")).toString().isEmpty());
        CHECK(v.value(QStringLiteral("catchmentSchoolName")).toString().isEmpty());
        CHECK(v.value(QStringLiteral("level")).toString() == QStringLiteral("PS"));
        CHECK(form.summary() == QStringLiteral("LE GALL Maël — PS 2026-2027 — school to be determined"));
        CHECK(form.dueDate() == QDate(2026, 9, 1));

        // A typo in a street of the map is still caught by its answer, which names the street typed.
        field<QLineEdit>(form, "street")->setText(QStringLiteral("rue de Siem"));
        CHECK(form.validate().isEmpty());
        CHECK(form.currentAnswer().where.contains(QStringLiteral("rue de Siem")));
        // While a number that is not one still is an error to correct.
        field<QLineEdit>(form, "houseNumber")->setText(QStringLiteral("douze"));
        field<QLineEdit>(form, "street")->setText(QStringLiteral("rue Jean Jaurès"));
        CHECK(errorFields(form.validate()) == QStringList{"houseNumber"});
    }

    SECTION("a derogation request from such an address is saved too")
    {
        InscriptionForm form(rules, context, InscriptionForm::Procedure::Derogation);
        form.setApplicant(parent);
        field<QLineEdit>(form, "childFirstNames")->setText(QStringLiteral("Lou"));
        field<QLineEdit>(form, "childBirthDate")->setText(QStringLiteral("03032020"));
        auto *school = field<QComboBox>(form, "requestedSchool");
        school->setCurrentIndex(school->findData(QStringLiteral("jean-mace")));
        auto *reason = field<QComboBox>(form, "reason");
        reason->setCurrentIndex(reason->findData(QStringLiteral("sante")));
        CHECK(form.validate().isEmpty());
        CHECK(form.values().value(QStringLiteral("requestedSchoolName")).toString()
              == QStringLiteral("École primaire publique Jean Macé"));
        CHECK(form.values().value(QStringLiteral("catchmentSchool")).toString().isEmpty());
    }
}

TEST_CASE("InscriptionForm: a derogation request, its reason and the home mayor's consent", "[inscription][form][derogation]")
{
    TestContext context(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    InscriptionForm form(rulesOf(context), context, InscriptionForm::Procedure::Derogation);
    showAndActivate(form);
    form.setApplicant(applicant());

    mnemonic(&form, Qt::Key_M);
    type(QStringLiteral("Lou"));
    tab();
    type(QStringLiteral("03032020"));  // CP
    mnemonic(&form, Qt::Key_U);
    retype(QStringLiteral("12"));
    tab();
    retype(QStringLiteral("rue de Siam"));  // Vauban
    tab();
    CHECK(focusedName() == QStringLiteral("Postal code"));

    CHECK(errorFields(form.validate()) == QStringList{"reason", "requestedSchool"});
    // The year has started: the answer says so.
    CHECK(form.answer().contains(QStringLiteral("Année scolaire 2026-2027, commencée le mardi 1er septembre 2026")));
    CHECK(form.dueDate() == QDate(2027, 1, 20));  // the mayor's decision: 2 months, date to date

    mnemonic(&form, Qt::Key_Q);
    CHECK(focusedName() == QStringLiteral("Requested school"));
    // The schools by name; the home's own school is there, greyed, saying why.
    auto *requested = field<QComboBox>(form, "requestedSchool");
    CHECK(requested->itemText(1) == QStringLiteral("École élémentaire publique de Kerichen"));
    CHECK(requested->itemText(requested->count() - 1) == QStringLiteral("École primaire publique Vauban (catchment school of "
                                                                         "the home: no derogation needed)"));
    const int vauban = requested->findData(QStringLiteral("vauban"));
    CHECK_FALSE(qobject_cast<QStandardItemModel *>(requested->model())->item(vauban)->isEnabled());
    // Chosen before the address made it the home's school, it is an error to correct.
    requested->setCurrentIndex(vauban);
    CHECK(errorAbout(form.validate(), QStringLiteral("requestedSchool")).contains(QStringLiteral("no derogation is needed")));
    requested->setCurrentIndex(0);
    down(8);  // Jean Macé
    CHECK(form.values().value(QStringLiteral("requestedSchool")).toString() == QStringLiteral("jean-mace"));
    tab();
    CHECK(focusedName() == QStringLiteral("Reason for the exception"));
    // No reason is chosen for the family.
    CHECK(errorFields(form.validate()) == QStringList{"reason"});
    down(4);  // a sibling enrolled there
    CHECK(form.values().value(QStringLiteral("reason")).toString() == QStringLiteral("fratrie"));
    CHECK(errorFields(form.validate()) == QStringList{"sibling1Name"});
    mnemonic(&form, Qt::Key_1);
    type(QStringLiteral("Nolan"));
    CHECK(errorFields(form.validate()) == QStringList{"sibling1School"});
    tab();
    down(8);  // Jean Macé
    CHECK(form.validate().isEmpty());
    CHECK(ids(form.checklist()).contains(QStringLiteral("scolarite-fratrie")));
    CHECK_FALSE(ids(form.checklist()).contains(QStringLiteral("accord-maire-residence")));
    CHECK(form.summary().contains(QStringLiteral("to École primaire publique Jean Macé")));
    CHECK(form.answer().contains(QStringLiteral("soumise au maire")));

    // A family from another commune with another reason needs its own mayor's consent.
    mnemonic(&form, Qt::Key_W);
    retype(QStringLiteral("Guipavas"));
    CHECK(form.answer().contains(QStringLiteral("dispense de l'accord du maire")));
    // Continuing the schooling already started is of right and needs no consent (L212-8).
    mnemonic(&form, Qt::Key_X);
    key(Qt::Key_End);
    key(Qt::Key_Up);
    CHECK(form.values().value(QStringLiteral("reason")).toString() == QStringLiteral("fin-de-cycle"));
    CHECK(form.answer().contains(QStringLiteral("Ce motif est de droit")));
    CHECK(form.answer().contains(QStringLiteral("dispense de l'accord du maire")));
    CHECK_FALSE(form.values().value(QStringLiteral("homeMayorConsent")).toBool());
    mnemonic(&form, Qt::Key_X);
    key(Qt::Key_End);  // another reason
    auto errors = form.validate();
    CHECK(errorFields(errors) == QStringList{"details"});
    tab();
    type(QStringLiteral("Assistante maternelle près de l'école"));
    CHECK(form.validate().isEmpty());
    CHECK(ids(form.checklist()).contains(QStringLiteral("accord-maire-residence")));
    CHECK(ids(form.checklist()).contains(QStringLiteral("lettre-motivee")));
    CHECK(form.answer().contains(QStringLiteral("l'accord du maire de la commune de résidence est aussi nécessaire")));
    const QJsonObject v = form.values();
    CHECK(v.value(QStringLiteral("homeMayorConsent")).toBool());
    CHECK(v.value(QStringLiteral("livesElsewhere")).toBool());
    CHECK(v.value(QStringLiteral("catchmentSchool")).toString().isEmpty());
}

TEST_CASE("InscriptionForm: what is typed becomes facts, and the form's answer is the engine's answer to them",
          "[inscription][form][answer]")
{
    TestContext context(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    const InscriptionRules rules = rulesOf(context);
    const InscriptionAnswers engine(rules, QStringLiteral("29019"));
    const auto engineAnswer = [&](const QString &procedure, const Facts &facts) {
        auto a = answers::ask(engine, context.reference(), procedure, facts, answers::contextOf(context));
        INFO((a ? QString() : a.error().message).toStdString());
        REQUIRE(a.has_value());
        return a->toJson(engine.facts(procedure));
    };

    SECTION("an enrolment: the street as the map names it, the number without its suffix, the CAF quotient")
    {
        InscriptionForm form(rules, context, InscriptionForm::Procedure::Enrolment);
        form.setApplicant(applicant());
        field<QLineEdit>(form, "childFirstNames")->setText(QStringLiteral("Maël"));
        field<QLineEdit>(form, "childBirthDate")->setText(QStringLiteral("12052020"));
        field<QLineEdit>(form, "houseNumber")->setText(QStringLiteral("121 bis"));
        field<QLineEdit>(form, "street")->setText(QStringLiteral("r. jean-jaures"));
        auto *source = field<QComboBox>(form, "qfSource");
        source->setCurrentIndex(source->findData(QStringLiteral("caf-statement")));
        field<QLineEdit>(form, "cafQf")->setText(QStringLiteral("742"));
        REQUIRE(form.validate().isEmpty());

        const Facts expected{{"child_birth_date", "2020-05-12"}, {"school_year", "2026-2027"},
                             {"house_number", "121"}, {"street", "r. jean-jaures"}, {"city", "29019"},
                             {"separated", "non"}, {"moved", "non"}, {"qf_source", "caf-statement"}, {"caf_qf", "742"}};
        CHECK(form.facts() == expected);
        const QString procedure = EnrolmentProcedureId;
        CHECK(form.currentAnswer().toJson(engine.facts(procedure)) == engineAnswer(procedure, expected));
        CHECK(form.answer() == form.currentAnswer().text);
        CHECK(form.answer().contains(QStringLiteral("École primaire publique Jean Macé")));
        CHECK(form.answer().contains(QStringLiteral("(Tranche 2, quotient familial 742 €)")));
        CHECK(ids(form.checklist()) == ids(form.currentAnswer().checklist));
        CHECK(form.dueDate() == form.currentAnswer().date(QStringLiteral("due")));
        // The year has started: 8 days, to Saturday 28, carried to Monday.
        CHECK(form.dueDate() == QDate(2026, 11, 30));

        // A street the map splits without a number: the form's answer asks for it.
        field<QLineEdit>(form, "houseNumber")->clear();
        CHECK(form.currentAnswer().missing == QStringList{"house_number"});
        CHECK(form.answer().startsWith(QStringLiteral("Missing: the house number.")));
    }

    SECTION("a derogation from another commune, with a sibling at the requested school")
    {
        InscriptionForm form(rules, context, InscriptionForm::Procedure::Derogation);
        form.setApplicant(applicant());
        field<QLineEdit>(form, "childFirstNames")->setText(QStringLiteral("Lou"));
        field<QLineEdit>(form, "childBirthDate")->setText(QStringLiteral("03032020"));
        field<QLineEdit>(form, "city")->setText(QStringLiteral("Guipavas"));
        field<QLineEdit>(form, "postalCode")->setText(QStringLiteral("29490"));
        auto *school = field<QComboBox>(form, "requestedSchool");
        school->setCurrentIndex(school->findData(QStringLiteral("jean-mace")));
        auto *reason = field<QComboBox>(form, "reason");
        reason->setCurrentIndex(reason->findData(QStringLiteral("fratrie")));
        field<QLineEdit>(form, "sibling1Name")->setText(QStringLiteral("Nolan"));
        auto *sibling = field<QComboBox>(form, "sibling1School");
        sibling->setCurrentIndex(sibling->findData(QStringLiteral("jean-mace")));
        REQUIRE(form.validate().isEmpty());

        const Facts expected{{"child_birth_date", "2020-03-03"}, {"school_year", "2026-2027"},
                             {"house_number", "1"}, {"street", "rue Pierre Trépos"}, {"city", "29075"},
                             {"separated", "non"}, {"requested_school", "jean-mace"}, {"reason", "fratrie"},
                             {"sibling1_school", "jean-mace"}};
        CHECK(form.facts() == expected);
        const QString procedure = DerogationProcedureId;
        const Answer a = form.currentAnswer();
        CHECK(a.toJson(engine.facts(procedure)) == engineAnswer(procedure, expected));
        CHECK(a.verdict == Answer::Verdict::Possible);
        CHECK(a.text.contains(QStringLiteral("dispense de l'accord du maire")));
        CHECK(form.dueDate() == QDate(2027, 1, 20));

        // A town no commune of France is called: the answer cannot tell whose consent is needed.
        field<QLineEdit>(form, "city")->setText(QStringLiteral("Guipavaz"));
        CHECK(errorFields(form.validate()) == QStringList{"city"});
        CHECK(form.currentAnswer().missing == QStringList{"city"});
    }
}

namespace {

/// An enrolment as the form records it, for the work page's cases.
QJsonObject enrolmentData(TestContext &context, const InscriptionRules &rules)
{
    InscriptionForm form(rules, context, InscriptionForm::Procedure::Enrolment);
    form.setApplicant(applicant());
    field<QLineEdit>(form, "childFirstNames")->setText(QStringLiteral("Maël"));
    field<QLineEdit>(form, "childBirthDate")->setText(QStringLiteral("12052023"));
    field<QLineEdit>(form, "guardian2")->setText(QStringLiteral("LE GALL Yann"));
    REQUIRE(form.validate().isEmpty());
    return form.values();
}

QJsonObject derogationData(TestContext &context, const InscriptionRules &rules)
{
    InscriptionForm form(rules, context, InscriptionForm::Procedure::Derogation);
    form.setApplicant(applicant());
    field<QLineEdit>(form, "childFirstNames")->setText(QStringLiteral("Lou"));
    field<QLineEdit>(form, "childBirthDate")->setText(QStringLiteral("03032020"));
    auto *school = field<QComboBox>(form, "requestedSchool");
    school->setCurrentIndex(school->findData(QStringLiteral("jean-mace")));
    auto *reason = field<QComboBox>(form, "reason");
    reason->setCurrentIndex(reason->findData(QStringLiteral("sante")));
    REQUIRE(form.validate().isEmpty());
    return form.values();
}

/// An enrolment of a home on a street of Brest that no sector has.
QJsonObject outsideSectorsData(TestContext &context, const InscriptionRules &rules)
{
    InscriptionForm form(rules, context, InscriptionForm::Procedure::Enrolment);
    Citizen parent = applicant();
    parent.addressLine = QStringLiteral("14 rue de Maissin");
    form.setApplicant(parent);
    field<QLineEdit>(form, "childFirstNames")->setText(QStringLiteral("Enora"));
    field<QLineEdit>(form, "childBirthDate")->setText(QStringLiteral("12052023"));
    REQUIRE(form.validate().isEmpty());
    return form.values();
}

QString cell(const CaseListModel &model, int row, CaseListModel::Column column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("InscriptionForm: outside every sector, the school the family asks for is recorded with the request, and "
          "only there",
          "[inscription][form][catchment]")
{
    TestContext context(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
    const InscriptionRules rules = rulesOf(context);
    InscriptionForm form(rules, context, InscriptionForm::Procedure::Enrolment);
    showAndActivate(form);
    form.setApplicant(applicant());  // 1 rue Pierre Trépos: inside a sector
    field<QLineEdit>(form, "childFirstNames")->setText(QStringLiteral("Maël"));
    field<QLineEdit>(form, "childBirthDate")->setText(QStringLiteral("12052023"));
    auto *preferred = field<QComboBox>(form, "preferredSchool");

    // Inside a sector the map names the school: nothing to ask, nothing recorded.
    REQUIRE(form.catchmentSchool());
    CHECK_FALSE(form.outsideEverySector());
    CHECK_FALSE(preferred->isVisible());
    CHECK(form.values().value(QStringLiteral("preferredSchool")).toString().isEmpty());

    // Outside every sector: the row appears after the town, "no preference" first, every school of the reference.
    mnemonic(&form, Qt::Key_T);
    retype(QStringLiteral("rue de Maissin"));
    REQUIRE(settles([&] { return preferred->isVisible(); }));
    CHECK(form.outsideEverySector());
    CHECK(preferred->itemText(0) == QStringLiteral("— no preference —"));
    CHECK(preferred->count() == rules.schools().size() + 1);
    CHECK(form.validate().isEmpty());
    CHECK(form.values().value(QStringLiteral("preferredSchool")).toString().isEmpty());
    CHECK(form.summary() == QStringLiteral("LE GALL Maël — PS 2026-2027 — school to be determined"));

    // Reached from the keyboard, in reading order after the town.
    mnemonic(&form, Qt::Key_W);
    tab();
    CHECK(focusedName() == QStringLiteral("School the family asks for"));
    mnemonic(&form, Qt::Key_K);
    CHECK(QApplication::focusWidget() == preferred);
    preferred->setCurrentIndex(preferred->findData(QStringLiteral("jean-mace")));
    CHECK(form.validate().isEmpty());
    QJsonObject v = form.values();
    CHECK(v.value(QStringLiteral("preferredSchool")).toString() == QStringLiteral("jean-mace"));
    CHECK(v.value(QStringLiteral("preferredSchoolName")).toString() == QStringLiteral("École primaire publique Jean Macé"));
    CHECK(v.value(QStringLiteral("catchmentSchool")).toString().isEmpty());
    CHECK(form.summary()
          == QStringLiteral("LE GALL Maël — PS 2026-2027 — school to be determined, École primaire publique Jean Macé "
                            "asked for"));
    // The answer stays the engine's: the education department names the school.
    CHECK(form.currentAnswer().rule == QStringLiteral("street-not-in-catchment-map"));

    // A school that does not take the child's level is refused, naming the field.
    preferred->setCurrentIndex(preferred->findData(QStringLiteral("jacquard")));
    CHECK(errorFields(form.validate()) == QStringList{"preferredSchool"});
    CHECK(errorAbout(form.validate(), QStringLiteral("preferredSchool"))
              .startsWith(QStringLiteral("School the family asks for: École élémentaire publique Jacquard does not "
                                         "take pupils of")));

    // Back inside a sector, the row goes and nothing of it is recorded.
    preferred->setCurrentIndex(preferred->findData(QStringLiteral("jean-mace")));
    mnemonic(&form, Qt::Key_T);
    retype(QStringLiteral("rue Pierre Trépos"));
    REQUIRE(settles([&] { return !preferred->isVisible(); }));
    CHECK(form.values().value(QStringLiteral("preferredSchool")).toString().isEmpty());
    CHECK(form.values().value(QStringLiteral("preferredSchoolName")).toString().isEmpty());
}

TEST_CASE("InscriptionWorkPage: an enrolment outside every sector shows the school the family asks for",
          "[inscription][workpage][catchment]")
{
    TestContext context(QDateTime(QDate(2026, 6, 2), QTime(9, 0), Qt::UTC));
    const InscriptionRules rules = rulesOf(context);
    QJsonObject data = outsideSectorsData(context, rules);
    data.insert(QStringLiteral("preferredSchool"), QStringLiteral("vauban"));
    data.insert(QStringLiteral("preferredSchoolName"), QStringLiteral("École primaire publique Vauban"));
    context.storedCases = {caseOf(EnrolmentProcedureId, QStringLiteral("confirmed"), QStringLiteral("BEL-2026-000163"),
                                  data, QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC))};
    InscriptionWorkPage page(rules, context);
    page.refresh();  // as the shell does when it first shows the page
    page.showList(InscriptionWorkPage::List::CertificatesToPrint);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(cell(*page.model(), 0, CaseListModel::School)
          == QStringLiteral("to be named by the education department; the family asks for École primaire publique "
                            "Vauban"));
}

TEST_CASE("InscriptionWorkPage: the agent's lists, Enter opens a case, Ctrl+P prints its document", "[inscription][workpage]")
{
    TestContext context(QDateTime(QDate(2026, 6, 2), QTime(9, 0), Qt::UTC));
    const InscriptionRules rules = rulesOf(context);
    const QJsonObject enrolment = enrolmentData(context, rules);
    const QJsonObject derogation = derogationData(context, rules);
    const QString enrol = EnrolmentProcedureId;
    const QString derog = DerogationProcedureId;
    const QDateTime t0(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC);

    CaseSummary waiting = caseOf(enrol, QStringLiteral("waiting-documents"), QStringLiteral("BEL-2026-000011"), enrolment, t0);
    waiting.missingDocuments = {QStringLiteral("Justificatif de domicile de moins de 3 mois")};
    CaseSummary complete = caseOf(enrol, QStringLiteral("received"), QStringLiteral("BEL-2026-000021"), enrolment, t0.addDays(1));
    CaseSummary incomplete = caseOf(enrol, QStringLiteral("received"), QStringLiteral("BEL-2026-000031"), enrolment, t0.addDays(2));
    incomplete.missingDocuments = {QStringLiteral("Pièce d'identité du responsable légal")};
    CaseSummary confirmed = caseOf(enrol, QStringLiteral("confirmed"), QStringLiteral("BEL-2026-000041"), enrolment, t0.addDays(3));
    CaseSummary issued = caseOf(enrol, QStringLiteral("certificate-issued"), QStringLiteral("BEL-2026-000051"), enrolment, t0);
    CaseSummary otherOffice = caseOf(enrol, QStringLiteral("confirmed"), QStringLiteral("LAM-2026-000061"), enrolment, t0);
    otherOffice.officeCode = QStringLiteral("LAM");
    CaseSummary requested = caseOf(derog, QStringLiteral("requested"), QStringLiteral("BEL-2026-000071"), derogation, t0);
    CaseSummary granted = caseOf(derog, QStringLiteral("granted"), QStringLiteral("BEL-2026-000081"), derogation, t0);
    CaseSummary refused = caseOf(derog, QStringLiteral("refused"), QStringLiteral("BEL-2026-000091"), derogation, t0.addDays(1));
    // Demo data records cases without the form's values.
    CaseSummary bare = caseOf(enrol, QStringLiteral("confirmed"), QStringLiteral("BEL-2026-000101"), {}, t0.addDays(9));
    bare.summary = QStringLiteral("Inscription (données de démonstration)");
    context.storedCases = {waiting, complete, incomplete, confirmed, issued, otherOffice, requested, granted, refused, bare};

    InscriptionWorkPage page(rules, context);
    page.refresh();  // as the shell does when it first shows the page
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<PrintedDocument> printed;
    page.setPrinter([&](const QList<PrintedDocument> &documents) { printed << documents; return true; });
    QStringList offered;
    page.setReasonAsker([&](const QStringList &reasons) -> std::optional<QString> {
        offered = reasons;
        return reasons.first();
    });
    showAndActivate(page);
    CHECK(page.title() == QStringLiteral("School enrolment"));
    auto *list = field<QComboBox>(page, "list");
    auto *table = field<QTableView>(page, "cases");

    const auto numbers = [&] {
        QStringList n;
        for (const auto &c : page.model()->cases())
            n << c.trackingNumber;
        return n;
    };

    // Waiting for documents: oldest first; a received case with every document given is not waiting.
    CHECK(page.currentList() == InscriptionWorkPage::List::WaitingDocuments);
    CHECK(numbers() == QStringList{"BEL-2026-000011", "BEL-2026-000031"});
    CHECK(list->itemText(0) == QStringLiteral("Enrolments waiting for documents (2)"));
    CHECK(list->itemText(1) == QStringLiteral("Derogation requests awaiting the mayor's decision (1)"));
    CHECK(list->itemText(2) == QStringLiteral("Certificates of enrolment to print (2)"));
    CHECK(list->itemText(3) == QStringLiteral("Decision letters to print (2)"));
    CHECK(cell(*page.model(), 0, CaseListModel::Child) == QStringLiteral("LE GALL Maël"));
    CHECK(cell(*page.model(), 0, CaseListModel::Level) == QStringLiteral("PS 2026-2027"));
    CHECK(cell(*page.model(), 0, CaseListModel::School) == QStringLiteral("École primaire publique de Kerhallet"));
    CHECK(page.model()->data(page.model()->index(0, CaseListModel::Status)).toString() == QStringLiteral("En attente de pièces"));
    CHECK(page.model()->data(page.model()->index(1, CaseListModel::Missing)).toString()
          == QStringLiteral("Pièce d'identité du responsable légal"));

    // Nothing to print for a case still waiting; Enter opens it in the shell.
    table->setFocus();
    key(Qt::Key_Down);
    CHECK_FALSE(page.printSelected().has_value());
    CHECK(page.message().contains(QStringLiteral("nothing to print yet")));
    key(Qt::Key_Return);
    REQUIRE(context.openedCases.size() == 1);
    CHECK(context.openedCases.first() == incomplete.id);

    // Certificates to print: Alt+L, then the list.
    mnemonic(&page, Qt::Key_L);
    CHECK(focusedName() == QStringLiteral("List"));
    down(2);
    CHECK(page.currentList() == InscriptionWorkPage::List::CertificatesToPrint);
    CHECK(numbers() == QStringList{"BEL-2026-000041", "BEL-2026-000101"});  // not the other office's
    // A case recorded before the form wrote these keys: "—", never the summary in the child's place.
    CHECK(cell(*page.model(), 1, CaseListModel::Child) == CaseListModel::notRecorded());
    CHECK(cell(*page.model(), 1, CaseListModel::Level) == CaseListModel::notRecorded());
    CHECK(cell(*page.model(), 1, CaseListModel::School) == CaseListModel::notRecorded());
    CHECK(cell(*page.model(), 0, CaseListModel::Printed) == CaseListModel::notRecorded());
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(&page, Qt::Key_P, Qt::ControlModifier);
    REQUIRE(printed.size() == 1);
    CHECK(printed.first().title == QStringLiteral("Certificat d'inscription scolaire"));
    CHECK(printed.first().officeName == QStringLiteral("Mairie de quartier de Bellevue"));
    const QString certificate = QDir(context.documentsDirectory()).filePath(QStringLiteral("BEL-2026-000041-certificat.pdf"));
    REQUIRE(QFile::exists(certificate));
    CHECK(page.message().contains(QStringLiteral("BEL-2026-000041-certificat.pdf")));
    const QString text = pdfText(certificate).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Certificat d'inscription scolaire")));
    CHECK(text.contains(QStringLiteral("BEL-2026-000041")));
    CHECK(text.contains(QStringLiteral("LE GALL Maël")));
    CHECK(text.contains(QStringLiteral("École primaire publique de Kerhallet")));
    CHECK(text.contains(QStringLiteral("Petite section (PS)")));
    CHECK(text.contains(QStringLiteral("mardi 1er septembre 2026")));
    CHECK(text.contains(QStringLiteral("LE GALL Anne, LE GALL Yann")));
    CHECK(text.contains(QStringLiteral("1 rue Pierre Trépos")));
    CHECK(text.contains(QStringLiteral("certificat de radiation")));
    // Printed: marked so, with when its copy was written.
    CHECK(page.isPrinted(confirmed));
    CHECK(cell(*page.model(), 0, CaseListModel::Printed) != CaseListModel::notRecorded());

    // A case recorded without the form's values is refused with the reason.
    table->selectRow(1);
    const auto bareResult = page.printSelected();
    REQUIRE_FALSE(bareResult.has_value());
    CHECK(bareResult.error().message.contains(QStringLiteral("BEL-2026-000101")));
    CHECK(page.message().contains(QStringLiteral("no certificate can be printed")));
    CHECK(printed.size() == 1);

    // Decision letters: a refusal asks for the mayor's reason and states the appeal.
    page.showList(InscriptionWorkPage::List::LettersToPrint);
    CHECK(numbers() == QStringList{"BEL-2026-000081", "BEL-2026-000091"});
    table->selectRow(1);
    const auto letter = page.printSelected();
    REQUIRE(letter.has_value());
    CHECK(offered == rules.derogationRefusalReasons());
    const QString refusal = pdfText(*letter).simplified();
    CHECK(refusal.contains(QStringLiteral("Demande de dérogation au secteur scolaire : décision")));
    CHECK(refusal.contains(QStringLiteral("Refusée")));
    CHECK(refusal.contains(QStringLiteral("pour le motif suivant : pas de place disponible dans l'école demandée")));
    CHECK(refusal.contains(QStringLiteral("tribunal administratif de Rennes")));
    CHECK(refusal.contains(QStringLiteral("École primaire publique Jean Macé")));
    CHECK(refusal.contains(QStringLiteral("Raison de santé de l'enfant")));

    table->selectRow(0);
    const auto grant = page.printSelected();
    REQUIRE(grant.has_value());
    const QString accepted = pdfText(*grant).simplified();
    CHECK(accepted.contains(QStringLiteral("Accordée")));
    CHECK(accepted.contains(QStringLiteral("votre demande de dérogation est accordée")));
    CHECK_FALSE(accepted.contains(QStringLiteral("tribunal administratif")));
    CHECK(printed.size() == 3);

    // Cancelling the reason prints nothing.
    page.setReasonAsker([](const QStringList &) -> std::optional<QString> { return std::nullopt; });
    table->selectRow(1);
    CHECK_FALSE(page.printSelected().has_value());
    CHECK(printed.size() == 3);

    // The mayor's decisions awaited.
    page.showList(InscriptionWorkPage::List::AwaitingDecision);
    CHECK(numbers() == QStringList{"BEL-2026-000071"});
}

TEST_CASE("InscriptionWorkPage: every letter to print prints from the keyboard, and is marked printed only once printed",
          "[inscription][workpage][print]")
{
    TestContext context(QDateTime(QDate(2026, 6, 2), QTime(9, 0), Qt::UTC));
    const InscriptionRules rules = rulesOf(context);
    const QJsonObject derogation = derogationData(context, rules);
    const QString derog = DerogationProcedureId;
    const QDateTime t0(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC);
    CaseSummary granted = caseOf(derog, QStringLiteral("granted"), QStringLiteral("BEL-2026-000112"), derogation, t0);
    CaseSummary refused = caseOf(derog, QStringLiteral("refused"), QStringLiteral("BEL-2026-000122"), derogation, t0.addDays(1));
    refused.statusReason = QStringLiteral("Niveau non proposé par l'école demandée");
    CaseSummary unreasoned = caseOf(derog, QStringLiteral("refused"), QStringLiteral("BEL-2026-000132"), derogation, t0.addDays(2));
    context.storedCases = {granted, refused, unreasoned};

    InscriptionWorkPage page(rules, context);
    page.refresh();  // as the shell does when it first shows the page
    QList<QList<PrintedDocument>> jobs;
    bool printerAccepts = false;
    page.setPrinter([&](const QList<PrintedDocument> &documents) {
        jobs << documents;
        return printerAccepts;
    });
    int asked = 0;
    page.setReasonAsker([&](const QStringList &reasons) -> std::optional<QString> {
        ++asked;
        return reasons.first();
    });
    showAndActivate(page);
    page.showList(InscriptionWorkPage::List::LettersToPrint);
    auto *table = field<QTableView>(page, "cases");
    table->setFocus();
    const auto pdf = [&](const CaseSummary &c) {
        return QDir(context.documentsDirectory()).filePath(documentFileName(c));
    };
    const auto printedCount = [&] {
        int n = 0;
        for (const CaseSummary &c : page.model()->cases())
            n += page.model()->isPrinted(c.id) ? 1 : 0;
        return n;
    };
    REQUIRE(page.model()->rowCount() == 3);
    CHECK(printedCount() == 0);
    CHECK_FALSE(table->isColumnHidden(CaseListModel::Printed));

    // The print dialog cancelled: nothing is kept, nothing is marked.
    QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(jobs.size() == 1);
    CHECK(jobs.first().size() == 3);
    CHECK(asked == 1);  // only the refusal recorded without its reason asks for it
    CHECK(page.message().contains(QStringLiteral("Printing cancelled")));
    for (const CaseSummary &c : {granted, refused, unreasoned})
        CHECK_FALSE(QFile::exists(pdf(c)));
    CHECK(printedCount() == 0);

    // A copy that cannot be written is not printed either: here a folder stands where the PDF goes.
    REQUIRE(QDir().mkpath(pdf(refused)));
    printerAccepts = true;
    CHECK_FALSE(page.printAll().has_value());
    CHECK(jobs.size() == 1);
    CHECK(page.message().contains(QStringLiteral("cannot be written")));
    CHECK(printedCount() == 0);
    CHECK_FALSE(QFile::exists(pdf(granted)));
    REQUIRE(QDir(pdf(refused)).removeRecursively());

    // Ctrl+Shift+P: the three letters in one print job, each written as PDF and marked.
    QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(jobs.size() == 2);
    CHECK(jobs.last().size() == 3);
    CHECK(printedCount() == 3);
    for (int row = 0; row < 3; ++row)
        CHECK(cell(*page.model(), row, CaseListModel::Printed) != CaseListModel::notRecorded());
    CHECK(page.message().contains(QStringLiteral("BEL-2026-000112, BEL-2026-000122, BEL-2026-000132")));

    const QString grant = pdfText(pdf(granted)).simplified();
    INFO(grant.toStdString());
    CHECK(grant.contains(QStringLiteral("BEL-2026-000112")));
    CHECK(grant.contains(QStringLiteral("LE GALL Lou")));
    CHECK(grant.contains(QStringLiteral("Accordée")));
    CHECK(grant.contains(QStringLiteral("École primaire publique Jean Macé")));
    const QString refusal = pdfText(pdf(refused)).simplified();
    CHECK(refusal.contains(QStringLiteral("BEL-2026-000122")));
    CHECK(refusal.contains(QStringLiteral("Refusée")));
    // The reason recorded with the refusal, not asked again.
    CHECK(refusal.contains(QStringLiteral("pour le motif suivant : niveau non proposé par l'école demandée")));
    const QString asking = pdfText(pdf(unreasoned)).simplified();
    CHECK(asking.contains(QStringLiteral("BEL-2026-000132")));
    CHECK(asking.contains(QStringLiteral("pas de place disponible dans l'école demandée")));

    // Again: nothing left to print. Ctrl+P prints the selected one again, on purpose.
    CHECK(page.printAll().value().isEmpty());
    CHECK(jobs.size() == 2);
    CHECK(page.message().contains(QStringLiteral("printed already")));
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier);
    REQUIRE(jobs.size() == 3);
    CHECK(jobs.last().size() == 1);
    CHECK(jobs.last().first().reference == QStringLiteral("BEL-2026-000112"));

    // A letter decided since: only it is printed.
    CaseSummary later = caseOf(derog, QStringLiteral("granted"), QStringLiteral("BEL-2026-000142"), derogation, t0.addDays(3));
    context.storedCases << later;
    const auto only = page.printAll();
    REQUIRE(only.has_value());
    CHECK(*only == QStringList{pdf(later)});
    REQUIRE(jobs.size() == 4);
    CHECK(jobs.last().size() == 1);
    CHECK(printedCount() == 4);

    // The lists without documents do not print, and hide the column.
    page.showList(InscriptionWorkPage::List::AwaitingDecision);
    CHECK(table->isColumnHidden(CaseListModel::Printed));
    CHECK_FALSE(page.printAll().has_value());
    CHECK(page.message().contains(QStringLiteral("nothing to print")));
}

TEST_CASE("InscriptionWorkPage: an enrolment outside every sector is listed with its child and level, and says why no certificate",
          "[inscription][workpage][catchment]")
{
    TestContext context(QDateTime(QDate(2026, 6, 2), QTime(9, 0), Qt::UTC));
    const InscriptionRules rules = rulesOf(context);
    const QString enrol = EnrolmentProcedureId;
    const QDateTime t0(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC);
    CaseSummary inSector = caseOf(enrol, QStringLiteral("confirmed"), QStringLiteral("BEL-2026-000152"),
                                  enrolmentData(context, rules), t0);
    CaseSummary outside = caseOf(enrol, QStringLiteral("confirmed"), QStringLiteral("BEL-2026-000162"),
                                 outsideSectorsData(context, rules), t0.addDays(1));
    context.storedCases = {inSector, outside};

    InscriptionWorkPage page(rules, context);
    page.refresh();  // as the shell does when it first shows the page
    QList<PrintedDocument> printed;
    page.setPrinter([&](const QList<PrintedDocument> &documents) { printed << documents; return true; });
    page.showList(InscriptionWorkPage::List::CertificatesToPrint);
    REQUIRE(page.model()->rowCount() == 2);
    CHECK(cell(*page.model(), 1, CaseListModel::Child) == QStringLiteral("LE GALL Enora"));
    CHECK(cell(*page.model(), 1, CaseListModel::Level) == QStringLiteral("PS 2026-2027"));
    CHECK(cell(*page.model(), 1, CaseListModel::School) == QStringLiteral("to be named by the education department"));

    // Print all: the certificate that can be printed is, the other is named with the reason.
    const auto paths = page.printAll();
    REQUIRE(paths.has_value());
    CHECK(paths->size() == 1);
    CHECK(printed.size() == 1);
    CHECK(page.message().contains(QStringLiteral("BEL-2026-000162 has no school recorded")));
    CHECK(page.isPrinted(inSector));
    CHECK_FALSE(page.isPrinted(outside));
}

namespace {

ReferenceRelease releaseWithoutSections()
{
    auto r = ReferenceRelease::fromCanonicalJson(R"({"release": {"id": "test", "effective": "2026-01-01"}, "sections": {}})");
    REQUIRE(r.has_value());
    return *r;
}

} // namespace

TEST_CASE("InscriptionPlugin: loads as a Qt plugin, offers its procedures and its work page once initialized", "[inscription][plugin]")
{
    QPluginLoader loader(test::buildPath(QStringLiteral("lib/guichet/modules/guichet-module-inscription-scolaire")));
    const QJsonObject meta = loader.metaData();
    CHECK(meta.value(QStringLiteral("IID")).toString() == QStringLiteral(GuichetProcedureModule_iid));
    const QJsonObject data = meta.value(QStringLiteral("MetaData")).toObject();
    CHECK(data.value(QStringLiteral("id")).toString() == QStringLiteral("inscription-scolaire"));
    CHECK(data.value(QStringLiteral("name")).toString() == QStringLiteral("Inscription scolaire"));
    CHECK(data.value(QStringLiteral("sdkVersion")).toInt() == SdkVersion);

    QObject *instance = loader.instance();
    INFO(loader.errorString().toStdString());
    REQUIRE(instance);
    auto *module = qobject_cast<ProcedureModule *>(instance);
    REQUIRE(module);
    CHECK(module->procedures().isEmpty());
    CHECK(module->createCaseForm(QString(EnrolmentProcedureId), nullptr) == nullptr);
    CHECK(module->workPages(nullptr).isEmpty());

    TestContext empty(releaseWithoutSections(), QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
    const auto refused = module->initialize(empty);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::NotFound);

    TestContext context(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
    const auto started = module->initialize(context);
    INFO((started ? QString() : started.error().message).toStdString());
    REQUIRE(started.has_value());
    const auto procedures = module->procedures();
    REQUIRE(procedures.size() == 2);
    CHECK(procedures.at(0).id == EnrolmentProcedureId);
    CHECK(procedures.at(1).workflowId == QStringLiteral("inscription-scolaire.derogation"));
    CHECK(procedures.at(1).service == QStringLiteral("education"));

    QWidget host;
    std::unique_ptr<CaseForm> form(module->createCaseForm(QString(DerogationProcedureId), &host));
    REQUIRE(form);
    CHECK(form->findChild<QComboBox *>(QStringLiteral("requestedSchool")));
    CHECK(module->createCaseForm(QStringLiteral("inscription-scolaire.cantine"), &host) == nullptr);
    const auto pages = module->workPages(&host);
    REQUIRE(pages.size() == 1);
    CHECK(pages.first()->title() == QStringLiteral("School enrolment"));
    CHECK(pages.first()->parent() == &host);
    form.reset();
    module->aboutToShutdown();
}

TEST_CASE("InscriptionWorkPage: a list shows its 200 oldest cases and says when there are more, with where to find them",
          "[inscription][workpage]")
{
    TestContext context(QDateTime(QDate(2026, 6, 2), QTime(9, 0), Qt::UTC));
    const InscriptionRules rules = rulesOf(context);
    const QJsonObject enrolment = enrolmentData(context, rules);
    const QString enrol = EnrolmentProcedureId;
    const QDateTime t0(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC);
    const int cap = InscriptionWorkPage::ListCap;
    // One more certificate to print than a list shows, one a minute, and one enrolment waiting for a document.
    for (int i = 0; i <= cap; ++i)
        context.storedCases << caseOf(enrol, QStringLiteral("confirmed"), QStringLiteral("BEL-2026-%1").arg(i, 6, 10, QChar(u'0')),
                                      enrolment, t0.addSecs(60 * i));
    CaseSummary waiting = caseOf(enrol, QStringLiteral("waiting-documents"), QStringLiteral("BEL-2026-000999"), enrolment, t0);
    waiting.missingDocuments = {QStringLiteral("Justificatif de domicile de moins de 3 mois")};
    context.storedCases << waiting;

    InscriptionWorkPage page(rules, context);
    page.refresh();  // as the shell does when it first shows the page
    auto *list = field<QComboBox>(page, "list");
    // The list shown is within the cap: nothing said of it; the other list is counted up to the cap.
    CHECK(list->itemText(0) == QStringLiteral("Enrolments waiting for documents (1)"));
    CHECK(list->itemText(2) == QStringLiteral("Certificates of enrolment to print (more than 200)"));
    CHECK(page.notice().isEmpty());

    // Shown: its oldest, and where to find the rest.
    page.showList(InscriptionWorkPage::List::CertificatesToPrint);
    REQUIRE(page.model()->rowCount() == cap);
    CHECK(page.model()->cases().constFirst().trackingNumber == QStringLiteral("BEL-2026-000000"));
    CHECK(page.model()->cases().constLast().trackingNumber == QStringLiteral("BEL-2026-%1").arg(cap - 1, 6, 10, QChar(u'0')));
    CHECK(page.notice() == QStringLiteral("More than 200 cases in this list: the 200 oldest are shown. "
                                          "Refine in the case list (F3)."));

    // Down to the cap (the oldest certificate issued): every case listed, nothing said.
    context.storedCases.removeFirst();
    page.refresh();
    CHECK(page.model()->rowCount() == cap);
    CHECK(list->itemText(2) == QStringLiteral("Certificates of enrolment to print (200)"));
    CHECK(page.notice().isEmpty());
}
