// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace guichet::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::Invalid:
    case Error::Code::Forbidden:
    case Error::Code::Conflict:
    case Error::Code::Locked:
        return Failed;
    case Error::Code::NotFound:       // the database, or its reference release, is missing
    case Error::Code::Storage:
    case Error::Code::Incompatible:
    case Error::Code::Unavailable:
        return StorageFailure;
    }
    return StorageFailure;
}

int Command::execute(const Program &program, const QStringList &arguments, const QHash<QString, QString> &globals)
{
    m_program = program.name;
    m_exitCodes = program.exitCodes;
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Shows this help."));
    parser.addOption(help);
    for (const QCommandLineOption &option : program.globals)
        parser.addOption(option);
    configure(parser);

    if (!parser.parse(QStringList{program.name} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out() << helpText(parser) << moreHelp(parser.positionalArguments());
        out().flush();
        return Success;
    }
    m_globals = globals;
    for (const QCommandLineOption &option : program.globals) {
        const QString key = option.names().constLast();
        if (parser.isSet(option))
            m_globals.insert(key, parser.value(option));
        if (m_globals.contains(key) && m_globals.value(key).isEmpty())
            return usageError(tr("--%1 needs a value.").arg(key));
    }
    const int code = run(parser);
    out().flush();
    err().flush();
    return code;
}

QString Command::helpText(const QCommandLineParser &parser) const
{
    // Qt's first line names the binary's full path; say how the command is typed instead.
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    text.replace(0, firstLineEnd, tr("Usage: %1 %2 %3").arg(m_program, name(), syntax()).trimmed());
    text += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n') + m_exitCodes;
    return text;
}

QString OfficeCommand::databasePath() const
{
    const QString path = global(QStringLiteral("db"));
    return path.isEmpty() ? Database::defaultPath() : path;
}

Result<std::unique_ptr<Database>> OfficeCommand::openDatabase(const Clock &clock, Database::OpenMode mode) const
{
    return Database::open(databasePath(), clock, mode);
}

int Command::usageError(const QString &message) const
{
    err() << tr("%1 %2: %3").arg(m_program, name(), message) << '\n'
          << tr("Run \"%1 %2 --help\" to see its options.").arg(m_program, name()) << '\n';
    err().flush();
    return UsageError;
}

int Command::fail(const Error &error) const
{
    err() << tr("%1 %2: %3").arg(m_program, name(), error.message) << '\n';
    err().flush();
    return exitCodeOf(error);
}

std::optional<qint64> Command::integerOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                             qint64 fallback, int *exitCode) const
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(option).trimmed().toLongLong(&ok);
    if (!ok) {
        *exitCode = usageError(tr("--%1 expects a whole number, not \"%2\".")
                                   .arg(option.names().constLast(), parser.value(option)));
        return std::nullopt;
    }
    return value;
}

void Command::printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

namespace {

class Dispatch
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    static QString helpText(const Program &program, const std::vector<std::unique_ptr<Command>> &commands)
    {
        QString text;
        QTextStream s(&text);
        s << tr("Usage: %1").arg(program.synopsis) << "\n\n" << program.description << "\n\n" << tr("Commands:") << '\n';
        qsizetype width = 0;
        for (const auto &c : commands)
            width = std::max(width, c->words().join(QLatin1Char(' ')).size());
        for (const auto &c : commands)
            s << "  " << c->words().join(QLatin1Char(' ')).leftJustified(width) << "  " << c->summary() << '\n';
        s << '\n' << tr("Global options:") << '\n';
        for (const QCommandLineOption &o : program.globals)
            s << "  " << (QStringLiteral("--") + o.names().constLast() + QLatin1Char(' ') + o.valueName()).leftJustified(16)
              << ' ' << o.description() << '\n';
        s << "  " << QStringLiteral("-h, --help").leftJustified(16) << ' ' << tr("Shows this help; after a command, the command's help.") << '\n'
          << "  " << QStringLiteral("-v, --version").leftJustified(16) << ' ' << tr("Shows the version.") << "\n\n"
          << tr("Run \"%1 COMMAND --help\" for the options of a command.").arg(program.name) << "\n\n"
          << tr("Exit codes:") << '\n' << program.exitCodes;
        return text;
    }

    static Command *find(const std::vector<std::unique_ptr<Command>> &commands, const QStringList &words, qsizetype *used)
    {
        Command *command = nullptr;
        *used = 0;
        for (const auto &c : commands) {
            const QStringList w = c->words();
            if (w.size() > *used && words.mid(0, w.size()) == w) {
                command = c.get();
                *used = w.size();
            }
        }
        return command;
    }
};

} // namespace

int runProgram(const Program &program, const std::vector<std::unique_ptr<Command>> &commands, const QStringList &arguments)
{
    qsizetype used = 0;
    Command *fallback = program.defaultCommand.isEmpty() ? nullptr : Dispatch::find(commands, program.defaultCommand, &used);
    QCommandLineParser parser;
    // Everything after the command's words belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOption(help);
    parser.addOption(version);
    for (const QCommandLineOption &option : program.globals)
        parser.addOption(option);
    if (!parser.parse(arguments)) {
        // The default command's own options come with no word before them
        // (guichet-hq --db URL --listen 127.0.0.1:8443): its parser reads them all.
        if (fallback)
            return fallback->execute(program, arguments.mid(1), {});
        err() << Dispatch::tr("%1: %2").arg(program.name, parser.errorText()) << '\n'
              << Dispatch::tr("Run \"%1 --help\" to see the commands.").arg(program.name) << '\n';
        return UsageError;
    }
    if (parser.isSet(version)) {
        out() << program.name << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    QHash<QString, QString> globals;
    for (const QCommandLineOption &option : program.globals)
        if (parser.isSet(option))
            globals.insert(option.names().constLast(), parser.value(option));
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        if (parser.isSet(help)) {
            out() << Dispatch::helpText(program, commands);
            return Success;
        }
        if (fallback)
            return fallback->execute(program, {}, globals);
        err() << Dispatch::helpText(program, commands);
        return UsageError;
    }
    Command *command = Dispatch::find(commands, words, &used);
    if (!command) {
        QStringList known;
        for (const auto &c : commands)
            if (c->words().constFirst() == words.constFirst())
                known << c->words().join(QLatin1Char(' '));
        err() << (known.isEmpty() ? Dispatch::tr("%1: unknown command \"%2\".").arg(program.name, words.constFirst())
                                  : Dispatch::tr("%1: \"%2\" needs a subcommand: %3.")
                                        .arg(program.name, words.constFirst(), known.join(QStringLiteral(", "))))
              << '\n'
              << Dispatch::tr("Run \"%1 --help\" to see the commands.").arg(program.name) << '\n';
        return UsageError;
    }
    QStringList rest = words.mid(used);
    if (parser.isSet(help))
        rest.prepend(QStringLiteral("--help"));
    return command->execute(program, rest, globals);
}

} // namespace guichet::cli
