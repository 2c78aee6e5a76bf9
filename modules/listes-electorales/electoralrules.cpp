// SPDX-License-Identifier: GPL-3.0-or-later
#include "electoralrules.h"
#include "domain/frenchdate.h"
#include "referencesection.h"

#include "reference/referencerelease.h"
#include "reference/workflow.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace guichet::listeselectorales {

namespace {

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

/// A date of the reference data: ISO, or null when absent or malformed.
QDate isoDate(const QJsonObject &o, const char *key)
{
    return QDate::fromString(section::text(o, key), Qt::ISODate);
}

/// The highest %n of a sentence, which must match the number of its arguments.
int placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d)"));
    int highest = 0;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        highest = std::max(highest, it.next().captured(1).toInt());
    return highest;
}

/// Puts args[n-1] in place of every %n, in one pass, so that an argument that
/// itself contains "%2" is left alone.
QString substitute(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size() + 64);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

/// A `when` condition holds when the situation's value equals it (or one of
/// its options); a situation value that is a list holds when one of its
/// elements does.
bool matches(const QJsonValue &condition, const QJsonValue &actual)
{
    if (actual.isUndefined())
        return false;
    if (actual.isArray()) {
        const auto values = actual.toArray();
        return std::any_of(values.begin(), values.end(),
                           [&](const QJsonValue &v) { return matches(condition, v); });
    }
    if (condition.isArray()) {
        const auto options = condition.toArray();
        return std::any_of(options.begin(), options.end(), [&](const QJsonValue &o) { return o == actual; });
    }
    return condition == actual;
}

QString departmentOf(const QString &inseeCode)
{
    const QString code = inseeCode.trimmed().toUpper();
    return code.startsWith(QLatin1String("97")) ? code.left(3) : code.left(2);
}

/// The sentences the code reads from "texts", and how many arguments each takes.
constexpr std::pair<const char *, int> RequiredTexts[] = {
    {"eligible-french", 0}, {"eligible-eu", 2}, {"needs-birth-date", 0}, {"under-age", 3},
    {"under-age-no-poll", 1}, {"not-eu", 0}, {"former-eu", 2}, {"eu-needs-list", 0},
    {"needs-nationality", 0}, {"needs-attachment", 0},
    {"attachment-ok", 1}, {"residence-too-short", 3}, {"needs-residence-start", 0},
    {"tax-too-short", 2}, {"spouse-not-registered", 0}, {"too-old-for-parent", 2},
    {"needs-id-expiry", 0}, {"id-expired", 2}, {"id-other-proof", 2}, {"second-round-only", 3},
    {"deadline-on-time", 4}, {"deadline-exception", 5}, {"deadline-missed", 4},
    {"deadline-none", 0}, {"deadline-after-calendar", 2}, {"exception-too-early", 2},
    {"assumed-date", 0}, {"decision-due", 2},
    {"station-found", 2}, {"street-unknown", 1}, {"street-ambiguous", 2}, {"number-needed", 1},
    {"number-outside", 2},
    {"removal-french", 0}, {"removal-eu", 1}, {"removal-not-eu", 0}, {"removal-needs-list", 0},
};

/// The entries of "letters" the letter builder reads, with their arguments.
constexpr std::pair<const char *, int> RequiredLetters[] = {
    {"accepted", 1}, {"refused", 2}, {"removal-accepted", 2}, {"appeal", 1},
};

} // namespace

Finding Eligibility::firstRefusal() const
{
    for (const Finding &f : findings)
        if (!f.ok)
            return f;
    return {};
}

QStringList Eligibility::sentences() const
{
    QStringList out;
    for (const Finding &f : findings)
        if (!f.sentence.isEmpty())
            out << f.sentence;
    return out;
}

