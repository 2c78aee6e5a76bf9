// SPDX-License-Identifier: GPL-3.0-or-later
// Written requests and calls without widgets: the rules read from the shipped
// release (procedures, workflows, letters), and the engine's answer — the
// service or partner, what silence is worth and when, the city's target.
#include "courrieranswers.h"
#include "courrierrules.h"
#include "moduletesting.h"

#include <QJsonArray>

using namespace guichet;
using namespace guichet::test;
using namespace guichet::courrier;

namespace {

/// The answer to `facts` asked on `today` at the Bellevue office of Brest.
Answer ask(const QString &procedure, const Facts &facts, const QDate &today = QDate(2026, 11, 20))
{
    const CourrierAnswers engine(shippedRules<CourrierRules>());
    AnswerContext context;
    context.now = QDateTime(today, QTime(9, 0));
    context.officeCode = QStringLiteral("BEL");
    context.communeCode = QStringLiteral("29019");
    context.communeName = QStringLiteral("Brest");
    auto a = answers::ask(engine, shippedRelease(), procedure, facts, context);
    INFO((a ? QString() : a.error().message).toStdString());
    REQUIRE(a.has_value());
    return *a;
}

Facts written(const QString &subject, const QString &kind, const QString &received, const QString &first = {})
{
    Facts f{{QStringLiteral("subject"), subject}, {QStringLiteral("request_kind"), kind},
            {QStringLiteral("received"), received}};
    if (!first.isEmpty())
        f.insert(QStringLiteral("first_received"), first);
    return f;
}

} // namespace

TEST_CASE("Courrier rules: the release declares both procedures, each ending only answered or transmitted, every state labelled",
          "[courrier][rules]")
{
    const CourrierRules &rules = shippedRules<CourrierRules>();
    const auto procedures = rules.procedures();
    REQUIRE(procedures.size() == 2);
    CHECK(procedures.at(0).id == WrittenProcedureId);
    CHECK(procedures.at(1).id == CallProcedureId);
    for (const ProcedureInfo &p : procedures) {
        INFO(p.id.toStdString());
        CHECK(p.service == MailServiceId);
        CHECK(shippedRelease().workflowIdOf(p.id) == p.workflowId);
        const Workflow w = rules.workflow(p.id);
        CHECK(w.initial() == QStringLiteral("received"));
        for (const QString &state : w.states()) {
            INFO(state.toStdString());
            CHECK_FALSE(w.label(state).isEmpty());
            CHECK(w.label(state) != state);
            // No end but an answer or a transmission: nothing is closed unanswered.
            CHECK(w.isTerminal(state) == (state == QStringLiteral("answered") || state == QStringLiteral("transmitted")));
            if (!w.isTerminal(state))
                CHECK(w.allows(state, QStringLiteral("answered")));
        }
        CHECK_FALSE(w.reasons(QStringLiteral("received"), QStringLiteral("answered")).isEmpty());
    }
    const Workflow letters = rules.workflow(QString(WrittenProcedureId));
    CHECK(letters.allows(QStringLiteral("in-progress"), QStringLiteral("pieces-requested")));
    CHECK(letters.allows(QStringLiteral("pieces-requested"), QStringLiteral("in-progress")));
    CHECK_FALSE(letters.allows(QStringLiteral("pieces-requested"), QStringLiteral("transmitted")));
    CHECK_FALSE(rules.workflow(QString(CallProcedureId)).contains(QStringLiteral("pieces-requested")));
}

TEST_CASE("Courrier rules: a release whose workflow may close a request without an answer is refused, naming the state",
          "[courrier][rules]")
{
    auto release = shippedReleaseWith(QStringLiteral("correspondance"), [](QJsonObject &s) {
        QJsonObject workflows = s.value(QStringLiteral("workflows")).toObject();
        QJsonObject w = workflows.value(QStringLiteral("courrier.appel")).toObject();
        QJsonArray states = w.value(QStringLiteral("states")).toArray();
        states.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("closed")},
                                  {QStringLiteral("label"), QStringLiteral("Classée")},
                                  {QStringLiteral("terminal"), true}});
        w.insert(QStringLiteral("states"), states);
        workflows.insert(QStringLiteral("courrier.appel"), w);
        s.insert(QStringLiteral("workflows"), workflows);
    });
    REQUIRE(release.has_value());
    const auto rules = CourrierRules::fromRelease(*release);
    REQUIRE_FALSE(rules.has_value());
    CHECK(rules.error().message.contains(QStringLiteral("\"closed\"")));
}

TEST_CASE("Courrier rules: a letter text missing from the release keeps the module out, naming the text",
          "[courrier][rules]")
{
    auto release = shippedReleaseWith(QStringLiteral("correspondance"), [](QJsonObject &s) {
        QJsonObject letters = s.value(QStringLiteral("letters")).toObject();
        QJsonObject ack = letters.value(QStringLiteral("acknowledgement")).toObject();
        ack.remove(QStringLiteral("appeal"));
        letters.insert(QStringLiteral("acknowledgement"), ack);
        s.insert(QStringLiteral("letters"), letters);
    });
    REQUIRE(release.has_value());
    const auto rules = CourrierRules::fromRelease(*release);
    REQUIRE_FALSE(rules.has_value());
    CHECK(rules.error().message.contains(QStringLiteral("\"appeal\"")));
}

