// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin holds no code of its own: TitleAnswerModule does the work, and
// moc generates the plugin entry point from passeportanswersplugin.h.
#include "passeportanswersplugin.h"
