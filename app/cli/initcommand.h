// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace guichet::cli {

/// `guichetctl init --office CODE [--slot N]`: creates or completes an office database.
class InitCommand final : public OfficeCommand
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    QStringList words() const override { return {QStringLiteral("init")}; }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    QString syntax() const override;
    QString description() const override;
    int run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_office{QStringLiteral("office"), QString(), QStringLiteral("CODE")};
    QCommandLineOption m_slot{QStringLiteral("slot"), QString(), QStringLiteral("N")};
};

} // namespace guichet::cli
