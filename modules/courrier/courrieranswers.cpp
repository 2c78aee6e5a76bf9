// SPDX-License-Identifier: GPL-3.0-or-later
#include "courrieranswers.h"

#include "domain/frenchdate.h"

namespace guichet::courrier {

namespace {

const QString Received = QStringLiteral("received");
const QString FirstReceived = QStringLiteral("first_received");
const QString SubjectKey = QStringLiteral("subject");
const QString RequestKind = QStringLiteral("request_kind");
const QString Callback = QStringLiteral("callback");

QString keys(const QStringList &sources)
{
    return sources.join(QStringLiteral(", "));
}

} // namespace

QStringList CourrierAnswers::procedures() const
{
    return {QString(WrittenProcedureId), QString(CallProcedureId)};
}

QList<FactSpec> CourrierAnswers::facts(const QString &procedure) const
{
    using K = FactSpec::Kind;
    const FactSpec subject{SubjectKey, K::Choice, tr("the subject"),
                           tr("What the request is about, from the routing table: it decides the service that acts, "
                              "or the administration the request is transmitted to."),
                           m_rules.subjects(), {}};
    if (procedure == CallProcedureId)
        return {subject,
                {Callback, K::Boolean, tr("whether a callback is wanted"),
                 tr("oui when the caller wants to be called back: the city's answer target then applies."), {},
                 answers::booleanFact(false)}};
    return {
        {Received, K::Date, tr("the date the city received the request"),
         tr("The day the request reached the city (letter, e-mail or web form): the delays run from it."), {}, {}},
        {FirstReceived, K::Date, tr("the date another administration received it first"),
         tr("When another administration received the request before forwarding it to the city: an implicit "
            "rejection runs from that day (CRPA L114-3). Not given when the city received it first."), {}, {}},
        subject,
        {RequestKind, K::Choice, tr("the kind of request"),
         tr("What the request asks for, from the legal clock: it decides what silence is worth and after how long."),
         m_rules.requestKinds(), {}},
    };
}

Answer CourrierAnswers::answer(const QString &procedure, const FactValues &facts, const AnswerContext &context) const
{
    return procedure == CallProcedureId ? call(facts, context) : written(facts, context);
}

std::optional<Route> CourrierAnswers::route(Answer &a, QStringList &sentences, const FactValues &facts) const
{
    if (!facts.has(SubjectKey)) {
        a.need(SubjectKey);
        return std::nullopt;
    }
    const auto route = m_rules.dispatch().route(facts.text(SubjectKey));
    if (!route) {
        a.need(SubjectKey);
        return std::nullopt;
    }
    if (route->transmitted()) {
        const Partner &p = *route->partner;
        a.redirect(transmittedRule(), p.name);
        sentences << tr("%1 acts on this subject (%2; source: %3): the mail service transmits the request to it and "
                        "tells the person so (source: CRPA-L114-2).")
                         .arg(p.name, p.handles, keys(p.sources));
        if (!p.assumption.isEmpty())
            sentences << p.assumption;
    } else {
        sentences << tr("Service that acts: %1 (source: %2).")
                         .arg(m_rules.serviceName(route->service), QString(RoutingSource));
    }
    return route;
}

QString CourrierAnswers::targetSource()
{
    return tr("the city's own commitment, to be confirmed ⚠");
}

Answer CourrierAnswers::written(const FactValues &facts, const AnswerContext &context) const
{
    Answer a;
    QStringList sentences;
    const auto where = route(a, sentences, facts);
    const LegalClock &clock = m_rules.clock(context.communeCode);

    if (!facts.has(Received))
        a.need(Received);
    std::optional<SilenceRule> rule;
    if (facts.has(RequestKind))
        rule = clock.kind(facts.text(RequestKind));
    if (!rule)
        a.need(RequestKind);
    if (!facts.has(Received) || !rule) {
        sentences << a.missingSentence(this->facts(QString(WrittenProcedureId)));
        a.text = sentences.join(u'\n');
        return a;
    }

    ClockFacts clockFacts;
    clockFacts.received = facts.date(Received);
    clockFacts.firstReceived = facts.has(FirstReceived) ? facts.date(FirstReceived) : QDate();
    const ClockReading reading = clock.read(*rule, clockFacts);
    a.dates << AnswerDate{QStringLiteral("received"), tr("Received by the city on"), clockFacts.received, {}};

    if (where && where->transmitted()) {
        // The partner's own clock runs from its receipt (L114-3): the city
        // owes the transmission and the letter that tells the person.
        sentences << tr("Silence will be worth a decision on the partner's side only, counted from its own receipt "
                        "(source: CRPA-L114-3).");
    } else {
        switch (rule->meaning) {
        case SilenceRule::Meaning::Acceptance:
            sentences << tr("Silence will be worth acceptance on %1 (source: %2); the person may then ask for an "
                            "attestation (source: CRPA-L232-3).")
                             .arg(frenchdate::date(reading.decisionDate), keys(rule->sources));
            a.dates << AnswerDate{QStringLiteral("decision"), tr("Silence worth acceptance on"), reading.decisionDate, {}};
            break;
        case SilenceRule::Meaning::Rejection:
            sentences << tr("Silence will be worth rejection on %1 (source: %2); the person may go to the "
                            "administrative court until %3 (source: CJA-R421-2).")
                             .arg(frenchdate::date(reading.decisionDate), keys(rule->sources),
                                  frenchdate::date(reading.appealUntil));
            a.dates << AnswerDate{QStringLiteral("decision"), tr("Silence worth rejection on"), reading.decisionDate, {}};
            a.dates << AnswerDate{QStringLiteral("appeal-until"), tr("Appeal to the administrative court until"),
                                  reading.appealUntil, {}};
            break;
        case SilenceRule::Meaning::None:
            sentences << tr("Silence will be worth no decision (source: %1).").arg(keys(rule->sources));
            if (!rule->assumption.isEmpty())
                sentences << rule->assumption;
            break;
        }
    }
    sentences << tr("The city's answer target: %1, %n working day(s) after receipt (source: %2).", nullptr,
                    clock.cityAnswerWorkingDays())
                     .arg(frenchdate::date(reading.answerTarget), targetSource());
    a.dates << AnswerDate{QStringLiteral("answer-target"), tr("City's answer target"), reading.answerTarget, {}};
    const QDate due = where && where->transmitted() ? reading.answerTarget : reading.dueDate();
    a.dates << AnswerDate{QStringLiteral("due"), tr("To be answered by"), due, {}};
    if (!a.missing.isEmpty())
        sentences << a.missingSentence(this->facts(QString(WrittenProcedureId)));
    a.text = sentences.join(u'\n');
    return a;
}

Answer CourrierAnswers::call(const FactValues &facts, const AnswerContext &context) const
{
    Answer a;
    QStringList sentences;
    if (!route(a, sentences, facts))
        sentences << a.missingSentence(this->facts(QString(CallProcedureId)));
    if (facts.boolean(Callback)) {
        const LegalClock &clock = m_rules.clock(context.communeCode);
        // No decision arises from a call: only the city's target to call back.
        const ClockReading reading = clock.read(SilenceRule{}, ClockFacts{{}, context.today(), {}});
        sentences << tr("Callback wanted: the city's answer target is %1, %n working day(s) from today (source: %2).",
                        nullptr, clock.cityAnswerWorkingDays())
                         .arg(frenchdate::date(reading.answerTarget), targetSource());
        a.dates << AnswerDate{QStringLiteral("answer-target"), tr("City's answer target"), reading.answerTarget, {}};
        a.dates << AnswerDate{QStringLiteral("due"), tr("To be answered by"), reading.answerTarget, {}};
    } else {
        sentences << tr("No callback wanted: no answer date is due.");
    }
    a.text = sentences.join(u'\n');
    return a;
}

Result<std::shared_ptr<const AnswerEngine>> CourrierAnswerModule::engine(const ReferenceRelease &release) const
{
    auto rules = CourrierRules::fromRelease(release);
    if (!rules)
        return std::unexpected(rules.error());
    return std::make_shared<const CourrierAnswers>(std::move(*rules));
}

} // namespace guichet::courrier
