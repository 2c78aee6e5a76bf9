// SPDX-License-Identifier: GPL-3.0-or-later
// What every page of the desk must be for every agent: fitting the window at
// 1280×800 with the text 100 %, 125 % and 150 % large, every input named for
// a screen reader, every colour legible.
#include "desktesting.h"

#include "casespage.h"
#include "deskstyle.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "persondialog.h"
#include "procedure_module.h"
#include "receptionpage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QGroupBox>
#include <QMenuBar>
#include <QMultiHash>
#include <QSet>
#include <QTabBar>

#include <cmath>

using namespace guichet;
using namespace guichet::test;

namespace {

QString styleSheet()
{
    QFile file(sourcePath(QStringLiteral("resources/style/desk.qss")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

/// WCAG 2.1 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// An input a person types into or chooses with: the parts of another input
/// (a spin box's line, a combo box's list) are that input's.
bool isInput(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p))
            return false;
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return false;
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        return b->isCheckable();
    if (qobject_cast<const QHeaderView *>(w))
        return false;  // its table's: sorted from the keyboard through the table
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractItemView *>(w);
}

QString describe(const QWidget *w)
{
    QString text;  // what a label or a button says, to find it
    if (auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    return QStringLiteral("%1 \"%2\"%3 (%4)")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             text.isEmpty() ? QString() : QStringLiteral(" «%1»").arg(text.left(50)), w->window()->windowTitle());
}

/// Every visible input without an accessible name or description.
QStringList unnamedInputs(const QWidget *root)
{
    QStringList missing;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !isInput(w))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        REQUIRE(a);
        if (a->text(QAccessible::Name).trimmed().isEmpty())
            missing << describe(w) + QStringLiteral(": no name");
        else if (a->text(QAccessible::Description).trimmed().isEmpty())
            missing << describe(w) + QStringLiteral(": no description");
    }
    return missing;
}

/// Every visible widget that sticks out of the window or of the scroll area
/// it is in, sideways, and every label narrower than its text.
QStringList cutWidgets(const QWidget *window)
{
    QStringList cut;
    if (window->width() > 1280) {
        cut << describe(window) + QStringLiteral(": needs %1 px, wider than the screen").arg(window->width());
        // The stack is as wide as its widest page, shown or not: name it.
        for (const QStackedWidget *stack : window->findChildren<QStackedWidget *>())
            for (int i = 0; i < stack->count(); ++i)
                if (const QWidget *page = stack->widget(i); page->minimumSizeHint().width() > 1280 - 40) {
                    cut << describe(page) + QStringLiteral(": this page needs %1 px").arg(page->minimumSizeHint().width());
                    // Its widest parts, for whoever fixes it.
                    for (const QWidget *w : page->findChildren<QWidget *>())
                        if (w->isVisibleTo(page) && w->minimumSizeHint().width() > 1280 / 4
                            && w->findChildren<QWidget *>().size() < 3)
                            cut << QStringLiteral("  wide part: %1, %2 px").arg(describe(w)).arg(w->minimumSizeHint().width());
                }
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        // The frame it must fit in: its scroll area's viewport, or the window.
        const QWidget *frame = window;
        for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
            if (auto *area = qobject_cast<QAbstractScrollArea *>(p->parentWidget()); area && area->viewport() == p) {
                frame = p;
                break;
            }
        const int left = w->mapTo(frame, QPoint(0, 0)).x();
        if (left < 0 || left + w->width() > frame->width() + 1)
            cut << describe(w) + QStringLiteral(": from x=%1 to %2, beyond %3").arg(left).arg(left + w->width()).arg(frame->width());
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->wordWrap() && !label->text().isEmpty()
            && label->width() + 1 < label->sizeHint().width())
            cut << describe(w) + QStringLiteral(": label \"%1\" is %2 px wide for %3")
                                     .arg(label->text().left(40)).arg(label->width()).arg(label->sizeHint().width());
        if (auto *area = qobject_cast<QScrollArea *>(w); area && area->widget() && area->widget()->isVisible()
            && area->widget()->minimumSizeHint().width() > area->viewport()->width() + 1)
            cut << describe(w) + QStringLiteral(": its content needs %1 px, it shows %2")
                                     .arg(area->widget()->minimumSizeHint().width()).arg(area->viewport()->width());
    }
    return cut;
}

struct Desk
{
    TempDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<DeskSession> session = openOffice(dir, clock);
    std::unique_ptr<MainWindow> window;

    const QFont originalFont = QApplication::font();
    const QLocale originalLocale;
    QTranslator french;

