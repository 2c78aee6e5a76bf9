// SPDX-License-Identifier: GPL-3.0-or-later
#include "inscriptionrules.h"
#include "referencesection.h"

#include "domain/textfold.h"
#include "reference/referencerelease.h"
#include "reference/workflow.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <cmath>

namespace guichet::inscription {

namespace {

QJsonValue value(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key));
}

/// A `when` value matches a situation value when equal, or, for an array,
/// when one of its elements is equal.
bool matches(const QJsonValue &condition, const QJsonValue &actual)
{
    if (actual.isUndefined())
        return false;
    if (condition.isArray()) {
        const auto options = condition.toArray();
        return std::any_of(options.begin(), options.end(), [&](const QJsonValue &o) { return o == actual; });
    }
    return condition == actual;
}

/// Parts are written as decimals (2.5); they are kept in hundredths so that
/// the quotient is computed in integers, without rounding surprises.
std::optional<int> hundredths(const QJsonValue &v)
{
    if (!v.isDouble() || v.toDouble() < 0)
        return std::nullopt;
    return int(std::lround(v.toDouble() * 100));
}

QLocale french()
{
    return QLocale(QLocale::French, QLocale::France);
}


bool sidesMeet(CatchmentRow::Side a, CatchmentRow::Side b)
{
    return a == CatchmentRow::Side::All || b == CatchmentRow::Side::All || a == b;
}

/// Whether two rows of one street share a house number.
bool overlap(const CatchmentRow &a, const CatchmentRow &b)
{
    if (!sidesMeet(a.side, b.side))
        return false;
    const qint64 lo = qMax(a.from, b.from);
    const qint64 hi = qMin(a.to == 0 ? qint64(INT_MAX) : a.to, b.to == 0 ? qint64(INT_MAX) : b.to);
    if (lo > hi)
        return false;
    const auto side = a.side != CatchmentRow::Side::All ? a.side : b.side;
    if (side == CatchmentRow::Side::All || lo < hi)
        return true;
    return (lo % 2 == 1) == (side == CatchmentRow::Side::Odd);
}

QString departmentOf(const QString &inseeCode)
{
    const QString code = inseeCode.trimmed().toUpper();
    return code.startsWith(QLatin1String("97")) ? code.left(3) : code.left(2);
}

} // namespace

// ---------------------------------------------------------------------------

bool CatchmentRow::covers(int number) const
{
    if (number < from || (to != 0 && number > to))
        return false;
    switch (side) {
    case Side::All: return true;
    case Side::Odd: return number % 2 == 1;
    case Side::Even: return number % 2 == 0;
    }
    return false;
}

QString CatchmentRow::numbers() const
{
    const QString side = this->side == Side::Odd ? QStringLiteral("odd")
                       : this->side == Side::Even ? QStringLiteral("even") : QStringLiteral("all");
    return to != 0 ? QStringLiteral("%1 %2-%3").arg(side).arg(from).arg(to)
                   : QStringLiteral("%1 %2-").arg(side).arg(from);
}

bool Tranche::contains(qint64 qf) const
{
    const bool aboveMin = min.inclusive ? qf >= min.value : qf > min.value;
    const bool belowMax = !max || (max->inclusive ? qf <= max->value : qf < max->value);
    return aboveMin && belowMax;
}

// ---------------------------------------------------------------------------

