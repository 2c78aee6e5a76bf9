// SPDX-License-Identifier: GPL-3.0-or-later
#include "courrierrules.h"

#include <QJsonArray>

namespace guichet::courrier {

namespace {

constexpr FrenchCalendar::Region Regions[] = {
    FrenchCalendar::Region::Metropole, FrenchCalendar::Region::AlsaceMoselle, FrenchCalendar::Region::Guadeloupe,
    FrenchCalendar::Region::Martinique, FrenchCalendar::Region::Guyane,        FrenchCalendar::Region::Reunion,
    FrenchCalendar::Region::Mayotte,
};

/// The texts every letter needs, by letter.
const QHash<QString, QStringList> &letterKeys()
{
    static const QHash<QString, QStringList> keys{
        {QStringLiteral("acknowledgement"),
         {QStringLiteral("title"), QStringLiteral("salutation"), QStringLiteral("intro"),
          QStringLiteral("acceptance"), QStringLiteral("attestation"), QStringLiteral("rejection"),
          QStringLiteral("appeal"), QStringLiteral("none"), QStringLiteral("target"), QStringLiteral("closing"),
          QStringLiteral("signature")}},
        {QStringLiteral("transmission"),
         {QStringLiteral("title"), QStringLiteral("salutation"), QStringLiteral("intro"),
          QStringLiteral("transmitted"), QStringLiteral("delays"), QStringLiteral("closing"),
          QStringLiteral("signature")}},
    };
    return keys;
}

const QHash<QString, QStringList> &letterRows()
{
    static const QHash<QString, QStringList> rows{
        {QStringLiteral("acknowledgement"),
         {QStringLiteral("received"), QStringLiteral("firstReceived"), QStringLiteral("object"),
          QStringLiteral("service"), QStringLiteral("address"), QStringLiteral("phone"), QStringLiteral("email")}},
        {QStringLiteral("transmission"),
         {QStringLiteral("received"), QStringLiteral("object"), QStringLiteral("partner"), QStringLiteral("handles")}},
    };
    return rows;
}

QDate isoDate(const QJsonObject &data, const char *key)
{
    return QDate::fromString(data.value(QLatin1String(key)).toString(), Qt::ISODate);
}

} // namespace

QStringList openStatuses()
{
    return {QStringLiteral("received"), QStringLiteral("in-progress"), QStringLiteral("pieces-requested")};
}

FrenchCalendar CourrierRules::calendarForCommune(const QString &inseeCode)
{
    const QString department = inseeCode.startsWith(QLatin1String("97")) ? inseeCode.left(3) : inseeCode.left(2);
    return FrenchCalendar(FrenchCalendar::regionOfDepartment(department));
}

Result<CourrierRules> CourrierRules::fromRelease(const ReferenceRelease &release)
{
    const auto incomplete = [&](const QString &what) {
        return std::unexpected(section::incomplete(release, QStringLiteral("correspondance"), what));
    };
    CourrierRules r;
    auto dispatch = Dispatch::fromRelease(release);
    if (!dispatch)
        return std::unexpected(dispatch.error());
    r.m_dispatch = std::move(*dispatch);
    for (const FrenchCalendar::Region region : Regions) {
        auto clock = LegalClock::fromRelease(release, FrenchCalendar(region));
        if (!clock)
            return std::unexpected(clock.error());
        r.m_clocks.insert(int(region), std::move(*clock));
    }

    const QJsonObject offices = release.section(QStringLiteral("offices"));
    r.m_communeCode = section::text(offices.value(QLatin1String("commune")).toObject(), "code");
    for (const QJsonValue &v : offices.value(QLatin1String("services")).toArray()) {
        r.m_services << Choice{section::text(v.toObject(), "id"), section::text(v.toObject(), "name")};
        if (const QString email = section::text(v.toObject(), "email"); !email.isEmpty())
            r.m_serviceEmails.insert(r.m_services.constLast().id, email);
    }
    for (const QJsonValue &v : offices.value(QLatin1String("offices")).toArray()) {
        const QJsonObject o = v.toObject();
        r.m_offices << OfficeInfo{section::text(o, "code"), section::text(o, "name"), section::text(o, "address"),
                                  section::text(o, "phone")};
    }
    if (!section::containsId(r.m_services, MailServiceId))
        return std::unexpected(section::incomplete(release, QStringLiteral("offices"),
                                                   tr("the service \"%1\" that registers the mail").arg(MailServiceId)));

    const QJsonObject json = release.section(QStringLiteral("correspondance"));
    r.m_sources = json.value(QLatin1String("sources")).toObject();
    r.m_meanings = json.value(QLatin1String("silenceMeanings")).toObject();
    for (const char *key : {"acceptance", "rejection", "none"})
        if (section::text(r.m_meanings, key).isEmpty())
            return incomplete(tr("the wording of the silence \"%1\" (silenceMeanings)").arg(QLatin1String(key)));
    r.m_cityAnswerSource = section::text(json, "cityAnswerSource");
    for (const char *key : {"CRPA-L232-3", "CJA-R421-2", "CRPA-L114-2", "CRPA-L112-3", "CRPA-R112-5"})
        if (r.source(QLatin1String(key)).isEmpty())
            return incomplete(tr("the source \"%1\" the acknowledgement quotes").arg(QLatin1String(key)));

    r.m_letters = json.value(QLatin1String("letters")).toObject();
    for (auto it = letterKeys().cbegin(); it != letterKeys().cend(); ++it) {
        const QJsonObject letter = r.letter(it.key());
        for (const QString &key : it.value())
            if (letter.value(key).toString().isEmpty())
                return incomplete(tr("the text \"%1\" of the letter \"%2\"").arg(key, it.key()));
        const QJsonObject rows = letter.value(QLatin1String("rows")).toObject();
        for (const QString &key : letterRows().value(it.key()))
            if (rows.value(key).toString().isEmpty())
                return incomplete(tr("the row label \"%1\" of the letter \"%2\"").arg(key, it.key()));
        for (const QJsonValue &s : letter.value(QLatin1String("sources")).toArray())
            if (r.source(s.toString()).isEmpty())
                return incomplete(tr("the source \"%1\" of the letter \"%2\"").arg(s.toString(), it.key()));
    }

    const QJsonObject workflows = json.value(QLatin1String("workflows")).toObject();
    for (const QJsonValue &v : json.value(QLatin1String("procedures")).toArray()) {
        const QJsonObject o = v.toObject();
        const ProcedureInfo p{section::text(o, "id"), section::text(o, "title"), section::text(o, "workflowId"),
                              section::text(o, "service")};
        const Workflow w = Workflow::fromJson(workflows.value(p.workflowId).toObject());
        if (p.id.isEmpty() || p.title.isEmpty() || p.service.isEmpty() || !w.isValid())
            return incomplete(tr("procedure \"%1\" has no title, service or valid workflow").arg(p.id));
        // The queue, the answer and the letters rely on these states; the
        // only ends are an answer and a transmission.
        QStringList needed = openStatuses();
        if (p.id == CallProcedureId)
            needed.removeAll(QStringLiteral("pieces-requested"));
        for (const QString &state : std::as_const(needed))
            if (!w.contains(state) || w.isTerminal(state) || !w.allows(state, QStringLiteral("answered")))
                return incomplete(tr("the workflow of \"%1\" has no open state \"%2\" that can be answered").arg(p.id, state));
        for (const QString &state : w.states())
            if (w.isTerminal(state) != (state == QLatin1String("answered") || state == QLatin1String("transmitted")))
                return incomplete(tr("the workflow of \"%1\" may end only answered or transmitted, not \"%2\"").arg(p.id, state));
        r.m_procedures << p;
        r.m_workflows.insert(p.id, w);
    }
    for (const QLatin1StringView id : {WrittenProcedureId, CallProcedureId})
        if (!r.m_workflows.contains(id))
            return incomplete(tr("the procedure \"%1\" is not declared").arg(id));
    return r;
}

const LegalClock &CourrierRules::clock(const QString &communeCode) const
{
    const auto it = m_clocks.constFind(int(calendarForCommune(communeCode).region()));
    return it != m_clocks.constEnd() ? *it : *m_clocks.constFind(int(FrenchCalendar::Region::Metropole));
}

QList<Choice> CourrierRules::subjects() const
{
    QList<Choice> out;
    for (const Subject &s : m_dispatch.subjects())
        out << Choice{s.id, s.label};
    return out;
}

QList<Choice> CourrierRules::requestKinds() const
{
    QList<Choice> out;
    for (const SilenceRule &k : clock().kinds())
        out << Choice{k.kind, k.meaning == SilenceRule::Meaning::None
                                  ? tr("%1 — silence: %2").arg(k.label, meaningLabel(k.meaning))
                                  : tr("%1 — silence: %2 after %n month(s)", nullptr, k.months)
                                        .arg(k.label, meaningLabel(k.meaning))};
    return out;
}

QString CourrierRules::meaningKey(SilenceRule::Meaning meaning)
{
    switch (meaning) {
    case SilenceRule::Meaning::Acceptance: return QStringLiteral("acceptance");
    case SilenceRule::Meaning::Rejection: return QStringLiteral("rejection");
    case SilenceRule::Meaning::None: break;
    }
    return QStringLiteral("none");
}

std::optional<SilenceRule::Meaning> CourrierRules::meaningFromKey(const QString &key)
{
    for (const auto m : {SilenceRule::Meaning::Acceptance, SilenceRule::Meaning::Rejection, SilenceRule::Meaning::None})
        if (meaningKey(m) == key)
            return m;
    return std::nullopt;
}

QString CourrierRules::meaningLabel(SilenceRule::Meaning meaning) const
{
    return m_meanings.value(meaningKey(meaning)).toString();
}

QString CourrierRules::serviceName(const QString &serviceId) const
{
    for (const Choice &s : m_services)
        if (s.id == serviceId)
            return s.label;
    return serviceId;
}

std::optional<OfficeInfo> CourrierRules::office(const QString &code) const
{
    for (const OfficeInfo &o : m_offices)
        if (o.code == code)
            return o;
    return std::nullopt;
}

ClockReading CourrierRules::reading(const CaseSummary &c) const
{
    const QJsonObject &data = c.data;
    if (c.procedureId == CallProcedureId) {
        ClockReading r;
        if (data.value(QLatin1String("callback")).toBool())
            r.answerTarget = isoDate(data, "answerTarget");
        return r;
    }
    const LegalClock &legal = clock(m_communeCode);
    SilenceRule rule;
    if (const auto kind = legal.kind(section::text(data, "requestKind")))
        rule = *kind;
    ClockFacts facts;
    facts.received = isoDate(data, "received");
    facts.firstReceived = isoDate(data, "firstReceived");
    // Pieces asked for since the request entered that status, not yet arrived.
    if (c.status == QLatin1String("pieces-requested") && c.statusSince.isValid())
        facts.pieces << PiecesRequest{c.statusSince.toLocalTime().date(), {}, {}};
    ClockReading r = legal.read(rule, facts);
    // A request transmitted to a partner runs on the partner's clock from its
    // own receipt (L114-3): here only the city's target, to transmit and tell.
    if (!section::text(data, "partner").isEmpty()) {
        r.decisionDate = {};
        r.appealUntil = {};
    }
    return r;
}

} // namespace guichet::courrier
