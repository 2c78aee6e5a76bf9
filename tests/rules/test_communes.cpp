// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "reference/communes.h"
#include "reference/referencerelease.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace guichet;

namespace {

/// The table of the release shipped in the source tree, read once.
const CommuneTable &shipped()
{
    static const CommuneTable table = [] {
        auto release = ReferenceRelease::loadDirectory(test::sourcePath(QStringLiteral("resources/reference/2026.1")));
        REQUIRE(release.has_value());
        auto t = CommuneTable::fromRelease(*release);
        REQUIRE(t.has_value());
        return *t;
    }();
    return table;
}

QStringList codes(const QList<const Commune *> &communes)
{
    QStringList out;
    for (const Commune *c : communes)
        out << c->code;
    return out;
}

/// A release folder with only release.json and the given communes section.
Result<CommuneTable> tableOf(const QJsonObject &section)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto write = [&](const QString &name, const QJsonObject &o) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
    };
    write(QStringLiteral("release.json"), {{QStringLiteral("id"), QStringLiteral("t.1")},
                                           {QStringLiteral("title"), QStringLiteral("test")},
                                           {QStringLiteral("effective"), QStringLiteral("2026-01-01")}});
    write(QStringLiteral("communes.json"), section);
    auto release = ReferenceRelease::loadDirectory(dir.path());
    REQUIRE(release.has_value());
    return CommuneTable::fromRelease(*release);
}

} // namespace

TEST_CASE("the shipped commune table is the official list, with its source")
{
    const CommuneTable &t = shipped();
    CHECK(t.size() > 36000);
    CHECK(t.sourceVersion() == QStringLiteral("6.0.0"));
    const Commune *brest = t.byCode(QStringLiteral("29019"));
    REQUIRE(brest);
    CHECK(brest->name == QStringLiteral("Brest"));
    CHECK(brest->department == QStringLiteral("29"));
    CHECK(brest->postalCodes == QStringList{QStringLiteral("29200")});
    CHECK(brest->isCurrent());
    CHECK(t.byCode(QStringLiteral("2a004"))->name == QStringLiteral("Ajaccio"));
    CHECK(t.byCode(QStringLiteral("97302"))->name == QStringLiteral("Cayenne"));
}

TEST_CASE("an INSEE code must exist, not only be well formed")
{
    const CommuneTable &t = shipped();
    CHECK(t.checkCode(QStringLiteral("29019"), QStringLiteral("birthPlaceCode")).value() == QStringLiteral("29019"));
    CHECK(t.checkCode(QStringLiteral(" 2b033 "), QStringLiteral("birthPlaceCode")).value() == QStringLiteral("2B033"));

    SECTION("a well-formed code no commune has is refused, naming the field and what to do")
    {
        const auto r = t.checkCode(QStringLiteral("29999"), QStringLiteral("birthPlaceCode"));
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field == QStringLiteral("birthPlaceCode"));
        CHECK(r.error().message.contains(QStringLiteral("29999")));
    }
    SECTION("a malformed code keeps the format's message")
    {
        const auto r = t.checkCode(QStringLiteral("20004"), QStringLiteral("birthPlaceCode"));
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.contains(QStringLiteral("2A")));
    }
    SECTION("without a table (an older release) only the format is checked")
    {
        CHECK(CommuneTable().checkCode(QStringLiteral("29999"), QStringLiteral("f")).has_value());
    }
}

TEST_CASE("a code from another era is recognised and leads to today's commune")
{
    const CommuneTable &t = shipped();
    SECTION("Lambézellec, merged into Brest in 1945, has no row of its own")
    {
        CHECK_FALSE(t.byCode(QStringLiteral("29096")));
        CHECK(t.isFormer(QStringLiteral("29096")));
        CHECK(t.currentOf(QStringLiteral("29096"))->code == QStringLiteral("29019"));
        CHECK(t.checkCode(QStringLiteral("29096"), QStringLiteral("f")).has_value());
    }
    SECTION("a commune déléguée keeps its name and leads to its commune nouvelle")
    {
        const Commune *delegated = nullptr;
        for (const Commune *c : t.named(QStringLiteral("Milizac")))
            delegated = c;
        REQUIRE(delegated);
        CHECK(delegated->kind == Commune::Kind::Delegated);
        CHECK(t.isFormer(delegated->code));
        CHECK(t.currentOf(delegated->code)->name == QStringLiteral("Milizac-Guipronvel"));
    }
    SECTION("an arrondissement of Paris is part of Paris, not a former commune")
    {
        const Commune *first = t.byCode(QStringLiteral("75101"));
        REQUIRE(first);
        CHECK(first->kind == Commune::Kind::Arrondissement);
        CHECK_FALSE(t.isFormer(QStringLiteral("75101")));
        CHECK(t.currentOf(QStringLiteral("75101"))->code == QStringLiteral("75056"));
    }
    SECTION("a current commune is its own current commune; an unknown code has none")
    {
        CHECK(t.currentOf(QStringLiteral("29019"))->code == QStringLiteral("29019"));
        CHECK_FALSE(t.isFormer(QStringLiteral("29019")));
        CHECK_FALSE(t.currentOf(QStringLiteral("29999")));
    }
}

