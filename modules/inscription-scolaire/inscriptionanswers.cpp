// SPDX-License-Identifier: GPL-3.0-or-later
#include "inscriptionanswers.h"

#include "domain/frenchdate.h"
#include "reference/communes.h"
#include "reference/referencerelease.h"

namespace guichet::inscription {

namespace {

// Both procedures: the child, the school year, the home.
const QString ChildBirthDate = QStringLiteral("child_birth_date");
const QString SchoolYearFact = QStringLiteral("school_year");
const QString EarlyAdmission = QStringLiteral("early_admission");
const QString HouseNumber = QStringLiteral("house_number");
const QString Street = QStringLiteral("street");
const QString City = QStringLiteral("city");
const QString Separated = QStringLiteral("separated");
// Enrolment: a change of school, the quotient familial.
const QString Moved = QStringLiteral("moved");
const QString QfSource = QStringLiteral("qf_source");
const QString AnnualResources = QStringLiteral("annual_resources_cents");
const QString MonthlyBenefits = QStringLiteral("monthly_benefits_cents");
const QString Children = QStringLiteral("children");
const QString DisabledChildren = QStringLiteral("disabled_children");
const QString CafQf = QStringLiteral("caf_qf");
// Derogation.
const QString RequestedSchool = QStringLiteral("requested_school");
const QString Reason = QStringLiteral("reason");
const QString Sibling1School = QStringLiteral("sibling1_school");
const QString Sibling2School = QStringLiteral("sibling2_school");

// The ids of the rules that refuse or redirect. The reference data names its
// sentences, not its rules: these ids follow the sentences where there is one
// ("tooYoung" → too-young).
const QString NoSchoolYearRule = QStringLiteral("no-school-year");
const QString SchoolYearOverRule = QStringLiteral("school-year-over");
const QString BirthInFutureRule = QStringLiteral("birth-date-future");
const QString TooYoungRule = QStringLiteral("too-young");
const QString EarlyDeclinedRule = QStringLiteral("early-admission-declined");
const QString NotPrimaryRule = QStringLiteral("not-primary");
const QString OutsideCommuneRule = QStringLiteral("outside-commune");
const QString NotCoveredRule = QStringLiteral("catchment-not-covered");
const QString UnknownStreetRule = QStringLiteral("street-not-in-catchment-map");
const QString SchoolLevelRule = QStringLiteral("school-level");
const QString CatchmentRequestedRule = QStringLiteral("catchment-school-requested");
const QString SiblingNotThereRule = QStringLiteral("sibling-not-there");


QList<Choice> schoolChoices(const QList<School> &schools)
{
    QList<Choice> list;
    for (const School &s : schools)
        list << Choice{s.id, s.name};
    return list;
}

/// Whether the commune of `code` is `here` (or, for a former commune or a
/// commune déléguée, is part of it today).
bool sameCommune(const QString &code, const QString &here, const CommuneTable *communes)
{
    if (code == here)
        return true;
    if (!communes || communes->isEmpty())
        return false;
    const Commune *current = communes->currentOf(code);
    return current && current->code == here;
}

/// "Guipavas (29)", or the code when the table does not know it.
QString communeLabel(const QString &code, const CommuneTable *communes)
{
    const Commune *commune = communes ? communes->currentOf(code) : nullptr;
    return commune ? CommuneTable::label(*commune) : code;
}

} // namespace

/// The facts as the rules read them, shared by both procedures.
struct InscriptionAnswers::Reading
{
    QDate today;
    SchoolYear year;                     ///< invalid: none for the day
    QDate birth;                         ///< null: not given
    std::optional<Placement> placement;  ///< birth date and year known, birth not in the future
    bool homeKnown = false;              ///< the commune of the home is given
    bool livesHere = false;              ///< …and it is the commune of the schools
    QString street;                      ///< as typed: the rules match it
    CatchmentAnswer catchment;           ///< livesHere and a street
    const School *sector = nullptr;      ///< the catchment school for the level
    bool derogation = false;
    QString reason;                      ///< derogation
};

InscriptionAnswers::InscriptionAnswers(InscriptionRules rules, QString communeCode)
    : m_rules(std::move(rules)), m_communeCode(std::move(communeCode))
{
}

QStringList InscriptionAnswers::procedures() const
{
    return {QString(EnrolmentProcedureId), QString(DerogationProcedureId)};
}

QList<FactSpec> InscriptionAnswers::facts(const QString &procedure) const
{
    using K = FactSpec::Kind;
    const bool enrolment = procedure == EnrolmentProcedureId;
    if (!enrolment && procedure != DerogationProcedureId)
        return {};
    QList<Choice> years;
    for (const SchoolYear &y : m_rules.schoolYears())
        years << Choice{y.id, y.label};

    QList<FactSpec> specs{
        {ChildBirthDate, K::Date, tr("the child's birth date"),
         tr("The child's birth date: the level for the school year, or why the child cannot be enrolled."), {}, {}},
        {SchoolYearFact, K::Choice, tr("the school year"),
         tr("The school year asked for; when not given, the year in progress, or the next one before its rentrée."),
         years, {}},
        {EarlyAdmission, K::Boolean, tr("whether the family asks for the admission at 2"),
         tr("oui when the family asks for the admission at 2 (toute petite section) where places allow; asked "
            "only for a child who is 2 on the day of the rentrée."), {}, {}},
        {HouseNumber, K::Integer, tr("the house number"),
         tr("The house number of the child's home, without bis or ter: it decides where a street is shared "
            "between schools."), {}, {}},
        {Street, K::Text, tr("the street of the child's home"),
         tr("The street of the child's home as typed (\"r. jean-jaures\"; the street type, accents and case do "
            "not matter): the catchment map gives its school."), {}, {}},
        {City, K::Commune, tr("the commune of the child's home"),
         tr("INSEE code of the commune of the child's home (not the postal code); when not given, the commune of "
            "the town hall. Outside it the catchment map does not apply."), {}, m_communeCode},
        {Separated, K::Boolean, tr("whether the parents are separated"),
         tr("oui when the parents are separated and the child has two homes."), {}, answers::booleanFact(false)},
    };
    if (enrolment) {
        const QList<Choice> sources = m_rules.qfSources();
        specs << FactSpec{Moved, K::Boolean, tr("whether the child changes school after a move"),
                          tr("oui when the child leaves another school after a move: its radiation certificate is "
                             "asked for."), {}, answers::booleanFact(false)}
              << FactSpec{QfSource, K::Choice, tr("how the quotient familial is given"),
                          tr("No quotient (the top tariff), computed from the household's figures, or read from a "
                             "CAF statement: the canteen and after-school tariffs follow it."),
                          sources, sources.isEmpty() ? QString() : sources.first().id}
              << FactSpec{AnnualResources, K::Integer, tr("the household's annual taxable resources"),
                          tr("The household's taxable resources of the year (tax notice), in cents of euro, when "
                             "the quotient is computed."), {}, {}}
              << FactSpec{MonthlyBenefits, K::Integer, tr("the household's monthly benefits"),
                          tr("Family benefits of the last month (CAF statement), in cents of euro, when the "
                             "quotient is computed; 0 when none."), {}, QStringLiteral("0")}
              << FactSpec{Children, K::Integer, tr("the number of children in the household"),
                          tr("Dependent children of the household, this one included, when the quotient is "
                             "computed."), {}, QStringLiteral("1")}
              << FactSpec{DisabledChildren, K::Integer, tr("the number of disabled children"),
                          tr("Of the dependent children, how many are disabled, when the quotient is computed."),
                          {}, QStringLiteral("0")}
              << FactSpec{CafQf, K::Integer, tr("the quotient familial of the CAF statement"),
                          tr("The quotient familial printed on the CAF statement, in whole euros."), {}, {}};
    } else {
        const QList<Choice> schools = schoolChoices(m_rules.schools());
        specs << FactSpec{RequestedSchool, K::Choice, tr("the requested school"),
                          tr("The school the family asks for instead of the catchment school."), schools, {}}
              << FactSpec{Reason, K::Choice, tr("the reason for the exception"),
                          tr("Why the family asks for another school: some reasons spare the consent of the mayor "
                             "of the family's commune, one is of right."), m_rules.derogationReasons(), {}}
              << FactSpec{Sibling1School, K::Choice, tr("the school of a brother or sister"),
                          tr("The school of a brother or sister already at school, when the reason is a sibling "
                             "enrolled at the requested school."), schools, {}}
              << FactSpec{Sibling2School, K::Choice, tr("the school of another brother or sister"),
                          tr("The school of a second brother or sister already at school."), schools, {}};
    }
    return specs;
}

std::optional<qint64> InscriptionAnswers::quotient(const FactValues &facts) const
{
    const QString source = facts.text(QfSource);
    if (source == QLatin1String("caf-statement")) {
        const int qf = facts.integer(CafQf, -1);
        return facts.has(CafQf) && qf >= 0 ? std::optional<qint64>(qf) : std::nullopt;
    }
    if (source != QLatin1String("computed"))
        return std::nullopt;
    for (const QString &key : {AnnualResources, MonthlyBenefits, Children, DisabledChildren})
        if (!facts.has(key))
            return std::nullopt;
    const QfInput input{facts.integer(AnnualResources), facts.integer(MonthlyBenefits), facts.integer(Children),
                        facts.integer(DisabledChildren)};
    if (input.annualResourcesCents < 0 || input.monthlyBenefitsCents < 0 || input.children < 1
        || input.disabledChildren < 0 || input.disabledChildren > input.children)
        return std::nullopt;
    return m_rules.quotient(input);
}

InscriptionAnswers::Reading InscriptionAnswers::read(const QString &procedure, const FactValues &facts,
                                                     const AnswerContext &context) const
{
    Reading r;
    r.today = context.today();
    // The form offers the year of the day (the one in progress, or the next)
    // first: the year when none is given.
    if (const SchoolYear *y = m_rules.schoolYear(facts.text(SchoolYearFact)))
        r.year = *y;
    else if (const auto target = m_rules.targetYear(r.today); target && !facts.has(SchoolYearFact))
        r.year = target->year;
    r.birth = facts.date(ChildBirthDate);
    if (r.birth.isValid() && r.year.isValid() && r.birth <= r.today)
        r.placement = m_rules.placement(r.birth, r.year, facts.boolean(EarlyAdmission));

    const QString city = facts.text(City);
    r.homeKnown = !city.isEmpty();
    r.livesHere = r.homeKnown
        && sameCommune(city, context.communeCode.isEmpty() ? m_communeCode : context.communeCode, context.communes);
    r.street = facts.text(Street);
    if (r.livesHere && !r.street.isEmpty())
        r.catchment = m_rules.catchment(r.street, facts.text(HouseNumber));
    if (r.livesHere && r.placement && r.placement->level.isValid()
        && r.catchment.kind == CatchmentAnswer::Kind::Found && !r.catchment.rows.isEmpty())
        r.sector = m_rules.school(m_rules.schoolIdFor(r.catchment.rows.constFirst(), r.placement->level));
    r.derogation = procedure == DerogationProcedureId;
    if (r.derogation)
        r.reason = facts.text(Reason);
    return r;
}

// ---- The sentences the agent reads out -------------------------------------

QString InscriptionAnswers::levelSentence(const Reading &r) const
{
    if (!r.placement)
        return {};
    const Placement &p = *r.placement;
    const bool started = r.today >= r.year.rentree;
    switch (p.kind) {
    case Placement::Kind::Level:
    case Placement::Kind::EarlyAdmission: {
        const QString sentence = started
            ? m_rules.text(QStringLiteral("yearStarted"))
                  .arg(r.year.id, frenchdate::longDate(r.year.rentree), p.level.label)
                  .arg(m_rules.enrolWithinDaysAfterMove())
            : m_rules.text(QStringLiteral("yearUpcoming"))
                  .arg(r.year.id, frenchdate::longDate(r.year.rentree), p.level.label);
        return p.kind == Placement::Kind::EarlyAdmission
            ? answers::sentences({sentence, m_rules.text(QStringLiteral("earlyAdmission"))})
            : sentence;
    }
    case Placement::Kind::EarlyAdmissionPossible:
        return m_rules.text(QStringLiteral("earlyPossible")).arg(p.firstYear);
    case Placement::Kind::TooYoung:
        return m_rules.text(QStringLiteral("tooYoung")).arg(r.year.id).arg(p.firstYear);
    case Placement::Kind::NotPrimary:
        return m_rules.text(QStringLiteral("notPrimary")).arg(r.birth.year()).arg(r.year.id);
    }
    return {};
}

QString InscriptionAnswers::catchmentSentence(const Reading &r, const AnswerContext &context) const
{
    if (!r.homeKnown)
        return {};
    if (!r.livesHere) {
        if (!r.derogation)
            return m_rules.text(QStringLiteral("outsideCommune")).arg(context.communeName);
        return m_rules.reasonExemptsHomeMayorConsent(r.reason)
            ? m_rules.text(QStringLiteral("derogationOtherCommuneExempt")).arg(context.communeName)
            : m_rules.text(QStringLiteral("derogationOtherCommune")).arg(context.communeName);
    }
    return r.sector ? m_rules.text(QStringLiteral("catchment")).arg(r.sector->name, r.sector->address) : QString();
}

QString InscriptionAnswers::askCatchment(const Answer &a)
{
    // The map cannot name the school of this home: the agent says who can.
    if (a.verdict != Answer::Verdict::Redirected || (a.rule != UnknownStreetRule && a.rule != NotCoveredRule))
        return {};
    return tr("To know the catchment school, ask %1.").arg(a.where);
}

QString InscriptionAnswers::tariffSentence(const FactValues &facts) const
{
    const QString source = facts.text(QfSource);
    const auto qf = quotient(facts);
    if (source != QLatin1String("none") && !qf)
        return {};  // figures not complete yet
    const Tariff t = m_rules.tariff(qf);
    const QString canteen = m_rules.tariffLabel(true);
    const QString afterSchool = m_rules.tariffLabel(false);
    if (!t.qf)
        return m_rules.text(QStringLiteral("tariffTop"))
            .arg(t.tranche.label, canteen, InscriptionRules::euros(t.tranche.canteenCents), afterSchool,
                 InscriptionRules::euros(t.tranche.afterSchoolCents));
    return m_rules.text(QStringLiteral("tariff"))
        .arg(t.tranche.label, QString::number(*t.qf), canteen, InscriptionRules::euros(t.tranche.canteenCents),
             afterSchool, InscriptionRules::euros(t.tranche.afterSchoolCents));
}

// ---- The answers -----------------------------------------------------------

Answer InscriptionAnswers::answer(const QString &procedure, const FactValues &facts, const AnswerContext &context) const
{
    if (procedure == EnrolmentProcedureId)
        return enrolment(facts, context);
    if (procedure == DerogationProcedureId)
        return derogation(facts, context);
    return {};
}

void InscriptionAnswers::judgeYearAndChild(Answer &a, const Reading &r, const FactValues &facts) const
{
    if (!r.year.isValid()) {
        a.refuse(NoSchoolYearRule,
                 tr("The reference release has no school year for %1: ask HQ to publish a release with the next "
                    "school calendar.").arg(frenchdate::longDate(r.today)));
    } else if (r.today > r.year.lastDay) {
        // The form only offers the years to come; the command line may name a past one.
        a.refuse(SchoolYearOverRule, tr("The school year %1 ended on %2: enrolments are for the next school year.")
                                         .arg(r.year.id, frenchdate::longDate(r.year.lastDay)));
    }

    if (!facts.has(ChildBirthDate)) {
        a.need(ChildBirthDate);
        return;
    }
    if (r.birth > r.today) {
        a.refuse(BirthInFutureRule, tr("The birth date %1 is in the future: check the year.")
                                        .arg(frenchdate::longDate(r.birth)));
        return;
    }
    if (!r.placement)
        return;
    switch (r.placement->kind) {
    case Placement::Kind::Level:
    case Placement::Kind::EarlyAdmission:
        break;
    case Placement::Kind::EarlyAdmissionPossible:
        // 2 on the day of the rentrée: only if the family asks, where places allow.
        if (!facts.has(EarlyAdmission)) {
            a.need(EarlyAdmission);
        } else {
            QString firstLevel;
            for (const Level &l : m_rules.levels())
                if (!l.earlyAdmission && firstLevel.isEmpty())
                    firstLevel = l.label;
            a.refuse(EarlyDeclinedRule, tr("Without the admission at 2, the child enters %1 at the rentrée %2.")
                                            .arg(firstLevel).arg(r.placement->firstYear));
        }
        break;
    case Placement::Kind::TooYoung:
        a.refuse(TooYoungRule, levelSentence(r));
        break;
    case Placement::Kind::NotPrimary:
        a.redirect(NotPrimaryRule, tr("at the collège of the family's sector, or the departmental services of "
                                      "national education (DSDEN)"));
        break;
    }
}

void InscriptionAnswers::judgeHome(Answer &a, const Reading &r, const FactValues &facts,
                                   const AnswerContext &context) const
{
    if (!r.homeKnown) {
        a.need(City);
        return;
    }
    if (!r.livesHere) {
        // The catchment map does not apply: an enrolment belongs to the town
        // hall of the family's commune (or to a derogation request here).
        if (!r.derogation)
            a.redirect(OutsideCommuneRule, tr("at the town hall of %1").arg(communeLabel(facts.text(City), context.communes)));
        return;
    }
    // No school to name for a child who cannot be enrolled at all.
    if (r.placement && !r.placement->level.isValid())
        return;
    if (r.street.isEmpty()) {
        a.need(Street);
        return;
    }
    switch (r.catchment.kind) {
    case CatchmentAnswer::Kind::Found:
        break;
    case CatchmentAnswer::Kind::UnknownStreet:
        a.redirect(UnknownStreetRule, tr("at the education department of %1, which says which school serves \"%2\": "
                                         "no street of the catchment map has that name (check the spelling)")
                                          .arg(context.communeName, r.street));
        break;
    case CatchmentAnswer::Kind::Several:
        // Streets of several types answer to what is typed ("Quizac": the rue and the impasse): say which.
        a.need(Street);
        break;
    case CatchmentAnswer::Kind::NumberNeeded:
    case CatchmentAnswer::Kind::InvalidNumber:
        a.need(HouseNumber);
        break;
    case CatchmentAnswer::Kind::NumberNotCovered:
        a.redirect(NotCoveredRule, tr("at the education department of %1, which says which school serves number %2 "
                                      "of %3").arg(context.communeName, facts.text(HouseNumber), r.catchment.rows.constFirst().street));
        break;
    }
}

QList<AnswerDate> InscriptionAnswers::dates(const Reading &r, const AnswerContext &context) const
{
    QList<AnswerDate> list;
    if (r.year.isValid())
        list << AnswerDate{QStringLiteral("rentree"), tr("Rentrée of the school year %1").arg(r.year.id), r.year.rentree, {}};
    if (r.derogation) {
        list << AnswerDate{QStringLiteral("due"), tr("The mayor's decision is due by"),
                           FrenchCalendar::crpaSilenceDate(r.today, m_rules.derogationDecisionMonths()), {}};
    } else if (r.year.isValid()) {
        // Before the rentrée, by the rentrée; once the year has started, within
        // the days allowed after a move.
        const QDate due = r.today < r.year.rentree
            ? r.year.rentree
            : InscriptionRules::calendarForCommune(context.communeCode)
                  .civilDeadlineDays(r.today, m_rules.enrolWithinDaysAfterMove());
        list << AnswerDate{QStringLiteral("due"), tr("Enrolment to be completed by"), due, {}};
    }
    return list;
}

Answer InscriptionAnswers::enrolment(const FactValues &facts, const AnswerContext &context) const
{
    Answer a;
    const Reading r = read(QString(EnrolmentProcedureId), facts, context);
    judgeYearAndChild(a, r, facts);
    judgeHome(a, r, facts, context);

    // The quotient familial: the tariff is said once its figures are complete.
    const QString source = facts.text(QfSource);
    QString tariff = tariffSentence(facts);
    if (source.isEmpty()) {
        a.need(QfSource);
    } else if (source == QLatin1String("computed")) {
        bool figures = true;
        for (const QString &key : {AnnualResources, MonthlyBenefits, Children, DisabledChildren})
            if (!facts.has(key) || facts.integer(key) < (key == Children ? 1 : 0)) {
                a.need(key);
                figures = false;
            }
        if (figures && facts.integer(DisabledChildren) > facts.integer(Children)) {
            a.need(DisabledChildren);
            tariff = tr("There cannot be more disabled children (%1) than children in the household (%2): the "
                        "quotient familial cannot be computed.")
                         .arg(facts.integer(DisabledChildren)).arg(facts.integer(Children));
        }
    } else if (source == QLatin1String("caf-statement") && !quotient(facts)) {
        a.need(CafQf);
    }

    const QList<FactSpec> specs = this->facts(QString(EnrolmentProcedureId));
    a.text = answers::sentences({a.missingSentence(specs), levelSentence(r), catchmentSentence(r, context), askCatchment(a), tariff});
    const QDate birth = facts.date(ChildBirthDate);
    a.checklist = m_rules.checklist(EnrolmentProcedureId,
        {{QStringLiteral("separated"), facts.boolean(Separated)},
         {QStringLiteral("previousSchool"), facts.boolean(Moved)},
         {QStringLiteral("qfSource"), source},
         {QStringLiteral("vaccination"), birth.isValid() ? m_rules.vaccinationRegime(birth) : QString()}});
    a.dates = dates(r, context);
    return a;
}

Answer InscriptionAnswers::derogation(const FactValues &facts, const AnswerContext &context) const
{
    Answer a;
    const Reading r = read(QString(DerogationProcedureId), facts, context);
    judgeYearAndChild(a, r, facts);
    judgeHome(a, r, facts, context);

    const School *requested = m_rules.school(facts.text(RequestedSchool));
    if (!requested) {
        a.need(RequestedSchool);
    } else {
        if (r.placement && r.placement->level.isValid() && !requested->serves.contains(r.placement->level.school))
            a.refuse(SchoolLevelRule, tr("%1 does not take pupils of %2.").arg(requested->name, r.placement->level.label));
        if (r.sector && r.sector->id == requested->id)
            a.refuse(CatchmentRequestedRule, tr("%1 is already the catchment school of this address, so no "
                                                "derogation is needed: an enrolment is recorded instead.")
                                                 .arg(requested->name));
    }
    if (r.reason.isEmpty())
        a.need(Reason);
    if (requested && m_rules.reasonNeedsSiblingThere(r.reason)) {
        const QString first = facts.text(Sibling1School);
        const QString second = facts.text(Sibling2School);
        if (first != requested->id && second != requested->id) {
            if (first.isEmpty())
                a.need(Sibling1School);
            else if (second.isEmpty())
                a.need(Sibling2School);
            else
                a.refuse(SiblingNotThereRule, tr("The reason is a brother or sister enrolled at %1, but the "
                                                 "brothers and sisters given are at other schools.")
                                                  .arg(requested->name));
        }
    }

    const QList<FactSpec> specs = this->facts(QString(DerogationProcedureId));
    const bool ofRight = m_rules.reasonIsOfRight(r.reason);
    // The decision is about one school: the answer names it once it is chosen.
    const QString decision = requested ? m_rules.text(ofRight ? QStringLiteral("derogationOfRight")
                                                              : QStringLiteral("derogation")).arg(requested->name)
                                       : QString();
    a.text = answers::sentences({a.missingSentence(specs), levelSentence(r), catchmentSentence(r, context), askCatchment(a),
                                 decision});
    a.checklist = m_rules.checklist(DerogationProcedureId,
        {{QStringLiteral("separated"), facts.boolean(Separated)},
         {QStringLiteral("reason"), r.reason},
         {QStringLiteral("homeMayorConsent"),
          r.homeKnown && !r.livesHere && !m_rules.reasonExemptsHomeMayorConsent(r.reason)}});
    a.dates = dates(r, context);
    return a;
}

Result<std::shared_ptr<const AnswerEngine>> InscriptionAnswerModule::engine(const ReferenceRelease &release) const
{
    auto rules = InscriptionRules::fromRelease(release);
    if (!rules)
        return std::unexpected(rules.error());
    // The commune whose schools the section describes: the offices' one.
    const QString commune = release.section(QStringLiteral("offices"))
                                .value(QStringLiteral("commune")).toObject()
                                .value(QStringLiteral("code")).toString();
    return std::make_shared<const InscriptionAnswers>(std::move(*rules), commune);
}

} // namespace guichet::inscription
