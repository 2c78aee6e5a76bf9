// SPDX-License-Identifier: GPL-3.0-or-later
// The "Mail" page: the city's open requests, the earliest due first, those
// near their deadline and those late marked in words, a service filter, and
// Enter opening the request.
#include "courrierworkpage.h"
#include "formtesting.h"
#include "liststyle.h"
#include "testcontext.h"

#include <QComboBox>
#include <QFont>
#include <QTableView>
#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace guichet::courrier;

namespace {

CourrierRules rulesOf(const ModuleContext &context)
{
    auto r = CourrierRules::fromRelease(context.reference());
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.has_value());
    return *r;
}

/// A written request as the form records it.
CaseSummary letter(const QString &tracking, const QString &service, const QString &kind, const QDate &received,
                   const QString &status = QStringLiteral("received"))
{
    CaseSummary c;
    c.id = QUuid::createUuid();
    c.trackingNumber = tracking;
    c.procedureId = QString(WrittenProcedureId);
    c.status = status;
    c.officeCode = QStringLiteral("BEL");
    c.service = service;
    c.summary = QStringLiteral("Objet ") + tracking;
    c.personName = QStringLiteral("KERJEAN Nolwenn");
    c.createdAt = QDateTime(received, QTime(10, 0), Qt::UTC);
    c.statusSince = c.createdAt;
    c.data = QJsonObject{{QStringLiteral("received"), received.toString(Qt::ISODate)},
                         {QStringLiteral("requestKind"), kind},
                         {QStringLiteral("requestKindLabel"), kind}};
    return c;
}

QString cell(const CourrierWorkPage &page, int row, QueueModel::Column column, int role = Qt::DisplayRole)
{
    return page.model()->index(row, column).data(role).toString();
}

QStringList order(const CourrierWorkPage &page)
{
    QStringList out;
    for (int r = 0; r < page.model()->rowCount(); ++r)
        out << cell(page, r, QueueModel::Tracking);
    return out;
}

} // namespace

