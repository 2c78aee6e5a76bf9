// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktesting.h"

#include "casedetaildialog.h"
#include "desksession.h"
#include "receipt.h"
#include "receiptdata.h"

#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace guichet;
using namespace guichet::test;

namespace {

/// A request for a birth certificate copy, opened by the session's agent, with its answer recorded.
Case openCase(DeskSession &s, const QString &officeCode = QStringLiteral("BEL"))
{
    Citizen c;
    c.familyName = QStringLiteral("Kerhervé");
    c.firstNames = QStringLiteral("Soizic");
    c.sex = QLatin1Char('F');
    c.birthDate = QDate(1971, 2, 3);
    c.birthPlaceCode = QStringLiteral("29019");
    auto person = s.citizens().create(c, s.agent().id);
    REQUIRE(person.has_value());
    CaseRepository::NewCase n = copyRequest(s, person->id, officeCode);
    n.summary = QStringLiteral("Copie intégrale — acte de naissance");
    n.dueDate = QDate(2026, 12, 1);
    n.missingDocuments = {QStringLiteral("Livret de famille"), QStringLiteral("Pièce d'identité")};
    const Case made = recordCase(s, n);
    REQUIRE(s.caseRepository().recordAnswer(made.id, QStringLiteral("La copie est délivrée sous 8 jours."),
                                            s.reference().id(), s.agent().id).has_value());
    return made;
}

/// The purposes the access log holds for reads of `citizenId` by `agentId`, oldest first.
QStringList readsLogged(DeskSession &s, const QUuid &citizenId, const QUuid &agentId)
{
    QSqlQuery q(s.database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT agent_id, citizen_id, purpose FROM access_log ORDER BY id")));
    QStringList purposes;
    while (q.next())
        if (QUuid::fromRfc4122(q.value(0).toByteArray()) == agentId && QUuid::fromRfc4122(q.value(1).toByteArray()) == citizenId)
            purposes << q.value(2).toString();
    return purposes;
}

} // namespace

TEST_CASE("Case window: Ctrl+P prints the receipt again from the stored case, the person's read logged as a reprint",
          "[desk][paper]")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    const auto session = openOffice(dir, clock);
    DeskSession &s = *session;
    const Case c = openCase(s);
    REQUIRE(s.caseRepository().recordDocument(c.id, QStringLiteral("Livret de famille"), s.agent().id).has_value());
    // On another workstation, or after a clean-up: no first PDF to print from.
    REQUIRE_FALSE(QFile::exists(QDir(s.documentsDirectory()).filePath(c.trackingNumber + QStringLiteral(".pdf"))));
    clock.set(QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC));

    CaseDetailDialog dialog(s, c.id);
    QList<ReceiptData> printed;
    dialog.setReceiptPrinter([&](const ReceiptData &d) { printed << d; return true; });
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK(dialog.findChild<QPushButton *>(QStringLiteral("reprintReceipt"))->isEnabled());
    // The window writes the due date as the receipt does.
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("caseHeader"))->text().contains(QStringLiteral("Due: mardi 1er décembre 2026")));
    QTest::keyClick(&dialog, Qt::Key_P, Qt::ControlModifier);

    REQUIRE(printed.size() == 1);
    const ReceiptData &d = printed.first();
    CHECK(d.trackingNumber == c.trackingNumber);
    CHECK(d.officeName == QStringLiteral("Mairie de quartier de Bellevue"));
    CHECK(d.officePhone == QStringLiteral("02 98 00 80 80"));
    CHECK(d.personName == QStringLiteral("KERHERVÉ Soizic"));
    CHECK(d.procedureTitle == s.procedure(c.procedureId).title);
    CHECK(d.summary == c.summary);
    CHECK(d.agentName == QStringLiteral("Anne Morvan"));
    CHECK(d.answer == QStringLiteral("La copie est délivrée sous 8 jours."));
    CHECK(d.missingDocuments == QStringList{QStringLiteral("Pièce d'identité")});  // as the case stands today
    CHECK(d.dueDate == QDate(2026, 12, 1));
    CHECK(d.createdAt == c.createdAt);
    CHECK(d.reprintedAt == clock.now());
    CHECK(d.releaseId == s.reference().id());

    // Printing the person's name is a read of their record, by this agent, for this case.
    CHECK(readsLogged(s, c.citizenId, s.agent().id).contains(QStringLiteral("reprint:") + c.trackingNumber));

    // What is printed says it is a copy, and when.
    const QString pdf = dir.file(QStringLiteral("again.pdf"));
    REQUIRE(writeReceiptPdf(d, pdf).has_value());
    const QString text = pdfText(pdf).simplified();
    CHECK(text.contains(c.trackingNumber));
    CHECK(text.contains(QStringLiteral("KERHERVÉ")));
    CHECK(text.contains(QStringLiteral("Printed again on mercredi 25 novembre 2026")));
}

