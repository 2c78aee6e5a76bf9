// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "titlemodule.h"

#include <QCoreApplication>

namespace guichet::passeport {

/// The passport module's logic: the shared title module, for the
/// passport. Everything that decides (fees, documents, validity, the MRZ)
/// lives in the core's IdentityRules and the reference data.
class PasseportModule : public identity::TitleModule
{
    Q_DECLARE_TR_FUNCTIONS(guichet::passeport::PasseportModule)

public:
    PasseportModule();

protected:
    QString pageTitle() const override;
};

} // namespace guichet::passeport
