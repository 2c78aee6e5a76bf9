// SPDX-License-Identifier: GPL-3.0-or-later
#include "schooldemo.h"

#include "domain/textfold.h"
#include "rules/calendar.h"

#include <QJsonArray>

namespace guichet::demo {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonArray array(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

QJsonObject object(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(text(o, key), Qt::ISODate);
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}


/// "LE GALL Maël": the child as the school desk's lists and letters name it.
QString personName(const QString &familyName, const QString &firstNames)
{
    return (familyName.toUpper() + QLatin1Char(' ') + firstNames).trimmed();
}

QString firstNames(const QStringList &pool, Rng &rng)
{
    if (pool.isEmpty())
        return {};
    QStringList names{rng.pick(pool)};
    if (pool.size() > 1 && rng.chance(0.35)) {
        QString second = rng.pick(pool);
        if (!names.contains(second))
            names << second;
    }
    return names.join(QLatin1Char(' '));
}

} // namespace

bool SchoolDemo::isSchoolSection(const QJsonObject &section)
{
    return !array(object(section, "catchment"), "rows").isEmpty() && !array(section, "levels").isEmpty()
        && !array(section, "schools").isEmpty();
}

SchoolDemo SchoolDemo::fromSection(const QJsonObject &section)
{
    SchoolDemo s;
    if (!isSchoolSection(section))
        return s;
    const QJsonObject catchment = object(section, "catchment");
    const QJsonObject types = object(catchment, "streetTypes");
    for (auto it = types.begin(); it != types.end(); ++it)
        for (const auto &alias : it->toArray())
            s.m_typeAliases << textfold::fold(alias.toString());
    const QJsonObject abbreviations = object(catchment, "abbreviations");
    for (auto it = abbreviations.begin(); it != abbreviations.end(); ++it)
        s.m_abbreviations.insert(textfold::fold(it.key()), textfold::fold(it->toString()));
    for (const auto &p : array(catchment, "particles"))
        s.m_particles << textfold::fold(p.toString());
    s.m_describe = object(catchment, "describe");
    for (const auto &v : array(catchment, "rows")) {
        const QJsonObject o = v.toObject();
        Row row;
        row.street = text(o, "street");
        row.key = s.key(row.street);
        row.from = o.value(QStringLiteral("from")).toInt(1);
        row.to = o.value(QStringLiteral("to")).toInt(0);
        const QString side = text(o, "side");
        row.side = side == QLatin1String("odd") ? Row::Side::Odd
                 : side == QLatin1String("even") ? Row::Side::Even : Row::Side::All;
        row.maternelle = text(o, "maternelle");
        row.elementaire = text(o, "elementaire");
        if (!row.key.isEmpty()) {
            s.m_homeRows << int(s.m_rows.size());
            s.m_rows << row;
        }
    }

    for (const auto &v : array(section, "schools")) {
        const QJsonObject o = v.toObject();
        QStringList serves;
        for (const auto &kind : array(o, "serves"))
            serves << kind.toString();
        s.m_schools.append({text(o, "id"), text(o, "name"), text(o, "address"), serves});
    }

    // Most requests are for the first class of each school (PS, CP); the
    // other levels come with a move; admission at 2 is rarer still.
    double total = 0;
    QString previousSchool;
    for (const auto &v : array(section, "levels")) {
        const QJsonObject o = v.toObject();
        Level level{text(o, "id"), text(o, "label"), text(o, "school"), o.value(QStringLiteral("ageInYear")).toInt(),
                    o.value(QStringLiteral("earlyAdmission")).toBool()};
        level.first = level.school != previousSchool;
        double weight = 6;
        if (level.early)
            weight = 3;
        else if (level.school != previousSchool)
            weight = s.m_levels.isEmpty() || s.m_levels.constLast().early ? 40 : 25;
        if (!level.early)
            previousSchool = level.school;
        s.m_levels << level;
        s.m_levelWeights.push_back(total += weight);
    }
    s.m_earlyMinAge = object(section, "earlyAdmission").value(QStringLiteral("minAgeOnRentreeYears")).toInt(2);

    for (const auto &v : array(object(section, "schoolYears"), "years")) {
        const QJsonObject o = v.toObject();
        const Year year{text(o, "id"), date(o, "rentree"), date(o, "lastDay")};
        if (year.rentree.isValid() && year.lastDay.isValid())
            s.m_years << year;
    }
    s.m_enrolWithinDays = section.value(QStringLiteral("enrolWithinDaysAfterMove")).toInt();

    const QJsonObject tariffs = object(section, "tariffs");
    for (const auto &v : array(tariffs, "tranches")) {
        const QJsonObject o = v.toObject();
        Tranche t;
        t.id = text(o, "id");
        const QJsonObject min = object(o, "min");
        t.min = qint64(min.value(QStringLiteral("value")).toDouble());
        t.minInclusive = min.value(QStringLiteral("inclusive")).toBool(true);
        if (o.contains(QStringLiteral("max"))) {
            const QJsonObject max = object(o, "max");
            t.max = qint64(max.value(QStringLiteral("value")).toDouble());
            t.maxInclusive = max.value(QStringLiteral("inclusive")).toBool(true);
        }
        t.canteenCents = o.value(QStringLiteral("canteenCents")).toInt();
        t.afterSchoolCents = o.value(QStringLiteral("afterSchoolCents")).toInt();
        s.m_tranches << t;
    }
    s.m_withoutQf = text(tariffs, "withoutQf");
    for (const auto &v : array(section, "vaccinationRegimes"))
        s.m_vaccinations.append({text(v.toObject(), "id"), date(v.toObject(), "bornFrom")});

    for (const auto &v : array(section, "derogationReasons")) {
        const QJsonObject o = v.toObject();
        s.m_reasons.append({text(o, "id"), text(o, "label"), o.value(QStringLiteral("exemptsHomeMayorConsent")).toBool(),
                            o.value(QStringLiteral("needsSiblingThere")).toBool(),
                            o.value(QStringLiteral("needsDetails")).toBool(), o.value(QStringLiteral("ofRight")).toBool()});
    }
    s.m_decisionMonths = section.value(QStringLiteral("derogationDecisionMonths")).toInt(2);
    return s;
}

QString SchoolDemo::key(const QString &street) const
{
    // As InscriptionRules::normalise: abbreviations spelt out, then the street
    // type and the leading particles dropped, the rest joined.
    QStringList w = textfold::words(street);
    for (QString &word : w)
        word = m_abbreviations.value(word, word);
    if (w.size() > 1 && m_typeAliases.contains(w.constFirst()))
        w.removeFirst();
    while (w.size() > 1 && m_particles.contains(w.constFirst()))
        w.removeFirst();
    return w.join(QString());
}

QString SchoolDemo::describe(const Row &row) const
{
    const QString side = text(m_describe, row.side == Row::Side::Odd ? "odd" : row.side == Row::Side::Even ? "even" : "all");
    QString numbers;
    if (row.to != 0)
        numbers = text(m_describe, "range").arg(side).arg(row.from).arg(row.to);
    else if (row.from > 2)
        numbers = text(m_describe, "from").arg(side).arg(row.from);
    else if (row.side != Row::Side::All)
        numbers = side;
    return numbers.isEmpty() ? row.street : row.street + QStringLiteral(", ") + numbers;
}

const SchoolDemo::School *SchoolDemo::school(const QString &id) const
{
    for (const School &s : m_schools)
        if (s.id == id)
            return &s;
    return nullptr;
}

SchoolDemo::Address SchoolDemo::drawAddress(Rng &rng) const
{
    Q_ASSERT(!m_homeRows.isEmpty());
    const int index = m_homeRows.at(rng.below(m_homeRows.size()));
    const Row &row = m_rows.at(index);
    // A street's length is not in the map: an open row runs for 140 numbers.
    int lo = qMax(1, row.from);
    const int hi = row.to > 0 ? row.to : lo + 139;
    int number = lo;
    if (row.side == Row::Side::All) {
        number = int(rng.between(lo, qMax(lo, hi)));
    } else {
        const int parity = row.side == Row::Side::Odd ? 1 : 0;
        if (lo % 2 != parity)
            ++lo;
        number = lo + 2 * rng.below(qMax(1, (hi - lo) / 2 + 1));
    }
    Address a;
    a.number = QString::number(number) + (rng.chance(0.04) ? QStringLiteral(" bis") : QString());
    // "Rue Jean Jaurès" in the map, "12 rue Jean Jaurès" on an envelope.
    a.street = row.street;
    const QStringList w = textfold::words(a.street.section(QLatin1Char(' '), 0, 0));
    if (w.size() == 1 && m_typeAliases.contains(w.constFirst()))
        a.street[0] = a.street.at(0).toLower();
    a.row = index;
    return a;
}

bool SchoolDemo::restrictHomes(const std::function<bool(const QString &street)> &allowed)
{
    QList<int> kept;
    for (int index = 0; index < m_rows.size(); ++index)
        if (allowed(m_rows.at(index).street))
            kept << index;
    if (kept.isEmpty())
        return false;
    m_homeRows = kept;
    return true;
}

QStringList SchoolDemo::streetsOutside(const QStringList &streets) const
{
    QStringList out;
    for (const QString &street : streets) {
        const QString k = key(street);
        if (std::none_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.key == k; }))
            out << street;
    }
    return out;
}

