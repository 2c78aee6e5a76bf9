// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "sync/statehash.h"

#include "casedetaildialog.h"
#include "casespage.h"
#include "conflictspage.h"
#include "idlelockdialog.h"
#include "idlewatch.h"
#include "lockpage.h"
#include "pageactions.h"
#include "desksession.h"
#include "receptionpage.h"
#include "synccontroller.h"
#include "store/settings.h"
#include "sync/releases.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QCloseEvent>
#include <QMessageBox>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace guichet {

namespace {

/// The lines a sync report adds about reference releases, empty when there is nothing to say.
QString releaseReport(const sync::SyncReport &report)
{
    const QLocale locale;
    QString text;
    for (const sync::AnnouncedRelease &r : report.releasesInstalled)
        text += u'\n' + QCoreApplication::translate("MainWindow", "Reference release %1 (no. %2) installed, in force from %3.")
                            .arg(r.id).arg(r.number).arg(locale.toString(r.effective, QLocale::ShortFormat));
    for (const Error &e : report.releaseErrors)
        text += u'\n' + e.message;
    if (!report.stateDiffers.isEmpty())
        text += u'\n' + QCoreApplication::translate("MainWindow", "This workstation does not hold the same data as HQ (parts: %1). "
                                                                  "Nothing is lost; call IT.").arg(sync::describeParts(report.stateDiffers));
    if (report.quarantinedNow > 0)
        text += u'\n' + QCoreApplication::translate("MainWindow", "%n operation(s) received could not be applied and were set aside; "
                                                                  "the rest was applied. Call IT.", nullptr, int(report.quarantinedNow));
    if (report.setAside > 0)
        text += u'\n' + QCoreApplication::translate("MainWindow", "HQ refused %n change(s) of this workstation for good: other offices do not "
                                                                  "see them. Last reason: %1. Call IT.", nullptr, int(report.setAside))
                             .arg(report.setAsideReason);
    return text;
}

} // namespace