Result<InscriptionRules> InscriptionRules::fromRelease(const ReferenceRelease &release)
{
    const QString section = SectionName;
    if (!release.hasSection(section))
        return std::unexpected(Error::make(Error::Code::NotFound,
            tr("Reference release %1 has no \"%2\" section, so the school-enrolment module cannot "
               "answer. Install a release that contains %2.json or ask HQ for one.")
                .arg(release.id(), section)));
    const QJsonObject json = release.section(section);

    const auto incomplete = [&](const QString &what) { return std::unexpected(section::incomplete(release, section, what)); };

    InscriptionRules r;

    // School years, in order, each ending before the next one starts.
    for (const auto &v : value(value(json, "schoolYears").toObject(), "years").toArray()) {
        const auto o = v.toObject();
        SchoolYear y{section::text(o, "id"), section::text(o, "label"), QDate::fromString(section::text(o, "rentree"), Qt::ISODate),
                     QDate::fromString(section::text(o, "lastDay"), Qt::ISODate)};
        if (y.id.isEmpty() || y.label.isEmpty() || !y.rentree.isValid() || !y.lastDay.isValid())
            return incomplete(tr("school year \"%1\" lacks its label, its rentrée or its last day "
                                 "(dates as YYYY-MM-DD)").arg(y.id));
        if (y.lastDay <= y.rentree)
            return incomplete(tr("school year %1 ends before its rentrée").arg(y.id));
        if (!r.m_years.isEmpty() && y.rentree <= r.m_years.constLast().lastDay)
            return incomplete(tr("school year %1 starts before school year %2 ends: list the years "
                                 "in order").arg(y.id, r.m_years.constLast().id));
        r.m_years.append(y);
    }
    if (r.m_years.isEmpty())
        return incomplete(tr("there is no school year"));

    // Levels: one per age, in order, the regular ones without a gap.
    for (const auto &v : value(json, "levels").toArray()) {
        const auto o = v.toObject();
        Level l{section::text(o, "id"), section::text(o, "label"), section::text(o, "school"), value(o, "cycle").toInt(),
                value(o, "ageInYear").toInt(), value(o, "earlyAdmission").toBool()};
        if (l.id.isEmpty() || l.label.isEmpty() || l.ageInYear <= 0
            || (l.school != QLatin1String("maternelle") && l.school != QLatin1String("elementaire")))
            return incomplete(tr("level \"%1\" lacks its label, its age or its school kind "
                                 "(maternelle or elementaire)").arg(l.id));
        if (!r.m_levels.isEmpty() && l.ageInYear != r.m_levels.constLast().ageInYear + 1)
            return incomplete(tr("level %1 is not one year after level %2").arg(l.id, r.m_levels.constLast().id));
        if (l.earlyAdmission && !r.m_levels.isEmpty())
            return incomplete(tr("the early-admission level %1 must be the first level").arg(l.id));
        r.m_levels.append(l);
    }
    const auto regular = std::count_if(r.m_levels.cbegin(), r.m_levels.cend(),
                                       [](const Level &l) { return !l.earlyAdmission; });
    if (regular == 0)
        return incomplete(tr("there is no school level"));
    r.m_earlyMinAge = value(value(json, "earlyAdmission").toObject(), "minAgeOnRentreeYears").toInt();
    if (!r.m_levels.constFirst().earlyAdmission || r.m_earlyMinAge <= 0)
        return incomplete(tr("the early-admission level or its minimum age on the rentrée day is missing"));
    r.m_enrolWithinDays = value(json, "enrolWithinDaysAfterMove").toInt();
    if (r.m_enrolWithinDays <= 0)
        return incomplete(tr("the number of days to enrol after a move is missing"));

    // Schools and the catchment table.
    for (const auto &v : value(json, "schools").toArray()) {
        const auto o = v.toObject();
        School s{section::text(o, "id"), section::text(o, "name"), section::text(o, "address"), section::strings(value(o, "serves").toArray())};
        if (s.id.isEmpty() || s.name.isEmpty() || s.address.isEmpty() || s.serves.isEmpty())
            return incomplete(tr("school \"%1\" lacks its name, its address or the levels it serves").arg(s.id));
        r.m_schools.append(s);
    }
    if (r.m_schools.isEmpty())
        return incomplete(tr("there is no school"));

    const auto catchment = value(json, "catchment").toObject();
    const auto types = value(catchment, "streetTypes").toObject();
    for (auto it = types.begin(); it != types.end(); ++it)
        for (const QString &alias : section::strings(it->toArray()))
            r.m_streetTypes.insert(textfold::fold(alias), it.key());
    const auto abbreviations = value(catchment, "abbreviations").toObject();
    for (auto it = abbreviations.begin(); it != abbreviations.end(); ++it)
        r.m_abbreviations.insert(textfold::fold(it.key()), textfold::fold(it->toString()));
    for (const QString &p : section::strings(value(catchment, "particles").toArray()))
        r.m_particles << textfold::fold(p);
    if (r.m_streetTypes.isEmpty())
        return incomplete(tr("the catchment table has no street types"));
    const auto describe = value(catchment, "describe").toObject();
    for (const char *key : {"odd", "even", "all", "range", "from"}) {
        if (section::text(describe, key).isEmpty())
            return incomplete(tr("the catchment wording \"%1\" is missing").arg(QLatin1String(key)));
        r.m_describe.insert(QLatin1String(key), section::text(describe, key));
    }

    for (const auto &v : value(catchment, "rows").toArray()) {
        const auto o = v.toObject();
        CatchmentRow row;
        row.street = section::text(o, "street");
        const StreetName name = r.normalise(row.street);
        row.type = name.type;
        row.key = name.key;
        row.from = value(o, "from").toInt(1);
        row.to = value(o, "to").toInt(0);
        const QString side = section::text(o, "side");
        if (side == QLatin1String("odd"))
            row.side = CatchmentRow::Side::Odd;
        else if (side == QLatin1String("even"))
            row.side = CatchmentRow::Side::Even;
        else if (side == QLatin1String("all"))
            row.side = CatchmentRow::Side::All;
        else
            return incomplete(tr("catchment row \"%1\" has the side \"%2\" (expected odd, even or all)")
                                  .arg(row.street, side));
        row.maternelle = section::text(o, "maternelle");
        row.elementaire = section::text(o, "elementaire");
        if (row.key.isEmpty() || row.from < 1 || (row.to != 0 && row.to < row.from))
            return incomplete(tr("catchment row \"%1\" has no street name or a wrong number range")
                                  .arg(row.street));
        const School *mat = r.school(row.maternelle);
        const School *elem = r.school(row.elementaire);
        if (!mat || !elem || !mat->serves.contains(QLatin1String("maternelle"))
            || !elem->serves.contains(QLatin1String("elementaire")))
            return incomplete(tr("catchment row \"%1\" (%2) names a school that is unknown or does not "
                                 "take that level").arg(row.street, row.numbers()));
        for (const CatchmentRow &other : std::as_const(r.m_rows))
            if (other.key == row.key && other.type == row.type && overlap(other, row))
                return incomplete(tr("catchment rows \"%1\" (%2) and (%3) overlap")
                                      .arg(row.street, other.numbers(), row.numbers()));
        r.m_rows.append(row);
    }
    if (r.m_rows.isEmpty())
        return incomplete(tr("the catchment table is empty"));

    // Quotient familial.
    const auto qf = value(json, "quotientFamilial").toObject();
    const auto parts = value(qf, "parts").toObject();
    const auto household = hundredths(value(parts, "household"));
    const auto further = hundredths(value(parts, "furtherChild"));
    const auto disabled = hundredths(value(parts, "disabledChild"));
    for (const auto &v : value(parts, "children").toArray()) {
        const auto p = hundredths(v);
        if (!p)
            return incomplete(tr("a child's parts in the quotient familial are not a number"));
        r.m_childParts << *p;
    }
    if (!household || *household <= 0 || !further || !disabled || r.m_childParts.isEmpty())
        return incomplete(tr("the parts of the quotient familial (household, children, further child, "
                             "disabled child) are missing"));
    r.m_householdParts = *household;
    r.m_furtherChildParts = *further;
    r.m_disabledChildParts = *disabled;
    const QString rounding = section::text(qf, "rounding");
    if (rounding != QLatin1String("floor") && rounding != QLatin1String("nearest"))
        return incomplete(tr("the rounding of the quotient familial is \"%1\" (expected floor or nearest)")
                              .arg(rounding));
    r.m_roundNearest = rounding == QLatin1String("nearest");
    r.m_qfSources = section::choices(value(json, "qfSources").toArray());
    QStringList sourceIds;
    for (const Choice &c : std::as_const(r.m_qfSources))
        sourceIds << c.id;
    if (sourceIds != QStringList{QStringLiteral("none"), QStringLiteral("computed"), QStringLiteral("caf-statement")})
        return incomplete(tr("the ways of giving the quotient must be none, computed and caf-statement, in that order"));

    // Tariff tranches: from 0, contiguous, each bound held by exactly one tranche.
    const auto tariffs = value(json, "tariffs").toObject();
    r.m_canteenLabel = section::text(tariffs, "canteenLabel");
    r.m_afterSchoolLabel = section::text(tariffs, "afterSchoolLabel");
    const auto readBound = [](const QJsonValue &v) -> std::optional<Bound> {
        const auto o = v.toObject();
        if (!value(o, "value").isDouble() || !value(o, "inclusive").isBool())
            return std::nullopt;
        return Bound{qint64(value(o, "value").toDouble()), value(o, "inclusive").toBool()};
    };
    const auto trancheArray = value(tariffs, "tranches").toArray();
    for (qsizetype i = 0; i < trancheArray.size(); ++i) {
        const auto o = trancheArray.at(i).toObject();
        Tranche t;
        t.id = section::text(o, "id");
        t.label = section::text(o, "label");
        const auto min = readBound(value(o, "min"));
        const bool last = i == trancheArray.size() - 1;
        if (!o.contains(QLatin1String("max")) != last)
            return incomplete(last ? tr("the top tranche %1 must have no upper bound").arg(t.id)
                                   : tr("tranche %1 has no upper bound but is not the last one").arg(t.id));
        if (!last) {
            const auto max = readBound(value(o, "max"));
            if (!max)
                return incomplete(tr("tranche %1 has an upper bound without \"value\" and \"inclusive\"").arg(t.id));
            t.max = max;
        }
        if (t.id.isEmpty() || t.label.isEmpty() || !min || !value(o, "canteenCents").isDouble()
            || !value(o, "afterSchoolCents").isDouble())
            return incomplete(tr("tranche \"%1\" lacks its label, its lower bound (value and inclusive) "
                                 "or its amounts").arg(t.id));
        t.min = *min;
        t.canteenCents = value(o, "canteenCents").toInt();
        t.afterSchoolCents = value(o, "afterSchoolCents").toInt();
        if (t.canteenCents < 0 || t.afterSchoolCents < 0)
            return incomplete(tr("tranche %1 has a negative amount").arg(t.id));
        if (t.max && (t.max->value < t.min.value
                      || (t.max->value == t.min.value && !(t.max->inclusive && t.min.inclusive))))
            return incomplete(tr("tranche %1 is empty: its upper bound is not above its lower bound").arg(t.id));
        if (r.m_tranches.isEmpty()) {
            if (t.min.value != 0 || !t.min.inclusive)
                return incomplete(tr("the first tranche %1 must start at 0 included").arg(t.id));
        } else {
            const Tranche &previous = r.m_tranches.constLast();
            if (previous.max->value != t.min.value)
                return incomplete(tr("tranches %1 and %2 leave a gap or overlap: the upper bound of one "
                                     "must be the lower bound of the next").arg(previous.id, t.id));
            if (previous.max->inclusive == t.min.inclusive)
                return incomplete(previous.max->inclusive
                    ? tr("tranches %1 and %2 both include the quotient %3").arg(previous.id, t.id).arg(t.min.value)
                    : tr("tranches %1 and %2 both exclude the quotient %3").arg(previous.id, t.id).arg(t.min.value));
        }
        r.m_tranches.append(t);
    }
    if (r.m_tranches.isEmpty() || r.m_canteenLabel.isEmpty() || r.m_afterSchoolLabel.isEmpty())
        return incomplete(tr("the tariff tranches or their labels are missing"));
    r.m_withoutQf = section::text(tariffs, "withoutQf");
    if (std::none_of(r.m_tranches.cbegin(), r.m_tranches.cend(),
                     [&](const Tranche &t) { return t.id == r.m_withoutQf; }))
        return incomplete(tr("the tranche applied without a quotient (\"withoutQf\") is not one of the tranches"));

    // Vaccination regimes: the last one, without a date, takes everyone else.
    for (const auto &v : value(json, "vaccinationRegimes").toArray()) {
        const auto o = v.toObject();
        Vaccination vac{section::text(o, "id"), QDate::fromString(section::text(o, "bornFrom"), Qt::ISODate)};
        if (vac.id.isEmpty())
            return incomplete(tr("a vaccination regime has no id"));
        r.m_vaccinations.append(vac);
    }
    if (r.m_vaccinations.isEmpty() || r.m_vaccinations.constLast().bornFrom.isValid())
        return incomplete(tr("the vaccination regimes must end with one without \"bornFrom\""));

    // Derogation.
    for (const auto &v : value(json, "derogationReasons").toArray()) {
        const auto o = v.toObject();
        Reason reason{{section::text(o, "id"), section::text(o, "label")}, value(o, "exemptsHomeMayorConsent").toBool(),
                      value(o, "needsSiblingThere").toBool(), value(o, "needsDetails").toBool(),
                      value(o, "ofRight").toBool()};
        if (reason.choice.id.isEmpty() || reason.choice.label.isEmpty())
            return incomplete(tr("a derogation reason has no id or no label"));
        r.m_reasons.append(reason);
    }
    if (r.m_reasons.isEmpty())
        return incomplete(tr("there is no derogation reason"));
    r.m_decisionMonths = value(json, "derogationDecisionMonths").toInt();
    if (r.m_decisionMonths <= 0)
        return incomplete(tr("the delay of the mayor's decision on a derogation is missing"));

    // Sentences and printed documents.
    const auto texts = value(json, "texts").toObject();
    for (const char *key : {"yearUpcoming", "yearStarted", "earlyAdmission", "earlyPossible", "tooYoung",
                            "notPrimary", "catchment", "outsideCommune", "tariff", "tariffTop", "derogation",
                            "derogationOfRight", "derogationOtherCommune", "derogationOtherCommuneExempt"}) {
        if (section::text(texts, key).isEmpty())
            return incomplete(tr("the sentence \"%1\" is missing").arg(QLatin1String(key)));
        r.m_texts.insert(QLatin1String(key), section::text(texts, key));
    }
    r.m_documents = value(json, "documents").toObject();
    const auto certificate = value(r.m_documents, "certificate").toObject();
    const auto decision = value(r.m_documents, "decision").toObject();
    for (const char *key : {"title", "intro", "admission", "signature"})
        if (section::text(certificate, key).isEmpty())
            return incomplete(tr("the certificate text \"%1\" is missing").arg(QLatin1String(key)));
    for (const char *key : {"child", "birthDate", "level", "school", "schoolAddress", "guardians", "address",
                            "schoolYear", "rentree"})
        if (section::text(value(certificate, "rows").toObject(), key).isEmpty())
            return incomplete(tr("the certificate label \"%1\" is missing").arg(QLatin1String(key)));
    for (const char *key : {"title", "granted", "refused", "salutation", "grantedText", "refusedText", "appeal",
                            "closing", "signature"})
        if (section::text(decision, key).isEmpty())
            return incomplete(tr("the decision-letter text \"%1\" is missing").arg(QLatin1String(key)));
    for (const char *key : {"child", "schoolYear", "level", "catchmentSchool", "requestedSchool", "reason", "decision"})
        if (section::text(value(decision, "rows").toObject(), key).isEmpty())
            return incomplete(tr("the decision-letter label \"%1\" is missing").arg(QLatin1String(key)));

    // Checklists, procedures and their workflows.
    const auto checklists = value(json, "checklists").toObject();
    for (auto it = checklists.begin(); it != checklists.end(); ++it)
        r.m_checklists.insert(it.key(), it->toArray());
    const auto workflows = value(json, "workflows").toObject();
    for (const auto &v : value(json, "procedures").toArray()) {
        const auto o = v.toObject();
        ProcedureInfo p{section::text(o, "id"), section::text(o, "title"), section::text(o, "workflowId"), section::text(o, "service")};
        const Workflow w = Workflow::fromJson(value(workflows, p.workflowId.toUtf8().constData()).toObject());
        if (p.id.isEmpty() || p.title.isEmpty() || p.service.isEmpty() || !w.isValid()
            || !r.m_checklists.contains(p.id))
            return incomplete(tr("procedure \"%1\" has no title, service, valid workflow or checklist").arg(p.id));
        r.m_procedures.append(p);
        if (p.id == DerogationProcedureId) {
            // The letter and the work page rely on these states.
            for (const char *state : {"requested", "granted", "refused", "granted-notified", "refused-notified"})
                if (!w.contains(QLatin1String(state)))
                    return incomplete(tr("the derogation workflow has no state \"%1\"").arg(QLatin1String(state)));
            r.m_refusalReasons = w.reasons(QStringLiteral("requested"), QStringLiteral("refused"));
            if (r.m_refusalReasons.isEmpty())
                return incomplete(tr("refusing a derogation must ask for a reason"));
        } else if (p.id == EnrolmentProcedureId) {
            for (const char *state : {"received", "waiting-documents", "confirmed", "certificate-issued"})
                if (!w.contains(QLatin1String(state)))
                    return incomplete(tr("the enrolment workflow has no state \"%1\"").arg(QLatin1String(state)));
        }
    }
    for (const QLatin1StringView id : {EnrolmentProcedureId, DerogationProcedureId})
        if (std::none_of(r.m_procedures.cbegin(), r.m_procedures.cend(),
                         [&](const ProcedureInfo &p) { return p.id == id; }))
            return incomplete(tr("the procedure \"%1\" is not declared").arg(id));
    return r;
}

