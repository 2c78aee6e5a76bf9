// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courrierrules.h"
#include "procedure_module.h"

#include <QAbstractTableModel>

class QComboBox;
class QLabel;
class QTableView;

namespace guichet::courrier {

/// One open request of the queue, with where its clock stands today.
struct QueueItem
{
    CaseSummary c;
    ClockReading reading;
    QDate due;                ///< reading.dueDate(); null while the clock waits for pieces
    bool late = false;        ///< due before today
    bool near = false;        ///< LegalClock::isNear, and not late yet
};

/// The open requests for a QTableView, earliest due date first (a request
/// whose clock waits for pieces, with no date, last).
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Due, TimeLeft, Tracking, Person, Service, Kind, Object, Status, ColumnCount };
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    QueueModel(const CourrierRules &rules, QObject *parent = nullptr);
    /// The cases, read on `today`: sorted by due date, then by arrival.
    void setCases(const QList<CaseSummary> &cases, const QDate &today);
    const QList<QueueItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The "time left" cell: late by…, near its deadline…, n days left, or the clock suspended.
    QString timeLeftText(const QueueItem &item) const;

private:
    const CourrierRules &m_rules;
    QList<QueueItem> m_items;
    QDate m_today;
};

/// The "Mail" page: every open written request and call of the city (received,
/// in progress, waiting for pieces), the earliest due date first, with the
/// service that acts; a request near its deadline is marked so, a late one
/// in red and in words. Alt+V filters by service; Enter opens the selected
/// request in the shell's case window, where it is answered or transmitted.
///
/// The queue reads the ListCap oldest open requests at most (agents work the
/// oldest first); over that the line under it says so and sends the agent to
/// the case list. The shell reads the queue when it first shows the page
/// (refresh()).
class CourrierWorkPage : public WorkPage
{
    Q_OBJECT

public:
    /// The most open requests the queue reads.
    static constexpr int ListCap = 200;

    CourrierWorkPage(const CourrierRules &rules, ModuleContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    QueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Shows the requests of one service only; empty: every service.
    void setServiceFilter(const QString &serviceId);
    QString serviceFilter() const;
    /// Asks the shell to open the selected request.
    void openSelected();
    /// The line under the list: how many are open (or that there are more than
    /// ListCap), near and late, or why the list could not be read.
    QString message() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CourrierRules m_rules;   ///< the page's own copy: the model reads it
    ModuleContext &m_context;
    QueueModel *m_model = nullptr;
    QComboBox *m_service = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace guichet::courrier