MainWindow::MainWindow(DeskSession &session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_pages(new QStackedWidget(this)),
      m_reception(new ReceptionPage(session, this)), m_cases(nullptr), m_sync(new SyncController(session, this)),
      m_syncStatus(new QLabel(this)), m_releaseStatus(new QLabel(this)), m_releaseWarning(new QLabel(this)),
      m_syncProgress(new QProgressBar(this))
{
    // The system adds " — Guichet" (the application's display name) itself.
    setWindowTitle(session.office().name);
    m_pages->addWidget(m_reception);
    setCentralWidget(m_pages);

    auto *reception = new QAction(tr("&Reception"), this);
    reception->setShortcut(Qt::Key_F2);
    reception->setToolTip(tr("Receive a person (F2)"));
    auto *cases = new QAction(tr("&Cases"), this);
    cases->setShortcut(Qt::Key_F3);
    cases->setToolTip(tr("Find and follow cases (F3)"));
    m_conflictsAction = new QAction(tr("C&onflicts"), this);
    m_conflictsAction->setShortcut(Qt::Key_F11);
    m_conflictsAction->setToolTip(tr("Values two offices changed apart, to settle (F11)"));
    auto *syncNow = new QAction(tr("&Sync with HQ now"), this);
    syncNow->setShortcut(Qt::Key_F12);
    syncNow->setToolTip(tr("Send this office's changes to HQ and receive the other offices' (F12)"));
    auto *modules = new QAction(tr("About the &modules"), this);
    auto *lockAction = new QAction(tr("&Lock the desk"), this);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setToolTip(tr("Hide everything until your password is typed (Ctrl+L)"));
    auto *idleLockAction = new QAction(tr("&Automatic lock…"), this);
    idleLockAction->setObjectName(QStringLiteral("idleLock"));
    idleLockAction->setEnabled(IdleLockDialog::mayChange(session.agent()));
    idleLockAction->setToolTip(idleLockAction->isEnabled()
        ? tr("Minutes without input after which this desk locks itself")
        : tr("Minutes without input after which this desk locks itself; a superviseur changes them"));
    auto *logOutAction = new QAction(tr("Log &out"), this);
    logOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    logOutAction->setToolTip(tr("Close your session so that another agent logs in (Ctrl+Shift+L)"));
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    auto *about = new QAction(tr("&About Guichet"), this);

    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(syncNow);
    file->addSeparator();
    file->addAction(lockAction);
    file->addAction(idleLockAction);
    file->addAction(logOutAction);
    file->addSeparator();
    file->addAction(quit);
    auto *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(reception);
    go->addAction(cases);
    go->addAction(m_conflictsAction);
    // What the page shown can do, each with its shortcut: every action of the
    // desk is in a menu, for the agent who looks for a key.
    m_pageMenu = menuBar()->addMenu(tr("&Actions"));
    connect(m_pageMenu, &QMenu::aboutToShow, this, [this] { fillPageMenu(m_pageMenu, m_pages->currentWidget()); });
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] { fillPageMenu(m_pageMenu, m_pages->currentWidget()); });
    // The tool bar and the Go menu show which page is open: its entry stays pressed.
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (QAction *page : {reception, cases, m_conflictsAction}) {
        page->setCheckable(true);
        m_pageActions->addAction(page);
    }
    reception->setData(QVariant::fromValue<QObject *>(m_reception));
    m_casesAction = cases;
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::markCurrentPage);
    markCurrentPage();
    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(modules);
    help->addAction(about);

    auto *bar = addToolBar(tr("Navigation"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(reception);
    bar->addAction(cases);
    bar->addAction(m_conflictsAction);

    m_go = go;
    m_bar = bar;
    buildWorkPages();
    session.setCaseOpener([this](const QUuid &id) { openCase(id); });

    connect(reception, &QAction::triggered, this, &MainWindow::showReception);
    connect(cases, &QAction::triggered, this, &MainWindow::showCases);
    connect(modules, &QAction::triggered, this, &MainWindow::showModules);
    connect(syncNow, &QAction::triggered, this, &MainWindow::syncNow);
    connect(m_conflictsAction, &QAction::triggered, this, &MainWindow::showConflicts);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(idleLockAction, &QAction::triggered, this, &MainWindow::changeIdleLock);
    connect(logOutAction, &QAction::triggered, this, &MainWindow::logOut);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Guichet"),
                           tr("<b>Guichet %1</b><br>Counter application of French town halls.<br>"
                              "Licence: GPL-3.0-or-later.").arg(QStringLiteral(GUICHET_VERSION)));
    });
    connect(m_reception, &ReceptionPage::caseCreated, this, [this] {
        if (m_cases)
            m_cases->refresh();
    });
    connect(m_reception, &ReceptionPage::personCasesWanted, this, [this](const QUuid &id, const QString &name) {
        showCases();
        m_cases->showPerson(id, name);
    });

    // The status bar says where the answers come from and who gives them.
    // One label for who and where: the status bar must fit 1280 px with large fonts.
    // The office is in the window's title; the bar must fit 1280 px with large fonts.
    auto *who = new QLabel(session.agent().displayName, this);
    who->setObjectName(QStringLiteral("whoStatus"));
    who->setToolTip(tr("%1, at %2. Ctrl+L locks the desk, Ctrl+Shift+L logs out.")
                        .arg(session.agent().displayName, session.office().name));
    m_releaseStatus->setObjectName(QStringLiteral("releaseStatus"));
    m_releaseWarning->setObjectName(QStringLiteral("releaseWarning"));
    m_releaseWarning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_releaseWarning->hide();
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->hide();
    connect(m_sync, &SyncController::started, this, &MainWindow::showSyncState);
    // Each change saved here counts at once among those waiting for HQ, whichever page saved it.
    m_session.database().onLocalChangesCommitted(
        [this] { QMetaObject::invokeMethod(this, &MainWindow::showSyncState, Qt::QueuedConnection); });
    connect(m_sync, &SyncController::progress, this, [this](qint64 done, qint64 total) {
        m_syncProgress->setRange(0, int(std::min<qint64>(total, 1'000'000'000)));
        m_syncProgress->setValue(int(std::min(done, total)));
    });
    connect(m_sync, &SyncController::finished, this, [this](const sync::SyncReport &report) {
        showSyncState();
        checkReferenceRelease();
        if (std::exchange(m_reportNextSync, false))
            reportSync(report);
    });
    connect(m_sync, &SyncController::dataChanged, this, [this] {
        countConflicts();
        if (m_conflicts)
            m_conflicts->refresh();
        if (m_cases)
            m_cases->refresh();
        if (auto *page = qobject_cast<WorkPage *>(m_pages->currentWidget()))
            refreshWorkPage(page);
    });
    statusBar()->addWidget(who);
    statusBar()->addPermanentWidget(m_releaseStatus);
    statusBar()->addPermanentWidget(m_releaseWarning);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_syncStatus);
    showSyncState();
    m_checkedDay = session.clock().today();
    showReleaseState();
    // Every minute: a new release may take effect at midnight while the desk is open.
    connect(&m_dayWatch, &QTimer::timeout, this, [this] {
        if (m_session.clock().today() != m_checkedDay)
            checkReferenceRelease();
        else
            showReleaseState();
    });
    m_dayWatch.start(std::chrono::minutes(1));
    // A shared counter locks itself; the delay is read at each check, so a change
    // made here or by guichetctl holds at once.
    m_idleWatch = new IdleWatch(session.clock(), [this] { return settings::IdleLockMinutes.value(m_session.database()); }, this);
    connect(m_idleWatch, &IdleWatch::idle, this, &MainWindow::lockWhenIdle);
    countConflicts();
    m_sync->startSchedule();
    resize(1280, 800);
    // The agent's draft left at the last close or log-out comes back.
    m_reception->restoreDraft();
}

MainWindow::~MainWindow()
{
    m_session.setCaseOpener({});
    m_session.database().onLocalChangesCommitted({});
}

void MainWindow::showReception()
{
    // The request being filled is still there: only Ctrl+R starts another reception.
    m_pages->setCurrentWidget(m_reception);
    m_reception->resume();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Locked, the desk closes without a question: what was filled stays as the agent's draft.
    if (!isLocked() && !m_reception->confirmLeaving()) {
        m_loggedOut = false;
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::isLocked() const
{
    return m_lock && m_pages->currentWidget() == m_lock;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    if (!m_lock) {
        m_lock = new LockPage(m_session.agents(), m_session.agent(), m_session.office().name, this);
        m_pages->addWidget(m_lock);
        connect(m_lock, &LockPage::unlocked, this, &MainWindow::unlock);
    }
    m_beforeLock = m_pages->currentWidget();
    // Nothing but the lock's own keys: no page, sync report or menu reachable.
    for (QAction *action : findChildren<QAction *>())
        if (action->isEnabled() && action->shortcut() != QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)
            && action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_Q)) {
            action->setEnabled(false);
            m_lockedActions << action;
        }
    m_bar->hide();
    m_pages->setCurrentWidget(m_lock);
    m_lock->prepare();
}

void MainWindow::lockWhenIdle()
{
    if (isLocked())
        return;
    // Cancelled as Escape would (a question then keeps the work as it was); the
    // request being filled is kept as the agent's draft, as at every change.
    while (QWidget *modal = QApplication::activeModalWidget()) {
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
        if (QApplication::activeModalWidget() == modal)
            return;  // it refused to close: tried again at the next check
    }
    lock();
}

void MainWindow::changeIdleLock()
{
    IdleLockDialog dialog(m_session.database(), m_session.agent(), this);
    if (dialog.exec() == QDialog::Accepted) {
        const int minutes = settings::IdleLockMinutes.value(m_session.database());
        statusBar()->showMessage(minutes > 0 ? tr("This desk now locks itself after %n minute(s) without input.", nullptr, minutes)
                                             : tr("This desk no longer locks itself; Ctrl+L still locks it."),
                                 int(std::chrono::milliseconds(std::chrono::seconds(30)).count()));
    }
}

void MainWindow::unlock()
{
    m_idleWatch->reset();
    for (const QPointer<QAction> &action : std::exchange(m_lockedActions, {}))
        if (action)
            action->setEnabled(true);
    m_bar->show();
    m_pages->setCurrentWidget(m_beforeLock ? m_beforeLock : m_reception);
    if (m_beforeLock == m_reception)
        m_reception->resume();
    else if (m_beforeLock)
        m_beforeLock->setFocus();
}

void MainWindow::logOut()
{
    m_loggedOut = true;
    close();
}

void MainWindow::reportSync(const sync::SyncReport &report)
{
    // In the status bar, not in a box to dismiss: the agent goes on working.
    QString text;
    if (report.ok && report.refused > 0)
        text = tr("Sync done: %1 sent, %2 received, %3 still to send. %n status change(s) made here were refused by HQ "
                  "(another office had moved the case first): each case's timeline says which.", nullptr, int(report.refused))
                   .arg(report.sent).arg(report.received).arg(report.waiting);
    else if (report.ok)
        text = tr("Sync done: %1 sent, %2 received, %3 still to send.").arg(report.sent).arg(report.received).arg(report.waiting);
    else
        text = tr("The sync did not finish: %1 Nothing is lost: the changes not yet sent (%2) stay here and leave at the "
                  "next sync.").arg(report.error.message).arg(report.waiting);
    const QString more = releaseReport(report).trimmed().replace(u'\n', u' ');
    if (!more.isEmpty())
        text += u' ' + more;
    statusBar()->showMessage(text, int(std::chrono::milliseconds(std::chrono::minutes(2)).count()));
    statusBar()->setToolTip(text);
}

void MainWindow::showCases()
{
    // Built on first use: the desk opens on Reception without touching the case list.
    if (!m_cases) {
        m_cases = new CasesPage(m_session, this);  // reads its list with the filters it restores
        m_pages->addWidget(m_cases);
        m_casesAction->setData(QVariant::fromValue<QObject *>(m_cases));
    }
    m_pages->setCurrentWidget(m_cases);
    m_cases->focusSearch();
}

void MainWindow::showConflicts()
{
    if (!m_conflicts) {
        m_conflicts = new ConflictsPage(m_session, this);
        m_pages->addWidget(m_conflicts);
        m_conflictsAction->setData(QVariant::fromValue<QObject *>(m_conflicts));
        connect(m_conflicts, &ConflictsPage::settled, this, [this] {
            countConflicts();
            showSyncState();
        });
    }
    m_pages->setCurrentWidget(m_conflicts);
    m_conflicts->refresh();
    m_conflicts->setFocus();
}

void MainWindow::countConflicts()
{
    auto open = ConflictRepository(m_session.database()).openCount();
    const int n = open ? *open : 0;
    m_conflictsAction->setText(n > 0 ? tr("C&onflicts (%1)").arg(n) : tr("C&onflicts"));
}

void MainWindow::showWorkPage(WorkPage *page)
{
    m_pages->setCurrentWidget(page);
    // A module page's lists hold up to thousands of cases: they are read
    // again only when something may have changed since (a write here, a
    // sync, another program, a new day), so going back to a page is instant.
    if (m_workPageReadAt.value(page) != workPageReadToken())
        refreshWorkPage(page);
    page->setFocus();
}

void MainWindow::markCurrentPage()
{
    QWidget *shown = m_pages->currentWidget();
    for (QAction *page : m_pageActions->actions())
        page->setChecked(page->data().value<QObject *>() == shown);
}

QString MainWindow::workPageReadToken() const
{
    return m_session.database().changeToken() + u'/' + m_session.clock().today().toString(Qt::ISODate);
}

void MainWindow::refreshWorkPage(WorkPage *page)
{
    page->refresh();
    m_workPageReadAt.insert(page, workPageReadToken());
}

void MainWindow::openCase(const QUuid &caseId)
{
    QWidget *from = m_pages->currentWidget();
    CaseDetailDialog dialog(m_session, caseId, this);
    dialog.exec();
    if (!dialog.changed())
        return;
    m_reception->refreshPerson();
    // Every module page reads again when next shown: a letter printed from
    // the window changes a list without a write to the database.
    m_workPageReadAt.clear();
    if (auto *page = qobject_cast<WorkPage *>(from))
        refreshWorkPage(page);
    if (m_cases)
        m_cases->refresh();
}

void MainWindow::syncNow()
{
    if (!m_sync->isEnrolled()) {
        QMessageBox::information(this, tr("Sync with HQ"),
            tr("This workstation is not enrolled with HQ yet. IT enrols it with a one-time code:\n"
               "guichetctl enrol --hq URL --code CODE"));
        return;
    }
    m_reportNextSync = true;
    m_sync->syncNow();
}

void MainWindow::showSyncState()
{
    const QLocale locale;
    m_syncProgress->setVisible(m_sync->isRunning());
    if (!m_sync->isEnrolled()) {
        m_syncStatus->setText(tr("HQ: not enrolled"));
        m_syncStatus->setToolTip(tr("This workstation works on its own database. IT enrols it with HQ with "
                                    "\"guichetctl enrol --hq URL --code CODE\"."));
        return;
    }
    const qint64 waiting = m_sync->waiting();
    const QDateTime last = m_sync->lastSuccess();
    const QString when = last.isValid()
        ? (last.toLocalTime().date() == m_session.clock().today() ? locale.toString(last.toLocalTime().time(), QLocale::ShortFormat)
                                                                 : locale.toString(last.toLocalTime(), QLocale::ShortFormat))
        : tr("never");
    if (m_sync->isRunning())
        m_syncStatus->setText(tr("HQ: syncing…"));
    else if (m_sync->lastReport().finishedAt.isValid() && !m_sync->lastReport().ok)
        m_syncStatus->setText(tr("HQ offline, synced %1 · %n change(s) waiting", nullptr, int(waiting)).arg(when));
    else
        m_syncStatus->setText(tr("HQ online, synced %1 · %n change(s) waiting", nullptr, int(waiting)).arg(when));
    m_syncStatus->setToolTip(m_sync->lastReport().ok || !m_sync->lastReport().finishedAt.isValid()
                                 ? tr("F12 syncs now.")
                                 : m_sync->lastReport().error.message);
    // This workstation's state is not HQ's at the same point: loud, until a later comparison finds them equal.
    const QString differs = m_session.database().meta(QStringLiteral("state_differs"));
    m_syncStatus->setProperty("apart", !differs.isEmpty());
    m_syncStatus->setStyleSheet(differs.isEmpty() ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));
    if (!differs.isEmpty()) {
        m_syncStatus->setText(tr("⚠ Apart from HQ — call IT"));
        m_syncStatus->setToolTip(tr("After the last sync this workstation does not hold the same data as HQ (parts: %1). "
                                    "Nothing is lost; IT compares them with \"guichetctl verify --against-hq\".")
                                     .arg(sync::describeParts(differs.split(u','))));
    }
}