SchoolDemo::Year SchoolDemo::yearFor(const QDate &day, Rng &rng) const
{
    // The release knows the coming years only; the demo's history is older:
    // earlier (and later) years are its first (last) year moved by whole years.
    const auto shifted = [](const Year &y, int years) {
        const QDate rentree = y.rentree.addYears(years);
        return Year{QStringLiteral("%1-%2").arg(rentree.year()).arg(rentree.year() + 1), rentree,
                    y.lastDay.addYears(years)};
    };
    const auto inProgressOrNext = [&](const QDate &d) {
        const Year &first = m_years.constFirst();
        if (d <= first.lastDay.addYears(-1)) {
            int back = 1;
            while (d <= first.lastDay.addYears(-(back + 1)))
                ++back;
            return shifted(first, -back);
        }
        for (const Year &y : m_years)
            if (d <= y.lastDay)
                return y;
        int ahead = 1;
        while (d > m_years.constLast().lastDay.addYears(ahead))
            ++ahead;
        return shifted(m_years.constLast(), ahead);
    };
    const Year year = inProgressOrNext(day);
    // From January on, families mostly enrol for the next rentrée.
    if (day >= year.rentree.addMonths(4) && rng.chance(0.85))
        return inProgressOrNext(year.lastDay.addDays(1));
    return year;
}

