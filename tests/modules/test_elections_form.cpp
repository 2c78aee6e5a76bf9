// SPDX-License-Identifier: GPL-3.0-or-later
// The electoral-list forms and work page driven as an agent drives them:
// keyboard only, Tab from field to field, mnemonics to jump, Enter to open a
// case. Checks what the shell reads back (validate, answer, checklist, due
// date, values), the notification letter as printed (read back with
// pdftotext), the REU export as written, and the plugin as the shell loads it.
#include "testsupport.h"
#include "formtesting.h"

#include "electoralform.h"
#include "electoralworkpage.h"
#include "registerexport.h"
#include "testcontext.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QPluginLoader>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace guichet;
using namespace guichet::test;
using namespace guichet::listeselectorales;
using guichet::test::TestContext;

namespace {

ElectoralRules rulesOf(const ModuleContext &context)
{
    auto r = ElectoralRules::fromRelease(context.reference());
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.has_value());
    return *r;
}

void tab(int times = 1)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

/// Types `text` into the focused widget; letters outside ASCII go as key events with text.
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

/// Alt+letter, the mnemonic of a label.
void mnemonic(QWidget *window, Qt::Key letter)
{
    QTest::keyClick(window, letter, Qt::AltModifier);
}

QStringList jsonStrings(const QJsonValue &v)
{
    QStringList out;
    for (const auto &e : v.toArray())
        out << e.toString();
    return out;
}

Citizen applicant()
{
    Citizen c;
    c.id = QUuid::createUuid();
    c.familyName = QStringLiteral("Le Bihan");
    c.firstNames = QStringLiteral("Maël Yann");
    c.sex = u'M';
    c.birthDate = QDate(2008, 9, 14);
    c.birthPlaceCode = QStringLiteral("29019");
    c.birthPlaceName = QStringLiteral("Brest");
    c.birthCountry = QStringLiteral("France");
    c.addressLine = QStringLiteral("12 bis rue de Siam");
    c.postalCode = QStringLiteral("29200");
    c.city = QStringLiteral("Brest");
    return c;
}

/// The text of a PDF, as pdftotext reads it (one line per layout line).
} // namespace