TEST_CASE("Courrier page: the open requests come earliest due first, near and late marked in words", "[courrier][page]")
{
    TestContext context(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    // Due 22 October (target of a 1 October acceptance): late.
    context.storedCases << letter(QStringLiteral("A-late"), QStringLiteral("etat-civil"),
                                  QStringLiteral("decision-individuelle"), QDate(2026, 10, 1));
    // Due 11 December (target of today's): 21 days left.
    context.storedCases << letter(QStringLiteral("C-far"), QStringLiteral("titres"), QStringLiteral("decision-individuelle"),
                                  QDate(2026, 11, 20));
    // Due 24 November (target of a 2 November request): 4 days left, near.
    context.storedCases << letter(QStringLiteral("B-near"), QStringLiteral("education"),
                                  QStringLiteral("communication-document"), QDate(2026, 11, 2), QStringLiteral("in-progress"));
    // Answered: not in the queue.
    context.storedCases << letter(QStringLiteral("D-done"), QStringLiteral("titres"), QStringLiteral("reclamation"),
                                  QDate(2026, 10, 5), QStringLiteral("answered"));

    CourrierWorkPage page(rulesOf(context), context);
    page.refresh();  // as the shell does when it first shows the page
    CHECK(page.title() == QStringLiteral("Mail"));
    CHECK(order(page) == QStringList{QStringLiteral("A-late"), QStringLiteral("B-near"), QStringLiteral("C-far")});

    CHECK(cell(page, 0, QueueModel::Due) == dueText(QDate(2026, 10, 22), true));
    CHECK(cell(page, 0, QueueModel::TimeLeft) == QStringLiteral("⚠ late by 29 day(s)"));
    CHECK(page.model()->index(0, QueueModel::Due).data(Qt::ForegroundRole) == overdueStyle(true, Qt::ForegroundRole));
    CHECK(cell(page, 0, QueueModel::Due, Qt::AccessibleTextRole) == dueAccessibleText(QDate(2026, 10, 22), true));

    CHECK(cell(page, 1, QueueModel::Due) == dueText(QDate(2026, 11, 24), false));
    CHECK(cell(page, 1, QueueModel::TimeLeft) == QStringLiteral("⚠ near its deadline: 4 day(s) left"));
    CHECK_FALSE(page.model()->index(1, QueueModel::Due).data(Qt::ForegroundRole).isValid());

    CHECK(cell(page, 2, QueueModel::TimeLeft) == QStringLiteral("21 day(s) left"));
    CHECK(cell(page, 2, QueueModel::Service) == QStringLiteral("Service des titres d'identité"));
    CHECK(cell(page, 1, QueueModel::Status) == QStringLiteral("En cours d'instruction par le service"));
    CHECK(page.message() == QStringLiteral("3 open request(s) — 1 near its deadline — 1 late"));
}

TEST_CASE("Courrier page: a request waiting for pieces has its clock suspended and comes last", "[courrier][page]")
{
    TestContext context(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    CaseSummary waiting = letter(QStringLiteral("P-pieces"), QStringLiteral("etat-civil"),
                                 QStringLiteral("decision-individuelle"), QDate(2026, 10, 1),
                                 QStringLiteral("pieces-requested"));
    waiting.statusSince = QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC);
    context.storedCases << waiting
                        << letter(QStringLiteral("F-far"), QStringLiteral("titres"),
                                  QStringLiteral("decision-individuelle"), QDate(2026, 11, 20));
    CourrierWorkPage page(rulesOf(context), context);
    page.refresh();  // as the shell does when it first shows the page
    REQUIRE(order(page) == QStringList{QStringLiteral("F-far"), QStringLiteral("P-pieces")});
    // The acceptance waits for the pieces (L114-5): nothing is due, nothing is late.
    CHECK(page.model()->items().at(1).reading.awaitingPieces);
    CHECK(cell(page, 1, QueueModel::TimeLeft) == QStringLiteral("clock suspended: pieces requested"));
    CHECK_FALSE(page.model()->items().at(1).late);
}

TEST_CASE("Courrier page: the service filter keeps one service's requests, with a sentence when it has none",
          "[courrier][page]")
{
    TestContext context(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    CourrierWorkPage empty(rulesOf(context), context);
    empty.refresh();  // as the shell does when it first shows the page
    CHECK(emptyListText(empty.table()) == QStringLiteral("No open request: every letter and call is answered or transmitted."));

    context.storedCases << letter(QStringLiteral("T-1"), QStringLiteral("titres"), QStringLiteral("reclamation"),
                                  QDate(2026, 11, 18))
                        << letter(QStringLiteral("E-1"), QStringLiteral("etat-civil"), QStringLiteral("reclamation"),
                                  QDate(2026, 11, 19));
    CourrierWorkPage page(rulesOf(context), context);
    page.refresh();  // as the shell does when it first shows the page
    CHECK(page.model()->rowCount() == 2);
    page.setServiceFilter(QStringLiteral("etat-civil"));
    CHECK(order(page) == QStringList{QStringLiteral("E-1")});
    page.setServiceFilter(QStringLiteral("elections"));
    CHECK(page.model()->rowCount() == 0);
    CHECK(emptyListText(page.table()).startsWith(QStringLiteral("No open request for this service.")));
    page.setServiceFilter(QString());
    CHECK(page.model()->rowCount() == 2);
}

TEST_CASE("Courrier page: Enter opens the selected request in the case window", "[courrier][page][keyboard]")
{
    TestContext context(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    context.storedCases << letter(QStringLiteral("X-1"), QStringLiteral("titres"), QStringLiteral("reclamation"),
                                  QDate(2026, 11, 18))
                        << letter(QStringLiteral("X-2"), QStringLiteral("titres"), QStringLiteral("reclamation"),
                                  QDate(2026, 11, 19));
    CourrierWorkPage page(rulesOf(context), context);
    page.refresh();  // as the shell does when it first shows the page
    showAndActivate(page);
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_Down);
    QTest::keyClick(page.table(), Qt::Key_Return);
    REQUIRE(context.openedCases.size() == 1);
    CHECK(context.openedCases.first() == page.model()->items().at(1).c.id);
}

TEST_CASE("Courrier page: the queue reads its 200 oldest open requests and says when there are more, with where to "
          "find them", "[courrier][page]")
{
    TestContext context(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    const int cap = CourrierWorkPage::ListCap;
    // One more open letter than the queue reads, one a minute from 2 November: 4 days left, near.
    for (int i = 0; i <= cap; ++i) {
        CaseSummary c = letter(QStringLiteral("L-%1").arg(i, 3, 10, QChar(u'0')), QStringLiteral("etat-civil"),
                               QStringLiteral("communication-document"), QDate(2026, 11, 2));
        c.createdAt = c.createdAt.addSecs(60 * i);
        context.storedCases << c;
    }

    CourrierWorkPage page(rulesOf(context), context);
    page.refresh();  // as the shell does when it first shows the page
    REQUIRE(page.model()->rowCount() == cap);
    // The oldest are kept: agents work them first.
    CHECK_FALSE(order(page).contains(QStringLiteral("L-%1").arg(cap, 3, 10, QChar(u'0'))));
    CHECK(order(page).contains(QStringLiteral("L-000")));
    CHECK(page.message() == QStringLiteral("More than 200 open requests: the 200 oldest are read. Refine in the case "
                                           "list (F3). — 200 near its deadline — 0 late"));

    // Down to the cap (the oldest answered): every request listed and counted.
    context.storedCases.removeFirst();
    page.refresh();
    CHECK(page.model()->rowCount() == cap);
    CHECK(page.message() == QStringLiteral("200 open request(s) — 200 near its deadline — 0 late"));
}