// ---- School year and level ----------------------------------------------

const SchoolYear *InscriptionRules::schoolYear(const QString &id) const
{
    for (const SchoolYear &y : m_years)
        if (y.id == id)
            return &y;
    return nullptr;
}

std::optional<TargetYear> InscriptionRules::targetYear(const QDate &day) const
{
    for (const SchoolYear &y : m_years)
        if (day <= y.lastDay)
            return TargetYear{y, day >= y.rentree};
    return std::nullopt;
}

QList<SchoolYear> InscriptionRules::yearsFrom(const QDate &day) const
{
    QList<SchoolYear> list;
    for (const SchoolYear &y : m_years)
        if (day <= y.lastDay)
            list << y;
    return list;
}

Placement InscriptionRules::placement(const QDate &birth, const SchoolYear &year, bool earlyAdmission) const
{
    Placement p;
    const int age = year.rentree.year() - birth.year();
    const Level *firstRegular = nullptr;
    for (const Level &l : m_levels)
        if (!l.earlyAdmission) {
            firstRegular = &l;
            break;
        }
    p.firstYear = birth.year() + firstRegular->ageInYear;
    if (age > m_levels.constLast().ageInYear) {
        p.kind = Placement::Kind::NotPrimary;
        return p;
    }
    for (const Level &l : m_levels) {
        if (l.ageInYear != age)
            continue;
        if (!l.earlyAdmission) {
            p.kind = Placement::Kind::Level;
            p.level = l;
            return p;
        }
        // Admission at 2 needs the child to be 2 on the rentrée day itself
        // (birthday included), and places: the agent ticks it explicitly.
        if (birth.addYears(m_earlyMinAge) <= year.rentree) {
            p.kind = earlyAdmission ? Placement::Kind::EarlyAdmission : Placement::Kind::EarlyAdmissionPossible;
            p.level = l;
        }
        return p;
    }
    return p;  // younger than every level
}

