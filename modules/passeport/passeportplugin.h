// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passeportmodule.h"

#include <QObject>

namespace guichet::passeport {

/// The passport module as the shell loads it: a Qt plugin around PasseportModule.
class PasseportPlugin : public QObject, public PasseportModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuichetProcedureModule_iid FILE "passeport.json")
    Q_INTERFACES(guichet::ProcedureModule)

public:
    using QObject::QObject;
};

} // namespace guichet::passeport
