// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the desk's tests share: an office database as guichetctl init makes it,
// its session, a person already known, and key events as an agent types them.

#include "testsupport.h"

#include "desksession.h"
#include "store/agentrepository.h"
#include "store/caserepository.h"
#include "store/referencestore.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

#include <functional>

namespace guichet::test {

inline const QString password = QStringLiteral("mot de passe du test");

/// An office database made as `guichetctl init` makes it, with one agent.
inline QString makeOffice(const TempDir &dir, const Clock &clock)
{
    const QString path = dir.file(QStringLiteral("office.db"));
    auto db = Database::open(path, clock);
    REQUIRE(db.has_value());
    REQUIRE((*db)->setMeta(QStringLiteral("office_code"), QStringLiteral("BEL")));
    REQUIRE(ReferenceStore(**db).install(ReferenceStore::bundled().value()));
    REQUIRE(AgentRepository(**db).add(QStringLiteral("amorvan"), QStringLiteral("Anne Morvan"), Role::Agent,
                                      QStringLiteral("BEL"), password).has_value());
    return path;
}

/// The desk's session on a new office made by makeOffice, with the modules
/// built beside the tests, its agent logged in.
inline std::unique_ptr<DeskSession> openOffice(const TempDir &dir, const Clock &clock)
{
    auto session = DeskSession::open(makeOffice(dir, clock), clock, buildPath(QStringLiteral("lib/guichet/modules")));
    REQUIRE(session.has_value());
    (*session)->setAgent((*session)->agents().authenticate(QStringLiteral("amorvan"), password).value());
    return std::move(*session);
}

/// A person already recorded in the office, born in Brest.
inline Citizen recordPerson(DeskSession &s, const QString &family, const QString &first, const QDate &born)
{
    Citizen c;
    c.familyName = family;
    c.firstNames = first;
    c.sex = QLatin1Char('F');
    c.birthDate = born;
    c.birthPlaceCode = QStringLiteral("29019");
    c.birthPlaceName = QStringLiteral("Brest");
    auto made = s.citizens().create(c, QUuid::createUuid());
    REQUIRE(made.has_value());
    return *made;
}

/// A copy of a birth act asked for `person` at `office`, under the release in
/// force: what the tests then complete (due date, documents, status) before
/// recordCase().
inline CaseRepository::NewCase copyRequest(DeskSession &s, const QUuid &person, const QString &office = QStringLiteral("BEL"))
{
    CaseRepository::NewCase n;
    n.citizenId = person;
    n.moduleId = QStringLiteral("etat-civil");
    n.procedureId = QStringLiteral("etat-civil.copie-acte");
    n.officeCode = office;
    n.service = QStringLiteral("etat-civil");
    n.releaseId = s.reference().id();
    return n;
}

/// The case saved by the session's agent; the test stops saying why when it is refused.
inline Case recordCase(DeskSession &s, const CaseRepository::NewCase &n)
{
    auto made = s.caseRepository().create(n, s.workflow(n.procedureId), s.agent().id);
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.has_value());
    return *made;
}

template <typename W>
W *byAccessibleName(QWidget *root, const QString &prefix)
{
    for (W *w : root->findChildren<W *>())
        if (w->accessibleName().startsWith(prefix) && w->isEnabled())
            return w;
    return nullptr;
}

/// Types text as key events; letters outside ASCII (ë, é) arrive as a keyboard
/// with a French layout sends them: a key event carrying the text.
inline void typeKeys(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(w, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

inline void typeInto(QWidget *w, const QString &text)
{
    REQUIRE(w);
    w->setFocus();
    typeKeys(w, text);
}

/// Runs `fill` on the next modal dialog once its event loop runs. The timer
/// is checked on each pass of the event loop, so it also copes with events
/// being processed before the dialog opens. With `over`, waits for a dialog
/// opened over that one (a question a dialog asks).
inline void whenDialogOpens(std::function<void(QWidget *)> fill, QWidget *over = nullptr)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, [timer, fill, over] {
        if (QWidget *dialog = QApplication::activeModalWidget(); dialog && dialog != over) {
            timer->stop();
            timer->deleteLater();
            fill(dialog);
        }
    });
    timer->start(0);
}

} // namespace guichet::test
