// SPDX-License-Identifier: GPL-3.0-or-later
#include "reference/legalclock.h"

#include "reference/referencerelease.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace guichet {

namespace {

Error sectionError(const QString &where, const QString &what)
{
    return Error::invalid(QStringLiteral("correspondance"),
                          QCoreApplication::translate("LegalClock", "Reference section \"correspondance\", %1: %2. Correct the release at HQ and publish it again.")
                              .arg(where, what));
}

std::optional<SilenceRule::Meaning> meaningFromKey(const QString &key)
{
    if (key == QLatin1String("acceptance"))
        return SilenceRule::Meaning::Acceptance;
    if (key == QLatin1String("rejection"))
        return SilenceRule::Meaning::Rejection;
    if (key == QLatin1String("none"))
        return SilenceRule::Meaning::None;
    return std::nullopt;
}

/// The source keys of an entry, each one declared in "sources".
Result<QStringList> sourcesOf(const QJsonObject &entry, const QHash<QString, QString> &declared, const QString &where)
{
    QStringList keys;
    for (const QJsonValue &v : entry.value(QLatin1String("sources")).toArray())
        keys << v.toString();
    if (keys.isEmpty())
        return std::unexpected(sectionError(where, QCoreApplication::translate("LegalClock", "no source is named (\"sources\": [\"CRPA-L231-1\", …])")));
    for (const QString &k : std::as_const(keys))
        if (!declared.contains(k))
            return std::unexpected(sectionError(where, QCoreApplication::translate("LegalClock", "the source \"%1\" is not declared in \"sources\"").arg(k)));
    return keys;
}

Result<int> positive(const QJsonObject &o, const char *key, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || v.toInt() <= 0 || v.toDouble() != v.toInt())
        return std::unexpected(sectionError(where, QCoreApplication::translate("LegalClock", "\"%1\" must be a whole number above 0").arg(QLatin1String(key))));
    return v.toInt();
}

} // namespace

QDate ClockReading::dueDate() const
{
    if (!decisionDate.isValid())
        return answerTarget;
    if (!answerTarget.isValid())
        return decisionDate;
    return std::min(decisionDate, answerTarget);
}

