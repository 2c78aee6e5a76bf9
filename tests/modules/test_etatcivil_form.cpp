// SPDX-License-Identifier: GPL-3.0-or-later
// The état-civil forms driven as an agent drives them: keyboard only, Tab
// from field to field, mnemonics to jump. Checks what the shell reads back
// (validate, answer, checklist, due date) as the fields change, and the
// plugin as the shell loads it.
#include "testsupport.h"
#include "formtesting.h"

#include "etatcivilanswers.h"
#include "etatcivilform.h"
#include "reference/referencerelease.h"

#include <QApplication>
#include <QComboBox>
#include "datefield.h"
#include <QJsonDocument>
#include <QLineEdit>
#include <QPluginLoader>
#include <QSignalSpy>
#include <QTest>

#include "testcontext.h"

#include <memory>

using namespace guichet;
using namespace guichet::test;
using namespace guichet::etatcivil;
using guichet::test::TestContext;

namespace {


EtatCivilRules rulesOf(const ModuleContext &context)
{
    auto r = EtatCivilRules::fromRelease(context.reference());
    REQUIRE(r.has_value());
    return *r;
}

void tab(QWidget *window, int times = 1)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
}

/// Types `text` into the focused widget. QTest::keyClicks handles ASCII only,
/// and French names are not ASCII: other letters go as key events with text.
void type(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(QApplication::focusWidget(), char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, QApplication::focusWidget(), Qt::Key(c.toUpper().unicode()),
                                QString(c), Qt::NoModifier);
    }
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), k, modifiers);
}

/// Alt+letter, the mnemonic of a label or a check box.
void mnemonic(QWidget *window, Qt::Key letter)
{
    QTest::keyClick(window, letter, Qt::AltModifier);
}

/// A check box's mnemonic clicks it the way a mouse would, releasing it
/// 100 ms later (QAbstractButton::animateClick): wait for the toggle.
} // namespace

