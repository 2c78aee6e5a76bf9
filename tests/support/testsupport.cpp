// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>

namespace guichet::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(GUICHET_SOURCE_DIR "/") + relative;
}

QString buildPath(const QString &relative)
{
    return QStringLiteral(GUICHET_BINARY_DIR "/") + relative;
}

QString runTool(const QString &program, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " must be installed (the README's set-up command installs it)");
    REQUIRE_FALSE(path.isEmpty());
    QProcess p;
    p.start(path, arguments);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf, const QStringList &options)
{
    return runTool(QStringLiteral("pdftotext"), QStringList(options) << pdf << QStringLiteral("-"))
        .normalized(QString::NormalizationForm_KC);
}

} // namespace guichet::test