// ---- Catchment -------------------------------------------------------------

InscriptionRules::StreetName InscriptionRules::normalise(const QString &street) const
{
    QStringList w = textfold::words(street);
    for (QString &word : w)
        word = m_abbreviations.value(word, word);
    StreetName name;
    if (w.size() > 1 && m_streetTypes.contains(w.constFirst()))
        name.type = m_streetTypes.value(w.takeFirst());
    while (w.size() > 1 && m_particles.contains(w.constFirst()))
        w.removeFirst();
    // Joined without spaces: "Jean-Jaurès", "jean jaures" and "jeanjaures" meet.
    name.key = w.join(QString());
    return name;
}

const School *InscriptionRules::school(const QString &id) const
{
    for (const School &s : m_schools)
        if (s.id == id)
            return &s;
    return nullptr;
}

QList<School> InscriptionRules::schoolsServing(const QString &schoolKind) const
{
    QList<School> list;
    for (const School &s : m_schools)
        if (s.serves.contains(schoolKind))
            list << s;
    return list;
}

QStringList InscriptionRules::streetNames() const
{
    QStringList names;
    for (const CatchmentRow &row : m_rows)
        if (!names.contains(row.street))
            names << row.street;
    return names;
}

bool InscriptionRules::isStreetType(const QString &word) const
{
    return m_streetTypes.contains(textfold::fold(word));
}