SchoolDemo::Child SchoolDemo::drawChild(const Applicant &who, const QDate &day, Rng &rng) const
{
    Child c;
    c.familyName = who.familyName;
    const QStringList &pool = rng.chance(0.5) ? who.girls : who.boys;
    // Not the parent's own first name, most of the time.
    for (int attempt = 0; attempt < 3 && (c.firstNames.isEmpty() || who.guardian.contains(c.firstNames)); ++attempt)
        c.firstNames = firstNames(pool, rng);
    c.year = yearFor(day, rng);
    c.level = m_levels.at(rng.weighted(m_levelWeights));
    // The level is the age reached in the calendar year of the rentrée; at 2,
    // only a child who is 2 on the rentrée day itself.
    const int year = c.year.rentree.year() - c.level.ageInYear;
    const QDate from(year, 1, 1);
    QDate to(year, 12, 31);
    if (c.level.early)
        to = qMin(to, c.year.rentree.addYears(-m_earlyMinAge));
    c.birth = from.addDays(rng.below(qMax<qint64>(1, from.daysTo(to) + 1)));
    if (who.livesHere && who.row >= 0) {
        const Row &row = m_rows.at(who.row);
        c.sector = school(c.level.school == QLatin1String("maternelle") ? row.maternelle : row.elementaire);
    }
    return c;
}

