// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QStackedWidget;

namespace guichet {

class CasesPage;
class DeskSession;
class ReceptionPage;

/// The counter shell: Reception (F2) and Cases (F3), the modules screen, and
/// a status bar that says office, agent, reference release and sync state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DeskSession &session, QWidget *parent = nullptr);

    ReceptionPage *reception() const { return m_reception; }
    CasesPage *cases() const { return m_cases; }
    void showReception();
    void showCases();
    void showModules();

private:
    DeskSession &m_session;
    QStackedWidget *m_pages;
    ReceptionPage *m_reception;
    CasesPage *m_cases;
};

} // namespace guichet