std::optional<int> InscriptionRules::houseNumber(const QString &text)
{
    // "12", "12 bis", "12B", "12-ter": the number decides, the suffix does not.
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,5})\\s*[-]?\\s*([a-z]*)\\s*$"));
    const auto m = pattern.match(textfold::fold(text));
    if (!m.hasMatch() || m.captured(1).toInt() <= 0)
        return std::nullopt;
    return m.captured(1).toInt();
}

CatchmentAnswer InscriptionRules::catchment(const QString &street, const QString &number) const
{
    CatchmentAnswer answer;
    const StreetName name = normalise(street);
    if (name.key.isEmpty())
        return answer;
    QList<CatchmentRow> rows;
    for (const CatchmentRow &row : m_rows)
        if (row.key == name.key)
            rows << row;
    // The street type typed narrows the match ("impasse de Quizac" against
    // "rue de Quizac"); a type that matches nothing is taken as a slip.
    if (!name.type.isEmpty()
        && std::any_of(rows.cbegin(), rows.cend(), [&](const CatchmentRow &r) { return r.type == name.type; }))
        rows.removeIf([&](const CatchmentRow &r) { return r.type != name.type; });
    if (rows.isEmpty())
        return answer;

    QStringList streets;
    for (const CatchmentRow &row : rows)
        if (!streets.contains(row.type))
            streets << row.type;
    if (streets.size() > 1) {
        answer.kind = CatchmentAnswer::Kind::Several;
        answer.rows = rows;
        return answer;
    }
    if (number.trimmed().isEmpty()) {
        answer.rows = rows;
        answer.kind = rows.size() == 1 ? CatchmentAnswer::Kind::Found : CatchmentAnswer::Kind::NumberNeeded;
        return answer;
    }
    const auto n = houseNumber(number);
    if (!n) {
        answer.kind = CatchmentAnswer::Kind::InvalidNumber;
        answer.rows = rows;
        return answer;
    }
    QList<CatchmentRow> covering;
    for (const CatchmentRow &row : rows)
        if (row.covers(*n))
            covering << row;
    if (covering.isEmpty()) {
        answer.kind = CatchmentAnswer::Kind::NumberNotCovered;
        answer.rows = rows;
    } else {
        answer.kind = covering.size() == 1 ? CatchmentAnswer::Kind::Found : CatchmentAnswer::Kind::Several;
        answer.rows = covering;
    }
    return answer;
}

