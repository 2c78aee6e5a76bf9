// SPDX-License-Identifier: GPL-3.0-or-later
#include "passeportmodule.h"

namespace guichet::passeport {

PasseportModule::PasseportModule() : identity::TitleModule(QString(identity::PassportTitle)) {}

QString PasseportModule::pageTitle() const
{
    return tr("Passports");
}

} // namespace guichet::passeport
