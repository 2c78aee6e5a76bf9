// SPDX-License-Identifier: GPL-3.0-or-later
#include "cnimodule.h"

namespace guichet::cni {

CniModule::CniModule() : identity::TitleModule(QString(identity::CniTitle)) {}

QString CniModule::pageTitle() const
{
    return tr("Identity cards");
}

} // namespace guichet::cni
