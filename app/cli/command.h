// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace guichet::cli {

/// Exit codes, stable for scripts (listed in `guichetctl --help`).
enum ExitCode : int {
    Success = 0,
    Failed = 1,          ///< a value was refused, a check failed, verify found problems
    UsageError = 2,      ///< unknown command or option, missing or malformed argument
    StorageFailure = 3,  ///< the database or a file could not be read or written
    Unreachable = 4,     ///< HQ did not answer (network, HQ down): nothing is lost, try again later
};

/// The exit code a core error leads to.
int exitCodeFor(const Error &error);

QTextStream &out();
QTextStream &err();

/// One `guichetctl` command: its words ("agent add"), its options, and what it does.
/// Every command takes --help and the global --db. All messages of the tool
/// share the translation context "guichetctl" (Q_DECLARE_TR_FUNCTIONS in each
/// class, so that lupdate files them there too).
class Command
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    virtual ~Command() = default;

    /// The words that select the command, e.g. {"agent", "add"}.
    virtual QStringList words() const = 0;
    /// One translated line for the list of commands.
    virtual QString summary() const = 0;

    /// Parses `arguments` (what follows the command's words) and runs the command.
    int execute(const QStringList &arguments, const QString &globalDatabase);

protected:
    /// Adds the command's options and positional arguments.
    virtual void configure(QCommandLineParser &parser) = 0;
    /// The arguments as shown in "Usage: guichetctl <words> <syntax>".
    virtual QString syntax() const = 0;
    /// Longer translated description shown by --help.
    virtual QString description() const { return summary(); }
    virtual int run(const QCommandLineParser &parser) = 0;

    QString name() const { return words().join(QLatin1Char(' ')); }
    QString databasePath() const { return m_database; }
    Result<std::unique_ptr<Database>> openDatabase(const Clock &clock, Database::OpenMode mode) const;

    /// Prints the message and how to get help; returns UsageError.
    int usageError(const QString &message) const;
    /// Prints the error's sentence; returns its exit code.
    int fail(const Error &error) const;
    /// An option's value as an integer, or a usage error printed and std::nullopt.
    std::optional<qint64> integerOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                        qint64 fallback, int *exitCode) const;
    static void printJson(const QJsonObject &object);

private:
    QString helpText(const QCommandLineParser &parser) const;
    QString m_database;
};

/// Every command, in the order of the help.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace guichet::cli
