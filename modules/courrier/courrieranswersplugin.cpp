// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin holds no code of its own: CourrierAnswerModule does the work,
// and moc generates the plugin entry point from courrieranswersplugin.h.
#include "courrieranswersplugin.h"
