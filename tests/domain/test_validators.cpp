// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "domain/fieldversion.h"
#include "domain/validators.h"

using namespace guichet;
namespace v = guichet::validate;

namespace {

/// The NIR key written out here, independently of the code under test.
constexpr qint64 keyOf(qint64 thirteenDigits)
{
    return 97 - thirteenDigits % 97;
}

/// An error as a validator must give it: the field it was asked to name, a
/// sentence, and no placeholder left unfilled.
void checkError(const Result<QString> &r, const QString &field)
{
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == Error::Code::Invalid);
    CHECK(r.error().field == field);
    CHECK_FALSE(r.error().message.trimmed().isEmpty());
    CHECK_FALSE(r.error().message.contains(QLatin1String("%1")));
    CHECK(r.error().message.endsWith(u'.'));
}

} // namespace

// ---------------------------------------------------------------- NIR

TEST_CASE("NIR: the two worked keys of domain.md are accepted", "[validators][nir]")
{
    static_assert(keyOf(1631278477042) == 94);
    static_assert(keyOf(2620875032039) == 77);
    CHECK(v::nir(QStringLiteral("163127847704294")).value() == QStringLiteral("163127847704294"));
    CHECK(v::nir(QStringLiteral("262087503203977")).value() == QStringLiteral("262087503203977"));
}

TEST_CASE("NIR: spaces are allowed on input and removed", "[validators][nir]")
{
    CHECK(v::nir(QStringLiteral("1 63 12 78 477 042 94")).value() == QStringLiteral("163127847704294"));
    CHECK(v::nir(QStringLiteral("  2 62 08 75 032 039 77 ")).value() == QStringLiteral("262087503203977"));
    // A non-breaking space, as a copy from a PDF brings.
    CHECK(v::nir(QStringLiteral("1\u00a063\u00a012 78 477 042 94")).value() == QStringLiteral("163127847704294"));
}

TEST_CASE("NIR: a Corsican 2A number is checked with 19 in place of 2A", "[validators][nir]")
{
    // 1 85 05 2A 004 123: N = 1850519004123; 1850519004123 mod 97 = 41, key 97 - 41 = 56.
    static_assert(1850519004123 % 97 == 41);
    CHECK(v::nir(QStringLiteral("1 85 05 2A 004 123 56")).value() == QStringLiteral("185052A00412356"));
    // Lower case is read as upper case.
    CHECK(v::nir(QStringLiteral("1 85 05 2a 004 123 56")).value() == QStringLiteral("185052A00412356"));
    // The key of the same digits read with 20 (29) is refused.
    static_assert(keyOf(1850520004123) == 29);
    checkError(v::nir(QStringLiteral("1 85 05 2A 004 123 29")), QStringLiteral("nir"));
}

TEST_CASE("NIR: a Corsican 2B number is checked with 18 in place of 2B", "[validators][nir]")
{
    // 2 70 02 2B 123 045: N = 2700218123045; 2700218123045 mod 97 = 56, key 97 - 56 = 41.
    static_assert(2700218123045 % 97 == 56);
    CHECK(v::nir(QStringLiteral("2 70 02 2B 123 045 41")).value() == QStringLiteral("270022B12304541"));
    static_assert(keyOf(2700220123045) == 84);
    checkError(v::nir(QStringLiteral("2 70 02 2B 123 045 84")), QStringLiteral("nir"));
    // 2A's key does not fit 2B: the substitution depends on the letter.
    static_assert(keyOf(2700219123045) != 41);
    checkError(v::nir(QStringLiteral("2 70 02 2A 123 045 41")), QStringLiteral("nir"));
}

TEST_CASE("NIR: a wrong key is refused and the message says the key does not match", "[validators][nir]")
{
    const auto r = v::nir(QStringLiteral("1 63 12 78 477 042 95"));
    checkError(r, QStringLiteral("nir"));
    CHECK(r.error().message.contains(QLatin1String("key")));
    // The expected key is not given away.
    CHECK_FALSE(r.error().message.contains(QLatin1String("94")));
    // One mistyped digit in the body is caught by the key.
    checkError(v::nir(QStringLiteral("1 63 12 78 477 043 94")), QStringLiteral("nir"));
}

