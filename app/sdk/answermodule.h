// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The answers of every procedure module, without the desk: each module ships,
// beside its desk plugin, an answer plugin that links no GUI module
// (lib/guichet/answers). guichetctl and guichet-hq load those; the desk's
// forms call the same engines through their logic libraries.

#include "answer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QtPlugin>

#include <memory>

namespace guichet {

class ReferenceRelease;

/// An answer plugin: makes its module's engine for a release.
class AnswerModule
{
public:
    virtual ~AnswerModule() = default;
    /// The engine under `release`, or why the release cannot be answered
    /// under (a section missing or contradicting itself).
    virtual Result<std::shared_ptr<const AnswerEngine>> engine(const ReferenceRelease &release) const = 0;
};

/// The engines of every module for one release, by procedure.
class AnswerSet
{
    Q_DECLARE_TR_FUNCTIONS(guichet::AnswerSet)

public:
    AnswerSet() = default;

    /// The procedures answered, sorted.
    QStringList procedures() const;
    /// The facts of a procedure, or an error naming the procedures known.
    Result<QList<FactSpec>> facts(const QString &procedure) const;
    /// Checks the facts (answers::check), then answers, stamped with the release.
    Result<Answer> answer(const QString &procedure, const Facts &facts, const AnswerContext &context) const;

    const ReferenceRelease *release() const { return m_release.get(); }

private:
    friend class AnswerModules;
    std::shared_ptr<const ReferenceRelease> m_release;
    QHash<QString, std::shared_ptr<const AnswerEngine>> m_engines;
    QHash<QString, QList<FactSpec>> m_specs;   ///< each procedure's facts, read once
};

/// The answer plugins of a folder, loaded once (QPluginLoader keeps them
/// loaded for the life of the program).
class AnswerModules
{
    Q_DECLARE_TR_FUNCTIONS(guichet::AnswerModules)

public:
    /// Loads every plugin of `directory` that is an answer plugin built for
    /// this SDK; an error when the folder has none, or one cannot be loaded.
    static Result<AnswerModules> load(const QString &directory = defaultDirectory());
    /// lib/guichet/answers beside the binary (GUICHET_ANSWERDIR).
    static QString defaultDirectory();

    QStringList moduleIds() const { return m_ids; }
    /// Every module's engine under `release`; an error names the module that refused it.
    Result<AnswerSet> forRelease(const ReferenceRelease &release) const;

private:
    QStringList m_ids;
    QList<AnswerModule *> m_modules;
};

} // namespace guichet

#define GuichetAnswerModule_iid "fr.guichet.AnswerModule/1"
Q_DECLARE_INTERFACE(guichet::AnswerModule, GuichetAnswerModule_iid)
