// SPDX-License-Identifier: GPL-3.0-or-later
#include "moduleloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>
#include <QVersionNumber>

#include <functional>

Q_LOGGING_CATEGORY(lcModules, "guichet.modules", QtWarningMsg)

namespace guichet {

ModuleLoader::ModuleLoader(QString directory) : m_directory(std::move(directory)) {}

ModuleLoader::~ModuleLoader()
{
    shutdown();
}

QString ModuleLoader::defaultDirectory()
{
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../" GUICHET_MODULEDIR));
}

QString ModuleLoader::stateLabel(State s)
{
    switch (s) {
    case State::Loaded: return QCoreApplication::translate("ModuleLoader", "Loaded");
    case State::Missing: return QCoreApplication::translate("ModuleLoader", "Missing");
    case State::Incompatible: return QCoreApplication::translate("ModuleLoader", "Incompatible");
    case State::Unresolved: return QCoreApplication::translate("ModuleLoader", "Dependency missing");
    case State::Broken: return QCoreApplication::translate("ModuleLoader", "Damaged");
    case State::Failed: return QCoreApplication::translate("ModuleLoader", "Failed to start");
    }
    Q_UNREACHABLE();
}

struct ModuleLoader::Candidate
{
    Entry entry;
    std::unique_ptr<QPluginLoader> loader;
};

namespace {

/// The "dependencies" of a module's metadata, or nullopt when they are not a
/// list of {"id", "version"} objects.
std::optional<QList<ModuleLoader::Dependency>> readDependencies(const QJsonObject &meta)
{
    QList<ModuleLoader::Dependency> out;
    const QJsonValue value = meta.value(QStringLiteral("dependencies"));
    if (value.isUndefined())
        return out;
    if (!value.isArray())
        return std::nullopt;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        const QString version = o.value(QStringLiteral("version")).toString(QStringLiteral("0"));
        if (id.isEmpty() || QVersionNumber::fromString(version).isNull())
            return std::nullopt;
        out << ModuleLoader::Dependency{id, version};
    }
    return out;
}

} // namespace

void ModuleLoader::load(const QStringList &expected)
{
    const QDir dir(m_directory);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    std::vector<Candidate> candidates;
    for (const QString &file : files) {
        const QString path = dir.absoluteFilePath(file);
        if (!QLibrary::isLibrary(path))
            continue;
        auto loader = std::make_unique<QPluginLoader>(path);
        Entry e;
        e.fileName = file;
        // The metadata is read without running any of the module's code.
        const QJsonObject outer = loader->metaData();
        const QJsonObject meta = outer.value(QStringLiteral("MetaData")).toObject();
        if (outer.isEmpty() || outer.value(QStringLiteral("IID")).toString() != QLatin1String(GuichetProcedureModule_iid)) {
            e.state = State::Broken;
            e.reason = outer.isEmpty()
                ? QCoreApplication::translate("ModuleLoader", "The file is not a Guichet module or is damaged: %1. Reinstall Guichet.").arg(loader->errorString())
                : QCoreApplication::translate("ModuleLoader", "The file is a plugin for another program. Remove it from the modules folder.");
            m_entries << e;
            continue;
        }
        e.id = meta.value(QStringLiteral("id")).toString();
        e.name = meta.value(QStringLiteral("name")).toString(e.id);
        e.version = meta.value(QStringLiteral("version")).toString();
        const int sdk = meta.value(QStringLiteral("sdkVersion")).toInt(-1);
        if (sdk != SdkVersion) {
            e.state = State::Incompatible;
            e.reason = QCoreApplication::translate("ModuleLoader", "Built for SDK version %1, this desk has SDK version %2. Install the module's version made "
                          "for this release of Guichet.").arg(sdk).arg(SdkVersion);
            m_entries << e;
            continue;
        }
        const auto dependencies = readDependencies(meta);
        if (!dependencies) {
            e.state = State::Broken;
            e.reason = QCoreApplication::translate("ModuleLoader", "The module's list of dependencies is not a list of {\"id\", \"version\"}. "
                                                                   "Reinstall the module.");
            m_entries << e;
            continue;
        }
        e.dependencies = *dependencies;
        const bool duplicate = std::ranges::any_of(candidates, [&](const Candidate &c) { return c.entry.id == e.id; });
        if (duplicate) {
            e.state = State::Broken;
            e.reason = QCoreApplication::translate("ModuleLoader", "Another file already provides the module %1. Remove one of the two.").arg(e.id);
            m_entries << e;
            continue;
        }
        candidates.push_back({std::move(e), std::move(loader)});
    }
    // In the release's order, the others after by file name: a module added
    // to the city's list last does not move the pages' keys of the others.
    const auto rank = [&](const Candidate &c) {
        const qsizetype i = expected.indexOf(c.entry.id);
        return i < 0 ? expected.size() : i;
    };
    std::ranges::stable_sort(candidates, {}, rank);
    resolveAndLoad(std::move(candidates));
    for (const QString &id : expected) {
        bool found = false;
        for (const Entry &e : std::as_const(m_entries))
            found |= e.id == id;
        if (!found)
            m_entries << Entry{id, id, {}, {}, {}, State::Missing,
                               QCoreApplication::translate("ModuleLoader", "The reference release offers this module but it is not installed on this workstation. "
                                  "Ask IT to install it; the other procedures work meanwhile."), nullptr};
    }
}