QString InscriptionRules::describe(const CatchmentRow &row) const
{
    const QString side = m_describe.value(row.side == CatchmentRow::Side::Odd ? QStringLiteral("odd")
                                          : row.side == CatchmentRow::Side::Even ? QStringLiteral("even")
                                                                                 : QStringLiteral("all"));
    QString numbers;
    if (row.to != 0)
        numbers = m_describe.value(QStringLiteral("range")).arg(side).arg(row.from).arg(row.to);
    else if (row.from > 2)
        numbers = m_describe.value(QStringLiteral("from")).arg(side).arg(row.from);
    else if (row.side != CatchmentRow::Side::All)
        numbers = side;
    return numbers.isEmpty() ? row.street : row.street + QStringLiteral(", ") + numbers;
}

QString InscriptionRules::schoolIdFor(const CatchmentRow &row, const Level &level) const
{
    return level.school == QLatin1String("maternelle") ? row.maternelle : row.elementaire;
}

// ---- Quotient familial and tariffs -----------------------------------------

int InscriptionRules::partsHundredths(int children, int disabledChildren) const
{
    int parts = m_householdParts;
    for (int i = 0; i < children; ++i)
        parts += i < m_childParts.size() ? m_childParts.at(i) : m_furtherChildParts;
    return parts + qMax(0, disabledChildren) * m_disabledChildParts;
}

