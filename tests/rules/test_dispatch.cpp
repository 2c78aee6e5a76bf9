// SPDX-License-Identifier: GPL-3.0-or-later
// The routing table of written requests: which city service, or which other
// administration, acts on what (the release's "correspondance" section).
#include "reference/referencerelease.h"
#include "reference/dispatch.h"
#include "releasetesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace guichet;
using namespace guichet::test;

namespace {

/// The routing table of the shipped release, its `correspondance` section changed by `edit`.
Result<Dispatch> dispatchWith(const std::function<void(QJsonObject &)> &edit = [](QJsonObject &) {})
{
    auto release = shippedReleaseWith(QStringLiteral("correspondance"), edit);
    REQUIRE(release.has_value());
    return Dispatch::fromRelease(*release);
}

/// Changes the subject `id` of the section.
std::function<void(QJsonObject &)> editSubject(const QString &id, const std::function<void(QJsonObject &)> &change)
{
    return [id, change](QJsonObject &section) {
        QJsonArray subjects = section.value(QStringLiteral("subjects")).toArray();
        for (qsizetype i = 0; i < subjects.size(); ++i) {
            QJsonObject s = subjects.at(i).toObject();
            if (s.value(QStringLiteral("id")).toString() == id) {
                change(s);
                subjects[i] = s;
            }
        }
        section.insert(QStringLiteral("subjects"), subjects);
    };
}

} // namespace

TEST_CASE("Dispatch: every subject of the shipped release goes to one city service or one named administration",
          "[rules][dispatch]")
{
    auto dispatch = dispatchWith();
    INFO((dispatch ? QString() : dispatch.error().message).toStdString());
    REQUIRE(dispatch.has_value());
    REQUIRE(dispatch->subjects().size() >= 10);
    for (const Subject &s : dispatch->subjects()) {
        INFO(s.id.toStdString());
        const auto route = dispatch->route(s.id);
        REQUIRE(route.has_value());
        CHECK(route->service.isEmpty() == route->transmitted());
    }
    for (const Partner &p : dispatch->partners()) {
        INFO(p.id.toStdString());
        CHECK_FALSE(p.sources.isEmpty());
        if (!p.assumption.isEmpty())
            CHECK(p.assumption.startsWith(QStringLiteral("⚠")));
    }
}

TEST_CASE("Dispatch: a civil-status letter goes to the city's service, a pothole to the métropole as a transmission",
          "[rules][dispatch]")
{
    auto dispatch = dispatchWith();
    REQUIRE(dispatch.has_value());
    const auto civil = dispatch->route(QStringLiteral("etat-civil"));
    REQUIRE(civil.has_value());
    CHECK(civil->service == QStringLiteral("etat-civil"));
    CHECK_FALSE(civil->transmitted());

    const auto road = dispatch->route(QStringLiteral("voirie"));
    REQUIRE(road.has_value());
    CHECK(road->transmitted());
    CHECK(road->partner->name == QStringLiteral("Brest métropole"));
    CHECK(road->partner->sources.contains(QStringLiteral("CGCT-L5217-2")));

    // A letter about anything else goes to the mail service, which orients it.
    CHECK(dispatch->route(QStringLiteral("autre"))->service == QStringLiteral("courrier"));
    CHECK_FALSE(dispatch->route(QStringLiteral("inconnu")).has_value());
}

TEST_CASE("Dispatch: a table that sends a subject nowhere, to two places or to an unknown service is refused, naming it",
          "[rules][dispatch]")
{
    auto both = dispatchWith(editSubject(QStringLiteral("voirie"), [](QJsonObject &s) {
        s.insert(QStringLiteral("service"), QStringLiteral("etat-civil"));
    }));
    REQUIRE_FALSE(both.has_value());
    CHECK(both.error().message.contains(QStringLiteral("\"voirie\"")));

    auto nowhere = dispatchWith(editSubject(QStringLiteral("voirie"), [](QJsonObject &s) { s.remove(QStringLiteral("partner")); }));
    REQUIRE_FALSE(nowhere.has_value());
    CHECK(nowhere.error().message.contains(QStringLiteral("exactly one")));

    auto unknownService = dispatchWith(editSubject(QStringLiteral("etat-civil"), [](QJsonObject &s) {
        s.insert(QStringLiteral("service"), QStringLiteral("cadastre"));
    }));
    REQUIRE_FALSE(unknownService.has_value());
    CHECK(unknownService.error().message.contains(QStringLiteral("\"cadastre\"")));

    auto unknownPartner = dispatchWith(editSubject(QStringLiteral("voirie"), [](QJsonObject &s) {
        s.insert(QStringLiteral("partner"), QStringLiteral("region"));
    }));
    REQUIRE_FALSE(unknownPartner.has_value());
    CHECK(unknownPartner.error().message.contains(QStringLiteral("\"region\"")));

    auto unsourced = dispatchWith([](QJsonObject &section) {
        QJsonArray partners = section.value(QStringLiteral("partners")).toArray();
        QJsonObject first = partners.at(0).toObject();
        first.remove(QStringLiteral("sources"));
        partners[0] = first;
        section.insert(QStringLiteral("partners"), partners);
    });
    REQUIRE_FALSE(unsourced.has_value());
    CHECK(unsourced.error().message.contains(QStringLiteral("source")));
}
