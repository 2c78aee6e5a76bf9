// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "reference/referencerelease.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>

using namespace guichet;
using namespace guichet::test;

namespace {

QStringList filesUnder(const QString &relative)
{
    QStringList out;
    QDirIterator it(sourcePath(relative), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

QStringList offenders(const QStringList &files, const QRegularExpression &pattern)
{
    QStringList found;
    for (const QString &path : files) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        if (pattern.match(QString::fromUtf8(f.readAll())).hasMatch())
            found << path;
    }
    return found;
}

} // namespace

TEST_CASE("Architecture: app/core includes no GUI header", "[architecture]")
{
    const QRegularExpression gui(QStringLiteral(
        "#include\\s*<(Qt(Gui|Widgets|PrintSupport)/|Q(Widget|Application|GuiApplication|MainWindow|Dialog|Painter|Pixmap|Image|Font|Color)\\b)"));
    const QStringList files = filesUnder(QStringLiteral("app/core"));
    REQUIRE(files.size() > 10);
    CHECK(offenders(files, gui).isEmpty());
}

TEST_CASE("Architecture: inside app/core, each layer includes only itself and the layers below it", "[architecture]")
{
    // domain ◀─ reference ◀─ store ◀─ sync; rules and identity beside the store.
    const QMap<QString, QStringList> allowed{
        {QStringLiteral("domain"), {QStringLiteral("domain")}},
        {QStringLiteral("rules"), {QStringLiteral("domain"), QStringLiteral("rules")}},
        {QStringLiteral("reference"), {QStringLiteral("domain"), QStringLiteral("reference"), QStringLiteral("rules")}},
        {QStringLiteral("store"), {QStringLiteral("domain"), QStringLiteral("reference"), QStringLiteral("rules"), QStringLiteral("store")}},
        {QStringLiteral("identity"), {QStringLiteral("domain"), QStringLiteral("reference"), QStringLiteral("rules"), QStringLiteral("identity")}},
        {QStringLiteral("sync"), {QStringLiteral("domain"), QStringLiteral("reference"), QStringLiteral("rules"), QStringLiteral("store"),
                                  QStringLiteral("sync")}},
    };
    const QRegularExpression include(QStringLiteral("#include\\s*\"(\\w+)/"));
    for (auto layer = allowed.cbegin(); layer != allowed.cend(); ++layer) {
        for (const QString &path : filesUnder(QStringLiteral("app/core/") + layer.key())) {
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = include.globalMatch(text); m.hasNext();) {
                const QString used = m.next().captured(1);
                INFO(path.toStdString() << " includes " << used.toStdString() << "/");
                CHECK(layer.value().contains(used));
            }
        }
    }
}

namespace {

/// The shared libraries a binary needs, as objdump lists them.
QString neededLibraries(const QString &file)
{
    QProcess objdump;
    objdump.start(QStringLiteral("objdump"), {QStringLiteral("-p"), file});
    REQUIRE(objdump.waitForFinished(30000));
    REQUIRE(objdump.exitCode() == 0);
    return QString::fromUtf8(objdump.readAllStandardOutput());
}

} // namespace

TEST_CASE("Architecture: the core library, the server and guichetctl link no GUI module", "[architecture]")
{
    for (const char *file : {GUICHET_CORE_FILE, GUICHET_HQ_FILE, GUICHET_CTL_FILE, GUICHET_SDK_LOGIC_FILE}) {
        INFO(file);
        const QString needed = neededLibraries(QString::fromUtf8(file));
        REQUIRE(needed.contains(QStringLiteral("libQt6Core")));
        CHECK_FALSE(needed.contains(QStringLiteral("libQt6Gui")));
        CHECK_FALSE(needed.contains(QStringLiteral("libQt6Widgets")));
        CHECK_FALSE(needed.contains(QStringLiteral("libguichet-sdk.so")));
    }
}

TEST_CASE("Architecture: every module of the release has an answer plugin, and none links a GUI module", "[architecture]")
{
    const QDir dir(QStringLiteral(GUICHET_ANSWER_PLUGIN_DIR));
    const QStringList plugins = dir.entryList({QStringLiteral("*.so")}, QDir::Files);
    auto release = ReferenceRelease::loadDirectory(sourcePath(QStringLiteral("resources/reference/2026.1")));
    REQUIRE(release.has_value());
    for (const QJsonValue &module : release->section(QStringLiteral("offices")).value(QStringLiteral("modules")).toArray()) {
        INFO(module.toString().toStdString());
        CHECK(plugins.contains(QStringLiteral("libguichet-answers-%1.so").arg(module.toString())));
    }
    for (const QString &plugin : plugins) {
        INFO(plugin.toStdString());
        const QString needed = neededLibraries(dir.absoluteFilePath(plugin));
        REQUIRE(needed.contains(QStringLiteral("NEEDED")));
        CHECK_FALSE(needed.contains(QStringLiteral("libQt6Gui")));
        CHECK_FALSE(needed.contains(QStringLiteral("libQt6Widgets")));
        CHECK_FALSE(needed.contains(QStringLiteral("libguichet-sdk.so")));
    }
}

TEST_CASE("Architecture: modules neither open the database nor talk to the network", "[architecture]")
{
    const QRegularExpression raw(QStringLiteral("QSqlDatabase|QSqlQuery|QNetworkAccessManager|QTcpSocket"));
    const QStringList files = filesUnder(QStringLiteral("modules"));
    REQUIRE_FALSE(files.isEmpty());
    CHECK(offenders(files, raw).isEmpty());
}

TEST_CASE("Architecture: modules and the SDK include from the core only the headers CONTRIBUTING lists", "[architecture]")
{
    QFile contributing(sourcePath(QStringLiteral("CONTRIBUTING.md")));
    REQUIRE(contributing.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(contributing.readAll());
    const qsizetype from = text.indexOf(QStringLiteral("<!-- module-core-headers -->"));
    const qsizetype to = text.indexOf(QStringLiteral("<!-- /module-core-headers -->"));
    REQUIRE(from >= 0);
    REQUIRE(to > from);
    QStringList listed;
    for (auto m = QRegularExpression(QStringLiteral("`([a-z]+/[a-z_]+\\.h)`")).globalMatch(text.mid(from, to - from)); m.hasNext();)
        listed << m.next().captured(1);
    REQUIRE(listed.size() >= 5);

    const QRegularExpression include(QStringLiteral("#include\\s*\"((domain|identity|reference|rules|store|sync)/[^\"]+)\""));
    const QStringList files = filesUnder(QStringLiteral("modules")) + filesUnder(QStringLiteral("app/sdk"));
    QStringList used;
    for (const QString &path : files) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(f.readAll());
        for (auto m = include.globalMatch(source); m.hasNext();) {
            const QString header = m.next().captured(1);
            used << header;
            INFO(path.toStdString() << " includes " << header.toStdString());
            CHECK(listed.contains(header));
        }
    }
    // The list says what is used, no more.
    for (const QString &header : std::as_const(listed)) {
        INFO(header.toStdString() << " is listed but no module nor the SDK includes it");
        CHECK(used.contains(header));
    }
}
