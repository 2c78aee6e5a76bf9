// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>

namespace guichet::validate {

/// Each check returns the normalised value (trimmed, upper-cased, E.164 …) or
/// an Error whose message, in the user's language, names the field, what was
/// expected and what to do. `field` is the machine name put in Error::field.

/// French social-security number (NIR): 13 characters + 2-digit key, spaces
/// allowed on input; 2A/2B Corsica handled; lenient on first digit and month
/// (see domain.md §6). Normalised: 15 characters without spaces.
Result<QString> nir(const QString &input, const QString &field = QStringLiteral("nir"));

/// INSEE commune code (COG): (\d{2}|2A|2B)\d{3} or overseas 97[1-6]\d{2}.
Result<QString> inseeCode(const QString &input, const QString &field = QStringLiteral("insee"));

/// French postal code: 5 digits, 01000–98999 (Corsica 20xxx).
Result<QString> postalCode(const QString &input, const QString &field = QStringLiteral("postalCode"));

/// The longest text a field of a person's record holds (a name, an address
/// line…): the desk's fields stop there, the store and HQ refuse more.
inline constexpr qsizetype MaxPersonTextChars = 500;

/// The longest phone number input taken (spaces, dots and a prefix included).
inline constexpr qsizetype MaxPhoneChars = 32;

/// Phone number, parsed with libphonenumber with France as the default region;
/// normalised to E.164 (+33612345678).
Result<QString> phone(const QString &input, const QString &field = QStringLiteral("phone"),
                      const QString &defaultRegion = QStringLiteral("FR"));

/// A stored E.164 number as people dial it: national format for numbers of
/// `homeRegion` ("06 12 34 56 78"), international otherwise ("+44 20 7946 0958").
/// Returns the input unchanged when it does not parse.
QString phoneForDisplay(const QString &e164, const QString &homeRegion = QStringLiteral("FR"));

/// E-mail address (practical form check, not RFC 5322 in full). Normalised: trimmed,
/// domain lower-cased.
Result<QString> email(const QString &input, const QString &field = QStringLiteral("email"));

} // namespace guichet::validate
