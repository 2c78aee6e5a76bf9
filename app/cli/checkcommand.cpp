// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "domain/validators.h"

namespace guichet::cli {

namespace {

struct Check
{
    const char *kind;
    Result<QString> (*validate)(const QString &input);
};

const Check checks[] = {
    {"nir", [](const QString &v) { return validate::nir(v); }},
    {"insee", [](const QString &v) { return validate::inseeCode(v); }},
    {"postcode", [](const QString &v) { return validate::postalCode(v); }},
    {"phone", [](const QString &v) { return validate::phone(v); }},
    {"email", [](const QString &v) { return validate::email(v); }},
};

} // namespace

QString CheckCommand::summary() const
{
    return tr("Check a NIR, INSEE code, postcode, phone number or e-mail address.");
}

QString CheckCommand::description() const
{
    return tr("Checks VALUE as the counter screens do. Prints \"valid: \" and the normalised value and exits with "
              "0, or prints why it is refused and exits with 1. --json prints {\"kind\", \"input\", \"valid\", "
              "\"normalized\", \"field\", \"message\"}.");
}

void CheckCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("kind"), tr("nir, insee, postcode, phone or email."));
    parser.addPositionalArgument(QStringLiteral("value"), tr("The value to check; quote it if it has spaces."));
    m_json.setDescription(tr("Print a JSON object, for scripts."));
    parser.addOption(m_json);
}

int CheckCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("expected a kind (nir, insee, postcode, phone or email) and one value."));
    const Check *check = nullptr;
    for (const Check &c : checks)
        if (args.at(0) == QLatin1String(c.kind))
            check = &c;
    if (!check)
        return usageError(tr("\"%1\" is not something guichetctl checks; choose nir, insee, postcode, phone or email.")
                              .arg(args.at(0)));
    const QString input = args.at(1);
    const Result<QString> result = check->validate(input);
    if (parser.isSet(m_json)) {
        printJson({{QStringLiteral("kind"), QLatin1String(check->kind)},
                   {QStringLiteral("input"), input},
                   {QStringLiteral("valid"), result.has_value()},
                   {QStringLiteral("normalized"), result ? QJsonValue(*result) : QJsonValue()},
                   {QStringLiteral("field"), result ? QJsonValue() : QJsonValue(result.error().field)},
                   {QStringLiteral("message"), result ? QJsonValue() : QJsonValue(result.error().message)}});
    } else if (result) {
        out() << tr("valid: %1").arg(*result) << '\n';
    } else {
        out() << tr("invalid: %1").arg(result.error().message) << '\n';
    }
    return result ? Success : Failed;
}

} // namespace guichet::cli