qint64 InscriptionRules::quotient(const QfInput &input) const
{
    // QF = (A / 12 + M) / P with A and M in cents and P in hundredths:
    // euros = (A + 12 M) / (12 P), in integers.
    const qint64 numerator = qMax<qint64>(0, input.annualResourcesCents) + 12 * qMax<qint64>(0, input.monthlyBenefitsCents);
    const qint64 denominator = 12 * qint64(partsHundredths(input.children, input.disabledChildren));
    return m_roundNearest ? (numerator + denominator / 2) / denominator : numerator / denominator;
}

Tariff InscriptionRules::tariff(std::optional<qint64> qf) const
{
    if (qf) {
        for (const Tranche &t : m_tranches)
            if (t.contains(*qf))
                return {t, qf};
    }
    // No quotient (or a negative one, which the form refuses): the top tariff.
    for (const Tranche &t : m_tranches)
        if (t.id == m_withoutQf)
            return {t, std::nullopt};
    return {m_tranches.constLast(), std::nullopt};
}

// ---- Derogation --------------------------------------------------------------

const InscriptionRules::Reason *InscriptionRules::reason(const QString &id) const
{
    for (const Reason &r : m_reasons)
        if (r.choice.id == id)
            return &r;
    return nullptr;
}

QList<Choice> InscriptionRules::derogationReasons() const
{
    QList<Choice> list;
    for (const Reason &r : m_reasons)
        list << r.choice;
    return list;
}

