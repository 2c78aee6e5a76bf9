// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace guichet::cli {

/// `guichetctl check nir|insee|postcode|phone|email VALUE [--json]`: the
/// validators of the counter screens, for scripts and imports.
/// `guichetctl check mrz [--json]` reads a machine-readable zone on standard
/// input, so that IT staff can check a document reader's set-up.
class CheckCommand final : public OfficeCommand
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    QStringList words() const override { return {QStringLiteral("check")}; }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    QString syntax() const override { return tr("nir|insee|postcode|phone|email VALUE [--json] | mrz [--json] < LINES"); }
    QString description() const override;
    int run(const QCommandLineParser &parser) override;

private:
    int checkMrz(const QCommandLineParser &parser);

    QCommandLineOption m_json{QStringLiteral("json")};
};

} // namespace guichet::cli
