// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace guichet {

/// Where the crash tests kill a process. With GUICHET_CRASH_AT="name:n" in
/// the environment, the n-th pass through crashPoint("name") kills the
/// process at once (SIGKILL, as `kill -9` does: no destructor, no flush).
/// Without the variable it costs one comparison. The points are named in
/// CONTRIBUTING.md; tests/sync/test_crash.cpp drives them.
void crashPoint(const char *name);

} // namespace guichet
