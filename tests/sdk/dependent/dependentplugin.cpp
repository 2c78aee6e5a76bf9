// SPDX-License-Identifier: GPL-3.0-or-later
// One source, several test modules: each is built with its own metadata.json
// (tests/sdk/dependent/*.json), which says what it needs. A module the loader
// must refuse stops the test if its code ever runs (GUICHET_TEST_REFUSED).
#include "procedure_module.h"

#include <QObject>

class DependentPlugin : public QObject, public guichet::ProcedureModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuichetProcedureModule_iid FILE "metadata.json")
    Q_INTERFACES(guichet::ProcedureModule)
public:
    DependentPlugin()
    {
#ifdef GUICHET_TEST_REFUSED
        qFatal("a module whose dependencies cannot be met was instantiated");
#endif
    }
    guichet::Result<void> initialize(guichet::ModuleContext &) override { return {}; }
    QList<guichet::ProcedureInfo> procedures() const override { return {}; }
    guichet::CaseForm *createCaseForm(const QString &, QWidget *) override { return nullptr; }
};

#include "dependentplugin.moc"