TEST_CASE("Case window: a case opened at another office is printed again under that office's name", "[desk][paper]")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    const auto session = openOffice(dir, clock);
    DeskSession &s = *session;
    const Case c = openCase(s, QStringLiteral("LAM"));

    auto receipt = reprintedReceipt(s, c);
    REQUIRE(receipt.has_value());
    CHECK(receipt->officeName == QStringLiteral("Mairie de quartier de Lambézellec"));
    CHECK(receipt->officeAddress == QStringLiteral("Place des Fusillés, 29200 Brest"));
    CHECK(receipt->trackingNumber == c.trackingNumber);
}

TEST_CASE("Case window: a deleted case's receipt is not printed again", "[desk][paper]")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    const auto session = openOffice(dir, clock);
    DeskSession &s = *session;
    const Case c = openCase(s);
    REQUIRE(s.caseRepository().remove(c.id, QStringLiteral("Saisi par erreur"), s.agent().id).has_value());

    CaseDetailDialog dialog(s, c.id);
    int printed = 0;
    dialog.setReceiptPrinter([&](const ReceiptData &) { ++printed; return true; });
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("reprintReceipt"))->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_P, Qt::ControlModifier);
    CHECK(printed == 0);
    CHECK_FALSE(readsLogged(s, c.citizenId, s.agent().id).contains(QStringLiteral("reprint:") + c.trackingNumber));
}

namespace {

/// A registration on the electoral list, decided by the mayor (with `reason`
/// when refused) and then notified, as the service des élections does.
Case decidedRegistration(DeskSession &s, const QString &decision, const QString &reason = {})
{
    const Citizen person = recordPerson(s, QStringLiteral("Le Gall"), QStringLiteral("Maëlle"), QDate(2008, 5, 14));
    CaseRepository::NewCase n;
    n.citizenId = person.id;
    n.moduleId = QStringLiteral("listes-electorales");
    n.procedureId = QStringLiteral("listes-electorales.inscription");
    n.officeCode = QStringLiteral("BEL");
    n.service = QStringLiteral("elections");
    n.releaseId = s.reference().id();
    n.summary = QStringLiteral("Inscription sur la liste électorale");
    n.data = QJsonObject{{QStringLiteral("requestKind"), QStringLiteral("first")},
                         {QStringLiteral("houseNumber"), QStringLiteral("12")},
                         {QStringLiteral("street"), QStringLiteral("Rue de Siam")},
                         {QStringLiteral("postalCode"), QStringLiteral("29200")}};
    const Case made = recordCase(s, n);
    const Workflow workflow = s.workflow(n.procedureId);
    REQUIRE(s.caseRepository().changeStatus(made.id, decision, reason, workflow, s.agent().id).has_value());
    return made;
}

} // namespace

