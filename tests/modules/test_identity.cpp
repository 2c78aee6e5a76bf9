// SPDX-License-Identifier: GPL-3.0-or-later
// The identity-documents piece shared by the CNI and passport modules: the
// machine-readable zone (ICAO 9303 and the 1988 French card) and the title
// rules of the shipped reference release. Expected values are written out
// from the ICAO specimens, domain.md §2, §6 and §7 and a calendar, never
// taken from the code under test.
#include "testsupport.h"
#include "moduletesting.h"

#include "identityrules.h"
#include "identity/mrz.h"
#include "reference/referencerelease.h"
#include "reference/workflow.h"

#include <QJsonDocument>

#include <functional>

using namespace guichet;
using namespace guichet::identity;

namespace {

const QDate Today(2026, 3, 10);  // a Tuesday

// ICAO 9303 part 4, appendix: the specimen passport of Anna Maria Eriksson.
const QString Td3Specimen = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                           "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
// ICAO 9303 part 5, appendix: the specimen TD1 card.
const QString Td1Specimen = QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<\n"
                                           "7408122F1204159UTO<<<<<<<<<<<6\n"
                                           "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
// The 1988-model French card shown in public descriptions of its zone.
const QString French1988Specimen = QStringLiteral("IDFRADOUEL<<<<<<<<<<<<<<<<<<<<932013\n"
                                                  "0506932020438CHRISTIANE<<NI2906209F3");

QString joined(const QStringList &lines)
{
    return lines.join(u'\n');
}

/// The zone with one character replaced.
QString withChar(const QString &zone, int line, int position, QChar c)
{
    QStringList lines = zone.split(u'\n');
    lines[line][position] = c;
    return joined(lines);
}

MrzData frenchPassport()
{
    MrzData d;
    d.format = MrzFormat::Td3;
    d.documentCode = QStringLiteral("P");
    d.issuingState = QStringLiteral("FRA");
    d.documentNumber = QStringLiteral("21AB34567");
    d.surname = QStringLiteral("Le Gall-Ségur");
    d.givenNames = {QStringLiteral("Jean-Pierre"), QStringLiteral("Maëlle")};
    d.nationality = QStringLiteral("FRA");
    d.birthDate = QDate(1984, 3, 12);
    d.sex = u'M';
    d.expiryDate = QDate(2031, 6, 30);
    return d;
}

MrzData frenchCnie()
{
    MrzData d;
    d.format = MrzFormat::Td1;
    d.documentCode = QStringLiteral("ID");
    d.issuingState = QStringLiteral("FRA");
    d.documentNumber = QStringLiteral("X4RTBPFW4");
    d.surname = QStringLiteral("Martin");
    d.givenNames = {QStringLiteral("Maëlys"), QStringLiteral("Gaëlle"), QStringLiteral("Marie")};
    d.nationality = QStringLiteral("FRA");
    d.birthDate = QDate(1990, 7, 13);
    d.sex = u'F';
    d.expiryDate = QDate(2030, 2, 11);
    return d;
}

MrzData french1988()
{
    MrzData d;
    d.format = MrzFormat::FrenchIdCard1988;
    d.documentCode = QStringLiteral("ID");
    d.issuingState = QStringLiteral("FRA");
    d.documentNumber = QStringLiteral("120729012345");
    d.surname = QStringLiteral("O'Connor");
    d.givenNames = {QStringLiteral("Anne"), QStringLiteral("Sophie")};
    d.birthDate = QDate(2005, 11, 2);
    d.sex = u'F';
    d.issuingOffice = QStringLiteral("290191");
    return d;
}

MrzData td2Card()
{
    MrzData d;
    d.format = MrzFormat::Td2;
    d.documentCode = QStringLiteral("I");
    d.issuingState = QStringLiteral("UTO");
    d.documentNumber = QStringLiteral("D23145890");
    d.surname = QStringLiteral("Eriksson");
    d.givenNames = {QStringLiteral("Anna"), QStringLiteral("Maria")};
    d.nationality = QStringLiteral("UTO");
    d.birthDate = QDate(1974, 8, 12);
    d.sex = u'F';
    d.expiryDate = QDate(2032, 4, 15);
    return d;
}

MrzData parsed(const QString &zone, const QDate &reference = Today)
{
    const auto r = parseMrz(zone, reference);
    INFO(zone.toStdString());
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.has_value());
    return *r;
}

Error refused(const QString &zone, const QDate &reference = Today)
{
    const auto r = parseMrz(zone, reference);
    INFO(zone.toStdString());
    REQUIRE_FALSE(r.has_value());
    return r.error();
}

} // namespace

// ---------------------------------------------------------------- MRZ

TEST_CASE("MRZ: the check digit weighs 7-3-1 over digits, letters and fillers", "[identity][mrz]")
{
    CHECK(mrzCheckDigit(u"L898902C3") == 6);       // domain.md §6, ICAO specimen
    CHECK(mrzCheckDigit(u"740812") == 2);
    CHECK(mrzCheckDigit(u"120415") == 9);
    CHECK(mrzCheckDigit(u"ZE184226B<<<<<") == 1);
    CHECK(mrzCheckDigit(u"D23145890") == 7);
    CHECK(mrzCheckDigit(u"<<<<") == 0);
    CHECK(mrzCheckDigit(u"") == 0);
    CHECK(mrzCheckDigit(u"AB") == 3);               // 10×7 + 11×3 = 103
    CHECK(mrzCheckDigit(u"a") == -1);
    CHECK(mrzCheckDigit(u"12-3") == -1);
}

TEST_CASE("MRZ: the ICAO passport specimen reads field by field", "[identity][mrz]")
{
    const MrzData d = parsed(Td3Specimen);
    CHECK(d.format == MrzFormat::Td3);
    CHECK(d.isPassport());
    CHECK(d.documentCode == QStringLiteral("P"));
    CHECK(d.issuingState == QStringLiteral("UTO"));
    CHECK(d.documentNumber == QStringLiteral("L898902C3"));
    CHECK(d.surname == QStringLiteral("ERIKSSON"));
    CHECK(d.givenNames == QStringList{"ANNA", "MARIA"});
    CHECK(d.givenNamesText() == QStringLiteral("ANNA MARIA"));
    CHECK_FALSE(d.namesTruncated);
    CHECK(d.nationality == QStringLiteral("UTO"));
    CHECK(d.birthDate == QDate(1974, 8, 12));
    CHECK(d.sex == u'F');
    CHECK(d.expiryDate == QDate(2012, 4, 15));
    CHECK(d.optionalData == QStringLiteral("ZE184226B"));
    CHECK(mrzFormatKey(d.format) == QStringLiteral("td3"));
}

