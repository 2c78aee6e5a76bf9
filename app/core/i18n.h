// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace guichet {

/// Installs Guichet's translation, and Qt's own, for the system's language
/// when Guichet ships it; otherwise French — the language of the town halls —
/// unless the system asks for English, the language of the source strings.
/// Dates and numbers then follow the chosen language. Returns false when the
/// program runs in English.
bool installTranslations();

} // namespace guichet
