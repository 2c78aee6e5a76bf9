// SPDX-License-Identifier: GPL-3.0-or-later
// guichet-hq speaks English: it is run by the city's IT staff, and its
// output is read by scripts (tab-separated lines, flags in capitals).
#include "hqcommands.h"

#include "hqserver.h"

#include "answermodule.h"
#include "reference/communes.h"
#include "reference/referencerelease.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
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

/// A command on HQ's store: its words, summary and syntax are plain data; its
/// positional arguments are counted and its options checked before the store
/// is opened, then act() runs on it.
class StoreCommand : public HqCommand
{
public:
    StoreCommand(QStringList words, QString summary, QString syntax = {}, qsizetype arguments = 0)
        : m_words(std::move(words)), m_summary(std::move(summary)), m_syntax(std::move(syntax)), m_arguments(arguments) {}
    QStringList words() const override { return m_words; }
    QString summary() const override { return m_summary; }

protected:
    QString syntax() const override { return m_syntax; }
    void configure(QCommandLineParser &) override {}
    int run(const QCommandLineParser &parser) final
    {
        if (parser.positionalArguments().size() != m_arguments)
            return usageError(QStringLiteral("expected: %1").arg(m_syntax.isEmpty() ? QStringLiteral("no argument") : m_syntax));
        if (auto refused = check(parser))
            return *refused;
        auto store = openStore(m_clock);
        if (!store)
            return store.error();
        return act(**store, parser);
    }
    /// Checks the arguments and options before the store opens: a usage error's exit code, or nothing.
    virtual std::optional<int> check(const QCommandLineParser &) { return std::nullopt; }
    virtual int act(HqStore &store, const QCommandLineParser &parser) = 0;
    /// Prints `line` of what `result` holds, or fails with its error.
    template<typename T, typename Line>
    int report(const Result<T> &result, Line line) const
    {
        if (!result)
            return fail(result.error());
        print(line(*result));
        return cli::Success;
    }

    SystemClock m_clock;

private:
    QStringList m_words;
    QString m_summary;
    QString m_syntax;
    qsizetype m_arguments;
};