TEST_CASE("MRZ: the ICAO TD1 specimen reads field by field", "[identity][mrz]")
{
    const MrzData d = parsed(Td1Specimen);
    CHECK(d.format == MrzFormat::Td1);
    CHECK_FALSE(d.isPassport());
    CHECK(d.documentCode == QStringLiteral("I"));
    CHECK(d.issuingState == QStringLiteral("UTO"));
    CHECK(d.documentNumber == QStringLiteral("D23145890"));
    CHECK(d.surname == QStringLiteral("ERIKSSON"));
    CHECK(d.givenNames == QStringList{"ANNA", "MARIA"});
    CHECK(d.birthDate == QDate(1974, 8, 12));
    CHECK(d.sex == u'F');
    CHECK(d.expiryDate == QDate(2012, 4, 15));
    CHECK(d.nationality == QStringLiteral("UTO"));
    CHECK(d.optionalData.isEmpty());
    CHECK(d.optionalData2.isEmpty());
}

TEST_CASE("MRZ: the 1988 French card gives its number, month of issue and truncated first names", "[identity][mrz]")
{
    const MrzData d = parsed(French1988Specimen);
    CHECK(d.format == MrzFormat::FrenchIdCard1988);
    CHECK(mrzFormatKey(d.format) == QStringLiteral("cni-1988"));
    CHECK(d.documentCode == QStringLiteral("ID"));
    CHECK(d.issuingState == QStringLiteral("FRA"));
    CHECK(d.surname == QStringLiteral("DOUEL"));
    CHECK(d.issuingOffice == QStringLiteral("932013"));
    CHECK(d.documentNumber == QStringLiteral("050693202043"));
    CHECK(d.issueMonth == QDate(2005, 6, 1));
    // 14 characters hold the first names: the second one was cut.
    CHECK(d.givenNames == QStringList{"CHRISTIANE", "NI"});
    CHECK(d.namesTruncated);
    // "29": 2029 would be in the future, so 1929.
    CHECK(d.birthDate == QDate(1929, 6, 20));
    CHECK(d.sex == u'F');
    CHECK_FALSE(d.expiryDate.isValid());
    CHECK(d.nationality.isEmpty());
}

TEST_CASE("MRZ: every check digit failing alone is named, with the digit expected and the digit read", "[identity][mrz]")
{
    struct Row
    {
        const char *document;
        QString zone;
        int line;
        int position;
        const char *field;
        const char *label;
    };
    const QString cnie = joined(generateMrz(frenchCnie()));
    const QString td2 = joined(generateMrz(td2Card()));
    const Row rows[] = {
        {"passport", Td3Specimen, 1, 9, "documentNumber", "Document number"},
        {"passport", Td3Specimen, 1, 19, "birthDate", "Birth date"},
        {"passport", Td3Specimen, 1, 27, "expiryDate", "Expiry date"},
        {"passport", Td3Specimen, 1, 42, "optionalData", "Personal number"},
        {"passport", Td3Specimen, 1, 43, "composite", "Overall check digit"},
        {"TD1", Td1Specimen, 0, 14, "documentNumber", "Document number"},
        {"TD1", Td1Specimen, 1, 6, "birthDate", "Birth date"},
        {"TD1", Td1Specimen, 1, 14, "expiryDate", "Expiry date"},
        {"TD1", Td1Specimen, 1, 29, "composite", "Overall check digit"},
        {"CNIe", cnie, 0, 14, "documentNumber", "Document number"},
        {"CNIe", cnie, 1, 6, "birthDate", "Birth date"},
        {"CNIe", cnie, 1, 14, "expiryDate", "Expiry date"},
        {"CNIe", cnie, 1, 29, "composite", "Overall check digit"},
        {"1988 card", French1988Specimen, 1, 12, "documentNumber", "Document number"},
        {"1988 card", French1988Specimen, 1, 33, "birthDate", "Birth date"},
        {"1988 card", French1988Specimen, 1, 35, "composite", "Overall check digit"},
        {"TD2", td2, 1, 9, "documentNumber", "Document number"},
        {"TD2", td2, 1, 19, "birthDate", "Birth date"},
        {"TD2", td2, 1, 27, "expiryDate", "Expiry date"},
        {"TD2", td2, 1, 35, "composite", "Overall check digit"},
    };
    for (const Row &row : rows) {
        INFO(row.document << " " << row.field);
        parsed(row.zone);  // valid as it stands
        const QChar original = row.zone.split(u'\n').at(row.line).at(row.position);
        REQUIRE(original.isDigit());
        const QChar wrong = QChar(u'0' + (original.unicode() - u'0' + 5) % 10);
        const Error e = refused(withChar(row.zone, row.line, row.position, wrong));
        CHECK(e.field == QLatin1String(row.field));
        CHECK(e.message.startsWith(QStringLiteral("%1: check digit %2 expected, %3 read.")
                                       .arg(QLatin1String(row.label), original, wrong)));
    }
}

TEST_CASE("MRZ: a misread character of a field fails that field's check", "[identity][mrz]")
{
    // The birth date read 740813 instead of 740812: its check digit 2 no longer fits.
    const Error birth = refused(withChar(Td3Specimen, 1, 18, u'3'));
    CHECK(birth.field == QStringLiteral("birthDate"));
    CHECK(birth.message.startsWith(QStringLiteral("Birth date: check digit 3 expected, 2 read.")));
    // An O read for the 0 of a check digit.
    const Error letter = refused(withChar(Td3Specimen, 1, 43, u'O'));
    CHECK(letter.field == QStringLiteral("composite"));
    CHECK(letter.message.contains(QStringLiteral("0 expected, O read")));
    // A name character is covered by no check digit: it reads, as printed.
    CHECK(parsed(withChar(Td3Specimen, 0, 6, u'A')).surname == QStringLiteral("EAIKSSON"));
    // An unused personal number may carry a filler or 0 as its check digit.
    MrzData p = frenchPassport();
    const QString noPersonal = joined(generateMrz(p));
    CHECK(noPersonal.split(u'\n').at(1).at(42) == u'<');
    CHECK(parsed(noPersonal).optionalData.isEmpty());
}

TEST_CASE("MRZ: dates, sex and characters that cannot be read are refused by name", "[identity][mrz]")
{
    // 13th month, with check digits that fit: the date itself is wrong.
    QString zone = Td3Specimen;
    zone = withChar(zone, 1, 15, u'1');
    zone = withChar(zone, 1, 16, u'3');
    QStringList lines = zone.split(u'\n');
    lines[1][19] = QChar(u'0' + mrzCheckDigit(QStringView(lines[1]).mid(13, 6)));
    lines[1][43] = QChar(u'0' + mrzCheckDigit(QString(lines[1].left(10) + lines[1].mid(13, 7) + lines[1].mid(21, 22))));
    const Error month = refused(joined(lines));
    CHECK(month.field == QStringLiteral("birthDate"));
    CHECK(month.message.contains(QStringLiteral("\"741312\" is not a date")));

    MrzData d = frenchPassport();
    QStringList generated = generateMrz(d);
    generated[1][20] = u'Z';
    const Error sex = refused(joined(generated));
    CHECK(sex.field == QStringLiteral("sex"));
    CHECK(sex.message.startsWith(QStringLiteral("Sex: \"Z\" read")));

    const Error accent = refused(withChar(Td3Specimen, 0, 7, QChar(0xC9)));  // É from a wrong keyboard layout
    CHECK(accent.field == QStringLiteral("mrz"));
    CHECK(accent.message.contains(QStringLiteral("line 1, character 8")));
    CHECK(accent.message.contains(QStringLiteral("keyboard layout")));

    // An unspecified sex is a filler.
    d.sex = u'X';
    CHECK(parsed(joined(generateMrz(d))).sex == u'X');
}

