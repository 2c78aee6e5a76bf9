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

        mnemonic(&form, Qt::Key_E);
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
        mnemonic(&form, Qt::Key_E);
        type(QStringLiteral("Maël"));
        tab();
        type(QStringLiteral("12052023"));
        mnemonic(&form, Qt::Key_A);
        REQUIRE(settles([&] { return form.values().value(QStringLiteral("separated")).toBool(); }));
        CHECK(errorFields(form.validate()) == QStringList{"secondHome"});
        tab();
        CHECK(focusedName() == QStringLiteral("Second home (full address)"));
        type(QStringLiteral("5 rue de Lyon, 29200 Brest"));
        mnemonic(&form, Qt::Key_M);
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
    mnemonic(&form, Qt::Key_E);
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
        mnemonic(&form, Qt::Key_P);
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
        retype(QStringLiteral("rue de Paris"));
        auto errors = form.validate();
        CHECK(errorFields(errors) == QStringList{"street"});
        CHECK(errorAbout(errors, QStringLiteral("street")).contains(QStringLiteral("is not in the catchment map of Brest")));

        retype(QStringLiteral("Quizac"));
        errors = form.validate();
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
        type(QStringLiteral("125"));
        CHECK(errorAbout(form.validate(), QStringLiteral("houseNumber")).contains(QStringLiteral("covers number 125")));
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

TEST_CASE("InscriptionForm: a derogation request, its reason and the home mayor's consent", "[inscription][form][derogation]")
{
    TestContext context(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    InscriptionForm form(rulesOf(context), context, InscriptionForm::Procedure::Derogation);
    showAndActivate(form);
    form.setApplicant(applicant());

    mnemonic(&form, Qt::Key_E);
    type(QStringLiteral("Lou"));
    tab();
    type(QStringLiteral("03032020"));  // CP
    mnemonic(&form, Qt::Key_U);
    retype(QStringLiteral("12"));
    tab();
    retype(QStringLiteral("rue de Siam"));  // Vauban
    tab();
    CHECK(focusedName() == QStringLiteral("Postal code"));

    CHECK(errorFields(form.validate()) == QStringList{"requestedSchool"});
    // The year has started: the answer says so.
    CHECK(form.answer().contains(QStringLiteral("Année scolaire 2026-2027, commencée le mardi 1er septembre 2026")));
    CHECK(form.dueDate() == QDate(2027, 1, 20));  // the mayor's decision: 2 months, date to date

    mnemonic(&form, Qt::Key_Q);
    CHECK(focusedName() == QStringLiteral("Requested school"));
    down(7);  // École primaire publique Vauban: the catchment school itself
    CHECK(errorAbout(form.validate(), QStringLiteral("requestedSchool")).contains(QStringLiteral("no derogation is needed")));
    key(Qt::Key_Up);  // Jean Macé
    CHECK(form.values().value(QStringLiteral("requestedSchool")).toString() == QStringLiteral("jean-mace"));
    tab();
    CHECK(focusedName() == QStringLiteral("Reason for the exception"));
    down(3);  // a sibling enrolled there
    CHECK(form.values().value(QStringLiteral("reason")).toString() == QStringLiteral("fratrie"));
    CHECK(errorFields(form.validate()) == QStringList{"sibling1Name"});
    mnemonic(&form, Qt::Key_1);
    type(QStringLiteral("Nolan"));
    CHECK(errorFields(form.validate()) == QStringList{"sibling1School"});
    tab();
    down(6);  // Jean Macé
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

} // namespace

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
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<PrintedDocument> printed;
    page.setPrinter([&](const PrintedDocument &d) { printed << d; return true; });
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
    CHECK(page.model()->data(page.model()->index(0, CaseListModel::Child)).toString() == QStringLiteral("LE GALL Maël"));
    CHECK(page.model()->data(page.model()->index(0, CaseListModel::School)).toString()
          == QStringLiteral("École primaire publique de Kerhallet"));
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
