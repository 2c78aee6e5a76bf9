// SPDX-License-Identifier: GPL-3.0-or-later
// The office settings: one list, read the same way by the desk, the sync and guichetctl.
#include "storefixture.h"

#include "store/settings.h"

using namespace guichet;
using namespace guichet::test;

TEST_CASE("Settings: each is read as held, or as its default when absent or out of range, and a value out of range is refused by name",
          "[store][settings]")
{
    StoreFixture f;
    for (const Setting *s : settings::all()) {
        INFO(s->key);
        CHECK(s->value(*f.db) == s->fallback);
        CHECK(s->fallback >= s->minimum);
        CHECK(s->fallback <= s->maximum);
        CHECK(settings::find(QLatin1String(s->key)) == s);
        CHECK_FALSE(s->description().isEmpty());
    }
    REQUIRE(settings::SyncIntervalMinutes.set(*f.db, 15));
    CHECK(settings::SyncIntervalMinutes.value(*f.db) == 15);

    const auto refused = settings::SyncNightHour.set(*f.db, 24);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == QStringLiteral("sync_night_hour"));
    CHECK(refused.error().message.contains(QStringLiteral("23")));
    CHECK(settings::SyncNightHour.value(*f.db) == 2);

    // Written by hand, or by an older version: what is out of range is not used.
    REQUIRE(f.db->setMeta(QStringLiteral("sync_interval_minutes"), QStringLiteral("0")));
    CHECK(settings::SyncIntervalMinutes.value(*f.db) == settings::SyncIntervalMinutes.fallback);
    CHECK(settings::find(QStringLiteral("unknown")) == nullptr);
}