void ModuleLoader::resolveAndLoad(std::vector<Candidate> candidates)
{
    // Depth first, dependencies before the module (as Qt Creator's plugin
    // manager orders its plugins). `visiting` finds a module that leads back
    // to itself.
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < qsizetype(candidates.size()); ++i)
        byId.insert(candidates[i].entry.id, i);
    enum class Mark { None, Visiting, Done };
    QList<Mark> marks(qsizetype(candidates.size()), Mark::None);

    std::function<void(qsizetype)> visit = [&](qsizetype i) {
        Candidate &c = candidates[i];
        if (marks[i] != Mark::None)
            return;
        marks[i] = Mark::Visiting;
        for (const Dependency &d : std::as_const(c.entry.dependencies)) {
            const auto found = byId.constFind(d.id);
            QString problem;
            if (found == byId.constEnd()) {
                problem = QCoreApplication::translate("ModuleLoader", "It needs the module %1 (version %2 or later), which is not installed. "
                                                                      "Ask IT to install it.").arg(d.id, d.version);
            } else if (marks[*found] == Mark::Visiting) {
                problem = QCoreApplication::translate("ModuleLoader", "It needs the module %1, which needs it in turn: neither can start first. "
                                                                      "Install versions of the two made to work together.").arg(d.id);
            } else {
                visit(*found);
                const Entry &needed = candidates[*found].entry;
                if (QVersionNumber::fromString(needed.version) < QVersionNumber::fromString(d.version))
                    problem = QCoreApplication::translate("ModuleLoader", "It needs the module %1 in version %2 or later; version %3 is installed. "
                                                                          "Install the newer one.").arg(d.id, d.version, needed.version);
                else if (needed.state != State::Loaded)
                    problem = QCoreApplication::translate("ModuleLoader", "It needs the module %1, which could not be loaded (see its line).").arg(d.id);
            }
            if (!problem.isEmpty() && c.entry.state != State::Unresolved) {
                c.entry.state = State::Unresolved;
                c.entry.reason = problem;
            }
        }
        marks[i] = Mark::Done;
        if (c.entry.state == State::Unresolved) {
            m_entries << c.entry;
            return;
        }
        auto *module = qobject_cast<ProcedureModule *>(c.loader->instance());
        if (!module) {
            c.entry.state = State::Broken;
            c.entry.reason = QCoreApplication::translate("ModuleLoader", "The module cannot be loaded: %1. Reinstall Guichet.").arg(c.loader->errorString());
            m_entries << c.entry;
            return;
        }
        c.entry.state = State::Loaded;
        c.entry.module = module;
        m_entries << c.entry;
        m_loaders.push_back(std::move(c.loader));
        qCInfo(lcModules) << "loaded module" << c.entry.id << c.entry.version;
    };
    for (qsizetype i = 0; i < qsizetype(candidates.size()); ++i)
        visit(i);
}

void ModuleLoader::initialize(ModuleContext &context)
{
    initializeLoaded(context);
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it)
        if (it->state == State::Loaded)
            it->module->allModulesReady();
}

void ModuleLoader::releaseChanged(ModuleContext &context)
{
    initializeLoaded(context);
}

void ModuleLoader::initializeLoaded(ModuleContext &context)
{
    // A module that cannot take the release is set aside with its reason; the others go on.
    for (Entry &e : m_entries) {
        if (e.state != State::Loaded)
            continue;
        if (auto r = e.module->initialize(context); !r) {
            e.state = State::Failed;
            e.reason = r.error().message;
            e.module = nullptr;
        }
    }
}

void ModuleLoader::shutdown()
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->state == State::Loaded && it->module) {
            it->module->aboutToShutdown();
            it->module = nullptr;
            it->state = State::Missing;
        }
    }
    // Plugins stay mapped until exit: widgets made by a module may still be
    // alive in Qt's deletion queue, and unloading under them would crash.
    m_loaders.clear();
}

QList<ProcedureModule *> ModuleLoader::modules() const
{
    QList<ProcedureModule *> out;
    for (const Entry &e : m_entries)
        if (e.state == State::Loaded)
            out << e.module;
    return out;
}

ProcedureModule *ModuleLoader::moduleFor(const QString &procedureId, ProcedureInfo *info) const
{
    for (const Entry &e : m_entries) {
        if (e.state != State::Loaded)
            continue;
        for (const ProcedureInfo &p : e.module->procedures()) {
            if (p.id == procedureId) {
                if (info)
                    *info = p;
                return e.module;
            }
        }
    }
    return nullptr;
}

QString ModuleLoader::moduleIdFor(const QString &procedureId) const
{
    for (const Entry &e : m_entries)
        if (e.state == State::Loaded)
            for (const ProcedureInfo &p : e.module->procedures())
                if (p.id == procedureId)
                    return e.id;
    return {};
}

} // namespace guichet
