// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "titleanswers.h"

#include <QObject>

namespace guichet::cni {

/// The cni module's answers without the desk (guichetctl, guichet-hq):
/// a Qt plugin around the shared title answers, for this title.
class CniAnswersPlugin : public QObject, public identity::TitleAnswerModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuichetAnswerModule_iid FILE "cni-answers.json")
    Q_INTERFACES(guichet::AnswerModule)

public:
    CniAnswersPlugin() : identity::TitleAnswerModule(QString(identity::CniTitle)) {}
};

} // namespace guichet::cni
