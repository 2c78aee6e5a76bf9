// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cnimodule.h"

#include <QObject>

namespace guichet::cni {

/// The identity card module as the shell loads it: a Qt plugin around CniModule.
class CniPlugin : public QObject, public CniModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuichetProcedureModule_iid FILE "cni.json")
    Q_INTERFACES(guichet::ProcedureModule)

public:
    using QObject::QObject;
};

} // namespace guichet::cni