void MainWindow::buildWorkPages()
{
    // Built again when a new release takes effect: pages keep the rules they were made with.
    const qsizetype shown = m_workPages.indexOf(qobject_cast<WorkPage *>(m_pages->currentWidget()));
    qDeleteAll(std::exchange(m_workActions, {}));
    m_workPageReadAt.clear();
    for (WorkPage *page : std::exchange(m_workPages, {})) {
        m_pages->removeWidget(page);
        page->deleteLater();
    }
    // The modules' own pages, after the shell's: F4, F5, … in load order.
    int key = Qt::Key_F4;
    for (ProcedureModule *module : m_session.modules().modules()) {
        for (WorkPage *page : module->workPages(this)) {
            if (!page)
                continue;
            m_workPages << page;
            m_pages->addWidget(page);
            auto *action = new QAction(page->title(), this);
            if (key <= Qt::Key_F9) {
                action->setShortcut(key);
                action->setToolTip(tr("%1 (%2)").arg(page->title(), QKeySequence(key).toString(QKeySequence::NativeText)));
                ++key;
            }
            action->setCheckable(true);
            action->setData(QVariant::fromValue<QObject *>(page));
            m_pageActions->addAction(action);
            connect(action, &QAction::triggered, this, [this, page] { showWorkPage(page); });
            m_workActions << action;
            // F4… come before Conflicts (F11), in the order of their keys.
            m_go->insertAction(m_conflictsAction, action);
            m_bar->insertAction(m_conflictsAction, action);
        }
    }
    if (shown >= 0 && shown < m_workPages.size())
        showWorkPage(m_workPages.at(shown));
    else if (shown >= 0)
        showReception();
}

