// SPDX-License-Identifier: GPL-3.0-or-later
// guichet-hq speaks English: it is run by the city's IT staff, and its
// output is read by scripts (tab-separated lines, flags in capitals).
#include "hqcommands.h"

#include "hqserver.h"

#include "reference/referencerelease.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QSslKey>

#include <csignal>
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace guichet::hq {

using cli::out;

std::expected<std::unique_ptr<HqStore>, int> HqCommand::openStore(const Clock &clock) const
{
    const QString url = global(QStringLiteral("db"));
    if (url.isEmpty())
        return std::unexpected(usageError(QStringLiteral("--db is required: sqlite:/var/lib/guichet/hq.db or postgresql://…")));
    auto store = HqStore::open(url, clock);
    if (!store)
        return std::unexpected(fail(store.error()));
    return std::move(*store);
}

int HqCommand::exitCodeOf(const Error &error) const
{
    return error.code == Error::Code::NotFound ? cli::Failed : cli::exitCodeFor(error);
}

void HqCommand::print(const QString &line)
{
    out() << line << '\n';
}

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(signalPipe[1], &c, 1);
}

/// SIGTERM and SIGINT end the event loop between two requests: a handler that
/// runs finishes (its transaction commits before its answer), none is cut.
void quitOnTermination()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char c;
        [[maybe_unused]] auto n = ::read(signalPipe[0], &c, 1);
        cli::err() << "guichet-hq: stopping\n";
        cli::err().flush();
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
}
#else
void quitOnTermination() {}
#endif

