// SPDX-License-Identifier: GPL-3.0-or-later
#include "validators.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <string>

// Messages are written out as QCoreApplication::translate("Validation", …) at
// each call so that lupdate finds them all under one context.

namespace guichet::validate {

namespace {

Result<QString> fail(const QString &field, const QString &message)
{
    return std::unexpected(Error::invalid(field, message));
}

/// Removes every kind of space, including the non-breaking ones that a copy
/// from a PDF or a web page brings along.
QString withoutSpaces(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input)
        if (!c.isSpace())
            out.append(c);
    return out;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allAsciiDigits(QStringView s)
{
    for (const QChar c : s)
        if (!isAsciiDigit(c))
            return false;
    return !s.isEmpty();
}

/// Month of birth as the NIR encodes it: 01–12, or the codes used when the
/// month is unknown or the number provisional (20, 30–42, 50–99). domain.md §6
/// asks validators to be lenient here.
bool isNirMonth(int month)
{
    return (month >= 1 && month <= 12) || month == 20 || (month >= 30 && month <= 42) || month >= 50;
}

} // namespace

Result<QString> nir(const QString &input, const QString &field)
{
    const QString value = withoutSpaces(input).toUpper();
    if (value.isEmpty())
        return fail(field, QCoreApplication::translate(
                               "Validation",
                               "Social security number: the field is empty. Enter the 13 characters "
                               "and the 2-digit key shown on the person's card, e.g. "
                               "1 85 05 78 006 084 91."));
    if (value.size() != 15)
        return fail(field, QCoreApplication::translate(
                               "Validation",
                               "Social security number: expected 13 characters and a 2-digit key "
                               "(15 in all), e.g. 1 85 05 78 006 084 91, but found %1. Check the "
                               "number on the person's card.")
                               .arg(value.size()));

    // Only the department (characters 6 and 7) may hold letters: 2A or 2B.
    const QStringView department = QStringView(value).mid(5, 2);
    const bool corsica = department == u"2A" || department == u"2B";
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (corsica && (i == 5 || i == 6))
            continue;
        if (!isAsciiDigit(value.at(i)))
            return fail(field, QCoreApplication::translate(
                                   "Validation",
                                   "Social security number: only digits are allowed, except 2A or "
                                   "2B as the department (characters 6 and 7) for a birth in "
                                   "Corsica. Check the number on the person's card."));
    }

    // 1 and 2 for men and women; 3, 4, 7 and 8 for provisional numbers.
    static constexpr QStringView sexDigits = u"123478";
    if (!sexDigits.contains(value.at(0)))
        return fail(field, QCoreApplication::translate(
                               "Validation",
                               "Social security number: the first digit must be 1 or 2 (3, 4, 7 "
                               "or 8 for a provisional number). Check the number on the person's "
                               "card."));

    if (!isNirMonth(QStringView(value).mid(3, 2).toInt()))
        return fail(field, QCoreApplication::translate(
                               "Validation",
                               "Social security number: characters 4 and 5 must be the month of "
                               "birth, 01 to 12 (or 20, 30 to 42, 50 to 99 when the month is "
                               "unknown). Check the number on the person's card."));

    // Corsica: the key is computed with 19 in place of 2A and 18 in place of 2B.
    QString digits = value.left(13);
    if (department == u"2A")
        digits.replace(5, 2, QStringLiteral("19"));
    else if (department == u"2B")
        digits.replace(5, 2, QStringLiteral("18"));

    // 13 digits do not fit in 32 bits.
    qint64 number = 0;
    for (const QChar c : digits)
        number = number * 10 + (c.unicode() - u'0');
    const qint64 expectedKey = 97 - number % 97;
    if (QStringView(value).mid(13, 2).toInt() != expectedKey)
        return fail(field, QCoreApplication::translate(
                               "Validation",
                               "Social security number: the key (the last 2 digits) does not match "
                               "the first 13 characters, so one of them was mistyped. Check both "
                               "against the person's card."));
    return value;
}

