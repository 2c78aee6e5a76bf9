// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "console.h"
#include "domain/clock.h"
#include "domain/validators.h"
#include "identity/mrz.h"
#include "reference/communes.h"
#include "store/referencestore.h"

#include <QJsonArray>

namespace guichet::cli {

namespace {

/// The communes of the release this program ships with, read once.
const CommuneTable &shippedCommunes()
{
    static const CommuneTable table = [] {
        const auto release = ReferenceStore::bundled();
        const auto communes = release ? CommuneTable::fromRelease(*release) : Result<CommuneTable>();
        return communes ? *communes : CommuneTable();
    }();
    return table;
}

struct Check
{
    const char *kind;
    Result<QString> (*validate)(const QString &input);
};

const Check checks[] = {
    {"nir", [](const QString &v) { return validate::nir(v); }},
    {"insee", [](const QString &v) { return shippedCommunes().checkCode(v, QStringLiteral("insee")); }},
    {"postcode", [](const QString &v) { return validate::postalCode(v); }},
    {"phone", [](const QString &v) { return validate::phone(v); }},
    {"email", [](const QString &v) { return validate::email(v); }},
};

QJsonValue jsonDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue jsonText(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QString CheckCommand::summary() const
{
    return tr("Check a NIR, INSEE code, postcode, phone number, e-mail address or machine-readable zone.");
}

QString CheckCommand::description() const
{
    return tr("Checks VALUE as the counter screens do. Prints \"valid: \" and the normalised value and exits with "
              "0, or prints why it is refused and exits with 1. --json prints {\"kind\", \"input\", \"valid\", "
              "\"normalized\", \"field\", \"message\"}.\n"
              "check insee also names the commune (from the commune table of the shipped reference release): a code "
              "must exist, not only be well formed, and a former commune's code is said with today's commune; "
              "--json adds \"commune\", \"department\", \"currentCode\" and \"former\".\n"
              "check mrz reads the 2 or 3 lines of a passport's or an identity card's machine-readable zone on "
              "standard input (type them, or scan the document with a reader that types them, then end the "
              "input with Ctrl+D), verifies every check digit and prints the fields, or the field whose check "
              "fails; --json adds \"format\", \"documentCode\", \"issuingState\", \"documentNumber\", "
              "\"surname\", \"givenNames\", \"namesTruncated\", \"nationality\", \"birthDate\", \"sex\", "
              "\"expiryDate\", \"optionalData\", \"optionalData2\", \"issueMonth\" and \"issuingOffice\".");
}

void CheckCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("kind"), tr("nir, insee, postcode, phone, email or mrz."));
    parser.addPositionalArgument(QStringLiteral("value"),
                                 tr("The value to check; quote it if it has spaces. None for mrz, which reads "
                                    "standard input."));
    m_json.setDescription(tr("Print a JSON object, for scripts."));
    parser.addOption(m_json);
}

int CheckCommand::checkMrz(const QCommandLineParser &parser)
{
    if (Console::inputIsTerminal())
        err() << tr("Type or scan the 2 or 3 lines of the machine-readable zone, then press Ctrl+D.") << Qt::endl;
    QStringList read;
    while (const auto line = Console::readLine())
        read << *line;
    const QString input = read.join(u'\n');
    const auto result = identity::parseMrz(input, SystemClock().today());
    if (parser.isSet(m_json)) {
        QJsonObject o{{QStringLiteral("kind"), QStringLiteral("mrz")},
                      {QStringLiteral("input"), input},
                      {QStringLiteral("valid"), result.has_value()},
                      {QStringLiteral("normalized"),
                       result ? QJsonValue(identity::normalizeMrzLines(input).join(u'\n')) : QJsonValue()},
                      {QStringLiteral("field"), result ? QJsonValue() : QJsonValue(result.error().field)},
                      {QStringLiteral("message"), result ? QJsonValue() : QJsonValue(result.error().message)}};
        if (result) {
            const identity::MrzData &d = *result;
            o.insert(QStringLiteral("format"), identity::mrzFormatKey(d.format));
            o.insert(QStringLiteral("documentCode"), d.documentCode);
            o.insert(QStringLiteral("issuingState"), d.issuingState);
            o.insert(QStringLiteral("documentNumber"), d.documentNumber);
            o.insert(QStringLiteral("surname"), d.surname);
            o.insert(QStringLiteral("givenNames"), QJsonArray::fromStringList(d.givenNames));
            o.insert(QStringLiteral("namesTruncated"), d.namesTruncated);
            o.insert(QStringLiteral("nationality"), jsonText(d.nationality));
            o.insert(QStringLiteral("birthDate"), jsonDate(d.birthDate));
            o.insert(QStringLiteral("sex"), QString(d.sex));
            o.insert(QStringLiteral("expiryDate"), jsonDate(d.expiryDate));
            o.insert(QStringLiteral("optionalData"), jsonText(d.optionalData));
            o.insert(QStringLiteral("optionalData2"), jsonText(d.optionalData2));
            o.insert(QStringLiteral("issueMonth"), d.issueMonth.isValid() ? QJsonValue(d.issueMonth.toString(u"yyyy-MM"))
                                                                           : QJsonValue());
            o.insert(QStringLiteral("issuingOffice"), jsonText(d.issuingOffice));
        }
        printJson(o);
    } else if (result) {
        const identity::MrzData &d = *result;
        const QString none = tr("(none)");
        const auto orNone = [&](const QString &s) { return s.isEmpty() ? none : s; };
        out() << tr("valid: %1").arg(d.isPassport() ? tr("passport") : tr("identity card")) << '\n'
              << tr("format: %1").arg(identity::mrzFormatKey(d.format)) << '\n'
              << tr("document type: %1").arg(d.documentCode) << '\n'
              << tr("issuing state: %1").arg(d.issuingState) << '\n'
              << tr("number: %1").arg(d.documentNumber) << '\n'
              << tr("surname: %1").arg(orNone(d.surname)) << '\n'
              << tr("given names: %1").arg(orNone(d.givenNamesText())) << '\n';
        if (d.namesTruncated)
            out() << tr("names may be truncated: check them against the printed page") << '\n';
        out() << tr("nationality: %1").arg(orNone(d.nationality)) << '\n'
              << tr("birth date: %1").arg(d.birthDate.toString(Qt::ISODate)) << '\n'
              << tr("sex: %1").arg(d.sex) << '\n'
              << tr("expiry date: %1").arg(d.expiryDate.isValid() ? d.expiryDate.toString(Qt::ISODate)
                                                                   : tr("not in the zone of this card")) << '\n';
        if (d.issueMonth.isValid())
            out() << tr("month of issue: %1").arg(d.issueMonth.toString(u"yyyy-MM")) << '\n';
        if (!d.optionalData.isEmpty() || !d.optionalData2.isEmpty())
            out() << tr("optional data: %1").arg(QStringList{d.optionalData, d.optionalData2}.join(u' ').trimmed())
                  << '\n';
    } else {
        out() << tr("invalid: %1").arg(result.error().message) << '\n';
    }
    return result ? Success : Failed;
}

int CheckCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && args.at(0) == QLatin1String("mrz")) {
        if (args.size() != 1)
            return usageError(tr("check mrz reads the lines of the zone on standard input, not as arguments: "
                                 "echo or pipe them, or type them and end with Ctrl+D."));
        return checkMrz(parser);
    }
    if (args.size() != 2)
        return usageError(tr("expected a kind (nir, insee, postcode, phone or email) and one value, or mrz "
                             "with its lines on standard input."));
    const Check *check = nullptr;
    for (const Check &c : checks)
        if (args.at(0) == QLatin1String(c.kind))
            check = &c;
    if (!check)
        return usageError(tr("\"%1\" is not something guichetctl checks; choose nir, insee, postcode, phone, email "
                             "or mrz.")
                              .arg(args.at(0)));
    const QString input = args.at(1);
    const Result<QString> result = check->validate(input);
    // An INSEE code is also said as the commune it designates today.
    const Commune *commune = result && qstrcmp(check->kind, "insee") == 0 ? shippedCommunes().currentOf(*result) : nullptr;
    if (parser.isSet(m_json)) {
        QJsonObject o{{QStringLiteral("kind"), QLatin1String(check->kind)},
                      {QStringLiteral("input"), input},
                      {QStringLiteral("valid"), result.has_value()},
                      {QStringLiteral("normalized"), result ? QJsonValue(*result) : QJsonValue()},
                      {QStringLiteral("field"), result ? QJsonValue() : QJsonValue(result.error().field)},
                      {QStringLiteral("message"), result ? QJsonValue() : QJsonValue(result.error().message)}};
        if (commune) {
            o.insert(QStringLiteral("commune"), commune->name);
            o.insert(QStringLiteral("department"), commune->department);
            o.insert(QStringLiteral("currentCode"), commune->code);
            o.insert(QStringLiteral("former"), shippedCommunes().isFormer(*result));
        }
        printJson(o);
    } else if (commune && shippedCommunes().isFormer(*result)) {
        out() << tr("valid: %1, a former commune, today %2 (%3)").arg(*result, CommuneTable::label(*commune), commune->code)
              << '\n';
    } else if (commune) {
        out() << tr("valid: %1, %2").arg(*result, CommuneTable::label(*commune)) << '\n';
    } else if (result) {
        out() << tr("valid: %1").arg(*result) << '\n';
    } else {
        out() << tr("invalid: %1").arg(result.error().message) << '\n';
    }
    return result ? Success : Failed;
}

} // namespace guichet::cli
