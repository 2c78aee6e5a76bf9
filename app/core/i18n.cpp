// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace guichet {

bool installTranslations()
{
    auto *app = QCoreApplication::instance();
    Q_ASSERT(app);
    auto *own = new QTranslator(app);
    QLocale chosen = QLocale::system();
    // The .qm files are compiled into guichet-core (translations/CMakeLists.txt).
    bool loaded = own->load(chosen, QStringLiteral("guichet"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (!loaded && chosen.language() != QLocale::English) {
        chosen = QLocale(QLocale::French, QLocale::France);
        loaded = own->load(chosen, QStringLiteral("guichet"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    }
    if (!loaded) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    QLocale::setDefault(chosen);
    auto *qt = new QTranslator(app);
    if (qt->load(chosen, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace guichet
