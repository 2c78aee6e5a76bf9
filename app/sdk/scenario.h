// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scenario files: questions to answer in bulk (`guichetctl answer --scenarios`,
// `guichet-hq consistency --scenarios`), one JSON array of
//   {"name", "procedure", "date", "office", "facts": {KEY: "VALUE"}, "expect": {…}}
// (docs/answers.md). resources/scenarios/answers.json covers every module.

#include "answer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

/// One question: a procedure asked at an office at a moment, with its facts,
/// and optionally what the answer must say.
struct Scenario
{
    Q_DECLARE_TR_FUNCTIONS(guichet::Scenario)

public:
    QString name;
    QString procedure;
    QDateTime at;
    QString office;      ///< empty: the default office of the program
    Facts facts;
    QJsonObject expect;  ///< verdict, rule, feeCents, validityYears, missing, checklist, textContains

    /// Every way the answer (its JSON) contradicts `expect`, one phrase each.
    QStringList contradictions(const QJsonObject &answer) const;
};

namespace scenarios {

/// A scenario file is read whole: it is bounded.
inline constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

/// "2026-03-02" (at noon, so that an answer does not depend on the hour it is
/// asked) or "2026-03-02T14:30"; null when malformed.
QDateTime parseMoment(const QString &text);
/// The scenarios of a file, each checked whole (Error::Invalid names the
/// scenario and the field), or why the file cannot be read.
Result<QList<Scenario>> read(const QString &path);

} // namespace scenarios

} // namespace guichet
