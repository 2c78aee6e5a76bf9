// SPDX-License-Identifier: GPL-3.0-or-later
#include "democommand.h"

#include "console.h"
#include "officesetup.h"
#include "reference/referencerelease.h"
#include "demogenerator.h"
#include "store/maintenance.h"
#include "store/referencestore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace guichet::cli {

namespace {

constexpr int defaultCitizens = 1000;
constexpr int defaultCases = 5000;
constexpr int defaultSeed = 1;
constexpr int defaultYears = 3;
constexpr int defaultBatch = 4000;

} // namespace

QString DemoCommand::summary() const
{
    return tr("Fill an empty office database with reproducible demo data.");
}

QString DemoCommand::syntax() const
{
    return tr("[--citizens N] [--cases M] [--seed S] [--office CODE] [--today YYYY-MM-DD] [--db PATH]");
}

QString DemoCommand::description() const
{
    return tr("Writes demo data through the same code as the counter screens: 3 agents per office (one supervisor), "
              "people with realistic names and addresses in Brest, and %1 years of cases up to the start of "
              "--today over every channel, procedure and office, each walked along its workflow with notes and "
              "documents. The same seed, sizes and day give the same data. Only an empty database is filled; a "
              "missing one is created for --office. Progress goes to standard error.")
        .arg(defaultYears);
}

void DemoCommand::configure(QCommandLineParser &parser)
{
    m_citizens.setDescription(tr("Number of people (default %1).").arg(defaultCitizens));
    m_cases.setDescription(tr("Number of cases (default %1).").arg(defaultCases));
    m_seed.setDescription(tr("Seed of the random draws (default %1).").arg(defaultSeed));
    m_office.setDescription(tr("Office of the database; needed when the database is not set up yet."));
    m_office.setValueName(tr("CODE"));
    m_password.setDescription(tr("Password of the demo agent accounts (default guichet-demo). For demo "
                                 "databases only: a command line is visible to other users of the machine."));
    m_password.setValueName(tr("PASSWORD"));
    m_today.setDescription(tr("The day the history ends, YYYY-MM-DD (default: today). Give it to get the same "
                              "data on another day."));
    m_today.setValueName(tr("DATE"));
    m_years.setDescription(tr("Years of history (default %1).").arg(defaultYears));
    m_batch.setDescription(tr("Changes written per transaction (default %1).").arg(defaultBatch));
    for (const QCommandLineOption *o :
         {&m_citizens, &m_cases, &m_seed, &m_office, &m_password, &m_today, &m_years, &m_batch})
        parser.addOption(*o);
}

int DemoCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    int code = Success;
    const auto citizens = integerOption(parser, m_citizens, defaultCitizens, &code);
    if (!citizens)
        return code;
    const auto cases = integerOption(parser, m_cases, defaultCases, &code);
    if (!cases)
        return code;
    const auto years = integerOption(parser, m_years, defaultYears, &code);
    if (!years)
        return code;
    const auto batch = integerOption(parser, m_batch, defaultBatch, &code);
    if (!batch)
        return code;
    bool seedOk = true;
    const quint64 seed = parser.isSet(m_seed) ? parser.value(m_seed).trimmed().toULongLong(&seedOk) : defaultSeed;
    if (!seedOk)
        return usageError(tr("--seed expects a whole number of 0 or more, not \"%1\".").arg(parser.value(m_seed)));
    if (*citizens < 0 || *citizens > 10'000'000 || *cases < 0 || *cases > 50'000'000)
        return fail(Error::invalid(QStringLiteral("size"),
            tr("Sizes: expected 0 to 10,000,000 people and 0 to 50,000,000 cases.")));
    if (*years < 1 || *years > 50 || *batch < 1 || *batch > 1'000'000)
        return fail(Error::invalid(QStringLiteral("years"),
            tr("History: expected 1 to 50 years, and 1 to 1,000,000 changes per transaction.")));
    QDate today = QDate::currentDate();
    if (parser.isSet(m_today)) {
        today = QDate::fromString(parser.value(m_today).trimmed(), Qt::ISODate);
        if (!today.isValid())
            return usageError(tr("--today expects a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(m_today)));
    }
    if (!QFileInfo::exists(databasePath()) && !parser.isSet(m_office))
        return usageError(
            tr("the database %1 does not exist yet: give --office CODE to create it.").arg(databasePath()));

    // The history ends where today begins, so the same day gives the same data.
    ManualClock clock(QDateTime(today, QTime(0, 0)));
    auto db = openDatabase(clock, Database::OpenMode::CreateIfMissing);
    if (!db)
        return fail(db.error());
    Database &database = **db;

    QString office = database.meta(QStringLiteral("office_code"));
    if (office.isEmpty() || parser.isSet(m_office)) {
        auto bundled = ReferenceStore::bundled();
        if (!bundled)
            return fail(bundled.error());
        auto checked = OfficeSetup::checkOffice(*bundled, parser.isSet(m_office) ? parser.value(m_office) : office);
        if (!checked)
            return fail(checked.error());
        auto outcome = OfficeSetup::initialise(database, *bundled, *checked, 0);
        if (!outcome)
            return fail(outcome.error());
        office = outcome->office;
    }
    auto stats = maintenance::statistics(database);
    if (!stats)
        return fail(stats.error());
    for (const auto &[key, value] : *stats)
        if ((key == QLatin1String("citizens") || key == QLatin1String("cases")) && value > 0)
            return fail(Error{Error::Code::Conflict, QStringLiteral("db"),
                tr("The office database %1 already holds people or cases: demo data only goes into an empty "
                   "database. Give a new path with --db.").arg(database.path())});
    auto release = ReferenceStore(database).current(today);
    if (!release)
        return fail(release.error());

    // Tuning for the bulk load only, on this connection; durability (WAL, synchronous=FULL) stays as it is.
    // A larger page cache (256 MiB) keeps the indexes in memory; temp_store=MEMORY keeps the journal of each
    // repository call's savepoint in memory instead of spilling it to a temporary file.
    for (const char *pragma : {"PRAGMA cache_size = -262144", "PRAGMA temp_store = MEMORY"})
        if (auto r = database.exec(QString::fromLatin1(pragma),
                                   QT_TRANSLATE_NOOP("Database", "tune the connection"));
            !r)
            return fail(r.error());

    DemoGenerator::Options options;
    options.citizens = int(*citizens);
    options.cases = int(*cases);
    options.seed = seed;
    options.homeOffice = office;
    options.years = int(*years);
    options.batchSize = int(*batch);
    if (parser.isSet(m_password))
        options.agentPassword = parser.value(m_password);

    const bool terminal = Console::errorIsTerminal();
    QElapsedTimer timer;
    timer.start();
    const auto progress = [&](int percent) {
        // A terminal gets one line that counts up; a log gets one line per step.
        err() << (terminal ? "\r" : "") << tr("demo: %1 %").arg(percent, 3) << (terminal ? "" : "\n");
        err().flush();
    };
    auto summary = DemoGenerator(database, clock, *release).run(options, progress);
    if (terminal)
        err() << '\n';
    if (!summary)
        return fail(summary.error());
    const double seconds = double(timer.elapsed()) / 1000.0;

    out() << tr("Demo data written to %1 (seed %2):").arg(database.path()).arg(seed) << '\n'
          << tr("  agents: %1 (password given with --agent-password, default guichet-demo)").arg(summary->agents)
          << '\n'
          << tr("  people: %1").arg(summary->citizens) << '\n'
          << tr("  cases: %1, of which %2 still open").arg(summary->cases).arg(summary->openCases) << '\n'
          << tr("  status changes: %1, notes: %2, documents received: %3, answers: %4")
                 .arg(summary->statusChanges).arg(summary->notes).arg(summary->documents).arg(summary->answers)
          << '\n';
    err() << tr("demo: done in %1 s (%2 changes written)")
                 .arg(QLocale().toString(seconds, 'f', 1))
                 .arg(summary->repositoryCalls)
          << '\n';
    return Success;
}

} // namespace guichet::cli
