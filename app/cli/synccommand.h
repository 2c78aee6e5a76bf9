// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace guichet::cli {

/// `guichetctl enrol --hq URL --code CODE`: this workstation gets its HQ token.
class EnrolCommand final : public OfficeCommand
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    QStringList words() const override { return {QStringLiteral("enrol")}; }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    QString syntax() const override { return tr("--hq URL --code CODE [--db PATH]"); }
    QString description() const override;
    int run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_hq{QStringLiteral("hq"), QString(), QStringLiteral("url")};
    QCommandLineOption m_code{QStringLiteral("code"), QString(), QStringLiteral("code")};
};

/// `guichetctl hq-url [URL]`: prints or changes where HQ is (HQ moved, new name).
class HqUrlCommand final : public OfficeCommand
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    QStringList words() const override { return {QStringLiteral("hq-url")}; }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &) override {}
    QString syntax() const override { return tr("[URL] [--db PATH]"); }
    int run(const QCommandLineParser &parser) override;
};

/// `guichetctl sync [--json]`: one sync with HQ now (for a scheduled task).
class SyncCommand final : public OfficeCommand
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    QStringList words() const override { return {QStringLiteral("sync")}; }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    QString syntax() const override { return tr("[--json] [--db PATH]"); }
    int run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_json{QStringLiteral("json")};
};

/// `guichetctl setting [NAME [VALUE]]`: the office settings kept in the
/// database (sync interval, night sync hour, how long a release may go
/// unconfirmed by HQ), listed, read or changed — each checked against its range.
class SettingCommand final : public OfficeCommand
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    QStringList words() const override { return {QStringLiteral("setting")}; }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &) override {}
    QString syntax() const override { return tr("[NAME [VALUE]] [--db PATH]"); }
    QString description() const override;
    int run(const QCommandLineParser &parser) override;
};

/// `guichetctl state-hash`: the canonical hash of the synced state.
class StateHashCommand final : public OfficeCommand
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    QStringList words() const override { return {QStringLiteral("state-hash")}; }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &) override {}
    QString syntax() const override { return tr("[--db PATH]"); }
    QString description() const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace guichet::cli