TEST_CASE("MRZ: a zone of the wrong shape is refused with the lengths found", "[identity][mrz]")
{
    const QStringList lines = Td3Specimen.split(u'\n');
    const Error shortLine = refused(lines.at(0) + u'\n' + lines.at(1).left(43));
    CHECK(shortLine.field == QStringLiteral("mrz"));
    CHECK(shortLine.message.contains(QStringLiteral("lines of 44, 43 characters read")));
    CHECK(shortLine.message.contains(QStringLiteral("a passport has 2 lines of 44")));

    const Error oneLine = refused(lines.at(0));
    CHECK(oneLine.message.contains(QStringLiteral("lines of 44 characters read")));
    CHECK(refused(Td1Specimen + QStringLiteral("\nABC")).message.contains(QStringLiteral("lines of 30, 30, 30, 3 characters read")));
    // A passport line and a card line do not make a zone.
    CHECK(refused(lines.at(0) + u'\n' + French1988Specimen.split(u'\n').at(1)).field == QStringLiteral("mrz"));
    const Error nothing = refused(QStringLiteral(" \n \r\n"));
    CHECK(nothing.field == QStringLiteral("mrz"));
    CHECK(nothing.message.contains(QStringLiteral("nothing was read")));
}

TEST_CASE("MRZ: lower case, stray spaces, CR LF and a zone sent as one line are read", "[identity][mrz]")
{
    const QString messy = QStringLiteral("  p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<< \r\n\r\n"
                                         "L898902C36UTO 7408122F1204159ZE184226B<<<<<10\r\n");
    CHECK(parsed(messy).documentNumber == QStringLiteral("L898902C3"));
    CHECK(parsed(QString(Td3Specimen).remove(u'\n')).surname == QStringLiteral("ERIKSSON"));
    CHECK(parsed(QString(Td1Specimen).remove(u'\n')).documentNumber == QStringLiteral("D23145890"));
    CHECK(parsed(QString(French1988Specimen).remove(u'\n')).surname == QStringLiteral("DOUEL"));
    CHECK(normalizeMrzLines(QStringLiteral("ab c\n\nd")) == QStringList{"ABC", "D"});
}

TEST_CASE("MRZ: two-digit years: a birth date is never in the future, an expiry is taken nearest today", "[identity][mrz]")
{
    MrzData d = frenchPassport();
    const auto birthRead = [&](const QDate &birth, const QDate &reference) {
        d.birthDate = birth;
        return parsed(joined(generateMrz(d)), reference).birthDate;
    };
    // Born on the reading day 100 years apart: "260310" is today, "260311" a century ago.
    CHECK(birthRead(QDate(2026, 3, 10), Today) == QDate(2026, 3, 10));
    CHECK(birthRead(QDate(1926, 3, 11), Today) == QDate(1926, 3, 11));
    CHECK(birthRead(QDate(1926, 3, 11), QDate(2026, 3, 11)) == QDate(2026, 3, 11));
    CHECK(birthRead(QDate(2000, 2, 29), Today) == QDate(2000, 2, 29));

    d.birthDate = QDate(1984, 3, 12);
    const auto expiryRead = [&](const QDate &expiry) {
        d.expiryDate = expiry;
        return parsed(joined(generateMrz(d))).expiryDate;
    };
    CHECK(expiryRead(QDate(2036, 3, 9)) == QDate(2036, 3, 9));
    CHECK(expiryRead(QDate(1999, 1, 1)) == QDate(1999, 1, 1));   // 27 years ago rather than in 73
    CHECK(expiryRead(QDate(2070, 1, 1)) == QDate(2070, 1, 1));   // in 44 years rather than 56 ago
}

TEST_CASE("MRZ: generated French documents read back, names with several parts included", "[identity][mrz]")
{
    SECTION("passport")
    {
        const QStringList lines = generateMrz(frenchPassport());
        CHECK(lines.at(0) == QStringLiteral("P<FRALE<GALL<SEGUR<<JEAN<PIERRE<MAELLE<<<<<<"));
        const MrzData d = parsed(joined(lines));
        CHECK(d.issuingState == QStringLiteral("FRA"));
        CHECK(d.documentNumber == QStringLiteral("21AB34567"));
        CHECK(d.surname == QStringLiteral("LE GALL SEGUR"));
        CHECK(d.givenNames == QStringList{"JEAN", "PIERRE", "MAELLE"});
        CHECK_FALSE(d.namesTruncated);
        CHECK(d.birthDate == QDate(1984, 3, 12));
        CHECK(d.expiryDate == QDate(2031, 6, 30));
        CHECK(d.sex == u'M');
    }
    SECTION("CNIe of 2021")
    {
        const QStringList lines = generateMrz(frenchCnie());
        REQUIRE(lines.size() == 3);
        CHECK(lines.at(0).startsWith(QStringLiteral("IDFRAX4RTBPFW4")));
        CHECK(lines.at(2) == QStringLiteral("MARTIN<<MAELYS<GAELLE<MARIE<<<"));
        const MrzData d = parsed(joined(lines));
        CHECK(d.format == MrzFormat::Td1);
        CHECK(d.documentNumber == QStringLiteral("X4RTBPFW4"));
        CHECK(d.givenNames == QStringList{"MAELYS", "GAELLE", "MARIE"});
        CHECK(d.expiryDate == QDate(2030, 2, 11));
        CHECK(d.nationality == QStringLiteral("FRA"));
    }
    SECTION("1988 card: an apostrophe is dropped, first names are separated by two fillers")
    {
        const QStringList lines = generateMrz(french1988());
        CHECK(lines.at(0) == QStringLiteral("IDFRAOCONNOR<<<<<<<<<<<<<<<<<<290191"));
        CHECK(lines.at(1).mid(13, 14) == QStringLiteral("ANNE<<SOPHIE<<"));
        const MrzData d = parsed(joined(lines));
        CHECK(d.surname == QStringLiteral("OCONNOR"));
        CHECK(d.givenNames == QStringList{"ANNE", "SOPHIE"});
        CHECK_FALSE(d.namesTruncated);
        CHECK(d.issueMonth == QDate(2012, 7, 1));
        CHECK(d.birthDate == QDate(2005, 11, 2));
    }
    SECTION("a compound first name on the 1988 card keeps its parts together")
    {
        MrzData card = french1988();
        card.givenNames = {QStringLiteral("Jean-Luc"), QStringLiteral("Yves")};
        CHECK(parsed(joined(generateMrz(card))).givenNames == QStringList{"JEAN LUC", "YVES"});
    }
    SECTION("names longer than the zone are cut and flagged")
    {
        MrzData p = frenchPassport();
        p.surname = QStringLiteral("de La Tour d'Auvergne-Lauraguais");
        p.givenNames = {QStringLiteral("Christine"), QStringLiteral("Anne")};
        const MrzData d = parsed(joined(generateMrz(p)));
        CHECK(d.surname == QStringLiteral("DE LA TOUR DAUVERGNE LAURAGUAIS"));
        CHECK(d.givenNames == QStringList{"CHRIST"});
        CHECK(d.namesTruncated);

        MrzData c = frenchCnie();
        c.givenNames = {QStringLiteral("Marie-Christine"), QStringLiteral("Annabelle")};
        CHECK(parsed(joined(generateMrz(c))).namesTruncated);
    }
    SECTION("a surname alone, without given names")
    {
        MrzData p = frenchPassport();
        p.givenNames.clear();
        const MrzData d = parsed(joined(generateMrz(p)));
        CHECK(d.surname == QStringLiteral("LE GALL SEGUR"));
        CHECK(d.givenNames.isEmpty());
    }
    SECTION("a TD1 number longer than 9 characters goes on in the optional data")
    {
        MrzData c = frenchCnie();
        c.issuingState = QStringLiteral("UTO");
        c.documentNumber = QStringLiteral("D23145890123");
        c.optionalData = QStringLiteral("ABC");
        const QStringList lines = generateMrz(c);
        CHECK(lines.at(0).mid(5, 16) == QStringLiteral("D23145890<1233<A"));
        const MrzData d = parsed(joined(lines));
        CHECK(d.documentNumber == QStringLiteral("D23145890123"));
        CHECK(d.optionalData == QStringLiteral("ABC"));
        const Error e = refused(withChar(joined(lines), 0, 18, u'0'));
        CHECK(e.field == QStringLiteral("documentNumber"));
    }
    SECTION("a TD2 card that is not the 1988 French card")
    {
        const MrzData d = parsed(joined(generateMrz(td2Card())));
        CHECK(d.format == MrzFormat::Td2);
        CHECK(d.documentNumber == QStringLiteral("D23145890"));
        CHECK(d.expiryDate == QDate(2032, 4, 15));
    }
    CHECK(mrzName(QStringLiteral("Œuvray-Lefèvre")) == QStringLiteral("OEUVRAY<LEFEVRE"));
    CHECK(mrzName(QStringLiteral("  d'Arc ")) == QStringLiteral("DARC"));
}

