// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscommand.h"

#include "store/maintenance.h"
#include "sync/syncclient.h"

#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>

namespace guichet::cli {

namespace {

QString labelOf(const QString &key)
{
    static const QList<QPair<QString, const char *>> labels = {
        {QStringLiteral("agents"), QT_TRANSLATE_NOOP("guichetctl", "Agents")},
        {QStringLiteral("citizens"), QT_TRANSLATE_NOOP("guichetctl", "People")},
        {QStringLiteral("cases"), QT_TRANSLATE_NOOP("guichetctl", "Cases")},
        {QStringLiteral("cases_open"), QT_TRANSLATE_NOOP("guichetctl", "Open cases")},
        {QStringLiteral("case_events"), QT_TRANSLATE_NOOP("guichetctl", "Case events")},
        {QStringLiteral("outbox_pending"), QT_TRANSLATE_NOOP("guichetctl", "Changes not yet sent to HQ")},
        {QStringLiteral("outbox_total"), QT_TRANSLATE_NOOP("guichetctl", "Changes in the outbox")},
        {QStringLiteral("reference_releases"), QT_TRANSLATE_NOOP("guichetctl", "Reference releases")},
        {QStringLiteral("record_reads_logged"), QT_TRANSLATE_NOOP("guichetctl", "Record reads logged")},
        {QStringLiteral("schema_version"), QT_TRANSLATE_NOOP("guichetctl", "Schema version")},
    };
    for (const auto &[k, label] : labels)
        if (k == key)
            return QCoreApplication::translate("guichetctl", label);
    return key;   // a figure added to maintenance::statistics later
}

} // namespace

QString StatsCommand::summary() const
{
    return tr("Show row counts and the sync backlog.");
}

void StatsCommand::configure(QCommandLineParser &parser)
{
    m_json.setDescription(tr("Print a JSON object, for scripts."));
    parser.addOption(m_json);
}

int StatsCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    const SystemClock clock;
    auto db = openDatabase(clock, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error());
    auto stats = maintenance::statistics(**db);
    if (!stats)
        return fail(stats.error());
    if (parser.isSet(m_json)) {
        QJsonObject o;
        for (const auto &[key, value] : *stats)
            o.insert(key, value);
        printJson(o);
        return Success;
    }
    qsizetype labelWidth = 0;
    qsizetype valueWidth = 0;
    const QLocale locale;
    for (const auto &[key, value] : *stats) {
        labelWidth = std::max(labelWidth, labelOf(key).size());
        valueWidth = std::max(valueWidth, locale.toString(value).size());
    }
    out() << tr("Office database: %1").arg((*db)->path()) << '\n';
    for (const auto &[key, value] : *stats)
        out() << "  " << labelOf(key).leftJustified(labelWidth) << "  "
              << locale.toString(value).rightJustified(valueWidth) << '\n';
    return Success;
}

QString VerifyCommand::summary() const
{
    return tr("Check the database: integrity, foreign keys and the outbox.");
}

QString VerifyCommand::description() const
{
    return tr("Runs SQLite's integrity check and foreign-key check, and checks that every synced row has the outbox "
              "operation that created it and that every outbox operation names an existing row. Exits with 1 and "
              "lists the problems when there are any. Once a workstation has received rows from HQ, which have no "
              "outbox operation here, compare \"guichetctl state-hash\" with HQ's \"guichet-hq state-hash\" instead "
              "of the first check.");
}

void VerifyCommand::configure(QCommandLineParser &parser)
{
    m_json.setDescription(tr("Print a JSON object {\"sound\", \"problems\"}, for scripts."));
    parser.addOption(m_json);
    m_againstHq.setDescription(tr("Also compare the synced data with HQ's at this workstation's point and list every row that "
                                  "differs (sync first)."));
    parser.addOption(m_againstHq);
}

int VerifyCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    const SystemClock clock;
    auto db = openDatabase(clock, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error());
    auto problems = maintenance::verify(**db);
    if (!problems)
        return fail(problems.error());
    if (parser.isSet(m_againstHq)) {
        auto link = sync::HqLink::load(**db);
        if (!link)
            return fail(link.error());
        QNetworkAccessManager network;
        auto apart = sync::SyncClient::compareWithHq(**db, *link, network);
        if (!apart)
            return fail(apart.error());
        for (const QString &row : *apart)
            *problems << tr("Not as at HQ: %1").arg(row);
    }
    if (parser.isSet(m_json)) {
        printJson({{QStringLiteral("sound"), problems->isEmpty()},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(*problems)}});
    } else if (problems->isEmpty()) {
        out() << tr("The office database %1 is sound.").arg((*db)->path()) << '\n';
    } else {
        out() << tr("The office database %1 has %n problem(s):", nullptr, int(problems->size())).arg((*db)->path())
              << '\n';
        for (const QString &p : *problems)
            out() << "  - " << p << '\n';
    }
    return problems->isEmpty() ? Success : Failed;
}

} // namespace guichet::cli
