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

int Command::execute(const QStringList &arguments, const QString &globalDatabase)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Shows this help."));
    parser.addOption(help);
    const QCommandLineOption database(QStringLiteral("db"),
                                      tr("The office database (default: %1).").arg(Database::defaultPath()),
                                      tr("PATH"));
    parser.addOption(database);
    configure(parser);

    if (!parser.parse(QStringList{QStringLiteral("guichetctl")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out() << helpText(parser);
        out().flush();
        return Success;
    }
    m_database = parser.isSet(database) ? parser.value(database)
        : !globalDatabase.isEmpty()     ? globalDatabase
                                        : Database::defaultPath();
    if (m_database.isEmpty())
        return usageError(tr("--db needs a path."));
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
    text.replace(0, firstLineEnd, tr("Usage: guichetctl %1 %2").arg(name(), syntax()).trimmed());
    text += QLatin1Char('\n')
        + tr("Exit codes: 0 success, 1 invalid value or failed check, 2 usage error, 3 database or I/O error.")
        + QLatin1Char('\n');
    return text;
}

Result<std::unique_ptr<Database>> Command::openDatabase(const Clock &clock, Database::OpenMode mode) const
{
    return Database::open(m_database, clock, mode);
}

int Command::usageError(const QString &message) const
{
    err() << tr("guichetctl %1: %2").arg(name(), message) << '\n'
          << tr("Run \"guichetctl %1 --help\" to see its options.").arg(name()) << '\n';
    err().flush();
    return UsageError;
}

int Command::fail(const Error &error) const
{
    err() << tr("guichetctl %1: %2").arg(name(), error.message) << '\n';
    err().flush();
    return exitCodeFor(error);
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

} // namespace guichet::cli