Result<ElectoralRules> ElectoralRules::fromRelease(const ReferenceRelease &release)
{
    const QString section = SectionName;
    if (!release.hasSection(section))
        return std::unexpected(Error::make(Error::Code::NotFound,
            tr("Reference release %1 has no \"%2\" section, so the electoral-lists module cannot "
               "answer. Install a release that contains %2.json or ask HQ for one.")
                .arg(release.id(), section)));
    const QJsonObject json = release.section(section);

    // Everything is checked here, once: a release with a gap is refused at
    // start-up with a message for HQ, instead of a wrong answer at the counter.
    const auto incomplete = [&](const QString &what) { return std::unexpected(section::incomplete(release, section, what)); };

    ElectoralRules r;

    // Ages and the identity document.
    const auto ages = obj(json, "ages");
    r.m_votingAge = obj(ages, "voting").value(QLatin1String("years")).toInt();
    if (r.m_votingAge <= 0)
        return incomplete(tr("the voting age (ages.voting.years) is missing"));
    const auto identity = obj(json, "identity");
    r.m_idGraceYears = identity.value(QLatin1String("expiredLessThanYears")).toInt();
    r.m_identityDocuments = section::choices(arr(identity, "documents"));
    if (r.m_idGraceYears <= 0 || !section::validChoices(r.m_identityDocuments))
        return incomplete(tr("the identity documents or the years an expired one is still accepted are missing"));

    // Lists and election kinds.
    r.m_lists = section::choices(arr(json, "lists"));
    if (!section::validChoices(r.m_lists) || !section::containsId(r.m_lists, GeneralList))
        return incomplete(tr("the lists are missing, or the general list \"%1\" is not among them")
                              .arg(QString(GeneralList)));
    for (const auto &v : arr(json, "lists")) {
        const QString phrase = section::text(v.toObject(), "phrase");
        if (phrase.isEmpty())
            return incomplete(tr("the list \"%1\" has no phrase").arg(section::text(v.toObject(), "id")));
        r.m_listPhrases.insert(section::text(v.toObject(), "id"), phrase);
    }
    for (const auto &v : arr(json, "electionKinds")) {
        const auto o = v.toObject();
        ElectionKind k{{section::text(o, "id"), section::text(o, "label")}, {}};
        for (const auto &l : arr(o, "lists"))
            k.lists << l.toString();
        if (k.choice.id.isEmpty() || k.choice.label.isEmpty() || k.lists.isEmpty())
            return incomplete(tr("an election kind has no id, label or list"));
        for (const QString &l : std::as_const(k.lists))
            if (!section::containsId(r.m_lists, l))
                return incomplete(tr("the election kind \"%1\" names the unknown list \"%2\"").arg(k.choice.id, l));
        r.m_electionKinds << k;
    }
    if (r.m_electionKinds.isEmpty())
        return incomplete(tr("there is no election kind"));

    // Nationalities.
    const auto nationality = obj(json, "nationality");
    r.m_french = {section::text(obj(nationality, "french"), "id"), section::text(obj(nationality, "french"), "label")};
    r.m_otherNationality = {section::text(obj(nationality, "other"), "id"), section::text(obj(nationality, "other"), "label")};
    if (r.m_french.id.isEmpty() || r.m_french.label.isEmpty() || r.m_otherNationality.id.isEmpty()
        || r.m_otherNationality.label.isEmpty())
        return incomplete(tr("the French or the \"other\" nationality is missing"));
    for (const auto &v : arr(nationality, "euMembers")) {
        const auto o = v.toObject();
        EuMember m{{section::text(o, "code"), section::text(o, "label")}, section::text(o, "country"), isoDate(o, "from"), isoDate(o, "until")};
        if (m.choice.id.isEmpty() || m.choice.label.isEmpty() || m.country.isEmpty() || !m.from.isValid()
            || (o.contains(QLatin1String("until")) && (!m.until.isValid() || m.until < m.from)))
            return incomplete(tr("the EU member \"%1\" has no code, label, country or valid dates").arg(m.choice.id));
        if (m.choice.id == r.m_french.id || m.choice.id == r.m_otherNationality.id)
            return incomplete(tr("the EU member code \"%1\" is also the French or the \"other\" nationality")
                                  .arg(m.choice.id));
        r.m_euMembers << m;
    }
    if (r.m_euMembers.isEmpty())
        return incomplete(tr("the list of EU members is empty"));

    // Attachments to the commune.
    for (const auto &v : arr(json, "attachments")) {
        const auto o = v.toObject();
        const auto condition = obj(o, "condition");
        Attachment a{{section::text(o, "id"), section::text(o, "label")}, section::text(condition, "kind"), 0};
        if (a.condition == QLatin1String("since-months"))
            a.value = condition.value(QLatin1String("months")).toInt();
        else if (a.condition == QLatin1String("tax-years") || a.condition == QLatin1String("age-under"))
            a.value = condition.value(QLatin1String("years")).toInt();
        else if (a.condition != QLatin1String("domicile") && a.condition != QLatin1String("spouse-taxpayer"))
            return incomplete(tr("the attachment \"%1\" has the unknown condition \"%2\"").arg(a.choice.id, a.condition));
        const bool needsValue = a.condition != QLatin1String("domicile")
                                && a.condition != QLatin1String("spouse-taxpayer");
        if (a.choice.id.isEmpty() || a.choice.label.isEmpty() || (needsValue && a.value <= 0))
            return incomplete(tr("the attachment \"%1\" has no label or no duration").arg(a.choice.id));
        r.m_attachments << a;
    }
    if (r.m_attachments.isEmpty())
        return incomplete(tr("there is no attachment to the commune"));

    r.m_requestKinds = section::choices(arr(json, "requestKinds"));
    r.m_removalReasons = section::choices(arr(json, "removalReasons"));
    if (!section::validChoices(r.m_requestKinds) || !section::validChoices(r.m_removalReasons))
        return incomplete(tr("the request kinds or the removal reasons are missing"));

    // Deadlines and exceptions.
    const auto closedRule = [](const QString &name, Closed *out) {
        if (name == QLatin1String("previous-working-day"))
            *out = Closed::PreviousWorkingDay;
        else if (name == QLatin1String("next-working-day"))
            *out = Closed::NextWorkingDay;
        else if (name == QLatin1String("same-day"))
            *out = Closed::Keep;
        else
            return false;
        return true;
    };
    const auto deadlines = obj(json, "deadlines");
    const auto standard = obj(deadlines, "standard");
    const auto exceptional = obj(deadlines, "exception");
    r.m_cutoffWeekday = standard.value(QLatin1String("weekday")).toInt();
    r.m_cutoffOrdinal = standard.value(QLatin1String("ordinal")).toInt();
    r.m_exceptionDays = exceptional.value(QLatin1String("daysBefore")).toInt();
    r.m_onlineDaysBefore = deadlines.value(QLatin1String("onlineClosesDaysBefore")).toInt(-1);
    if (r.m_cutoffWeekday < 1 || r.m_cutoffWeekday > 7 || r.m_cutoffOrdinal < 1 || r.m_exceptionDays < 1
        || r.m_onlineDaysBefore < 0 || !closedRule(section::text(standard, "ifClosed"), &r.m_cutoffClosed)
        || !closedRule(section::text(exceptional, "ifClosed"), &r.m_exceptionClosed))
        return incomplete(tr("the registration deadlines (weekday, ordinal, days before, online closing, "
                             "rule for a closed day) are missing or unknown"));
    for (const auto &v : arr(json, "exceptions")) {
        const auto o = v.toObject();
        Exception e{{section::text(o, "id"), section::text(o, "label")}, o.value(QLatin1String("automatic")).toBool(), section::text(o, "eventLabel")};
        if (e.choice.id.isEmpty() || e.choice.label.isEmpty() || e.eventLabel.isEmpty())
            return incomplete(tr("a late-registration exception has no id, label or event label"));
        r.m_exceptions << e;
    }
    if (r.m_exceptions.isEmpty())
        return incomplete(tr("there is no late-registration exception"));

    // The elections calendar.
    for (const auto &v : arr(json, "elections")) {
        const auto o = v.toObject();
        Poll p{section::text(o, "id"), section::text(o, "kind"), section::text(o, "label"), isoDate(o, "firstRound"),
               o.value(QLatin1String("assumption")).toBool(true), isoDate(o, "secondRound")};
        if (p.id.isEmpty() || p.label.isEmpty() || !p.firstRound.isValid())
            return incomplete(tr("the poll \"%1\" has no label or no valid first-round date").arg(p.id));
        if (o.contains(QLatin1String("secondRound")) && !(p.secondRound > p.firstRound))
            return incomplete(tr("the poll \"%1\" has a second round that is not a date after its first round").arg(p.id));
        if (!r.electionKind(p.kind))
            return incomplete(tr("the poll \"%1\" has the unknown election kind \"%2\"").arg(p.id, p.kind));
        r.m_polls << p;
    }
    std::stable_sort(r.m_polls.begin(), r.m_polls.end(),
                     [](const Poll &a, const Poll &b) { return a.firstRound < b.firstRound; });

    // Delays of the decision, the notification and the appeal.
    const auto delays = obj(json, "delays");
    const auto readDelay = [&](const char *name, Delay *out) {
        const auto d = obj(delays, name);
        out->days = d.value(QLatin1String("days")).toInt();
        const QString counting = section::text(d, "counting");
        if (counting == QLatin1String("civil"))
            out->counting = Counting::Civil;
        else if (counting == QLatin1String("working-days"))
            out->counting = Counting::WorkingDays;
        else if (counting == QLatin1String("calendar-days"))
            out->counting = Counting::CalendarDays;
        else
            return false;
        return out->days > 0;
    };
    if (!readDelay("decision", &r.m_decisionDelay) || !readDelay("notification", &r.m_notificationDelay)
        || !readDelay("appeal", &r.m_appealDelay))
        return incomplete(tr("a delay (decision, notification or appeal) has no days or an unknown counting"));

    // Polling stations.
    auto streets = StreetTable::fromJson(arr(json, "pollingStations"), arr(json, "streets"),
                                         obj(obj(json, "streetTypes"), "abbreviations"));
    if (!streets)
        return incomplete(streets.error().message);
    r.m_streets = std::move(*streets);

    // Sentences.
    const auto texts = obj(json, "texts");
    for (const auto &[id, args] : RequiredTexts) {
        const auto t = obj(texts, id);
        const QString text = section::text(t, "text");
        if (text.isEmpty())
            return incomplete(tr("the sentence \"%1\" is missing").arg(QLatin1String(id)));
        if (placeholders(text) != args || arr(t, "args").size() != args)
            return incomplete(tr("the sentence \"%1\" must take %2 arguments (%3 to %4)")
                                  .arg(QLatin1String(id)).arg(args).arg(QStringLiteral("%1"))
                                  .arg(QStringLiteral("%") + QString::number(args)));
        r.m_texts.insert(QLatin1String(id), {text, args});
    }
    r.m_letters = obj(json, "letters");
    for (const auto &[id, args] : RequiredLetters) {
        const QString text = section::text(obj(r.m_letters, id), "text");
        if (text.isEmpty() || placeholders(text) != args)
            return incomplete(tr("the letter paragraph \"%1\" is missing or does not take %2 arguments")
                                  .arg(QLatin1String(id)).arg(args));
    }
    const auto rows = obj(r.m_letters, "rows");
    const auto decisions = obj(r.m_letters, "decisions");
    if (section::text(r.m_letters, "title").isEmpty() || section::text(r.m_letters, "signature").isEmpty()
        || section::text(decisions, "accepted").isEmpty() || section::text(decisions, "refused").isEmpty()
        || section::text(decisions, "removal-accepted").isEmpty())
        return incomplete(tr("the notification letter has no title, signature or decision labels"));
    for (const char *row : {"deposit", "request", "decision", "decisionDate", "list", "station", "poll", "reason"})
        if (section::text(rows, row).isEmpty())
            return incomplete(tr("the notification letter has no label for the row \"%1\"").arg(QLatin1String(row)));

    // Checklists, procedures and their workflows.
    const auto checklists = obj(json, "checklists");
    for (auto it = checklists.begin(); it != checklists.end(); ++it) {
        for (const auto &item : it->toArray()) {
            const auto o = item.toObject();
            if (section::text(o, "id").isEmpty() || section::text(o, "label").isEmpty())
                return incomplete(tr("an item of the checklist \"%1\" has no id or no label").arg(it.key()));
        }
        r.m_checklists.insert(it.key(), it->toArray());
    }
    const auto workflows = obj(json, "workflows");
    for (const auto &v : arr(json, "procedures")) {
        const auto o = v.toObject();
        ProcedureInfo p{section::text(o, "id"), section::text(o, "title"), section::text(o, "workflowId"), section::text(o, "service")};
        const Workflow w = Workflow::fromJson(workflows.value(p.workflowId).toObject());
        if (p.id.isEmpty() || p.title.isEmpty() || p.service.isEmpty() || !w.isValid()
            || !r.m_checklists.contains(p.id))
            return incomplete(tr("procedure \"%1\" has no title, service, valid workflow or checklist").arg(p.id));
        // The work page and the letter rely on these states.
        for (const char *state : {"received", "accepted", "refused", "accepted-notified", "refused-notified", "transmitted"})
            if (!w.contains(QLatin1String(state)))
                return incomplete(tr("the workflow of procedure \"%1\" has no state \"%2\"")
                                      .arg(p.id, QLatin1String(state)));
        r.m_procedures << p;
        r.m_refusalReasons.insert(p.id, w.reasons(QStringLiteral("received"), QStringLiteral("refused")));
    }
    for (const QLatin1StringView id : {RegistrationProcedureId, RemovalProcedureId})
        if (std::none_of(r.m_procedures.cbegin(), r.m_procedures.cend(),
                         [&](const ProcedureInfo &p) { return p.id == id; }))
            return incomplete(tr("the procedure \"%1\" is missing").arg(QString(id)));
    const auto reasonOfRule = obj(r.m_letters, "reasonOfRule");
    for (auto it = reasonOfRule.begin(); it != reasonOfRule.end(); ++it) {
        const QString reason = it->toString();
        const bool known = std::any_of(r.m_refusalReasons.cbegin(), r.m_refusalReasons.cend(),
                                       [&](const QStringList &reasons) { return reasons.contains(reason); });
        if (!known)
            return incomplete(tr("the letter's reason for the rule \"%1\" is not a refusal reason of any workflow")
                                  .arg(it.key()));
        r.m_reasonOfRule.insert(it.key(), reason);
    }
    return r;
}

