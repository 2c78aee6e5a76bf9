// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace guichet {

/// Installs Guichet's translation and Qt's own for `language` ("fr" by
/// default: the desk is French). Returns false when Guichet's translation
/// for that language is not shipped; the program then runs in English.
bool installTranslations(const QString &language = QStringLiteral("fr"));

} // namespace guichet
