// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskstyle.h"

#include <QApplication>
#include <QFont>

namespace guichet {

void applyDeskStyle(const QString &styleSheet)
{
    QFont font = QApplication::font();
    if (font.pointSizeF() < MinimumPointSize) {
        font.setPointSizeF(MinimumPointSize);
        QApplication::setFont(font);
    }
    qApp->setStyleSheet(styleSheet);
}

} // namespace guichet