FrenchCalendar ElectoralRules::calendarForCommune(const QString &inseeCode)
{
    return FrenchCalendar(FrenchCalendar::regionOfDepartment(departmentOf(inseeCode)));
}

// ---- Reference lists ----

QList<Choice> ElectoralRules::attachments() const
{
    QList<Choice> out;
    for (const Attachment &a : m_attachments)
        out << a.choice;
    return out;
}

QList<Choice> ElectoralRules::exceptions() const
{
    QList<Choice> out;
    for (const Exception &e : m_exceptions)
        out << e.choice;
    return out;
}

QList<Choice> ElectoralRules::nationalities() const
{
    QList<Choice> out{m_french};
    for (const EuMember &m : m_euMembers)
        out << m.choice;
    out << m_otherNationality;
    return out;
}

QList<Choice> ElectoralRules::complementaryLists() const
{
    QList<Choice> out;
    for (const Choice &l : m_lists)
        if (l.id != GeneralList)
            out << l;
    return out;
}

QString ElectoralRules::label(const QString &id) const
{
    for (const auto *list : {&m_lists, &m_requestKinds, &m_identityDocuments, &m_removalReasons})
        for (const Choice &c : *list)
            if (c.id == id)
                return c.label;
    for (const ElectionKind &k : m_electionKinds)
        if (k.choice.id == id)
            return k.choice.label;
    if (const auto *a = attachment(id))
        return a->choice.label;
    if (const auto *e = exception(id))
        return e->choice.label;
    for (const Choice &n : nationalities())
        if (n.id == id)
            return n.label;
    return id;
}

