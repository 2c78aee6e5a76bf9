// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace guichet {

class ReferenceRelease;

/// An administration outside the city that acts on some requests (the
/// métropole, the CCAS, the CAF…): a request for it is transmitted, and the
/// person told (CRPA L114-2).
struct Partner
{
    QString id;
    QString name;
    QString handles;          ///< what it acts on, as the agent reads it
    QStringList sources;
    QString assumption;       ///< "⚠ …" when the competence is the city's reading
};

/// What a request is about, and who acts on it: a city service, or a partner.
struct Subject
{
    QString id;               ///< "voirie"
    QString label;            ///< "Voirie, propreté, éclairage public"
    QString service;          ///< a service of the release's `offices` section, or empty
    QString partner;          ///< a partner's id, or empty
};

/// Where a request goes.
struct Route
{
    QString service;          ///< the city's service that acts; empty when transmitted
    std::optional<Partner> partner;
    /// Sent to another administration: the transmission is recorded and the
    /// person told (L114-2).
    bool transmitted() const { return partner.has_value(); }
};

/// The routing table of written requests, from the release's `correspondance`
/// section (`subjects`, `partners`) and the city's services (`offices`): the
/// one place that says which service or administration acts on what.
class Dispatch
{
public:
    /// Reads and checks the table: every subject goes to exactly one known
    /// service or partner, every partner names its source; an error names the entry.
    static Result<Dispatch> fromRelease(const ReferenceRelease &release);

    QList<Subject> subjects() const { return m_subjects; }
    QList<Partner> partners() const { return m_partners; }
    std::optional<Route> route(const QString &subjectId) const;

private:
    QList<Subject> m_subjects;
    QList<Partner> m_partners;
};

} // namespace guichet