TEST_CASE("ElectoralForm: a registration is filled from the keyboard alone", "[elections][form]")
{
    // Tuesday 1 December 2026, 10:00 in Brest.
    TestContext context(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    ElectoralForm form(rulesOf(context), context, ElectoralForm::Procedure::Registration);
    QSignalSpy changed(&form, &CaseForm::changed);
    form.setApplicant(applicant());
    showAndActivate(form);

    SECTION("Tab visits every field a French resident needs, in reading order")
    {
        mnemonic(&form, Qt::Key_Q);
        QStringList visited{focusedName()};
        for (int i = 0; i < 9; ++i) {
            tab();
            visited << focusedName();
        }
        // The lists of EU citizens, the residence date, the tax years, the
        // spouse and the event date stay out of the way.
        CHECK(visited == QStringList{
                  "Request", "Nationality", "Birth date", "Attachment to the commune",
                  "Hosted by a third party (certificate of hosting)", "House number", "Street",
                  "Identity document", "Identity document valid until", "Late registration exception"});
    }

    SECTION("the person's record fills the birth date and the address; the answer follows what is typed")
    {
        QJsonObject v = form.values();
        CHECK(v.value(QStringLiteral("birthDate")).toString() == QStringLiteral("2008-09-14"));
        CHECK(v.value(QStringLiteral("houseNumber")).toString() == QStringLiteral("12 bis"));
        CHECK(v.value(QStringLiteral("street")).toString() == QStringLiteral("Rue de Siam"));
        CHECK(errorFields(form.validate()) == QStringList{"idExpiry"});
        CHECK(errorOf(form.validate(), QStringLiteral("idExpiry")).startsWith(QStringLiteral("Identity document valid until is missing")));

        mnemonic(&form, Qt::Key_V);
        CHECK(focusedName() == QStringLiteral("Identity document valid until"));
        type(QStringLiteral("31122031"));
        tab();
        CHECK_FALSE(changed.isEmpty());
        CHECK(form.validate().isEmpty());

        const QString answer = form.answer();
        CHECK(answer.contains(QStringLiteral("Nationalité française : inscription sur la liste électorale générale.")));
        CHECK(answer.contains(QStringLiteral("Attache avec la commune : Domicile dans la commune.")));
        CHECK(answer.contains(QStringLiteral("vaut pour l'élection présidentielle de 2027 (premier tour le dimanche 11 avril 2027) : "
                                             "date limite au guichet le vendredi 5 mars 2027")));
        CHECK(answer.contains(QStringLiteral("Bureau de vote : Bureau 102 — École de Siam (30 rue de Siam).")));
        CHECK(answer.contains(QStringLiteral("Décision du maire au plus tard le lundi 7 décembre 2026")));
        CHECK_FALSE(answer.contains(QStringLiteral("Pièce d'identité")));  // nothing to say about a valid one
        CHECK(form.dueDate() == QDate(2026, 12, 7));
        CHECK(form.initialStatus().isEmpty());
        CHECK(ids(form.checklist()) == QStringList{"cerfa-12669", "identite", "domicile"});
        CHECK(form.summary() == QStringLiteral("Inscription dans la commune — la liste électorale générale — Bureau 102 — École de Siam"));

        v = form.values();
        CHECK(v.value(QStringLiteral("eligible")).toBool());
        CHECK(jsonStrings(v.value(QStringLiteral("lists"))) == QStringList{"generale"});
        CHECK(jsonStrings(v.value(QStringLiteral("pollIds"))) == QStringList{"presidentielle-2027"});
        CHECK(v.value(QStringLiteral("stationId")).toString() == QStringLiteral("0102"));
        CHECK(v.value(QStringLiteral("idExpiry")).toString() == QStringLiteral("2031-12-31"));
        CHECK(v.value(QStringLiteral("decisionDue")).toString() == QStringLiteral("2026-12-07"));
        CHECK(v.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("familyName")).toString() == QStringLiteral("Le Bihan"));
        CHECK(v.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("birthCountry")).toString().isEmpty());

        // Hosted by a third party: the hosting documents replace the proof of address.
        mnemonic(&form, Qt::Key_M);  // the attachment, then Tab: the check box has no letter of its own
        tab();
        key(Qt::Key_Space);
        CHECK(focusedName() == QStringLiteral("Hosted by a third party (certificate of hosting)"));
        REQUIRE(QTest::qWaitFor([&] { return form.values().value(QStringLiteral("hosted")).toBool(); }, 2000));
        CHECK(ids(form.checklist()) == QStringList{"cerfa-12669", "identite", "hebergement-attestation",
                                                   "hebergement-identite", "hebergement-domicile", "hebergement-courrier"});
    }

    SECTION("a residence of 6 months: the date field opens, and one day short is said with the day it will do")
    {
        mnemonic(&form, Qt::Key_V);
        type(QStringLiteral("31122031"));
        mnemonic(&form, Qt::Key_M);
        key(Qt::Key_Down);  // Résidence effective et continue depuis au moins 6 mois
        CHECK(form.values().value(QStringLiteral("attachment")).toString() == QStringLiteral("residence"));
        tab();
        CHECK(focusedName() == QStringLiteral("Resident since (date)"));
        CHECK(errorFields(form.validate()) == QStringList{"residenceSince"});
        type(QStringLiteral("02062026"));
        tab();
        CHECK(form.validate().isEmpty());
        CHECK(form.answer().contains(QStringLiteral("commencée le mardi 2 juin 2026, elle remplira la condition le mercredi 2 décembre 2026")));
        CHECK_FALSE(form.values().value(QStringLiteral("eligible")).toBool());
        CHECK(form.values().value(QStringLiteral("eligibilityRule")).toString() == QStringLiteral("residence-too-short"));
        CHECK(ids(form.checklist()).contains(QStringLiteral("residence-ancienne")));

        mnemonic(&form, Qt::Key_R);
        type(QStringLiteral("01062026"));
        tab();
        CHECK(form.values().value(QStringLiteral("eligible")).toBool());

        // A date that does not exist is named as such.
        mnemonic(&form, Qt::Key_R);
        type(QStringLiteral("31062026"));
        tab();
        CHECK(errorOf(form.validate(), QStringLiteral("residenceSince"))
                  .startsWith(QStringLiteral("Resident since (date): expected a date as DD/MM/YYYY, e.g. 12/03/1984; "
                                             "\"31062026\" is not a date.")));
    }

    SECTION("too young on the eve of the poll: the answer says when, and the request is still recorded")
    {
        mnemonic(&form, Qt::Key_V);
        type(QStringLiteral("31122031"));
        mnemonic(&form, Qt::Key_B);
        CHECK(focusedName() == QStringLiteral("Birth date"));
        type(QStringLiteral("25042009"));  // 18 on Sunday 25 April 2027, the day of the second round
        tab();
        CHECK(form.validate().isEmpty());
        CHECK(form.answer().contains(QStringLiteral("La personne aura 18 ans le dimanche 25 avril 2027")));
        CHECK(form.answer().contains(QStringLiteral("ne pourra donc pas voter pour l'élection présidentielle de 2027")));
        CHECK(form.values().value(QStringLiteral("eligibilityRule")).toString() == QStringLiteral("under-age"));

        mnemonic(&form, Qt::Key_B);
        type(QStringLiteral("11042009"));  // 18 on the day of the first round: the second round only
        tab();
        CHECK(form.values().value(QStringLiteral("eligible")).toBool());
        CHECK(form.answer().contains(QStringLiteral("ne peut voter qu'au second tour, le dimanche 25 avril 2027")));

        mnemonic(&form, Qt::Key_B);
        type(QStringLiteral("10042009"));  // 18 on the eve
        tab();
        CHECK(form.values().value(QStringLiteral("eligible")).toBool());

        mnemonic(&form, Qt::Key_B);
        type(QStringLiteral("10042030"));
        tab();
        CHECK(errorOf(form.validate(), QStringLiteral("birthDate"))
              == QStringLiteral("Birth date: 10/04/2030 is in the future; expected today, %1, or an earlier day. "
                                "Check the year.").arg(context.clockNow.today().toString(QStringLiteral("dd/MM/yyyy"))));
    }

    SECTION("an EU citizen ticks the complementary lists asked")
    {
        mnemonic(&form, Qt::Key_V);
        type(QStringLiteral("31122031"));
        mnemonic(&form, Qt::Key_N);
        type(QStringLiteral("port"));  // Portugaise
        CHECK(form.values().value(QStringLiteral("nationality")).toString() == QStringLiteral("PT"));
        CHECK(errorFields(form.validate()) == QStringList{"lists"});
        CHECK(form.answer().contains(QStringLiteral("indiquez la ou les listes demandées")));
        tab();
        CHECK(focusedName() == QStringLiteral("Complementary lists (EU citizens): Liste complémentaire municipale (élections municipales)"));
        key(Qt::Key_Space);
        CHECK(form.validate().isEmpty());
        CHECK(jsonStrings(form.values().value(QStringLiteral("lists"))) == QStringList{"complementaire-municipale"});
        CHECK(form.answer().contains(QStringLiteral("inscription sur la liste complémentaire municipale")));
        CHECK(form.answer().contains(QStringLiteral("vaut pour les élections municipales de 2032")));
        CHECK(ids(form.checklist()) == QStringList{"cerfa-12670", "identite-ue", "domicile"});

        // The United Kingdom left the Union: said, not hidden.
        mnemonic(&form, Qt::Key_N);
        key(Qt::Key_End);  // Autre nationalité (hors Union européenne)
        key(Qt::Key_Up);   // Britannique, the last of the EU table
        CHECK(form.values().value(QStringLiteral("nationality")).toString() == QStringLiteral("GB"));
        CHECK(form.answer().contains(QStringLiteral("Le Royaume-Uni ne fait plus partie de l'Union européenne")));
        CHECK_FALSE(form.answer().contains(QStringLiteral("date limite")));
        CHECK(form.validate().isEmpty());
    }

    SECTION("the street decides the polling station; ambiguous or partial addresses are errors on their field")
    {
        mnemonic(&form, Qt::Key_V);
        type(QStringLiteral("31122031"));
        mnemonic(&form, Qt::Key_T);
        CHECK(focusedName() == QStringLiteral("Street"));
        type(QStringLiteral("gouesnou"));
        CHECK(errorOf(form.validate(), QStringLiteral("street"))
              == QStringLiteral("Street: several streets match \"gouesnou\" (Rue de Gouesnou, Route de Gouesnou). Type "
                                "the street type as well (rue, place, route…)."));
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Rte de Gouesnou"));
        CHECK(form.validate().isEmpty());
        CHECK(form.values().value(QStringLiteral("stationId")).toString() == QStringLiteral("0401"));
        CHECK(form.values().value(QStringLiteral("street")).toString() == QStringLiteral("Route de Gouesnou"));

        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Rue de Siam"));
        mnemonic(&form, Qt::Key_U);
        CHECK(focusedName() == QStringLiteral("House number"));
        key(Qt::Key_Backspace);
        CHECK(errorFields(form.validate()) == QStringList{"houseNumber"});
        CHECK(errorOf(form.validate(), QStringLiteral("houseNumber")).contains(QStringLiteral("split between several polling stations")));
        type(QStringLiteral("bis"));
        CHECK(errorOf(form.validate(), QStringLiteral("houseNumber")).contains(QStringLiteral("does not start with a number")));
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("49"));
        CHECK(form.values().value(QStringLiteral("stationId")).toString() == QStringLiteral("0101"));

        // A street the table does not know is recorded, and the answer asks to report it.
        mnemonic(&form, Qt::Key_T);
        type(QStringLiteral("Rue Neuve"));
        CHECK(form.validate().isEmpty());
        CHECK(form.answer().contains(QStringLiteral("La voie « Rue Neuve » ne figure pas dans la table")));
        CHECK(form.summary().endsWith(QStringLiteral("polling station to be determined")));
        CHECK(form.values().value(QStringLiteral("stationId")).toString().isEmpty());
    }

    SECTION("a late registration with an exception asks the date of its event")
    {
        context.clockNow.set(QDateTime(QDate(2027, 3, 20), QTime(9, 0), Qt::UTC));
        mnemonic(&form, Qt::Key_V);
        type(QStringLiteral("31122031"));
        CHECK(form.answer().contains(QStringLiteral("La date limite pour l'élection présidentielle de 2027 était le vendredi 5 mars 2027")));
        mnemonic(&form, Qt::Key_X);
        key(Qt::Key_Down);  // Fonctionnaire ou agent public muté ou admis à la retraite après la date limite
        tab();
        CHECK(focusedName() == QStringLiteral("Date of the event"));
        CHECK(errorOf(form.validate(), QStringLiteral("exceptionDate")).startsWith(QStringLiteral("Date of the event is missing")));
        type(QStringLiteral("10032027"));
        tab();
        CHECK(form.validate().isEmpty());
        CHECK(form.answer().contains(QStringLiteral("au titre de l'exception « Fonctionnaire ou agent public muté")));
        CHECK(form.answer().contains(QStringLiteral("jusqu'au jeudi 1er avril 2027")));
        CHECK(form.values().value(QStringLiteral("exceptionApplied")).toString() == QStringLiteral("mutation-retraite"));
        CHECK(ids(form.checklist()).contains(QStringLiteral("exception-mutation")));
    }
}