QString ElectoralRules::listsPhrase(const QStringList &lists) const
{
    QStringList labels;
    for (const QString &l : lists)
        labels << m_listPhrases.value(l, l);
    if (labels.size() < 2)
        return labels.join(QString());
    const QString last = labels.takeLast();
    return labels.join(QStringLiteral(", ")) + QStringLiteral(" et ") + last;
}

Nationality ElectoralRules::nationality(const QString &code) const
{
    if (code.isEmpty())
        return {};
    if (code == m_french.id)
        return {Nationality::Kind::French, code, m_french.label, {}, {}, {}};
    for (const EuMember &m : m_euMembers)
        if (m.choice.id == code)
            return {Nationality::Kind::EuState, code, m.choice.label, m.country, m.from, m.until};
    if (code == m_otherNationality.id)
        return {Nationality::Kind::Other, code, m_otherNationality.label, {}, {}, {}};
    return {};
}

QString ElectoralRules::attachmentCondition(const QString &id) const
{
    const auto *a = attachment(id);
    return a ? a->condition : QString();
}

QDate ElectoralRules::residenceEnoughOn(const QString &id, const QDate &since) const
{
    const auto *a = attachment(id);
    if (!a || a->condition != QLatin1String("since-months") || !since.isValid())
        return {};
    // Six months to the day: residence from 10 September is enough on 10 March.
    return since.addMonths(a->value);
}

