// SPDX-License-Identifier: GPL-3.0-or-later
// One answer, every channel: what a module's form shows at the desk and what
// `guichetctl answer` prints for the same facts are the same answer, byte for
// byte in JSON (docs/answers.md). One test per module; the command line runs
// the built binary, which loads the answer plugins.
#include "testsupport.h"
#include "formtesting.h"
#include "testcontext.h"

#include "answer.h"
#include "electoralanswers.h"
#include "electoralform.h"
#include "etatcivilanswers.h"
#include "etatcivilform.h"
#include "inscriptionanswers.h"
#include "inscriptionform.h"
#include "titleform.h"

#include <QComboBox>
#include "datefield.h"
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>

using namespace guichet;
using namespace guichet::test;

namespace {

const QDateTime Now(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);

/// The answer guichetctl gives to `facts`, asked at BEL (the test context's office) at `now`.
QByteArray commandLineAnswer(const QString &procedure, const Facts &facts, const QDateTime &now)
{
    QStringList args{QStringLiteral("answer"), procedure, QStringLiteral("--office"), QStringLiteral("BEL"),
                     QStringLiteral("--date"), now.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                     QStringLiteral("--json")};
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        if (!it.value().isEmpty())
            args << it.key() + u'=' + it.value();
    QProcess p;
    // The tests' forms speak the source language (no translator installed): so does the command here.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_GB.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(buildPath(QStringLiteral("bin/guichetctl")), args);
    REQUIRE(p.waitForFinished(60000));
    INFO(args.join(u' ').toStdString() << "\n" << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).toJson();
}

/// The desk's answer as the command line writes it.
QByteArray deskAnswer(const Answer &answer, const QList<FactSpec> &specs)
{
    return QJsonDocument(answer.toJson(specs)).toJson();
}

void select(QWidget &form, const char *name, const QString &id)
{
    auto *combo = form.findChild<QComboBox *>(QLatin1String(name));
    REQUIRE(combo);
    const int index = combo->findData(id);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

/// The answer the form shows now is the one guichetctl gives to the form's facts.
template <typename Form>
void checkSameAnswer(const Form &form, const QString &procedure, const QList<FactSpec> &specs)
{
    CHECK(deskAnswer(form.currentAnswer(), specs) == commandLineAnswer(procedure, form.facts(), Now));
}

template <typename Rules>
Rules rulesOf(const ModuleContext &context)
{
    auto rules = Rules::fromRelease(context.reference());
    REQUIRE(rules.has_value());
    return *rules;
}

/// The person at the counter, living in Brest.
Citizen applicant()
{
    Citizen c;
    c.id = QUuid::createUuid();
    c.familyName = QStringLiteral("Le Bihan");
    c.firstNames = QStringLiteral("Maël Yann");
    c.birthDate = QDate(2008, 9, 14);
    c.birthPlaceCode = QStringLiteral("29019");
    c.birthPlaceName = QStringLiteral("Brest");
    c.addressLine = QStringLiteral("12 bis rue de Siam");
    c.postalCode = QStringLiteral("29200");
    c.city = QStringLiteral("Brest");
    return c;
}

void type(QWidget &form, const char *name, const QString &text)
{
    auto *field = form.findChild<QLineEdit *>(QLatin1String(name));
    REQUIRE(field);
    field->setText(text);
}

} // namespace

TEST_CASE("Answer channels: the title form and guichetctl answer give the same answer", "[answers][identity]")
{
    TestContext context(Now);
    auto rules = identity::IdentityRules::fromRelease(context.reference());
    REQUIRE(rules.has_value());
    for (const QString &title : {QString(identity::CniTitle), QString(identity::PassportTitle)}) {
        INFO(title.toStdString());
        identity::TitleForm form(*rules, context, title);
        const QString procedure = rules->procedureOf(title);
        const auto specs = identity::TitleAnswers(*rules, title).facts(procedure);
        // The empty form: the birth date is missing.
        checkSameAnswer(form, procedure, specs);
        CHECK(form.currentAnswer().missing == QStringList{QStringLiteral("birth_date")});

        select(form, "situation", QStringLiteral("renouvellement"));
        select(form, "existingTitle", QStringLiteral("cni"));
        type(form, "existingExpiry", QStringLiteral("31052019"));
        type(form, "birthDate", QStringLiteral("02011970"));
        type(form, "appointmentDate", QStringLiteral("24032026"));
        const Answer renewal = form.currentAnswer();
        CHECK(renewal.verdict == Answer::Verdict::Possible);
        CHECK(renewal.date(QStringLiteral("deposit")) == QDate(2026, 3, 24));
        checkSameAnswer(form, procedure, specs);
        CHECK(form.answer() == renewal.text);
    }
}

TEST_CASE("Answer channels: the civil-status form and guichetctl answer give the same answer", "[answers][etat-civil]")
{
    using namespace guichet::etatcivil;
    TestContext context(Now);
    const auto rules = rulesOf<EtatCivilRules>(context);
    const QString procedure = CopyProcedureId;
    const auto specs = EtatCivilAnswers(rules).facts(procedure);
    EtatCivilForm form(rules, context, EtatCivilForm::Procedure::Copy);
    checkSameAnswer(form, procedure, specs);

    // A full copy of a birth act of Rennes, asked by a parent: redirected, the commune named.
    select(form, "relationship", QStringLiteral("ascendant"));
    auto *born = form.findChild<DateField *>(QStringLiteral("subjectBirthDate"));
    REQUIRE(born);
    born->setDate(QDate(1990, 5, 12));
    type(form, "eventCommuneCode", QStringLiteral("35238"));
    const Answer rennes = form.currentAnswer();
    CHECK(rennes.verdict == Answer::Verdict::Redirected);
    checkSameAnswer(form, procedure, specs);

    // The same act kept here, by post: possible, with its due day.
    type(form, "eventCommuneCode", QStringLiteral("29019"));
    select(form, "delivery", QStringLiteral("courrier"));
    const Answer here = form.currentAnswer();
    CHECK(here.verdict == Answer::Verdict::Possible);
    CHECK(here.date(QStringLiteral("due")).isValid());
    checkSameAnswer(form, procedure, specs);
}

TEST_CASE("Answer channels: the electoral form and guichetctl answer give the same answer", "[answers][elections]")
{
    using namespace guichet::listeselectorales;
    TestContext context(Now);
    const auto rules = rulesOf<ElectoralRules>(context);
    const QString procedure = RegistrationProcedureId;
    const auto specs = ElectoralAnswers(rules).facts(procedure);
    ElectoralForm form(rules, context, ElectoralForm::Procedure::Registration);
    checkSameAnswer(form, procedure, specs);

    // A French person of 17 living rue de Siam, who turns 18 before the next poll.
    form.setApplicant(applicant());
    CHECK(form.facts().value(QStringLiteral("street")) == QStringLiteral("rue de Siam"));
    const Answer registration = form.currentAnswer();
    checkSameAnswer(form, procedure, specs);
    CHECK(form.answer() == registration.text);
}

TEST_CASE("Answer channels: the school form and guichetctl answer give the same answer", "[answers][inscription]")
{
    using namespace guichet::inscription;
    TestContext context(Now);
    const auto rules = rulesOf<InscriptionRules>(context);
    const QString procedure = EnrolmentProcedureId;
    const auto specs = InscriptionAnswers(rules, context.communeCode()).facts(procedure);
    InscriptionForm form(rules, context, InscriptionForm::Procedure::Enrolment);
    checkSameAnswer(form, procedure, specs);

    // A child of 5 living rue Jean-Jaurès, with the CAF's quotient familial.
    form.setApplicant(applicant());
    type(form, "childBirthDate", QStringLiteral("12052020"));
    type(form, "houseNumber", QStringLiteral("121 bis"));
    type(form, "street", QStringLiteral("r. jean-jaures"));
    select(form, "qfSource", QStringLiteral("caf-statement"));
    type(form, "cafQf", QStringLiteral("742"));
    const Answer enrolment = form.currentAnswer();
    CHECK(enrolment.verdict == Answer::Verdict::Possible);
    checkSameAnswer(form, procedure, specs);
    CHECK(form.answer() == enrolment.text);
}