// ---------------------------------------------------------------- Rules

namespace {

const IdentityRules &rules()
{
    return test::shippedRules<IdentityRules>();
}

/// The rules of the release with its "titres" section changed by `edit`.
Result<IdentityRules> rulesWithSection(const std::function<void(QJsonObject &)> &edit)
{
    auto changed = test::shippedReleaseWith(QStringLiteral("titres"), edit);
    REQUIRE(changed.has_value());
    return IdentityRules::fromRelease(*changed);
}

TitleRequest request(const QString &title, const QString &situation, const QDate &birth, const QDate &day = Today)
{
    TitleRequest r;
    r.title = title;
    r.situation = situation;
    r.birthDate = birth;
    r.day = day;
    return r;
}

QStringList ids(const QList<TitleDocument> &items)
{
    QStringList list;
    for (const auto &i : items)
        list << i.id;
    return list;
}

QStringList choiceIds(const QList<Choice> &choices)
{
    QStringList list;
    for (const auto &c : choices)
        list << c.id;
    return list;
}

const QDate Adult(1984, 3, 12);
const QString Cni = QString(CniTitle);
const QString Passport = QString(PassportTitle);

} // namespace

TEST_CASE("IdentityRules: the shipped release has a complete titres section", "[identity][rules]")
{
    const auto &r = rules();
    CHECK(choiceIds(r.titles()) == QStringList{"cni", "passeport"});
    CHECK(r.procedureOf(Cni) == QStringLiteral("cni.demande"));
    CHECK(r.procedureOf(Passport) == QStringLiteral("passeport.demande"));
    CHECK(r.titleOfProcedure(QStringLiteral("passeport.demande")) == Passport);
    CHECK(r.titleOfProcedure(QStringLiteral("etat-civil.copie-acte")).isEmpty());
    const QStringList common{"premiere-demande", "renouvellement", "perte", "vol", "deterioration",
                             "changement-etat-civil", "changement-adresse"};
    for (const QString &s : common) {
        CHECK(choiceIds(r.situations(Cni)).contains(s));
        CHECK(choiceIds(r.situations(Passport)).contains(s));
    }
    CHECK(choiceIds(r.situations(Passport)).contains(QStringLiteral("pages-pleines")));
    CHECK_FALSE(choiceIds(r.situations(Cni)).contains(QStringLiteral("pages-pleines")));
    CHECK(choiceIds(r.ageBands()) == QStringList{"moins-15", "15-17", "majeur"});
    CHECK(r.existingTitles().first().id == QString(NoExistingTitle));
    CHECK(r.label(QStringLiteral("vol")) == QStringLiteral("Vol du titre"));
    CHECK(r.fingerprintsFromYears() == 12);
    CHECK(r.collectionMonths() == 3);

    bool serviceKnown = false;
    for (const auto &s : test::shippedRelease().section(QStringLiteral("offices")).value(QStringLiteral("services")).toArray())
        serviceKnown |= s.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("titres");
    CHECK(serviceKnown);

    // The title workflow: appointment → … → handed over | destroyed.
    for (const auto &p : r.procedures()) {
        CHECK(p.service == QStringLiteral("titres"));
        const Workflow w = Workflow::fromJson(test::shippedRelease().workflow(p.workflowId));
        REQUIRE(w.isValid());
        CHECK(w.initial() == QStringLiteral("appointment"));
        CHECK(w.allows(QStringLiteral("appointment"), QStringLiteral("deposited")));
        CHECK(w.allows(QStringLiteral("deposited"), QStringLiteral("processing")));
        CHECK(w.allows(QStringLiteral("processing"), QStringLiteral("production")));
        CHECK(w.allows(QStringLiteral("production"), QStringLiteral("available")));
        CHECK(w.allows(QStringLiteral("available"), QStringLiteral("handed-over")));
        CHECK(w.allows(QStringLiteral("available"), QStringLiteral("destroyed")));
        CHECK_FALSE(w.allows(QStringLiteral("deposited"), QStringLiteral("handed-over")));
        CHECK(w.isTerminal(QStringLiteral("handed-over")));
        CHECK(w.isTerminal(QStringLiteral("destroyed")));
        CHECK_FALSE(w.reasons(QStringLiteral("available"), QStringLiteral("destroyed")).isEmpty());
        CHECK_FALSE(w.reasons(QStringLiteral("processing"), QStringLiteral("refused")).isEmpty());
        CHECK_FALSE(w.reasons(QStringLiteral("appointment"), QStringLiteral("cancelled")).isEmpty());
        CHECK(w.reasons(QStringLiteral("production"), QStringLiteral("available")).isEmpty());
    }
    CHECK(r.waitingStatuses() == QStringList{"deposited", "processing", "production"});
    CHECK(r.toHandOverStatuses() == QStringList{"available"});

    // Amounts name their sources, and the assumptions are written down.
    const QJsonObject section = test::shippedRelease().section(QStringLiteral("titres"));
    for (const auto &v : section.value(QStringLiteral("fees")).toArray())
        CHECK_FALSE(v.toObject().value(QStringLiteral("sources")).toArray().isEmpty());
    CHECK(section.value(QStringLiteral("notes")).toArray().size() >= 5);
}