bool ElectoralRules::isAutomaticException(const QString &id) const
{
    const auto *e = exception(id);
    return e && e->automatic;
}

QString ElectoralRules::exceptionEventLabel(const QString &id) const
{
    const auto *e = exception(id);
    return e ? e->eventLabel : QString();
}

const ElectoralRules::Attachment *ElectoralRules::attachment(const QString &id) const
{
    for (const Attachment &a : m_attachments)
        if (a.choice.id == id)
            return &a;
    return nullptr;
}

const ElectoralRules::Exception *ElectoralRules::exception(const QString &id) const
{
    for (const Exception &e : m_exceptions)
        if (e.choice.id == id)
            return &e;
    return nullptr;
}

const ElectoralRules::ElectionKind *ElectoralRules::electionKind(const QString &id) const
{
    for (const ElectionKind &k : m_electionKinds)
        if (k.choice.id == id)
            return &k;
    return nullptr;
}

QString ElectoralRules::text(const QString &id, const QStringList &args) const
{
    return substitute(m_texts.value(id).text, args);
}

QString ElectoralRules::letterText(const QString &id, const QStringList &args) const
{
    return substitute(m_letters.value(id).toObject().value(QLatin1String("text")).toString(), args);
}

Finding ElectoralRules::finding(bool ok, const QString &rule, const QStringList &args) const
{
    return {ok, rule, text(rule, args)};
}

// ---- Eligibility ----

QDate ElectoralRules::votingAgeDate(const QDate &birth) const
{
    return birth.isValid() ? birth.addYears(m_votingAge) : QDate();
}

bool ElectoralRules::isOfAgeForPoll(const QDate &birth, const Poll &poll) const
{
    // "18 ans la veille du scrutin": the birthday may be the eve itself.
    return birth.isValid() && votingAgeDate(birth) <= poll.firstRound.addDays(-1);
}

QStringList ElectoralRules::listsFor(const RegistrationRequest &request, const QDate &today) const
{
    const Nationality n = nationality(request.nationality);
    if (n.kind == Nationality::Kind::French)
        return {QString(GeneralList)};
    if (!n.memberOn(today))
        return {};
    QStringList lists;
    for (const Choice &l : complementaryLists())
        if (request.lists.contains(l.id))
            lists << l.id;
    return lists;
}

Finding ElectoralRules::attachmentFinding(const RegistrationRequest &request, const QDate &today) const
{
    const auto *a = attachment(request.attachment);
    if (!a)
        return finding(false, QStringLiteral("needs-attachment"));
    const Finding ok = finding(true, QStringLiteral("attachment-ok"), {a->choice.label});
    if (a->condition == QLatin1String("since-months")) {
        if (!request.residenceSince.isValid())
            return finding(false, QStringLiteral("needs-residence-start"));
        const QDate enough = residenceEnoughOn(request.attachment, request.residenceSince);
        if (today < enough)
            return finding(false, QStringLiteral("residence-too-short"),
                           {QString::number(a->value), frenchdate::longDate(request.residenceSince), frenchdate::longDate(enough)});
    } else if (a->condition == QLatin1String("tax-years")) {
        if (request.taxYears < a->value)
            return finding(false, QStringLiteral("tax-too-short"),
                           {QString::number(a->value), QString::number(request.taxYears)});
    } else if (a->condition == QLatin1String("spouse-taxpayer")) {
        if (!request.spouseTaxpayer)
            return finding(false, QStringLiteral("spouse-not-registered"));
    } else if (a->condition == QLatin1String("age-under")) {
        if (!request.birthDate.isValid())
            return finding(false, QStringLiteral("needs-birth-date"));
        // Under 26: the eve of the 26th birthday is the last day.
        const QDate limit = request.birthDate.addYears(a->value);
        if (today >= limit)
            return finding(false, QStringLiteral("too-old-for-parent"), {QString::number(a->value), frenchdate::longDate(limit)});
    }
    return ok;
}

bool ElectoralRules::titleTooOld(const QDate &expiry, const QDate &today) const
{
    // Valid, or expired for less than 5 years: on the 5th anniversary of the
    // expiry it has been expired for 5 years and no longer proves anything.
    return expiry.isValid() && today >= expiry.addYears(m_idGraceYears);
}

Finding ElectoralRules::identityFinding(const RegistrationRequest &request, const QDate &today) const
{
    const QDate expiry = request.idExpiry;
    if (!expiry.isValid())
        return finding(false, QStringLiteral("needs-id-expiry"));
    // A French applicant is not refused for an old title: identity and
    // nationality are then proved by other documents (arrêté of 16 November
    // 2018; F34779). A citizen of another State shows that State's title.
    if (titleTooOld(expiry, today))
        return nationality(request.nationality).kind == Nationality::Kind::French
            ? finding(true, QStringLiteral("id-other-proof"), {frenchdate::longDate(expiry), QString::number(m_idGraceYears)})
            : finding(false, QStringLiteral("id-expired"), {frenchdate::longDate(expiry), QString::number(m_idGraceYears)});
    // Nothing to read out when the document is accepted: the answer stays short.
    return {true, QStringLiteral("id-ok"), {}};
}

