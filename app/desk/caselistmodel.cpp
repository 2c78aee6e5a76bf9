// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselistmodel.h"

#include "desksession.h"
#include "liststyle.h"

#include <QHash>

namespace guichet {

CaseListModel::CaseListModel(DeskSession &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

void CaseListModel::setFilter(const CaseRepository::Filter &filter)
{
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    // The first page is read inside the reset: inserting rows right after it
    // would reach listeners that have not yet seen the reset.
    m_filter.today = m_session.clock().today();
    auto count = m_session.caseRepository().count(m_filter, countCap);
    auto page = m_session.caseRepository().page(m_filter, m_sort, m_order, 0, pageSize);
    beginResetModel();
    m_count = count ? *count : 0;
    m_rows = page ? *page : QList<CaseRepository::Row>();
    m_atEnd = !page || page->size() < pageSize;
    endResetModel();
    if (!count)
        Q_EMIT loadFailed(count.error().message);
    else if (!page)
        Q_EMIT loadFailed(page.error().message);
}

QUuid CaseListModel::caseId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QUuid();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &r = m_rows.at(index.row());
    const bool overdue = !r.closed && r.dueDate.isValid() && r.dueDate < m_filter.today;
    if (role == IdRole)
        return r.id;
    if (index.column() == Due) {
        // Red and the words, never the colour alone: the same in the modules' lists.
        if (const QVariant style = overdueStyle(overdue, role); style.isValid())
            return style;
        if (role == Qt::AccessibleTextRole)
            return dueAccessibleText(r.dueDate, overdue);
        if (role == Qt::ToolTipRole && overdue)
            return tr("Overdue by %n day(s).", nullptr, int(r.dueDate.daysTo(m_filter.today)));
    }
    // A text too long for its column ends in "…": the tooltip has it whole.
    if (role == Qt::ToolTipRole && index.column() != Due)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Tracking: return r.trackingNumber;
    case Person: return r.citizenName;
    case Procedure: return m_session.procedure(r.procedureId).title;
    case Channel: return channelLabel(r.channel);
    case Status: return m_session.statusLabel(r.procedureId, r.status);
    case Office: return r.officeCode;
    case Service: return m_session.serviceName(r.service);
    case Due: return dueText(r.dueDate, overdue);
    case Created: return listDateTime(r.createdAt);
    case Summary: return r.summary;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Tracking: return tr("Tracking no.");
    case Person: return tr("Person");
    case Procedure: return tr("Procedure");
    case Channel: return tr("Channel");
    case Status: return tr("Status");
    case Office: return tr("Office");
    case Service: return tr("Service");
    case Due: return tr("Due");
    case Created: return tr("Created");
    case Summary: return tr("Summary");
    }
    return {};
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    auto page = m_session.caseRepository().page(m_filter, m_sort, m_order, int(m_rows.size()), pageSize);
    if (!page) {
        m_atEnd = true;
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    m_atEnd = page->size() < pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

namespace {

const QHash<int, CaseRepository::SortKey> &sortKeys()
{
    static const QHash<int, CaseRepository::SortKey> keys = {
        {CaseListModel::Tracking, CaseRepository::SortKey::Tracking},
        {CaseListModel::Procedure, CaseRepository::SortKey::Procedure},
        {CaseListModel::Channel, CaseRepository::SortKey::Channel},
        {CaseListModel::Status, CaseRepository::SortKey::Status},
        {CaseListModel::Office, CaseRepository::SortKey::Office},
        {CaseListModel::Service, CaseRepository::SortKey::Service},
        {CaseListModel::Due, CaseRepository::SortKey::Due},
        {CaseListModel::Created, CaseRepository::SortKey::Created},
    };
    return keys;
}

} // namespace

bool CaseListModel::isSortable(int column)
{
    // Sorting by person would need the whole join sorted: the list sorts by the case's own columns.
    return sortKeys().contains(column);
}

bool CaseListModel::setSort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return false;
    m_sort = sortKeys().value(column);
    m_sortColumn = column;
    m_order = order;
    return true;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (setSort(column, order))
        reload();
}

} // namespace guichet
