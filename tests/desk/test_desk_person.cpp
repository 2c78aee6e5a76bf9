// SPDX-License-Identifier: GPL-3.0-or-later
// The correction of a person's details at the counter, driven by the keyboard.
#include "storefixture.h"

#include "persondialog.h"
#include "reference/communes.h"
#include "store/agentrepository.h"
#include "store/citizenrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace guichet;
using namespace guichet::test;

namespace {

/// An office with its commune table, an agent with a name, and one person
/// already corrected once (a move, a week ago).
struct Counter : StoreFixture
{
    CommuneTable communes = CommuneTable::fromRelease(release).value();
    Agent anne;
    Citizen person;

    Counter()
    {
        auto made = AgentRepository(*db).add(QStringLiteral("amorvan"), QStringLiteral("Anne Morvan"), Role::Agent,
                                             QStringLiteral("BEL"), QStringLiteral("mot de passe du test"));
        REQUIRE(made.has_value());
        anne = *made;
        CitizenRepository people(*db);
        auto c = people.create(sampleCitizen(), anne.id);
        REQUIRE(c.has_value());
        Citizen moved = *c;
        moved.addressLine = QStringLiteral("40 rue de Siam");
        REQUIRE(people.correct(moved, QStringLiteral("Erreur de numéro"), anne.id));
        clock.advance(7 * 24 * 3600 * 1000LL);
        person = people.read(c->id, anne.id, QStringLiteral("test")).value();
    }
};

QLineEdit *line(QWidget &dialog, const char *name)
{
    auto *w = dialog.findChild<QLineEdit *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

/// Replaces what a field holds as an agent does: select it all, type over it.
void retype(QLineEdit *w, const QString &text)
{
    w->setFocus();
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(w, text);
}

/// Answers the next message box with `button` once it opens, and keeps its text.
void answerNextBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, [timer, button, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *text = box->text();
            box->button(button)->click();
        }
    });
    timer->start(0);
}

QString errorsShown(QWidget &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("errors"))->text();
}

} // namespace