Result<QString> inseeCode(const QString &input, const QString &field)
{
    const QString value = input.trimmed().toUpper();
    static const QRegularExpression shape(QStringLiteral("^(\\d{2}|2A|2B)\\d{3}$"));
    if (!shape.match(value).hasMatch())
        return fail(field, QCoreApplication::translate(
                               "Validation",
                               "INSEE commune code: expected 5 characters, a department (01 to 95, "
                               "2A or 2B for Corsica, 971 to 976 overseas) followed by the commune "
                               "number, e.g. 75056 for Paris or 2A004 for Ajaccio. It is not the "
                               "postal code: look the commune up in the official list (COG)."));

    const QString twoDigits = value.left(2);
    if (twoDigits == u"20")
        return fail(field, QCoreApplication::translate(
                               "Validation",
                               "INSEE commune code: Corsican communes begin with 2A (Corse-du-Sud) "
                               "or 2B (Haute-Corse), not 20, e.g. 2A004 for Ajaccio. Take the code "
                               "from the official commune list (COG)."));

    // Departments are 01–19, 2A, 2B, 21–95 and 971–976; 977, 978 and 98x are
    // overseas collectivities outside any department.
    const bool isCorsica = twoDigits == u"2A" || twoDigits == u"2B";
    const int prefix = isCorsica ? 20 : twoDigits.toInt();
    if (prefix == 97) {
        const QChar third = value.at(2);
        if (third < u'1' || third > u'6')
            return fail(field, QCoreApplication::translate(
                                   "Validation",
                                   "INSEE commune code: %1 is not an overseas department; expected "
                                   "971 to 976 followed by 2 digits, e.g. 97411 for Saint-Denis "
                                   "(Réunion). Take the code from the official commune list (COG).")
                                   .arg(value.left(3)));
    } else if (prefix < 1 || prefix > 95) {
        return fail(field, QCoreApplication::translate(
                               "Validation",
                               "INSEE commune code: %1 is not a French department; expected 01 to "
                               "95, 2A, 2B or 971 to 976. Take the code from the official commune "
                               "list (COG).")
                               .arg(twoDigits));
    }
    return value;
}

Result<QString> postalCode(const QString &input, const QString &field)
{
    const QString value = input.trimmed();
    if (value.size() != 5 || !allAsciiDigits(value))
        return fail(field, QCoreApplication::translate(
                               "Validation",
                               "Postal code: expected 5 digits, e.g. 75001, or 20000 in Corsica. "
                               "Copy it from the address on the person's proof of address."));
    const int code = value.toInt();
    if (code < 1000 || code > 98999)
        return fail(field, QCoreApplication::translate(
                               "Validation",
                               "Postal code: %1 is outside the French range 01000 to 98999. Copy "
                               "it from the address on the person's proof of address.")
                               .arg(value));
    return value;
}

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

/// Regions that share France's 10-digit national plan: a metropolitan counter
/// writes a Réunion mobile as 0692 …, which libphonenumber reads as +262 only
/// when told the region is RE.
constexpr std::array frenchPlanRegions{"FR", "RE", "YT", "GP", "MQ", "GF", "PM", "BL", "MF"};

bool inFrenchPlan(const std::string &region)
{
    for (const char *r : frenchPlanRegions)
        if (region == r)
            return true;
    return false;
}

} // namespace

