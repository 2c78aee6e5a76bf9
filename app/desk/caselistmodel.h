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
    enum Column { Tracking, Person, Procedure, Channel, Status, Office, Service, Due, Created, ColumnCount };
    static constexpr int pageSize = 200;
    static constexpr int countCap = 10000;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CaseListModel(DeskSession &session, QObject *parent = nullptr);

    void setFilter(const CaseRepository::Filter &filter);
    CaseRepository::Filter filter() const { return m_filter; }
    /// Matching cases, counted up to countCap (more shows as "10,000+").
    int matchingCount() const { return m_count; }
    QUuid caseId(int row) const;
    void reload();

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
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<CaseRepository::Row> m_rows;
    bool m_atEnd = false;
    int m_count = 0;
};

} // namespace guichet
