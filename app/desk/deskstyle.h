// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guichet {

/// The desk's look: the style sheet (colours, visible focus) and type no
/// smaller than 10.5 pt — larger when the system asks for large fonts, which
/// the style sheet never overrides. The desk and its tests apply it alike.
void applyDeskStyle(const QString &styleSheet);

/// The smallest text the desk shows, in points.
inline constexpr double MinimumPointSize = 10.5;

} // namespace guichet
