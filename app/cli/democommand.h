// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace guichet::cli {

/// `guichetctl demo`: fills an empty office database with reproducible demo data
/// (guichet::DemoGenerator).
class DemoCommand final : public OfficeCommand
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    QStringList words() const override { return {QStringLiteral("demo")}; }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    QString syntax() const override;
    QString description() const override;
    int run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_citizens{QStringLiteral("citizens"), QString(), QStringLiteral("N")};
    QCommandLineOption m_cases{QStringLiteral("cases"), QString(), QStringLiteral("M")};
    QCommandLineOption m_seed{QStringLiteral("seed"), QString(), QStringLiteral("S")};
    QCommandLineOption m_office{QStringLiteral("office"), QString(), QStringLiteral("CODE")};
    QCommandLineOption m_password{QStringLiteral("agent-password"), QString(), QStringLiteral("PASSWORD")};
    QCommandLineOption m_today{QStringLiteral("today"), QString(), QStringLiteral("DATE")};
    QCommandLineOption m_years{QStringLiteral("years"), QString(), QStringLiteral("Y")};
    QCommandLineOption m_batch{QStringLiteral("batch"), QString(), QStringLiteral("B")};
};

} // namespace guichet::cli
