// SPDX-License-Identifier: GPL-3.0-or-later
#include "desksession.h"
#include "deskstyle.h"
#include "i18n.h"
#include "logindialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>
#include <QTimer>

using namespace guichet;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("guichet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Guichet"));
    QApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/desk/icons/guichet.svg")));
    installTranslations();
    if (QFile style(QStringLiteral(":/desk/style/desk.qss")); style.open(QIODevice::ReadOnly))
        applyDeskStyle(QString::fromUtf8(style.readAll()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Guichet, the counter application of the town hall."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Office database (default: %1).")
                                                          .arg(Database::defaultPath()),
                                QStringLiteral("path"), Database::defaultPath());
    QCommandLineOption loginOption(QStringLiteral("login"), QApplication::translate("main", "Login to prefill."),
                                   QStringLiteral("login"));
    QCommandLineOption moduleOption(QStringLiteral("modules"), QApplication::translate("main", "Folder of the procedure modules."),
                                    QStringLiteral("path"), ModuleLoader::defaultDirectory());
    QCommandLineOption quitOption(QStringLiteral("quit-when-ready"),
                                  QApplication::translate("main", "Quit as soon as the main window is shown (start-up measurement)."));
    parser.addOptions({dbOption, loginOption, moduleOption, quitOption});
    parser.process(app);

    SystemClock clock;
    auto session = DeskSession::open(parser.value(dbOption), clock, parser.value(moduleOption));
    if (!session) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Guichet cannot start"), session.error().message);
        return 3;
    }

    // A demo launcher may hand the password through the environment, never on the command line.
    const QString login = parser.value(loginOption);
    const QByteArray password = qgetenv("GUICHET_PASSWORD");
    qunsetenv("GUICHET_PASSWORD");
    Agent agent;
    if (!login.isEmpty() && !password.isEmpty()) {
        auto a = (*session)->agents().authenticate(login, QString::fromUtf8(password));
        if (a)
            agent = *a;
    }
    // One session after another at a shared counter: logging out asks for the next agent.
    for (;;) {
        if (agent.id.isNull()) {
            LoginDialog dialog((*session)->agents(), (*session)->office().name);
            if (!login.isEmpty())
                dialog.setLogin(login);
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            agent = dialog.agent();
        }
        (*session)->setAgent(std::exchange(agent, Agent()));

        MainWindow window(**session);
        window.show();
        if (parser.isSet(quitOption))
            QTimer::singleShot(0, &app, [] {
                // Printed for the start-up benchmark, once the window is shown and the event loop runs.
                fputs("ready\n", stdout);
                fflush(stdout);
                QApplication::quit();
            });
        const int code = app.exec();
        if (!window.loggedOut())
            return code;
    }
}
