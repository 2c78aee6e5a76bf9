// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "moduleloader.h"
#include "testcontext.h"

#include <QFile>
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