TEST_CASE("ElectoralForm: every error names a field the shell can focus", "[elections][form]")
{
    TestContext context(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    ElectoralForm form(rulesOf(context), context, ElectoralForm::Procedure::Registration);
    showAndActivate(form);
    // Everything that can be wrong at once: an EU citizen with no list, a
    // residence with no start, an exception with no date, no street, no ID.
    mnemonic(&form, Qt::Key_N);
    type(QStringLiteral("esp"));
    mnemonic(&form, Qt::Key_M);
    key(Qt::Key_Down);
    mnemonic(&form, Qt::Key_X);
    key(Qt::Key_Down);
    const auto errors = form.validate();
    CHECK(errorFields(errors) == QStringList{"birthDate", "exceptionDate", "idExpiry", "lists", "residenceSince", "street"});
    for (const Error &e : errors) {
        INFO(e.field.toStdString());
        auto *widget = form.findChild<QWidget *>(e.field);
        REQUIRE(widget);
        CHECK(widget->isEnabled());
        CHECK(widget->focusPolicy() != Qt::NoFocus);
        CHECK(e.code == Error::Code::Invalid);
        CHECK(e.message.endsWith(u'.'));
    }
}

TEST_CASE("ElectoralForm: an address on record in another commune is not taken for the new one", "[elections][form]")
{
    TestContext context(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    ElectoralForm form(rulesOf(context), context, ElectoralForm::Procedure::Registration);
    Citizen moving = applicant();
    moving.addressLine = QStringLiteral("4 rue de Brest");
    moving.postalCode = QStringLiteral("29490");
    moving.city = QStringLiteral("Guipavas");
    form.setApplicant(moving);
    CHECK(form.values().value(QStringLiteral("street")).toString().isEmpty());
    CHECK(form.values().value(QStringLiteral("houseNumber")).toString().isEmpty());
    CHECK(errorFields(form.validate()) == QStringList{"idExpiry", "street"});

    ElectoralForm resident(rulesOf(context), context, ElectoralForm::Procedure::Registration);
    Citizen local = applicant();
    local.addressLine = QStringLiteral("7B, Route du Vieux Saint-Marc");
    local.city = QStringLiteral("BREST");
    resident.setApplicant(local);
    CHECK(resident.values().value(QStringLiteral("houseNumber")).toString() == QStringLiteral("7B"));
    CHECK(resident.values().value(QStringLiteral("street")).toString() == QStringLiteral("Route du Vieux Saint-Marc"));
    CHECK(resident.values().value(QStringLiteral("stationId")).toString() == QStringLiteral("0502"));
}

TEST_CASE("ElectoralForm: a French voter cannot ask to be removed, an EU citizen names the lists", "[elections][form]")
{
    TestContext context(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    ElectoralForm form(rulesOf(context), context, ElectoralForm::Procedure::Removal);
    form.setApplicant(applicant());
    showAndActivate(form);

    mnemonic(&form, Qt::Key_N);
    CHECK(focusedName() == QStringLiteral("Nationality"));
    QStringList visited{focusedName()};
    for (int i = 0; i < 3; ++i) {
        tab();
        visited << focusedName();
    }
    CHECK(visited == QStringList{"Nationality", "Reason", "Identity document", "Identity document valid until"});

    CHECK(form.answer().startsWith(QStringLiteral("Un électeur de nationalité française ne peut pas demander sa radiation")));
    CHECK_FALSE(form.values().value(QStringLiteral("eligible")).toBool());
    CHECK(form.values().value(QStringLiteral("eligibilityRule")).toString() == QStringLiteral("removal-french"));
    type(QStringLiteral("01012030"));

    mnemonic(&form, Qt::Key_N);
    type(QStringLiteral("belg"));
    CHECK(form.values().value(QStringLiteral("nationality")).toString() == QStringLiteral("BE"));
    CHECK(errorFields(form.validate()) == QStringList{"lists"});
    CHECK(errorOf(form.validate(), QStringLiteral("lists")).startsWith(QStringLiteral("Lists to leave: none is ticked")));
    mnemonic(&form, Qt::Key_L);
    key(Qt::Key_Space);
    CHECK(form.validate().isEmpty());
    CHECK(form.answer().contains(QStringLiteral("la radiation de la liste complémentaire municipale peut être demandée")));
    CHECK(form.answer().contains(QStringLiteral("lundi 7 décembre 2026")));
    CHECK(form.summary() == QStringLiteral("Removal from the complementary lists: la liste complémentaire municipale"));
    CHECK(ids(form.checklist()) == QStringList{"demande-ecrite", "identite-ue"});
    CHECK(form.values().value(QStringLiteral("eligible")).toBool());
}

TEST_CASE("ElectoralForm: the answer shown is the engine's answer to the same facts", "[elections][form][answers]")
{
    TestContext context(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    const ElectoralRules rules = rulesOf(context);
    const ElectoralAnswers engine(rules);
    // What guichetctl is given, typed by hand: the same answer, sentence for sentence.
    const auto sameAnswer = [&](const ElectoralForm &form, const QString &procedure, const Facts &typed) {
        const auto specs = engine.facts(procedure);
        auto asked = answers::ask(engine, context.reference(), procedure, typed, answers::contextOf(context));
        REQUIRE(asked.has_value());
        const Answer shown = form.currentAnswer();
        CHECK(shown.toJson(specs) == asked->toJson(specs));
        CHECK(form.answer() == asked->text);
        CHECK(ids(form.checklist()) == ids(asked->checklist));
        CHECK(form.dueDate() == asked->date(QStringLiteral("decision-due")));
    };

    ElectoralForm form(rules, context, ElectoralForm::Procedure::Registration);
    form.setApplicant(applicant());
    showAndActivate(form);
    mnemonic(&form, Qt::Key_V);
    type(QStringLiteral("31122031"));
    tab();
    // A disabled field gives no fact: no residence date, no tax years for a domicile.
    CHECK(form.facts()
          == Facts{{"request_kind", "premiere-inscription"}, {"nationality", "FR"}, {"lists", ""},
                   {"birth_date", "2008-09-14"}, {"attachment", "domicile"}, {"hosted", "non"},
                   {"house_number", "12 bis"}, {"street", "rue de Siam"}, {"id_expiry", "2031-12-31"}, {"exception", ""}});
    sameAnswer(form, QString(RegistrationProcedureId),
               {{"nationality", "FR"}, {"birth_date", "2008-09-14"}, {"attachment", "domicile"},
                {"house_number", "12 bis"}, {"street", "rue de Siam"}, {"id_expiry", "2031-12-31"}});
    CHECK(form.currentAnswer().verdict == Answer::Verdict::Possible);

    // A Portuguese citizen on the municipal list, resident for one day short of 6 months.
    mnemonic(&form, Qt::Key_N);
    type(QStringLiteral("port"));
    tab();
    key(Qt::Key_Space);
    mnemonic(&form, Qt::Key_M);
    key(Qt::Key_Down);
    tab();
    type(QStringLiteral("02062026"));
    tab();
    CHECK(form.facts().value(QStringLiteral("lists")) == QStringLiteral("complementaire-municipale"));
    CHECK_FALSE(form.facts().contains(QStringLiteral("hosted")));
    sameAnswer(form, QString(RegistrationProcedureId),
               {{"nationality", "PT"}, {"lists", "complementaire-municipale"}, {"birth_date", "2008-09-14"},
                {"attachment", "residence"}, {"residence_since", "2026-06-02"}, {"house_number", "12 bis"},
                {"street", "rue de Siam"}, {"id_expiry", "2031-12-31"}});
    CHECK(form.currentAnswer().verdict == Answer::Verdict::Refused);
    CHECK(form.currentAnswer().rule == QStringLiteral("residence-too-short"));
    CHECK(form.values().value(QStringLiteral("eligibilityRule")).toString() == QStringLiteral("residence-too-short"));

    // The removal form: nationality and lists are all its answer reads.
    ElectoralForm removal(rules, context, ElectoralForm::Procedure::Removal);
    showAndActivate(removal);
    mnemonic(&removal, Qt::Key_N);
    type(QStringLiteral("belg"));
    CHECK(removal.currentAnswer().missing == QStringList{"lists"});
    mnemonic(&removal, Qt::Key_L);
    key(Qt::Key_Space);
    CHECK(removal.facts() == Facts{{"nationality", "BE"}, {"lists", "complementaire-municipale"}});
    sameAnswer(removal, QString(RemovalProcedureId), {{"nationality", "BE"}, {"lists", "complementaire-municipale"}});
    CHECK(removal.currentAnswer().verdict == Answer::Verdict::Possible);
}

namespace {

CaseSummary stored(const char *tracking, const QString &procedure, const char *status, const QDate &created,
                   const QDate &updated, const QDate &due, const QJsonObject &data = {})
{
    CaseSummary c;
    c.id = QUuid::createUuid();
    c.trackingNumber = QLatin1String(tracking);
    c.moduleId = QStringLiteral("listes-electorales");
    c.procedureId = procedure;
    c.status = QLatin1String(status);
    c.officeCode = QStringLiteral("BEL");
    c.createdAt = QDateTime(created, QTime(9, 30), Qt::UTC);
    c.statusSince = QDateTime(updated, QTime(15, 0), Qt::UTC);
    c.dueDate = due;
    c.summary = QStringLiteral("Inscription dans la commune — la liste électorale générale — Bureau 102 — École de Siam");
    c.personName = QStringLiteral("LE BIHAN Maël Yann");
    c.data = data;
    return c;
}

QJsonObject storedData(const char *rule)
{
    return {{QStringLiteral("requestKind"), QStringLiteral("premiere-inscription")},
            {QStringLiteral("nationality"), QStringLiteral("FR")},
            {QStringLiteral("lists"), QJsonArray{QStringLiteral("generale")}},
            {QStringLiteral("attachment"), QStringLiteral("domicile")},
            {QStringLiteral("houseNumber"), QStringLiteral("12 bis")},
            {QStringLiteral("street"), QStringLiteral("Rue de Siam")},
            {QStringLiteral("postalCode"), QStringLiteral("29200")},
            {QStringLiteral("stationId"), QStringLiteral("0102")},
            {QStringLiteral("stationLabel"), QStringLiteral("Bureau 102 — École de Siam")},
            {QStringLiteral("pollIds"), QJsonArray{QStringLiteral("presidentielle-2027")}},
            {QStringLiteral("eligibilityRule"), QLatin1String(rule)},
            {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("familyName"), QStringLiteral("Le Bihan")},
                                                      {QStringLiteral("firstNames"), QStringLiteral("Maël Yann")},
                                                      {QStringLiteral("sex"), QStringLiteral("M")},
                                                      {QStringLiteral("birthDate"), QStringLiteral("2008-09-14")}}}};
}

QString trackingAt(const WorkListModel *model, int row)
{
    return model->data(model->index(row, WorkListModel::Tracking)).toString();
}

} // namespace

TEST_CASE("ElectoralWorkPage: the lists put the overdue first, Enter opens the case, letters and the REU export",
          "[elections][workpage]")
{
    // Wednesday 9 December 2026.
    TestContext context(QDateTime(QDate(2026, 12, 9), QTime(9, 0), Qt::UTC));
    const QString registration = QString(RegistrationProcedureId);
    context.storedCases = {
        stored("BEL-2026-000101", registration, "received", QDate(2026, 12, 1), QDate(2026, 12, 1), QDate(2026, 12, 7),
               storedData("")),
        stored("BEL-2026-000111", registration, "received", QDate(2026, 12, 8), QDate(2026, 12, 8), QDate(2026, 12, 14),
               storedData("")),
        // No due date recorded: 5 days from Wednesday 2 December, Monday 7 December.
        stored("BEL-2026-000121", registration, "received", QDate(2026, 12, 2), QDate(2026, 12, 2), QDate(),
               storedData("")),
        // Decided Friday 4 December: to notify by Monday 7 (Sunday moved on).
        stored("BEL-2026-000131", registration, "accepted", QDate(2026, 11, 30), QDate(2026, 12, 4), QDate(2026, 12, 7),
               storedData("")),
        stored("BEL-2026-000141", registration, "refused", QDate(2026, 12, 3), QDate(2026, 12, 8), QDate(2026, 12, 8),
               storedData("under-age")),
        stored("BEL-2026-000151", registration, "accepted-notified", QDate(2026, 11, 2), QDate(2026, 11, 9),
               QDate(2026, 11, 9), storedData("")),
        // Recorded without the module's form (imported, demo data): no identity for the register.
        stored("BEL-2026-000191", registration, "accepted-notified", QDate(2026, 11, 3), QDate(2026, 11, 10),
               QDate(2026, 11, 10)),
        stored("BEL-2026-000161", registration, "transmitted", QDate(2026, 10, 2), QDate(2026, 10, 9),
               QDate(2026, 10, 9), storedData("")),
        stored("BEL-2026-000181", QString(RemovalProcedureId), "received", QDate(2026, 12, 9), QDate(2026, 12, 9),
               QDate(2026, 12, 14), QJsonObject{{QStringLiteral("nationality"), QStringLiteral("BE")}}),
        stored("BEL-2026-000171", QStringLiteral("etat-civil.copie-acte"), "received", QDate(2026, 12, 1),
               QDate(2026, 12, 1), QDate(2026, 12, 1)),
    };
    ElectoralWorkPage page(rulesOf(context), context);
    page.refresh();  // as the shell does when it first shows the page
    QAbstractItemModelTester awaitingTester(page.awaitingModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester notifyTester(page.notifyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    showAndActivate(page);
    page.setFocus();
    CHECK(page.title() == QStringLiteral("Electoral lists"));

    const WorkListModel *awaiting = page.awaitingModel();
    REQUIRE(awaiting->rowCount() == 4);
    CHECK(trackingAt(awaiting, 0) == QStringLiteral("BEL-2026-000101"));
    CHECK(trackingAt(awaiting, 1) == QStringLiteral("BEL-2026-000121"));
    CHECK(trackingAt(awaiting, 2) == QStringLiteral("BEL-2026-000111"));  // same due day: received first
    CHECK(trackingAt(awaiting, 3) == QStringLiteral("BEL-2026-000181"));
    CHECK(awaiting->data(awaiting->index(0, WorkListModel::Request)).toString() == QStringLiteral("Inscription dans la commune"));
    CHECK(awaiting->data(awaiting->index(3, WorkListModel::Request)).toString() == QStringLiteral("Removal from a complementary list"));
    CHECK(awaiting->overdueCount() == 2);
    CHECK(awaiting->data(awaiting->index(0, WorkListModel::Due)).toString().endsWith(QStringLiteral("⚠ overdue")));
    CHECK_FALSE(awaiting->data(awaiting->index(2, WorkListModel::Due)).toString().endsWith(QStringLiteral("⚠ overdue")));
    CHECK(awaiting->item(1).due == QDate(2026, 12, 7));

    const WorkListModel *toNotify = page.notifyModel();
    REQUIRE(toNotify->rowCount() == 2);
    CHECK(trackingAt(toNotify, 0) == QStringLiteral("BEL-2026-000131"));
    CHECK(toNotify->item(0).due == QDate(2026, 12, 7));
    CHECK(toNotify->item(0).overdue);
    CHECK(trackingAt(toNotify, 1) == QStringLiteral("BEL-2026-000141"));
    CHECK(toNotify->item(1).due == QDate(2026, 12, 10));
    CHECK(toNotify->data(toNotify->index(1, WorkListModel::Request)).toString() == QStringLiteral("Refused"));

    SECTION("Enter opens the case of the current line, in either list")
    {
        CHECK(focusedName() == QStringLiteral("Requests awaiting the mayor's decision"));
        key(Qt::Key_Return);
        key(Qt::Key_Down);
        key(Qt::Key_Enter);
        mnemonic(&page, Qt::Key_N);
        CHECK(focusedName() == QStringLiteral("Decisions to notify"));
        key(Qt::Key_Return);
        REQUIRE(context.openedCases.size() == 3);
        CHECK(context.openedCases.at(0) == awaiting->item(0).summary.id);
        CHECK(context.openedCases.at(1) == awaiting->item(1).summary.id);
        CHECK(context.openedCases.at(2) == toNotify->item(0).summary.id);
    }

    SECTION("the letter of an acceptance names the station and the poll")
    {
        mnemonic(&page, Qt::Key_N);
        const auto path = page.writeLetter();
        INFO(page.statusText().toStdString());
        REQUIRE(path.has_value());
        CHECK(QFileInfo(*path).fileName() == QStringLiteral("notification-BEL-2026-000131.pdf"));
        const QString text = pdfText(*path, {QStringLiteral("-layout")}).simplified();
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("Mairie de quartier de Bellevue")));
        CHECK(text.contains(QStringLiteral("Notification d'une décision relative à la liste électorale")));
        CHECK(text.contains(QStringLiteral("BEL-2026-000131")));
        CHECK(text.contains(QStringLiteral("LE BIHAN Maël Yann")));
        CHECK(text.contains(QStringLiteral("12 bis Rue de Siam 29200 Brest")));
        CHECK(text.contains(QStringLiteral("Demande acceptée")));
        CHECK(text.contains(QStringLiteral("Bureau 102 — École de Siam")));
        CHECK(text.contains(QStringLiteral("L'élection présidentielle de 2027 (dimanche 11 avril 2027)")));
        CHECK(text.contains(QStringLiteral("Par décision du vendredi 4 décembre 2026, le maire a fait droit à votre demande.")));
        CHECK_FALSE(text.contains(QStringLiteral("commission de contrôle")));
        CHECK(page.statusText().contains(QStringLiteral("notification-BEL-2026-000131.pdf")));
        CHECK_FALSE(page.findChild<QComboBox *>(QStringLiteral("refusalReason"))->isEnabled());
    }

    SECTION("the letter of a refusal gives its reason and the appeal")
    {
        mnemonic(&page, Qt::Key_N);
        key(Qt::Key_Down);
        mnemonic(&page, Qt::Key_R);
        CHECK(focusedName() == QStringLiteral("Reason of the refusal, for the letter"));
        // What refused the request at the counter suggests the reason.
        const auto *reason = qobject_cast<QComboBox *>(QApplication::focusWidget());
        REQUIRE(reason);
        CHECK(reason->currentText() == QStringLiteral("Condition d'âge non remplie : 18 ans la veille du premier tour"));
        key(Qt::Key_Down);
        CHECK(reason->currentText() == QStringLiteral("Nationalité ne permettant pas l'inscription"));
        mnemonic(&page, Qt::Key_L);  // the button, clicked as a mouse would (released 100 ms later)
        const QString path = QDir(context.documentsDirectory()).filePath(QStringLiteral("notification-BEL-2026-000141.pdf"));
        REQUIRE(QTest::qWaitFor([&] { return QFileInfo::exists(path); }, 5000));
        const QString text = pdfText(path, {QStringLiteral("-layout")}).simplified();
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("Demande rejetée")));
        CHECK(text.contains(QStringLiteral("Par décision du mardi 8 décembre 2026, le maire a rejeté votre demande pour le motif "
                                           "suivant : Nationalité ne permettant pas l'inscription.")));
        CHECK(text.contains(QStringLiteral("devant la commission de contrôle, dans un délai de 5 jours")));
        CHECK_FALSE(text.contains(QStringLiteral("Bureau 102")));
    }

    SECTION("the REU export takes the decided requests not yet transmitted")
    {
        mnemonic(&page, Qt::Key_X);
        const QString path = page.defaultExportPath();
        CHECK(QFileInfo(path).fileName() == QStringLiteral("reu-BEL-2026-12-09.csv"));
        REQUIRE(QTest::qWaitFor([&] { return QFileInfo::exists(path); }, 5000));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 4);
        CHECK(lines.at(0).startsWith(QStringLiteral("numero_suivi;demarche;decision;")));
        // Oldest first, as the cases come.
        CHECK(lines.at(1).startsWith(QStringLiteral("BEL-2026-000151;inscription;acceptee;")));
        CHECK(lines.at(2).startsWith(QStringLiteral("BEL-2026-000131;inscription;acceptee;2026-11-30;2026-12-04;generale;Le Bihan;;Maël Yann;M;2008-09-14;")));
        CHECK(lines.at(3).startsWith(QStringLiteral("BEL-2026-000141;inscription;refusee;")));
        CHECK(page.statusText().startsWith(QStringLiteral("3 decided request(s) exported to")));
        CHECK(page.statusText().endsWith(QStringLiteral("Left out, because they were not recorded with this module's form "
                                                        "and lack the person's identity: BEL-2026-000191. Enter them in "
                                                        "the REU by hand.")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));
    }

    SECTION("a refusal the rules did not foresee: no reason is proposed, and none is printed unchosen")
    {
        context.storedCases[4].data.insert(QStringLiteral("eligibilityRule"), QString());
        page.refresh();
        mnemonic(&page, Qt::Key_N);
        key(Qt::Key_Down);
        const auto *reason = page.findChild<QComboBox *>(QStringLiteral("refusalReason"));
        REQUIRE(reason->isEnabled());
        CHECK(reason->currentIndex() == -1);
        const auto refused = page.writeLetter();
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.startsWith(QStringLiteral("Reason of the refusal is missing")));
        CHECK(page.statusText() == refused.error().message);
        CHECK_FALSE(QFileInfo::exists(QDir(context.documentsDirectory()).filePath(QStringLiteral("notification-BEL-2026-000141.pdf"))));
        mnemonic(&page, Qt::Key_R);
        key(Qt::Key_Down);
        CHECK(reason->currentText() == QStringLiteral("Condition d'âge non remplie : 18 ans la veille du premier tour"));
        CHECK(page.writeLetter().has_value());
    }

    SECTION("a decision taken in the case window leaves the list on refresh")
    {
        context.storedCases[0].status = QStringLiteral("accepted");
        context.storedCases[0].statusSince = QDateTime(QDate(2026, 12, 9), QTime(8, 0), Qt::UTC);
        page.refresh();
        CHECK(awaiting->rowCount() == 3);
        CHECK(toNotify->rowCount() == 3);
        CHECK(trackingAt(toNotify, 2) == QStringLiteral("BEL-2026-000101"));
        CHECK(toNotify->item(2).due == QDate(2026, 12, 11));
    }
}

