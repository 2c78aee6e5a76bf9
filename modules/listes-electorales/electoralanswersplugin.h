// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "electoralanswers.h"

#include <QObject>

namespace guichet::listeselectorales {

/// The electoral-lists module's answers without the desk (guichetctl,
/// guichet-hq): a Qt plugin around ElectoralAnswers, linking no GUI module.
class ElectoralAnswersPlugin : public QObject, public ElectoralAnswerModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuichetAnswerModule_iid FILE "listes-electorales-answers.json")
    Q_INTERFACES(guichet::AnswerModule)
};

} // namespace guichet::listeselectorales