TEST_CASE("Desk: a person's details are corrected with the keyboard, with the reason, and the correction heads the "
          "history shown",
          "[desk][correction]")
{
    Counter f;
    CitizenRepository people(*f.db);
    PersonDialog dialog(people, f.communes, f.clock, f.anne.id);
    dialog.correct(f.person);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // The record as recorded, the phone as people dial it.
    CHECK(line(dialog, "familyName")->text() == QStringLiteral("Lefèvre"));
    CHECK(line(dialog, "birthDate")->text() == QStringLiteral("12/03/1984"));
    CHECK(line(dialog, "addressLine")->text() == QStringLiteral("40 rue de Siam"));
    CHECK(line(dialog, "phone")->text() == QStringLiteral("06 12 34 56 78"));
    CHECK(dialog.findChild<QComboBox *>(QStringLiteral("sex"))->currentData().toString() == QStringLiteral("F"));
    CHECK(line(dialog, "reason")->isVisible());
    // The history: one compact line, with who, where, what and why.
    auto *history = dialog.findChild<QTreeWidget *>(QStringLiteral("history"));
    REQUIRE(history);
    REQUIRE(history->topLevelItemCount() == 1);
    const QTreeWidgetItem *earlier = history->topLevelItem(0);
    CHECK(earlier->text(1) == QStringLiteral("Anne Morvan"));
    CHECK(earlier->text(2) == QStringLiteral("BEL"));
    CHECK(earlier->text(3) == QStringLiteral("Address"));
    CHECK(earlier->text(4) == QStringLiteral("Erreur de numéro"));
    CHECK(earlier->toolTip(3).contains(QStringLiteral("12 rue de Siam → 40 rue de Siam")));

    retype(line(dialog, "addressLine"), QStringLiteral("3 place de la Liberte"));
    retype(line(dialog, "phone"), QStringLiteral("07 98 76 54 32"));
    // No reason: refused on the reason, which gets the focus; nothing is written.
    QTest::keyClick(line(dialog, "phone"), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(errorsShown(dialog).contains(QStringLiteral("Reason for the correction")));
    CHECK(dialog.focusWidget() == line(dialog, "reason"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM citizen_changes")) == 1);

    QTest::keyClicks(line(dialog, "reason"), QStringLiteral("Demenagement, justificatif vu"));
    QTest::keyClick(line(dialog, "reason"), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    // The corrected record, for the reception page to show.
    CHECK(dialog.citizen().id == f.person.id);
    CHECK(dialog.citizen().addressLine == QStringLiteral("3 place de la Liberte"));
    CHECK(dialog.citizen().phone == QStringLiteral("+33798765432"));

    // Opened again: the new correction comes first, both fields named.
    PersonDialog again(people, f.communes, f.clock, f.anne.id);
    again.correct(dialog.citizen());
    auto *lines = again.findChild<QTreeWidget *>(QStringLiteral("history"));
    REQUIRE(lines->topLevelItemCount() == 2);
    CHECK(lines->topLevelItem(0)->text(4) == QStringLiteral("Demenagement, justificatif vu"));
    CHECK(lines->topLevelItem(0)->text(3) == QStringLiteral("Address, Phone"));
    CHECK(lines->topLevelItem(0)->toolTip(0).contains(QStringLiteral("06 12 34 56 78 → 07 98 76 54 32")));
    CHECK(lines->topLevelItem(1)->text(4) == QStringLiteral("Erreur de numéro"));
    // Each opening read the history: each read is logged, with the agent.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM access_log WHERE purpose = 'correction'")) == 2);
}

TEST_CASE("Desk: a correction names the wrong field, refuses a record left as it was, and Escape asks before losing "
          "what was typed",
          "[desk][correction]")
{
    Counter f;
    CitizenRepository people(*f.db);
    PersonDialog dialog(people, f.communes, f.clock, f.anne.id);
    dialog.correct(f.person);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    SECTION("a reason alone changes nothing: refused, back to the first field")
    {
        QTest::keyClicks(line(dialog, "reason"), QStringLiteral("Verification"));
        line(dialog, "reason")->setFocus();
        QTest::keyClick(line(dialog, "reason"), Qt::Key_Return);
        CHECK(dialog.isVisible());
        CHECK(errorsShown(dialog).contains(QStringLiteral("Nothing was changed")));
        CHECK(dialog.focusWidget() == line(dialog, "familyName"));
    }
    SECTION("a postal code another town has is refused on the postal code, as for a new person")
    {
        retype(line(dialog, "postalCode"), QStringLiteral("75001"));
        line(dialog, "reason")->setFocus();
        QTest::keyClicks(line(dialog, "reason"), QStringLiteral("Demenagement"));
        QTest::keyClick(line(dialog, "reason"), Qt::Key_Return);
        CHECK(dialog.isVisible());
        CHECK(errorsShown(dialog).contains(QStringLiteral("75001")));
        CHECK(dialog.focusWidget() == line(dialog, "postalCode"));
    }
    SECTION("Escape with a change asks first: No keeps it, Yes leaves and writes nothing")
    {
        retype(line(dialog, "city"), QStringLiteral("Guipavas"));
        QString asked;
        answerNextBox(QMessageBox::No, &asked);
        QTest::keyClick(line(dialog, "city"), Qt::Key_Escape);
        CHECK(asked.contains(QStringLiteral("correction is not saved")));
        CHECK(dialog.isVisible());
        CHECK(line(dialog, "city")->text() == QStringLiteral("Guipavas"));
        answerNextBox(QMessageBox::Yes, &asked);
        QTest::keyClick(line(dialog, "city"), Qt::Key_Escape);
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK_FALSE(dialog.isVisible());
        CHECK(people.read(f.person.id, f.anne.id, QStringLiteral("test")).value().city == QStringLiteral("Brest"));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM citizen_changes")) == 1);
    }
    SECTION("Escape with nothing typed leaves at once")
    {
        QTest::keyClick(line(dialog, "familyName"), Qt::Key_Escape);
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK_FALSE(dialog.isVisible());
    }
}
