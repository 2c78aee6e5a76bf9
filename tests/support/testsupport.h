// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

// Catch2 prints QStrings as {?} without these.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QDate> {
    static std::string convert(const QDate &d) { return d.toString(Qt::ISODate).toStdString(); }
};
template <> struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime &d) { return d.toString(Qt::ISODateWithMs).toStdString(); }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList &l) { return ('[' + l.join(QStringLiteral(", ")) + ']').toStdString(); }
};
template <> struct StringMaker<QUuid> {
    static std::string convert(const QUuid &u) { return u.toString(QUuid::WithoutBraces).toStdString(); }
};
} // namespace Catch

namespace guichet::test {

/// A directory removed at the end of the test.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

/// Path of a file in the source tree (resources/…, tests/…).
QString sourcePath(const QString &relative);
/// Path of a file in the build tree (bin/…, lib/guichet/modules/…).
QString buildPath(const QString &relative);

/// Runs a Debian tool the tests rely on (pdftotext, pdftoppm, zbarimg…) and
/// returns its standard output; fails the test if it is missing or fails.
QString runTool(const QString &program, const QStringList &arguments);
/// The text of a PDF (pdftotext), ligatures such as "ﬁ" unfolded (NFKC), for checks.
QString pdfText(const QString &pdf, const QStringList &options = {});

} // namespace guichet::test
