// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/types.h"

#include <QList>

namespace guichet {

class CommuneTable;
class Database;

/// One correction of a person's record as its history keeps it: written once,
/// in the same transaction as the corrected fields, synced to every office,
/// never changed nor removed.
struct CitizenChange
{
    /// One field corrected: its stored name ("address_line", as synced) and its values.
    struct Field
    {
        QString name;
        QString from;
        QString to;
        bool operator==(const Field &) const = default;
    };
    QUuid id;
    QUuid citizenId;     ///< the record corrected: the one read, or a record merged into it since
    QDateTime at;        ///< when, by the correcting workstation's clock
    QUuid agentId;
    QString agentName;   ///< filled when read, for display; empty if the account is unknown here
    QString officeCode;  ///< the office of the workstation that made it
    QString reason;
    QList<Field> fields; ///< in the order of the record's fields
};

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
    /// A correction made at the counter, with its reason: validated as create()
    /// does (with the release's commune table when given), written field by
    /// field as update() does (same versions, same conflicts) and, in the same
    /// transaction, kept in the person's history (a `citizen_change`, synced).
    /// Refused, naming the field: invalid values, an empty reason, nothing
    /// changed, a record merged into another (correct the kept one).
    Result<Citizen> correct(Citizen c, const QString &reason, const QUuid &agentId,
                            const CommuneTable *communes = nullptr);
    /// The corrections of a person, newest first (in the hybrid clock's order,
    /// so a correction made after seeing another comes before it), with those
    /// of the records merged into it: the history follows the kept record.
    /// A read of personal data: logged, like read(), with `agentId` and `purpose`.
    Result<QList<CitizenChange>> history(const QUuid &citizenId, const QUuid &agentId, const QString &purpose);
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
    /// The fields of `c` that differ from `stored`, by stored name.
    static QJsonObject changedFields(const Citizen &stored, const Citizen &c);
    /// Writes `changed` (fields of `c`) over the stored record, reindexes the
    /// names, and records the `citizen update`; inside a transaction.
    Result<void> writeFields(Citizen &c, const Citizen &stored, const QJsonObject &changed, const QUuid &agentId);
    Result<void> logRead(const QUuid &citizenId, const QUuid &agentId, const QString &purpose);
    Database &m_db;
};

} // namespace guichet