TEST_CASE("Case window: Ctrl+Shift+P prints a decided case's letter again, quoting the decision even once notified, "
          "and keeps the office's copy",
          "[desk][paper]")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    const auto session = openOffice(dir, clock);
    DeskSession &s = *session;
    const QString reason = s.workflow(QStringLiteral("listes-electorales.inscription")).reasons(QStringLiteral("received"),
                                                                                             QStringLiteral("refused")).value(2);
    REQUIRE_FALSE(reason.isEmpty());
    const Case c = decidedRegistration(s, QStringLiteral("refused"), reason);
    // Notified a week later: that change has no reason, the letter still gives the mayor's.
    clock.set(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    REQUIRE(s.caseRepository().changeStatus(c.id, QStringLiteral("refused-notified"), {},
                                            s.workflow(c.procedureId), s.agent().id).has_value());
    clock.set(QDateTime(QDate(2026, 12, 3), QTime(15, 0), Qt::UTC));
    const QString copy = QDir(s.documentsDirectory()).filePath(QStringLiteral("notification-") + c.trackingNumber
                                                               + QStringLiteral(".pdf"));
    REQUIRE_FALSE(QFile::exists(copy));

    CaseDetailDialog dialog(s, c.id);
    QList<PrintedDocument> printed;
    bool printerAccepts = false;  // the agent first cancels the print dialog
    dialog.setDocumentPrinter([&](const PrintedDocument &d) { printed << d; return printerAccepts; });
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("printLetter"));
    REQUIRE(button);
    CHECK(button->isVisible());

    QTest::keyClick(&dialog, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(printed.size() == 1);
    CHECK_FALSE(QFile::exists(copy));  // cancelled: no copy says it was printed

    printerAccepts = true;
    QTest::keyClick(&dialog, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(printed.size() == 2);
    CHECK(QFile::exists(copy));
    const PrintedDocument &letter = printed.last();
    CHECK(letter.reference == c.trackingNumber);
    CHECK(button->text().contains(letter.title));
    const QString body = letter.paragraphs.join(u'\n');
    INFO(body.toStdString());
    CHECK(body.contains(reason));
    // The decision's date, not the notification's.
    QString decisionDate;
    for (const auto &row : letter.rows)
        decisionDate += row.second + u'\n';
    CHECK(decisionDate.contains(QStringLiteral("20 novembre 2026")));
    CHECK_FALSE(decisionDate.contains(QStringLiteral("27 novembre 2026")));
}

TEST_CASE("Case window: a case with no letter shows no letter to print", "[desk][paper]")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    const auto session = openOffice(dir, clock);
    DeskSession &s = *session;
    const Case undecided = openCase(s);  // a copy request: the civil-status service sends the copy itself

    CaseDetailDialog dialog(s, undecided.id);
    int printed = 0;
    dialog.setDocumentPrinter([&](const PrintedDocument &) { ++printed; return true; });
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("printLetter"))->isVisible());
    QTest::keyClick(&dialog, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(printed == 0);
}

TEST_CASE("Case window: a refused school derogation, once notified, prints its letter with the mayor's reason",
          "[desk][paper]")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2026, 6, 2), QTime(9, 30), Qt::UTC));
    const auto session = openOffice(dir, clock);
    DeskSession &s = *session;
    const Citizen parent = recordPerson(s, QStringLiteral("Quéré"), QStringLiteral("Yann"), QDate(1988, 9, 1));
    CaseRepository::NewCase n;
    n.citizenId = parent.id;
    n.moduleId = QStringLiteral("inscription-scolaire");
    n.procedureId = QStringLiteral("inscription-scolaire.derogation");
    n.officeCode = QStringLiteral("BEL");
    n.service = QStringLiteral("education");
    n.releaseId = s.reference().id();
    n.data = QJsonObject{{QStringLiteral("childFamilyName"), QStringLiteral("Quéré")},
                         {QStringLiteral("childFirstNames"), QStringLiteral("Nolwenn")},
                         {QStringLiteral("schoolYear"), QStringLiteral("2026-2027")},
                         {QStringLiteral("requestedSchoolName"), QStringLiteral("École élémentaire Jean Macé")}};
    const Case c = recordCase(s, n);
    const Workflow workflow = s.workflow(n.procedureId);
    const QString refused = workflow.reasons(QStringLiteral("requested"), QStringLiteral("refused")).value(0);
    REQUIRE_FALSE(refused.isEmpty());
    REQUIRE(s.caseRepository().changeStatus(c.id, QStringLiteral("refused"), refused, workflow, s.agent().id).has_value());
    REQUIRE(s.caseRepository().changeStatus(c.id, QStringLiteral("refused-notified"), {}, workflow, s.agent().id).has_value());

    CaseDetailDialog dialog(s, c.id);
    QList<PrintedDocument> printed;
    dialog.setDocumentPrinter([&](const PrintedDocument &d) { printed << d; return true; });
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    INFO(dialog.findChild<QLabel *>(QStringLiteral("errors"))->text().toStdString());
    REQUIRE(printed.size() == 1);
    CHECK(printed.first().reference == c.trackingNumber);
    // Inside its sentence, after a colon, the reason starts in lower case.
    CHECK(printed.first().paragraphs.join(u'\n').contains(refused.mid(1)));
    CHECK(QFile::exists(QDir(s.documentsDirectory()).filePath(c.trackingNumber + QStringLiteral("-decision.pdf"))));
}