Eligibility ElectoralRules::eligibility(const RegistrationRequest &request, const QDate &today,
                                        const FrenchCalendar &calendar) const
{
    Eligibility e;
    const Nationality n = nationality(request.nationality);
    switch (n.kind) {
    case Nationality::Kind::Unknown:
        e.findings << finding(false, QStringLiteral("needs-nationality"));
        break;
    case Nationality::Kind::French:
        e.findings << finding(true, QStringLiteral("eligible-french"));
        break;
    case Nationality::Kind::Other:
        e.findings << finding(false, QStringLiteral("not-eu"));
        break;
    case Nationality::Kind::EuState: {
        if (n.until.isValid() && today > n.until) {
            const QString country = n.country.left(1).toUpper() + n.country.mid(1);
            e.findings << finding(false, QStringLiteral("former-eu"), {country, frenchdate::longDate(n.until.addDays(1))});
            break;
        }
        if (!n.memberOn(today)) {  // not yet a member
            e.findings << finding(false, QStringLiteral("not-eu"));
            break;
        }
        const QStringList lists = listsFor(request, today);
        if (lists.isEmpty()) {
            e.findings << finding(false, QStringLiteral("eu-needs-list"));
            break;
        }
        QStringList kinds;
        for (const ElectionKind &k : m_electionKinds)
            if (std::any_of(lists.cbegin(), lists.cend(), [&](const QString &l) { return k.lists.contains(l); }))
                kinds << k.choice.label;
        const QString last = kinds.size() > 1 ? kinds.takeLast() : QString();
        const QString kindsPhrase = last.isEmpty() ? kinds.join(QString())
                                                   : kinds.join(QStringLiteral(", ")) + QStringLiteral(" et ") + last;
        e.findings << finding(true, QStringLiteral("eligible-eu"), {listsPhrase(lists), kindsPhrase});
        break;
    }
    }
    e.lists = listsFor(request, today);

    // Age: of voting age on the eve of the first round of the poll the
    // registration counts for; with no such poll in the calendar, today.
    if (!request.birthDate.isValid()) {
        e.findings << finding(false, QStringLiteral("needs-birth-date"));
    } else {
        const DeadlineAnswer d = deadline(request, today, calendar);
        const QDate adult = votingAgeDate(request.birthDate);
        if (!d.polls.isEmpty()) {
            const Poll &poll = d.polls.first();
            // 18 between the two rounds: registered, votes in the second only.
            if (!isOfAgeForPoll(request.birthDate, poll) && poll.secondRound.isValid()
                && adult <= poll.secondRound.addDays(-1))
                e.findings << finding(true, QStringLiteral("second-round-only"),
                                      {frenchdate::longDate(adult), frenchdate::longDate(poll.secondRound), pollsPhrase(d.polls)});
            else if (!isOfAgeForPoll(request.birthDate, poll))
                e.findings << finding(false, QStringLiteral("under-age"),
                                      {frenchdate::longDate(adult), frenchdate::longDate(poll.firstRound), pollsPhrase(d.polls)});
            else
                e.findings << Finding{true, QStringLiteral("age-ok"), {}};
        } else if (today < adult) {
            e.findings << finding(false, QStringLiteral("under-age-no-poll"), {frenchdate::longDate(adult)});
        } else {
            e.findings << Finding{true, QStringLiteral("age-ok"), {}};
        }
    }

    e.findings << attachmentFinding(request, today);
    e.findings << identityFinding(request, today);
    e.eligible = std::all_of(e.findings.cbegin(), e.findings.cend(), [](const Finding &f) { return f.ok; });
    return e;
}

// ---- Deadlines ----

QList<Poll> ElectoralRules::upcomingPolls(const QStringList &lists, const QDate &today) const
{
    QList<Poll> out;
    for (const Poll &p : m_polls) {
        if (p.firstRound <= today)
            continue;
        const auto *kind = electionKind(p.kind);
        if (kind && std::any_of(lists.cbegin(), lists.cend(), [&](const QString &l) { return kind->lists.contains(l); }))
            out << p;
    }
    return out;
}

QDate ElectoralRules::applyClosed(const QDate &day, Closed rule, const FrenchCalendar &calendar)
{
    QDate d = day;
    switch (rule) {
    case Closed::Keep:
        break;
    case Closed::PreviousWorkingDay:
        while (!calendar.isWorkingDay(d))
            d = d.addDays(-1);
        break;
    case Closed::NextWorkingDay:
        d = calendar.nextWorkingDay(d);
        break;
    }
    return d;
}

QDate ElectoralRules::legalCutoff(const Poll &poll) const
{
    // The n-th given weekday strictly before the first round: for a Sunday
    // poll and Fridays, the Friday two days before is the first.
    QDate d = poll.firstRound.addDays(-1);
    while (d.dayOfWeek() != m_cutoffWeekday)
        d = d.addDays(-1);
    return d.addDays(-7 * (m_cutoffOrdinal - 1));
}

QDate ElectoralRules::counterDeadline(const Poll &poll, const FrenchCalendar &calendar) const
{
    return applyClosed(legalCutoff(poll), m_cutoffClosed, calendar);
}

QDate ElectoralRules::onlineDeadline(const Poll &poll) const
{
    return legalCutoff(poll).addDays(-m_onlineDaysBefore);
}

QDate ElectoralRules::exceptionDeadline(const Poll &poll, const FrenchCalendar &calendar) const
{
    return applyClosed(poll.firstRound.addDays(-m_exceptionDays), m_exceptionClosed, calendar);
}

