// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashpoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <atomic>
#include <csignal>
#include <cstdlib>
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace guichet {

namespace {

struct Target
{
    QByteArray name;
    int count = 0;
};

const Target &target()
{
    static const Target t = [] {
        const QByteArray spec = qgetenv("GUICHET_CRASH_AT");
        const qsizetype colon = spec.lastIndexOf(':');
        if (colon <= 0)
            return Target{};
        return Target{spec.left(colon), spec.mid(colon + 1).toInt()};
    }();
    return t;
}

} // namespace

void crashPoint(const char *name)
{
    const Target &t = target();
    if (t.count <= 0 || t.name != name)
        return;
    static std::atomic<int> passes{0};
    if (++passes < t.count)
        return;
#ifdef Q_OS_WIN
    TerminateProcess(GetCurrentProcess(), 9);
#else
    std::raise(SIGKILL);
#endif
    std::abort();
}

} // namespace guichet
