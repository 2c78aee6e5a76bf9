// SPDX-License-Identifier: GPL-3.0-or-later
// guichetctl: headless operations on an office database, for IT staff and
// scheduled tasks. Links guichet-core only.

#include "agentcommand.h"
#include "answercommand.h"
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

namespace {

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
    all.push_back(std::make_unique<AnswerCommand>());
    all.push_back(std::make_unique<CalendarHolidaysCommand>());
    return all;
}

class Tool
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    static Program program()
    {
        return {QStringLiteral("guichetctl"),
                tr("guichetctl [--db PATH] COMMAND [options]"),
                tr("Headless operations on a Guichet office database."),
                QStringLiteral("  0  %1\n  1  %2\n  2  %3\n  3  %4\n  4  %5\n")
                    .arg(tr("success"), tr("a value was refused, a check failed, or verify found problems"),
                         tr("usage error: unknown command or option, missing or malformed argument"),
                         tr("the database or a file could not be opened, read or written"),
                         tr("HQ did not answer (sync): nothing is lost, try again later")),
                {QCommandLineOption(QStringLiteral("db"), tr("The office database (default: %1).").arg(Database::defaultPath()),
                                    tr("PATH"))},
                {}};
    }
};

} // namespace

} // namespace guichet::cli

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichetctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    guichet::installTranslations();
    const int code = guichet::cli::runProgram(guichet::cli::Tool::program(), guichet::cli::allCommands(), app.arguments());
    guichet::cli::out().flush();
    guichet::cli::err().flush();
    return code;
}