bool ElectoralRules::exceptionApplies(const RegistrationRequest &request, const Poll &poll) const
{
    const QDate cutoff = legalCutoff(poll);
    // Turning 18 needs no declaration: the birth date says it.
    for (const Exception &e : m_exceptions) {
        if (!e.automatic || !request.birthDate.isValid())
            continue;
        const QDate adult = votingAgeDate(request.birthDate);
        // Turning 18 by the eve of the second round counts: that person votes in it.
        const QDate eve = (poll.secondRound.isValid() ? poll.secondRound : poll.firstRound).addDays(-1);
        if (adult > cutoff && adult <= eve)
            return true;
    }
    const auto *chosen = exception(request.exception);
    return chosen && !chosen->automatic && request.exceptionDate.isValid() && request.exceptionDate > cutoff
           && request.exceptionDate < poll.firstRound;
}

QList<Poll> ElectoralRules::sameDay(const QList<Poll> &polls, qsizetype index) const
{
    QList<Poll> out;
    for (const Poll &p : polls)
        if (p.firstRound == polls.at(index).firstRound)
            out << p;
    return out;
}

QString ElectoralRules::pollsPhrase(const QList<Poll> &polls) const
{
    QStringList labels;
    for (const Poll &p : polls)
        labels << p.label;
    if (labels.size() < 2)
        return labels.join(QString());
    const QString last = labels.takeLast();
    return labels.join(QStringLiteral(", ")) + QStringLiteral(" et ") + last;
}

DeadlineAnswer ElectoralRules::deadline(const RegistrationRequest &request, const QDate &today,
                                        const FrenchCalendar &calendar) const
{
    DeadlineAnswer answer;
    QStringList lists = listsFor(request, today);
    if (lists.isEmpty())
        lists << QString(GeneralList);  // what a French voter would be told
    const QList<Poll> polls = upcomingPolls(lists, today);
    if (polls.isEmpty()) {
        answer.sentences << text(QStringLiteral("deadline-none"));
        return answer;
    }

    // The exception chosen but dated before the ordinary cut-off of the next
    // poll: it changes nothing, which the agent should hear.
    const Poll &next = polls.first();
    const auto *chosen = exception(request.exception);
    if (chosen && !chosen->automatic && request.exceptionDate.isValid()
        && request.exceptionDate <= legalCutoff(next) && today > counterDeadline(next, calendar))
        answer.sentences << text(QStringLiteral("exception-too-early"),
                                 {chosen->choice.label, frenchdate::longDate(legalCutoff(next))});

    QList<Poll> missed;
    QDate missedDeadline;
    for (qsizetype i = 0; i < polls.size(); ++i) {
        if (i > 0 && polls.at(i).firstRound == polls.at(i - 1).firstRound)
            continue;
        const Poll &p = polls.at(i);
        const QList<Poll> group = sameDay(polls, i);
        const QDate counter = counterDeadline(p, calendar);
        const bool excepted = exceptionApplies(request, p);
        const QDate exceptional = exceptionDeadline(p, calendar);
        if (today <= counter) {
            answer.polls = group;
            answer.counterDeadline = counter;
            answer.onlineDeadline = onlineDeadline(p);
            if (missed.isEmpty()) {
                answer.kind = DeadlineAnswer::Kind::OnTime;
                answer.sentences << text(QStringLiteral("deadline-on-time"),
                                         {pollsPhrase(group), frenchdate::longDate(p.firstRound), frenchdate::longDate(counter),
                                          frenchdate::longDate(answer.onlineDeadline)});
            } else {
                answer.kind = DeadlineAnswer::Kind::Missed;
                answer.missed = missed;
                answer.missedDeadline = missedDeadline;
                answer.sentences << text(QStringLiteral("deadline-missed"),
                                         {pollsPhrase(missed), frenchdate::longDate(missedDeadline), pollsPhrase(group),
                                          frenchdate::longDate(p.firstRound)});
            }
        } else if (excepted && today <= exceptional) {
            answer.kind = DeadlineAnswer::Kind::Exception;
            answer.polls = group;
            answer.counterDeadline = counter;
            answer.onlineDeadline = onlineDeadline(p);
            answer.exceptionDeadline = exceptional;
            // The automatic exception (turning 18) unless the agent chose another that applies.
            QString applied;
            if (chosen && !chosen->automatic && request.exceptionDate.isValid()
                && request.exceptionDate > legalCutoff(p) && request.exceptionDate < p.firstRound)
                applied = chosen->choice.id;
            else
                for (const Exception &e : m_exceptions)
                    if (e.automatic)
                        applied = e.choice.id;
            answer.exception = applied;
            answer.sentences << text(QStringLiteral("deadline-exception"),
                                     {pollsPhrase(group), frenchdate::longDate(p.firstRound), frenchdate::longDate(counter),
                                      label(applied), frenchdate::longDate(exceptional)});
        } else {
            missed = group;
            missedDeadline = excepted ? exceptional : counter;
            continue;
        }
        if (std::any_of(group.cbegin(), group.cend(), [](const Poll &g) { return g.assumption; }))
            answer.sentences << text(QStringLiteral("assumed-date"));
        return answer;
    }
    answer.kind = DeadlineAnswer::Kind::AfterCalendar;
    answer.missed = missed;
    answer.missedDeadline = missedDeadline;
    answer.sentences << text(QStringLiteral("deadline-after-calendar"), {pollsPhrase(missed), frenchdate::longDate(missedDeadline)});
    return answer;
}

