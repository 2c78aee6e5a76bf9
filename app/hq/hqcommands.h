// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// guichet-hq's commands: serving, and the administration of HQ's database.
// One class per command, on the pattern guichetctl uses (cli/command.h).

#include "command.h"
#include "hqstore.h"

namespace guichet::hq {

/// guichet-hq as a Program: its global options (--db, --snapshots), its exit codes, serving by default.
cli::Program program();
/// Every command, in the order of the help.
std::vector<std::unique_ptr<cli::Command>> allCommands();

/// A command on HQ's database (--db URL, required).
class HqCommand : public cli::Command
{
protected:
    /// The store --db names, or the printed failure's exit code.
    std::expected<std::unique_ptr<HqStore>, int> openStore(const Clock &clock) const;
    /// What a command names and HQ does not hold (an account, an operation) is a refused value (1), not a storage failure.
    int exitCodeOf(const Error &error) const override;
    /// Prints a line to standard output.
    static void print(const QString &line);
};

} // namespace guichet::hq