    /// The desk in English (the source strings) or in French (what agents read).
    explicit Desk(double textScale, const QString &language = QStringLiteral("en"))
    {
        if (language == QLatin1String("fr")) {
            REQUIRE(french.load(QStringLiteral(":/i18n/guichet_fr.qm")));
            QCoreApplication::installTranslator(&french);
            QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        }
        QFont font = QApplication::font();
        font.setPointSizeF(MinimumPointSize * textScale);
        QApplication::setFont(font);
        applyDeskStyle(styleSheet());
        session->setAgent(session->agents().list().value().constFirst());
        const Citizen anna = recordPerson(*session, QStringLiteral("Kerjean"), QStringLiteral("Anna"), QDate(1990, 4, 10));
        window = std::make_unique<MainWindow>(*session);
        window->resize(1280, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        auto *search = window->reception()->findChild<QLineEdit *>(QStringLiteral("search"));
        typeInto(search, QStringLiteral("kerjean"));
        QTest::keyClick(search, Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    ~Desk()
    {
        window.reset();
        // The next tests find the application as it was.
        QApplication::setFont(originalFont);
        qApp->setStyleSheet({});
        QCoreApplication::removeTranslator(&french);
        QLocale::setDefault(originalLocale);
    }

    /// Runs `check` on every page of the desk: reception with each procedure's
    /// form, the case list, the conflicts, the modules' pages, the lock.
    void eachPage(const std::function<void(const QString &)> &check)
    {
        window->showReception();
        check(QStringLiteral("reception"));
        auto *procedure = window->reception()->findChild<QComboBox *>(QStringLiteral("procedure"));
        for (int i = 1; i < procedure->count(); ++i) {
            procedure->setCurrentIndex(i);
            Q_EMIT procedure->activated(i);
            QCoreApplication::processEvents();
            check(QStringLiteral("reception, ") + procedure->itemText(i));
        }
        window->showCases();
        check(QStringLiteral("cases"));
        window->showConflicts();
        check(QStringLiteral("conflicts"));
        for (WorkPage *page : window->workPages()) {
            window->showWorkPage(page);
            check(page->title());
        }
        window->lock();
        check(QStringLiteral("lock"));
    }
};

} // namespace

TEST_CASE("Desk style: every text colour is legible on its background (4.5:1) and every focus border seen (3:1)",
          "[desk][a11y]")
{
    const QColor window = QApplication::palette().color(QPalette::Window);
    const QColor text = QApplication::palette().color(QPalette::WindowText);
    const QRegularExpression rule(QStringLiteral(R"(([^{}]+)\{([^}]*)\})"));
    const QRegularExpression declaration(QStringLiteral(R"(([a-z-]+)\s*:\s*([^;]+))"));
    const QRegularExpression hex(QStringLiteral("#[0-9a-fA-F]{6}"));
    QString qss = styleSheet();
    qss.remove(QRegularExpression(QStringLiteral(R"(/\*.*?\*/)"), QRegularExpression::DotMatchesEverythingOption));
    int checked = 0;
    for (auto r = rule.globalMatch(qss); r.hasNext();) {
        const auto m = r.next();
        const QString selector = m.captured(1).simplified();
        QHash<QString, QColor> colours;
        for (auto d = declaration.globalMatch(m.captured(2)); d.hasNext();) {
            const auto dm = d.next();
            if (const auto c = hex.match(dm.captured(2)); c.hasMatch())
                colours.insert(dm.captured(1), QColor(c.captured()));
        }
        const QColor background = colours.value(QStringLiteral("background"), selector.contains(QLatin1String("QLineEdit")) ? Qt::white : window);
        const QColor foreground = colours.value(QStringLiteral("color"), text);
        if (colours.contains(QStringLiteral("color")) || colours.contains(QStringLiteral("background"))) {
            INFO(selector.toStdString());
            CHECK(contrast(foreground, background) >= 4.5);
            ++checked;
        }
        for (const QString &border : {QStringLiteral("border"), QStringLiteral("border-left")})
            if (colours.contains(border)) {
                INFO(selector.toStdString() << " " << border.toStdString());
                CHECK(contrast(colours.value(border), background) >= 3.0);
                ++checked;
            }
    }
    CHECK(checked >= 10);
}

TEST_CASE("Desk: every input of every page has a name and a description for screen readers", "[desk][a11y]")
{
    Desk desk(1.0);
    QStringList missing;
    desk.eachPage([&](const QString &) { missing << unnamedInputs(desk.window.get()); });
    missing.removeDuplicates();
    INFO(missing.join(u'\n').toStdString());
    CHECK(missing.isEmpty());

    PersonDialog person(desk.session->citizens(), desk.session->communes(), desk.clock, desk.session->agent().id);
    person.show();
    INFO(unnamedInputs(&person).join(u'\n').toStdString());
    CHECK(unnamedInputs(&person).isEmpty());
}

TEST_CASE("Desk: at 1280×800, in English and in French, with the text at 100, 125 and 150 %, no page is wider than the "
          "window and no label is cut",
          "[desk][layout]")
{
    const double scale = GENERATE(1.0, 1.25, 1.5);
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("fr"));
    Desk desk(scale, language);
    INFO("text at " << int(scale * 100) << " %, in " << language.toStdString());
    QStringList cut;
    desk.eachPage([&](const QString &page) {
        for (const QString &c : cutWidgets(desk.window.get()))
            cut << page + QStringLiteral(": ") + c;
    });
    cut.removeDuplicates();
    INFO(cut.join(u'\n').toStdString());
    CHECK(cut.isEmpty());

    PersonDialog person(desk.session->citizens(), desk.session->communes(), desk.clock, desk.session->agent().id);
    person.show();
    CHECK(person.width() <= 1280);
    INFO(cutWidgets(&person).join(u'\n').toStdString());
    CHECK(cutWidgets(&person).isEmpty());
}

namespace {

/// The English sources of the French translation that read otherwise in French
/// (sentences and labels, not names nor codes kept as they are), without placeholders.
QSet<QString> translatedSources()
{
    QFile ts(sourcePath(QStringLiteral("translations/guichet_fr.ts")));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QSet<QString> sources;
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString french = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!french.isEmpty() && french != source && !source.contains(u'%') && source.size() > 3)
                sources.insert(source);
        }
    }
    return sources;
}

