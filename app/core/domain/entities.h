// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The names of what a workstation writes and of the ways it writes it, as
// the outbox records them and the sync protocol carries them: spelled once.

#include <QString>

namespace guichet {

namespace entity {
inline constexpr QLatin1StringView Citizen{"citizen"};
inline constexpr QLatin1StringView Case{"case"};
inline constexpr QLatin1StringView CaseEvent{"case_event"};
inline constexpr QLatin1StringView Agent{"agent"};
inline constexpr QLatin1StringView Conflict{"conflict"};          ///< a settlement of values written apart
inline constexpr QLatin1StringView CitizenMerge{"citizen_merge"};
inline constexpr QLatin1StringView CitizenChange{"citizen_change"};  ///< a correction of a person, kept in its history
} // namespace entity

namespace operation {
inline constexpr QLatin1StringView Insert{"insert"};
inline constexpr QLatin1StringView Update{"update"};
inline constexpr QLatin1StringView Append{"append"};
inline constexpr QLatin1StringView Delete{"delete"};             ///< a case only (a tombstone)
} // namespace operation

} // namespace guichet
