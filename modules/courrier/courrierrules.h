// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modulecontext.h"
#include "referencesection.h"
#include "reference/dispatch.h"
#include "reference/legalclock.h"
#include "reference/workflow.h"
#include "rules/calendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace guichet::courrier {

/// A written request: a letter, an e-mail or a web form, with the legal clock.
inline constexpr QLatin1StringView WrittenProcedureId{"courrier.demande-ecrite"};
/// A phone call: what was asked, and a callback when one is wanted.
inline constexpr QLatin1StringView CallProcedureId{"courrier.appel"};
/// The service that registers every request, and keeps those transmitted to a partner.
inline constexpr QLatin1StringView MailServiceId{"courrier"};
/// The source of the routing to a city service (the city's texts).
inline constexpr QLatin1StringView RoutingSource{"Ville-courrier"};

/// An office of the city as letters print it.
struct OfficeInfo
{
    QString code;
    QString name;
    QString address;
    QString phone;
};

/// The statuses of an open request (neither answered nor transmitted), in
/// the order of the workflow.
QStringList openStatuses();

/// The rules of written requests and calls, read from the release: the
/// routing table and the legal clock of the core (`correspondance`), the
/// city's services and offices (`offices`), the letters' texts, the
/// procedures and their workflows. Every figure and every printed sentence
/// comes from the release; nothing is written here.
class CourrierRules
{
    Q_DECLARE_TR_FUNCTIONS(guichet::courrier::CourrierRules)

public:
    /// Reads and checks the sections: a gap (a letter text missing, a
    /// workflow without its states, a subject routed nowhere) is an error
    /// naming it, so the module stays out of the desk rather than answer wrong.
    static Result<CourrierRules> fromRelease(const ReferenceRelease &release);
    /// The calendar of the department of a commune (INSEE code): Alsace-Moselle's
    /// holidays, overseas departments'.
    static FrenchCalendar calendarForCommune(const QString &inseeCode);

    QList<ProcedureInfo> procedures() const { return m_procedures; }
    Workflow workflow(const QString &procedureId) const { return m_workflows.value(procedureId); }
    const Dispatch &dispatch() const { return m_dispatch; }
    /// The legal clock on the calendar of the commune's department.
    const LegalClock &clock(const QString &communeCode) const;
    /// The clock of the release's own commune (its `offices` section).
    const LegalClock &clock() const { return clock(m_communeCode); }

    /// The routing table's subjects, in the release's order.
    QList<Choice> subjects() const;
    /// The legal clock's kinds of request, each labelled with what its silence is worth.
    QList<Choice> requestKinds() const;
    /// "acceptation", "rejet", "aucune décision implicite", as the release writes them.
    QString meaningLabel(SilenceRule::Meaning meaning) const;
    static QString meaningKey(SilenceRule::Meaning meaning);
    static std::optional<SilenceRule::Meaning> meaningFromKey(const QString &key);

    /// The city's services (id → name), in the release's order.
    QList<Choice> services() const { return m_services; }
    QString serviceName(const QString &serviceId) const;
    /// The service's e-mail address, printed on the acknowledgement when the
    /// release gives one (R112-5: "le cas échéant"); empty otherwise.
    QString serviceEmail(const QString &serviceId) const { return m_serviceEmails.value(serviceId); }
    std::optional<OfficeInfo> office(const QString &code) const;
    /// The text of a source key of the `correspondance` section.
    QString source(const QString &key) const { return m_sources.value(key).toString(); }
    /// What the city's answer target rests on ("⚠ Engagement de service…").
    QString cityAnswerSource() const { return m_cityAnswerSource; }

    /// The texts of a letter ("acknowledgement", "transmission").
    QJsonObject letter(const QString &id) const { return m_letters.value(id).toObject(); }

    /// Where a recorded request's clock stands now: read again from its data
    /// (dates received, kind of request) and status (pieces requested since
    /// the status changed suspend it, L114-5). A call has only the city's
    /// answer target, when a callback was wanted.
    ClockReading reading(const CaseSummary &c) const;

private:
    QString m_communeCode;
    QList<ProcedureInfo> m_procedures;
    QHash<QString, Workflow> m_workflows;
    Dispatch m_dispatch;
    QHash<int, LegalClock> m_clocks;  ///< by FrenchCalendar::Region
    QList<Choice> m_services;
    QHash<QString, QString> m_serviceEmails;
    QList<OfficeInfo> m_offices;
    QJsonObject m_sources;
    QJsonObject m_meanings;
    QJsonObject m_letters;
    QString m_cityAnswerSource;
};

} // namespace guichet::courrier