TEST_CASE("a birth place typed as a name completes to its code, homonyms with their department")
{
    const CommuneTable &t = shipped();
    SECTION("Rennes → 35238, the exact name first")
    {
        const auto found = t.complete(QStringLiteral("Rennes"));
        REQUIRE_FALSE(found.isEmpty());
        CHECK(found.first()->code == QStringLiteral("35238"));
        CHECK(CommuneTable::label(*found.first()) == QStringLiteral("Rennes (35)"));
        // Rennes-le-Château and the like follow, as the name goes on.
        CHECK(found.size() > 1);
    }
    SECTION("accents, case, hyphens and \"St\" do not matter")
    {
        CHECK(codes(t.complete(QStringLiteral("saint pol de leon"))).contains(QStringLiteral("29259")));
        CHECK(codes(t.complete(QStringLiteral("St-Pol-de-Léon"))).contains(QStringLiteral("29259")));
        CHECK(codes(t.complete(QStringLiteral("LANDERNEAU"))).first() == QStringLiteral("29103"));
    }
    SECTION("homonyms are all listed, each with its own department")
    {
        const auto found = t.named(QStringLiteral("Saint-Martin"));
        REQUIRE(found.size() > 1);
        QStringList departments;
        for (const Commune *c : found)
            departments << c->department;
        departments.removeDuplicates();
        CHECK(departments.size() == found.size());
    }
    SECTION("digits complete a code or a postal code")
    {
        CHECK(codes(t.complete(QStringLiteral("29200"))).contains(QStringLiteral("29019")));
        CHECK(codes(t.complete(QStringLiteral("2901"))).contains(QStringLiteral("29019")));
    }
    SECTION("the list is bounded, and nothing is found for nothing typed")
    {
        CHECK(t.complete(QStringLiteral("Saint"), 20).size() == 20);
        CHECK(t.complete(QStringLiteral("   ")).isEmpty());
        CHECK(t.complete(QStringLiteral("Zzzzzz")).isEmpty());
    }
}

TEST_CASE("a postal code and a town must agree")
{
    const CommuneTable &t = shipped();
    CHECK(t.checkAddress(QStringLiteral("29200"), QStringLiteral("Brest"), QStringLiteral("postalCode")).has_value());
    CHECK(t.checkAddress(QStringLiteral("29200"), QStringLiteral("BREST"), QStringLiteral("postalCode")).has_value());
    CHECK(t.checkAddress(QStringLiteral("35700"), QStringLiteral("Rennes"), QStringLiteral("postalCode")).has_value());

    SECTION("75001 with Brest is refused, naming both communes and their codes")
    {
        const auto r = t.checkAddress(QStringLiteral("75001"), QStringLiteral("Brest"), QStringLiteral("postalCode"));
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field == QStringLiteral("postalCode"));
        CHECK(r.error().message.contains(QStringLiteral("75001")));
        CHECK(r.error().message.contains(QStringLiteral("Paris")));
        CHECK(r.error().message.contains(QStringLiteral("29200")));
    }
    SECTION("a town of that name elsewhere with this postal code is accepted (homonyms)")
    {
        const auto saintMartins = t.named(QStringLiteral("Saint-Martin"));
        REQUIRE_FALSE(saintMartins.isEmpty());
        REQUIRE_FALSE(saintMartins.last()->postalCodes.isEmpty());
        CHECK(t.checkAddress(saintMartins.last()->postalCodes.first(), QStringLiteral("Saint-Martin"), QStringLiteral("p"))
                  .has_value());
    }
    SECTION("a town the table does not know (a locality, a CEDEX label) is not judged")
    {
        CHECK(t.checkAddress(QStringLiteral("29200"), QStringLiteral("Brest Cedex 2"), QStringLiteral("p")).has_value());
        CHECK(t.checkAddress(QStringLiteral("29200"), QString(), QStringLiteral("p")).has_value());
    }
}

TEST_CASE("a malformed commune table is refused whole, saying what to do")
{
    const QString brest = QStringLiteral("29019\tBrest\t29\t29200\t\t");
    const auto rows = [](const QStringList &lines) { return QJsonObject{{QStringLiteral("communes"), lines.join(u'\n')}}; };
    CHECK(tableOf(rows({brest})).has_value());
    CHECK(tableOf(rows({brest})).value().byCode(QStringLiteral("29019"))->postalCodes == QStringList{QStringLiteral("29200")});

    QJsonObject formerToNowhere = rows({brest});
    formerToNowhere.insert(QStringLiteral("former"), QStringLiteral("29096\t29999"));
    const QJsonObject bad[] = {
        rows({QStringLiteral("29019\tBrest\t29\t29200\t")}),                               // 5 columns
        rows({brest, brest}),                                                                  // repeated
        rows({QStringLiteral("29096\tLambézellec\t29\t\t\t"), QStringLiteral("29019\tBrest\t29\t29200\t\t")}),  // out of order
        rows({brest, QStringLiteral("29096\tLambézellec\t29\t\t29999\tdeleguee")}),       // part of nothing
        rows({QStringLiteral("29019\tBrest\t29\t29200\t\tcanton")}),                     // unknown kind
        rows({QStringLiteral("29019\tBrest\t29\t29200\t29019\t")}),                      // part of another, yet current
        formerToNowhere,
        {{QStringLiteral("communes"), QJsonArray{QJsonArray{QStringLiteral("29019")}}}},        // not lines of text
    };
    for (const QJsonObject &section : bad) {
        const auto t = tableOf(section);
        REQUIRE_FALSE(t.has_value());
        CHECK(t.error().message.contains(QStringLiteral("scripts/import-communes")));
    }
}

