// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QHash>
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

/// A command-line program made of commands: guichetctl, guichet-hq.
struct Program
{
    QString name;                       ///< "guichetctl"
    QString synopsis;                   ///< first line of the help, after "Usage: "
    QString description;                ///< one paragraph
    QString exitCodes;                  ///< the list of exit codes, one per line
    /// Options every command takes, before or after its words (--db).
    QList<QCommandLineOption> globals;
    /// Run when no command word is given (guichet-hq serves); empty: the help.
    QStringList defaultCommand;
};

/// One command of a Program: its words ("agent add"), its options, and what it does.
/// Every command takes --help and the program's global options. All messages
/// of the tools share the translation context "guichetctl" (Q_DECLARE_TR_FUNCTIONS
/// in each class, so that lupdate files them there too).
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
    /// `globals`: the program's global options as given before the command's words.
    int execute(const Program &program, const QStringList &arguments, const QHash<QString, QString> &globals);

protected:
    /// Adds the command's options and positional arguments.
    virtual void configure(QCommandLineParser &parser) = 0;
    /// The arguments as shown in "Usage: <program> <words> <syntax>".
    virtual QString syntax() const = 0;
    /// Longer translated description shown by --help.
    virtual QString description() const { return summary(); }
    /// What --help adds after the options, given the positional arguments typed
    /// before it (`guichetctl answer cni.demande --help` lists that procedure's facts).
    virtual QString moreHelp(const QStringList &positional) const { Q_UNUSED(positional); return {}; }
    virtual int run(const QCommandLineParser &parser) = 0;

    QString name() const { return words().join(QLatin1Char(' ')); }
    /// A global option's value (given after the words, or else before them), empty when not given.
    QString global(const QString &option) const { return m_globals.value(option); }

    /// Prints the message and how to get help; returns UsageError.
    int usageError(const QString &message) const;
    /// Prints the error's sentence; returns its exit code.
    int fail(const Error &error) const;
    /// The exit code an error leads to (exitCodeFor, unless the program reads it otherwise).
    virtual int exitCodeOf(const Error &error) const { return exitCodeFor(error); }
    /// An option's value as an integer, or a usage error printed and std::nullopt.
    std::optional<qint64> integerOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                        qint64 fallback, int *exitCode) const;
    static void printJson(const QJsonObject &object);

private:
    QString helpText(const QCommandLineParser &parser) const;
    QString m_program;
    QString m_exitCodes;
    QHash<QString, QString> m_globals;
};

/// Runs the program: global options, help, version, and the command its
/// words name (the longest run of words that names one).
int runProgram(const Program &program, const std::vector<std::unique_ptr<Command>> &commands, const QStringList &arguments);

/// A guichetctl command: it works on an office database (--db).
class OfficeCommand : public Command
{
protected:
    QString databasePath() const;
    Result<std::unique_ptr<Database>> openDatabase(const Clock &clock, Database::OpenMode mode) const;
};


} // namespace guichet::cli