TEST_CASE("NIR: keys at the ends of the range, 01 and 97, are accepted", "[validators][nir]")
{
    static_assert(keyOf(1850578006077) == 1);
    static_assert(keyOf(1850578006078) == 97);
    CHECK(v::nir(QStringLiteral("185057800607701")).has_value());
    CHECK(v::nir(QStringLiteral("185057800607897")).has_value());
    // 97 - N mod 97 is never 0.
    checkError(v::nir(QStringLiteral("185057800607800")), QStringLiteral("nir"));
}

TEST_CASE("NIR: anything but 15 characters is refused, with the count found", "[validators][nir]")
{
    const auto missingKey = v::nir(QStringLiteral("1 63 12 78 477 042"));
    checkError(missingKey, QStringLiteral("nir"));
    CHECK(missingKey.error().message.contains(QLatin1String("13")));
    checkError(v::nir(QStringLiteral("16312784770429")), QStringLiteral("nir"));
    checkError(v::nir(QStringLiteral("1631278477042944")), QStringLiteral("nir"));
    checkError(v::nir(QString()), QStringLiteral("nir"));
    checkError(v::nir(QStringLiteral("   ")), QStringLiteral("nir"));
}

TEST_CASE("NIR: letters are refused outside a 2A or 2B department", "[validators][nir]")
{
    checkError(v::nir(QStringLiteral("1 63 12 78 4A7 042 94")), QStringLiteral("nir"));
    checkError(v::nir(QStringLiteral("1 85 05 2C 004 123 56")), QStringLiteral("nir"));
    checkError(v::nir(QStringLiteral("1 85 05 A2 004 123 56")), QStringLiteral("nir"));
    checkError(v::nir(QStringLiteral("1-63-12-78-477-042-94")), QStringLiteral("nir"));
    // Next to 2A, the commune number must still be digits.
    const auto r = v::nir(QStringLiteral("1 85 05 2A A04 123 56"));
    checkError(r, QStringLiteral("nir"));
    CHECK(r.error().message.contains(QLatin1String("only digits")));
}

TEST_CASE("NIR: first digits 3, 4, 7 and 8 are accepted, others refused", "[validators][nir]")
{
    static_assert(keyOf(3850578006084) == 88);
    static_assert(keyOf(4850578006084) == 38);
    static_assert(keyOf(7850578006084) == 82);
    static_assert(keyOf(8850578006084) == 32);
    CHECK(v::nir(QStringLiteral("385057800608488")).has_value());
    CHECK(v::nir(QStringLiteral("485057800608438")).has_value());
    CHECK(v::nir(QStringLiteral("785057800608482")).has_value());
    CHECK(v::nir(QStringLiteral("885057800608432")).has_value());

    // Correct keys, refused for the first digit alone.
    static_assert(keyOf(5850578006084) == 85);
    checkError(v::nir(QStringLiteral("585057800608485")), QStringLiteral("nir"));
    static_assert(keyOf(6850578006084) == 35);
    checkError(v::nir(QStringLiteral("685057800608435")), QStringLiteral("nir"));
    static_assert(keyOf(9850578006084) == 79);
    checkError(v::nir(QStringLiteral("985057800608479")), QStringLiteral("nir"));
    static_assert(keyOf(850578006084) == 44);
    checkError(v::nir(QStringLiteral("085057800608444")), QStringLiteral("nir"));
}

TEST_CASE("NIR: months 01-12, 20, 30-42 and 50-99 are accepted, others refused", "[validators][nir]")
{
    static_assert(keyOf(1850578006084) == 91);
    static_assert(keyOf(1852078006084) == 40);
    static_assert(keyOf(1853078006084) == 6);
    static_assert(keyOf(1854278006084) == 4);
    static_assert(keyOf(1855078006084) == 35);
    static_assert(keyOf(1859978006084) == 43);
    CHECK(v::nir(QStringLiteral("185057800608491")).has_value());
    CHECK(v::nir(QStringLiteral("185207800608440")).has_value());
    CHECK(v::nir(QStringLiteral("185307800608406")).has_value());
    CHECK(v::nir(QStringLiteral("185427800608404")).has_value());
    CHECK(v::nir(QStringLiteral("185507800608435")).has_value());
    CHECK(v::nir(QStringLiteral("185997800608443")).has_value());

    static_assert(keyOf(1850078006084) == 11);
    static_assert(keyOf(1851378006084) == 25);
    static_assert(keyOf(1854378006084) == 20);
    static_assert(keyOf(1854978006084) == 19);
    for (const char *refused : {"185007800608411", "185137800608425", "185437800608420", "185497800608419"}) {
        INFO(refused);
        const auto r = v::nir(QString::fromLatin1(refused));
        checkError(r, QStringLiteral("nir"));
        CHECK(r.error().message.contains(QLatin1String("month")));
    }
}

