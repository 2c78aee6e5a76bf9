// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace guichet {

class CaseListModel;
class DeskSession;

/// "Dossiers": the filtered, sortable case list; Enter opens a case.
///
/// It opens on the workstation's office (the one its database is enrolled
/// for), whichever office the agent belongs to; Ctrl+Shift+A shows every
/// office, and again the workstation's. The status filter offers the statuses of the chosen procedure
/// (with no procedure chosen, every procedure's under its name; choosing one
/// chooses its procedure). Escape clears the filters; Ctrl+Shift+S sorts by
/// the current column; the list's menu (menu key, Shift+F10, right click on
/// the list or its titles) shows and hides columns. The filters, the order and
/// the columns shown are kept for each agent in the office database, so they
/// are back after another page or a restart — except the person, whose name
/// stays with the reception it was typed for.
class CasesPage : public QWidget
{
    Q_OBJECT
public:
    explicit CasesPage(DeskSession &session, QWidget *parent = nullptr);
    ~CasesPage() override;

    CaseListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void refresh();
    void focusSearch();

    /// The cases of one person (and of the records merged into theirs) in
    /// every office, the other filters cleared: for a page that already knows
    /// the person, such as the reception. Typing in the person field then
    /// searches by name again.
    void showPerson(const QUuid &citizenId, const QString &displayName);
    /// Escape: back to the workstation's office, every status, nothing typed.
    void clearFilters();
    /// Ctrl+Shift+A: every office's cases, or the workstation's office's again.
    void toggleAllOffices();
    /// Ctrl+Shift+S: sorts by the column of the current cell; again, the other way.
    void sortByCurrentColumn();
    /// The office the list opens on: the workstation's, whoever the agent.
    QString homeOffice() const;
    /// The person the list is limited to by showPerson(), or a null id.
    QUuid personId() const { return m_personId; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyFilter();
    void resetFilters();
    void openCurrent();
    void updateCount();
    void fillStatuses();
    void statusChosen(int index);
    void syncAllOffices();
    void showListMenu(const QPoint &globalPos);
    void measureFormats();
    void fitColumns();
    bool filtersAreDefault() const;
    void say(const QString &text);
    void restoreState();
    void saveState() const;
    QString stateKey() const;

    DeskSession &m_session;
    CaseListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_tracking, *m_person;
    QComboBox *m_status, *m_channel, *m_procedure, *m_office, *m_service, *m_due;
    QCheckBox *m_overdue, *m_allOffices;
    QLabel *m_count, *m_message;
    QUuid m_personId;        ///< set by showPerson(); typing a name drops it
    bool m_restoring = false;
    bool m_fitting = false;  ///< the page sizes the columns, not the agent
    QSet<int> m_userSized;   ///< columns the agent resized: no longer fitted
    QHash<int, int> m_formatWidths;  ///< least widths of the numbers and dates
};

} // namespace guichet