TEST_CASE("EtatCivilForm: a copy request is filled from the keyboard alone", "[etat-civil][form]")
{
    TestContext context(QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    EtatCivilForm form(rulesOf(context), context, EtatCivilForm::Procedure::Copy);
    QSignalSpy changed(&form, &CaseForm::changed);
    showAndActivate(form);

    SECTION("Tab visits every field in reading order, each with an accessible name")
    {
        mnemonic(&form, Qt::Key_T);
        QStringList visited{focusedName()};
        for (int i = 0; i < 13; ++i) {
            tab(&form);
            visited << focusedName();
        }
        // The date of death stays out of the way while "deceased" is not ticked,
        // the act's date while the act is a birth (only a marriage or a death has one to give).
        CHECK(visited == QStringList{
                  "Act", "Copy kind", "Requester's relationship to the person on the act",
                  "Family name of the person on the act", "First names of the person on the act",
                  "Birth date of the person on the act", "Parents' names of the person on the act",
                  "Event abroad", "Commune code (INSEE)",
                  "Place name (commune, or city and country abroad)", "The person on the act is deceased",
                  "Requester's birth date", "Number of copies", "Delivery"});
        // Passing through a date field without typing leaves it unknown.
        CHECK(form.values().value(QStringLiteral("subjectBirthDate")).isNull());
        CHECK(changed.isEmpty());
        // A marriage act has a date to give: its field opens.
        auto *act = form.findChild<QComboBox *>(QStringLiteral("actKind"));
        auto *actDate = form.findChild<QWidget *>(QStringLiteral("actDate"));
        REQUIRE(act);
        REQUIRE(actDate);
        CHECK_FALSE(actDate->isEnabled());
        act->setCurrentIndex(act->findData(QStringLiteral("mariage")));
        CHECK(actDate->isEnabled());
        act->setCurrentIndex(act->findData(QStringLiteral("naissance")));
        CHECK_FALSE(actDate->isEnabled());
    }

    SECTION("validate, answer and checklist follow what is typed")
    {
        // A birth act, copie intégrale: names, birth date, place and parents are needed.
        CHECK(errorFields(form.validate())
              == QStringList{"parentNames", "subjectBirthDate", "subjectFamilyName", "subjectFirstNames"});
        for (const auto &e : form.validate()) {
            CHECK(e.code == Error::Code::Invalid);
            CHECK(e.message.contains(QStringLiteral("missing")));
        }

        mnemonic(&form, Qt::Key_R);
        CHECK(focusedName() == QStringLiteral("Requester's relationship to the person on the act"));
        key(Qt::Key_Down);  // "La personne concernée, mineure émancipée"
        key(Qt::Key_Down);  // "Son époux, son épouse ou son partenaire de PACS"
        key(Qt::Key_Down);  // "Un ascendant (parent, grand-parent…)"
        tab(&form);
        type(QStringLiteral("Martin"));
        tab(&form);
        type(QStringLiteral("Jeanne Maëlle"));
        tab(&form);
        CHECK(focusedName() == QStringLiteral("Birth date of the person on the act"));
        type(QStringLiteral("12051990"));
        tab(&form);
        type(QStringLiteral("Paul Martin et Anne Le Gall"));
        tab(&form, 5);
        CHECK(focusedName() == QStringLiteral("Requester's birth date"));
        type(QStringLiteral("02041962"));
        tab(&form);
        CHECK_FALSE(changed.isEmpty());

        CHECK(form.validate().isEmpty());
        const QJsonObject v = form.values();
        CHECK(v.value(QStringLiteral("relationship")).toString() == QStringLiteral("ascendant"));
        CHECK(v.value(QStringLiteral("subjectBirthDate")).toString() == QStringLiteral("1990-05-12"));
        CHECK(v.value(QStringLiteral("requesterBirthDate")).toString() == QStringLiteral("1962-04-02"));
        CHECK(v.value(QStringLiteral("eventCommuneCode")).toString() == QStringLiteral("29019"));
        CHECK(v.value(QStringLiteral("eligible")).toBool());

        CHECK(form.answer().contains(QStringLiteral("la demande se traite ici")));
        CHECK(form.answer().contains(QStringLiteral("justifiant de son identité et de son lien")));
        CHECK(form.answer().contains(QStringLiteral("immédiate au guichet")));
        CHECK(ids(form.checklist()) == QStringList{"identite-demandeur", "noms-parents", "preuve-lien"});
        CHECK(form.dueDate() == QDate(2026, 3, 10));
        CHECK(form.summary().contains(QStringLiteral("Copie intégrale")));
        CHECK(form.summary().contains(QStringLiteral("MARTIN Jeanne Maëlle")));
        CHECK(form.initialStatus().isEmpty());

        // By post: a few working days, and the address to send it to.
        mnemonic(&form, Qt::Key_Y);
        key(Qt::Key_Down);
        CHECK(form.answer().contains(QStringLiteral("par courrier")));
        CHECK(form.dueDate() == QDate(2026, 3, 17));  // 5 working days after Tue 10 March
        CHECK(ids(form.checklist()) == QStringList{"noms-parents", "preuve-lien", "adresse-envoi"});

        // A third party is refused; the agent still decides, so no automatic status.
        mnemonic(&form, Qt::Key_R);
        key(Qt::Key_End);
        CHECK(form.answer().contains(QStringLiteral("ne donne pas droit")));
        CHECK(form.dueDate().isNull());
        CHECK(form.initialStatus().isEmpty());
        CHECK_FALSE(form.values().value(QStringLiteral("eligible")).toBool());
        CHECK(ids(form.checklist()) == QStringList{"noms-parents", "adresse-envoi"});

        // ... unless the person died more than 25 years ago.
        mnemonic(&form, Qt::Key_I);
        CHECK(focusedName() == QStringLiteral("The person on the act is deceased"));
        REQUIRE(settles([&] { return form.values().value(QStringLiteral("subjectDeceased")).toBool(); }));
        CHECK(errorFields(form.validate()) == QStringList{"subjectDeathDate"});
        tab(&form);
        CHECK(focusedName() == QStringLiteral("Date of death"));
        type(QStringLiteral("01061995"));
        tab(&form);
        CHECK(form.validate().isEmpty());
        CHECK(form.answer().contains(QStringLiteral("décédée depuis plus de 25 ans")));
        CHECK(ids(form.checklist()) == QStringList{"noms-parents", "preuve-deces", "adresse-envoi"});

        // Emptied, a date is unknown again (Shift+Tab selects what is typed).
        key(Qt::Key_Backtab);
        CHECK(focusedName() == QStringLiteral("Date of death"));
        key(Qt::Key_Delete);
        tab(&form);
        CHECK(errorFields(form.validate()) == QStringList{"subjectDeathDate"});
        CHECK(form.answer().contains(QStringLiteral("ne donne pas droit")));
    }

    SECTION("the event place decides where to ask")
    {
        mnemonic(&form, Qt::Key_L);  // the place name; the INSEE code before it has no letter of its own
        key(Qt::Key_Backtab);
        CHECK(focusedName() == QStringLiteral("Commune code (INSEE)"));
        type(QStringLiteral("35238"));  // the text was selected on focus: this replaces it
        tab(&form);
        type(QStringLiteral("Rennes"));
        tab(&form);
        CHECK(form.answer().contains(QStringLiteral("mairie de Rennes")));
        CHECK(form.dueDate().isNull());

        mnemonic(&form, Qt::Key_V);
        REQUIRE(settles([&] { return form.values().value(QStringLiteral("abroad")).toBool(); }));
        CHECK(form.answer().contains(QStringLiteral("Nantes")));
        CHECK(form.answer().contains(QStringLiteral("3 à 4 semaines")));
        CHECK(form.values().value(QStringLiteral("eventCommuneCode")).toString().isEmpty());
        CHECK(form.values().value(QStringLiteral("place")).toString() == QStringLiteral("abroad"));

        mnemonic(&form, Qt::Key_V);
        REQUIRE(settles([&] { return !form.values().value(QStringLiteral("abroad")).toBool(); }));
        mnemonic(&form, Qt::Key_L);
        key(Qt::Key_Backtab);
        type(QStringLiteral("3523"));
        tab(&form);
        CHECK(errorFields(form.validate()).contains(QStringLiteral("eventCommuneCode")));
    }

    SECTION("a copy kind not issued for the act is an error naming the field")
    {
        mnemonic(&form, Qt::Key_T);
        key(Qt::Key_End);  // Acte de décès
        mnemonic(&form, Qt::Key_K);
        key(Qt::Key_Down);  // Extrait avec filiation
        const auto errors = form.validate();
        REQUIRE(errorFields(errors).contains(QStringLiteral("copyKind")));
        for (const auto &e : errors)
            if (e.field == QStringLiteral("copyKind"))
                CHECK(e.message.startsWith(QStringLiteral("Copy kind")));
        CHECK(form.answer().contains(QStringLiteral("n'est pas délivré")));
    }
}

TEST_CASE("EtatCivilForm: a declaration gives its deadline, then what to do when late", "[etat-civil][form]")
{
    TestContext context(QDateTime(QDate(2026, 7, 10), QTime(9, 0)));
    EtatCivilForm form(rulesOf(context), context, EtatCivilForm::Procedure::Declaration);
    showAndActivate(form);

    mnemonic(&form, Qt::Key_R);
    CHECK(focusedName() == QStringLiteral("Declaration"));
    CHECK(form.values().value(QStringLiteral("declarationKind")).toString() == QStringLiteral("naissance"));
    CHECK(errorFields(form.validate()) == QStringList{"eventAt", "subjectFamilyName", "subjectFirstNames"});
    // Nothing typed yet: the answer says what it lacks, and gives no deadline.
    CHECK(form.answer() == QStringLiteral("Missing: the date and time of the event."));
    CHECK(form.currentAnswer().missing == QStringList{"event_at"});
    CHECK(form.dueDate().isNull());

    tab(&form);
    CHECK(focusedName() == QStringLiteral("Date of the event (birth, or death's medical confirmation)"));
    type(QStringLiteral("08072026"));  // Wed 8 July 2026
    tab(&form);
    CHECK(errorFields(form.validate()).contains(QStringLiteral("eventTime")));
    CHECK(focusedName() == QStringLiteral("Time of the event"));
    type(QStringLiteral("1530"));
    tab(&form, 4);
    CHECK(focusedName() == QStringLiteral("Family name of the child or of the deceased person"));
    type(QStringLiteral("Le Bihan"));
    tab(&form);
    type(QStringLiteral("Maël"));
    tab(&form);

    CHECK(form.validate().isEmpty());
    CHECK(form.answer().contains(QStringLiteral("lundi 13 juillet 2026")));
    CHECK(form.dueDate() == QDate(2026, 7, 13));
    CHECK(ids(form.checklist()).contains(QStringLiteral("certificat-accouchement")));
    CHECK(form.summary() == QStringLiteral("Declaration: Naissance — LE BIHAN Maël"));
    CHECK_FALSE(form.values().value(QStringLiteral("late")).toBool());

    // Tuesday 14 July: past the deadline, only the tribunal can regularise.
    context.clockNow.set(QDateTime(QDate(2026, 7, 14), QTime(9, 0)));
    CHECK(form.answer().contains(QStringLiteral("jugement déclaratif de naissance")));
    CHECK(form.values().value(QStringLiteral("late")).toBool());

    // The same instant as a death confirmation: 24 h, so Thursday 9 July 15:30, long past.
    mnemonic(&form, Qt::Key_R);
    key(Qt::Key_Down);
    CHECK(form.values().value(QStringLiteral("declarationKind")).toString() == QStringLiteral("deces"));
    CHECK(form.answer().contains(QStringLiteral("tout de même enregistrée")));
    CHECK(form.dueDate() == QDate(2026, 7, 9));
    CHECK(ids(form.checklist()).contains(QStringLiteral("certificat-deces")));
    context.clockNow.set(QDateTime(QDate(2026, 7, 9), QTime(12, 0)));
    CHECK(form.answer().contains(QStringLiteral("jeudi 9 juillet 2026 à 15:30")));

    // A death elsewhere is declared there.
    mnemonic(&form, Qt::Key_L);  // the place name, then back to the INSEE code
    key(Qt::Key_Backtab);
    type(QStringLiteral("29232"));
    tab(&form);
    type(QStringLiteral("Quimper"));
    tab(&form);
    CHECK(form.answer().contains(QStringLiteral("mairie de Quimper")));
    CHECK(form.dueDate().isNull());

    // A recognition: any town hall, any time; the event fields step aside.
    mnemonic(&form, Qt::Key_R);
    key(Qt::Key_End);
    CHECK(form.values().value(QStringLiteral("declarationKind")).toString() == QStringLiteral("reconnaissance"));
    CHECK(form.answer().contains(QStringLiteral("n'importe quelle mairie")));
    CHECK(form.dueDate().isNull());
    CHECK(form.validate().isEmpty());
    tab(&form);
    CHECK(focusedName() == QStringLiteral("Family name of the child or of the deceased person"));
}

namespace {

/// The answer the engine gives to `facts` in the form's context: what
/// `guichetctl answer` says for the same facts at the same moment.
Answer engineAnswer(const TestContext &context, const QString &procedure, const Facts &facts)
{
    const EtatCivilAnswers engine(rulesOf(context));
    const auto a = answers::ask(engine, context.reference(), procedure, facts, answers::contextOf(context));
    INFO((a ? QString() : a.error().message).toStdString());
    REQUIRE(a.has_value());
    return *a;
}

QByteArray json(const TestContext &context, const QString &procedure, const Answer &a)
{
    return QJsonDocument(a.toJson(EtatCivilAnswers(rulesOf(context)).facts(procedure))).toJson();
}

template<typename T>
T *field(const EtatCivilForm &form, const char *name)
{
    auto *w = form.findChild<T *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

void choose(const EtatCivilForm &form, const char *name, const char *id)
{
    auto *combo = field<QComboBox>(form, name);
    const int index = combo->findData(QLatin1String(id));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("EtatCivilForm: the desk's answer is the engine's answer to the form's facts", "[etat-civil][form][answers]")
{
    const QString copy = CopyProcedureId;
    const QString declaration = DeclarationProcedureId;

    SECTION("a copy request")
    {
        TestContext context(QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
        EtatCivilForm form(rulesOf(context), context, EtatCivilForm::Procedure::Copy);
        choose(form, "relationship", "ascendant");
        field<DateField>(form, "subjectBirthDate")->setDate(QDate(1990, 5, 12));
        field<QLineEdit>(form, "eventCommuneCode")->setText(QStringLiteral("35238"));

        // The keys and values guichetctl takes; a field left unknown is an empty fact.
        const Facts typed{{"act_kind", "naissance"}, {"copy_kind", "copie-integrale"}, {"relationship", "ascendant"},
                          {"subject_birth_date", "1990-05-12"}, {"act_date", ""}, {"abroad", "non"},
                          {"event_commune_code", "35238"}, {"subject_deceased", "non"},
                          {"requester_birth_date", ""}, {"delivery", "guichet"}};
        CHECK(form.facts() == typed);
        const Answer rennes = form.currentAnswer();
        CHECK(json(context, copy, rennes) == json(context, copy, engineAnswer(context, copy, typed)));
        CHECK(Answer::verdictId(rennes.verdict) == QStringLiteral("redirected"));
        CHECK(rennes.where.contains(QStringLiteral("mairie de Rennes (35)")));
        CHECK(form.answer() == rennes.text);
        CHECK(ids(form.checklist()) == ids(rennes.checklist));
        CHECK(form.dueDate().isNull());
        CHECK(form.values().value(QStringLiteral("place")).toString() == QStringLiteral("other-commune"));

        // Kept here, by post: the due day is the answer's.
        field<QLineEdit>(form, "eventCommuneCode")->setText(QStringLiteral("29019"));
        choose(form, "delivery", "courrier");
        const Answer here = form.currentAnswer();
        CHECK(Answer::verdictId(here.verdict) == QStringLiteral("possible"));
        CHECK(json(context, copy, here) == json(context, copy, engineAnswer(context, copy, form.facts())));
        CHECK(form.dueDate() == here.date(QStringLiteral("due")));
        CHECK(form.dueDate() == QDate(2026, 3, 17));
        CHECK(ids(form.checklist()) == ids(here.checklist));

        // A code being typed, or one no commune has, is not a fact yet: the
        // answer says the commune is missing, validate() says why.
        field<QLineEdit>(form, "eventCommuneCode")->setText(QStringLiteral("352"));
        CHECK(form.facts().value(QStringLiteral("event_commune_code")).isEmpty());
        CHECK(form.currentAnswer().missing == QStringList{"event_commune_code"});
        CHECK(errorFields(form.validate()).contains(QStringLiteral("eventCommuneCode")));
        field<QLineEdit>(form, "eventCommuneCode")->setText(QStringLiteral("35999"));
        CHECK(form.currentAnswer().missing == QStringList{"event_commune_code"});
        CHECK(errorOf(form.validate(), QStringLiteral("eventCommuneCode")).contains(QStringLiteral("not the code of any commune")));
    }

    SECTION("a declaration")
    {
        TestContext context(QDateTime(QDate(2026, 7, 10), QTime(9, 0)));
        EtatCivilForm form(rulesOf(context), context, EtatCivilForm::Procedure::Declaration);
        choose(form, "declarationKind", "deces");
        field<DateField>(form, "eventAt")->setDate(QDate(2026, 7, 10));
        field<QLineEdit>(form, "eventTime")->setText(QStringLiteral("03:00"));

        const Facts typed{{"declaration_kind", "deces"}, {"event_at", "2026-07-10T03:00"}, {"abroad", "non"},
                          {"event_commune_code", "29019"}};
        CHECK(form.facts() == typed);
        const Answer a = form.currentAnswer();
        CHECK(json(context, declaration, a) == json(context, declaration, engineAnswer(context, declaration, typed)));
        CHECK(Answer::verdictId(a.verdict) == QStringLiteral("possible"));
        // Friday 03:00 → Monday 13 July 03:00 (the weekend is not counted).
        REQUIRE(a.dates.size() == 1);
        CHECK(a.dates.at(0).instant == QDateTime(QDate(2026, 7, 13), QTime(3, 0)));
        CHECK(form.dueDate() == QDate(2026, 7, 13));
        CHECK(form.answer() == a.text);
        CHECK(ids(form.checklist()) == ids(a.checklist));
    }
}

namespace {

/// A context whose release has no "etat-civil" section.
TestContext noSectionContext()
{
    auto r = ReferenceRelease::fromCanonicalJson(
        R"({"release": {"id": "test", "effective": "2026-01-01"}, "sections": {}})");
    REQUIRE(r.has_value());
    return TestContext(*r, QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
}

} // namespace

TEST_CASE("EtatCivilPlugin: loads as a Qt plugin and offers its procedures once initialized", "[etat-civil][plugin]")
{
    QPluginLoader loader(test::buildPath(QStringLiteral("lib/guichet/modules/guichet-module-etat-civil")));
    const QJsonObject meta = loader.metaData();
    CHECK(meta.value(QStringLiteral("IID")).toString() == QStringLiteral(GuichetProcedureModule_iid));
    const QJsonObject data = meta.value(QStringLiteral("MetaData")).toObject();
    CHECK(data.value(QStringLiteral("id")).toString() == QStringLiteral("etat-civil"));
    CHECK(data.value(QStringLiteral("name")).toString() == QStringLiteral("État civil"));
    CHECK(data.value(QStringLiteral("version")).toString() == QStringLiteral("1.0.0"));
    CHECK(data.value(QStringLiteral("sdkVersion")).toInt() == SdkVersion);

    QObject *instance = loader.instance();
    INFO(loader.errorString().toStdString());
    REQUIRE(instance);
    auto *module = qobject_cast<ProcedureModule *>(instance);
    REQUIRE(module);
    CHECK(module->procedures().isEmpty());
    CHECK(module->createCaseForm(QString(CopyProcedureId), nullptr) == nullptr);

    // A release without the section keeps the module out, with a reason.
    TestContext empty = noSectionContext();
    const auto refused = module->initialize(empty);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::NotFound);
    CHECK(module->procedures().isEmpty());

    TestContext context(QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    const auto started = module->initialize(context);
    INFO((started ? QString() : started.error().message).toStdString());
    REQUIRE(started.has_value());
    const auto procedures = module->procedures();
    REQUIRE(procedures.size() == 2);
    CHECK(procedures.at(0).id == CopyProcedureId);
    CHECK(procedures.at(0).title == QStringLiteral("Demande de copie ou d'extrait d'acte"));
    CHECK(procedures.at(1).workflowId == QStringLiteral("etat-civil.declaration"));

    QWidget host;
    std::unique_ptr<CaseForm> form(module->createCaseForm(QString(DeclarationProcedureId), &host));
    REQUIRE(form);
    CHECK(form->values().value(QStringLiteral("declarationKind")).toString() == QStringLiteral("naissance"));
    CHECK(module->createCaseForm(QStringLiteral("etat-civil.pacs"), &host) == nullptr);
    form.reset();
    module->aboutToShutdown();
}