// ---- Decision, notification, appeal ----

QDate ElectoralRules::addDelay(const QDate &start, const Delay &delay, const FrenchCalendar &calendar)
{
    if (!start.isValid())
        return {};
    switch (delay.counting) {
    case Counting::Civil: return calendar.civilDeadlineDays(start, delay.days);
    case Counting::WorkingDays: return calendar.addWorkingDays(start, delay.days);
    case Counting::CalendarDays: return start.addDays(delay.days);
    }
    return {};
}

QDate ElectoralRules::decisionDue(const QDate &received, const FrenchCalendar &calendar) const
{
    return addDelay(received, m_decisionDelay, calendar);
}

QDate ElectoralRules::notificationDue(const QDate &decided, const FrenchCalendar &calendar) const
{
    return addDelay(decided, m_notificationDelay, calendar);
}

QDate ElectoralRules::appealDeadline(const QDate &notified, const FrenchCalendar &calendar) const
{
    return addDelay(notified, m_appealDelay, calendar);
}

QString ElectoralRules::decisionSentence(const QDate &due) const
{
    return text(QStringLiteral("decision-due"), {frenchdate::longDate(due), QString::number(m_notificationDelay.days)});
}

// ---- Removal ----

RemovalAnswer ElectoralRules::removal(const QString &nationalityCode, const QStringList &lists,
                                      const QDate &today) const
{
    const Nationality n = nationality(nationalityCode);
    const auto answer = [&](bool allowed, const QString &rule, const QStringList &args = {}) {
        return RemovalAnswer{allowed, rule, text(rule, args)};
    };
    if (n.kind == Nationality::Kind::Unknown)
        return answer(false, QStringLiteral("needs-nationality"));
    if (n.kind == Nationality::Kind::French)
        return answer(false, QStringLiteral("removal-french"));
    if (!n.memberOn(today))
        return answer(false, QStringLiteral("removal-not-eu"));
    QStringList asked;
    for (const Choice &l : complementaryLists())
        if (lists.contains(l.id))
            asked << l.id;
    if (asked.isEmpty())
        return answer(false, QStringLiteral("removal-needs-list"));
    return answer(true, QStringLiteral("removal-eu"), {listsPhrase(asked)});
}

// ---- Polling station ----

StationAnswer ElectoralRules::pollingStation(const QString &number, const QString &street) const
{
    StationAnswer a = m_streets.find(number, street);
    switch (a.kind) {
    case StationAnswer::Kind::Empty:
        break;
    case StationAnswer::Kind::Found:
        a.sentence = text(QStringLiteral("station-found"), {a.station.label, a.station.address});
        break;
    case StationAnswer::Kind::UnknownStreet:
        a.sentence = text(QStringLiteral("street-unknown"), {street.simplified()});
        break;
    case StationAnswer::Kind::SeveralStreets:
        a.sentence = text(QStringLiteral("street-ambiguous"),
                          {street.simplified(), a.candidates.join(QStringLiteral(", "))});
        break;
    case StationAnswer::Kind::NumberNeeded:
        a.sentence = text(QStringLiteral("number-needed"), {a.street});
        break;
    case StationAnswer::Kind::NumberOutside:
        a.sentence = text(QStringLiteral("number-outside"), {number.simplified(), a.street});
        break;
    }
    return a;
}

// ---- Checklists ----

QJsonObject ElectoralRules::situation(const RegistrationRequest &request, const QDate &today) const
{
    QString kind;
    const Nationality n = nationality(request.nationality);
    switch (n.kind) {
    case Nationality::Kind::French: kind = QStringLiteral("french"); break;
    case Nationality::Kind::EuState: kind = n.memberOn(today) ? QStringLiteral("eu") : QStringLiteral("other"); break;
    case Nationality::Kind::Other: kind = QStringLiteral("other"); break;
    case Nationality::Kind::Unknown: kind = QStringLiteral("unknown"); break;
    }
    QJsonArray lists;
    for (const QString &l : listsFor(request, today))
        lists << l;
    const auto *chosen = exception(request.exception);
    return {{QStringLiteral("request"), request.requestKind},
            {QStringLiteral("nationality"), kind},
            {QStringLiteral("lists"), lists},
            {QStringLiteral("attachment"), request.attachment},
            {QStringLiteral("hosted"), request.hosted},
            {QStringLiteral("identity"), titleTooOld(request.idExpiry, today) ? QStringLiteral("other-proof") : QStringLiteral("title")},
            {QStringLiteral("exception"), chosen && !chosen->automatic ? chosen->choice.id : QStringLiteral("none")}};
}

QList<ChecklistItem> ElectoralRules::checklist(const QString &procedureId, const QJsonObject &situation) const
{
    QList<ChecklistItem> items;
    for (const auto &v : m_checklists.value(procedureId)) {
        const auto item = v.toObject();
        const auto when = obj(item, "when");
        bool applies = true;
        for (auto it = when.begin(); it != when.end() && applies; ++it)
            applies = matches(it.value(), situation.value(it.key()));
        if (applies)
            items.append({section::text(item, "id"), section::text(item, "label"), item.value(QLatin1String("required")).toBool(true)});
    }
    return items;
}

} // namespace guichet::listeselectorales