class ServeCommand final : public StoreCommand
{
public:
    ServeCommand()
        : StoreCommand({QStringLiteral("serve")}, QStringLiteral("Serve the workstations (the default when no command is given)."),
                       QStringLiteral("[--listen HOST:PORT] [--tls-cert FILE --tls-key FILE | --behind-tls-proxy]")) {}

protected:
    void configure(QCommandLineParser &parser) override { parser.addOptions({m_listen, m_cert, m_key, m_behindProxy}); }
    std::optional<int> check(const QCommandLineParser &parser) override
    {
        const QString where = parser.value(m_listen);
        const qsizetype colon = where.lastIndexOf(u':');
        bool portOk = false;
        m_port = where.mid(colon + 1).toInt(&portOk);
        m_address = QHostAddress(where.left(colon));
        if (colon < 0 || !portOk || m_port < 0 || m_port > 65535 || m_address.isNull())
            return usageError(QStringLiteral("--listen: expected ADDRESS:PORT, such as 127.0.0.1:8443."));
        // Bearer tokens never cross a network in clear text by mistake.
        if (!parser.isSet(m_cert) && !parser.isSet(m_key) && !m_address.isLoopback()) {
            if (!parser.isSet(m_behindProxy))
                return usageError(QStringLiteral("--listen %1: plain HTTP on an address other machines reach would carry workstation "
                                                 "tokens in clear text. Give --tls-cert and --tls-key, or put a TLS proxy in front and "
                                                 "say so with --behind-tls-proxy.").arg(where));
            qWarning("guichet-hq: plain HTTP on %s: a TLS proxy in front is expected (--behind-tls-proxy)", qPrintable(where));
        }
        return std::nullopt;
    }
    int act(HqStore &store, const QCommandLineParser &parser) override
    {
        HqServer::Options options;
        options.snapshotDir = global(QStringLiteral("snapshots"));
        HqServer server(store, m_clock, options);
        if (parser.isSet(m_cert) || parser.isSet(m_key)) {
            auto tls = tlsConfiguration(parser.value(m_cert), parser.value(m_key));
            if (!tls)
                return usageError(tls.error().message);
            server.setTls(*tls);
        }
        auto bound = server.listen(m_address, quint16(m_port));
        if (!bound)
            return fail(bound.error());
        print(QStringLiteral("listening on %1:%2").arg(m_address.toString()).arg(*bound));
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
    QHostAddress m_address;
    int m_port = 0;
};

class EnrolCodeCommand final : public StoreCommand
{
public:
    EnrolCodeCommand()
        : StoreCommand({QStringLiteral("enrol-code")}, QStringLiteral("A one-time code to enrol one workstation of an office."),
                       QStringLiteral("--office CODE [--valid-hours 72]")) {}

protected:
    void configure(QCommandLineParser &parser) override { parser.addOptions({m_office, m_hours}); }
    std::optional<int> check(const QCommandLineParser &parser) override
    {
        int code = 0;
        const auto hours = integerOption(parser, m_hours, 72, &code);
        if (!hours)
            return code;
        m_validHours = int(*hours);
        return std::nullopt;
    }
    int act(HqStore &store, const QCommandLineParser &parser) override
    {
        auto issued = store.issueEnrolCode(parser.value(m_office), m_validHours);
        if (!issued)
            return usageError(issued.error().message);
        print(*issued);
        return cli::Success;
    }

private:
    QCommandLineOption m_office{QStringLiteral("office"), QStringLiteral("Office code, such as BEL."), QStringLiteral("code")};
    QCommandLineOption m_hours{QStringLiteral("valid-hours"), QStringLiteral("How long the code is valid (default 72)."),
                               QStringLiteral("hours")};
    int m_validHours = 72;
};

class WorkstationsCommand final : public StoreCommand
{
public:
    WorkstationsCommand()
        : StoreCommand({QStringLiteral("workstations")},
                       QStringLiteral("The enrolled workstations, their release and last sync; flags those not answering under "
                                      "HQ's release in force, silent for --stale-days, or whose clock ran more than 10 minutes "
                                      "ahead of HQ's this week."),
                       QStringLiteral("[--stale-days N]")) {}

protected:
    void configure(QCommandLineParser &parser) override { parser.addOption(m_staleDays); }
    std::optional<int> check(const QCommandLineParser &parser) override
    {
        int code = 0;
        const auto stale = integerOption(parser, m_staleDays, 0, &code);
        if (!stale)
            return code;
        if (*stale < 0 || *stale > 3650)
            return usageError(QStringLiteral("--stale-days: a number of days, such as 3, was expected."));
        m_stale = int(*stale);
        return std::nullopt;
    }
    int act(HqStore &store, const QCommandLineParser &) override
    {
        auto list = store.checkWorkstations(m_stale);
        if (!list)
            return fail(list.error());
        auto current = store.releaseInForce(m_clock.today());
        if (!current)
            return fail(current.error());
        // Flagged: answers given there may differ from the other offices', or it has not been heard of for long.
        for (const auto &c : *list) {
            const auto &w = c.workstation;
            print(sync::uuidText(w.id) + u'\t' + w.officeCode + u'\t' + (w.revoked ? QStringLiteral("revoked") : w.releaseId) + u'\t'
                  + (w.lastSyncAt.isValid() ? w.lastSyncAt.toString(Qt::ISODate) : QStringLiteral("never")) + u'\t' + w.clientVersion
                  + (c.releaseDiffers ? QStringLiteral("\tRELEASE DIFFERS FROM HQ'S ") + current->id : QString())
                  + (c.stale ? QStringLiteral("\tNOT SYNCED FOR MORE THAN %1 DAYS").arg(m_stale) : QString())
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
    int m_stale = 0;
};

/// A command whose one argument is a UUID (a workstation, an operation).
class UuidCommand : public StoreCommand
{
public:
    using StoreCommand::StoreCommand;

protected:
    std::optional<int> check(const QCommandLineParser &parser) override
    {
        m_id = QUuid::fromString(parser.positionalArguments().constFirst());
        if (m_id.isNull())
            return usageError(QStringLiteral("%1: a UUID was expected.").arg(syntax().section(u' ', 0, 0)));
        return std::nullopt;
    }
    QUuid m_id;
};

class RevokeCommand final : public UuidCommand
{
public:
    RevokeCommand()
        : UuidCommand({QStringLiteral("revoke")}, QStringLiteral("Refuse a workstation's token from now on."),
                      QStringLiteral("WORKSTATION_ID"), 1) {}

protected:
    int act(HqStore &store, const QCommandLineParser &) override
    {
        auto r = store.revoke(m_id);
        return r ? cli::Success : fail(r.error());
    }
};

class SetAsideCommand final : public UuidCommand
{
public:
    SetAsideCommand()
        : UuidCommand({QStringLiteral("set-aside")}, QStringLiteral("Stop serving one stored operation no workstation can apply."),
                      QStringLiteral("OP_ID --reason TEXT"), 1) {}

protected:
    void configure(QCommandLineParser &parser) override { parser.addOption(m_reason); }
    std::optional<int> check(const QCommandLineParser &parser) override
    {
        if (parser.value(m_reason).trimmed().isEmpty())
            return usageError(QStringLiteral("--reason is required: why the operation is set aside, kept with it."));
        return UuidCommand::check(parser);
    }
    int act(HqStore &store, const QCommandLineParser &parser) override
    {
        auto r = store.setAside(m_id, parser.value(m_reason));
        return r ? cli::Success : fail(r.error());
    }

private:
    QCommandLineOption m_reason{QStringLiteral("reason"), QStringLiteral("Why, kept with it."), QStringLiteral("text")};
};

class PublishCommand final : public StoreCommand
{
public:
    PublishCommand()
        : StoreCommand({QStringLiteral("publish")},
                       QStringLiteral("Publish a reference release (release.json and one JSON file per section)."),
                       QStringLiteral("FOLDER --effective YYYY-MM-DD"), 1) {}

protected:
    void configure(QCommandLineParser &parser) override { parser.addOption(m_effective); }
    std::optional<int> check(const QCommandLineParser &parser) override
    {
        const QDate when = QDate::fromString(parser.value(m_effective), Qt::ISODate);
        if (!parser.isSet(m_effective) || !when.isValid())
            return usageError(QStringLiteral("--effective YYYY-MM-DD is required: the day workstations start answering under it."));
        auto loaded = ReferenceRelease::loadDirectory(parser.positionalArguments().constFirst());
        if (!loaded)
            return fail(Error::invalid(loaded.error().field, loaded.error().message));
        m_release = loaded->withEffective(when);
        return std::nullopt;
    }
    int act(HqStore &store, const QCommandLineParser &) override
    {
        return report(store.publish(m_release), [](const HqStore::Publication &p) {
            const auto &r = p.release;
            return (p.alreadyPublished ? QStringLiteral("already published: ") : QString())
                   + QStringLiteral("release %1 no. %2 hash %3 effective %4").arg(r.id).arg(r.number).arg(r.hash, r.effective.toString(Qt::ISODate));
        });
    }

private:
    QCommandLineOption m_effective{QStringLiteral("effective"), QStringLiteral("The day the release takes effect (YYYY-MM-DD)."),
                                   QStringLiteral("date")};
    ReferenceRelease m_release;
};

class ReleasesCommand final : public StoreCommand
{
public:
    ReleasesCommand()
        : StoreCommand({QStringLiteral("releases")}, QStringLiteral("The published releases and how many workstations run each.")) {}

protected:
    int act(HqStore &store, const QCommandLineParser &) override
    {
        auto list = store.releases();
        if (!list)
            return fail(list.error());
        auto current = store.releaseInForce(m_clock.today());
        for (const auto &r : *list)
            print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6 workstation(s)%7")
                      .arg(r.number).arg(r.id, r.effective.toString(Qt::ISODate), r.hash.left(12), r.publishedAt.toString(Qt::ISODate))
                      .arg(r.workstations)
                      .arg(current && current->number == r.number ? QStringLiteral("\tIN FORCE") : QString()));
        return cli::Success;
    }
};

class AnsweredCommand final : public StoreCommand
{
public:
    AnsweredCommand()
        : StoreCommand({QStringLiteral("answered")},
                       QStringLiteral("Per office, the releases cases were opened and answered under on a day."),
                       QStringLiteral("[--day YYYY-MM-DD]")) {}

protected:
    void configure(QCommandLineParser &parser) override { parser.addOption(m_day); }
    std::optional<int> check(const QCommandLineParser &parser) override
    {
        m_which = parser.isSet(m_day) ? QDate::fromString(parser.value(m_day), Qt::ISODate) : m_clock.today();
        if (!m_which.isValid())
            return usageError(QStringLiteral("--day YYYY-MM-DD was expected."));
        return std::nullopt;
    }
    int act(HqStore &store, const QCommandLineParser &) override
    {
        auto lines = store.answered(m_which);
        if (!lines)
            return fail(lines.error());
        auto inForce = store.releaseInForce(m_which);
        for (const auto &l : *lines)
            print(QStringLiteral("%1\t%2\t%3 case(s) opened\t%4 answer(s)%5")
                      .arg(l.office, l.releaseId).arg(l.cases).arg(l.answers)
                      .arg(l.inForce ? QString() : QStringLiteral("\tNOT THE RELEASE IN FORCE (%1)").arg(inForce ? inForce->id : QString())));
        return cli::Success;
    }

private:
    QCommandLineOption m_day{QStringLiteral("day"), QStringLiteral("The day to list (YYYY-MM-DD, default today)."), QStringLiteral("date")};
    QDate m_which;
};

/// Answers every scenario as each office would — under the release each office
/// answered under that day (from the operations it pushed), else the release
/// HQ had in force — and lists the scenarios whose answers differ.
class ConsistencyCommand final : public StoreCommand
{
public:
    ConsistencyCommand()
        : StoreCommand({QStringLiteral("consistency")},
                       QStringLiteral("Answer scenarios as each office would; list those whose answers differ between offices."),
                       QStringLiteral("--scenarios FILE [--json]")) {}

protected:
    void configure(QCommandLineParser &parser) override
    {
        parser.addOption(m_scenarios);
        parser.addOption(m_json);
    }
    std::optional<int> check(const QCommandLineParser &parser) override
    {
        if (!parser.isSet(m_scenarios))
            return usageError(QStringLiteral("--scenarios FILE is required (e.g. resources/scenarios/answers.json)."));
        auto list = scenarios::read(parser.value(m_scenarios));
        if (!list)
            return list.error().code == Error::Code::Invalid ? usageError(list.error().message) : fail(list.error());
        m_list = std::move(*list);
        return std::nullopt;
    }
    int act(HqStore &store, const QCommandLineParser &parser) override
    {
        auto modules = AnswerModules::load();
        if (!modules)
            return fail(modules.error());
        m_modules = std::move(*modules);

        QJsonArray differing;
        QSet<QString> allOffices;
        for (qsizetype i = 0; i < m_list.size(); ++i) {
            const Scenario &s = m_list.at(i);
            auto answers = answersAtEachOffice(store, s);
            if (!answers)
                return answers.error().code == Error::Code::Invalid
                    ? usageError(QStringLiteral("scenario %1: %2").arg(i + 1).arg(answers.error().message))
                    : fail(answers.error());
            // Offices grouped by identical answers, apart from the office and the release they name.
            QMap<QByteArray, QStringList> groups;
            QMap<QByteArray, QStringList> groupReleases;
            QMap<QByteArray, QJsonObject> objects;
            for (const auto &[office, object] : *answers) {
                allOffices.insert(office.left(office.indexOf(u' ')));
                QJsonObject key = object;
                key.remove(QStringLiteral("office"));
                key.remove(QStringLiteral("release"));
                const QByteArray bytes = QJsonDocument(key).toJson(QJsonDocument::Compact);
                groups[bytes] << office;
                const QString release = object.value(QStringLiteral("release")).toObject().value(QStringLiteral("id")).toString();
                if (!groupReleases[bytes].contains(release))
                    groupReleases[bytes] << release;
                objects.insert(bytes, key);
            }
            if (groups.size() < 2)
                continue;
            QStringList fields;   // the answer's fields that are not the same everywhere
            const QJsonObject first = objects.first();
            for (const QJsonObject &o : objects)
                for (auto it = o.begin(); it != o.end(); ++it)
                    if (first.value(it.key()) != it.value() && !fields.contains(it.key()))
                        fields << it.key();
            QJsonArray groupList;
            for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
                QJsonObject values;
                for (const QString &f : fields)
                    values.insert(f, objects.value(it.key()).value(f));
                groupList.append(QJsonObject{{QStringLiteral("offices"), QJsonArray::fromStringList(it.value())},
                                             {QStringLiteral("releases"), QJsonArray::fromStringList(groupReleases.value(it.key()))},
                                             {QStringLiteral("differences"), values}});
            }
            differing.append(QJsonObject{{QStringLiteral("scenario"), i + 1}, {QStringLiteral("name"), s.name},
                                         {QStringLiteral("procedure"), s.procedure},
                                         {QStringLiteral("date"), s.at.toString(Qt::ISODate)},
                                         {QStringLiteral("groups"), groupList}});
        }

        QStringList offices = allOffices.values();
        offices.sort();
        if (parser.isSet(m_json)) {
            printJson({{QStringLiteral("scenarios"), m_list.size()}, {QStringLiteral("offices"), QJsonArray::fromStringList(offices)},
                       {QStringLiteral("differing"), differing}});
        } else {
            for (const QJsonValue &d : differing) {
                const QJsonObject o = d.toObject();
                print(QStringLiteral("scenario %1\t%2\t%3\t%4\tANSWERS DIFFER")
                          .arg(o.value(QStringLiteral("scenario")).toInt())
                          .arg(o.value(QStringLiteral("procedure")).toString(), o.value(QStringLiteral("date")).toString(),
                               o.value(QStringLiteral("name")).toString()));
                for (const QJsonValue &g : o.value(QStringLiteral("groups")).toArray()) {
                    const QJsonObject group = g.toObject();
                    QStringList values;
                    const QJsonObject diff = group.value(QStringLiteral("differences")).toObject();
                    for (auto it = diff.begin(); it != diff.end(); ++it)
                        values << it.key() + u'=' + QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1).left(300);
                    print(QStringLiteral("  %1\trelease %2\t%3")
                              .arg(group.value(QStringLiteral("offices")).toVariant().toStringList().join(QStringLiteral(", ")),
                                   group.value(QStringLiteral("releases")).toVariant().toStringList().join(QStringLiteral(", ")),
                                   values.join(u'\t')));
                }
            }
            print(differing.isEmpty()
                      ? QStringLiteral("%1 scenario(s) answered at %2 office(s): every office gives the same answer.")
                            .arg(m_list.size()).arg(offices.size())
                      : QStringLiteral("%1 of %2 scenario(s) answered differently between offices.")
                            .arg(differing.size()).arg(m_list.size()));
        }
        return differing.isEmpty() ? cli::Success : cli::Failed;
    }

private:
    /// Each office's answer to a scenario, labelled "BEL" or "BEL (2026.1)" when
    /// the office answered under several releases that day.
    Result<QList<std::pair<QString, QJsonObject>>> answersAtEachOffice(HqStore &store, const Scenario &s)
    {
        const QDate day = s.at.date();
        auto inForce = store.releaseInForce(day);
        if (!inForce)
            return std::unexpected(inForce.error());
        auto answered = store.answered(day);
        if (!answered)
            return std::unexpected(answered.error());
        auto current = engines(store, inForce->id);
        if (!current)
            return std::unexpected(current.error());
        QList<std::pair<QString, QJsonObject>> out;
        for (AnswerContext context : answers::officeContexts(*(*current)->set.release(), (*current)->communes.get())) {
            QStringList releases;
            for (const auto &a : *answered)
                if (a.office == context.officeCode && !releases.contains(a.releaseId))
                    releases << a.releaseId;
            if (releases.isEmpty())
                releases << inForce->id;
            for (const QString &id : releases) {
                auto set = engines(store, id);
                if (!set)
                    return std::unexpected(set.error());
                context.now = s.at;
                context.communes = (*set)->communes.get();
                auto answer = (*set)->set.answer(s.procedure, s.facts, context);
                if (!answer)
                    return std::unexpected(answer.error());
                const auto specs = (*set)->set.facts(s.procedure);
                out.append({releases.size() > 1 ? QStringLiteral("%1 (%2)").arg(context.officeCode, id) : context.officeCode,
                            answer->toJson(*specs)});
            }
        }
        return out;
    }

