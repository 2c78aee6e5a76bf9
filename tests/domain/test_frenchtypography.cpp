// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "domain/frenchdate.h"
#include "domain/frenchtypography.h"

using namespace guichet;
using frenchtypography::normalize;

namespace {

const QString nbsp(frenchtypography::NoBreakSpace);
const QString narrow(frenchtypography::NarrowNoBreakSpace);

} // namespace

TEST_CASE("French typography: a colon is held by a no-break space, whatever spaces were typed before it", "[domain][typography]")
{
    CHECK(normalize(QStringLiteral("Pièces à fournir : livret")) == QStringLiteral("Pièces à fournir") + nbsp + QStringLiteral(": livret"));
    CHECK(normalize(QStringLiteral("Réf.   : BEL")) == QStringLiteral("Réf.") + nbsp + QStringLiteral(": BEL"));
    CHECK(normalize(QStringLiteral("Réf.") + narrow + QStringLiteral(": BEL")) == QStringLiteral("Réf.") + nbsp + QStringLiteral(": BEL"));
}

TEST_CASE("French typography: semicolon, exclamation and question marks take a narrow no-break space", "[domain][typography]")
{
    CHECK(normalize(QStringLiteral("Venez lundi ; ou mardi !")) ==
          QStringLiteral("Venez lundi") + narrow + QStringLiteral("; ou mardi") + narrow + QStringLiteral("!"));
    CHECK(normalize(QStringLiteral("Une question ?")) == QStringLiteral("Une question") + narrow + QStringLiteral("?"));
    CHECK(normalize(QStringLiteral("Vraiment ?!")) == QStringLiteral("Vraiment") + narrow + QStringLiteral("?!"));
    CHECK(normalize(QStringLiteral("Oui") + nbsp + QStringLiteral("!")) == QStringLiteral("Oui") + narrow + QStringLiteral("!"));
}

TEST_CASE("French typography: a mark typed with no space before it is left alone, so times, addresses and numbers "
          "keep their form", "[domain][typography]")
{
    CHECK(normalize(QStringLiteral("à 09:30")) == QStringLiteral("à 09:30"));
    CHECK(normalize(QStringLiteral("https://service-public.fr/?q=cni")) == QStringLiteral("https://service-public.fr/?q=cni"));
    CHECK(normalize(QStringLiteral("BEL-2026-000123")) == QStringLiteral("BEL-2026-000123"));
    CHECK(normalize(QString()).isEmpty());
}

TEST_CASE("French typography: guillemets hold their words with no-break spaces, added when missing", "[domain][typography]")
{
    const QString expected = QStringLiteral("passage à «") + nbsp + QStringLiteral("Disponible") + nbsp + QStringLiteral("»");
    CHECK(normalize(QStringLiteral("passage à « Disponible »")) == expected);
    CHECK(normalize(QStringLiteral("passage à «Disponible»")) == expected);
    CHECK(normalize(QStringLiteral("passage à «  Disponible   »")) == expected);
    CHECK(normalize(QStringLiteral("« Disponible » : retirer")) ==
          QStringLiteral("«") + nbsp + QStringLiteral("Disponible") + nbsp + QStringLiteral("»") + nbsp + QStringLiteral(": retirer"));
}

TEST_CASE("French typography: the first of a month written \"1\" becomes \"1er\", and no other number changes", "[domain][typography]")
{
    CHECK(normalize(QStringLiteral("le 1 décembre 2026")) == QStringLiteral("le 1er décembre 2026"));
    CHECK(normalize(QStringLiteral("1 août")) == QStringLiteral("1er août"));
    CHECK(normalize(QStringLiteral("avant le 1 Janvier")) == QStringLiteral("avant le 1er Janvier"));
    CHECK(normalize(QStringLiteral("le 21 décembre, le 11 mars, le 1er mai")) == QStringLiteral("le 21 décembre, le 11 mars, le 1er mai"));
    CHECK(normalize(QStringLiteral("1 pièce, 1 marsupial")) == QStringLiteral("1 pièce, 1 marsupial"));
    // The dates the code writes are already right, and stay so.
    CHECK(normalize(frenchdate::longDate(QDate(2026, 12, 1))) == QStringLiteral("mardi 1er décembre 2026"));
}

TEST_CASE("French typography: every string comes out in Unicode NFC", "[domain][typography]")
{
    const QString decomposed = QStringLiteral("Lefe\u0300vre, ne\u0301e a\u0300 Brest");
    const QString composed = QStringLiteral("Lefèvre, née à Brest");
    REQUIRE(decomposed != composed);
    CHECK(normalize(decomposed) == composed);
    // A month typed with a decomposed accent is still a month.
    CHECK(normalize(QStringLiteral("1 de\u0301cembre")) == QStringLiteral("1er décembre"));
}
