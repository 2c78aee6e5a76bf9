// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace guichet::cli {

/// The few terminal calls that differ between POSIX and Windows.
class Console
{
public:
    /// True when standard input is a terminal (a person types), false for a pipe or a file.
    static bool inputIsTerminal();
    /// True when standard error is a terminal: progress lines are drawn there, not in logs.
    static bool errorIsTerminal();
    /// One line from standard input, without its line ending; nullopt at end of input.
    static std::optional<QString> readLine();
    /// Prompts on standard error and reads a line from the terminal without echoing it.
    static std::optional<QString> readSecret(const QString &prompt);
};

} // namespace guichet::cli
