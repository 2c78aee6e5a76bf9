// SPDX-License-Identifier: GPL-3.0-or-later
// The intake of written requests and calls: the forms driven by the keyboard,
// their messages, the answer they show, the service and due date the case
// gets, and the letter printed from the case (read back from its PDF), through
// the plugin as the shell loads it.
#include "acknowledgement.h"
#include "courrierform.h"
#include "datefield.h"
#include "formtesting.h"
#include "testcontext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPluginLoader>
#include <QTest>

#include <memory>

using namespace guichet;
using namespace guichet::test;
using namespace guichet::courrier;

namespace {

const QDateTime Now(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

CourrierRules rulesOf(const ModuleContext &context)
{
    auto r = CourrierRules::fromRelease(context.reference());
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.has_value());
    return *r;
}

Citizen writer()
{
    Citizen c;
    c.id = QUuid::createUuid();
    c.familyName = QStringLiteral("Kerjean");
    c.firstNames = QStringLiteral("Nolwenn");
    c.sex = u'F';
    c.addressLine = QStringLiteral("7 rue de Siam");
    c.postalCode = QStringLiteral("29200");
    c.city = QStringLiteral("Brest");
    c.phone = QStringLiteral("+33298112233");
    return c;
}

template <typename W>
W *field(const QWidget &form, const char *name)
{
    auto *w = form.findChild<W *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

void choose(const QWidget &form, const char *name, const QString &id)
{
    auto *combo = field<QComboBox>(form, name);
    const int index = combo->findData(id);
    REQUIRE(index > 0);
    combo->setCurrentIndex(index);
}

void tab()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

QString messageFor(const QList<Error> &errors, const QString &field)
{
    for (const Error &e : errors)
        if (e.field == field)
            return e.message;
    return {};
}

/// The case the shell records from the form, as a work list or the case window reads it.
CaseSummary recorded(const CaseForm &form, const QString &procedureId, const QDateTime &at = Now)
{
    CaseSummary c;
    c.id = QUuid::createUuid();
    c.trackingNumber = QStringLiteral("BEL-2026-000777");
    c.procedureId = procedureId;
    c.status = QStringLiteral("received");
    c.officeCode = QStringLiteral("BEL");
    c.service = form.service();
    c.dueDate = form.dueDate();
    c.summary = form.summary();
    c.data = form.values();
    c.personName = QStringLiteral("KERJEAN Nolwenn");
    c.createdAt = at;
    c.statusSince = at;
    return c;
}

/// The letter written as PDF and read back on one line.
QString printed(const TestContext &context, const CaseSummary &c)
{
    const auto letter = letterFor(rulesOf(context), context, c);
    INFO((letter ? QString() : letter.error().message).toStdString());
    REQUIRE(letter.has_value());
    const QString pdf = QDir(context.documentsDirectory()).filePath(letterFileName(c));
    REQUIRE(writeDocumentPdf(*letter, pdf));
    return pdfText(pdf).simplified();
}

} // namespace

TEST_CASE("CourrierForm: a letter is registered from the keyboard alone, in the order of reading", "[courrier][form]")
{
    TestContext context(Now);
    CourrierForm form(rulesOf(context), context, CourrierForm::Procedure::Written);
    form.setApplicant(writer());
    showAndActivate(form);
    // The date received is today's by default: most mail is registered the day it comes.
    CHECK(field<DateField>(form, "received")->date() == QDate(2026, 11, 20));
    field<DateField>(form, "received")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("16/11/2026"));
    tab();
    CHECK(focusedName() == QStringLiteral("First received elsewhere on"));
    type(QStringLiteral("25/09/2026"));
    tab();
    CHECK(focusedName() == QStringLiteral("Subject"));
    type(QStringLiteral("l"));   // Listes électorales
    tab();
    CHECK(focusedName() == QStringLiteral("Kind of request"));
    type(QStringLiteral("r"));   // Réclamation ou plainte
    tab();
    CHECK(focusedName() == QStringLiteral("Object"));
    type(QStringLiteral("Contests the removal from the electoral list"));
    tab();
    CHECK(focusedName() == QStringLiteral("Analysis"));
    type(QStringLiteral("Letter and copy of the notice enclosed."));
    tab();
    CHECK(focusedName() != QStringLiteral("Analysis"));