    struct Engines
    {
        AnswerSet set;
        std::shared_ptr<CommuneTable> communes;
    };
    /// The answers under a published release, built once.
    Result<const Engines *> engines(HqStore &store, const QString &releaseId)
    {
        if (!m_engines.contains(releaseId)) {
            auto content = store.releaseContent(releaseId);
            if (!content)
                return std::unexpected(content.error());
            auto release = ReferenceRelease::fromCanonicalJson(*content);
            if (!release)
                return std::unexpected(release.error());
            auto set = m_modules.forRelease(*release);
            if (!set)
                return std::unexpected(set.error());
            auto communes = CommuneTable::fromRelease(*release);
            if (!communes)
                return std::unexpected(communes.error());
            m_engines.insert(releaseId, Engines{std::move(*set), std::make_shared<CommuneTable>(std::move(*communes))});
        }
        return &m_engines[releaseId];
    }

    QCommandLineOption m_scenarios{QStringLiteral("scenarios"), QStringLiteral("The scenario file (docs/answers.md)."), QStringLiteral("file")};
    QCommandLineOption m_json{QStringLiteral("json"), QStringLiteral("Print JSON, for scripts.")};
    QList<Scenario> m_list;
    AnswerModules m_modules;
    QHash<QString, Engines> m_engines;
};

class AgentsCommand final : public StoreCommand
{
public:
    AgentsCommand()
        : StoreCommand({QStringLiteral("agents")},
                       QStringLiteral("Every agent account; flags those refused because another office had given their login "
                                      "first (rename them: they cannot log in until then).")) {}

protected:
    int act(HqStore &store, const QCommandLineParser &) override
    {
        auto list = store.agents();
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

/// The account as it now stands, after an agent command.
QString accountLine(const HqStore::AgentAccount &account)
{
    return QStringList{sync::uuidText(account.id), account.login, account.role, account.officeCode}.join(u'\t')
           + (account.active ? QString() : QStringLiteral("\tDISABLED"));
}

class AgentAddCommand final : public StoreCommand
{
public:
    AgentAddCommand()
        : StoreCommand({QStringLiteral("agent"), QStringLiteral("add")},
                       QStringLiteral("Create an account every office receives; the password is read from standard input."),
                       QStringLiteral("--login LOGIN --name NAME --role agent|superviseur|administrateur --office CODE < password")) {}

protected:
    void configure(QCommandLineParser &parser) override { parser.addOptions({m_login, m_name, m_role, m_office}); }
    std::optional<int> check(const QCommandLineParser &parser) override
    {
        for (const QCommandLineOption *required : {&m_login, &m_name, &m_office})
            if (!parser.isSet(*required))
                return usageError(QStringLiteral("--%1 is required.").arg(required->names().constFirst()));
        return std::nullopt;
    }
    int act(HqStore &store, const QCommandLineParser &parser) override
    {
        QTextStream in(stdin);
        const QString password = in.readLine(1024);
        return report(store.addAgent(parser.value(m_login), parser.value(m_name), parser.value(m_role), parser.value(m_office), password),
                      accountLine);
    }

private:
    QCommandLineOption m_login{QStringLiteral("login"), QStringLiteral("The new account's login."), QStringLiteral("login")};
    QCommandLineOption m_name{QStringLiteral("name"), QStringLiteral("The agent's name."), QStringLiteral("name")};
    QCommandLineOption m_role{QStringLiteral("role"), QStringLiteral("agent, superviseur or administrateur."), QStringLiteral("role"),
                              QStringLiteral("agent")};
    QCommandLineOption m_office{QStringLiteral("office"), QStringLiteral("The agent's office code, such as BEL."), QStringLiteral("code")};
};

/// agent rename|role LOGIN|ID VALUE, agent disable|enable LOGIN|ID: one field of an account.
class AgentChangeCommand final : public StoreCommand
{
public:
    /// `fixed`: the value written; undefined, the second argument is.
    AgentChangeCommand(const QString &word, QString summary, QString field, QJsonValue fixed = QJsonValue(QJsonValue::Undefined))
        : StoreCommand({QStringLiteral("agent"), word}, std::move(summary),
                       fixed.isUndefined() ? QStringLiteral("LOGIN|ID NEW_%1").arg(field.toUpper()) : QStringLiteral("LOGIN|ID"),
                       fixed.isUndefined() ? 2 : 1),
          m_field(std::move(field)), m_fixed(std::move(fixed)) {}

protected:
    int act(HqStore &store, const QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        return report(store.updateAgent(args.at(0), {{m_field, m_fixed.isUndefined() ? QJsonValue(args.at(1)) : m_fixed}}), accountLine);
    }

private:
    QString m_field;
    QJsonValue m_fixed;
};

class NewEpochCommand final : public StoreCommand
{
public:
    NewEpochCommand()
        : StoreCommand({QStringLiteral("new-epoch")},
                       QStringLiteral("After restoring HQ from a backup: workstations send again what HQ lost.")) {}

protected:
    int act(HqStore &store, const QCommandLineParser &) override
    {
        if (auto r = store.newEpoch(); !r)
            return fail(r.error());
        print(QStringLiteral("epoch %1 from sequence %2").arg(store.epoch()).arg(store.epochStart()));
        return cli::Success;
    }
};

class StateHashCommand final : public StoreCommand
{
public:
    StateHashCommand()
        : StoreCommand({QStringLiteral("state-hash")},
                       QStringLiteral("The hash of the synced state, as every converged workstation prints it.")) {}

protected:
    int act(HqStore &store, const QCommandLineParser &) override
    {
        return report(store.stateHash(), [](const QByteArray &hash) { return QString::fromLatin1(hash); });
    }
};

class SnapshotCommand final : public StoreCommand
{
public:
    SnapshotCommand()
        : StoreCommand({QStringLiteral("snapshot")},
                       QStringLiteral("Write the snapshot new workstations start from, in --snapshots (nightly).")) {}

protected:
    std::optional<int> check(const QCommandLineParser &) override
    {
        if (global(QStringLiteral("snapshots")).isEmpty())
            return usageError(QStringLiteral("--snapshots DIR is required (the folder guichet-hq serves it from)."));
        return std::nullopt;
    }
    int act(HqStore &store, const QCommandLineParser &) override
    {
        return report(store.makeSnapshot(global(QStringLiteral("snapshots"))), [](const sync::SnapshotInfo &info) {
            return QStringLiteral("snapshot %1: sequence %2, %3 bytes, sha256 %4")
                .arg(info.name).arg(info.seq).arg(info.bytes).arg(QString::fromLatin1(info.sha256));
        });
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
    all.push_back(std::make_unique<ConsistencyCommand>());
    all.push_back(std::make_unique<SetAsideCommand>());
    all.push_back(std::make_unique<NewEpochCommand>());
    all.push_back(std::make_unique<StateHashCommand>());
    all.push_back(std::make_unique<SnapshotCommand>());
    return all;
}

} // namespace guichet::hq
