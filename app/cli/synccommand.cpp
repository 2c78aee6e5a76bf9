// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommand.h"

#include "store/settings.h"

#include "console.h"
#include "store/referencestore.h"
#include "sync/releases.h"
#include "sync/statehash.h"
#include "sync/syncclient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

#include <algorithm>

namespace guichet::cli {

QString EnrolCommand::summary() const
{
    return tr("Enrol this workstation with HQ, with a one-time code.");
}

QString EnrolCommand::description() const
{
    return tr("Enrol this workstation with HQ. HQ's administrator gives a one-time code for the office "
              "(guichet-hq enrol-code --office CODE); the workstation gets its own token, stored beside the "
              "database, readable by this account only.");
}

void EnrolCommand::configure(QCommandLineParser &parser)
{
    m_hq.setDescription(tr("HQ's address, such as https://hq.mairie.example."));
    m_code.setDescription(tr("The one-time code HQ gave for this office."));
    parser.addOption(m_hq);
    parser.addOption(m_code);
}

int EnrolCommand::run(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_hq) || !parser.isSet(m_code))
        return usageError(tr("--hq and --code are both required."));
    const SystemClock clock;
    auto db = openDatabase(clock, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error());
    QNetworkAccessManager network;
    auto link = sync::SyncClient::enrol(**db, QUrl(parser.value(m_hq)), parser.value(m_code),
                                        (*db)->meta(QStringLiteral("office_code")), network);
    if (!link)
        return fail(link.error());
    out() << tr("Enrolled with HQ %1 as workstation %2.").arg(link->url.toString(), sync::uuidText((*db)->workstationId()))
          << '\n';
    return Success;
}

QString HqUrlCommand::summary() const
{
    return tr("Print HQ's address, or change it (the token stays).");
}

int HqUrlCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        return usageError(tr("unexpected argument \"%1\".").arg(args.at(1)));
    const SystemClock clock;
    auto db = openDatabase(clock, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error());
    auto link = sync::HqLink::load(**db);
    if (!link)
        return fail(link.error());
    if (args.isEmpty()) {
        out() << link->url.toString() << '\n';
        return Success;
    }
    const QUrl url(args.constFirst());
    if (auto r = sync::HqLink::checkUrl(url); !r)
        return usageError(r.error().message);
    link->url = url;
    if (auto r = link->save(**db); !r)
        return fail(r.error());
    return Success;
}

QString SyncCommand::summary() const
{
    return tr("Sync with HQ now: send this office's changes, receive the others'.");
}

void SyncCommand::configure(QCommandLineParser &parser)
{
    m_json.setDescription(tr("Print a JSON object, for scripts."));
    parser.addOption(m_json);
}

