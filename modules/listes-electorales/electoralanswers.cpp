// SPDX-License-Identifier: GPL-3.0-or-later
#include "electoralanswers.h"

#include <bit>

namespace guichet::listeselectorales {

namespace {

const QString RequestKind = QStringLiteral("request_kind");
const QString NationalityKey = QStringLiteral("nationality");
const QString Lists = QStringLiteral("lists");
const QString BirthDate = QStringLiteral("birth_date");
const QString AttachmentKey = QStringLiteral("attachment");
const QString Hosted = QStringLiteral("hosted");
const QString ResidenceSince = QStringLiteral("residence_since");
const QString TaxYears = QStringLiteral("tax_years");
const QString SpouseTaxpayer = QStringLiteral("spouse_taxpayer");
const QString HouseNumberKey = QStringLiteral("house_number");
const QString Street = QStringLiteral("street");
const QString IdExpiry = QStringLiteral("id_expiry");
const QString ExceptionKey = QStringLiteral("exception");
const QString ExceptionDate = QStringLiteral("exception_date");

constexpr QChar ListSeparator = u'+';

/// The fact whose absence a finding of the rules says ("needs-birth-date" →
/// birth_date), or empty for a finding that refuses.
QString missingFactOf(const QString &rule)
{
    static const QHash<QString, QString> facts{
        {QStringLiteral("needs-nationality"), NationalityKey},
        {QStringLiteral("eu-needs-list"), Lists},
        {QStringLiteral("needs-birth-date"), BirthDate},
        {QStringLiteral("needs-attachment"), AttachmentKey},
        {QStringLiteral("needs-residence-start"), ResidenceSince},
        {QStringLiteral("needs-id-expiry"), IdExpiry},
        {QStringLiteral("removal-needs-list"), Lists},
    };
    return facts.value(rule);
}

bool hasFinding(const Eligibility &e, const QStringList &rules)
{
    return std::any_of(e.findings.cbegin(), e.findings.cend(), [&](const Finding &f) { return rules.contains(f.rule); });
}

} // namespace

QStringList ElectoralAnswers::procedures() const
{
    return {QString(RegistrationProcedureId), QString(RemovalProcedureId)};
}

QString ElectoralAnswers::listsFact(const QStringList &lists)
{
    return lists.join(ListSeparator);
}

QList<FactSpec> ElectoralAnswers::facts(const QString &procedure) const
{
    using K = FactSpec::Kind;
    // Every non-empty set of complementary lists, one list first, in the
    // reference order: "complementaire-municipale+complementaire-europeenne".
    const QList<Choice> complementary = m_rules.complementaryLists().mid(0, 8);
    QList<Choice> listChoices;
    const unsigned all = (1u << complementary.size()) - 1;
    for (int size = 1; size <= complementary.size(); ++size)
        for (unsigned mask = 1; mask <= all; ++mask) {
            if (std::popcount(mask) != size)
                continue;
            QStringList ids;
            for (qsizetype i = 0; i < complementary.size(); ++i)
                if (mask & (1u << i))
                    ids << complementary.at(i).id;
            listChoices << Choice{listsFact(ids), m_rules.listsPhrase(ids)};
        }

    const FactSpec nationality{NationalityKey, K::Choice, tr("the nationality"),
                               tr("The applicant's nationality: French, a state of the European Union, or another."),
                               m_rules.nationalities(), {}};
    if (procedure == RemovalProcedureId)
        return {nationality,
                {Lists, K::Choice, tr("the complementary lists to leave"),
                 tr("The complementary list or lists an EU citizen asks to leave, joined with +."), listChoices, {}}};

    QList<Choice> exceptions;
    for (const Choice &e : m_rules.exceptions())
        if (!m_rules.isAutomaticException(e.id))
            exceptions << e;
    const QList<Choice> kinds = m_rules.requestKinds();
    return {
        {RequestKind, K::Choice, tr("the kind of request"),
         tr("A registration in the commune, or a change of address within it."), kinds, kinds.value(0).id},
        nationality,
        {Lists, K::Choice, tr("the complementary lists"),
         tr("For an EU citizen: the complementary list or lists asked, joined with +."), listChoices, {}},
        {BirthDate, K::Date, tr("the birth date"), tr("The applicant's birth date: the voting age depends on it."), {}, {}},
        {AttachmentKey, K::Choice, tr("the attachment to the commune"),
         tr("What ties the applicant to the commune: domicile, residence, local taxes…"), m_rules.attachments(), {}},
        {Hosted, K::Boolean, tr("whether the applicant is hosted by a third party"),
         tr("oui when the domicile is at a third party's (certificate of hosting); read for a domicile only."), {},
         answers::booleanFact(false)},
        {ResidenceSince, K::Date, tr("the start of the residence in the commune"),
         tr("First day of the effective residence; read for a residence only."), {}, {}},
        {TaxYears, K::Integer, tr("the years on the local tax roll"),
         tr("Consecutive years on the commune's local tax roll; read for a taxpayer or a manager only."), {}, {}},
        {SpouseTaxpayer, K::Boolean, tr("whether the spouse is registered here as a taxpayer"),
         tr("oui when the spouse is on the commune's list as a taxpayer; read for that attachment only."), {}, {}},
        {HouseNumberKey, K::Text, tr("the house number"),
         tr("The house number of the address in the commune, with bis, ter or a letter: 12, 12 bis."), {}, {}},
        {Street, K::Text, tr("the street"),
         tr("The street of the address in the commune (e.g. rue de Siam): the polling station depends on it."), {}, {}},
        {IdExpiry, K::Date, tr("the end of validity of the identity document"),
         tr("The end of validity printed on the identity document."), {}, {}},
        {ExceptionKey, K::Choice, tr("the late-registration exception"),
         tr("After the 6th Friday before a poll: the event that still allows registering up to the 10th day. "
            "None when not given."), exceptions, {}},
        {ExceptionDate, K::Date, tr("the date of the event of the exception"),
         tr("The day of the move, the naturalisation or the recovered rights; read with an exception only."), {}, {}},
    };
}

RegistrationRequest ElectoralAnswers::request(const QString &procedure, const FactValues &facts) const
{
    RegistrationRequest r;
    r.nationality = facts.text(NationalityKey);
    if (facts.has(Lists))
        r.lists = facts.text(Lists).split(ListSeparator, Qt::SkipEmptyParts);
    if (procedure == RemovalProcedureId)
        return r;
    r.requestKind = facts.text(RequestKind);
    r.birthDate = facts.date(BirthDate);
    r.attachment = facts.text(AttachmentKey);
    const QString condition = m_rules.attachmentCondition(r.attachment);
    r.hosted = condition == QLatin1String("domicile") && facts.boolean(Hosted);
    r.residenceSince = condition == QLatin1String("since-months") ? facts.date(ResidenceSince) : QDate();
    r.taxYears = condition == QLatin1String("tax-years") ? facts.integer(TaxYears) : 0;
    r.spouseTaxpayer = condition == QLatin1String("spouse-taxpayer") && facts.boolean(SpouseTaxpayer);
    r.idExpiry = facts.date(IdExpiry);
    r.exception = facts.text(ExceptionKey);
    r.exceptionDate = r.exception.isEmpty() ? QDate() : facts.date(ExceptionDate);
    return r;
}

Answer ElectoralAnswers::answer(const QString &procedure, const FactValues &facts, const AnswerContext &context) const
{
    return procedure == RemovalProcedureId ? removal(facts, context) : registration(facts, context);
}

Answer ElectoralAnswers::registration(const FactValues &facts, const AnswerContext &context) const
{
    Answer a;
    const QDate today = context.today();
    const FrenchCalendar calendar = ElectoralRules::calendarForCommune(context.communeCode);
    const RegistrationRequest r = request(RegistrationProcedureId, facts);

    // A count or a tick the attachment asks and the facts do not give: the
    // rules would read it as 0 or "no" and refuse; the answer asks for it.
    const QString condition = m_rules.attachmentCondition(r.attachment);
    QString unsaidRule, unsaidFact;
    if (condition == QLatin1String("tax-years") && !facts.has(TaxYears)) {
        unsaidRule = QStringLiteral("tax-too-short");
        unsaidFact = TaxYears;
    } else if (condition == QLatin1String("spouse-taxpayer") && !facts.has(SpouseTaxpayer)) {
        unsaidRule = QStringLiteral("spouse-not-registered");
        unsaidFact = SpouseTaxpayer;
    }

    // Nationality, age, attachment, identity document: the first refusal
    // decides the verdict, the findings that ask for a fact make it incomplete.
    const Eligibility e = m_rules.eligibility(r, today, calendar);
    QStringList sentences;
    for (const Finding &f : e.findings) {
        if (!f.ok && f.rule == unsaidRule) {
            Answer unsaid;
            unsaid.need(unsaidFact);
            sentences << unsaid.missingSentence(this->facts(RegistrationProcedureId));
            a.need(unsaidFact);
            continue;
        }
        if (!f.sentence.isEmpty())
            sentences << f.sentence;
        if (f.ok)
            continue;
        if (const QString fact = missingFactOf(f.rule); !fact.isEmpty())
            a.need(fact);
        else if (a.verdict != Answer::Verdict::Refused)
            a.refuse(f.rule, f.sentence);
    }
    const QDate adult = m_rules.votingAgeDate(r.birthDate);
    if (adult.isValid()
        && hasFinding(e, {QStringLiteral("under-age"), QStringLiteral("under-age-no-poll"), QStringLiteral("second-round-only")}))
        a.dates << AnswerDate{QStringLiteral("voting-age"), tr("Reaches the voting age"), adult, {}};
    if (hasFinding(e, {QStringLiteral("residence-too-short")}))
        a.dates << AnswerDate{QStringLiteral("residence-enough"), tr("Residence long enough from"),
                              m_rules.residenceEnoughOn(r.attachment, r.residenceSince), {}};
    const Nationality n = m_rules.nationality(r.nationality);
    if (n.until.isValid() && hasFinding(e, {QStringLiteral("former-eu")}))
        a.dates << AnswerDate{QStringLiteral("left-union"), tr("Out of the European Union since"), n.until.addDays(1), {}};

    // The deadline matters only to someone who may be registered at all.
    if (n.kind == Nationality::Kind::French || !e.lists.isEmpty()) {
        const DeadlineAnswer d = m_rules.deadline(r, today, calendar);
        sentences << d.sentences;
        if (!d.polls.isEmpty()) {
            const Poll &poll = d.polls.first();
            a.dates << AnswerDate{QStringLiteral("first-round"), tr("First round of the poll the registration counts for"),
                                  poll.firstRound, {}};
            if (poll.secondRound.isValid() && hasFinding(e, {QStringLiteral("second-round-only")}))
                a.dates << AnswerDate{QStringLiteral("second-round"), tr("Second round, the only one the person votes in"),
                                      poll.secondRound, {}};
        }
        const AnswerDate deadlines[] = {
            {QStringLiteral("missed-deadline"), tr("Deadline missed for the poll before"), d.missedDeadline, {}},
            {QStringLiteral("counter-deadline"), tr("Last day at the counter"), d.counterDeadline, {}},
            {QStringLiteral("online-deadline"), tr("Last day online"), d.onlineDeadline, {}},
            {QStringLiteral("exception-deadline"), tr("Last day under the exception"), d.exceptionDeadline, {}},
        };
        for (const AnswerDate &day : deadlines)
            if (day.date.isValid())
                a.dates << day;
    }

    // The polling station of the address.
    const StationAnswer s = m_rules.pollingStation(facts.text(HouseNumberKey), facts.text(Street));
    if (!s.sentence.isEmpty())
        sentences << s.sentence;
    if (s.kind == StationAnswer::Kind::Empty || s.kind == StationAnswer::Kind::SeveralStreets)
        a.need(Street);
    if (s.kind == StationAnswer::Kind::NumberNeeded
        || (facts.has(HouseNumberKey) && !StreetTable::parseNumber(facts.text(HouseNumberKey))))
        a.need(HouseNumberKey);
    if (!r.exception.isEmpty() && !r.exceptionDate.isValid())
        a.need(ExceptionDate);

    const QDate due = m_rules.decisionDue(today, calendar);
    sentences << m_rules.decisionSentence(due);
    a.dates << AnswerDate{QStringLiteral("decision-due"), tr("Mayor's decision due by"), due, {}};
    a.text = sentences.join(u'\n');
    a.checklist = m_rules.checklist(RegistrationProcedureId, m_rules.situation(r, today));
    return a;
}

Answer ElectoralAnswers::removal(const FactValues &facts, const AnswerContext &context) const
{
    Answer a;
    const QDate today = context.today();
    const FrenchCalendar calendar = ElectoralRules::calendarForCommune(context.communeCode);
    const RegistrationRequest r = request(RemovalProcedureId, facts);
    const RemovalAnswer removal = m_rules.removal(r.nationality, r.lists, today);
    const QDate due = m_rules.decisionDue(today, calendar);
    QStringList sentences{removal.sentence};
    if (removal.allowed)
        sentences << m_rules.decisionSentence(due);
    else if (const QString fact = missingFactOf(removal.rule); !fact.isEmpty())
        a.need(fact);
    else
        a.refuse(removal.rule, removal.sentence);
    // The case's due date, said or not: the mayor decides a refused request too.
    a.dates << AnswerDate{QStringLiteral("decision-due"), tr("Mayor's decision due by"), due, {}};
    a.text = sentences.join(u'\n');
    a.checklist = m_rules.checklist(RemovalProcedureId, {});
    return a;
}

Result<std::shared_ptr<const AnswerEngine>> ElectoralAnswerModule::engine(const ReferenceRelease &release) const
{
    auto rules = ElectoralRules::fromRelease(release);
    if (!rules)
        return std::unexpected(rules.error());
    return std::make_shared<const ElectoralAnswers>(std::move(*rules));
}

} // namespace guichet::listeselectorales
