// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "moduleloader.h"
#include "testcontext.h"

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

using namespace guichet;
using namespace guichet::test;

namespace {


const ModuleLoader::Entry *entry(const ModuleLoader &loader, const QString &idOrFile)
{
    for (const auto &e : loader.entries())
        if (e.id == idOrFile || e.fileName == idOrFile)
            return &e;
    return nullptr;
}

} // namespace

TEST_CASE("ModuleLoader: good, incompatible, broken and missing modules are each told apart", "[sdk][plugins]")
{
    TempDir dir;
    REQUIRE(QFile::copy(QStringLiteral(ETAT_CIVIL_MODULE), dir.file(QStringLiteral("libguichet-module-etat-civil.so"))));
    REQUIRE(QFile::copy(QStringLiteral(INCOMPATIBLE_MODULE), dir.file(QStringLiteral("libancien-module.so"))));
    QFile broken(dir.file(QStringLiteral("libcasse.so")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray("\x7f" "ELF but not really a library", 29));
    broken.close();

    ModuleLoader loader(dir.path());
    loader.load({QStringLiteral("etat-civil"), QStringLiteral("passeport")});
    TestContext context;
    loader.initialize(context);

    const auto *good = entry(loader, QStringLiteral("etat-civil"));
    REQUIRE(good);
    CHECK(good->state == ModuleLoader::State::Loaded);
    CHECK(good->name == QStringLiteral("État civil"));
    REQUIRE(good->module);
    CHECK_FALSE(good->module->procedures().isEmpty());

    const auto *old = entry(loader, QStringLiteral("ancien-module"));
    REQUIRE(old);
    CHECK(old->state == ModuleLoader::State::Incompatible);
    CHECK(old->reason.contains(QStringLiteral("999")));

    const auto *damaged = entry(loader, QStringLiteral("libcasse.so"));
    REQUIRE(damaged);
    CHECK(damaged->state == ModuleLoader::State::Broken);
    CHECK_FALSE(damaged->reason.isEmpty());

    const auto *absent = entry(loader, QStringLiteral("passeport"));
    REQUIRE(absent);
    CHECK(absent->state == ModuleLoader::State::Missing);

    CHECK(loader.modules().size() == 1);
    ProcedureInfo info;
    CHECK(loader.moduleFor(good->module->procedures().first().id, &info) == good->module);
    CHECK(info.workflowId == good->module->procedures().first().workflowId);
    loader.shutdown();
}

TEST_CASE("ModuleLoader: an empty or absent folder leaves the desk with no module and no crash", "[sdk][plugins]")
{
    ModuleLoader loader(QStringLiteral("/nonexistent/guichet/modules"));
    loader.load({QStringLiteral("etat-civil")});
    TestContext context;
    loader.initialize(context);
    REQUIRE(loader.entries().size() == 1);
    CHECK(loader.entries().first().state == ModuleLoader::State::Missing);
    CHECK(loader.modules().isEmpty());
}

TEST_CASE("ModuleLoader: a module loads after the modules it needs, and one whose needs cannot be met is refused without running",
          "[sdk][plugins]")
{
    TempDir dir;
    // Copied under names that sort before the civil-status module: the order comes from the needs, not the folder.
    REQUIRE(QFile::copy(QStringLiteral(ETAT_CIVIL_MODULE), dir.file(QStringLiteral("libz-etat-civil.so"))));
    const QStringList dependents = QStringLiteral(DEPENDENT_MODULES).split(u'|');
    for (const QString &file : dependents)
        REQUIRE(QFile::copy(file, dir.file(QStringLiteral("liba-") + QFileInfo(file).fileName())));

    ModuleLoader loader(dir.path());
    loader.load({});
    TestContext context;
    loader.initialize(context);

    QStringList order;
    for (const auto &e : loader.entries())
        if (e.state == ModuleLoader::State::Loaded)
            order << e.id;
    CHECK(order == QStringList{QStringLiteral("etat-civil"), QStringLiteral("aide-etat-civil")});

    const auto *helper = entry(loader, QStringLiteral("aide-etat-civil"));
    REQUIRE(helper);
    REQUIRE(helper->dependencies.size() == 1);
    CHECK(helper->dependencies.first().id == QStringLiteral("etat-civil"));

    const auto *absent = entry(loader, QStringLiteral("sans-appui"));
    REQUIRE(absent);
    CHECK(absent->state == ModuleLoader::State::Unresolved);
    CHECK(absent->reason.contains(QStringLiteral("module-absent")));
    CHECK(absent->reason.contains(QStringLiteral("2.1")));

    const auto *early = entry(loader, QStringLiteral("trop-tot"));
    REQUIRE(early);
    CHECK(early->state == ModuleLoader::State::Unresolved);
    CHECK(early->reason.contains(QStringLiteral("99.0")));
    CHECK(early->reason.contains(QStringLiteral("1.0.0")));

    for (const char *id : {"boucle-a", "boucle-b"}) {
        const auto *looped = entry(loader, QLatin1String(id));
        REQUIRE(looped);
        CHECK(looped->state == ModuleLoader::State::Unresolved);
    }
    CHECK(ModuleLoader::stateLabel(ModuleLoader::State::Unresolved) != ModuleLoader::stateLabel(ModuleLoader::State::Incompatible));
    loader.shutdown();
}