QJsonObject SchoolDemo::common(const Applicant &who, const Child &child) const
{
    return {
        {QStringLiteral("childFamilyName"), child.familyName},
        {QStringLiteral("childFirstNames"), child.firstNames},
        {QStringLiteral("childBirthDate"), isoDate(child.birth)},
        {QStringLiteral("schoolYear"), child.year.id},
        {QStringLiteral("rentree"), isoDate(child.year.rentree)},
        {QStringLiteral("level"), child.level.id},
        {QStringLiteral("levelLabel"), child.level.label},
        {QStringLiteral("earlyAdmission"), child.level.early},
        {QStringLiteral("guardian1"), who.guardian},
        {QStringLiteral("houseNumber"), who.number},
        {QStringLiteral("street"), who.street},
        {QStringLiteral("postalCode"), who.postalCode},
        {QStringLiteral("city"), who.city},
        {QStringLiteral("livesElsewhere"), !who.livesHere},
        {QStringLiteral("separated"), false},
        {QStringLiteral("secondHome"), QString()},
        {QStringLiteral("previousSchool"), QString()},
        {QStringLiteral("siblings"), QJsonArray()},
        {QStringLiteral("catchmentRow"), who.livesHere && who.row >= 0 ? describe(m_rows.at(who.row)) : QString()},
        {QStringLiteral("catchmentSchool"), child.sector ? child.sector->id : QString()},
        {QStringLiteral("catchmentSchoolName"), child.sector ? child.sector->name : QString()},
        {QStringLiteral("catchmentSchoolAddress"), child.sector ? child.sector->address : QString()},
    };
}

const SchoolDemo::Tranche *SchoolDemo::trancheOf(std::optional<qint64> qf) const
{
    for (const Tranche &t : m_tranches) {
        if (!qf) {
            if (t.id == m_withoutQf)
                return &t;
            continue;
        }
        const bool above = t.minInclusive ? *qf >= t.min : *qf > t.min;
        const bool below = !t.max || (t.maxInclusive ? *qf <= *t.max : *qf < *t.max);
        if (above && below)
            return &t;
    }
    return m_tranches.isEmpty() ? nullptr : &m_tranches.constLast();
}

SchoolDemo::Request SchoolDemo::enrolment(const Applicant &who, const QDate &day, const FrenchCalendar &calendar,
                                          Rng &rng) const
{
    const Child child = drawChild(who, day, rng);
    Request r;
    r.data = common(who, child);
    if (rng.chance(0.4))
        r.data.insert(QStringLiteral("guardian2"),
                      personName(who.familyName, firstNames(who.female ? who.boys : who.girls, rng)));
    else
        r.data.insert(QStringLiteral("guardian2"), QString());
    // Most families bring their CAF statement; the others pay the top tariff.
    const bool statement = rng.chance(0.6);
    const std::optional<qint64> qf = statement ? std::optional<qint64>(rng.between(250, 1900)) : std::nullopt;
    const Tranche *tranche = trancheOf(qf);
    r.data.insert(QStringLiteral("qfSource"), statement ? QStringLiteral("caf-statement") : QStringLiteral("none"));
    r.data.insert(QStringLiteral("qf"), qf ? QJsonValue(double(*qf)) : QJsonValue(QJsonValue::Null));
    r.data.insert(QStringLiteral("tranche"), tranche ? tranche->id : QString());
    r.data.insert(QStringLiteral("canteenCents"), tranche ? tranche->canteenCents : 0);
    r.data.insert(QStringLiteral("afterSchoolCents"), tranche ? tranche->afterSchoolCents : 0);
    QString vaccination;
    for (const auto &[id, bornFrom] : m_vaccinations)
        if (!bornFrom.isValid() || child.birth >= bornFrom) {
            vaccination = id;
            break;
        }
    r.data.insert(QStringLiteral("vaccination"), vaccination);

    r.facts = r.data;
    r.facts.insert(QStringLiteral("previousSchool"), false);
    // Summaries are case data in the city's language, as the form writes them.
    r.summary = QStringLiteral("%1 — %2 %3 — %4")
                    .arg(personName(child.familyName, child.firstNames), child.level.id, child.year.id,
                         child.sector ? child.sector->name : QStringLiteral("école à déterminer"));
    r.preferredTo = QStringLiteral("certificate-issued");
    r.dueDate = day < child.year.rentree ? child.year.rentree : calendar.civilDeadlineDays(day, m_enrolWithinDays);
    return r;
}

