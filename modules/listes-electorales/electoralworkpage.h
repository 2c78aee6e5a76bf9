// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "electoralrules.h"
#include "procedure_module.h"

#include <QAbstractTableModel>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace guichet::listeselectorales {

/// One line of a work list: the case and the date it must be acted on by.
struct WorkItem
{
    CaseSummary summary;
    QDate due;
    bool overdue = false;
};

/// A work list of the service des élections: requests awaiting the mayor's
/// decision (due 5 days after receipt) or decisions to notify (due 2 days
/// after the decision). Rows come sorted by due date, so the overdue ones
/// come first.
class WorkListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { AwaitingDecision, ToNotify };
    enum Column { Tracking, Person, Request, Since, Due, ColumnCount };

    /// `rules` must outlive the model (the page owns both).
    WorkListModel(const ElectoralRules &rules, Kind kind, QObject *parent = nullptr);

    void setItems(QList<WorkItem> items);
    const WorkItem &item(int row) const { return m_items.at(row); }
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// A line's dates as the list writes them, made once when the items come:
    /// a list of hundreds of lines is drawn and measured many times over.
    struct DateTexts
    {
        QString since;
        QString due;
        QString dueAccessible;
    };

    const ElectoralRules &m_rules;
    Kind m_kind;
    QList<WorkItem> m_items;
    QList<DateTexts> m_dates;
};

/// The module's work page: the two work lists, the notification letter of a
/// decision (PDF or printer) and the export of decided requests for the
/// national register. Enter on a line opens its case in the shell's case
/// window, where the mayor's decision, the notification and the transmission
/// are recorded.
///
/// The lists hold this office's requests, as the other modules' pages do, and
/// each its ListCap oldest at most (agents work the oldest first); over that
/// the page says so and sends the agent to the case list. The shell reads the
/// lists when it first shows the page (refresh()).
class ElectoralWorkPage : public WorkPage
{
    Q_OBJECT

public:
    /// The most requests a list shows.
    static constexpr int ListCap = 200;

    ElectoralWorkPage(const ElectoralRules &rules, ModuleContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    WorkListModel *awaitingModel() const { return m_awaiting; }
    WorkListModel *notifyModel() const { return m_toNotify; }

    /// Writes the decided requests not yet transmitted as the REU file at
    /// `path`; the number of cases written, or why nothing was.
    Result<int> exportRegister(const QString &path);
    /// The default path of the export: the documents folder, named after the office and the day.
    QString defaultExportPath() const;
    /// Writes the notification letter of the selected decision as a PDF in the
    /// documents folder; its path, or why it could not.
    Result<QString> writeLetter();

    /// What the last action said (for the agent, and for tests).
    QString statusText() const;
    /// What the page says of the lists longer than ListCap, or empty.
    QString notice() const;

private:
    void openCurrent(QTableView *view);
    void updateLetterControls();
    std::optional<CaseSummary> selectedDecision() const;
    Result<PrintedDocument> selectedLetter() const;
    void say(const QString &text, bool error = false);
    FrenchCalendar calendar() const;

    ElectoralRules m_rules;
    ModuleContext &m_context;
    WorkListModel *m_awaiting = nullptr;
    WorkListModel *m_toNotify = nullptr;
    QLabel *m_awaitingTitle = nullptr;
    QLabel *m_toNotifyTitle = nullptr;
    QTableView *m_awaitingView = nullptr;
    QTableView *m_toNotifyView = nullptr;
    QComboBox *m_reason = nullptr;
    QPushButton *m_letter = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notice = nullptr;
};

} // namespace guichet::listeselectorales
