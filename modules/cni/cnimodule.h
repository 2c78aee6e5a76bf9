// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "titlemodule.h"

#include <QCoreApplication>

namespace guichet::cni {

/// The identity card module's logic: the shared title module, for the
/// identity card. Everything that decides (fees, documents, validity, the MRZ)
/// lives in the core's IdentityRules and the reference data.
class CniModule : public identity::TitleModule
{
    Q_DECLARE_TR_FUNCTIONS(guichet::cni::CniModule)

public:
    CniModule();

protected:
    QString pageTitle() const override;
};

} // namespace guichet::cni
