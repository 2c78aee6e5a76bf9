// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "titleanswers.h"

#include <QObject>

namespace guichet::passeport {

/// The passeport module's answers without the desk (guichetctl, guichet-hq):
/// a Qt plugin around the shared title answers, for this title.
class PasseportAnswersPlugin : public QObject, public identity::TitleAnswerModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuichetAnswerModule_iid FILE "passeport-answers.json")
    Q_INTERFACES(guichet::AnswerModule)

public:
    PasseportAnswersPlugin() : identity::TitleAnswerModule(QString(identity::PassportTitle)) {}
};

} // namespace guichet::passeport
