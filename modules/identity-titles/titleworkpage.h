// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identityrules.h"
#include "procedure_module.h"

#include <QAbstractTableModel>
#include <QUuid>

class QLabel;
class QTabWidget;
class QTableView;

namespace guichet::identity {

/// One title of an agent's list.
struct TitleListRow
{
    QUuid caseId;
    QString trackingNumber;
    QString person;
    QString status;        ///< French label of the workflow state
    QString depositNumber;
    QDate since;           ///< the day of the case's last change (for "available": the day it became so)
    QDate deadline;        ///< for available titles: the last day to collect, destroyed after
};

/// The rows of one list of titles, read-only, for a QTableView.
class TitleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind {
        Waiting,       ///< deposited, being processed or produced
        ToHandOver,    ///< available: the person was told
        DestroySoon,   ///< available for longer than the warning delay
    };

    TitleListModel(Kind kind, QObject *parent = nullptr);

    /// Replaces the rows; `today` gives the days left to collect.
    void setRows(const QList<TitleListRow> &rows, const QDate &today);
    QUuid caseIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Column { Tracking, Person, Status, Since, Deadline, DaysLeft, Deposit };
    QList<Column> columns() const;

    /// A row's dates as the list writes them, made once when the rows come:
    /// a list of hundreds of rows is drawn and measured many times over.
    struct DateTexts
    {
        QString since;
        QString deadline;
        QString deadlineAccessible;
    };

    Kind m_kind;
    QList<TitleListRow> m_rows;
    QList<DateTexts> m_dates;
    QDate m_today;
};

/// The agent's lists of one title (identity cards or passports) at this
/// office: titles waiting (deposited, being processed, being produced), to
/// hand over (available, with the day after which they are destroyed), and
/// to be destroyed soon. Enter on a row opens the case in the shell, where
/// its status moves on.
///
/// Each list holds the ListCap oldest titles at most (agents work the oldest
/// first); over that the page says so and sends the agent to the case list,
/// where filters find the rest. The shell reads the lists when it first shows
/// the page, then whenever something may have changed (refresh()).
class TitleWorkPage : public WorkPage
{
    Q_OBJECT

public:
    /// The most titles a list shows.
    static constexpr int ListCap = 200;

    TitleWorkPage(const IdentityRules &rules, ModuleContext &context, const QString &title,
                  const QString &pageTitle, QWidget *parent = nullptr);

    QString title() const override { return m_pageTitle; }
    void refresh() override;

    TitleListModel *model(TitleListModel::Kind kind) const;
    QTableView *view(TitleListModel::Kind kind) const;
    /// Why the lists could not be read, or empty.
    QString problem() const;
    /// What the page says of a list longer than ListCap, or empty.
    QString notice() const;

private:
    void updateTabTitles();
    /// Sizes the columns of the list shown to its texts, once a refresh.
    void fitShownList();

    IdentityRules m_rules;
    ModuleContext &m_context;
    QString m_title;
    QString m_pageTitle;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_notice = nullptr;
    QList<TitleListModel *> m_models;
    QList<bool> m_more;  ///< per list: more titles than it shows
    QList<bool> m_unfitted;  ///< per list: its columns are not sized to its rows yet
    QList<QTableView *> m_views;
};

} // namespace guichet::identity
