// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/caserepository.h"

#include <QAbstractTableModel>

namespace guichet {

class DeskSession;

/// The case list, read page by page from the store as the view scrolls
/// (canFetchMore/fetchMore): filtering and sorting happen in SQL on indexed
/// columns, so the list stays smooth over a million cases.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Tracking, Person, Procedure, Channel, Status, Office, Service, Due, Created, Summary, ColumnCount };
    static constexpr int pageSize = 200;
    /// The list counts no further: beyond, the agent narrows the filters
    /// anyway, and counting more cases read more of them (tests/bench).
    static constexpr int countCap = 1000;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CaseListModel(DeskSession &session, QObject *parent = nullptr);

    void setFilter(const CaseRepository::Filter &filter);
    CaseRepository::Filter filter() const { return m_filter; }
    /// Matching cases, counted up to countCap (more shows as "more than 1,000 cases").
    int matchingCount() const { return m_count; }
    QUuid caseId(int row) const;
    void reload();
    /// Whether the list sorts by `column` (the person and the summary are not
    /// the case's own indexed columns).
    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    /// The order of the next reload(), without reloading (a page restoring it
    /// before its first load). False, and nothing changes, for a column the
    /// list cannot sort by.
    bool setSort(int column, Qt::SortOrder order);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    DeskSession &m_session;
    CaseRepository::Filter m_filter;
    CaseRepository::SortKey m_sort = CaseRepository::SortKey::Created;
    int m_sortColumn = Created;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<CaseRepository::Row> m_rows;
    bool m_atEnd = false;
    int m_count = 0;
};

} // namespace guichet
