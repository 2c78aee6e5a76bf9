// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace guichet::cli {

/// `guichetctl agent add`: creates an agent account. The password comes from
/// standard input, never from the command line, where other users of the
/// machine and the shell history would see it.
class AgentAddCommand final : public OfficeCommand
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    QStringList words() const override { return {QStringLiteral("agent"), QStringLiteral("add")}; }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    QString syntax() const override;
    QString description() const override;
    int run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_login{QStringLiteral("login"), QString(), QStringLiteral("LOGIN")};
    QCommandLineOption m_name{QStringLiteral("name"), QString(), QStringLiteral("NAME")};
    QCommandLineOption m_role{QStringLiteral("role"), QString(), QStringLiteral("ROLE")};
    QCommandLineOption m_office{QStringLiteral("office"), QString(), QStringLiteral("CODE")};
};

} // namespace guichet::cli
