// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "etatcivilanswers.h"

#include <QObject>

namespace guichet::etatcivil {

/// The état-civil answers without the desk (guichetctl, guichet-hq): a Qt
/// plugin around EtatCivilAnswerModule, linking no GUI module.
class EtatCivilAnswersPlugin : public QObject, public EtatCivilAnswerModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuichetAnswerModule_iid FILE "etat-civil-answers.json")
    Q_INTERFACES(guichet::AnswerModule)

public:
    using QObject::QObject;
};

} // namespace guichet::etatcivil