void MainWindow::checkReferenceRelease()
{
    m_checkedDay = m_session.clock().today();
    auto changed = m_session.reloadReference();
    // Said in the status bar, not in a box: this check also runs after background syncs.
    m_releaseError = changed ? QString() : changed.error().message;
    if (changed && *changed) {
        m_reception->reloadProcedures();
        buildWorkPages();
        // The case list's filters come from the release: built again when shown next.
        if (m_cases && m_pages->currentWidget() != m_cases) {
            m_pages->removeWidget(m_cases);
            m_cases->deleteLater();
            m_cases = nullptr;
        }
    }
    showReleaseState();
}

void MainWindow::showReleaseState()
{
    const QLocale locale;
    const ReferenceRelease &release = m_session.reference();
    const auto status = sync::ReleaseWatch(m_session.database()).status(release, m_session.clock().now());
    const QString since = locale.toString(release.effective(), QLocale::ShortFormat);
    // Short in the bar (1280 px, large fonts), whole in the tool tip.
    m_releaseStatus->setText(status.number > 0 ? tr("Release %1 (no. %2)").arg(release.id()).arg(status.number)
                                               : tr("Release %1").arg(release.id()));
    m_releaseStatus->setToolTip(tr("Reference release %1, in force since %2: %3 — hash %4")
                                    .arg(release.id(), since, release.title(), release.hash()));
    const bool warn = status.lags() || !m_releaseError.isEmpty();
    m_releaseWarning->setVisible(warn);
    m_releaseWarning->setProperty("lagging", warn);
    if (!m_releaseError.isEmpty()) {
        m_releaseWarning->setText(tr("⚠ The release now in force cannot be used"));
        m_releaseWarning->setToolTip(tr("%1\nThis workstation keeps answering under release %2. Call IT.")
                                         .arg(m_releaseError, release.id()));
    } else if (status.behindHq) {
        m_releaseWarning->setText(tr("⚠ Behind HQ, which has release %1 in force").arg(status.hqInForce));
        m_releaseWarning->setToolTip(tr("HQ answers under reference release %1, this workstation under %2: its answers may differ "
                                        "from the other offices'. Sync with HQ now (F12); if this stays, call IT.")
                                         .arg(status.hqInForce, release.id()));
    } else if (status.unconfirmed) {
        const qint64 days = status.confirmedAt.isValid() ? status.confirmedAt.secsTo(m_session.clock().now()) / (24 * 3600) : -1;
        m_releaseWarning->setText(days < 0 ? tr("⚠ Release never confirmed by HQ")
                                           : tr("⚠ Release not confirmed by HQ for %n day(s)", nullptr, int(days)));
        m_releaseWarning->setToolTip(tr("HQ has not confirmed for more than %n day(s), as this office allows, that this "
                                        "workstation answers under the release in force. Sync with HQ now (F12); if the "
                                        "sync fails, call IT.", nullptr, status.maxAgeDays));
    } else {
        m_releaseWarning->clear();
        m_releaseWarning->setToolTip({});
    }
}

void MainWindow::showModules()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("About the modules"));
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Module"), tr("Version"), tr("State"), tr("Detail")});
    const auto &entries = m_session.modules().entries();
    table->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const auto &e = entries.at(i);
        table->setItem(i, 0, new QTableWidgetItem(e.name.isEmpty() ? e.fileName : e.name));
        table->setItem(i, 1, new QTableWidgetItem(e.version));
        table->setItem(i, 2, new QTableWidgetItem(ModuleLoader::stateLabel(e.state)));
        QStringList needs;
        for (const auto &d : e.dependencies)
            needs << tr("%1 %2 or later").arg(d.id, d.version);
        QString detail = e.reason.isEmpty() ? e.fileName : e.reason;
        if (!needs.isEmpty())
            detail += tr(" — needs: %1").arg(needs.join(QStringLiteral(", ")));
        table->setItem(i, 3, new QTableWidgetItem(detail));
    }
    for (int column = 0; column < 3; ++column)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    // Rows as high as their wrapped detail at whatever width the dialog gives it.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(900, 360);
    dialog.exec();
}

} // namespace guichet
