// SPDX-License-Identifier: GPL-3.0-or-later
// guichet-hq: the HQ server, and its administration commands.
//
//   guichet-hq --db sqlite:/var/lib/guichet/hq.db --listen 127.0.0.1:8443
//   guichet-hq --db URL enrol-code --office BEL [--valid-hours 72]
//   guichet-hq --db URL workstations [--stale-days N] | revoke WORKSTATION_ID | new-epoch
//   guichet-hq --db URL publish FOLDER --effective 2027-01-01 | releases | answered --day 2027-01-04
//   guichet-hq --db URL --snapshots DIR snapshot

#include "hqserver.h"
#include "hqstore.h"

#include "reference/referencerelease.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QSslKey>
#include <QTextStream>

#include <csignal>
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace guichet;
using namespace guichet::hq;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << "guichet-hq: " << message << '\n';
    return code;
}

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(signalPipe[1], &c, 1);
}

/// SIGTERM and SIGINT end the event loop between two requests: a handler that
/// runs finishes (its transaction commits before its answer), none is cut.
void quitOnTermination(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char c;
        [[maybe_unused]] auto n = ::read(signalPipe[0], &c, 1);
        QTextStream(stderr) << "guichet-hq: stopping\n";
        app.quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
}
#else
void quitOnTermination(QCoreApplication &) {}
#endif