namespace {

/// A context whose release has no "listes-electorales" section.
ReferenceRelease emptyRelease()
{
    auto r = ReferenceRelease::fromCanonicalJson(
        R"({"release": {"id": "test", "effective": "2026-01-01"}, "sections": {}})");
    REQUIRE(r.has_value());
    return *r;
}

} // namespace

TEST_CASE("ElectoralPlugin: loads as a Qt plugin, offers its procedures and its work page once initialized",
          "[elections][plugin]")
{
    QPluginLoader loader(test::buildPath(QStringLiteral("lib/guichet/modules/guichet-module-listes-electorales")));
    const QJsonObject meta = loader.metaData();
    CHECK(meta.value(QStringLiteral("IID")).toString() == QStringLiteral(GuichetProcedureModule_iid));
    const QJsonObject data = meta.value(QStringLiteral("MetaData")).toObject();
    CHECK(data.value(QStringLiteral("id")).toString() == QStringLiteral("listes-electorales"));
    CHECK(data.value(QStringLiteral("name")).toString() == QStringLiteral("Listes électorales"));
    CHECK(data.value(QStringLiteral("sdkVersion")).toInt() == SdkVersion);

    QObject *instance = loader.instance();
    INFO(loader.errorString().toStdString());
    REQUIRE(instance);
    auto *module = qobject_cast<ProcedureModule *>(instance);
    REQUIRE(module);
    CHECK(module->procedures().isEmpty());
    QWidget host;
    CHECK(module->workPages(&host).isEmpty());

    TestContext empty(emptyRelease(), QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    const auto refused = module->initialize(empty);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::NotFound);

    TestContext context(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    const auto started = module->initialize(context);
    INFO((started ? QString() : started.error().message).toStdString());
    REQUIRE(started.has_value());
    const auto procedures = module->procedures();
    REQUIRE(procedures.size() == 2);
    CHECK(procedures.at(0).id == RegistrationProcedureId);
    CHECK(procedures.at(1).workflowId == QStringLiteral("listes-electorales.radiation"));

    std::unique_ptr<CaseForm> form(module->createCaseForm(QString(RemovalProcedureId), &host));
    REQUIRE(form);
    CHECK(form->values().value(QStringLiteral("nationality")).toString() == QStringLiteral("FR"));
    CHECK(module->createCaseForm(QStringLiteral("listes-electorales.procuration"), &host) == nullptr);
    form.reset();
    const auto pages = module->workPages(&host);
    REQUIRE(pages.size() == 1);
    CHECK(pages.first()->title() == QStringLiteral("Electoral lists"));
    module->aboutToShutdown();
}

TEST_CASE("ElectoralWorkPage: the lists hold this office's requests, the 200 oldest, and say when there are more",
          "[elections][workpage]")
{
    TestContext context(QDateTime(QDate(2026, 12, 9), QTime(9, 0), Qt::UTC));
    const QString registration = QString(RegistrationProcedureId);
    const int cap = ElectoralWorkPage::ListCap;
    // One more request awaiting the decision than a list shows, one a day back from 8 December.
    for (int i = 0; i <= cap; ++i) {
        const QDate received = QDate(2026, 12, 8).addDays(i - cap);
        context.storedCases << stored(qPrintable(QStringLiteral("BEL-2026-%1").arg(i, 6, 10, QChar(u'0'))), registration,
                                      "received", received, received, QDate(), storedData(""));
    }
    // Decided at another office (a mairie de quartier records its own requests): not this office's list.
    CaseSummary elsewhere = stored("LAM-2026-000001", registration, "accepted", QDate(2026, 12, 1), QDate(2026, 12, 4),
                                   QDate(2026, 12, 7), storedData(""));
    elsewhere.officeCode = QStringLiteral("LAM");
    context.storedCases << elsewhere;

    ElectoralWorkPage page(rulesOf(context), context);
    page.refresh();  // as the shell does when it first shows the page
    REQUIRE(page.awaitingModel()->rowCount() == cap);
    CHECK(page.notifyModel()->rowCount() == 0);
    // The oldest are kept: agents work them first.
    CHECK(trackingAt(page.awaitingModel(), 0) == QStringLiteral("BEL-2026-000000"));
    const auto titles = page.findChildren<QLabel *>();
    const auto hasTitle = [&](const QString &text) {
        return std::any_of(titles.cbegin(), titles.cend(), [&](const QLabel *l) { return l->text().startsWith(text); });
    };
    CHECK(hasTitle(QStringLiteral("Awaiting the &mayor's decision: more than 200 requests, ")));
    CHECK(hasTitle(QStringLiteral("Decisions to &notify: 0")));
    CHECK(page.notice() == QStringLiteral("More than 200 cases in a list: the 200 oldest are shown. "
                                          "Refine in the case list (F3)."));

    // Down to the cap (the oldest decided): every request listed, nothing said.
    context.storedCases.removeFirst();
    page.refresh();
    CHECK(page.awaitingModel()->rowCount() == cap);
    CHECK(hasTitle(QStringLiteral("Awaiting the &mayor's decision: 200 request(s), ")));
    CHECK(page.notice().isEmpty());
}