TEST_CASE("IdentityRules: a release without the section, or with a gap, is refused", "[identity][rules]")
{
    const auto none = rulesWithSection([](QJsonObject &s) { s = {}; });
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().code == Error::Code::NotFound);
    CHECK(none.error().message.contains(QStringLiteral("titres")));

    const std::pair<const char *, std::function<void(QJsonObject &)>> gaps[] = {
        {"no fees", [](QJsonObject &s) { s.remove(QStringLiteral("fees")); }},
        {"no validity", [](QJsonObject &s) { s.remove(QStringLiteral("validity")); }},
        {"no fingerprints", [](QJsonObject &s) { s.remove(QStringLiteral("fingerprints")); }},
        {"no collection", [](QJsonObject &s) { s.remove(QStringLiteral("collection")); }},
        {"no answers", [](QJsonObject &s) { s.remove(QStringLiteral("answers")); }},
        {"bands not growing", [](QJsonObject &s) {
             auto bands = s.value(QStringLiteral("ageBands")).toArray();
             auto b = bands.at(1).toObject();
             b.insert(QStringLiteral("fromYears"), 0);
             bands.replace(1, b);
             s.insert(QStringLiteral("ageBands"), bands);
         }},
        {"list status not in the workflow", [](QJsonObject &s) {
             s.insert(QStringLiteral("workLists"),
                      QJsonObject{{QStringLiteral("waiting"), QJsonArray{QStringLiteral("lost")}},
                                  {QStringLiteral("toHandOver"), QJsonArray{QStringLiteral("available")}}});
         }},
        {"fee without date", [](QJsonObject &s) {
             auto fees = s.value(QStringLiteral("fees")).toArray();
             auto f = fees.at(0).toObject();
             f.remove(QStringLiteral("effective"));
             fees.replace(0, f);
             s.insert(QStringLiteral("fees"), fees);
         }},
    };
    for (const auto &[what, edit] : gaps) {
        INFO(what);
        const auto gap = rulesWithSection(edit);
        REQUIRE_FALSE(gap.has_value());
        CHECK(gap.error().code == Error::Code::Invalid);
        CHECK(gap.error().message.contains(QStringLiteral("incomplete")));
    }
}

TEST_CASE("IdentityRules: ages on the day, around the 12th, 15th and 18th birthdays and 29 February", "[identity][rules]")
{
    struct Row
    {
        QDate birth;
        QDate day;
        int age;
        const char *band;
        bool fingerprints;
    };
    const Row rows[] = {
        {QDate(2014, 3, 10), QDate(2026, 3, 9), 11, "moins-15", false},
        {QDate(2014, 3, 10), QDate(2026, 3, 10), 12, "moins-15", true},
        {QDate(2014, 3, 10), QDate(2026, 3, 11), 12, "moins-15", true},
        {QDate(2011, 3, 10), QDate(2026, 3, 9), 14, "moins-15", true},
        {QDate(2011, 3, 10), QDate(2026, 3, 10), 15, "15-17", true},
        {QDate(2011, 3, 10), QDate(2026, 3, 11), 15, "15-17", true},
        {QDate(2008, 3, 10), QDate(2026, 3, 9), 17, "15-17", true},
        {QDate(2008, 3, 10), QDate(2026, 3, 10), 18, "majeur", true},
        {QDate(2008, 3, 10), QDate(2026, 3, 11), 18, "majeur", true},
        // Born on 29 February: the birthday is 28 February in a common year …
        {QDate(2008, 2, 29), QDate(2026, 2, 27), 17, "15-17", true},
        {QDate(2008, 2, 29), QDate(2026, 2, 28), 18, "majeur", true},
        {QDate(2008, 2, 29), QDate(2026, 3, 1), 18, "majeur", true},
        // … and 29 February in a leap year.
        {QDate(2012, 2, 29), QDate(2024, 2, 28), 11, "moins-15", false},
        {QDate(2012, 2, 29), QDate(2024, 2, 29), 12, "moins-15", true},
        {QDate(2026, 3, 10), QDate(2026, 3, 10), 0, "moins-15", false},
    };
    for (const Row &row : rows) {
        INFO(row.birth.toString(Qt::ISODate).toStdString() << " on " << row.day.toString(Qt::ISODate).toStdString());
        CHECK(IdentityRules::ageOn(row.birth, row.day) == row.age);
        CHECK(rules().ageBand(row.birth, row.day) == QLatin1String(row.band));
        CHECK(rules().isMinor(row.birth, row.day) == (row.age < 18));
        CHECK(rules().takesFingerprints(row.birth, row.day) == row.fingerprints);
    }
    CHECK(IdentityRules::ageOn(QDate(), Today) == -1);
    CHECK(IdentityRules::ageOn(QDate(2026, 3, 11), Today) == -1);
    CHECK(rules().ageBand(QDate(), Today).isEmpty());
}

TEST_CASE("IdentityRules: fees by title, situation and age, at the birthdays", "[identity][rules]")
{
    struct Row
    {
        const char *title;
        const char *situation;
        QDate birth;
        qint64 cents;
        bool keepsExpiry;
    };
    const Row rows[] = {
        {"cni", "premiere-demande", Adult, 0, false},
        {"cni", "renouvellement", Adult, 0, false},
        {"cni", "deterioration", Adult, 0, false},
        {"cni", "changement-etat-civil", Adult, 0, false},
        {"cni", "changement-adresse", Adult, 0, false},
        {"cni", "perte", Adult, 2500, false},
        {"cni", "vol", Adult, 2500, false},
        {"cni", "perte", QDate(2016, 5, 1), 2500, false},   // a child's lost card costs the same
        {"passeport", "premiere-demande", Adult, 8600, false},
        {"passeport", "perte", Adult, 8600, false},
        {"passeport", "vol", Adult, 8600, false},
        {"passeport", "renouvellement", QDate(2008, 3, 10), 8600, false},   // 18 today
        {"passeport", "renouvellement", QDate(2008, 3, 11), 4200, false},   // 18 tomorrow
        {"passeport", "premiere-demande", QDate(2011, 3, 10), 4200, false}, // 15 today
        {"passeport", "premiere-demande", QDate(2011, 3, 11), 1700, false}, // 15 tomorrow
        {"passeport", "premiere-demande", QDate(2025, 1, 1), 1700, false},
        {"passeport", "changement-adresse", Adult, 0, true},     // F1709: free, keeps the old expiry
        {"passeport", "changement-etat-civil", Adult, 0, true},
        {"passeport", "pages-pleines", Adult, 0, true},
        {"passeport", "erreur", QDate(2011, 3, 10), 0, true},
    };
    for (const Row &row : rows) {
        INFO(row.title << " " << row.situation << " " << row.birth.toString(Qt::ISODate).toStdString());
        const TitleFee f = rules().fee(request(QLatin1String(row.title), QLatin1String(row.situation), row.birth));
        CHECK(f.known);
        CHECK(f.cents == row.cents);
        CHECK(f.keepsExpiry == row.keepsExpiry);
    }
    TitleRequest indigent = request(Passport, QStringLiteral("premiere-demande"), Adult);
    indigent.indigent = true;
    CHECK(rules().fee(indigent).cents == 0);
    // Without a birth date, a passport's fee is not known; a card's is.
    CHECK_FALSE(rules().fee(request(Passport, QStringLiteral("premiere-demande"), {})).known);
    CHECK(rules().fee(request(Cni, QStringLiteral("vol"), {})).cents == 2500);

    CHECK(IdentityRules::formatAmount(8600) == QStringLiteral("86\u00a0€"));
    CHECK(IdentityRules::formatAmount(1250) == QStringLiteral("12,50\u00a0€"));
}

