// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace guichet::cli {

/// `guichetctl stats [--json]`: row counts and sync backlog.
class StatsCommand final : public OfficeCommand
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    QStringList words() const override { return {QStringLiteral("stats")}; }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    QString syntax() const override { return tr("[--json] [--db PATH]"); }
    int run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_json{QStringLiteral("json")};
};

/// `guichetctl verify [--json]`: integrity, foreign keys and the outbox invariant.
class VerifyCommand final : public OfficeCommand
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    QStringList words() const override { return {QStringLiteral("verify")}; }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    QString syntax() const override { return tr("[--against-hq] [--json] [--db PATH]"); }
    QString description() const override;
    int run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_json{QStringLiteral("json")};
    QCommandLineOption m_againstHq{QStringLiteral("against-hq")};
};

} // namespace guichet::cli