Result<QSslConfiguration> tlsConfiguration(const QString &certPath, const QString &keyPath)
{
    QFile certFile(certPath), keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return std::unexpected(Error::invalid(QStringLiteral("tls"),
            QStringLiteral("--tls-cert/--tls-key: cannot read %1 or %2.").arg(certPath, keyPath)));
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    QSslKey usable = key.isNull() ? QSslKey(keyFile.seek(0) ? keyFile.readAll() : QByteArray(), QSsl::Ec, QSsl::Pem) : key;
    if (chain.isEmpty() || usable.isNull())
        return std::unexpected(Error::invalid(QStringLiteral("tls"),
            QStringLiteral("--tls-cert/--tls-key: a PEM certificate and an RSA or EC PEM key were expected.")));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(usable);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

/// A command whose words, summary and arguments are plain data.
class SimpleCommand : public HqCommand
{
public:
    SimpleCommand(QStringList words, QString summary, QString syntax = {})
        : m_words(std::move(words)), m_summary(std::move(summary)), m_syntax(std::move(syntax)) {}
    QStringList words() const override { return m_words; }
    QString summary() const override { return m_summary; }

protected:
    QString syntax() const override { return m_syntax; }
    void configure(QCommandLineParser &) override {}
    /// Exactly `count` positional arguments, or the usage error's code.
    std::optional<int> wrongArguments(const QCommandLineParser &parser, qsizetype count) const
    {
        if (parser.positionalArguments().size() == count)
            return std::nullopt;
        return usageError(QStringLiteral("expected: %1").arg(m_syntax.isEmpty() ? QStringLiteral("no argument") : m_syntax));
    }

    SystemClock m_clock;

private:
    QStringList m_words;
    QString m_summary;
    QString m_syntax;
};

class ServeCommand final : public SimpleCommand
{
public:
    ServeCommand()
        : SimpleCommand({QStringLiteral("serve")}, QStringLiteral("Serve the workstations (the default when no command is given)."),
                        QStringLiteral("[--listen HOST:PORT] [--tls-cert FILE --tls-key FILE | --behind-tls-proxy]")) {}

protected:
    void configure(QCommandLineParser &parser) override
    {
        parser.addOptions({m_listen, m_cert, m_key, m_behindProxy});
    }
    int run(const QCommandLineParser &parser) override
    {
        if (auto wrong = wrongArguments(parser, 0))
            return *wrong;
        const QString where = parser.value(m_listen);
        const qsizetype colon = where.lastIndexOf(u':');
        bool portOk = false;
        const int port = where.mid(colon + 1).toInt(&portOk);
        const QHostAddress address(where.left(colon));
        if (colon < 0 || !portOk || port < 0 || port > 65535 || address.isNull())
            return usageError(QStringLiteral("--listen: expected ADDRESS:PORT, such as 127.0.0.1:8443."));
        // Bearer tokens never cross a network in clear text by mistake.
        const bool tls = parser.isSet(m_cert) || parser.isSet(m_key);
        if (!tls && !address.isLoopback()) {
            if (!parser.isSet(m_behindProxy))
                return usageError(QStringLiteral("--listen %1: plain HTTP on an address other machines reach would carry workstation "
                                                 "tokens in clear text. Give --tls-cert and --tls-key, or put a TLS proxy in front and "
                                                 "say so with --behind-tls-proxy.").arg(where));
            qWarning("guichet-hq: plain HTTP on %s: a TLS proxy in front is expected (--behind-tls-proxy)", qPrintable(where));
        }
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        HqServer::Options options;
        options.snapshotDir = global(QStringLiteral("snapshots"));
        HqServer server(**store, m_clock, options);
        if (tls) {
            auto configuration = tlsConfiguration(parser.value(m_cert), parser.value(m_key));
            if (!configuration)
                return usageError(configuration.error().message);
            server.setTls(*configuration);
        }
        auto bound = server.listen(address, quint16(port));
        if (!bound)
            return fail(bound.error());
        print(QStringLiteral("listening on %1:%2").arg(address.toString()).arg(*bound));
        out().flush();
        quitOnTermination();
        return QCoreApplication::exec();
    }

private:
    QCommandLineOption m_listen{QStringLiteral("listen"), QStringLiteral("Address and port to serve on (port 0: any free port, printed)."),
                                QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8443")};
    QCommandLineOption m_cert{QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) for HTTPS."), QStringLiteral("file")};
    QCommandLineOption m_key{QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS."), QStringLiteral("file")};
    QCommandLineOption m_behindProxy{QStringLiteral("behind-tls-proxy"),
                                     QStringLiteral("Serve plain HTTP on a non-loopback address because a TLS proxy in front "
                                                    "terminates HTTPS (see packaging/hq/nginx-guichet-hq.conf).")};
};

class EnrolCodeCommand final : public SimpleCommand
{
public:
    EnrolCodeCommand()
        : SimpleCommand({QStringLiteral("enrol-code")}, QStringLiteral("A one-time code to enrol one workstation of an office."),
                        QStringLiteral("--office CODE [--valid-hours 72]")) {}

protected:
    void configure(QCommandLineParser &parser) override { parser.addOptions({m_office, m_hours}); }
    int run(const QCommandLineParser &parser) override
    {
        if (auto wrong = wrongArguments(parser, 0))
            return *wrong;
        int code = 0;
        const auto hours = integerOption(parser, m_hours, 72, &code);
        if (!hours)
            return code;
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        auto issued = (*store)->issueEnrolCode(parser.value(m_office), int(*hours));
        if (!issued)
            return usageError(issued.error().message);
        print(*issued);
        return cli::Success;
    }

private:
    QCommandLineOption m_office{QStringLiteral("office"), QStringLiteral("Office code, such as BEL."), QStringLiteral("code")};
    QCommandLineOption m_hours{QStringLiteral("valid-hours"), QStringLiteral("How long the code is valid (default 72)."),
                               QStringLiteral("hours")};
};

class WorkstationsCommand final : public SimpleCommand
{
public:
    WorkstationsCommand()
        : SimpleCommand({QStringLiteral("workstations")},
                        QStringLiteral("The enrolled workstations, their release and last sync; flags those not answering under "
                                       "HQ's release in force, silent for --stale-days, or whose clock ran more than 10 minutes "
                                       "ahead of HQ's this week."),
                        QStringLiteral("[--stale-days N]")) {}

protected:
    void configure(QCommandLineParser &parser) override { parser.addOption(m_staleDays); }
    int run(const QCommandLineParser &parser) override
    {
        if (auto wrong = wrongArguments(parser, 0))
            return *wrong;
        int code = 0;
        const auto stale = integerOption(parser, m_staleDays, 0, &code);
        if (!stale)
            return code;
        if (*stale < 0 || *stale > 3650)
            return usageError(QStringLiteral("--stale-days: a number of days, such as 3, was expected."));
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        auto list = (*store)->checkWorkstations(int(*stale));
        if (!list)
            return fail(list.error());
        auto current = (*store)->releaseInForce(m_clock.today());
        if (!current)
            return fail(current.error());
        // Flagged: answers given there may differ from the other offices', or it has not been heard of for long.
        for (const auto &c : *list) {
            const auto &w = c.workstation;
            print(sync::uuidText(w.id) + u'\t' + w.officeCode + u'\t' + (w.revoked ? QStringLiteral("revoked") : w.releaseId) + u'\t'
                  + (w.lastSyncAt.isValid() ? w.lastSyncAt.toString(Qt::ISODate) : QStringLiteral("never")) + u'\t' + w.clientVersion
                  + (c.releaseDiffers ? QStringLiteral("\tRELEASE DIFFERS FROM HQ'S ") + current->id : QString())
                  + (c.stale ? QStringLiteral("\tNOT SYNCED FOR MORE THAN %1 DAYS").arg(*stale) : QString())
                  + (c.clockAhead ? QStringLiteral("\tCLOCK %1 MINUTES AHEAD OF HQ'S (SEEN %2)")
                                        .arg(w.clockAheadMs / 60000).arg(w.clockAheadAt.toString(Qt::ISODate))
                                  : QString()));
        }
        return cli::Success;
    }

private:
    QCommandLineOption m_staleDays{QStringLiteral("stale-days"),
                                   QStringLiteral("Flag those that have not synced for more days than this (0: no age check)."),
                                   QStringLiteral("days")};
};

class RevokeCommand final : public SimpleCommand
{
public:
    RevokeCommand()
        : SimpleCommand({QStringLiteral("revoke")}, QStringLiteral("Refuse a workstation's token from now on."),
                        QStringLiteral("WORKSTATION_ID")) {}

protected:
    int run(const QCommandLineParser &parser) override
    {
        if (auto wrong = wrongArguments(parser, 1))
            return *wrong;
        const QUuid id = QUuid::fromString(parser.positionalArguments().constFirst());
        if (id.isNull())
            return usageError(QStringLiteral("WORKSTATION_ID: a UUID, as guichet-hq workstations lists them, was expected."));
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        auto r = (*store)->revoke(id);
        return r ? cli::Success : fail(r.error());
    }
};

class PublishCommand final : public SimpleCommand
{
public:
    PublishCommand()
        : SimpleCommand({QStringLiteral("publish")},
                        QStringLiteral("Publish a reference release (release.json and one JSON file per section)."),
                        QStringLiteral("FOLDER --effective YYYY-MM-DD")) {}

protected:
    void configure(QCommandLineParser &parser) override { parser.addOption(m_effective); }
    int run(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return usageError(QStringLiteral("give the release folder, as in: guichet-hq publish /srv/releases/2027.1 --effective 2027-01-01"));
        const QDate when = QDate::fromString(parser.value(m_effective), Qt::ISODate);
        if (!parser.isSet(m_effective) || !when.isValid())
            return usageError(QStringLiteral("--effective YYYY-MM-DD is required: the day workstations start answering under it."));
        auto loaded = ReferenceRelease::loadDirectory(parser.positionalArguments().constFirst());
        if (!loaded)
            return fail(Error::invalid(loaded.error().field, loaded.error().message));
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        auto published = (*store)->publish(loaded->withEffective(when));
        if (!published)
            return fail(published.error());
        const auto &r = published->release;
        print((published->alreadyPublished ? QStringLiteral("already published: ") : QString())
              + QStringLiteral("release %1 no. %2 hash %3 effective %4").arg(r.id).arg(r.number).arg(r.hash, r.effective.toString(Qt::ISODate)));
        return cli::Success;
    }

private:
    QCommandLineOption m_effective{QStringLiteral("effective"), QStringLiteral("The day the release takes effect (YYYY-MM-DD)."),
                                   QStringLiteral("date")};
};

class ReleasesCommand final : public SimpleCommand
{
public:
    ReleasesCommand()
        : SimpleCommand({QStringLiteral("releases")}, QStringLiteral("The published releases and how many workstations run each.")) {}

protected:
    int run(const QCommandLineParser &parser) override
    {
        if (auto wrong = wrongArguments(parser, 0))
            return *wrong;
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        auto list = (*store)->releases();
        if (!list)
            return fail(list.error());
        auto current = (*store)->releaseInForce(m_clock.today());
        for (const auto &r : *list)
            print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6 workstation(s)%7")
                      .arg(r.number).arg(r.id, r.effective.toString(Qt::ISODate), r.hash.left(12), r.publishedAt.toString(Qt::ISODate))
                      .arg(r.workstations)
                      .arg(current && current->number == r.number ? QStringLiteral("\tIN FORCE") : QString()));
        return cli::Success;
    }
};

class AnsweredCommand final : public SimpleCommand
{
public:
    AnsweredCommand()
        : SimpleCommand({QStringLiteral("answered")},
                        QStringLiteral("Per office, the releases cases were opened and answered under on a day."),
                        QStringLiteral("[--day YYYY-MM-DD]")) {}

protected:
    void configure(QCommandLineParser &parser) override { parser.addOption(m_day); }
    int run(const QCommandLineParser &parser) override
    {
        if (auto wrong = wrongArguments(parser, 0))
            return *wrong;
        const QDate which = parser.isSet(m_day) ? QDate::fromString(parser.value(m_day), Qt::ISODate) : m_clock.today();
        if (!which.isValid())
            return usageError(QStringLiteral("--day YYYY-MM-DD was expected."));
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        auto lines = (*store)->answered(which);
        if (!lines)
            return fail(lines.error());
        auto inForce = (*store)->releaseInForce(which);
        for (const auto &l : *lines)
            print(QStringLiteral("%1\t%2\t%3 case(s) opened\t%4 answer(s)%5")
                      .arg(l.office, l.releaseId).arg(l.cases).arg(l.answers)
                      .arg(l.inForce ? QString() : QStringLiteral("\tNOT THE RELEASE IN FORCE (%1)").arg(inForce ? inForce->id : QString())));
        return cli::Success;
    }

private:
    QCommandLineOption m_day{QStringLiteral("day"), QStringLiteral("The day to list (YYYY-MM-DD, default today)."), QStringLiteral("date")};
};

class AgentsCommand final : public SimpleCommand
{
public:
    AgentsCommand()
        : SimpleCommand({QStringLiteral("agents")},
                        QStringLiteral("Every agent account; flags those refused because another office had given their login "
                                       "first (rename them: they cannot log in until then).")) {}

protected:
    int run(const QCommandLineParser &parser) override
    {
        if (auto wrong = wrongArguments(parser, 0))
            return *wrong;
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        auto list = (*store)->agents();
        if (!list)
            return fail(list.error());
        for (const auto &a : *list)
            print(QStringList{sync::uuidText(a.id), a.login, a.displayName, a.role, a.officeCode}.join(u'\t')
                  + (a.active ? QString() : QStringLiteral("\tDISABLED"))
                  + (a.refused.isEmpty() ? QString()
                                         : QStringLiteral("\tREFUSED: LOGIN ALREADY GIVEN BY ANOTHER OFFICE, RENAME IT "
                                                          "(guichet-hq agent rename %1 NEW_LOGIN)").arg(sync::uuidText(a.id))));
        return cli::Success;
    }
};

/// The agent commands print the account as it now stands.
class AgentCommand : public SimpleCommand
{
public:
    using SimpleCommand::SimpleCommand;

protected:
    int printAccount(const Result<HqStore::AgentAccount> &account) const
    {
        if (!account)
            return fail(account.error());
        print(QStringList{sync::uuidText(account->id), account->login, account->role, account->officeCode}.join(u'\t')
              + (account->active ? QString() : QStringLiteral("\tDISABLED")));
        return cli::Success;
    }
};

class AgentAddCommand final : public AgentCommand
{
public:
    AgentAddCommand()
        : AgentCommand({QStringLiteral("agent"), QStringLiteral("add")},
                       QStringLiteral("Create an account every office receives; the password is read from standard input."),
                       QStringLiteral("--login LOGIN --name NAME --role agent|superviseur|administrateur --office CODE < password")) {}

protected:
    void configure(QCommandLineParser &parser) override { parser.addOptions({m_login, m_name, m_role, m_office}); }
    int run(const QCommandLineParser &parser) override
    {
        if (auto wrong = wrongArguments(parser, 0))
            return *wrong;
        for (const QCommandLineOption *required : {&m_login, &m_name, &m_office})
            if (!parser.isSet(*required))
                return usageError(QStringLiteral("--%1 is required.").arg(required->names().constFirst()));
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        QTextStream in(stdin);
        const QString password = in.readLine(1024);
        return printAccount((*store)->addAgent(parser.value(m_login), parser.value(m_name), parser.value(m_role),
                                               parser.value(m_office), password));
    }

private:
    QCommandLineOption m_login{QStringLiteral("login"), QStringLiteral("The new account's login."), QStringLiteral("login")};
    QCommandLineOption m_name{QStringLiteral("name"), QStringLiteral("The agent's name."), QStringLiteral("name")};
    QCommandLineOption m_role{QStringLiteral("role"), QStringLiteral("agent, superviseur or administrateur."), QStringLiteral("role"),
                              QStringLiteral("agent")};
    QCommandLineOption m_office{QStringLiteral("office"), QStringLiteral("The agent's office code, such as BEL."), QStringLiteral("code")};
};

/// agent rename|role LOGIN|ID VALUE, agent disable|enable LOGIN|ID: one field of an account.
class AgentChangeCommand final : public AgentCommand
{
public:
    AgentChangeCommand(const QString &word, QString summary, QString field, QJsonValue fixed = QJsonValue(QJsonValue::Undefined))
        : AgentCommand({QStringLiteral("agent"), word}, std::move(summary),
                       fixed.isUndefined() ? QStringLiteral("LOGIN|ID NEW_%1").arg(word == QLatin1String("rename") ? QStringLiteral("LOGIN")
                                                                                                                   : QStringLiteral("ROLE"))
                                           : QStringLiteral("LOGIN|ID")),
          m_field(std::move(field)), m_fixed(std::move(fixed)) {}

protected:
    int run(const QCommandLineParser &parser) override
    {
        const bool takesValue = m_fixed.isUndefined();
        if (auto wrong = wrongArguments(parser, takesValue ? 2 : 1))
            return *wrong;
        const QStringList args = parser.positionalArguments();
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        return printAccount((*store)->updateAgent(args.at(0), {{m_field, takesValue ? QJsonValue(args.at(1)) : m_fixed}}));
    }

private:
    QString m_field;
    QJsonValue m_fixed;  ///< the value written; undefined: the second argument
};

class SetAsideCommand final : public SimpleCommand
{
public:
    SetAsideCommand()
        : SimpleCommand({QStringLiteral("set-aside")},
                        QStringLiteral("Stop serving one stored operation no workstation can apply."),
                        QStringLiteral("OP_ID --reason TEXT")) {}

protected:
    void configure(QCommandLineParser &parser) override { parser.addOption(m_reason); }
    int run(const QCommandLineParser &parser) override
    {
        if (auto wrong = wrongArguments(parser, 1))
            return *wrong;
        const QUuid op = QUuid::fromString(parser.positionalArguments().constFirst());
        if (op.isNull() || parser.value(m_reason).trimmed().isEmpty())
            return usageError(QStringLiteral("give the operation's id (a UUID) and --reason."));
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        auto r = (*store)->setAside(op, parser.value(m_reason));
        return r ? cli::Success : fail(r.error());
    }

private:
    QCommandLineOption m_reason{QStringLiteral("reason"), QStringLiteral("Why, kept with it."), QStringLiteral("text")};
};

class NewEpochCommand final : public SimpleCommand
{
public:
    NewEpochCommand()
        : SimpleCommand({QStringLiteral("new-epoch")},
                        QStringLiteral("After restoring HQ from a backup: workstations send again what HQ lost.")) {}

protected:
    int run(const QCommandLineParser &parser) override
    {
        if (auto wrong = wrongArguments(parser, 0))
            return *wrong;
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        if (auto r = (*store)->newEpoch(); !r)
            return fail(r.error());
        print(QStringLiteral("epoch %1 from sequence %2").arg((*store)->epoch()).arg((*store)->epochStart()));
        return cli::Success;
    }
};

class StateHashCommand final : public SimpleCommand
{
public:
    StateHashCommand()
        : SimpleCommand({QStringLiteral("state-hash")},
                        QStringLiteral("The hash of the synced state, as every converged workstation prints it.")) {}

protected:
    int run(const QCommandLineParser &parser) override
    {
        if (auto wrong = wrongArguments(parser, 0))
            return *wrong;
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        auto hash = (*store)->stateHash();
        if (!hash)
            return fail(hash.error());
        print(QString::fromLatin1(*hash));
        return cli::Success;
    }
};

class SnapshotCommand final : public SimpleCommand
{
public:
    SnapshotCommand()
        : SimpleCommand({QStringLiteral("snapshot")},
                        QStringLiteral("Write the snapshot new workstations start from, in --snapshots (nightly).")) {}

protected:
    int run(const QCommandLineParser &parser) override
    {
        if (auto wrong = wrongArguments(parser, 0))
            return *wrong;
        const QString dir = global(QStringLiteral("snapshots"));
        if (dir.isEmpty())
            return usageError(QStringLiteral("--snapshots DIR is required (the folder guichet-hq serves it from)."));
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        auto info = (*store)->makeSnapshot(dir);
        if (!info)
            return fail(info.error());
        print(QStringLiteral("snapshot %1: sequence %2, %3 bytes, sha256 %4")
                  .arg(info->name).arg(info->seq).arg(info->bytes).arg(QString::fromLatin1(info->sha256)));
        return cli::Success;
    }
};

} // namespace

cli::Program program()
{
    return {QStringLiteral("guichet-hq"),
            QStringLiteral("guichet-hq --db URL [--snapshots DIR] [COMMAND] [options]"),
            QStringLiteral("Guichet HQ: the server every office workstation syncs with, and its administration."),
            QStringLiteral("  0  success\n"
                           "  1  a value was refused or a check failed\n"
                           "  2  usage error: unknown command or option, missing or malformed argument\n"
                           "  3  the database or a file could not be opened, read or written\n"),
            {QCommandLineOption(QStringLiteral("db"), QStringLiteral("HQ's database: sqlite:FILE or postgresql://USER@HOST:PORT/DB."),
                                QStringLiteral("url")),
             QCommandLineOption(QStringLiteral("snapshots"),
                                QStringLiteral("Folder of the snapshot new workstations start from (written by snapshot, offered by serve)."),
                                QStringLiteral("dir"))},
            {QStringLiteral("serve")}};
}

std::vector<std::unique_ptr<cli::Command>> allCommands()
{
    std::vector<std::unique_ptr<cli::Command>> all;
    all.push_back(std::make_unique<ServeCommand>());
    all.push_back(std::make_unique<EnrolCodeCommand>());
    all.push_back(std::make_unique<WorkstationsCommand>());
    all.push_back(std::make_unique<RevokeCommand>());
    all.push_back(std::make_unique<AgentsCommand>());
    all.push_back(std::make_unique<AgentAddCommand>());
    all.push_back(std::make_unique<AgentChangeCommand>(QStringLiteral("rename"), QStringLiteral("Give an account another login."),
                                                       QStringLiteral("login")));
    all.push_back(std::make_unique<AgentChangeCommand>(QStringLiteral("role"), QStringLiteral("Give an account another role."),
                                                       QStringLiteral("role")));
    all.push_back(std::make_unique<AgentChangeCommand>(QStringLiteral("disable"), QStringLiteral("Stop an account logging in, in every office."),
                                                       QStringLiteral("active"), false));
    all.push_back(std::make_unique<AgentChangeCommand>(QStringLiteral("enable"), QStringLiteral("Let a disabled account log in again."),
                                                       QStringLiteral("active"), true));
    all.push_back(std::make_unique<PublishCommand>());
    all.push_back(std::make_unique<ReleasesCommand>());
    all.push_back(std::make_unique<AnsweredCommand>());
    all.push_back(std::make_unique<SetAsideCommand>());
    all.push_back(std::make_unique<NewEpochCommand>());
    all.push_back(std::make_unique<StateHashCommand>());
    all.push_back(std::make_unique<SnapshotCommand>());
    return all;
}

} // namespace guichet::hq
