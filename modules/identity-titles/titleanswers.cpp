// SPDX-License-Identifier: GPL-3.0-or-later
#include "titleanswers.h"

namespace guichet::identity {

namespace {

const QString Situation = QStringLiteral("situation");
const QString BirthDate = QStringLiteral("birth_date");
const QString Appointment = QStringLiteral("appointment_date");
const QString Existing = QStringLiteral("existing_title");
const QString ExistingExpiry = QStringLiteral("existing_expiry");
const QString Comedec = QStringLiteral("comedec");
const QString Domicile = QStringLiteral("domicile");
const QString Indigent = QStringLiteral("indigent");

} // namespace

QStringList TitleAnswers::procedures() const
{
    return {m_rules.procedureOf(m_title)};
}

QList<FactSpec> TitleAnswers::facts(const QString &) const
{
    using K = FactSpec::Kind;
    QList<FactSpec> specs{
        {Situation, K::Choice, tr("the situation"), tr("Why the person asks for the title."), m_rules.situations(m_title), {}},
        {BirthDate, K::Date, tr("the birth date"), tr("The applicant's birth date: age band, fee, fingerprints, validity."), {}, {}},
        {Appointment, K::Date, tr("the appointment date"),
         tr("Day of the deposit when it is later than today: ages and fees are counted on it."), {}, {}},
        {Existing, K::Choice, tr("the title shown"), tr("The identity card or passport the person shows, even expired."),
         m_rules.existingTitles(), QString(NoExistingTitle)},
        {ExistingExpiry, K::Date, tr("the expiry date of the title shown"),
         tr("The expiry date printed on the title shown."), {}, {}},
        {Comedec, K::Boolean, tr("whether the birth commune is on COMEDEC"),
         tr("oui when the birth act is checked online (COMEDEC): no birth act to bring."), {}, answers::booleanFact(false)},
        {Domicile, K::Choice, tr("the kind of domicile"), tr("Own home, hosted by someone, or elected domicile."),
         m_rules.domiciles(), QStringLiteral("propre")},
    };
    if (m_title == PassportTitle)
        specs << FactSpec{Indigent, K::Boolean, tr("whether the town hall recognises the person as destitute"),
                          tr("oui for a free passport to a person the town hall recognises as destitute."), {},
                          answers::booleanFact(false)};
    return specs;
}

TitleRequest TitleAnswers::request(const FactValues &facts, const QDate &today) const
{
    TitleRequest r;
    r.title = m_title;
    r.situation = facts.text(Situation);
    r.birthDate = facts.date(BirthDate);
    const QDate appointment = facts.date(Appointment);
    r.day = appointment.isValid() && appointment >= today ? appointment : today;
    r.existingTitle = facts.text(Existing);
    if (r.existingTitle != NoExistingTitle)
        r.existingExpiry = facts.date(ExistingExpiry);
    r.birthCommuneOnComedec = facts.boolean(Comedec);
    r.domicile = facts.text(Domicile);
    r.indigent = m_title == PassportTitle && facts.boolean(Indigent);
    return r;
}

Answer TitleAnswers::answer(const QString &procedure, const FactValues &facts, const AnswerContext &context) const
{
    Answer a;
    const TitleRequest r = request(facts, context.today());
    if (r.situation.isEmpty()) {
        a.need(Situation);
        a.text = a.missingSentence(this->facts(procedure));
        return a;
    }
    if (!r.birthDate.isValid())
        a.need(BirthDate);

    QString text = m_rules.answer(r);
    if (!r.birthDate.isValid())
        text.prepend(tr("Type the birth date to know the fee, the validity and whether fingerprints are taken.") + u' ');
    a.text = text;
    for (const TitleDocument &d : m_rules.checklist(r))
        a.checklist.append({d.id, d.label, d.required});
    const TitleFee fee = m_rules.fee(r);
    a.feeKnown = fee.known;
    a.feeCents = fee.cents;
    a.validityYears = fee.known && fee.keepsExpiry ? 0 : m_rules.validityYears(r);
    if (r.day != context.today())
        a.dates << AnswerDate{QStringLiteral("deposit"), tr("Day of the deposit"), r.day, {}};
    if (const QDate shown = m_rules.existingValidUntil(r); shown.isValid())
        a.dates << AnswerDate{QStringLiteral("shown-valid-until"), tr("Title shown valid until"), shown, {}};
    if (const QDate until = m_rules.validUntil(r, r.day); until.isValid())
        a.dates << AnswerDate{QStringLiteral("valid-until"), tr("New title valid until, if issued on the day of the deposit"),
                              until, {}};
    return a;
}

Result<std::shared_ptr<const AnswerEngine>> TitleAnswerModule::engine(const ReferenceRelease &release) const
{
    auto rules = IdentityRules::fromRelease(release);
    if (!rules)
        return std::unexpected(rules.error());
    return std::make_shared<const TitleAnswers>(std::move(*rules), m_title);
}

} // namespace guichet::identity
