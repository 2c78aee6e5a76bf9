// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QString>
#include <QtGlobal>

#include <functional>

namespace guichet {

class Database;
class ManualClock;
class ReferenceRelease;

/// Demo data for an office database: agents for every office, people with
/// realistic French (and Breton, and foreign) names, and years of cases over
/// every channel, procedure and office of the reference release, each case
/// walked along its workflow with notes and documents received. The people of
/// the commune live on the streets of the release's school catchment map (a
/// deliberate 2 % on streets outside every sector), and school requests carry
/// the child, the level and the school as the school form records them.
///
/// Everything goes through the repositories, so every synced row gets its
/// outbox operation exactly as at the counter; the data is therefore also a
/// realistic sync backlog. Time comes from the ManualClock the database was
/// opened with, which the generator sets back by `years` and moves forward
/// event by event, so timestamps, UUIDv7 ids and HLC stamps all follow the
/// simulated history. The same options, release and clock instant give the
/// same data, ids included (Database::seedIds).
///
/// Used by `guichetctl demo` and by the benchmarks.
class DemoGenerator
{
public:
    struct Options
    {
        int citizens = 1000;
        int cases = 5000;
        quint64 seed = 1;                ///< any value; 0 is mapped to a fixed non-zero seed
        QString homeOffice;              ///< the database's office: gets a larger share of cases
        QString agentPassword = QStringLiteral("guichet-demo");
        int years = 3;                   ///< history length, ending at the clock's current instant
        int batchSize = 4000;            ///< repository calls per committed transaction
    };

    struct Summary
    {
        int agents = 0;
        int citizens = 0;
        int cases = 0;
        int openCases = 0;
        qint64 statusChanges = 0;
        qint64 notes = 0;
        qint64 documents = 0;
        qint64 answers = 0;
        qint64 repositoryCalls = 0;
    };

    /// Called with 0…100 each time the share of people and cases written changes.
    using Progress = std::function<void(int percent)>;

    /// `clock` must be the clock `db` was opened with.
    DemoGenerator(Database &db, ManualClock &clock, const ReferenceRelease &release);

    /// Writes the data. Batches already committed stay when a later one fails:
    /// demo data belongs in a throw-away database.
    Result<Summary> run(const Options &options, const Progress &progress = {});

private:
    Database &m_db;
    ManualClock &m_clock;
    const ReferenceRelease &m_release;
};

} // namespace guichet
