// SPDX-License-Identifier: GPL-3.0-or-later
// guichet-hq: the HQ server, and its administration commands (hqcommands.h).
//
//   guichet-hq --db sqlite:/var/lib/guichet/hq.db --listen 127.0.0.1:8443
//   guichet-hq --db URL enrol-code --office BEL [--valid-hours 72]
//   guichet-hq --help      every command; guichet-hq COMMAND --help, its options

#include "hqcommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-hq"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    const int code = guichet::cli::runProgram(guichet::hq::program(), guichet::hq::allCommands(), app.arguments());
    guichet::cli::out().flush();
    guichet::cli::err().flush();
    return code;
}
