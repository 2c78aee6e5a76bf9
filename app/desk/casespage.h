// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace guichet {

class CaseListModel;
class DeskSession;

/// "Dossiers": the filtered, sortable case list; Enter opens a case.
class CasesPage : public QWidget
{
    Q_OBJECT
public:
    explicit CasesPage(DeskSession &session, QWidget *parent = nullptr);
    CaseListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void refresh();
    void focusSearch();

private:
    void applyFilter();
    void openCurrent();
    void updateCount();

    DeskSession &m_session;
    CaseListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_tracking;
    QComboBox *m_status, *m_channel, *m_procedure, *m_office, *m_service, *m_due;
    QCheckBox *m_overdue;
    QLabel *m_count;
};

} // namespace guichet
