// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin holds no code of its own: EtatCivilAnswerModule does the work,
// and moc generates the plugin entry point from etatcivilanswersplugin.h.
#include "etatcivilanswersplugin.h"
