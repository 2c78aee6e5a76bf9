// SPDX-License-Identifier: GPL-3.0-or-later
#include "etatcivilanswers.h"

#include "reference/communes.h"
#include "reference/referencerelease.h"

namespace guichet::etatcivil {

namespace {

// Copy request.
const QString ActKind = QStringLiteral("act_kind");
const QString CopyKind = QStringLiteral("copy_kind");
const QString Relationship = QStringLiteral("relationship");
const QString SubjectBirthDate = QStringLiteral("subject_birth_date");
const QString ActDate = QStringLiteral("act_date");
const QString SubjectDeceased = QStringLiteral("subject_deceased");
const QString SubjectDeathDate = QStringLiteral("subject_death_date");
const QString RequesterBirthDate = QStringLiteral("requester_birth_date");
const QString Delivery = QStringLiteral("delivery");
// Declaration.
const QString DeclarationKind = QStringLiteral("declaration_kind");
const QString EventAt = QStringLiteral("event_at");
// Both.
const QString Abroad = QStringLiteral("abroad");
const QString EventCommuneCode = QStringLiteral("event_commune_code");

// The ids of the redirections (the refusals keep the rules' own ids).
const QString OtherCommuneRule = QStringLiteral("other-commune");
const QString AbroadRule = QStringLiteral("abroad");
const QString LateRule = QStringLiteral("late");


/// The commune whose town hall holds the acts of an event at `code`, and its
/// name as the answer says it. A former commune (merged, or now déléguée or
/// associée) leads to the commune it is part of today; an unknown code, or
/// an empty table, leaves the code as it is, named by itself.
std::pair<QString, QString> holdingCommune(const QString &code, const AnswerContext &context)
{
    const QString typed = code.trimmed().toUpper();
    if (typed.isEmpty() || !context.communes || context.communes->isEmpty())
        return {typed, {}};
    const Commune *commune = context.communes->isFormer(typed) ? context.communes->currentOf(typed)
                                                               : context.communes->byCode(typed);
    if (!commune)
        return {typed, {}};
    return {commune->code, CommuneTable::label(*commune)};
}

/// Whether the rules' refusal of a copy is final for this request (the other
/// rules that do not allow it only lack a fact).
bool isRefusal(const Decision &d)
{
    return !d.allowed
        && (d.rule == QLatin1String("copy-not-issued") || d.rule == QLatin1String("relationship-not-allowed")
            || d.rule == QLatin1String("subject-minor") || d.rule == QLatin1String("requester-minor"));
}

} // namespace

QStringList EtatCivilAnswers::procedures() const
{
    return {QString(CopyProcedureId), QString(DeclarationProcedureId)};
}

QList<FactSpec> EtatCivilAnswers::facts(const QString &procedure) const
{
    using K = FactSpec::Kind;
    if (procedure == CopyProcedureId) {
        const QList<Choice> deliveries = m_rules.deliveries();
        return {
            {ActKind, K::Choice, tr("the act"), tr("The act asked for: birth, marriage or death."),
             m_rules.actKinds(), {}},
            {CopyKind, K::Choice, tr("the kind of copy"),
             tr("Full copy, extract with or without parentage, or multilingual extract."), m_rules.copyKinds(), {}},
            {Relationship, K::Choice, tr("the requester's relationship to the person on the act"),
             tr("Who asks, in relation to the person on the act: the person, a spouse, an ascendant, a third party…"),
             m_rules.relationships(), {}},
            {SubjectBirthDate, K::Date, tr("the birth date of the person on the act"),
             tr("Whether the person on the act is an adult; for a birth act, also the date of the act."), {}, {}},
            {ActDate, K::Date, tr("the date of the act"),
             tr("Date of the marriage or death act (a birth act is dated by the birth when not given): "
                "an old enough register is open to anyone."), {}, {}},
            {Abroad, K::Boolean, tr("whether the event took place abroad"),
             tr("oui for a birth, marriage or death abroad: the act is then held by a national service."), {},
             answers::booleanFact(false)},
            {EventCommuneCode, K::Commune, tr("the commune of the event"),
             tr("INSEE code of the commune where the event took place (not the postal code): its town hall "
                "holds the act."), {}, {}},
            {SubjectDeceased, K::Boolean, tr("whether the person on the act is deceased"),
             tr("oui when the person on the act has died: long enough after the death, the act is open to anyone."),
             {}, answers::booleanFact(false)},
            {SubjectDeathDate, K::Date, tr("the death date of the person on the act"),
             tr("Date of death of the person on the act, read only when deceased."), {}, {}},
            {RequesterBirthDate, K::Date, tr("the requester's birth date"),
             tr("The requester's birth date, where a rule asks for an adult requester."), {}, {}},
            {Delivery, K::Choice, tr("the delivery"), tr("Handed over at the counter or sent by post."), deliveries,
             deliveries.isEmpty() ? QString() : deliveries.first().id},
        };
    }
    if (procedure == DeclarationProcedureId)
        return {
            {DeclarationKind, K::Choice, tr("the declaration"), tr("Birth, death or recognition of a child."),
             m_rules.declarationKinds(), {}},
            {EventAt, K::DateTime, tr("the date and time of the event"),
             tr("When the birth took place, or when the death was medically confirmed: the deadline runs from it."),
             {}, {}},
            {Abroad, K::Boolean, tr("whether the event took place abroad"),
             tr("oui for a birth or a death abroad: declared to the local authority or the French consulate."), {},
             answers::booleanFact(false)},
            {EventCommuneCode, K::Commune, tr("the commune of the event"),
             tr("INSEE code of the commune where the event took place (not the postal code): it is declared "
                "at its town hall."), {}, {}},
        };
    return {};
}

CopyRequest EtatCivilAnswers::copyRequest(const FactValues &facts) const
{
    CopyRequest r;
    r.actKind = facts.text(ActKind);
    r.copyKind = facts.text(CopyKind);
    r.relationship = facts.text(Relationship);
    r.subjectBirthDate = facts.date(SubjectBirthDate);
    r.requesterBirthDate = facts.date(RequesterBirthDate);
    r.actDate = facts.date(ActDate);
    // A birth act is drawn up within days of the birth: when the date of the
    // act is not given, the birth date stands for it.
    if (!r.actDate.isValid() && r.actKind == QLatin1String("naissance"))
        r.actDate = r.subjectBirthDate;
    r.subjectDeceased = facts.boolean(SubjectDeceased);
    r.subjectDeathDate = r.subjectDeceased ? facts.date(SubjectDeathDate) : QDate();
    return r;
}

PlaceAnswer EtatCivilAnswers::copyPlace(const FactValues &facts, const AnswerContext &context) const
{
    const bool abroad = facts.boolean(Abroad);
    const auto [code, name] = holdingCommune(abroad ? QString() : facts.text(EventCommuneCode), context);
    return m_rules.whereToAsk(facts.text(ActKind), code, name, abroad, context.communeCode);
}

PlaceAnswer EtatCivilAnswers::declarationPlace(const FactValues &facts, const AnswerContext &context) const
{
    const bool abroad = facts.boolean(Abroad);
    const auto [code, name] = holdingCommune(abroad ? QString() : facts.text(EventCommuneCode), context);
    return m_rules.declarationPlace(facts.text(DeclarationKind), code, name, abroad, context.communeCode);
}

Answer EtatCivilAnswers::answer(const QString &procedure, const FactValues &facts, const AnswerContext &context) const
{
    if (procedure == CopyProcedureId)
        return copyAnswer(facts, context);
    if (procedure == DeclarationProcedureId)
        return declarationAnswer(facts, context);
    return {};
}

Answer EtatCivilAnswers::copyAnswer(const FactValues &facts, const AnswerContext &context) const
{
    Answer a;
    const QList<FactSpec> specs = this->facts(QString(CopyProcedureId));
    const CopyRequest r = copyRequest(facts);
    const Decision d = m_rules.eligibility(r, context.today());
    const PlaceAnswer place = copyPlace(facts, context);
    const QString delivery = facts.text(Delivery);

    // What the answer lacks. The rules say in their own sentence what the
    // choice of the act or an age check needs; the place has no sentence of
    // its own, so the text names it before the rest.
    if (d.rule == QLatin1String("incomplete")) {
        for (const QString &key : {ActKind, CopyKind, Relationship})
            if (!facts.has(key))
                a.need(key);
    } else if (d.rule == QLatin1String("needs-subject-birth-date")) {
        a.need(SubjectBirthDate);
    } else if (d.rule == QLatin1String("needs-requester-birth-date")) {
        a.need(RequesterBirthDate);
    }
    QString placeMissing;
    if (place.kind == Place::Unknown) {
        a.need(EventCommuneCode);
        Answer placeOnly;
        placeOnly.need(EventCommuneCode);
        placeMissing = placeOnly.missingSentence(specs);
    }

    // A refusal holds wherever the act is kept (the law is the same for every
    // town hall and for the SCEC); a request allowed, or undecided, goes
    // where its act is.
    if (isRefusal(d))
        a.refuse(d.rule, d.reason);
    if (place.kind == Place::OtherCommune)
        a.redirect(OtherCommuneRule, place.sentence);
    else if (place.kind == Place::Abroad)
        a.redirect(AbroadRule, place.sentence);

    // The delivery promise only holds for acts this town hall keeps.
    const bool deliveredHere = d.allowed && place.kind == Place::Here;
    a.text = answers::sentences({placeMissing, place.sentence, d.reason,
                            deliveredHere ? m_rules.deliverySentence(delivery) : QString()});
    a.checklist = m_rules.checklist(CopyProcedureId, m_rules.copySituation(r, delivery, d));
    if (deliveredHere) {
        const int days = m_rules.deliveryWorkingDays(delivery);
        const QDate due = days > 0 ? EtatCivilRules::calendarForCommune(context.communeCode)
                                         .addWorkingDays(context.today(), days)
                                   : context.today();
        a.dates << AnswerDate{QStringLiteral("due"), tr("Document handed over or posted by"), due, {}};
    }
    return a;
}

Answer EtatCivilAnswers::declarationAnswer(const FactValues &facts, const AnswerContext &context) const
{
    Answer a;
    const QList<FactSpec> specs = this->facts(QString(DeclarationProcedureId));
    const QString kind = facts.text(DeclarationKind);
    if (kind.isEmpty()) {
        a.need(DeclarationKind);
        a.text = a.missingSentence(specs);
        return a;
    }
    a.checklist = m_rules.checklist(DeclarationProcedureId, {{QStringLiteral("kind"), kind}});

    const PlaceAnswer place = declarationPlace(facts, context);
    if (place.kind == Place::OtherCommune || place.kind == Place::Abroad) {
        a.redirect(place.kind == Place::Abroad ? AbroadRule : OtherCommuneRule, place.sentence);
        a.text = place.sentence;
        return a;
    }
    if (place.kind == Place::Unknown)
        a.need(EventCommuneCode);

    // Declared here (or where the place is not known yet): the deadline, in
    // the office's commune and calendar, and whether it is past now.
    QString text;
    if (!m_rules.hasDeadline(kind)) {
        text = m_rules.deadlineSentence(kind, {});
    } else if (const QDateTime at = facts.dateTime(EventAt); !at.isValid()) {
        a.need(EventAt);
    } else {
        const FrenchCalendar calendar = EtatCivilRules::calendarForCommune(context.communeCode);
        const Deadline deadline = m_rules.declarationDeadline(kind, at, context.communeCode, calendar);
        if (deadline.exists)
            a.dates << AnswerDate{QStringLiteral("deadline"), tr("Deadline of the declaration"), deadline.lastDay,
                                  deadline.instant};
        if (m_rules.isLate(kind, at, context.now, context.communeCode, calendar)) {
            text = m_rules.lateInstruction(kind, context.communeCode);
            if (m_rules.lateGoesToCourt(kind))
                a.redirect(LateRule, text);
        } else {
            text = m_rules.deadlineSentence(kind, deadline);
        }
    }
    // Neither the place nor the moment has a sentence of its own in the rules.
    a.text = answers::sentences({a.missingSentence(specs), text});
    return a;
}

Result<std::shared_ptr<const AnswerEngine>> EtatCivilAnswerModule::engine(const ReferenceRelease &release) const
{
    auto rules = EtatCivilRules::fromRelease(release);
    if (!rules)
        return std::unexpected(rules.error());
    return std::make_shared<const EtatCivilAnswers>(std::move(*rules));
}

} // namespace guichet::etatcivil
