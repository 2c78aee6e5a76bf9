// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentcommand.h"

#include "console.h"
#include "officesetup.h"
#include "store/agentrepository.h"
#include "store/referencestore.h"

namespace guichet::cli {

QString AgentAddCommand::summary() const
{
    return tr("Add an agent account; the password is read from standard input.");
}

QString AgentAddCommand::syntax() const
{
    return tr("--login LOGIN --name NAME --role ROLE [--office CODE] [--db PATH] < password");
}

QString AgentAddCommand::description() const
{
    return tr("Adds an agent account. The password is never given on the command line: it is read from the first "
              "line of standard input (e.g. from a file or a password manager), or asked twice without echo when "
              "standard input is a terminal. It needs at least %1 characters.")
        .arg(AgentRepository::minPasswordLength);
}

void AgentAddCommand::configure(QCommandLineParser &parser)
{
    m_login.setDescription(tr("Login: 2 to 32 lower-case letters, digits, dots, hyphens or underscores."));
    m_login.setValueName(tr("LOGIN"));
    m_name.setDescription(tr("The agent's name as colleagues know it."));
    m_name.setValueName(tr("NAME"));
    m_role.setDescription(tr("agent, superviseur or administrateur."));
    m_role.setValueName(tr("ROLE"));
    m_office.setDescription(tr("Office code of the agent (default: the office of the database)."));
    m_office.setValueName(tr("CODE"));
    parser.addOption(m_login);
    parser.addOption(m_name);
    parser.addOption(m_role);
    parser.addOption(m_office);
}

int AgentAddCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\"; the password is read from standard input, never from "
                             "the command line.").arg(parser.positionalArguments().constFirst()));
    for (const QCommandLineOption *required : {&m_login, &m_name, &m_role})
        if (!parser.isSet(*required))
            return usageError(tr("--%1 is required.").arg(required->names().constFirst()));
    const auto role = roleFromKey(parser.value(m_role).trimmed().toLower());
    if (!role)
        return fail(Error::invalid(QStringLiteral("role"),
            tr("Role: \"%1\" is not a role. Choose agent, superviseur or administrateur.").arg(parser.value(m_role))));

    const SystemClock clock;
    auto db = openDatabase(clock, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error());
    auto release = ReferenceStore(**db).current(clock.today());
    if (!release)
        return fail(release.error());
    QString office = (*db)->meta(QStringLiteral("office_code"));
    if (parser.isSet(m_office)) {
        auto checked = OfficeSetup::checkOffice(*release, parser.value(m_office));
        if (!checked)
            return fail(checked.error());
        office = *checked;
    }
    if (office.isEmpty())
        return fail(Error::make(Error::Code::NotFound,
            tr("The office database %1 has no office yet. Run \"guichetctl init --office CODE\" first, or give "
               "--office.").arg((*db)->path())));

    std::optional<QString> password;
    if (Console::inputIsTerminal()) {
        password = Console::readSecret(tr("Password for %1: ").arg(parser.value(m_login)));
        const auto again = password ? Console::readSecret(tr("Password again: ")) : std::nullopt;
        if (password && again != password)
            return fail(Error::invalid(QStringLiteral("password"),
                tr("Password: the two entries differ. Run the command again.")));
    } else {
        password = Console::readLine();
    }
    if (!password || password->isEmpty())
        return fail(Error::invalid(QStringLiteral("password"),
            tr("Password: nothing was read from standard input. Give the password on the first line of standard "
               "input, e.g. guichetctl agent add … < password-file.")));

    auto agent = AgentRepository(**db).add(parser.value(m_login), parser.value(m_name), *role, office, *password);
    password->fill(QLatin1Char(' '));
    if (!agent)
        return fail(agent.error());
    out() << tr("Agent %1 added: %2, %3, office %4.")
                 .arg(agent->login, agent->displayName, roleKey(agent->role), agent->officeCode)
          << '\n';
    return Success;
}

} // namespace guichet::cli
