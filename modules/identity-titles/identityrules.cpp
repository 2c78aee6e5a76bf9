// SPDX-License-Identifier: GPL-3.0-or-later
#include "identityrules.h"
#include "domain/frenchdate.h"
#include "referencesection.h"

#include "reference/referencerelease.h"
#include "reference/workflow.h"

#include <QLocale>

#include <algorithm>

namespace guichet::identity {

namespace {

/// A `when` value matches a situation value when equal, or, for an array,
/// when one of its elements is equal. A key the situation lacks (an age not
/// known yet) matches nothing.
bool matches(const QJsonValue &condition, const QJsonValue &actual)
{
    if (actual.isUndefined() || actual.isNull())
        return false;
    if (condition.isArray()) {
        const auto options = condition.toArray();
        return std::any_of(options.begin(), options.end(), [&](const QJsonValue &o) { return o == actual; });
    }
    return condition == actual;
}

QLocale french()
{
    return QLocale(QLocale::French, QLocale::France);
}

QString withoutSpaces(const QString &input)
{
    QString out;
    for (const QChar c : input)
        if (!c.isSpace())
            out.append(c);
    return out;
}

const char *const AnswerKeys[] = {"fee", "free", "validity", "keepsExpiry", "keepsExpiryUnknown", "fingerprints",
                                  "noFingerprints", "minor", "birthActExempt", "birthActNeeded", "earlyRenewal",
                                  "collection", "extendedValidity"};

} // namespace

Result<IdentityRules> IdentityRules::fromRelease(const ReferenceRelease &release)
{
    const QString section = SectionName;
    if (!release.hasSection(section))
        return std::unexpected(Error::make(Error::Code::NotFound,
            tr("Reference release %1 has no \"%2\" section, so identity cards and passports cannot be "
               "handled. Install a release that contains %2.json or ask HQ for one.")
                .arg(release.id(), section)));
    const QJsonObject json = release.section(section);

    // Everything is checked here, once: a release with a gap is refused at
    // start-up with a message for HQ, not met at the counter as a wrong fee.
    const auto incomplete = [&](const QString &what) { return std::unexpected(section::incomplete(release, section, what)); };

    IdentityRules r;
    for (const auto &v : json.value(QLatin1String("procedures")).toArray()) {
        const auto o = v.toObject();
        TitleProcedure p{section::text(o, "id"), section::text(o, "title"), section::text(o, "workflowId"), section::text(o, "service")};
        if (p.id.isEmpty() || p.title.isEmpty() || p.service.isEmpty()
            || !Workflow::fromJson(json.value(QLatin1String("workflows")).toObject().value(p.workflowId).toObject()).isValid()
            || !json.value(QLatin1String("checklists")).toObject().value(p.id).isArray())
            return incomplete(tr("procedure \"%1\" has no title, service, workflow or checklist").arg(p.id));
        r.m_procedures.append(p);
        r.m_checklists.insert(p.id, json.value(QLatin1String("checklists")).toObject().value(p.id).toArray());
    }

    for (const auto &v : json.value(QLatin1String("titles")).toArray()) {
        const auto o = v.toObject();
        const Choice c{section::text(o, "id"), section::text(o, "label")};
        const QString procedure = section::text(o, "procedure");
        if (c.id.isEmpty() || c.label.isEmpty()
            || std::none_of(r.m_procedures.cbegin(), r.m_procedures.cend(),
                            [&](const TitleProcedure &p) { return p.id == procedure; }))
            return incomplete(tr("title \"%1\" has no label or names an unknown procedure").arg(c.id));
        r.m_titles.append(c);
        r.m_procedureOfTitle.insert(c.id, procedure);
    }
    for (const QLatin1StringView title : {CniTitle, PassportTitle})
        if (!section::containsId(r.m_titles, title))
            return incomplete(tr("the title \"%1\" is missing").arg(title));

    for (const auto &v : json.value(QLatin1String("situations")).toArray()) {
        const auto o = v.toObject();
        Situation s{{section::text(o, "id"), section::text(o, "label")}, section::strings(o.value(QLatin1String("titles")).toArray())};
        if (s.choice.id.isEmpty() || s.choice.label.isEmpty() || s.titles.isEmpty())
            return incomplete(tr("a situation has no id, label or titles"));
        for (const QString &t : s.titles)
            if (!section::containsId(r.m_titles, t))
                return incomplete(tr("situation \"%1\" names the unknown title \"%2\"").arg(s.choice.id, t));
        r.m_situations.append(s);
    }
    for (const auto &title : r.m_titles)
        if (r.situations(title.id).isEmpty())
            return incomplete(tr("the title \"%1\" has no situation").arg(title.id));

    r.m_existingTitles = section::choices(json.value(QLatin1String("existingTitles")).toArray());
    r.m_domiciles = section::choices(json.value(QLatin1String("domiciles")).toArray());
    if (r.m_existingTitles.isEmpty() || r.m_existingTitles.first().id != NoExistingTitle || r.m_domiciles.isEmpty())
        return incomplete(tr("the list of titles shown must start with \"%1\", and the list of domiciles "
                             "must not be empty").arg(NoExistingTitle));
    for (const auto *list : {&r.m_existingTitles, &r.m_domiciles})
        for (const Choice &c : *list)
            if (c.id.isEmpty() || c.label.isEmpty())
                return incomplete(tr("a title shown or a domicile has no id or no label"));

    int previous = -1;
    for (const auto &v : json.value(QLatin1String("ageBands")).toArray()) {
        const auto o = v.toObject();
        AgeBand b{{section::text(o, "id"), section::text(o, "label")}, o.value(QLatin1String("fromYears")).toInt(-1),
                  o.value(QLatin1String("minor")).toBool()};
        if (b.choice.id.isEmpty() || b.choice.label.isEmpty() || b.fromYears <= previous
            || (previous < 0 && b.fromYears != 0))
            return incomplete(tr("the age bands must start at 0 and grow, each with an id and a label"));
        previous = b.fromYears;
        r.m_ageBands.append(b);
    }
    if (r.m_ageBands.isEmpty())
        return incomplete(tr("there is no age band"));

    r.m_fingerprintsFromYears =
        json.value(QLatin1String("fingerprints")).toObject().value(QLatin1String("fromYears")).toInt();
    if (r.m_fingerprintsFromYears <= 0)
        return incomplete(tr("the age from which fingerprints are taken is missing"));

    const auto birthAct = json.value(QLatin1String("birthAct")).toObject();
    r.m_birthActMaxAgeMonths = birthAct.value(QLatin1String("maxAgeMonths")).toInt();
    if (r.m_birthActMaxAgeMonths <= 0)
        return incomplete(tr("the maximum age of a birth act is missing"));
    for (const auto &v : birthAct.value(QLatin1String("exemptions")).toArray()) {
        const auto o = v.toObject();
        Exemption e{section::text(o, "request"), section::text(o, "existing"), o.value(QLatin1String("maxYearsExpired")).toInt(-1)};
        if (!section::containsId(r.m_titles, e.request) || !section::containsId(r.m_existingTitles, e.existing) || e.maxYearsExpired < 0)
            return incomplete(tr("a birth-act exemption names an unknown title or has no number of years"));
        r.m_exemptions.append(e);
    }

    for (const auto &v : json.value(QLatin1String("fees")).toArray()) {
        const auto o = v.toObject();
        FeeRow f{o.value(QLatin1String("when")).toObject(),
                 qint64(o.value(QLatin1String("amountCents")).toDouble(-1)),
                 o.value(QLatin1String("keepsExpiry")).toBool(),
                 QDate::fromString(section::text(o, "effective"), Qt::ISODate)};
        if (f.cents < 0 || !f.effective.isValid() || !section::containsId(r.m_titles, section::text(f.when, "title")))
            return incomplete(tr("a fee has no amount, no effective date or no title"));
        r.m_fees.append(f);
    }
    for (const auto &title : r.m_titles)
        if (std::none_of(r.m_fees.cbegin(), r.m_fees.cend(),
                         [&](const FeeRow &f) { return section::text(f.when, "title") == title.id; }))
            return incomplete(tr("the title \"%1\" has no fee").arg(title.id));

    const auto validity = json.value(QLatin1String("validity")).toObject();
    r.m_validityEndsDayBefore = validity.value(QLatin1String("endsDayBefore")).toBool();
    for (const auto &v : validity.value(QLatin1String("rows")).toArray()) {
        const auto o = v.toObject();
        ValidityRow row{o.value(QLatin1String("when")).toObject(), o.value(QLatin1String("years")).toInt()};
        if (row.years <= 0 || !section::containsId(r.m_titles, section::text(row.when, "title")))
            return incomplete(tr("a validity row has no title or no number of years"));
        r.m_validity.append(row);
    }
    for (const auto &title : r.m_titles)
        if (std::none_of(r.m_validity.cbegin(), r.m_validity.cend(),
                         [&](const ValidityRow &v) { return section::text(v.when, "title") == title.id; }))
            return incomplete(tr("the title \"%1\" has no validity").arg(title.id));

    for (const auto &v : json.value(QLatin1String("extendedValidity")).toArray()) {
        const auto o = v.toObject();
        Extension e{section::text(o, "existing"),
                    QDate::fromString(section::text(o, "issuedFrom"), Qt::ISODate),
                    QDate::fromString(section::text(o, "issuedTo"), Qt::ISODate),
                    o.value(QLatin1String("adultAtIssue")).toBool(),
                    o.value(QLatin1String("printedYears")).toInt(),
                    o.value(QLatin1String("extraYears")).toInt()};
        if (!section::containsId(r.m_existingTitles, e.existing) || !e.issuedFrom.isValid() || !e.issuedTo.isValid()
            || e.issuedTo < e.issuedFrom || e.printedYears <= 0 || e.extraYears <= 0)
            return incomplete(tr("an extended validity has no title, no issue dates or no numbers of years"));
        r.m_extensions.append(e);
    }

    const auto renewal = json.value(QLatin1String("renewal")).toObject();
    r.m_renewalMonths = renewal.value(QLatin1String("monthsBeforeExpiry")).toInt();
    r.m_renewalTitles = section::strings(renewal.value(QLatin1String("titles")).toArray());
    if (r.m_renewalTitles.isEmpty()
        || std::ranges::any_of(r.m_renewalTitles, [&](const QString &t) { return !section::containsId(r.m_titles, t); }))
        return incomplete(tr("the titles the early-renewal window applies to are missing or unknown"));
    const auto collection = json.value(QLatin1String("collection")).toObject();
    r.m_collectionMonths = collection.value(QLatin1String("months")).toInt();
    r.m_warnAfterDays = collection.value(QLatin1String("warnAfterDays")).toInt();
    if (r.m_renewalMonths <= 0 || r.m_collectionMonths <= 0 || r.m_warnAfterDays <= 0)
        return incomplete(tr("the renewal window, the collection delay or the destruction warning is missing"));

    const auto lists = json.value(QLatin1String("workLists")).toObject();
    r.m_waitingStatuses = section::strings(lists.value(QLatin1String("waiting")).toArray());
    r.m_toHandOverStatuses = section::strings(lists.value(QLatin1String("toHandOver")).toArray());
    if (r.m_waitingStatuses.isEmpty() || r.m_toHandOverStatuses.isEmpty())
        return incomplete(tr("the statuses of the agent's lists are missing"));
    for (const TitleProcedure &p : r.m_procedures) {
        const Workflow w = Workflow::fromJson(json.value(QLatin1String("workflows")).toObject().value(p.workflowId).toObject());
        for (const QString &s : r.m_waitingStatuses + r.m_toHandOverStatuses + QStringList{QString(DepositedStatus)})
            if (!w.contains(s))
                return incomplete(tr("the list status \"%1\" is not a state of workflow \"%2\"").arg(s, p.workflowId));
    }

    const auto answers = json.value(QLatin1String("answers")).toObject();
    for (const char *key : AnswerKeys) {
        const QString text = section::text(answers, key);
        if (text.isEmpty())
            return incomplete(tr("the answer sentence \"%1\" is missing").arg(QLatin1String(key)));
        r.m_answers.insert(QLatin1String(key), text);
    }
    return r;
}

QList<Choice> IdentityRules::situations(const QString &title) const
{
    QList<Choice> list;
    for (const Situation &s : m_situations)
        if (s.titles.contains(title))
            list << s.choice;
    return list;
}

QList<Choice> IdentityRules::ageBands() const
{
    QList<Choice> list;
    for (const AgeBand &b : m_ageBands)
        list << b.choice;
    return list;
}

QString IdentityRules::procedureOf(const QString &title) const
{
    return m_procedureOfTitle.value(title);
}

QString IdentityRules::titleOfProcedure(const QString &procedureId) const
{
    for (auto it = m_procedureOfTitle.cbegin(); it != m_procedureOfTitle.cend(); ++it)
        if (it.value() == procedureId)
            return it.key();
    return {};
}

QString IdentityRules::label(const QString &id) const
{
    for (const auto *list : {&m_titles, &m_existingTitles, &m_domiciles})
        for (const Choice &c : *list)
            if (c.id == id)
                return c.label;
    for (const Situation &s : m_situations)
        if (s.choice.id == id)
            return s.choice.label;
    for (const AgeBand &b : m_ageBands)
        if (b.choice.id == id)
            return b.choice.label;
    return id;
}

FrenchCalendar IdentityRules::calendarOfCommune(const QString &inseeCode)
{
    const QString code = inseeCode.trimmed().toUpper();
    return FrenchCalendar(
        FrenchCalendar::regionOfDepartment(code.startsWith(QLatin1String("97")) ? code.left(3) : code.left(2)));
}

int IdentityRules::ageOn(const QDate &birth, const QDate &day)
{
    if (!birth.isValid() || !day.isValid() || day < birth)
        return -1;
    int years = day.year() - birth.year();
    // QDate::addYears puts 29 February on 28 February in a common year.
    if (birth.addYears(years) > day)
        --years;
    return years;
}

const IdentityRules::AgeBand *IdentityRules::band(const QDate &birth, const QDate &day) const
{
    const int age = ageOn(birth, day);
    if (age < 0)
        return nullptr;
    const AgeBand *found = nullptr;
    for (const AgeBand &b : m_ageBands)
        if (age >= b.fromYears)
            found = &b;
    return found;
}

QString IdentityRules::ageBand(const QDate &birth, const QDate &day) const
{
    const AgeBand *b = band(birth, day);
    return b ? b->choice.id : QString();
}

bool IdentityRules::isMinor(const QDate &birth, const QDate &day) const
{
    const AgeBand *b = band(birth, day);
    return b && b->minor;
}

bool IdentityRules::takesFingerprints(const QDate &birth, const QDate &day) const
{
    return ageOn(birth, day) >= m_fingerprintsFromYears;
}

bool IdentityRules::birthActNeeded(const TitleRequest &request) const
{
    if (request.birthCommuneOnComedec)
        return false;
    const QDate expiry = existingValidUntil(request);
    if (!expiry.isValid() || !request.day.isValid())
        return true;
    for (const Exemption &e : m_exemptions)
        // "Valid, or expired for less than N years": the title counts up to
        // the Nth anniversary of its expiry date, that day included.
        if (e.request == request.title && e.existing == request.existingTitle
            && request.day <= expiry.addYears(e.maxYearsExpired))
            return false;
    return true;
}

QDate IdentityRules::existingValidUntil(const TitleRequest &request) const
{
    const QDate printed = request.existingExpiry;
    if (!printed.isValid())
        return {};
    for (const Extension &e : m_extensions) {
        if (e.existing != request.existingTitle)
            continue;
        // The issue date, from the printed expiry: the inverse of validUntil().
        const QDate issued = m_validityEndsDayBefore ? printed.addDays(1).addYears(-e.printedYears) : printed.addYears(-e.printedYears);
        if (issued < e.issuedFrom || issued > e.issuedTo)
            continue;
        // Whether the holder was an adult then cannot be guessed: without a
        // birth date the printed date stands.
        if (e.adultAtIssue && (ageOn(request.birthDate, issued) < 0 || isMinor(request.birthDate, issued)))
            continue;
        return printed.addYears(e.extraYears);
    }
    return printed;
}

bool IdentityRules::holds(const QJsonObject &when, const QJsonObject &situation)
{
    for (auto it = when.begin(); it != when.end(); ++it)
        if (!matches(it.value(), situation.value(it.key())))
            return false;
    return true;
}

QJsonObject IdentityRules::situation(const TitleRequest &request) const
{
    QJsonObject s{{QStringLiteral("title"), request.title},
                  {QStringLiteral("situation"), request.situation},
                  {QStringLiteral("domicile"), request.domicile},
                  {QStringLiteral("existing"), request.existingTitle},
                  {QStringLiteral("indigent"), request.indigent},
                  {QStringLiteral("birthActNeeded"), birthActNeeded(request)}};
    if (const AgeBand *b = band(request.birthDate, request.day)) {
        s.insert(QStringLiteral("age"), b->choice.id);
        s.insert(QStringLiteral("minor"), b->minor);
        s.insert(QStringLiteral("fingerprints"), takesFingerprints(request.birthDate, request.day));
    }
    // The fee rows are matched without it; the checklist sees it.
    const TitleFee f = fee(request);
    if (f.known)
        s.insert(QStringLiteral("fee"), f.cents > 0);
    return s;
}

TitleFee IdentityRules::fee(const TitleRequest &request) const
{
    QJsonObject s{{QStringLiteral("title"), request.title},
                  {QStringLiteral("situation"), request.situation},
                  {QStringLiteral("indigent"), request.indigent}};
    if (const AgeBand *b = band(request.birthDate, request.day)) {
        s.insert(QStringLiteral("age"), b->choice.id);
        s.insert(QStringLiteral("minor"), b->minor);
    }
    for (const FeeRow &row : m_fees) {
        if (request.day.isValid() && row.effective > request.day)
            continue;
        if (holds(row.when, s))
            return {true, row.cents, row.keepsExpiry};
    }
    return {};
}

QString IdentityRules::formatAmount(qint64 cents)
{
    const QLocale fr = french();
    const QString amount = cents % 100 == 0 ? fr.toString(cents / 100) : fr.toString(double(cents) / 100.0, 'f', 2);
    return amount + QStringLiteral("\u00a0€");
}

QList<TitleDocument> IdentityRules::checklist(const TitleRequest &request) const
{
    const QJsonObject s = situation(request);
    const TitleFee f = fee(request);
    QList<TitleDocument> items;
    for (const auto &v : m_checklists.value(procedureOf(request.title))) {
        const auto item = v.toObject();
        if (!holds(item.value(QLatin1String("when")).toObject(), s))
            continue;
        QString label = section::text(item, "label");
        if (label.contains(QLatin1String("%1")))
            label = label.arg(formatAmount(f.cents));
        items.append({section::text(item, "id"), label, item.value(QLatin1String("required")).toBool(true)});
    }
    return items;
}

int IdentityRules::validityYears(const TitleRequest &request) const
{
    QJsonObject s{{QStringLiteral("title"), request.title}, {QStringLiteral("situation"), request.situation}};
    if (const AgeBand *b = band(request.birthDate, request.day)) {
        s.insert(QStringLiteral("age"), b->choice.id);
        s.insert(QStringLiteral("minor"), b->minor);
    }
    for (const ValidityRow &row : m_validity)
        if (holds(row.when, s))
            return row.years;
    return 0;
}

QDate IdentityRules::validUntil(const TitleRequest &request, const QDate &issued) const
{
    if (fee(request).keepsExpiry)
        return existingValidUntil(request);
    const int years = validityYears(request);
    if (years <= 0 || !issued.isValid())
        return {};
    // Ending the day before the anniversary, counted from the day before the
    // issue: a title issued on 1 March 2028 ends on 28 February 2038, and one
    // issued on 29 February 2028 on 28 February 2038 too.
    return m_validityEndsDayBefore ? issued.addDays(-1).addYears(years) : issued.addYears(years);
}

bool IdentityRules::isEarlyRenewal(const TitleRequest &request) const
{
    const QDate expiry = existingValidUntil(request);
    return request.situation == QLatin1String("renouvellement") && m_renewalTitles.contains(request.title)
        && expiry.isValid() && request.day.isValid() && expiry > request.day.addMonths(m_renewalMonths);
}

QDate IdentityRules::collectionDeadline(const QDate &availableSince, const FrenchCalendar &calendar) const
{
    return availableSince.isValid() ? calendar.civilDeadlineMonths(availableSince, m_collectionMonths) : QDate();
}

QDate IdentityRules::destructionWarningFrom(const QDate &availableSince) const
{
    return availableSince.isValid() ? availableSince.addDays(m_warnAfterDays) : QDate();
}

QString IdentityRules::answer(const TitleRequest &request) const
{
    QStringList parts;
    const TitleFee f = fee(request);
    if (f.known)
        parts << (f.cents > 0 ? m_answers.value(QStringLiteral("fee")).arg(formatAmount(f.cents))
                              : m_answers.value(QStringLiteral("free")));
    const QDate shownUntil = existingValidUntil(request);
    if (shownUntil != request.existingExpiry)
        parts << m_answers.value(QStringLiteral("extendedValidity")).arg(frenchdate::date(shownUntil));
    parts << (birthActNeeded(request)
                  ? m_answers.value(QStringLiteral("birthActNeeded")).arg(m_birthActMaxAgeMonths)
                  : m_answers.value(QStringLiteral("birthActExempt")));
    if (ageOn(request.birthDate, request.day) >= 0) {
        parts << m_answers.value(takesFingerprints(request.birthDate, request.day) ? QStringLiteral("fingerprints")
                                                                                   : QStringLiteral("noFingerprints"))
                     .arg(m_fingerprintsFromYears);
        if (isMinor(request.birthDate, request.day))
            parts << m_answers.value(QStringLiteral("minor"));
    }
    if (f.known && f.keepsExpiry) {
        parts << (shownUntil.isValid()
                      ? m_answers.value(QStringLiteral("keepsExpiry")).arg(frenchdate::date(shownUntil))
                      : m_answers.value(QStringLiteral("keepsExpiryUnknown")));
    } else if (const int years = validityYears(request); years > 0 && request.day.isValid()) {
        parts << m_answers.value(QStringLiteral("validity"))
                     .arg(QString::number(years), frenchdate::date(validUntil(request, request.day)), frenchdate::date(request.day));
    }
    if (isEarlyRenewal(request))
        parts << m_answers.value(QStringLiteral("earlyRenewal"))
                     .arg(QString::number(m_renewalMonths), frenchdate::date(shownUntil));
    parts << m_answers.value(QStringLiteral("collection")).arg(m_collectionMonths);
    return parts.join(u' ');
}

Result<QString> IdentityRules::preApplicationNumber(const QString &input, const QString &field)
{
    const QString value = withoutSpaces(input).toUpper();
    if (value.isEmpty())
        return std::unexpected(Error::invalid(field,
            tr("Pre-application number: the field is empty. Type the 10 letters and digits of the person's "
               "online pre-application (ANTS), or leave it empty if the person fills in the paper form.")));
    for (const QChar c : value)
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return std::unexpected(Error::invalid(field,
                tr("Pre-application number: \"%1\" is not allowed; the number has only letters A to Z and "
                   "digits. Check it on the person's ANTS summary, under the QR code.")
                    .arg(c)));
    if (value.size() != 10)
        return std::unexpected(Error::invalid(field,
            tr("Pre-application number: expected 10 letters or digits, e.g. 4AB7KX92PQ, but found %1. Check it "
               "on the person's ANTS summary, under the QR code.")
                .arg(value.size())));
    return value;
}

Result<QString> IdentityRules::taxStampNumber(const QString &input, const QString &field)
{
    const QString value = withoutSpaces(input);
    if (value.isEmpty())
        return std::unexpected(Error::invalid(field,
            tr("Tax stamp number: the field is empty. Type the 16 digits of the electronic tax stamp the "
               "person bought, or scan its 2D code.")));
    for (const QChar c : value)
        if (c < u'0' || c > u'9')
            return std::unexpected(Error::invalid(field,
                tr("Tax stamp number: \"%1\" is not a digit; the number has 16 digits. Type it as printed on "
                   "the electronic tax stamp, or scan its 2D code.")
                    .arg(c)));
    if (value.size() != 16)
        return std::unexpected(Error::invalid(field,
            tr("Tax stamp number: expected 16 digits, but found %1. Type it as printed on the electronic tax "
               "stamp, or scan its 2D code.")
                .arg(value.size())));
    return value;
}

} // namespace guichet::identity
