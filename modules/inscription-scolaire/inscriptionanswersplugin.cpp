// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin holds no code of its own: InscriptionAnswerModule does the work,
// and moc generates the plugin entry point from inscriptionanswersplugin.h.
#include "inscriptionanswersplugin.h"
