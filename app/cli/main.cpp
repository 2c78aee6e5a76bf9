// SPDX-License-Identifier: GPL-3.0-or-later
// guichetctl: headless operations on an office database, for IT staff and
// scheduled tasks. Links guichet-core only.

#include "agentcommand.h"
#include "calendarcommand.h"
#include "checkcommand.h"
#include "command.h"
#include "democommand.h"
#include "initcommand.h"
#include "statscommand.h"
#include "synccommand.h"

#include "i18n.h"

#include <QCoreApplication>

namespace guichet::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> all;
    all.push_back(std::make_unique<InitCommand>());
    all.push_back(std::make_unique<AgentAddCommand>());
    all.push_back(std::make_unique<DemoCommand>());
    all.push_back(std::make_unique<StatsCommand>());
    all.push_back(std::make_unique<VerifyCommand>());
    all.push_back(std::make_unique<EnrolCommand>());
    all.push_back(std::make_unique<HqUrlCommand>());
    all.push_back(std::make_unique<SyncCommand>());
    all.push_back(std::make_unique<SettingCommand>());
    all.push_back(std::make_unique<StateHashCommand>());
    all.push_back(std::make_unique<CheckCommand>());
    all.push_back(std::make_unique<CalendarHolidaysCommand>());
    return all;
}

namespace {

/// The command line before a command is chosen: global options, help, dispatch.
class Tool
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    static int run(QCoreApplication &app);

private:
    static QString helpText(const std::vector<std::unique_ptr<Command>> &commands);
};

QString Tool::helpText(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: guichetctl [--db PATH] COMMAND [options]") << "\n\n"
      << tr("Headless operations on a Guichet office database.") << "\n\n"
      << tr("Commands:") << '\n';
    qsizetype width = 0;
    for (const auto &c : commands)
        width = std::max(width, c->words().join(QLatin1Char(' ')).size());
    for (const auto &c : commands)
        s << "  " << c->words().join(QLatin1Char(' ')).leftJustified(width) << "  " << c->summary() << '\n';
    s << '\n'
      << tr("Global options:") << '\n'
      << "  --db PATH      " << tr("The office database (default: %1).").arg(guichet::Database::defaultPath()) << '\n'
      << "  -h, --help     " << tr("Shows this help; after a command, the command's help.") << '\n'
      << "  -v, --version  " << tr("Shows the version.") << "\n\n"
      << tr("Run \"guichetctl COMMAND --help\" for the options of a command.") << "\n\n"
      << tr("Exit codes:") << '\n'
      << "  0  " << tr("success") << '\n'
      << "  1  " << tr("a value was refused, a check failed, or verify found problems") << '\n'
      << "  2  " << tr("usage error: unknown command or option, missing or malformed argument") << '\n'
      << "  3  " << tr("the database or a file could not be opened, read or written") << '\n'
      << "  4  " << tr("HQ did not answer (sync): nothing is lost, try again later") << '\n';
    return text;
}

int Tool::run(QCoreApplication &app)
{
    const auto commands = allCommands();
    QCommandLineParser parser;
    // Everything after the command's words belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption database(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(database);
    if (!parser.parse(app.arguments())) {
        err() << tr("guichetctl: %1").arg(parser.errorText()) << '\n'
              << tr("Run \"guichetctl --help\" to see the commands.") << '\n';
        return UsageError;
    }
    if (parser.isSet(version)) {
        out() << "guichetctl " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        if (parser.isSet(help)) {
            out() << helpText(commands);
            return Success;
        }
        err() << helpText(commands);
        return UsageError;
    }
    // The longest run of words that names a command: "agent add", "calendar holidays".
    Command *command = nullptr;
    qsizetype used = 0;
    for (const auto &c : commands) {
        const QStringList w = c->words();
        if (w.size() > used && words.mid(0, w.size()) == w) {
            command = c.get();
            used = w.size();
        }
    }
    if (!command) {
        QStringList known;
        for (const auto &c : commands)
            if (c->words().constFirst() == words.constFirst())
                known << c->words().join(QLatin1Char(' '));
        err() << (known.isEmpty() ? tr("guichetctl: unknown command \"%1\".").arg(words.constFirst())
                                  : tr("guichetctl: \"%1\" needs a subcommand: %2.")
                                        .arg(words.constFirst(), known.join(QStringLiteral(", "))))
              << '\n'
              << tr("Run \"guichetctl --help\" to see the commands.") << '\n';
        return UsageError;
    }
    QStringList rest = words.mid(used);
    if (parser.isSet(help))
        rest.prepend(QStringLiteral("--help"));
    return command->execute(rest, parser.value(database));
}

} // namespace

} // namespace guichet::cli

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichetctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    guichet::installTranslations();
    const int code = guichet::cli::Tool::run(app);
    guichet::cli::out().flush();
    guichet::cli::err().flush();
    return code;
}
