// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inscriptionanswers.h"

#include <QObject>

namespace guichet::inscription {

/// The school-enrolment answers without the desk (guichetctl, guichet-hq):
/// a Qt plugin around InscriptionAnswerModule, linking no GUI module.
class InscriptionAnswersPlugin : public QObject, public InscriptionAnswerModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuichetAnswerModule_iid FILE "inscription-scolaire-answers.json")
    Q_INTERFACES(guichet::AnswerModule)

public:
    using QObject::QObject;
};

} // namespace guichet::inscription