TEST_CASE("IdentityRules: a fee row applies from its effective date", "[identity][rules]")
{
    const auto later = rulesWithSection([](QJsonObject &s) {
        auto fees = s.value(QStringLiteral("fees")).toArray();
        fees.prepend(QJsonObject{{QStringLiteral("when"), QJsonObject{{QStringLiteral("title"), QStringLiteral("passeport")},
                                                                      {QStringLiteral("age"), QStringLiteral("majeur")}}},
                                 {QStringLiteral("amountCents"), 9000},
                                 {QStringLiteral("effective"), QStringLiteral("2027-01-01")},
                                 {QStringLiteral("sources"), QJsonArray{QStringLiteral("CGI-953")}}});
        s.insert(QStringLiteral("fees"), fees);
    });
    REQUIRE(later.has_value());
    CHECK(later->fee(request(Passport, QStringLiteral("premiere-demande"), Adult, QDate(2026, 12, 31))).cents == 8600);
    CHECK(later->fee(request(Passport, QStringLiteral("premiere-demande"), Adult, QDate(2027, 1, 1))).cents == 9000);
}

TEST_CASE("IdentityRules: a birth act only when COMEDEC or a title shown does not spare it", "[identity][rules]")
{
    struct Row
    {
        const char *title;
        const char *existing;
        QDate expiry;
        bool comedec;
        bool needed;
    };
    // Today is 10 March 2026.
    const Row rows[] = {
        {"cni", "aucun", {}, false, true},
        {"cni", "aucun", {}, true, false},
        {"passeport", "aucun", {}, true, false},
        {"cni", "passeport", QDate(2030, 1, 1), false, false},       // valid
        {"cni", "passeport", QDate(2021, 3, 11), false, false},      // expired, 5 years tomorrow
        {"cni", "passeport", QDate(2021, 3, 10), false, false},      // 5 years today: still counts
        {"cni", "passeport", QDate(2021, 3, 9), false, true},        // 5 years yesterday
        {"cni", "passeport-ancien", QDate(2024, 3, 10), false, false},  // unsecured passport: 2 years
        {"cni", "passeport-ancien", QDate(2024, 3, 9), false, true},
        // A card issued to an adult in 2006 printed 2016, valid to 2021 (+5 years):
        // the 5 years after expiry count from 2021.
        {"cni", "cni", QDate(2016, 3, 10), false, false},
        {"cni", "cni", QDate(2016, 3, 9), false, true},
        {"passeport", "cni", QDate(2016, 3, 10), false, false},
        {"passeport", "cni", QDate(2016, 3, 9), false, true},
        {"cni", "cni", QDate(2021, 3, 9), false, false},  // printed 2021: issued 2011, valid to 2026
        {"passeport", "passeport", QDate(2021, 3, 10), false, false},
        {"passeport", "passeport-ancien", QDate(2026, 1, 1), false, true},  // no exemption for a passport
        {"cni", "passeport", {}, false, true},                        // expiry not typed: cannot tell
        {"cni", "passeport", QDate(2019, 1, 1), true, false},
    };
    for (const Row &row : rows) {
        INFO(row.title << " with " << row.existing << " expiring " << row.expiry.toString(Qt::ISODate).toStdString()
                       << (row.comedec ? " COMEDEC" : ""));
        TitleRequest r = request(QLatin1String(row.title), QStringLiteral("renouvellement"), Adult);
        r.existingTitle = QLatin1String(row.existing);
        r.existingExpiry = row.expiry;
        r.birthCommuneOnComedec = row.comedec;
        CHECK(rules().birthActNeeded(r) == row.needed);
        CHECK(ids(rules().checklist(r)).contains(QStringLiteral("acte-naissance")) == row.needed);
    }
}

TEST_CASE("IdentityRules: the checklist follows the situation", "[identity][rules]")
{
    const QStringList base{"pre-demande", "photo", "justificatif-domicile"};

    TitleRequest first = request(Cni, QStringLiteral("premiere-demande"), Adult);
    CHECK(ids(rules().checklist(first)) == base + QStringList{"acte-naissance"});
    first.birthCommuneOnComedec = true;
    CHECK(ids(rules().checklist(first)) == base);

    TitleRequest hosted = first;
    hosted.domicile = QStringLiteral("heberge");
    CHECK(ids(rules().checklist(hosted))
          == QStringList{"pre-demande", "photo", "attestation-hebergement", "identite-hebergeant", "domicile-hebergeant"});
    hosted.domicile = QStringLiteral("election");
    CHECK(ids(rules().checklist(hosted)) == QStringList{"pre-demande", "photo", "election-domicile"});

    TitleRequest lost = first;
    lost.situation = QStringLiteral("perte");
    const auto lostItems = rules().checklist(lost);
    CHECK(ids(lostItems) == base + QStringList{"declaration-perte", "timbre-fiscal"});
    CHECK(lostItems.last().label.contains(QStringLiteral("25\u00a0€")));
    CHECK_FALSE(lostItems.last().label.contains(QStringLiteral("%1")));

    TitleRequest stolen = first;
    stolen.situation = QStringLiteral("vol");
    CHECK(ids(rules().checklist(stolen)) == base + QStringList{"recepisse-vol", "timbre-fiscal"});

    TitleRequest renewal = first;
    renewal.situation = QStringLiteral("renouvellement");
    CHECK(ids(rules().checklist(renewal)) == base + QStringList{"ancien-titre"});
    renewal.situation = QStringLiteral("changement-etat-civil");
    CHECK(ids(rules().checklist(renewal)) == base + QStringList{"ancien-titre", "justificatif-etat-civil"});
    renewal.situation = QStringLiteral("changement-adresse");
    CHECK(ids(rules().checklist(renewal)) == base + QStringList{"ancien-titre"});
    renewal.situation = QStringLiteral("deterioration");
    CHECK(ids(rules().checklist(renewal)) == base + QStringList{"ancien-titre"});

    // A minor comes with a parent; the judgment is only for two addresses.
    TitleRequest minor = request(Passport, QStringLiteral("premiere-demande"), QDate(2011, 3, 11));
    minor.birthCommuneOnComedec = true;
    const auto minorItems = rules().checklist(minor);
    CHECK(ids(minorItems) == base + QStringList{"identite-parent", "jugement-residence", "timbre-fiscal"});
    CHECK(minorItems.at(3).required);
    CHECK_FALSE(minorItems.at(4).required);
    CHECK(minorItems.last().label.contains(QStringLiteral("17\u00a0€")));
    // … and the day of the 18th birthday, an adult does not.
    TitleRequest adult = request(Passport, QStringLiteral("premiere-demande"), QDate(2008, 3, 10));
    adult.birthCommuneOnComedec = true;
    CHECK(ids(rules().checklist(adult)) == base + QStringList{"timbre-fiscal"});
    CHECK(rules().checklist(adult).last().label.contains(QStringLiteral("86\u00a0€")));

    // A free passport needs no stamp.
    TitleRequest full = adult;
    full.situation = QStringLiteral("pages-pleines");
    CHECK_FALSE(ids(rules().checklist(full)).contains(QStringLiteral("timbre-fiscal")));
}