/// The texts a person reads or hears on a widget and its children.
QStringList shownTexts(QWidget *root)
{
    QStringList texts;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        if (auto *line = qobject_cast<QLineEdit *>(w))
            texts << line->placeholderText();
        for (QAction *a : w->actions())
            texts << a->text() << a->toolTip();
    }
    return texts;
}

} // namespace

TEST_CASE("Desk in French: no page shows a text in English that the translation has in French", "[desk][layout][translations]")
{
    Desk desk(1.0, QStringLiteral("fr"));
    const QSet<QString> english = translatedSources();
    REQUIRE(english.size() > 500);
    QStringList left;
    const auto look = [&](const QString &where, QWidget *root) {
        for (const QString &text : shownTexts(root))
            if (english.contains(text))
                left << where + QStringLiteral(": ") + text;
    };
    desk.eachPage([&](const QString &page) { look(page, desk.window.get()); });
    PersonDialog person(desk.session->citizens(), desk.session->communes(), desk.clock, desk.session->agent().id);
    person.show();
    look(QStringLiteral("person dialog"), &person);
    left.removeDuplicates();
    INFO(left.join(u'\n').toStdString());
    CHECK(left.isEmpty());
}


namespace {

/// The Alt+letter keys of a window, each with what it goes to: labels with a
/// buddy, buttons, group boxes (Qt gives them one too) and the menu bar's
/// menus, as shown now. Disabled ones count too: a field enabled later (the
/// number to call back once "callback wanted" is ticked) must not take a
/// letter that something else already answers to.
QMultiHash<QChar, QString> mnemonics(QWidget *window)
{
    QMultiHash<QChar, QString> keys;
    const auto add = [&](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        keys.insert(QKeySequence(key[0].key()).toString().toLower().at(0), QString(text).remove(u'&'));
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy() && label->buddy()->isVisibleTo(window))
            add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(box->title());
        else if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (QAction *menu : bar->actions())
                add(menu->text());
    }
    return keys;
}

} // namespace

TEST_CASE("Desk in English and in French: on every page, each Alt+letter goes to one place", "[desk][layout][keyboard]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("fr"));
    Desk desk(1.0, language);
    QStringList clashes;
    desk.eachPage([&](const QString &page) {
        const auto keys = mnemonics(desk.window.get());
        for (const QChar letter : keys.uniqueKeys()) {
            QStringList owners = keys.values(letter);
            owners.removeDuplicates();
            if (owners.size() > 1)
                clashes << QStringLiteral("%1 (%2): Alt+%3 → %4").arg(page, language, letter, owners.join(QStringLiteral(" | ")));
            // An accented letter is not on every keyboard (an English or German one has no è).
            if (letter.unicode() > 127)
                clashes << QStringLiteral("%1 (%2): Alt+%3 is not on every keyboard → %4").arg(page, language, letter, owners.join(QStringLiteral(" | ")));
        }
    });
    clashes.removeDuplicates();
    INFO(clashes.join(u'\n').toStdString());
    CHECK(clashes.isEmpty());
}