SchoolDemo::Request SchoolDemo::derogation(const Applicant &who, const QDate &day, Rng &rng) const
{
    const Child child = drawChild(who, day, rng);
    Request r;
    r.data = common(who, child);
    r.data.insert(QStringLiteral("guardian2"), QString());

    QList<const School *> schools;
    for (const School &s : m_schools)
        if (s.serves.contains(child.level.school) && &s != child.sector)
            schools << &s;
    const School *requested = schools.isEmpty() ? nullptr : schools.at(rng.below(schools.size()));

    // "No school" and "no care in the commune of residence" are reasons of
    // families from elsewhere: a family of the commune has both. Continuing
    // the schooling started (of right) needs a schooling started in that school.
    std::vector<double> weights;
    double total = 0;
    for (const Reason &reason : m_reasons) {
        double w = reason.needsSibling ? 3 : reason.needsDetails ? 1 : 2;
        if (who.livesHere && (reason.id == QLatin1String("pas-d-ecole") || reason.id == QLatin1String("garde-travail")))
            w = 0;
        if (reason.ofRight && (child.level.first || child.level.early))
            w = 0;
        weights.push_back(total += w);
    }
    const Reason reason = m_reasons.isEmpty() || total <= 0 ? Reason{} : m_reasons.at(rng.weighted(weights));
    QString details;
    if (reason.needsDetails) {
        static const char *const sentences[] = {
            "Garde de l'enfant assurée par les grands-parents, qui habitent près de l'école demandée.",
            "Le parent qui accompagne l'enfant travaille à côté de l'école demandée.",
            "Projet de l'école demandée : classe bilingue breton-français.",
        };
        details = QString::fromUtf8(sentences[rng.below(std::size(sentences))]);
    }
    if (reason.needsSibling && requested)
        r.data.insert(QStringLiteral("siblings"),
                      QJsonArray{QJsonObject{{QStringLiteral("names"), firstNames(rng.chance(0.5) ? who.girls : who.boys, rng)},
                                             {QStringLiteral("school"), requested->id},
                                             {QStringLiteral("schoolName"), requested->name}}});
    r.data.insert(QStringLiteral("requestedSchool"), requested ? requested->id : QString());
    r.data.insert(QStringLiteral("requestedSchoolName"), requested ? requested->name : QString());
    r.data.insert(QStringLiteral("requestedSchoolAddress"), requested ? requested->address : QString());
    r.data.insert(QStringLiteral("reason"), reason.id);
    r.data.insert(QStringLiteral("reasonLabel"), reason.label);
    r.data.insert(QStringLiteral("details"), details);
    const bool consent = !who.livesHere && !reason.exempts;
    r.data.insert(QStringLiteral("homeMayorConsent"), consent);

    r.facts = r.data;
    r.summary = QStringLiteral("Dérogation — %1 — %2 %3 — vers %4 (%5)")
                    .arg(personName(child.familyName, child.firstNames), child.level.id, child.year.id,
                         requested ? requested->name : QStringLiteral("?"), reason.label);
    // The mayor's decision the request is heading for: most are granted.
    r.preferredTo = rng.chance(0.75) ? QStringLiteral("granted") : QStringLiteral("refused");
    r.dueDate = FrenchCalendar::crpaSilenceDate(day, m_decisionMonths);
    return r;
}

} // namespace guichet::demo
