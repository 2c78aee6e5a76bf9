// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

using namespace guichet::test;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> out;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                current = Message{context, {}, {}, false};
            else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished")
                                     || xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished")
                                     || xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete");
                // Plural messages hold their forms in <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("numerusform")) {
                        current.translations << text;
                        text.clear();
                    }
                }
                if (current.translations.isEmpty())
                    current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << current;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0).remove(QLatin1Char('L')));
    return found;
}

} // namespace

TEST_CASE("Translations: every string of the sources has a finished French translation", "[translations]")
{
    // lupdate over the current sources into a copy, so a string added without
    // its translation fails here, not in front of an agent.
    const QString lupdate = QStandardPaths::findExecutable(QStringLiteral("lupdate"), {QStringLiteral("/usr/lib/qt6/bin")});
    REQUIRE_FALSE(lupdate.isEmpty());
    TempDir dir;
    const QString copy = dir.file(QStringLiteral("guichet_fr.ts"));
    REQUIRE(QFile::copy(sourcePath(QStringLiteral("translations/guichet_fr.ts")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess p;
    p.setWorkingDirectory(sourcePath(QString()));
    p.start(lupdate, {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                      QStringLiteral("-extensions"), QStringLiteral("cpp,h"), sourcePath(QStringLiteral("app")),
                      sourcePath(QStringLiteral("modules")), QStringLiteral("-ts"), copy});
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitCode() == 0);

    const auto messages = readTs(copy);
    REQUIRE(messages.size() > 300);
    QStringList missing;
    for (const Message &m : messages) {
        bool empty = m.translations.isEmpty();
        for (const QString &t : m.translations)
            empty |= t.trimmed().isEmpty();
        if (m.unfinished || empty)
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    INFO("untranslated: " << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("Translations: each French text keeps the placeholders of its English source", "[translations]")
{
    const auto messages = readTs(sourcePath(QStringLiteral("translations/guichet_fr.ts")));
    QStringList wrong;
    for (const Message &m : messages) {
        for (const QString &t : m.translations) {
            QSet<QString> expected = placeholders(m.source);
            QSet<QString> got = placeholders(t);
            // A plural form may spell the number out ("un dossier") instead of %n.
            expected.remove(QStringLiteral("%n"));
            got.remove(QStringLiteral("%n"));
            if (!t.isEmpty() && expected != got)
                wrong << m.source + QStringLiteral(" → ") + t;
        }
    }
    INFO(wrong.join(QLatin1Char('\n')).toStdString());
    CHECK(wrong.isEmpty());
}