    INFO(messageFor(form.validate(), QStringLiteral("subject")).toStdString());
    CHECK(form.validate().isEmpty());
    const QJsonObject v = form.values();
    CHECK(v.value(QStringLiteral("subject")).toString() == QStringLiteral("elections"));
    CHECK(v.value(QStringLiteral("requestKind")).toString() == QStringLiteral("reclamation"));
    CHECK(v.value(QStringLiteral("received")).toString() == QStringLiteral("2026-11-16"));
    CHECK(v.value(QStringLiteral("firstReceived")).toString() == QStringLiteral("2026-09-25"));
    CHECK(v.value(QStringLiteral("analysis")).toString() == QStringLiteral("Letter and copy of the notice enclosed."));
    CHECK(form.summary() == QStringLiteral("Contests the removal from the electoral list"));
    CHECK(form.service() == QStringLiteral("elections"));
    // Rejected by silence two months after the first receipt, before the city's target.
    CHECK(form.dueDate() == QDate(2026, 11, 25));
    CHECK(form.answer().contains(QStringLiteral("CRPA-L231-4")));
    CHECK(form.answer().contains(QStringLiteral("CJA-R421-2")));
}

TEST_CASE("CourrierForm: each wrong field has a message naming it, what is expected and what to do", "[courrier][form]")
{
    TestContext context(Now);
    CourrierForm form(rulesOf(context), context, CourrierForm::Procedure::Written);
    field<DateField>(form, "received")->setText(QString());
    QList<Error> errors = form.validate();
    CHECK(errorFields(errors) == QStringList{QStringLiteral("object"), QStringLiteral("received"),
                                             QStringLiteral("requestKind"), QStringLiteral("subject")});
    CHECK(messageFor(errors, QStringLiteral("received")).startsWith(QStringLiteral("Received on is missing: type")));
    CHECK(messageFor(errors, QStringLiteral("subject")).contains(QStringLiteral("Choose what the request is about")));
    CHECK(messageFor(errors, QStringLiteral("requestKind")).contains(QStringLiteral("what silence is worth")));
    CHECK(messageFor(errors, QStringLiteral("object")).startsWith(QStringLiteral("Object is missing")));

    // A day to come, and a first receipt after the city's.
    field<DateField>(form, "received")->setText(QStringLiteral("23/11/2026"));
    field<DateField>(form, "firstReceived")->setText(QStringLiteral("not a date"));
    errors = form.validate();
    CHECK(messageFor(errors, QStringLiteral("received")).startsWith(QStringLiteral("Received on")));
    CHECK(messageFor(errors, QStringLiteral("firstReceived")).startsWith(QStringLiteral("First received elsewhere on")));
    field<DateField>(form, "received")->setText(QStringLiteral("10/11/2026"));
    field<DateField>(form, "firstReceived")->setText(QStringLiteral("12/11/2026"));
    errors = form.validate();
    CHECK(messageFor(errors, QStringLiteral("received")).isEmpty());
    CHECK(messageFor(errors, QStringLiteral("firstReceived"))
          == QStringLiteral("First received elsewhere on: 12/11/2026 is after the day the city received the request "
                            "(10/11/2026). Type the day the other administration received it, which comes first, or "
                            "leave the field empty."));
}

TEST_CASE("CourrierForm: the answer shown routes the subject and dates the silence of each kind", "[courrier][form][answers]")
{
    TestContext context(Now);
    CourrierForm form(rulesOf(context), context, CourrierForm::Procedure::Written);
    CHECK(form.currentAnswer().verdict == Answer::Verdict::Incomplete);
    CHECK_FALSE(form.dueDate().isValid());
    CHECK(form.service().isEmpty());

    field<DateField>(form, "received")->setText(QStringLiteral("01/10/2026"));
    choose(form, "subject", QStringLiteral("etat-civil"));
    choose(form, "requestKind", QStringLiteral("decision-individuelle"));
    CHECK(form.currentAnswer().date(QStringLiteral("decision")) == QDate(2026, 12, 1));
    CHECK(form.dueDate() == QDate(2026, 10, 22));
    CHECK(form.service() == QStringLiteral("etat-civil"));
    CHECK(form.answer().contains(QStringLiteral("Service de l'état civil")));

    field<DateField>(form, "received")->setText(QStringLiteral("02/11/2026"));
    choose(form, "requestKind", QStringLiteral("communication-document"));
    CHECK(form.currentAnswer().date(QStringLiteral("decision")) == QDate(2026, 12, 2));
    CHECK(form.dueDate() == QDate(2026, 11, 24));

    // Sent to the métropole: recorded by the mail service, which transmits it.
    choose(form, "subject", QStringLiteral("dechets"));
    CHECK(form.service() == QStringLiteral("courrier"));
    CHECK(form.currentAnswer().verdict == Answer::Verdict::Redirected);
    CHECK(form.answer().contains(QStringLiteral("CRPA-L114-2")));
    CHECK(form.values().value(QStringLiteral("partner")).toString() == QStringLiteral("brest-metropole"));
    CHECK(form.dueDate() == form.currentAnswer().date(QStringLiteral("answer-target")));
}

