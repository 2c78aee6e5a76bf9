// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace guichet::cli {

/// `guichetctl calendar holidays YEAR [--region R] [--json]`: French public holidays.
class CalendarHolidaysCommand final : public OfficeCommand
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    QStringList words() const override { return {QStringLiteral("calendar"), QStringLiteral("holidays")}; }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    QString syntax() const override { return tr("YEAR [--region REGION] [--json]"); }
    int run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_region{QStringLiteral("region"), QString(), QStringLiteral("REGION")};
    QCommandLineOption m_json{QStringLiteral("json")};
};

} // namespace guichet::cli