TEST_CASE("Courrier rules: a service's e-mail is the release's, none when it gives none (R112-5: le cas échéant)",
          "[courrier][rules]")
{
    CHECK(CourrierRules::fromRelease(shippedRelease()).value().serviceEmail(QStringLiteral("etat-civil")).isEmpty());
    auto release = shippedReleaseWith(QStringLiteral("offices"), [](QJsonObject &s) {
        QJsonArray services = s.value(QStringLiteral("services")).toArray();
        QJsonObject first = services.at(0).toObject();
        first.insert(QStringLiteral("email"), QStringLiteral("etat-civil@example.org"));
        services.replace(0, first);
        s.insert(QStringLiteral("services"), services);
    });
    REQUIRE(release.has_value());
    const auto rules = CourrierRules::fromRelease(*release);
    REQUIRE(rules.has_value());
    CHECK(rules->serviceEmail(QStringLiteral("etat-civil")) == QStringLiteral("etat-civil@example.org"));
}

TEST_CASE("Courrier rules: each kind of request is offered with what its silence is worth", "[courrier][rules]")
{
    const auto kinds = shippedRules<CourrierRules>().requestKinds();
    REQUIRE(kinds.size() >= 7);
    const auto label = [&](const char *id) {
        for (const Choice &k : kinds)
            if (k.id == QLatin1String(id))
                return k.label;
        return QString();
    };
    CHECK(label("decision-individuelle").contains(QStringLiteral("acceptation")));
    CHECK(label("decision-individuelle").contains(QStringLiteral("2")));
    CHECK(label("communication-document").contains(QStringLiteral("rejet")));
    CHECK(label("renseignement").contains(QStringLiteral("aucune décision implicite")));
}

TEST_CASE("Courrier answer: a decision asked of a city service is worth acceptance two months after receipt",
          "[courrier][answers]")
{
    const Answer a = ask(QString(WrittenProcedureId),
                         written(QStringLiteral("etat-civil"), QStringLiteral("decision-individuelle"), QStringLiteral("2026-10-01")));
    CHECK(a.verdict == Answer::Verdict::Possible);
    INFO(a.text.toStdString());
    CHECK(a.text.contains(QStringLiteral("Service de l'état civil")));
    CHECK(a.text.contains(QStringLiteral("Ville-courrier")));
    CHECK(a.text.contains(QStringLiteral("CRPA-L231-1")));
    CHECK(a.text.contains(QStringLiteral("CRPA-L232-3")));
    CHECK(a.date(QStringLiteral("decision")) == QDate(2026, 12, 1));
    CHECK_FALSE(a.date(QStringLiteral("appeal-until")).isValid());
    // 15 working days after Thursday 1 October.
    CHECK(a.date(QStringLiteral("answer-target")) == QDate(2026, 10, 22));
    CHECK(a.date(QStringLiteral("due")) == QDate(2026, 10, 22));
}

TEST_CASE("Courrier answer: a document asked is refused by silence after one month, the appeal open two months more",
          "[courrier][answers]")
{
    const Answer a = ask(QString(WrittenProcedureId),
                         written(QStringLiteral("ecoles"), QStringLiteral("communication-document"), QStringLiteral("2026-11-02")));
    INFO(a.text.toStdString());
    CHECK(a.text.contains(QStringLiteral("Direction de l'éducation")));
    CHECK(a.text.contains(QStringLiteral("CRPA-R311-13")));
    CHECK(a.text.contains(QStringLiteral("CJA-R421-2")));
    CHECK(a.date(QStringLiteral("decision")) == QDate(2026, 12, 2));
    CHECK(a.date(QStringLiteral("appeal-until")) == QDate(2027, 2, 2));
    // Armistice day (11 November) is not a working day.
    CHECK(a.date(QStringLiteral("answer-target")) == QDate(2026, 11, 24));
    CHECK(a.date(QStringLiteral("due")) == QDate(2026, 11, 24));
}

TEST_CASE("Courrier answer: a complaint first received by another administration is rejected by silence from that first receipt",
          "[courrier][answers]")
{
    const Answer a = ask(QString(WrittenProcedureId),
                         written(QStringLiteral("elections"), QStringLiteral("reclamation"), QStringLiteral("2026-11-16"),
                                 QStringLiteral("2026-09-25")));
    INFO(a.text.toStdString());
    CHECK(a.date(QStringLiteral("decision")) == QDate(2026, 11, 25));
    CHECK(a.date(QStringLiteral("appeal-until")) == QDate(2027, 1, 25));
    CHECK(a.date(QStringLiteral("answer-target")) == QDate(2026, 12, 7));
    // The implicit rejection comes before the city's own target: it is the due date.
    CHECK(a.date(QStringLiteral("due")) == QDate(2026, 11, 25));
}