int SyncCommand::run(const QCommandLineParser &parser)
{
    const SystemClock clock;
    auto db = openDatabase(clock, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error());
    auto link = sync::HqLink::load(**db);
    if (!link)
        return fail(link.error());
    auto release = ReferenceStore(**db).current(clock.today());
    QNetworkAccessManager network;
    sync::SyncClient client(**db, network);
    const bool drawProgress = !parser.isSet(m_json) && Console::errorIsTerminal();
    if (drawProgress)
        QObject::connect(&client, &sync::SyncClient::progress, [](qint64 done, qint64 total) {
            err() << '\r' << tr("Sync: %1 of about %2 operations").arg(done).arg(total) << Qt::flush;
        });
    const sync::SyncReport report = client.run(*link, release ? release->id() : QString());
    if (parser.isSet(m_json)) {
        QJsonObject o{{QStringLiteral("ok"), report.ok},
                      {QStringLiteral("sent"), report.sent},
                      {QStringLiteral("received"), report.received},
                      {QStringLiteral("waiting"), report.waiting},
                      {QStringLiteral("refused"), report.refused},
                      {QStringLiteral("set_aside"), report.setAside},
                      {QStringLiteral("state_differs"), QJsonArray::fromStringList(report.stateDiffers)},
                      {QStringLiteral("quarantined"), report.quarantined}};
        if (report.snapshotSeq > 0)
            o.insert(QStringLiteral("snapshot_seq"), QString::number(report.snapshotSeq));
        if (!report.ok)
            o.insert(QStringLiteral("error"), report.error.message);
        QJsonArray installed, releaseErrors;
        for (const auto &r : report.releasesInstalled)
            installed.append(r.toJson());
        for (const Error &e : report.releaseErrors)
            releaseErrors.append(e.message);
        o.insert(QStringLiteral("releases_installed"), installed);
        o.insert(QStringLiteral("release_errors"), releaseErrors);
        printJson(o);
    } else {
        if (drawProgress)
            err() << '\n';
        if (report.snapshotSeq > 0)
            out() << tr("This new workstation started from HQ's snapshot (everything up to HQ's operation %1).").arg(report.snapshotSeq)
                  << '\n';
        out() << tr("Changes sent: %1. Changes received: %2. Changes still to send: %3.").arg(report.sent).arg(report.received).arg(report.waiting)
              << '\n';
        for (const auto &r : report.releasesInstalled)
            out() << tr("Reference release %1 (no. %2) installed, in force from %3.")
                         .arg(r.id).arg(r.number).arg(r.effective.toString(Qt::ISODate)) << '\n';
        if (report.refused > 0)
            out() << tr("Status changes refused by HQ: %1 (each case's timeline says why).").arg(report.refused) << '\n';
    }
    // Operations received that no workstation could apply: the sync went on, IT must look at them.
    if (report.ok && report.quarantinedNow > 0)
        return fail(Error::make(Error::Code::Invalid,
            tr("%1 operation(s) received from HQ could not be applied and were set aside (%2 in all); the rest was applied. "
               "Send this message to IT (guichet-hq set-aside stops HQ serving one).").arg(report.quarantinedNow).arg(report.quarantined)));
    // Changes HQ refused for good exist on this workstation only: IT must hear of it.
    if (report.ok && report.setAside > 0)
        return fail(Error::make(Error::Code::Invalid,
            tr("HQ refused %1 change(s) of this workstation for good; they exist here only and other offices do not see them. "
               "Last reason: %2. Send this message to IT.").arg(report.setAside).arg(report.setAsideReason)));
    // A state apart from HQ's is the one thing that must never pass silently.
    if (report.ok && !report.stateDiffers.isEmpty())
        return fail(Error::make(Error::Code::Invalid,
            tr("This workstation does not hold the same data as HQ after this sync (parts: %1). Nothing is lost; "
               "\"guichetctl verify --against-hq\" names the rows. Send this message to IT.").arg(sync::describeParts(report.stateDiffers))));
    if (!report.ok) {
        const int code = fail(report.error);
        // HQ away is not a damaged database: a scheduled task simply tries again.
        return report.error.code == Error::Code::Unavailable ? int(Unreachable) : code;
    }
    // A release not installed fails a scheduled task, so IT hears of it; push and pull were done.
    int code = Success;
    for (const Error &e : report.releaseErrors)
        code = std::max(code, fail(e));
    return code;
}

QString SettingCommand::summary() const
{
    return tr("List, read or change an office setting (sync interval, night sync hour, release age, idle lock).");
}

QString SettingCommand::description() const
{
    return tr("Without NAME, lists the settings with their values. With NAME, prints its value; with NAME and VALUE, "
              "changes it, if the value is in the setting's range.");
}

int SettingCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 2)
        return usageError(tr("unexpected argument \"%1\".").arg(args.at(2)));
    const SystemClock clock;
    auto db = openDatabase(clock, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error());
    if (args.isEmpty()) {
        for (const Setting *s : settings::all())
            out() << s->key << '\t' << s->value(**db) << '\t' << s->description() << '\n';
        return Success;
    }
    const Setting *setting = settings::find(args.at(0));
    if (!setting) {
        QStringList names;
        for (const Setting *s : settings::all())
            names << QLatin1String(s->key);
        return usageError(tr("unknown setting \"%1\"; the settings are %2.").arg(args.at(0), names.join(QStringLiteral(", "))));
    }
    if (args.size() == 1) {
        out() << setting->value(**db) << '\n';
        return Success;
    }
    bool ok = false;
    const int value = args.at(1).toInt(&ok);
    if (!ok)
        return fail(Error::invalid(QLatin1String(setting->key),
            tr("%1: a whole number from %2 to %3 was expected, not \"%4\".").arg(QLatin1String(setting->key)).arg(setting->minimum)
                .arg(setting->maximum).arg(args.at(1))));
    if (auto r = setting->set(**db, value); !r)
        return fail(r.error());
    return Success;
}

QString StateHashCommand::summary() const
{
    return tr("Print the hash of the synced state (equal on converged workstations).");
}

QString StateHashCommand::description() const
{
    return tr("Print a SHA-256 of the synced state — people, cases, case events, agents — written canonically. "
              "Workstations that have synced with HQ and with each other print the same hash.");
}

int StateHashCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    const SystemClock clock;
    auto db = openDatabase(clock, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error());
    auto hash = sync::stateHash(**db);
    if (!hash)
        return fail(hash.error());
    out() << *hash << '\n';
    return Success;
}

} // namespace guichet::cli
