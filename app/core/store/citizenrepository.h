// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/types.h"

#include <QList>

namespace guichet {

class CommuneTable;
class Database;

/// People known to the office: creation with validated, normalised fields,
/// changes recorded field by field in the outbox, as-you-type search, and a
/// log entry for every read of a record (who read whose record, and why).
class CitizenRepository
{
public:
    explicit CitizenRepository(Database &db) : m_db(db) {}

    /// Every problem with the record, each naming its field; empty when valid.
    /// Normalises `c` in place (trimmed names, E.164 phone, upper-case INSEE code).
    /// With the release's commune table, the birth commune must exist and the
    /// postal code agree with the town; without it (null) only their form is checked.
    static QList<Error> validate(Citizen &c, const QDate &today, const CommuneTable *communes = nullptr);

    Result<Citizen> create(Citizen c, const QUuid &agentId);
    /// Writes the fields that differ from the stored record; the outbox gets only those.
    Result<Citizen> update(Citizen c, const QUuid &agentId);
    /// Two records of the same person (a duplicate typed in another office):
    /// `merged` joins `into`, which is the one kept. A merge is an event synced
    /// to every office; ids are never rewritten, so every case keeps its
    /// person and is listed with the kept record. A superviseur's act.
    Result<void> merge(const QUuid &merged, const QUuid &into, const QUuid &agentId);
    /// Reads a person's record and logs that `agentId` read it for `purpose`.
    Result<Citizen> read(const QUuid &id, const QUuid &agentId, const QString &purpose);

    struct Match
    {
        QUuid id;
        QString displayName;
        QDate birthDate;
        QString city;
    };
    /// People whose names start with the typed words (accents, case, hyphens and
    /// apostrophes ignored) and, when a date (DD/MM/YYYY, YYYY-MM-DD) or a year is
    /// typed, born then. Merged records are left out.
    Result<QList<Match>> search(const QString &typed, int limit = 50) const;

    /// People already recorded who are likely `c`: born the same day, with the
    /// same family or used name and the same first first name once accents,
    /// case, hyphens, apostrophes and spaces are ignored, or one letter apart
    /// (a typing slip). Merged records are left out. For the warning before a
    /// person is created twice.
    Result<QList<Match>> likelyDuplicates(const Citizen &c, int limit = 5) const;

    /// Fields of a person as stored and synced.
    static QJsonObject toJson(const Citizen &c);

private:
    Result<Citizen> load(const QUuid &id) const;
    Database &m_db;
};

} // namespace guichet
