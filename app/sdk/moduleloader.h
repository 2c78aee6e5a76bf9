// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "procedure_module.h"

#include <QList>
#include <QString>

#include <memory>

class QPluginLoader;

namespace guichet {

/// Finds procedure modules in a folder, reads each one's JSON metadata
/// before loading any code, and refuses the ones built for another SDK.
/// A module's metadata may list the modules it needs,
///   "dependencies": [{"id": "etat-civil", "version": "1.2.0"}]
/// (that version or a later one): the loader loads and initialises those
/// first, and refuses, without running its code, a module whose dependency
/// is absent, older, refused itself, or leads back to it.
/// What could not be loaded is kept with its reason, for the "About the
/// modules" screen; the shell runs on without it.
class ModuleLoader
{
public:
    enum class State { Loaded, Missing, Incompatible, Unresolved, Broken, Failed };

    struct Dependency
    {
        QString id;
        QString version;                      ///< the oldest version that will do
    };

    struct Entry
    {
        QString id;
        QString name;
        QString version;
        QString fileName;
        QList<Dependency> dependencies;
        State state = State::Missing;
        QString reason;                       ///< translated, for a person
        ProcedureModule *module = nullptr;    ///< set when Loaded
    };

    explicit ModuleLoader(QString directory);
    ~ModuleLoader();

    /// Loads every plugin of the folder; `expected` module ids (from the
    /// reference release) that are not found are listed as Missing.
    void load(const QStringList &expected);
    /// initialize() in load order; a module that fails is marked Failed and
    /// skipped, then allModulesReady() in reverse order.
    void initialize(ModuleContext &context);
    /// The release in force changed (a new one took effect): initialize()
    /// again, so each module reads its rules from context.reference(). A
    /// module that refuses the new release is marked Failed: it offers
    /// nothing rather than answer under rules no longer in force.
    void releaseChanged(ModuleContext &context);
    /// aboutToShutdown() in reverse order, then unload.
    void shutdown();

    const QList<Entry> &entries() const { return m_entries; }
    QList<ProcedureModule *> modules() const;
    /// The module that offers a procedure, and the procedure.
    ProcedureModule *moduleFor(const QString &procedureId, ProcedureInfo *info = nullptr) const;
    QString moduleIdFor(const QString &procedureId) const;

    static QString stateLabel(State s);
    /// The folder the shell loads modules from: lib/guichet/modules beside the binary.
    static QString defaultDirectory();

private:
    void initializeLoaded(ModuleContext &context);
    struct Candidate;
    /// Refuses the candidates whose dependencies cannot be met, then loads
    /// the others, each after the modules it needs.
    void resolveAndLoad(std::vector<Candidate> candidates);
    QString m_directory;
    QList<Entry> m_entries;
    std::vector<std::unique_ptr<QPluginLoader>> m_loaders;
};

} // namespace guichet
