// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

namespace guichet::sync { struct SyncReport; }

class QLabel;
class QActionGroup;
class QMenu;
class QToolBar;
class QProgressBar;
class QStackedWidget;

namespace guichet {

class CasesPage;
class ConflictsPage;
class IdleWatch;
class LockPage;
class WorkPage;
class DeskSession;
class ReceptionPage;
class SyncController;

/// The counter shell: Reception (F2), Cases (F3), the modules' work pages
/// (F4…), the modules screen, and
/// a status bar that says office, agent, reference release and sync state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DeskSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    ReceptionPage *reception() const { return m_reception; }
    CasesPage *cases() const { return m_cases; }
    void showReception();
    void showCases();
    void showModules();
    void showConflicts();
    /// The modules' work pages, in the order of the tool bar (F4, F5, …).
    QList<WorkPage *> workPages() const { return m_workPages; }
    void showWorkPage(WorkPage *page);
    /// Reads a module page's lists again, and notes what they were read at.
    void refreshWorkPage(WorkPage *page);
    QString workPageReadToken() const;
    /// Presses the Go menu's and tool bar's entry of the page shown.
    void markCurrentPage();
    SyncController *syncController() const { return m_sync; }
    /// "Sync now": starts a sync and reports its outcome in the status bar.
    void syncNow();
    /// Ctrl+L: hides everything behind the lock page until the agent's password
    /// is typed; the work in progress stays as it was.
    void lock();
    bool isLocked() const;
    /// The watch that locks the desk after the workstation's idle delay
    /// (`idle_lock_minutes`, 5 by default, 0 never) without keyboard or mouse input.
    IdleWatch *idleWatch() const { return m_idleWatch; }
    /// "Automatic lock…": a superviseur sets the idle delay of this workstation.
    void changeIdleLock();
    /// Ctrl+Shift+L: closes this agent's session (what is being filled may stay
    /// as their draft); the desk then asks for the next agent's login.
    void logOut();
    /// The window closed because the agent logged out, not to quit.
    bool loggedOut() const { return m_loggedOut; }
    /// Answers under the release in force today: switches when a new one took
    /// effect (the day changed, or a sync installed one already in force), and
    /// shows in the status bar whether this workstation lags behind HQ. Runs
    /// every minute (acting when the day changed) and after each sync.
    void checkReferenceRelease();

protected:
    /// Closing with a request being filled and not saved asks first.
    void closeEvent(QCloseEvent *event) override;

private:
    DeskSession &m_session;
    QStackedWidget *m_pages;
    ReceptionPage *m_reception;
    CasesPage *m_cases;
    QList<WorkPage *> m_workPages;
    /// The data (Database::changeToken) and day each module page last read.
    QHash<const WorkPage *, QString> m_workPageReadAt;
    QList<QAction *> m_workActions;
    QMenu *m_go = nullptr;
    QMenu *m_pageMenu = nullptr;  ///< the actions of the page shown
    QActionGroup *m_pageActions = nullptr;  ///< one entry per page, the one shown pressed
    QToolBar *m_bar = nullptr;
    void buildWorkPages();
    ConflictsPage *m_conflicts = nullptr;
    QAction *m_conflictsAction = nullptr;
    QAction *m_casesAction = nullptr;
    void countConflicts();
    SyncController *m_sync;
    QLabel *m_syncStatus;
    QLabel *m_releaseStatus;
    QLabel *m_releaseWarning;
    QTimer m_dayWatch;
    QDate m_checkedDay;
    QString m_releaseError;   ///< why the release in force could not be taken, if it could not
    QProgressBar *m_syncProgress;
    bool m_reportNextSync = false;
    LockPage *m_lock = nullptr;
    IdleWatch *m_idleWatch = nullptr;
    /// Idle for the delay: any dialog left open is cancelled (its contents
    /// must not stay in view), then the desk locks.
    void lockWhenIdle();
    QWidget *m_beforeLock = nullptr;
    /// The actions the lock disabled, enabled again on unlock; guarded, as a
    /// widget may delete its own actions meanwhile.
    QList<QPointer<QAction>> m_lockedActions;
    bool m_loggedOut = false;
    void unlock();
    void reportSync(const sync::SyncReport &report);

    void showSyncState();
    void showReleaseState();

    void openCase(const QUuid &caseId);
};

} // namespace guichet