Result<QSslConfiguration> tlsConfiguration(const QString &certPath, const QString &keyPath)
{
    QFile certFile(certPath), keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return std::unexpected(Error::invalid(QStringLiteral("tls"),
            QCoreApplication::translate("guichet-hq", "--tls-cert/--tls-key: cannot read %1 or %2.").arg(certPath, keyPath)));
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    QSslKey usable = key.isNull() ? QSslKey(keyFile.seek(0) ? keyFile.readAll() : QByteArray(), QSsl::Ec, QSsl::Pem) : key;
    if (chain.isEmpty() || usable.isNull())
        return std::unexpected(Error::invalid(QStringLiteral("tls"),
            QCoreApplication::translate("guichet-hq", "--tls-cert/--tls-key: a PEM certificate and an RSA or EC PEM key were expected.")));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(usable);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-hq"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Guichet HQ: the server every office workstation syncs with.\n\n"
        "Commands (none: serve):\n"
        "  enrol-code --office CODE   a one-time code to enrol one workstation of an office\n"
        "  workstations               the enrolled workstations, their release and last sync; flags those\n"
        "                             not answering under HQ's release in force, silent for --stale-days,\n"
        "                             or whose clock ran more than 10 minutes ahead of HQ's this week\n"
        "  publish FOLDER --effective DATE\n"
        "                             publish a reference release (release.json + one JSON per section)\n"
        "  releases                   the published releases and how many workstations run each\n"
        "  answered --day DATE        per office, the releases cases were opened and answered under that day\n"
        "  revoke WORKSTATION_ID      refuse a workstation's token from now on\n"
        "  agents                     every agent account; flags those refused because another office had\n"
        "                             given their login first (rename them: they cannot log in until then)\n"
        "  agent add --login L --name N --role R --office CODE   (password on standard input)\n"
        "  agent rename LOGIN|ID NEW_LOGIN | agent disable|enable LOGIN|ID | agent role LOGIN|ID ROLE\n"
        "  set-aside OP_ID --reason R  stop serving one stored operation no workstation can apply\n"
        "  new-epoch                  after restoring HQ from a backup: workstations send again what HQ lost\n"
        "  state-hash                 the hash of the synced state, as every converged workstation prints it\n"
        "  snapshot                   write the snapshot new workstations start from (in --snapshots; nightly)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("sqlite:FILE or postgresql://USER@HOST:PORT/DB"),
                                QStringLiteral("url"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to serve on (port 0: any free port, printed)."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) for HTTPS."),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS."),
                                 QStringLiteral("file"));
    const QCommandLineOption office(QStringLiteral("office"), QStringLiteral("Office code, such as BEL."),
                                    QStringLiteral("code"));
    const QCommandLineOption hours(QStringLiteral("valid-hours"), QStringLiteral("How long the code is valid (default 72)."),
                                   QStringLiteral("hours"), QStringLiteral("72"));
    const QCommandLineOption snapshots(QStringLiteral("snapshots"),
                                       QStringLiteral("Folder of the snapshot new workstations start from (written by the "
                                                      "snapshot command, offered when serving)."),
                                       QStringLiteral("dir"));
    const QCommandLineOption effective(QStringLiteral("effective"), QStringLiteral("publish: the day the release takes effect (YYYY-MM-DD)."),
                                       QStringLiteral("date"));
    const QCommandLineOption day(QStringLiteral("day"), QStringLiteral("answered: the day to list (YYYY-MM-DD, default today)."),
                                 QStringLiteral("date"));
    const QCommandLineOption staleDays(QStringLiteral("stale-days"),
                                       QStringLiteral("workstations: flag those that have not synced for more days than this."),
                                       QStringLiteral("days"), QStringLiteral("0"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("agent add: the new account's login."), QStringLiteral("login"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("agent add: the agent's name."), QStringLiteral("name"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("agent add: agent, superviseur or administrateur."),
                                  QStringLiteral("role"), QStringLiteral("agent"));
    const QCommandLineOption behindProxy(QStringLiteral("behind-tls-proxy"),
                                         QStringLiteral("Serve plain HTTP on a non-loopback address because a TLS proxy in front "
                                                        "terminates HTTPS (see packaging/hq/nginx-guichet-hq.conf)."));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("set-aside: why, kept with it."), QStringLiteral("text"));
    parser.addOptions({db, listen, cert, key, office, hours, effective, day, staleDays, snapshots, login, name, role, behindProxy, reason});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("enrol-code, workstations, revoke, agents, agent, set-aside, new-epoch, state-hash, publish, releases, answered, snapshot"));
    parser.process(app);

    if (!parser.isSet(db))
        return fail(QStringLiteral("--db is required: sqlite:/var/lib/guichet/hq.db or postgresql://…"), 2);
    SystemClock clock;
    auto store = HqStore::open(parser.value(db), clock);
    if (!store)
        return fail(store.error().message, 3);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (command == QLatin1String("enrol-code")) {
        auto code = (*store)->issueEnrolCode(parser.value(office), parser.value(hours).toInt());
        if (!code)
            return fail(code.error().message, 2);
        out() << *code << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("workstations")) {
        bool ok = false;
        const int stale = parser.value(staleDays).toInt(&ok);
        if (!ok || stale < 0)
            return fail(QStringLiteral("--stale-days: a number of days, such as 3, was expected."), 2);
        auto list = (*store)->checkWorkstations(stale);
        if (!list)
            return fail(list.error().message, 3);
        auto current = (*store)->releaseInForce(clock.today());
        if (!current)
            return fail(current.error().message, 3);
        // Flagged: answers given there may differ from the other offices', or it has not been heard of for long.
        for (const auto &c : *list) {
            const auto &w = c.workstation;
            out() << sync::uuidText(w.id) << '\t' << w.officeCode << '\t'
                  << (w.revoked ? QStringLiteral("revoked") : w.releaseId) << '\t'
                  << (w.lastSyncAt.isValid() ? w.lastSyncAt.toString(Qt::ISODate) : QStringLiteral("never")) << '\t'
                  << w.clientVersion
                  << (c.releaseDiffers ? QStringLiteral("\tRELEASE DIFFERS FROM HQ'S ") + current->id : QString())
                  << (c.stale ? QStringLiteral("\tNOT SYNCED FOR MORE THAN %1 DAYS").arg(stale) : QString())
                  << (c.clockAhead ? QStringLiteral("\tCLOCK %1 MINUTES AHEAD OF HQ'S (SEEN %2)")
                                         .arg(w.clockAheadMs / 60000).arg(w.clockAheadAt.toString(Qt::ISODate))
                                   : QString())
                  << Qt::endl;
        }
        return 0;
    }
    if (command == QLatin1String("publish")) {
        if (args.size() != 2)
            return fail(QStringLiteral("publish: give the release folder, as in: guichet-hq publish /srv/releases/2027.1 --effective 2027-01-01"), 2);
        const QDate when = QDate::fromString(parser.value(effective), Qt::ISODate);
        if (!parser.isSet(effective) || !when.isValid())
            return fail(QStringLiteral("publish: --effective YYYY-MM-DD is required: the day workstations start answering under it."), 2);
        auto loaded = ReferenceRelease::loadDirectory(args.at(1));
        if (!loaded)
            return fail(loaded.error().message, 1);
        auto published = (*store)->publish(loaded->withEffective(when));
        if (!published)
            return fail(published.error().message, published.error().code == Error::Code::Storage ? 3 : 1);
        const auto &r = published->release;
        if (published->alreadyPublished)
            out() << "already published: ";
        out() << "release " << r.id << " no. " << r.number << " hash " << r.hash << " effective "
              << r.effective.toString(Qt::ISODate) << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("releases")) {
        auto list = (*store)->releases();
        if (!list)
            return fail(list.error().message, 3);
        auto current = (*store)->releaseInForce(clock.today());
        for (const auto &r : *list)
            out() << r.number << '\t' << r.id << '\t' << r.effective.toString(Qt::ISODate) << '\t' << r.hash.left(12) << '\t'
                  << r.publishedAt.toString(Qt::ISODate) << '\t' << r.workstations << " workstation(s)"
                  << (current && current->number == r.number ? QStringLiteral("\tIN FORCE") : QString()) << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("answered")) {
        const QDate which = parser.isSet(day) ? QDate::fromString(parser.value(day), Qt::ISODate) : clock.today();
        if (!which.isValid())
            return fail(QStringLiteral("answered: --day YYYY-MM-DD was expected."), 2);
        auto lines = (*store)->answered(which);
        if (!lines)
            return fail(lines.error().message, 3);
        auto inForce = (*store)->releaseInForce(which);
        for (const auto &l : *lines)
            out() << l.office << '\t' << l.releaseId << '\t' << l.cases << " case(s) opened\t" << l.answers << " answer(s)"
                  << (l.inForce ? QString() : QStringLiteral("\tNOT THE RELEASE IN FORCE (%1)").arg(inForce ? inForce->id : QString()))
                  << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("agents")) {
        auto list = (*store)->agents();
        if (!list)
            return fail(list.error().message, 3);
        for (const auto &a : *list)
            out() << sync::uuidText(a.id) << '\t' << a.login << '\t' << a.displayName << '\t' << a.role << '\t' << a.officeCode
                  << (a.active ? QString() : QStringLiteral("\tDISABLED"))
                  << (a.refused.isEmpty() ? QString()
                                          : QStringLiteral("\tREFUSED: LOGIN ALREADY GIVEN BY ANOTHER OFFICE, RENAME IT "
                                                           "(guichet-hq agent rename %1 NEW_LOGIN)").arg(sync::uuidText(a.id)))
                  << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("agent")) {
        const QString action = args.value(1);
        Result<HqStore::AgentAccount> account = std::unexpected(Error::invalid(QStringLiteral("agent"),
            QStringLiteral("agent: add, rename, disable, enable or role; see --help.")));
        if (action == QLatin1String("add") && args.size() == 2) {
            QTextStream in(stdin);
            const QString password = in.readLine(1024);
            account = (*store)->addAgent(parser.value(login), parser.value(name), parser.value(role), parser.value(office), password);
        } else if (action == QLatin1String("rename") && args.size() == 4) {
            account = (*store)->updateAgent(args.at(2), {{QStringLiteral("login"), args.at(3)}});
        } else if ((action == QLatin1String("disable") || action == QLatin1String("enable")) && args.size() == 3) {
            account = (*store)->updateAgent(args.at(2), {{QStringLiteral("active"), action == QLatin1String("enable")}});
        } else if (action == QLatin1String("role") && args.size() == 4) {
            account = (*store)->updateAgent(args.at(2), {{QStringLiteral("role"), args.at(3)}});
        } else {
            return fail(account.error().message, 2);
        }
        if (!account)
            return fail(account.error().message, account.error().code == Error::Code::Storage ? 3 : 1);
        out() << sync::uuidText(account->id) << '\t' << account->login << '\t' << account->role << '\t' << account->officeCode
              << (account->active ? QString() : QStringLiteral("\tDISABLED")) << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("set-aside")) {
        const QUuid op = QUuid::fromString(args.value(1));
        if (args.size() != 2 || op.isNull())
            return fail(QStringLiteral("set-aside: give the operation's id (a UUID) and --reason."), 2);
        auto r = (*store)->setAside(op, parser.value(reason));
        return r ? 0 : fail(r.error().message, r.error().code == Error::Code::Storage ? 3 : 1);
    }
    if (command == QLatin1String("revoke")) {
        auto r = (*store)->revoke(QUuid::fromString(args.value(1)));
        return r ? 0 : fail(r.error().message, 1);
    }
    if (command == QLatin1String("state-hash")) {
        auto hash = (*store)->stateHash();
        if (!hash)
            return fail(hash.error().message, 3);
        out() << *hash << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("snapshot")) {
        if (!parser.isSet(snapshots))
            return fail(QStringLiteral("snapshot: --snapshots DIR is required (the folder guichet-hq serves it from)."), 2);
        auto info = (*store)->makeSnapshot(parser.value(snapshots));
        if (!info)
            return fail(info.error().message, 3);
        out() << "snapshot " << info->name << ": sequence " << info->seq << ", " << info->bytes << " bytes, sha256 "
              << info->sha256 << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("new-epoch")) {
        auto r = (*store)->newEpoch();
        if (!r)
            return fail(r.error().message, 3);
        out() << "epoch " << (*store)->epoch() << " from sequence " << (*store)->epochStart() << Qt::endl;
        return 0;
    }
    if (!command.isEmpty())
        return fail(QStringLiteral("unknown command \"%1\"; see --help.").arg(command), 2);

    const QString where = parser.value(listen);
    const qsizetype colon = where.lastIndexOf(u':');
    bool portOk = false;
    const int port = where.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(where.left(colon));
    if (colon < 0 || !portOk || port < 0 || port > 65535 || address.isNull())
        return fail(QStringLiteral("--listen: expected ADDRESS:PORT, such as 127.0.0.1:8443."), 2);

    // Bearer tokens never cross a network in clear text by mistake.
    const bool tls = parser.isSet(cert) || parser.isSet(key);
    if (!tls && !address.isLoopback()) {
        if (!parser.isSet(behindProxy))
            return fail(QStringLiteral("--listen %1: plain HTTP on an address other machines reach would carry workstation tokens in "
                                       "clear text. Give --tls-cert and --tls-key, or put a TLS proxy in front and say so with "
                                       "--behind-tls-proxy.").arg(where), 2);
        qWarning("guichet-hq: plain HTTP on %s: a TLS proxy in front is expected (--behind-tls-proxy)", qPrintable(where));
    }
    HqServer::Options options;
    options.snapshotDir = parser.value(snapshots);
    HqServer server(**store, clock, options);
    if (parser.isSet(cert) || parser.isSet(key)) {
        auto tls = tlsConfiguration(parser.value(cert), parser.value(key));
        if (!tls)
            return fail(tls.error().message, 2);
        server.setTls(*tls);
    }
    auto bound = server.listen(address, quint16(port));
    if (!bound)
        return fail(bound.error().message, 3);
    out() << "listening on " << address.toString() << ':' << *bound << Qt::endl;
    quitOnTermination(app);
    return app.exec();
}