TEST_CASE("IdentityRules: validity of the new title, from its issue date", "[identity][rules]")
{
    const TitleRequest adultPassport = request(Passport, QStringLiteral("premiere-demande"), Adult);
    CHECK(rules().validityYears(adultPassport) == 10);
    CHECK(rules().validUntil(adultPassport, QDate(2026, 3, 10)) == QDate(2036, 3, 9));
    CHECK(rules().validUntil(adultPassport, QDate(2028, 3, 1)) == QDate(2038, 2, 28));
    CHECK(rules().validUntil(adultPassport, QDate(2028, 2, 29)) == QDate(2038, 2, 28));

    // A minor on the day of the request: 5 years, even at 17 years and 364 days.
    const TitleRequest minorPassport = request(Passport, QStringLiteral("premiere-demande"), QDate(2008, 3, 11));
    CHECK(rules().validityYears(minorPassport) == 5);
    CHECK(rules().validUntil(minorPassport, QDate(2026, 3, 10)) == QDate(2031, 3, 9));
    const TitleRequest eighteen = request(Passport, QStringLiteral("premiere-demande"), QDate(2008, 3, 10));
    CHECK(rules().validityYears(eighteen) == 10);

    // The CNIe: 10 years for everyone.
    CHECK(rules().validityYears(request(Cni, QStringLiteral("premiere-demande"), Adult)) == 10);
    CHECK(rules().validityYears(request(Cni, QStringLiteral("premiere-demande"), QDate(2016, 1, 1))) == 10);
    CHECK(rules().validUntil(request(Cni, QStringLiteral("vol"), Adult), QDate(2026, 3, 10)) == QDate(2036, 3, 9));

    // A free passport keeps the old expiry date.
    TitleRequest married = request(Passport, QStringLiteral("changement-etat-civil"), Adult);
    married.existingTitle = QStringLiteral("passeport");
    married.existingExpiry = QDate(2029, 7, 14);
    CHECK(rules().validUntil(married, QDate(2026, 3, 10)) == QDate(2029, 7, 14));
    married.existingExpiry = {};
    CHECK_FALSE(rules().validUntil(married, QDate(2026, 3, 10)).isValid());

    // No age, no passport validity.
    CHECK(rules().validityYears(request(Passport, QStringLiteral("premiere-demande"), {})) == 0);
}

TEST_CASE("IdentityRules: a renewal more than 12 months before expiry is early", "[identity][rules]")
{
    TitleRequest r = request(Cni, QStringLiteral("renouvellement"), Adult);
    r.existingTitle = QStringLiteral("cni");
    r.existingExpiry = QDate(2027, 3, 10);   // exactly 12 months on
    CHECK_FALSE(rules().isEarlyRenewal(r));
    r.existingExpiry = QDate(2027, 3, 11);
    CHECK(rules().isEarlyRenewal(r));
    CHECK(rules().answer(r).contains(QStringLiteral("renouvellement anticipé")));
    r.situation = QStringLiteral("vol");
    CHECK_FALSE(rules().isEarlyRenewal(r));
}

TEST_CASE("IdentityRules: a passport renewal is never early, only a card's", "[identity][rules]")
{
    TitleRequest r = request(Passport, QStringLiteral("renouvellement"), Adult);
    r.existingTitle = QStringLiteral("passeport");
    r.existingExpiry = QDate(2031, 5, 4);
    CHECK_FALSE(rules().isEarlyRenewal(r));
    CHECK_FALSE(rules().answer(r).contains(QStringLiteral("anticipé")));
}

TEST_CASE("IdentityRules: a card issued to an adult from 2 January 2004 to 31 December 2013 is valid 5 years past its printed date",
          "[identity][rules]")
{
    struct Row
    {
        QDate birth;
        QDate printed;   // the printed expiry: the issue date + 10 years − 1 day
        QDate validUntil;
    };
    const QDate minor(1990, 6, 1);
    const Row rows[] = {
        {Adult, QDate(2013, 12, 31), QDate(2013, 12, 31)},   // issued 1 January 2004: before the decree's range
        {Adult, QDate(2014, 1, 1), QDate(2019, 1, 1)},       // issued 2 January 2004
        {Adult, QDate(2023, 12, 30), QDate(2028, 12, 30)},   // issued 31 December 2013
        {Adult, QDate(2023, 12, 31), QDate(2023, 12, 31)},   // issued 1 January 2014: after it
        {minor, QDate(2018, 5, 30), QDate(2018, 5, 30)},     // issued 31 May 2008, at 17: 10 years
        {minor, QDate(2018, 5, 31), QDate(2023, 5, 31)},     // issued 1 June 2008, on the 18th birthday
        {QDate(), QDate(2016, 3, 10), QDate(2016, 3, 10)},   // age unknown: the printed date stands
    };
    for (const Row &row : rows) {
        INFO("born " << row.birth.toString(Qt::ISODate).toStdString() << ", printed " << row.printed.toString(Qt::ISODate).toStdString());
        TitleRequest r = request(Cni, QStringLiteral("renouvellement"), row.birth);
        r.existingTitle = QStringLiteral("cni");
        r.existingExpiry = row.printed;
        CHECK(rules().existingValidUntil(r) == row.validUntil);
    }
    TitleRequest passport = request(Passport, QStringLiteral("renouvellement"), Adult);
    passport.existingTitle = QStringLiteral("passeport");
    passport.existingExpiry = QDate(2014, 1, 1);
    CHECK(rules().existingValidUntil(passport) == QDate(2014, 1, 1));   // passports are not extended

    // The real validity is the one that spares the birth act (valid or expired for less than 5 years), on the day.
    TitleRequest card = request(Cni, QStringLiteral("renouvellement"), Adult);
    card.existingTitle = QStringLiteral("cni");
    card.existingExpiry = QDate(2016, 3, 9);    // issued 10 March 2006: valid until 9 March 2021, + 5 years = yesterday
    CHECK(rules().birthActNeeded(card));
    card.existingExpiry = QDate(2016, 3, 10);   // valid until 10 March 2021: today is the last day it spares the act
    CHECK_FALSE(rules().birthActNeeded(card));
    CHECK(rules().answer(card).contains(QStringLiteral("valable 5 ans de plus que la date imprimée : jusqu'au 10 mars 2021")));
    card.birthDate = {};
    CHECK(rules().birthActNeeded(card));
}