TEST_CASE("Courrier answer: a question with no decision asked has the city's target only", "[courrier][answers]")
{
    const Answer a = ask(QString(WrittenProcedureId),
                         written(QStringLiteral("autre"), QStringLiteral("renseignement"), QStringLiteral("2026-11-20")));
    INFO(a.text.toStdString());
    CHECK(a.text.contains(QStringLiteral("Service courrier")));
    CHECK(a.text.contains(QStringLiteral("⚠")));
    CHECK_FALSE(a.date(QStringLiteral("decision")).isValid());
    CHECK(a.date(QStringLiteral("due")) == QDate(2026, 12, 11));
}

TEST_CASE("Courrier answer: a subject of the métropole is transmitted to it, and the person told (L114-2)",
          "[courrier][answers]")
{
    const Answer a = ask(QString(WrittenProcedureId),
                         written(QStringLiteral("voirie"), QStringLiteral("decision-individuelle"), QStringLiteral("2026-11-20")));
    INFO(a.text.toStdString());
    CHECK(a.verdict == Answer::Verdict::Redirected);
    CHECK(a.rule == CourrierAnswers::transmittedRule());
    CHECK(a.where == QStringLiteral("Brest métropole"));
    CHECK(a.text.contains(QStringLiteral("CRPA-L114-2")));
    CHECK(a.text.contains(QStringLiteral("CGCT-L5217-2")));
    // The partner's silence runs from its own receipt: the city owes the transmission by its target.
    CHECK_FALSE(a.date(QStringLiteral("decision")).isValid());
    CHECK(a.date(QStringLiteral("due")) == QDate(2026, 12, 11));
}

TEST_CASE("Courrier answer: what a written request lacks is named, and nothing is dated without it", "[courrier][answers]")
{
    const Answer a = ask(QString(WrittenProcedureId), Facts{{QStringLiteral("received"), QStringLiteral("2026-11-20")}});
    CHECK(a.verdict == Answer::Verdict::Incomplete);
    CHECK(a.missing.contains(QStringLiteral("subject")));
    CHECK(a.missing.contains(QStringLiteral("request_kind")));
    CHECK_FALSE(a.date(QStringLiteral("due")).isValid());
    // The agent reads what to fill in.
    CHECK(a.text.contains(QStringLiteral("the subject")));
    CHECK(a.text.contains(QStringLiteral("the kind of request")));
}

TEST_CASE("Courrier answer: a call has a due date only when a callback is wanted", "[courrier][answers]")
{
    const Answer none = ask(QString(CallProcedureId), Facts{{QStringLiteral("subject"), QStringLiteral("titres")}});
    CHECK(none.verdict == Answer::Verdict::Possible);
    CHECK(none.text.contains(QStringLiteral("Service des titres d'identité")));
    CHECK_FALSE(none.date(QStringLiteral("due")).isValid());

    const Answer back = ask(QString(CallProcedureId), Facts{{QStringLiteral("subject"), QStringLiteral("titres")},
                                                            {QStringLiteral("callback"), QStringLiteral("oui")}});
    CHECK(back.date(QStringLiteral("answer-target")) == QDate(2026, 12, 11));
    CHECK(back.date(QStringLiteral("due")) == QDate(2026, 12, 11));
}

TEST_CASE("Courrier rules: a recorded request's clock is read again from its data, suspended while pieces are awaited",
          "[courrier][rules]")
{
    const CourrierRules &rules = shippedRules<CourrierRules>();
    CaseSummary c;
    c.procedureId = QString(WrittenProcedureId);
    c.status = QStringLiteral("in-progress");
    c.data = QJsonObject{{QStringLiteral("received"), QStringLiteral("2026-11-02")},
                         {QStringLiteral("requestKind"), QStringLiteral("communication-document")}};
    CHECK(rules.reading(c).decisionDate == QDate(2026, 12, 2));
    CHECK(rules.reading(c).dueDate() == QDate(2026, 11, 24));

    c.status = QStringLiteral("pieces-requested");
    c.statusSince = QDateTime(QDate(2026, 11, 10), QTime(10, 0));
    const ClockReading suspended = rules.reading(c);
    CHECK(suspended.awaitingPieces);
    CHECK_FALSE(suspended.decisionDate.isValid());

    CaseSummary call;
    call.procedureId = QString(CallProcedureId);
    call.data = QJsonObject{{QStringLiteral("callback"), true}, {QStringLiteral("answerTarget"), QStringLiteral("2026-12-11")}};
    CHECK(rules.reading(call).dueDate() == QDate(2026, 12, 11));
    call.data.insert(QStringLiteral("callback"), false);
    CHECK_FALSE(rules.reading(call).dueDate().isValid());
}