TEST_CASE("CourrierForm: a call asks what was asked, and a valid number when a callback is wanted", "[courrier][form]")
{
    TestContext context(Now);
    CourrierForm form(rulesOf(context), context, CourrierForm::Procedure::Call);
    QList<Error> errors = form.validate();
    CHECK(errorFields(errors) == QStringList{QStringLiteral("question"), QStringLiteral("subject")});
    CHECK(messageFor(errors, QStringLiteral("question")).startsWith(QStringLiteral("What was asked is missing")));
    CHECK_FALSE(field<QLineEdit>(form, "callbackPhone")->isEnabled());

    choose(form, "subject", QStringLiteral("titres"));
    field<QLineEdit>(form, "question")->setText(QStringLiteral("When is my passport ready?"));
    CHECK(form.validate().isEmpty());
    CHECK_FALSE(form.dueDate().isValid());
    CHECK(form.summary() == QStringLiteral("Call: When is my passport ready?"));

    field<QCheckBox>(form, "callback")->setChecked(true);
    CHECK(field<QLineEdit>(form, "callbackPhone")->isEnabled());
    errors = form.validate();
    CHECK(messageFor(errors, QStringLiteral("callbackPhone")).startsWith(QStringLiteral("Number to call back is missing")));
    field<QLineEdit>(form, "callbackPhone")->setText(QStringLiteral("12 34"));
    errors = form.validate();
    CHECK(messageFor(errors, QStringLiteral("callbackPhone"))
          .startsWith(QStringLiteral("Number to call back: \"12 34\" is not a phone number.")));
    field<QLineEdit>(form, "callbackPhone")->setText(QStringLiteral("06 12 34 56 78"));
    CHECK(form.validate().isEmpty());
    CHECK(form.values().value(QStringLiteral("callbackPhone")).toString() == QStringLiteral("+33612345678"));
    CHECK(form.dueDate() == QDate(2026, 12, 11));
    CHECK(form.service() == QStringLiteral("titres"));

    // The person's number on record is offered.
    CourrierForm other(rulesOf(context), context, CourrierForm::Procedure::Call);
    other.setApplicant(writer());
    CHECK(field<QLineEdit>(other, "callbackPhone")->text() == QStringLiteral("02 98 11 22 33"));
}

TEST_CASE("Courrier letters: the acknowledgement states the receipt, the service and its contact, the acceptance and the attestation",
          "[courrier][letters]")
{
    TestContext context(Now);
    CourrierForm form(rulesOf(context), context, CourrierForm::Procedure::Written);
    form.setApplicant(writer());
    field<DateField>(form, "received")->setText(QStringLiteral("01/10/2026"));
    choose(form, "subject", QStringLiteral("etat-civil"));
    choose(form, "requestKind", QStringLiteral("decision-individuelle"));
    field<QLineEdit>(form, "object")->setText(QStringLiteral("Mention de divorce sur l'acte de mariage"));
    REQUIRE(form.validate().isEmpty());
    const CaseSummary c = recorded(form, QString(WrittenProcedureId), QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC));
    CHECK(letterKind(c) == LetterKind::Acknowledgement);
    const QString text = printed(context, c);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Accusé de réception de votre demande")));
    CHECK(text.contains(QStringLiteral("BEL-2026-000777")));
    CHECK(text.contains(QStringLiteral("Demande reçue le 1er octobre 2026")));
    CHECK(text.contains(QStringLiteral("Service de l'état civil")));
    CHECK(text.contains(QStringLiteral("1 rue Pierre Trépos, 29200 Brest")));
    CHECK(text.contains(QStringLiteral("02 98 00 80 80")));
    // No e-mail in the release for the service: no such line, and never a ⚠ on a letter.
    CHECK_FALSE(text.contains(QStringLiteral("Adresse électronique")));
    CHECK_FALSE(text.contains(QStringLiteral("⚠")));
    CHECK(text.contains(QStringLiteral("réputée acceptée le 1er décembre 2026")));
    CHECK(text.contains(QStringLiteral("attestation")));
    CHECK(text.contains(QStringLiteral("L232-3")));
    CHECK(text.contains(QStringLiteral("au plus tard le 22 octobre 2026")));
    CHECK_FALSE(text.contains(QStringLiteral("tribunal administratif")));
    CHECK(text.contains(QStringLiteral("KERJEAN Nolwenn")));
}

