// SPDX-License-Identifier: GPL-3.0-or-later
#include "etatcivilrules.h"
#include "domain/frenchdate.h"
#include "referencesection.h"

#include "reference/referencerelease.h"

#include <QLocale>

#include <algorithm>

namespace guichet::etatcivil {

namespace {

/// A `when` value matches a situation value when equal, or, for an array,
/// when one of its elements is equal.
bool matches(const QJsonValue &condition, const QJsonValue &actual)
{
    if (actual.isUndefined())
        return false;
    if (condition.isArray()) {
        const auto options = condition.toArray();
        return std::any_of(options.begin(), options.end(),
                           [&](const QJsonValue &o) { return o == actual; });
    }
    return condition == actual;
}

/// The department of an INSEE commune code: three digits overseas (97x),
/// two otherwise (including 2A and 2B).
QString departmentOf(const QString &inseeCode)
{
    const QString code = inseeCode.trimmed().toUpper();
    return code.startsWith(QLatin1String("97")) ? code.left(3) : code.left(2);
}

} // namespace

Result<EtatCivilRules> EtatCivilRules::fromRelease(const ReferenceRelease &release)
{
    const QString section = SectionName;
    if (!release.hasSection(section))
        return std::unexpected(Error::make(Error::Code::NotFound,
            tr("Reference release %1 has no \"%2\" section, so the civil-status module cannot "
               "answer. Install a release that contains %2.json or ask HQ for one.")
                .arg(release.id(), section)));
    const QJsonObject json = release.section(section);

    // Everything is checked here, once, so that a release with a gap is
    // refused at start-up with a message for HQ instead of giving a wrong or
    // empty answer at the counter.
    const auto incomplete = [&](const QString &what) { return std::unexpected(section::incomplete(release, section, what)); };

    EtatCivilRules r;
    r.m_actKinds = section::choices(json.value(QLatin1String("actKinds")).toArray());
    r.m_copyKinds = section::choices(json.value(QLatin1String("copyKinds")).toArray());
    r.m_relationships = section::choices(json.value(QLatin1String("relationships")).toArray());
    for (const auto &v : json.value(QLatin1String("relationships")).toArray())
        if (v.toObject().value(QLatin1String("subject")).toBool())
            r.m_subjectRelationships << section::text(v.toObject(), "id");
    if (!r.m_subjectRelationships.contains(QLatin1String("interesse")))
        return incomplete(tr("the relationship \"interesse\" (the person on the act) is missing or not marked as the subject"));
    for (const auto *list : {&r.m_actKinds, &r.m_copyKinds, &r.m_relationships}) {
        if (list->isEmpty())
            return incomplete(tr("a list of act kinds, copy kinds or relationships is empty"));
        for (const Choice &c : *list)
            if (c.id.isEmpty() || c.label.isEmpty())
                return incomplete(tr("an act kind, copy kind or relationship has no id or no label"));
    }

    for (const auto &v : json.value(QLatin1String("eligibility")).toArray()) {
        const auto o = v.toObject();
        EligibilityRow row{section::text(o, "act"), section::text(o, "copy"), o.value(QLatin1String("anyone")).toBool(), {},
                           section::strings(o.value(QLatin1String("data")).toArray())};
        if (!section::containsId(r.m_actKinds, row.act) || !section::containsId(r.m_copyKinds, row.copy))
            return incomplete(tr("eligibility row %1/%2 names an unknown act or copy kind")
                                  .arg(row.act, row.copy));
        for (const auto &a : o.value(QLatin1String("allowed")).toArray()) {
            const auto entry = a.toObject();
            const QString relationship = section::text(entry, "relationship");
            const QString condition = section::text(entry, "condition");
            if (!section::containsId(r.m_relationships, relationship))
                return incomplete(tr("eligibility row %1/%2 names the unknown relationship \"%3\"")
                                      .arg(row.act, row.copy, relationship));
            if (!condition.isEmpty() && condition != QLatin1String("subject-adult")
                && condition != QLatin1String("requester-adult"))
                return incomplete(tr("eligibility row %1/%2 has the unknown condition \"%3\"")
                                      .arg(row.act, row.copy, condition));
            row.allowed.insert(relationship, condition);
        }
        r.m_eligibility.append(row);
    }
    if (r.m_eligibility.isEmpty())
        return incomplete(tr("the eligibility table is empty"));

    r.m_majorityAge = json.value(QLatin1String("majorityAge")).toObject().value(QLatin1String("years")).toInt();
    const auto communicability = json.value(QLatin1String("communicability")).toObject();
    r.m_actAgeYears = communicability.value(QLatin1String("actAgeYears")).toInt();
    r.m_deathAgeYears = communicability.value(QLatin1String("deathAgeYears")).toInt();
    if (r.m_majorityAge <= 0 || r.m_actAgeYears <= 0 || r.m_deathAgeYears <= 0)
        return incomplete(tr("the age of majority or a communicability threshold is missing"));

    const auto texts = json.value(QLatin1String("decisionTexts")).toObject();
    for (const char *rule : {"incomplete", "copy-not-issued", "open-to-anyone", "allowed-subject",
                             "allowed-relationship", "communicable-act-age", "communicable-death",
                             "subject-minor", "requester-minor", "needs-subject-birth-date",
                             "needs-requester-birth-date", "relationship-not-allowed"}) {
        const QString text = texts.value(QLatin1String(rule)).toString();
        if (text.isEmpty())
            return incomplete(tr("the sentence for the decision \"%1\" is missing")
                                  .arg(QLatin1String(rule)));
        r.m_decisionTexts.insert(QLatin1String(rule), text);
    }

    const auto where = json.value(QLatin1String("whereToAsk")).toObject();
    const auto abroad = where.value(QLatin1String("abroad")).toObject();
    r.m_hereText = section::text(where, "here");
    r.m_otherCommuneText = section::text(where, "otherCommune");
    r.m_abroadText = section::text(abroad, "text").arg(section::text(abroad, "service"), section::text(abroad, "address"),
                                              section::text(abroad, "online"), section::text(abroad, "delay"));
    if (r.m_hereText.isEmpty() || r.m_otherCommuneText.isEmpty() || section::text(abroad, "text").isEmpty())
        return incomplete(tr("a \"where to ask\" sentence is missing"));
    const auto byAct = where.value(QLatin1String("byAct")).toObject();
    for (auto it = byAct.begin(); it != byAct.end(); ++it)
        r.m_otherCommuneByAct.insert(it.key(), section::text(it->toObject(), "otherCommune"));

    for (const auto &v : json.value(QLatin1String("delivery")).toArray()) {
        const auto o = v.toObject();
        Delivery d{{section::text(o, "id"), section::text(o, "label")}, o.value(QLatin1String("workingDays")).toInt(), section::text(o, "text")};
        if (d.choice.id.isEmpty() || d.choice.label.isEmpty() || d.text.isEmpty())
            return incomplete(tr("a delivery mode has no id, label or sentence"));
        r.m_deliveries.append(d);
    }
    if (r.m_deliveries.isEmpty())
        return incomplete(tr("there is no delivery mode"));
    r.m_maxCopies = json.value(QLatin1String("maxCopies")).toInt();
    if (r.m_maxCopies < 1)
        return incomplete(tr("the maximum number of copies is missing"));

    r.m_refusalReasons = section::strings(json.value(QLatin1String("refusalReasons")).toArray());
    r.m_redirectionReasons = section::strings(json.value(QLatin1String("redirectionReasons")).toArray());
    r.m_declarationRedirectionReasons =
        section::strings(json.value(QLatin1String("declarationRedirectionReasons")).toArray());

    for (const auto &v : json.value(QLatin1String("declarationKinds")).toArray()) {
        const auto o = v.toObject();
        DeclarationKind k;
        k.choice = {section::text(o, "id"), section::text(o, "label")};
        const auto deadline = o.value(QLatin1String("deadline")).toObject();
        const QString counting = section::text(deadline, "counting");
        k.value = deadline.value(QLatin1String("value")).toInt();
        const auto longer = deadline.value(QLatin1String("longer")).toObject();
        k.longerValue = longer.value(QLatin1String("value")).toInt();
        k.longerCommunes = section::strings(longer.value(QLatin1String("communes")).toArray());
        if (!longer.isEmpty()
            && (k.longerValue <= k.value || k.longerCommunes.isEmpty()
                || std::ranges::any_of(k.longerCommunes, [](const QString &c) { return c.size() != 5; })))
            return incomplete(tr("declaration \"%1\" has a longer deadline without a longer value or without "
                                 "the INSEE codes of its communes").arg(section::text(o, "id")));
        if (counting == QLatin1String("birth-days"))
            k.counting = Counting::BirthDays;
        else if (counting == QLatin1String("death-hours"))
            k.counting = Counting::DeathHours;
        else if (!counting.isEmpty())
            return incomplete(tr("declaration \"%1\" has the unknown deadline counting \"%2\"")
                                  .arg(k.choice.id, counting));
        k.anyCommune = section::text(o, "place") == QLatin1String("any-commune");
        k.data = section::strings(o.value(QLatin1String("data")).toArray());
        k.deadlineText = section::text(o, "deadlineText");
        k.lateText = section::text(o, "lateText");
        k.noDeadlineText = section::text(o, "noDeadlineText");
        k.otherCommune = section::text(o, "otherCommune");
        k.abroad = section::text(o, "abroad");
        const bool timed = k.counting != Counting::None;
        if (k.choice.id.isEmpty() || k.choice.label.isEmpty() || (timed && k.value <= 0)
            || (timed && (k.deadlineText.isEmpty() || k.lateText.isEmpty()))
            || (!timed && k.noDeadlineText.isEmpty())
            || (!k.anyCommune && (k.otherCommune.isEmpty() || k.abroad.isEmpty())))
            return incomplete(tr("declaration \"%1\" lacks its label, deadline or sentences")
                                  .arg(k.choice.id));
        r.m_declarationKinds.append(k);
    }
    if (r.m_declarationKinds.isEmpty())
        return incomplete(tr("there is no declaration kind"));

    const auto checklists = json.value(QLatin1String("checklists")).toObject();
    for (auto it = checklists.begin(); it != checklists.end(); ++it)
        r.m_checklists.insert(it.key(), it->toArray());

    for (const auto &v : json.value(QLatin1String("procedures")).toArray()) {
        const auto o = v.toObject();
        ProcedureInfo p{section::text(o, "id"), section::text(o, "title"), section::text(o, "workflowId"), section::text(o, "service")};
        if (p.id.isEmpty() || p.title.isEmpty() || p.service.isEmpty()
            || !json.value(QLatin1String("workflows")).toObject().contains(p.workflowId)
            || !r.m_checklists.contains(p.id))
            return incomplete(tr("procedure \"%1\" has no title, service, workflow or checklist").arg(p.id));
        r.m_procedures.append(p);
    }
    if (r.m_procedures.isEmpty())
        return incomplete(tr("there is no procedure"));
    return r;
}

FrenchCalendar EtatCivilRules::calendarForCommune(const QString &inseeCode)
{
    return FrenchCalendar(FrenchCalendar::regionOfDepartment(departmentOf(inseeCode)));
}

QList<Choice> EtatCivilRules::deliveries() const
{
    QList<Choice> list;
    for (const auto &d : m_deliveries)
        list << d.choice;
    return list;
}

QList<Choice> EtatCivilRules::declarationKinds() const
{
    QList<Choice> list;
    for (const auto &k : m_declarationKinds)
        list << k.choice;
    return list;
}

QString EtatCivilRules::label(const QString &id) const
{
    for (const auto *list : {&m_actKinds, &m_copyKinds, &m_relationships})
        for (const auto &c : *list)
            if (c.id == id)
                return c.label;
    for (const auto &d : m_deliveries)
        if (d.choice.id == id)
            return d.choice.label;
    if (const auto *k = declarationKind(id))
        return k->choice.label;
    return id;
}

const EtatCivilRules::EligibilityRow *EtatCivilRules::row(const QString &act, const QString &copy) const
{
    for (const auto &r : m_eligibility)
        if (r.act == act && r.copy == copy)
            return &r;
    return nullptr;
}

const EtatCivilRules::DeclarationKind *EtatCivilRules::declarationKind(const QString &kind) const
{
    for (const auto &k : m_declarationKinds)
        if (k.choice.id == kind)
            return &k;
    return nullptr;
}

bool EtatCivilRules::isIssued(const QString &actKind, const QString &copyKind) const
{
    return row(actKind, copyKind) != nullptr;
}

bool EtatCivilRules::isOpenToAnyone(const QString &actKind, const QString &copyKind) const
{
    const auto *r = row(actKind, copyKind);
    return r && r->anyone;
}

QStringList EtatCivilRules::requiredData(const QString &actKind, const QString &copyKind) const
{
    const auto *r = row(actKind, copyKind);
    return r ? r->data : QStringList{};
}

Decision EtatCivilRules::decision(const QString &rule, bool allowed) const
{
    QString reason = m_decisionTexts.value(rule);
    if (rule == QLatin1String("communicable-act-age"))
        reason = reason.arg(m_actAgeYears);
    else if (rule == QLatin1String("communicable-death"))
        reason = reason.arg(m_deathAgeYears);
    else if (rule == QLatin1String("relationship-not-allowed"))
        reason = reason.arg(m_actAgeYears).arg(m_deathAgeYears);
    return {allowed, reason, rule};
}

bool EtatCivilRules::isAdult(const QDate &birth, const QDate &today, int majority)
{
    // Majority is reached on the birthday itself (a person born on 29 February
    // comes of age on 28 February in a common year, as QDate::addYears does).
    return today >= birth.addYears(majority);
}

Decision EtatCivilRules::eligibility(const CopyRequest &request, const QDate &today) const
{
    if (!section::containsId(m_actKinds, request.actKind) || !section::containsId(m_copyKinds, request.copyKind)
        || !section::containsId(m_relationships, request.relationship))
        return decision(QStringLiteral("incomplete"), false);
    const auto *r = row(request.actKind, request.copyKind);
    if (!r)
        return decision(QStringLiteral("copy-not-issued"), false);
    if (r->anyone)
        return decision(QStringLiteral("open-to-anyone"), true);

    // First the requester's own right, which needs no date of the act.
    QString refusal;
    if (!r->allowed.contains(request.relationship)) {
        refusal = QStringLiteral("relationship-not-allowed");
    } else {
        const QString condition = r->allowed.value(request.relationship);
        if (condition == QLatin1String("subject-adult")) {
            if (!request.subjectBirthDate.isValid())
                refusal = QStringLiteral("needs-subject-birth-date");
            else if (!isAdult(request.subjectBirthDate, today, m_majorityAge))
                refusal = QStringLiteral("subject-minor");
        } else if (condition == QLatin1String("requester-adult")) {
            if (!request.requesterBirthDate.isValid())
                refusal = QStringLiteral("needs-requester-birth-date");
            else if (!isAdult(request.requesterBirthDate, today, m_majorityAge))
                refusal = QStringLiteral("requester-minor");
        }
        if (refusal.isEmpty())
            return decision(m_subjectRelationships.contains(request.relationship)
                                ? QStringLiteral("allowed-subject")
                                : QStringLiteral("allowed-relationship"),
                            true);
    }

    // Then communicability, which opens the act to anyone whatever the
    // relationship. The law counts 75 years from the closing of the register,
    // on 31 December of the act's year: the act opens the day after the 75th
    // anniversary of that closing. Death counts from its day, reached on the
    // anniversary itself.
    if (request.actDate.isValid() && today > QDate(request.actDate.year(), 12, 31).addYears(m_actAgeYears))
        return decision(QStringLiteral("communicable-act-age"), true);
    if (request.subjectDeceased && request.subjectDeathDate.isValid()
        && today >= request.subjectDeathDate.addYears(m_deathAgeYears))
        return decision(QStringLiteral("communicable-death"), true);
    return decision(refusal, false);
}

PlaceAnswer EtatCivilRules::whereToAsk(const QString &actKind, const QString &eventCommuneCode,
                                       const QString &eventCommuneName, bool abroad,
                                       const QString &thisCommuneCode) const
{
    if (abroad)
        return {Place::Abroad, m_abroadText};
    const QString code = eventCommuneCode.trimmed().toUpper();
    if (code.isEmpty())
        return {};
    if (code == thisCommuneCode.trimmed().toUpper())
        return {Place::Here, m_hereText};
    const QString text = m_otherCommuneByAct.value(actKind, m_otherCommuneText);
    const QString name = eventCommuneName.trimmed().isEmpty() ? code : eventCommuneName.trimmed();
    return {Place::OtherCommune, text.arg(name)};
}

QString EtatCivilRules::deliverySentence(const QString &delivery) const
{
    for (const auto &d : m_deliveries)
        if (d.choice.id == delivery)
            return d.text;
    return {};
}

int EtatCivilRules::deliveryWorkingDays(const QString &delivery) const
{
    for (const auto &d : m_deliveries)
        if (d.choice.id == delivery)
            return d.workingDays;
    return 0;
}

QJsonObject EtatCivilRules::copySituation(const CopyRequest &request, const QString &delivery,
                                          const Decision &decision) const
{
    return {{QStringLiteral("act"), request.actKind},
            {QStringLiteral("copy"), request.copyKind},
            {QStringLiteral("relationship"), request.relationship},
            {QStringLiteral("delivery"), delivery},
            {QStringLiteral("restricted"), isIssued(request.actKind, request.copyKind)
                                               && !isOpenToAnyone(request.actKind, request.copyKind)},
            {QStringLiteral("grounds"), decision.rule}};
}

bool EtatCivilRules::hasDeadline(const QString &kind) const
{
    const auto *k = declarationKind(kind);
    return k && k->counting != Counting::None;
}

QStringList EtatCivilRules::declarationData(const QString &kind) const
{
    const auto *k = declarationKind(kind);
    return k ? k->data : QStringList{};
}

PlaceAnswer EtatCivilRules::declarationPlace(const QString &kind, const QString &eventCommuneCode,
                                             const QString &eventCommuneName, bool abroad,
                                             const QString &thisCommuneCode) const
{
    const auto *k = declarationKind(kind);
    if (!k)
        return {};
    // The no-deadline sentence already says "in any town hall".
    if (k->anyCommune)
        return {Place::Here, {}};
    if (abroad)
        return {Place::Abroad, k->abroad};
    const QString code = eventCommuneCode.trimmed().toUpper();
    if (code.isEmpty())
        return {};
    if (code == thisCommuneCode.trimmed().toUpper())
        return {Place::Here, {}};
    const QString name = eventCommuneName.trimmed().isEmpty() ? code : eventCommuneName.trimmed();
    return {Place::OtherCommune, k->otherCommune.arg(name)};
}

int EtatCivilRules::declarationDelay(const QString &kind, const QString &communeCode) const
{
    const auto *k = declarationKind(kind);
    if (!k)
        return 0;
    return k->longerCommunes.contains(communeCode) ? k->longerValue : k->value;
}

Deadline EtatCivilRules::declarationDeadline(const QString &kind, const QDateTime &event, const QString &communeCode,
                                             const FrenchCalendar &calendar) const
{
    const auto *k = declarationKind(kind);
    if (!k || !event.isValid())
        return {};
    const int delay = declarationDelay(kind, communeCode);
    switch (k->counting) {
    case Counting::None:
        return {};
    case Counting::BirthDays:
        return {true, calendar.birthDeclarationDeadline(event.toLocalTime().date(), delay), {}};
    case Counting::DeathHours: {
        const QDateTime instant = calendar.deathDeclarationDeadline(event.toLocalTime(), delay);
        return {true, instant.date(), instant};
    }
    }
    return {};
}

bool EtatCivilRules::isLate(const QString &kind, const QDateTime &event, const QDateTime &at,
                            const QString &communeCode, const FrenchCalendar &calendar) const
{
    const Deadline d = declarationDeadline(kind, event, communeCode, calendar);
    if (!d.exists)
        return false;
    if (d.instant.isValid())
        return at > d.instant;
    // A deadline in days runs to the end of its last day (24:00).
    return at.toLocalTime().date() > d.lastDay;
}

QString EtatCivilRules::deadlineSentence(const QString &kind, const Deadline &deadline) const
{
    const auto *k = declarationKind(kind);
    if (!k)
        return {};
    if (k->counting == Counting::None)
        return k->noDeadlineText;
    if (!deadline.exists)
        return {};
    const QString day = frenchdate::longDate(deadline.lastDay);
    if (deadline.instant.isValid())
        return k->deadlineText.arg(day, deadline.instant.time().toString(QStringLiteral("HH:mm")),
                                   QString::number(k->value));
    return k->deadlineText.arg(day);
}

QString EtatCivilRules::lateInstruction(const QString &kind, const QString &communeCode) const
{
    const auto *k = declarationKind(kind);
    return k && !k->lateText.isEmpty() ? k->lateText.arg(declarationDelay(kind, communeCode)) : QString();
}

bool EtatCivilRules::lateGoesToCourt(const QString &kind) const
{
    // The release says it only through the late sentence; the counting in days
    // is the birth's (a death counts hours), so it stands for it.
    const auto *k = declarationKind(kind);
    return k && k->counting == Counting::BirthDays;
}

QList<ChecklistItem> EtatCivilRules::checklist(const QString &procedureId,
                                               const QJsonObject &situation) const
{
    QList<ChecklistItem> items;
    for (const auto &v : m_checklists.value(procedureId)) {
        const auto item = v.toObject();
        const auto when = item.value(QLatin1String("when")).toObject();
        bool applies = true;
        for (auto it = when.begin(); it != when.end() && applies; ++it)
            applies = matches(it.value(), situation.value(it.key()));
        if (applies)
            items.append({section::text(item, "id"), section::text(item, "label"),
                          item.value(QLatin1String("required")).toBool(true)});
    }
    return items;
}

} // namespace guichet::etatcivil