QString phoneForDisplay(const QString &e164, const QString &homeRegion)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (e164.isEmpty() || util->Parse(e164.toStdString(), homeRegion.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    std::string out;
    util->Format(number, region == homeRegion.toStdString() ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

Result<QString> phone(const QString &input, const QString &field, const QString &defaultRegion)
{
    const QString notANumber = QCoreApplication::translate(
        "Validation",
        "Phone number: this is not a phone number. Enter 10 digits such as 06 12 34 56 78, or an "
        "international number beginning with + such as +44 20 7946 0958.");
    const QString trimmed = input.trimmed();
    // libphonenumber's parsing grows with the square of the length: no real
    // number, spaces and dots included, is longer than this.
    if (trimmed.isEmpty() || trimmed.size() > MaxPhoneChars)
        return fail(field, notANumber);

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const std::string text = trimmed.toStdString();
    const std::string region = defaultRegion.trimmed().toUpper().toStdString();

    PhoneNumber number;
    // Keeping the raw input records whether the number came with + or 00.
    if (util->ParseAndKeepRawInput(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return fail(field, notANumber);

    bool valid = util->IsValidNumber(number);
    // A national number (no + nor 00) that is invalid in the default region may
    // belong to another region of the same plan: 0692 … is Réunion, 06 … metropolitan.
    if (!valid && inFrenchPlan(region)
        && number.country_code_source() == PhoneNumber::FROM_DEFAULT_COUNTRY) {
        for (const char *other : frenchPlanRegions) {
            if (region == other)
                continue;
            PhoneNumber candidate;
            if (util->Parse(text, other, &candidate) == PhoneNumberUtil::NO_PARSING_ERROR
                && util->IsValidNumber(candidate)) {
                number = candidate;
                valid = true;
                break;
            }
        }
    }
    if (!valid)
        return fail(field, QCoreApplication::translate(
                               "Validation",
                               "Phone number: no such number exists (wrong number of digits or "
                               "unknown prefix). Check the digits with the person; a number from "
                               "abroad must begin with + and the country code."));

    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

namespace {

/// RFC 5322 atext, what a local part may hold unquoted. Quoted local parts are
/// refused: no counter needs them and they hide typing mistakes.
bool isAtext(QChar c)
{
    if (c.unicode() > 0x7e)
        return false;
    if (c.isLetterOrNumber())
        return true;
    static constexpr QStringView specials = u"!#$%&'*+-/=?^_`{|}~";
    return specials.contains(c);
}

bool isDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    for (const QChar c : label) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || isAsciiDigit(c)
            || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

Result<QString> email(const QString &input, const QString &field)
{
    const QString value = input.trimmed();
    const QString shapeMessage = QCoreApplication::translate(
        "Validation",
        "E-mail address: expected one @ between a name and a domain, e.g. "
        "jeanne.martin@example.fr. Check the address with the person.");
    if (value.isEmpty())
        return fail(field, shapeMessage);
    for (const QChar c : value)
        if (c.isSpace())
            return fail(field, QCoreApplication::translate(
                                   "Validation",
                                   "E-mail address: spaces are not allowed, e.g. "
                                   "jeanne.martin@example.fr. Remove them or check the address with "
                                   "the person."));
    if (value.size() > 254)
        return fail(field, QCoreApplication::translate(
                               "Validation",
                               "E-mail address: at most 254 characters are allowed, but found %1. "
                               "Check the address with the person.")
                               .arg(value.size()));
    if (value.count(u'@') != 1)
        return fail(field, shapeMessage);

    const qsizetype at = value.indexOf(u'@');
    const QStringView local = QStringView(value).left(at);
    const QString domain = value.mid(at + 1).toLower();
    if (local.isEmpty() || domain.isEmpty())
        return fail(field, shapeMessage);

    bool localOk = local.size() <= 64 && local.front() != u'.' && local.back() != u'.'
        && !local.contains(u"..");
    for (const QChar c : local)
        localOk = localOk && (c == u'.' || isAtext(c));
    if (!localOk)
        return fail(field, QCoreApplication::translate(
                               "Validation",
                               "E-mail address: the part before the @ must have 1 to 64 characters: "
                               "letters without accents, digits, dots (not two in a row, not first "
                               "or last) and signs such as - _ +, but no comma. Check the address "
                               "with the person."));

    const QList<QStringView> labels = QStringView(domain).split(u'.');
    bool domainOk = labels.size() >= 2;
    for (const QStringView label : labels)
        domainOk = domainOk && isDomainLabel(label);
    if (!domainOk)
        return fail(field, QCoreApplication::translate(
                               "Validation",
                               "E-mail address: the part after the @ must be a domain such as "
                               "example.fr: letters without accents, digits and hyphens, in parts "
                               "separated by single dots, none beginning or ending with a hyphen. "
                               "Check the address with the person."));

    return local.toString() + u'@' + domain;
}

} // namespace guichet::validate