// ---------------------------------------------------------------- INSEE

TEST_CASE("INSEE code: metropolitan, Corsican and overseas communes are accepted", "[validators][insee]")
{
    CHECK(v::inseeCode(QStringLiteral("75056")).value() == QStringLiteral("75056"));
    CHECK(v::inseeCode(QStringLiteral("01001")).value() == QStringLiteral("01001"));
    CHECK(v::inseeCode(QStringLiteral("95690")).value() == QStringLiteral("95690"));
    CHECK(v::inseeCode(QStringLiteral("75120")).value() == QStringLiteral("75120"));
    CHECK(v::inseeCode(QStringLiteral("2A004")).value() == QStringLiteral("2A004"));
    CHECK(v::inseeCode(QStringLiteral("2b033")).value() == QStringLiteral("2B033"));
    CHECK(v::inseeCode(QStringLiteral(" 97411 ")).value() == QStringLiteral("97411"));
    CHECK(v::inseeCode(QStringLiteral("97101")).value() == QStringLiteral("97101"));
    CHECK(v::inseeCode(QStringLiteral("97611")).value() == QStringLiteral("97611"));
}

TEST_CASE("INSEE code: departments that do not exist are refused", "[validators][insee]")
{
    for (const char *refused : {"96123", "00123", "97012", "97701", "97801", "98818", "99100"}) {
        INFO(refused);
        checkError(v::inseeCode(QString::fromLatin1(refused)), QStringLiteral("insee"));
    }
    // Corsica has used 2A and 2B since 1976.
    const auto corsica = v::inseeCode(QStringLiteral("20004"));
    checkError(corsica, QStringLiteral("insee"));
    CHECK(corsica.error().message.contains(QLatin1String("2A")));
}

TEST_CASE("INSEE code: wrong shapes are refused", "[validators][insee]")
{
    for (const char *refused : {"2C123", "9741", "974111", "", "7505A", "A2004", "75 056", "2A-04"}) {
        INFO(refused);
        checkError(v::inseeCode(QString::fromLatin1(refused), QStringLiteral("birthPlace")),
                   QStringLiteral("birthPlace"));
    }
}

// ---------------------------------------------------------------- postal code

TEST_CASE("Postal code: five digits from 01000 to 98999 are accepted", "[validators][postal]")
{
    for (const char *accepted : {"01000", "75001", "20000", "20090", "97400", "98999", " 69001 "}) {
        INFO(accepted);
        CHECK(v::postalCode(QString::fromLatin1(accepted)).value() == QString::fromLatin1(accepted).trimmed());
    }
}

TEST_CASE("Postal code: other values are refused", "[validators][postal]")
{
    for (const char *refused : {"00999", "00100", "99000", "7500", "750001", "2A000", "75 001", "", "７５００１"}) {
        INFO(refused);
        checkError(v::postalCode(QString::fromUtf8(refused)), QStringLiteral("postalCode"));
    }
}

// ---------------------------------------------------------------- phone

TEST_CASE("Phone: a French mobile is normalised to E.164 whatever its input form", "[validators][phone]")
{
    const QString e164 = QStringLiteral("+33612345678");
    CHECK(v::phone(QStringLiteral("06 12 34 56 78")).value() == e164);
    CHECK(v::phone(QStringLiteral("0612345678")).value() == e164);
    CHECK(v::phone(QStringLiteral("06.12.34.56.78")).value() == e164);
    CHECK(v::phone(QStringLiteral("+33 6 12 34 56 78")).value() == e164);
    CHECK(v::phone(QStringLiteral("0033612345678")).value() == e164);
    CHECK(v::phone(QStringLiteral("07 81 23 45 67")).value() == QStringLiteral("+33781234567"));
}

