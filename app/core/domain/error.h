// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <expected>

namespace guichet {

/// What went wrong, for a person to read and for code to branch on.
/// `message` is a complete translated sentence (QCoreApplication::translate),
/// naming the field, what was expected and what to do. `field` is the
/// machine name of the offending field, empty when the error is not about one.
struct Error
{
    enum class Code {
        Invalid,       ///< a value does not have the expected form
        NotFound,      ///< the thing asked for does not exist
        Forbidden,     ///< the rules refuse it
        Conflict,      ///< it contradicts what is already stored
        Storage,       ///< the database failed or could not be opened
        Locked,        ///< an account is locked for a while
        Incompatible,  ///< built for another version
        Unavailable,   ///< a service or file cannot be reached
    };

    Code code = Code::Invalid;
    QString field;
    QString message;

    static Error invalid(const QString &field, const QString &message)
    {
        return {Code::Invalid, field, message};
    }
    static Error make(Code code, const QString &message) { return {code, {}, message}; }
};

/// A fallible result: the value, or why there is none.
template <typename T>
using Result = std::expected<T, Error>;

} // namespace guichet
