// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace guichet::cli {

/// `guichetctl answer PROCEDURE [--date D] [--office CODE] [KEY=VALUE …] [--json]`
/// and `guichetctl answer --scenarios FILE.json [--json]`: the answer every
/// channel gives, computed by the modules' answer plugins (docs/answers.md).
class AnswerCommand final : public OfficeCommand
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    QStringList words() const override { return {QStringLiteral("answer")}; }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    QString syntax() const override;
    QString description() const override;
    QString moreHelp(const QStringList &positional) const override;
    int run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_date{QStringLiteral("date"), QString(), QStringLiteral("DATE")};
    QCommandLineOption m_office{QStringLiteral("office"), QString(), QStringLiteral("CODE")};
    QCommandLineOption m_scenarios{QStringLiteral("scenarios"), QString(), QStringLiteral("FILE")};
    QCommandLineOption m_json{QStringLiteral("json")};
};

} // namespace guichet::cli
