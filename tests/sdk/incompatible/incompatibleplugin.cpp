// SPDX-License-Identifier: GPL-3.0-or-later
#include "procedure_module.h"

#include <QObject>

// Its code must never run: the loader refuses it from the metadata alone.
class IncompatiblePlugin : public QObject, public guichet::ProcedureModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuichetProcedureModule_iid FILE "incompatible.json")
    Q_INTERFACES(guichet::ProcedureModule)
public:
    IncompatiblePlugin() { qFatal("an incompatible module was instantiated"); }
    guichet::Result<void> initialize(guichet::ModuleContext &) override { return {}; }
    QList<guichet::ProcedureInfo> procedures() const override { return {}; }
    guichet::CaseForm *createCaseForm(const QString &, QWidget *) override { return nullptr; }
};

#include "incompatibleplugin.moc"
