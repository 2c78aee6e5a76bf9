// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courrieranswers.h"

#include <QObject>

namespace guichet::courrier {

/// The answers of written requests and calls without the desk (guichetctl,
/// guichet-hq): a Qt plugin around CourrierAnswerModule, linking no GUI module.
class CourrierAnswersPlugin : public QObject, public CourrierAnswerModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuichetAnswerModule_iid FILE "courrier-answers.json")
    Q_INTERFACES(guichet::AnswerModule)

public:
    using QObject::QObject;
};

} // namespace guichet::courrier
