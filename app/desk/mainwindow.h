// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QStackedWidget;

namespace guichet {

class CasesPage;
class ConflictsPage;
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
    SyncController *syncController() const { return m_sync; }
    /// "Sync now": starts a sync and reports its outcome in a message box.
    void syncNow();

private:
    DeskSession &m_session;
    QStackedWidget *m_pages;
    ReceptionPage *m_reception;
    CasesPage *m_cases;
    QList<WorkPage *> m_workPages;
    ConflictsPage *m_conflicts = nullptr;
    QAction *m_conflictsAction = nullptr;
    void countConflicts();
    SyncController *m_sync;
    QLabel *m_syncStatus;
    QProgressBar *m_syncProgress;
    bool m_reportNextSync = false;

    void showSyncState();

    void openCase(const QUuid &caseId);
};

} // namespace guichet