TEST_CASE("Courrier letters: an implicit rejection is acknowledged with the appeal to the court and its last day",
          "[courrier][letters]")
{
    TestContext context(Now);
    CourrierForm form(rulesOf(context), context, CourrierForm::Procedure::Written);
    field<DateField>(form, "received")->setText(QStringLiteral("02/11/2026"));
    choose(form, "subject", QStringLiteral("ecoles"));
    choose(form, "requestKind", QStringLiteral("communication-document"));
    field<QLineEdit>(form, "object")->setText(QStringLiteral("Copie du règlement de la restauration scolaire"));
    const QString text = printed(context, recorded(form, QString(WrittenProcedureId)));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Direction de l'éducation")));
    CHECK(text.contains(QStringLiteral("réputée rejetée le 2 décembre 2026")));
    CHECK(text.contains(QStringLiteral("tribunal administratif")));
    CHECK(text.contains(QStringLiteral("jusqu'au 2 février 2027")));
    CHECK(text.contains(QStringLiteral("R421-2")));
    CHECK_FALSE(text.contains(QStringLiteral("attestation")));
}

TEST_CASE("Courrier letters: a request without a decision says no implicit decision arises, one transmitted says to whom",
          "[courrier][letters]")
{
    TestContext context(Now);
    CourrierForm form(rulesOf(context), context, CourrierForm::Procedure::Written);
    choose(form, "subject", QStringLiteral("autre"));
    choose(form, "requestKind", QStringLiteral("renseignement"));
    field<QLineEdit>(form, "object")->setText(QStringLiteral("Horaires de la mairie"));
    QString text = printed(context, recorded(form, QString(WrittenProcedureId)));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("ni acceptation ni rejet")));
    CHECK(text.contains(QStringLiteral("au plus tard le 11 décembre 2026")));

    choose(form, "subject", QStringLiteral("eau"));
    const CaseSummary transmitted = recorded(form, QString(WrittenProcedureId));
    CHECK(letterKind(transmitted) == LetterKind::Transmission);
    CHECK(letterFileName(transmitted) == QStringLiteral("BEL-2026-000777-transmission.pdf"));
    text = printed(context, transmitted);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Transmission de votre demande")));
    CHECK(text.contains(QStringLiteral("Brest métropole")));
    CHECK(text.contains(QStringLiteral("L114-2")));
    CHECK(text.contains(QStringLiteral("Demande reçue le 20 novembre 2026")));
}

TEST_CASE("CourrierPlugin: loads as a Qt plugin, offers both procedures, its page, and prints a letter's case again",
          "[courrier][plugin]")
{
    QPluginLoader loader(test::buildPath(QStringLiteral("lib/guichet/modules/guichet-module-courrier")));
    const QJsonObject meta = loader.metaData();
    CHECK(meta.value(QStringLiteral("IID")).toString() == QStringLiteral(GuichetProcedureModule_iid));
    const QJsonObject data = meta.value(QStringLiteral("MetaData")).toObject();
    CHECK(data.value(QStringLiteral("id")).toString() == QStringLiteral("courrier"));
    CHECK(data.value(QStringLiteral("sdkVersion")).toInt() == SdkVersion);
    QObject *instance = loader.instance();
    INFO(loader.errorString().toStdString());
    REQUIRE(instance);
    auto *module = qobject_cast<ProcedureModule *>(instance);
    REQUIRE(module);
    CHECK(module->procedures().isEmpty());

    TestContext context(Now);
    const auto started = module->initialize(context);
    INFO((started ? QString() : started.error().message).toStdString());
    REQUIRE(started.has_value());
    const auto procedures = module->procedures();
    REQUIRE(procedures.size() == 2);
    CHECK(procedures.at(0).title == QStringLiteral("Demande écrite (courrier, courriel, formulaire en ligne)"));
    CHECK(procedures.at(1).title == QStringLiteral("Appel téléphonique"));

    QWidget host;
    std::unique_ptr<CaseForm> form(module->createCaseForm(QString(WrittenProcedureId), &host));
    REQUIRE(form);
    choose(*form, "subject", QStringLiteral("titres"));
    choose(*form, "requestKind", QStringLiteral("reclamation"));
    field<QLineEdit>(*form, "object")->setText(QStringLiteral("Rendez-vous manqué"));
    const CaseSummary c = recorded(*form, QString(WrittenProcedureId));
    const auto document = module->caseDocument(c, {});
    REQUIRE(document.has_value());
    REQUIRE(document->has_value());
    CHECK((*document)->fileName == QStringLiteral("BEL-2026-000777-accuse-reception.pdf"));
    CHECK((*document)->document.paragraphs.join(u' ').contains(QStringLiteral("réputée rejetée le 20 janvier 2027")));

    std::unique_ptr<CaseForm> call(module->createCaseForm(QString(CallProcedureId), &host));
    REQUIRE(call);
    CHECK_FALSE(module->caseDocument(recorded(*call, QString(CallProcedureId)), {}).has_value());
    CHECK(module->createCaseForm(QStringLiteral("courrier.courriel-inconnu"), &host) == nullptr);
    const auto pages = module->workPages(&host);
    REQUIRE(pages.size() == 1);
    CHECK(pages.first()->title() == QStringLiteral("Mail"));
    module->aboutToShutdown();
}