TEST_CASE("IdentityRules: collection within 3 months, moved past a closed day, warned 60 days after", "[identity][rules]")
{
    const FrenchCalendar metropole;
    // Tuesday 10 March 2026 → Wednesday 10 June 2026.
    CHECK(rules().collectionDeadline(QDate(2026, 3, 10), metropole) == QDate(2026, 6, 10));
    // 31 January → 30 April (no 31 April), a Thursday.
    CHECK(rules().collectionDeadline(QDate(2026, 1, 31), metropole) == QDate(2026, 4, 30));
    // 7 February → Thursday 7 May 2026.
    CHECK(rules().collectionDeadline(QDate(2026, 2, 7), metropole) == QDate(2026, 5, 7));
    // 8 February → 8 May 2026, a holiday (Victoire 1945) → Monday 11 May.
    CHECK(rules().collectionDeadline(QDate(2026, 2, 8), metropole) == QDate(2026, 5, 11));
    // 14 April → Tuesday 14 July, a holiday (Fête nationale) → Wednesday 15 July.
    CHECK(rules().collectionDeadline(QDate(2026, 4, 14), metropole) == QDate(2026, 7, 15));
    // 14 March → Sunday 14 June → Monday 15 June.
    CHECK(rules().collectionDeadline(QDate(2026, 3, 14), metropole) == QDate(2026, 6, 15));
    // 3 January 2026 → Good Friday 3 April: a working day in Brest, a holiday in Strasbourg.
    CHECK(rules().collectionDeadline(QDate(2026, 1, 3), metropole) == QDate(2026, 4, 3));
    CHECK(rules().collectionDeadline(QDate(2026, 1, 3), FrenchCalendar(FrenchCalendar::Region::AlsaceMoselle))
          == QDate(2026, 4, 7));   // Good Friday, then Saturday, Sunday and Easter Monday
    CHECK_FALSE(rules().collectionDeadline({}, metropole).isValid());

    CHECK(rules().destructionWarningFrom(QDate(2026, 3, 10)) == QDate(2026, 5, 9));
}

TEST_CASE("IdentityRules: the answer gives the fee, the birth act, fingerprints, validity and collection", "[identity][rules]")
{
    TitleRequest adult = request(Passport, QStringLiteral("premiere-demande"), Adult);
    const QString a = rules().answer(adult);
    CHECK(a.contains(QStringLiteral("Droit de timbre : 86\u00a0€")));
    CHECK(a.contains(QStringLiteral("Acte de naissance de moins de 3 mois")));
    CHECK(a.contains(QStringLiteral("Empreintes digitales relevées")));
    CHECK(a.contains(QStringLiteral("valable 10 ans : jusqu'au 9 mars 2036 s'il est délivré le 10 mars 2026")));
    CHECK(a.contains(QStringLiteral("dans les 3 mois")));
    CHECK_FALSE(a.contains(QStringLiteral("mineur")));

    TitleRequest child = request(Cni, QStringLiteral("premiere-demande"), QDate(2016, 3, 11));
    child.birthCommuneOnComedec = true;
    const QString c = rules().answer(child);
    CHECK(c.contains(QStringLiteral("Ce titre est gratuit")));
    CHECK(c.contains(QStringLiteral("Pas d'acte de naissance")));
    CHECK(c.contains(QStringLiteral("Pas de relevé d'empreintes : la personne a moins de 12 ans")));
    CHECK(c.contains(QStringLiteral("Le mineur se présente avec un parent")));

    TitleRequest full = request(Passport, QStringLiteral("pages-pleines"), Adult);
    full.existingTitle = QStringLiteral("passeport");
    full.existingExpiry = QDate(2029, 7, 14);
    CHECK(rules().answer(full).contains(QStringLiteral("garde la date d'expiration de l'ancien : 14 juillet 2029")));
}

TEST_CASE("IdentityRules: the ANTS pre-application number and the tax stamp are checked for form", "[identity][rules]")
{
    CHECK(IdentityRules::preApplicationNumber(QStringLiteral("4AB7KX92PQ")).value() == QStringLiteral("4AB7KX92PQ"));
    CHECK(IdentityRules::preApplicationNumber(QStringLiteral(" 4ab7 kx92 pq ")).value() == QStringLiteral("4AB7KX92PQ"));
    const auto shortNumber = IdentityRules::preApplicationNumber(QStringLiteral("4AB7KX92P"));
    REQUIRE_FALSE(shortNumber.has_value());
    CHECK(shortNumber.error().field == QStringLiteral("preApplicationNumber"));
    CHECK(shortNumber.error().message.contains(QStringLiteral("expected 10 letters or digits")));
    CHECK(shortNumber.error().message.contains(QStringLiteral("found 9")));
    CHECK_FALSE(IdentityRules::preApplicationNumber(QStringLiteral("4AB7KX92PQ1")).has_value());
    const auto dash = IdentityRules::preApplicationNumber(QStringLiteral("4AB7-X92PQ"));
    REQUIRE_FALSE(dash.has_value());
    CHECK(dash.error().message.contains(QStringLiteral("\"-\" is not allowed")));
    CHECK_FALSE(IdentityRules::preApplicationNumber(QStringLiteral("4AB7KÉ92PQ")).has_value());
    CHECK(IdentityRules::preApplicationNumber(QString()).error().message.contains(QStringLiteral("empty")));

    CHECK(IdentityRules::taxStampNumber(QStringLiteral("1234 5678 9012 3456")).value() == QStringLiteral("1234567890123456"));
    const auto fifteen = IdentityRules::taxStampNumber(QStringLiteral("123456789012345"));
    REQUIRE_FALSE(fifteen.has_value());
    CHECK(fifteen.error().field == QStringLiteral("taxStampNumber"));
    CHECK(fifteen.error().message.contains(QStringLiteral("expected 16 digits, but found 15")));
    CHECK_FALSE(IdentityRules::taxStampNumber(QStringLiteral("12345678901234567")).has_value());
    CHECK(IdentityRules::taxStampNumber(QStringLiteral("123456789012345A")).error().message.contains(
        QStringLiteral("\"A\" is not a digit")));
}
