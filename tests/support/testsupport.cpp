// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

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

} // namespace guichet::test