TEST_CASE("Phone: a French landline is normalised to E.164", "[validators][phone]")
{
    CHECK(v::phone(QStringLiteral("01 42 76 40 40")).value() == QStringLiteral("+33142764040"));
    CHECK(v::phone(QStringLiteral("04 78 12 34 56")).value() == QStringLiteral("+33478123456"));
}

TEST_CASE("Phone: overseas numbers get their own country code", "[validators][phone]")
{
    CHECK(v::phone(QStringLiteral("+262 692 12 34 56")).value() == QStringLiteral("+262692123456"));
    // Written as in the French national plan at a metropolitan counter.
    CHECK(v::phone(QStringLiteral("0692 12 34 56")).value() == QStringLiteral("+262692123456"));
    CHECK(v::phone(QStringLiteral("0690 12 34 56")).value() == QStringLiteral("+590690123456"));
    // At a Réunion counter, a metropolitan mobile is still read as +33.
    CHECK(v::phone(QStringLiteral("06 12 34 56 78"), QStringLiteral("phone"), QStringLiteral("RE")).value()
          == QStringLiteral("+33612345678"));
    CHECK(v::phone(QStringLiteral("0692 12 34 56"), QStringLiteral("phone"), QStringLiteral("RE")).value()
          == QStringLiteral("+262692123456"));
}

TEST_CASE("Phone: a foreign number with its country code is accepted", "[validators][phone]")
{
    CHECK(v::phone(QStringLiteral("+44 20 7946 0958")).value() == QStringLiteral("+442079460958"));
    CHECK(v::phone(QStringLiteral("0044 20 7946 0958")).value() == QStringLiteral("+442079460958"));
    CHECK(v::phone(QStringLiteral("+49 30 901820")).value() == QStringLiteral("+4930901820"));
}

TEST_CASE("Phone: numbers that cannot exist are refused", "[validators][phone]")
{
    for (const char *refused : {"", "   ", "06 12 34 56", "06 12 34 56 78 9", "12345", "bonjour",
                                "+33 692 12 34 56", "00 00 00 00 00", "+999 123 456 789"}) {
        INFO(refused);
        checkError(v::phone(QString::fromLatin1(refused), QStringLiteral("mobile")), QStringLiteral("mobile"));
    }
}

// ---------------------------------------------------------------- e-mail

TEST_CASE("E-mail: a usual address is accepted and its domain lower-cased", "[validators][email]")
{
    CHECK(v::email(QStringLiteral("Jeanne.Martin@Example.FR")).value() == QStringLiteral("Jeanne.Martin@example.fr"));
    CHECK(v::email(QStringLiteral("  jeanne@mairie-paris.fr ")).value() == QStringLiteral("jeanne@mairie-paris.fr"));
    CHECK(v::email(QStringLiteral("j.martin+etat-civil@sub.example.co.uk")).has_value());
    CHECK(v::email(QStringLiteral("o'brien_2@example.ie")).has_value());
}

TEST_CASE("E-mail: spaces inside the address are refused with their own message", "[validators][email]")
{
    for (const char *refused : {"jeanne martin@example.fr", "jeanne@exam ple.fr", "jeanne\t@example.fr"}) {
        INFO(refused);
        const auto r = v::email(QString::fromLatin1(refused));
        checkError(r, QStringLiteral("email"));
        CHECK(r.error().message.contains(QLatin1String("spaces")));
    }
}

TEST_CASE("E-mail: the length limits 64 and 254 are inclusive", "[validators][email]")
{
    const QString domain = QString(63, u'a') + u'.' + QString(63, u'b') + u'.' + QString(58, u'c') + QStringLiteral(".fr");
    REQUIRE(domain.size() == 189);
    const QString longest = QString(64, u'x') + u'@' + domain;
    REQUIRE(longest.size() == 254);
    CHECK(v::email(longest).has_value());

    checkError(v::email(QString(64, u'x') + u'@' + domain + u'x'), QStringLiteral("email"));
    checkError(v::email(QString(65, u'x') + QStringLiteral("@example.fr")), QStringLiteral("email"));
    CHECK(v::email(QString(64, u'x') + QStringLiteral("@example.fr")).has_value());
    // A domain label is at most 63 characters.
    checkError(v::email(QStringLiteral("a@") + QString(64, u'a') + QStringLiteral(".fr")), QStringLiteral("email"));
}

