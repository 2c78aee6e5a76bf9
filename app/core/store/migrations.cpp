// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "database.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace guichet {

namespace {

Result<void> indexExistingCitizens(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rowid, family_name, used_name, first_names FROM citizens")))
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read people to index them")));
    while (q.next()) {
        if (auto r = searchindex::indexCitizen(db, q.value(0).toLongLong(), q.value(1).toString(),
                                               q.value(2).toString(), q.value(3).toString()); !r)
            return r;
    }
    return {};
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, "office store: agents, citizens, cases, case events, outbox, reference releases",
         {
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
             QStringLiteral(R"(CREATE TABLE agents (
                 id BLOB PRIMARY KEY CHECK (length(id) = 16),
                 login TEXT NOT NULL UNIQUE COLLATE NOCASE,
                 display_name TEXT NOT NULL,
                 role TEXT NOT NULL CHECK (role IN ('agent', 'superviseur', 'administrateur')),
                 office_code TEXT NOT NULL,
                 password_hash TEXT NOT NULL,
                 active INTEGER NOT NULL DEFAULT 1,
                 created_at TEXT NOT NULL))"),
             // Login state stays on the workstation: it does not sync.
             QStringLiteral(R"(CREATE TABLE agent_logins (
                 agent_id BLOB PRIMARY KEY REFERENCES agents(id),
                 failed_attempts INTEGER NOT NULL DEFAULT 0,
                 locked_until TEXT,
                 last_login TEXT))"),
             QStringLiteral(R"(CREATE TABLE citizens (
                 id BLOB PRIMARY KEY CHECK (length(id) = 16),
                 family_name TEXT NOT NULL,
                 used_name TEXT NOT NULL DEFAULT '',
                 first_names TEXT NOT NULL,
                 sex TEXT NOT NULL CHECK (sex IN ('F', 'M')),
                 birth_date TEXT NOT NULL,
                 birth_place_code TEXT NOT NULL DEFAULT '',
                 birth_place_name TEXT NOT NULL DEFAULT '',
                 birth_country TEXT NOT NULL DEFAULT '',
                 address_line TEXT NOT NULL DEFAULT '',
                 postal_code TEXT NOT NULL DEFAULT '',
                 city TEXT NOT NULL DEFAULT '',
                 phone TEXT NOT NULL DEFAULT '',
                 email TEXT NOT NULL DEFAULT '',
                 language TEXT NOT NULL DEFAULT 'fr',
                 merged_into BLOB REFERENCES citizens(id),
                 created_at TEXT NOT NULL,
                 updated_at TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX citizens_birth_date ON citizens(birth_date)"),
             QStringLiteral(R"(CREATE TABLE cases (
                 id BLOB PRIMARY KEY CHECK (length(id) = 16),
                 tracking_number TEXT NOT NULL UNIQUE,
                 citizen_id BLOB NOT NULL REFERENCES citizens(id),
                 module_id TEXT NOT NULL,
                 procedure_id TEXT NOT NULL,
                 channel TEXT NOT NULL CHECK (channel IN ('counter', 'phone', 'letter', 'email', 'web')),
                 status TEXT NOT NULL,
                 closed INTEGER NOT NULL DEFAULT 0,
                 office_code TEXT NOT NULL,
                 service TEXT NOT NULL DEFAULT '',
                 due_date TEXT,
                 summary TEXT NOT NULL DEFAULT '',
                 data TEXT NOT NULL DEFAULT '{}',
                 missing_documents TEXT NOT NULL DEFAULT '[]',
                 release_id TEXT NOT NULL,
                 agent_id BLOB NOT NULL,
                 created_at TEXT NOT NULL,
                 updated_at TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX cases_citizen ON cases(citizen_id)"),
             QStringLiteral(R"(CREATE TABLE case_events (
                 id BLOB PRIMARY KEY CHECK (length(id) = 16),
                 case_id BLOB NOT NULL REFERENCES cases(id),
                 kind TEXT NOT NULL,
                 at TEXT NOT NULL,
                 agent_id BLOB NOT NULL,
                 payload TEXT NOT NULL DEFAULT '{}',
                 release_id TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX case_events_case ON case_events(case_id, at)"),
             // The timeline only grows: a correction is a new event.
             QStringLiteral("CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events "
                            "BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END"),
             QStringLiteral("CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events "
                            "BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END"),
             QStringLiteral(R"(CREATE TABLE outbox (
                 seq INTEGER PRIMARY KEY AUTOINCREMENT,
                 op_id BLOB NOT NULL UNIQUE CHECK (length(op_id) = 16),
                 entity TEXT NOT NULL,
                 entity_id BLOB NOT NULL,
                 op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'append', 'delete')),
                 payload TEXT NOT NULL,
                 hlc INTEGER NOT NULL,
                 workstation_id BLOB NOT NULL,
                 agent_id BLOB,
                 schema_version INTEGER NOT NULL,
                 created_at TEXT NOT NULL,
                 hq_seq INTEGER))"),
             QStringLiteral("CREATE INDEX outbox_pending ON outbox(seq) WHERE hq_seq IS NULL"),
             QStringLiteral(R"(CREATE TABLE reference_releases (
                 id TEXT PRIMARY KEY,
                 hash TEXT NOT NULL,
                 effective TEXT NOT NULL,
                 installed_at TEXT NOT NULL,
                 content BLOB NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE tracking_counters (
                 prefix TEXT NOT NULL,
                 year INTEGER NOT NULL,
                 last INTEGER NOT NULL,
                 PRIMARY KEY (prefix, year)) WITHOUT ROWID)"),
         },
         {}},
        {2, "search of people by folded name, and the indexes of the case list",
         {
             QStringLiteral("CREATE VIRTUAL TABLE citizens_fts USING fts5(names, tokenize = 'unicode61 remove_diacritics 2', "
                            "prefix = '2 3')"),
             QStringLiteral("CREATE INDEX cases_created ON cases(created_at)"),
             QStringLiteral("CREATE INDEX cases_status ON cases(status, created_at)"),
             QStringLiteral("CREATE INDEX cases_office ON cases(office_code, created_at)"),
             QStringLiteral("CREATE INDEX cases_procedure ON cases(procedure_id, created_at)"),
             QStringLiteral("CREATE INDEX cases_channel ON cases(channel, created_at)"),
             QStringLiteral("CREATE INDEX cases_service ON cases(service, created_at)"),
             QStringLiteral("CREATE INDEX cases_open_due ON cases(closed, due_date)"),
         },
         indexExistingCitizens},
        {3, "log of who read which person's record",
         {
             QStringLiteral(R"(CREATE TABLE access_log (
                 id INTEGER PRIMARY KEY,
                 at TEXT NOT NULL,
                 agent_id BLOB NOT NULL,
                 citizen_id BLOB NOT NULL,
                 purpose TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX access_log_citizen ON access_log(citizen_id, at)"),
         },
         {}},
        {4, "indexes measured on a million cases: open cases in list order, due dates, outbox by row",
         {
             // Open cases read in list order with the due date at hand: the
             // "overdue" filter stops after one page instead of sorting them all.
             QStringLiteral("DROP INDEX cases_open_due"),
             QStringLiteral("CREATE INDEX cases_open ON cases(closed, created_at, due_date)"),
             QStringLiteral("CREATE INDEX cases_due ON cases(due_date, created_at)"),
             // verify (and sync) look up the operations of one row.
             QStringLiteral("CREATE INDEX outbox_entity ON outbox(entity_id, entity, op)"),
         },
         {}},
        {5, "sync with HQ: operations applied from other workstations, and who last wrote each field",
         {
             // Every operation received from HQ, once: a page pulled again changes nothing.
             QStringLiteral("CREATE TABLE applied_ops (op_id BLOB PRIMARY KEY) WITHOUT ROWID"),
             // Last-writer-wins per field: the (HLC, workstation) of the value in place.
             // A field never updated since its row was inserted has no line.
             QStringLiteral(R"(CREATE TABLE field_versions (
                 entity TEXT NOT NULL,
                 entity_id BLOB NOT NULL,
                 field TEXT NOT NULL,
                 hlc INTEGER NOT NULL,
                 workstation_id BLOB NOT NULL,
                 PRIMARY KEY (entity_id, field, entity)) WITHOUT ROWID)"),
         },
         {}},
        {6, "conflicts: values overwritten by a change made apart, until a superviseur settles them",
         {
             // Every workstation derives the same rows (see sync/replicator.cpp):
             // the values that lost to a concurrent change of the same field.
             QStringLiteral(R"(CREATE TABLE conflicts (
                 entity TEXT NOT NULL,
                 entity_id BLOB NOT NULL,
                 field TEXT NOT NULL,
                 hlc INTEGER NOT NULL,
                 workstation_id BLOB NOT NULL,
                 value TEXT NOT NULL,
                 settled INTEGER NOT NULL DEFAULT 0,
                 PRIMARY KEY (entity_id, field, hlc, workstation_id)) WITHOUT ROWID)"),
             QStringLiteral("CREATE INDEX conflicts_open ON conflicts(settled, entity, entity_id)"),
         },
         {}},
        {7, "deleted cases (tombstones) and merged person records, which no later change undoes",
         {
             // One line per deleted case: who deleted it, when and why. The case
             // stays (its history is the city's) but no list shows it again.
             QStringLiteral(R"(CREATE TABLE tombstones (
                 entity TEXT NOT NULL,
                 entity_id BLOB NOT NULL,
                 hlc INTEGER NOT NULL,
                 workstation_id BLOB NOT NULL,
                 agent_id BLOB,
                 at TEXT NOT NULL,
                 reason TEXT NOT NULL,
                 PRIMARY KEY (entity_id, entity)) WITHOUT ROWID)"),
             QStringLiteral("ALTER TABLE cases ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0"),
             // Every merge of two records of one person; citizens.merged_into is
             // derived from them (store/lifecycle.cpp), ids are never rewritten.
             QStringLiteral(R"(CREATE TABLE citizen_merges (
                 id BLOB PRIMARY KEY,
                 merged_id BLOB NOT NULL,
                 into_id BLOB NOT NULL,
                 hlc INTEGER NOT NULL,
                 workstation_id BLOB NOT NULL,
                 agent_id BLOB,
                 at TEXT NOT NULL) WITHOUT ROWID)"),
             QStringLiteral("CREATE INDEX citizens_merged ON citizens(merged_into) WHERE merged_into IS NOT NULL"),
         },
         {}},
        {8, "agent logins unique in the whole city, settled in HQ's order: a later account with a taken login is refused",
         {
             // The table is rebuilt without UNIQUE(login): an account another
             // office created apart with the same login is kept (every office
             // holds the same agents) but refused, and only accounts in good
             // standing hold a login. claim_seq: HQ's sequence of the operation
             // that gave the account its login (NULL: made here, not yet
             // acknowledged); the smallest holds the login (sync/replicator.cpp). Login state is set aside while the table
             // it refers to is rebuilt.
             QStringLiteral("CREATE TEMP TABLE agent_logins_kept AS SELECT * FROM agent_logins"),
             QStringLiteral("DELETE FROM agent_logins"),
             QStringLiteral(R"(CREATE TABLE agents_new (
                 id BLOB PRIMARY KEY CHECK (length(id) = 16),
                 login TEXT NOT NULL COLLATE NOCASE,
                 display_name TEXT NOT NULL,
                 role TEXT NOT NULL CHECK (role IN ('agent', 'superviseur', 'administrateur')),
                 office_code TEXT NOT NULL,
                 password_hash TEXT NOT NULL,
                 active INTEGER NOT NULL DEFAULT 1,
                 created_at TEXT NOT NULL,
                 updated_at TEXT NOT NULL DEFAULT '',
                 claim_seq INTEGER,
                 refused TEXT))"),
             QStringLiteral("INSERT INTO agents_new(id, login, display_name, role, office_code, password_hash, active, created_at, "
                            "updated_at, claim_seq) SELECT a.id, a.login, a.display_name, a.role, a.office_code, a.password_hash, a.active, "
                            "a.created_at, a.created_at, coalesce((SELECT min(o.hq_seq) FROM outbox o WHERE o.entity_id = a.id "
                            "AND o.entity = 'agent'), 0) FROM agents a"),
             QStringLiteral("DROP TABLE agents"),
             QStringLiteral("ALTER TABLE agents_new RENAME TO agents"),
             QStringLiteral("CREATE UNIQUE INDEX agents_login ON agents(login) WHERE refused IS NULL"),
             QStringLiteral("INSERT INTO agent_logins SELECT * FROM agent_logins_kept"),
             QStringLiteral("DROP TABLE agent_logins_kept"),
         },
         {}},
        {9, "operations HQ refused for good: set aside with the reason, never sent again",
         {
             // hq_seq = -1 with the reason HQ gave: out of the queue, counted in every sync report.
             QStringLiteral("ALTER TABLE outbox ADD COLUMN refused TEXT"),
             // Every sync report counts them: read from this index, not by scanning the outbox.
             QStringLiteral("CREATE INDEX outbox_set_aside ON outbox(seq) WHERE hq_seq = -1"),
         },
         {}},
        {10, "operations received that could not be applied: kept aside, reported, and sync goes on",
         {
             // Every workstation (and HQ's replay) sets aside the same ones, so
             // they stay out of every state alike; IT sees them (guichetctl sync).
             QStringLiteral(R"(CREATE TABLE quarantine (
                 op_id BLOB PRIMARY KEY,
                 hq_seq INTEGER NOT NULL,
                 entity TEXT NOT NULL,
                 op TEXT NOT NULL,
                 reason TEXT NOT NULL,
                 operation TEXT NOT NULL,
                 at TEXT NOT NULL) WITHOUT ROWID)"),
         },
         {}},
        {11, "case list indexes: the number read off a receipt, and open cases apart from closed ones",
         {
             // "032181" typed in the case list: a range on this expression, not a scan.
             QStringLiteral("CREATE INDEX cases_tracking_number_part ON cases(substr(tracking_number, -6))"),
             // Once ANALYZE has run (PRAGMA optimize does), an index led by
             // `closed` looks like half the table to the planner and the overdue
             // filter scanned every case: 0.2 s on 200,000 cases. Partial indexes
             // hold only the open ones, and the planner sees how few they are.
             QStringLiteral("DROP INDEX cases_open"),
             QStringLiteral("CREATE INDEX cases_open ON cases(created_at, due_date) WHERE closed = 0"),
             QStringLiteral("CREATE INDEX cases_open_due ON cases(due_date) WHERE closed = 0"),
         },
         {}},
        {12, "history of people's records: each correction with its reason, its old and new values, who and where",
         {
             // Append only, like a case's timeline: a correction of a correction
             // is a new line. Synced (a citizen_change append, sync/wire.cpp)
             // and hashed (sync/statehash.cpp): every office holds the same
             // history. citizen_id is the record corrected, never rewritten by a
             // merge: the kept record's history reads its merged records' too.
             QStringLiteral(R"(CREATE TABLE citizen_changes (
                 id BLOB PRIMARY KEY CHECK (length(id) = 16),
                 citizen_id BLOB NOT NULL REFERENCES citizens(id),
                 at TEXT NOT NULL,
                 agent_id BLOB,
                 workstation_id BLOB NOT NULL,
                 hlc INTEGER NOT NULL,
                 office_code TEXT NOT NULL,
                 reason TEXT NOT NULL,
                 changes TEXT NOT NULL) WITHOUT ROWID)"),
             QStringLiteral("CREATE INDEX citizen_changes_citizen ON citizen_changes(citizen_id, hlc)"),
             QStringLiteral("CREATE TRIGGER citizen_changes_no_update BEFORE UPDATE ON citizen_changes "
                            "BEGIN SELECT RAISE(ABORT, 'the history of a person is append-only'); END"),
             QStringLiteral("CREATE TRIGGER citizen_changes_no_delete BEFORE DELETE ON citizen_changes "
                            "BEGIN SELECT RAISE(ABORT, 'the history of a person is append-only'); END"),
         },
         {}},
        {13, "case list index: a procedure and one of its statuses",
         {
             // The status filter names its procedure: a rare pair read every case
             // of that status (126 ms at p95 on 1,000,000 cases), 12 ms with this.
             QStringLiteral("CREATE INDEX cases_procedure_status ON cases(procedure_id, status, created_at)"),
         },
         {}},
        {14, "case list index: a person's cases with their office and date, in place of the person alone",
         {
             // A typed name finds thousands of people: their cases were each read
             // for the office, the date and whether deleted (100 ms at p95 on
             // 1,000,000 cases). This index holds all a page of one office needs
             // to choose its lines, and counting stops at the cap without reading
             // a case. It leads with the person, so it serves every lookup of
             // a person's cases the one it replaces served.
             QStringLiteral("CREATE INDEX cases_person ON cases(citizen_id, deleted, office_code, created_at)"),
             QStringLiteral("DROP INDEX cases_citizen"),
         },
         {}},
        {15, "work list indexes: a procedure's cases of some statuses in one office, and a case's last status change",
         {
             // A module page's list (CaseRepository::select) names procedures,
             // statuses and the office: this index holds all it needs to choose
             // its lines in date order and to count them, reading no case
             // (the enrolments waiting for documents: 2,956 cases read for the
             // 1,462 of the office, 47 ms on 1,000,000 cases; 0.2 ms this way).
             QStringLiteral("CREATE INDEX cases_work_list ON cases(procedure_id, status, deleted, office_code, created_at)"),
             // When each listed case entered its status: the last status change
             // of the case, found at once instead of reading every event of its
             // timeline. Status changes only, half of the events.
             QStringLiteral("CREATE INDEX case_events_status ON case_events(case_id, at, id) WHERE kind = 'status'"),
         },
         {}},
    };
    return all;
}

} // namespace guichet