Result<LegalClock> LegalClock::fromRelease(const ReferenceRelease &release, const FrenchCalendar &calendar)
{
    if (!release.hasSection(QStringLiteral("correspondance")))
        return std::unexpected(Error::make(Error::Code::NotFound,
            QCoreApplication::translate("LegalClock", "The reference release %1 has no \"correspondance\" section: the delays of written requests are "
               "unknown. Publish a release that has it.").arg(release.id())));
    const QJsonObject s = release.section(QStringLiteral("correspondance"));
    LegalClock clock;
    clock.m_calendar = calendar;
    const QJsonObject sources = s.value(QLatin1String("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it)
        clock.m_sources.insert(it.key(), it.value().toString());

    for (const QJsonValue &v : s.value(QLatin1String("requestKinds")).toArray()) {
        const QJsonObject o = v.toObject();
        SilenceRule r;
        r.kind = o.value(QLatin1String("id")).toString();
        const QString where = QCoreApplication::translate("LegalClock", "request kind \"%1\"").arg(r.kind);
        if (r.kind.isEmpty())
            return std::unexpected(sectionError(QStringLiteral("requestKinds"), QCoreApplication::translate("LegalClock", "an entry has no \"id\"")));
        if (clock.kind(r.kind))
            return std::unexpected(sectionError(where, QCoreApplication::translate("LegalClock", "the id is listed twice")));
        r.label = o.value(QLatin1String("label")).toString();
        if (r.label.isEmpty())
            return std::unexpected(sectionError(where, QCoreApplication::translate("LegalClock", "\"label\" is empty")));
        const auto meaning = meaningFromKey(o.value(QLatin1String("silence")).toString());
        if (!meaning)
            return std::unexpected(sectionError(where, QCoreApplication::translate("LegalClock", "\"silence\" must be \"acceptance\", \"rejection\" or \"none\"")));
        r.meaning = *meaning;
        if (r.meaning != SilenceRule::Meaning::None) {
            auto months = positive(o, "months", where);
            if (!months)
                return std::unexpected(months.error());
            r.months = *months;
        }
        auto keys = sourcesOf(o, clock.m_sources, where);
        if (!keys)
            return std::unexpected(keys.error());
        r.sources = *keys;
        r.assumption = o.value(QLatin1String("assumption")).toString();
        clock.m_kinds << r;
    }
    if (clock.m_kinds.isEmpty())
        return std::unexpected(sectionError(QStringLiteral("requestKinds"), QCoreApplication::translate("LegalClock", "no kind of request is listed")));

    const QJsonObject appeal = s.value(QLatin1String("appeal")).toObject();
    auto appealMonths = positive(appeal, "months", QStringLiteral("appeal"));
    if (!appealMonths)
        return std::unexpected(appealMonths.error());
    if (auto keys = sourcesOf(appeal, clock.m_sources, QStringLiteral("appeal")); !keys)
        return std::unexpected(keys.error());
    clock.m_appealMonths = *appealMonths;
    auto answerDays = positive(s, "cityAnswerWorkingDays", QStringLiteral("cityAnswerWorkingDays"));
    if (!answerDays)
        return std::unexpected(answerDays.error());
    clock.m_answerDays = *answerDays;
    auto nearDays = positive(s, "nearDeadlineDays", QStringLiteral("nearDeadlineDays"));
    if (!nearDays)
        return std::unexpected(nearDays.error());
    clock.m_nearDays = *nearDays;
    for (const char *key : {"cityAnswerSource", "nearDeadlineSource"})
        if (s.value(QLatin1String(key)).toString().isEmpty())
            return std::unexpected(sectionError(QLatin1String(key), QCoreApplication::translate("LegalClock", "the source or the assumption is missing")));
    return clock;
}

std::optional<SilenceRule> LegalClock::kind(const QString &id) const
{
    for (const SilenceRule &r : m_kinds)
        if (r.kind == id)
            return r;
    return std::nullopt;
}

QString LegalClock::source(const QString &key) const
{
    return m_sources.value(key);
}

ClockReading LegalClock::read(const SilenceRule &rule, const ClockFacts &facts) const
{
    ClockReading r;
    r.meaning = rule.meaning;
    if (!facts.received.isValid())
        return r;
    r.answerTarget = m_calendar.addWorkingDays(facts.received, m_answerDays);
    r.awaitingPieces = std::any_of(facts.pieces.cbegin(), facts.pieces.cend(),
                                   [](const PiecesRequest &p) { return !p.arrived.isValid(); });

    switch (rule.meaning) {
    case SilenceRule::Meaning::None:
        break;
    case SilenceRule::Meaning::Acceptance: {
        // Runs from the competent authority's receipt, and only once the
        // pieces asked for have all arrived (L114-3, L114-5).
        if (r.awaitingPieces)
            break;
        QDate start = facts.received;
        for (const PiecesRequest &p : facts.pieces)
            start = std::max(start, p.arrived);
        r.decisionDate = FrenchCalendar::crpaSilenceDate(start, rule.months);
        break;
    }
    case SilenceRule::Meaning::Rejection: {
        // Runs from the first receipt by any administration (L114-3),
        // suspended while pieces are awaited, until they arrive or the time
        // given to produce them ends (L114-5). Overlapping requests suspend once.
        const QDate start = facts.firstReceived.isValid() ? std::min(facts.firstReceived, facts.received) : facts.received;
        QList<std::pair<QDate, QDate>> spans;
        for (const PiecesRequest &p : facts.pieces) {
            if (!p.asked.isValid())
                continue;
            QDate end = p.arrived.isValid() && p.dueBy.isValid() ? std::min(p.arrived, p.dueBy)
                      : p.arrived.isValid()                      ? p.arrived
                                                                 : p.dueBy;
            if (!end.isValid())
                return r;  // awaited with no end: the clock stands still
            spans.append({p.asked, std::max(p.asked, end)});
        }
        std::sort(spans.begin(), spans.end());
        QDate coveredUntil;
        for (const auto &[from, to] : std::as_const(spans)) {
            const QDate begin = coveredUntil.isValid() ? std::max(from, coveredUntil) : from;
            if (to > begin)
                r.suspendedDays += int(begin.daysTo(to));
            coveredUntil = coveredUntil.isValid() ? std::max(coveredUntil, to) : to;
        }
        r.decisionDate = FrenchCalendar::crpaSilenceDate(start, rule.months).addDays(r.suspendedDays);
        // Court within the appeal delay from the implicit rejection's birth (CJA R421-2).
        r.appealUntil = m_calendar.delaiFrancMonths(r.decisionDate, m_appealMonths);
        break;
    }
    }
    return r;
}

bool LegalClock::isNear(const ClockReading &reading, const QDate &today) const
{
    const QDate due = reading.dueDate();
    return due.isValid() && today.daysTo(due) <= m_nearDays;
}

} // namespace guichet