TEST_CASE("E-mail: malformed addresses are refused", "[validators][email]")
{
    for (const char *refused : {
             "", "jeanne.martin", "jeanne@@example.fr", "jeanne@example@fr", "@example.fr", "jeanne@",
             "jeanne@localhost", "jeanne martin@example.fr", "jeanne@exam ple.fr", "jeanne@-example.fr",
             "jeanne@example-.fr", "jeanne@exa_mple.fr", "jeanne@example..fr", "jeanne@.example.fr",
             "jeanne@example.fr.", "jean,martin@example.fr", ".jeanne@example.fr", "jeanne.@example.fr",
             "jeanne..martin@example.fr", "\"jeanne\"@example.fr", "élodie@example.fr", "jeanne@évry.fr"}) {
        INFO(refused);
        checkError(v::email(QString::fromUtf8(refused), QStringLiteral("contactEmail")),
                   QStringLiteral("contactEmail"));
    }
}

// ---------------------------------------------------------------- all

TEST_CASE("Validators: every error names the field given, or the default one", "[validators]")
{
    checkError(v::nir(QStringLiteral("x")), QStringLiteral("nir"));
    checkError(v::inseeCode(QStringLiteral("x")), QStringLiteral("insee"));
    checkError(v::postalCode(QStringLiteral("x")), QStringLiteral("postalCode"));
    checkError(v::phone(QStringLiteral("x")), QStringLiteral("phone"));
    checkError(v::email(QStringLiteral("x")), QStringLiteral("email"));

    checkError(v::nir(QStringLiteral("x"), QStringLiteral("a")), QStringLiteral("a"));
    checkError(v::inseeCode(QStringLiteral("x"), QStringLiteral("b")), QStringLiteral("b"));
    checkError(v::postalCode(QStringLiteral("x"), QStringLiteral("c")), QStringLiteral("c"));
    checkError(v::phone(QStringLiteral("x"), QStringLiteral("d")), QStringLiteral("d"));
    checkError(v::email(QStringLiteral("x"), QStringLiteral("e")), QStringLiteral("e"));
}

TEST_CASE("Validators: each message names the field by a human label", "[validators]")
{
    CHECK(v::nir(QStringLiteral("1")).error().message.startsWith(QLatin1String("Social security number:")));
    CHECK(v::inseeCode(QStringLiteral("1")).error().message.startsWith(QLatin1String("INSEE commune code:")));
    CHECK(v::postalCode(QStringLiteral("1")).error().message.startsWith(QLatin1String("Postal code:")));
    CHECK(v::phone(QStringLiteral("1")).error().message.startsWith(QLatin1String("Phone number:")));
    CHECK(v::email(QStringLiteral("1")).error().message.startsWith(QLatin1String("E-mail address:")));
}

TEST_CASE("Phone: a stored number is shown as people dial it", "[validators][phone]")
{
    CHECK(guichet::validate::phoneForDisplay(QStringLiteral("+33612345678")) == QStringLiteral("06 12 34 56 78"));
    CHECK(guichet::validate::phoneForDisplay(QStringLiteral("+442079460958")) == QStringLiteral("+44 20 7946 0958"));
    CHECK(guichet::validate::phoneForDisplay(QString()).isEmpty());
}

TEST_CASE("FieldVersion: written and read back the same, malformed text refused, and the later writer wins by stamp "
          "then by workstation",
          "[domain][sync]")
{
    using guichet::FieldVersion;
    const QByteArray a = QByteArray::fromHex("0189aaaaaaaaaaaaaaaaaaaaaaaaaaaa"), b = QByteArray::fromHex("0189bbbbbbbbbbbbbbbbbbbbbbbbbbbb");
    const FieldVersion v{123456789, a};
    REQUIRE(FieldVersion::parse(v.toString()).has_value());
    CHECK(*FieldVersion::parse(v.toString()) == v);
    for (const char *bad : {"", ":", "12", "x:0189aaaaaaaaaaaaaaaaaaaaaaaaaaaa", "-1:0189aaaaaaaaaaaaaaaaaaaaaaaaaaaa", "12:0189"})
        CHECK_FALSE(FieldVersion::parse(QString::fromLatin1(bad)).has_value());
    CHECK(FieldVersion{2, a} > FieldVersion{1, b});
    CHECK(FieldVersion{1, b} > FieldVersion{1, a});
}