bool InscriptionRules::reasonExemptsHomeMayorConsent(const QString &id) const
{
    const Reason *r = reason(id);
    return r && r->exempts;
}

bool InscriptionRules::reasonNeedsSiblingThere(const QString &id) const
{
    const Reason *r = reason(id);
    return r && r->needsSibling;
}

bool InscriptionRules::reasonIsOfRight(const QString &id) const
{
    const Reason *r = reason(id);
    return r && r->ofRight;
}

bool InscriptionRules::reasonNeedsDetails(const QString &id) const
{
    const Reason *r = reason(id);
    return r && r->needsDetails;
}

QString InscriptionRules::reasonLabel(const QString &id) const
{
    const Reason *r = reason(id);
    return r ? r->choice.label : id;
}

// ---- Texts and checklists ------------------------------------------------------

QString InscriptionRules::vaccinationRegime(const QDate &birth) const
{
    for (const Vaccination &v : m_vaccinations)
        if (!v.bornFrom.isValid() || birth >= v.bornFrom)
            return v.id;
    return {};
}

QList<ChecklistItem> InscriptionRules::checklist(const QString &procedureId, const QJsonObject &situation) const
{
    QList<ChecklistItem> items;
    for (const auto &v : m_checklists.value(procedureId)) {
        const auto item = v.toObject();
        const auto when = value(item, "when").toObject();
        bool applies = true;
        for (auto it = when.begin(); it != when.end() && applies; ++it)
            applies = matches(it.value(), situation.value(it.key()));
        if (applies)
            items.append({section::text(item, "id"), section::text(item, "label"), value(item, "required").toBool(true)});
    }
    return items;
}

FrenchCalendar InscriptionRules::calendarForCommune(const QString &inseeCode)
{
    return FrenchCalendar(FrenchCalendar::regionOfDepartment(departmentOf(inseeCode)));
}

QString InscriptionRules::euros(qint64 cents)
{
    return french().toString(double(cents) / 100.0, 'f', 2) + QStringLiteral("\u00a0€");
}

} // namespace guichet::inscription
