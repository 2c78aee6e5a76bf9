// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselistmodel.h"

#include "desksession.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

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
    if (role == Qt::ForegroundRole && overdue && index.column() == Due)
        return QBrush(QColor(0xce, 0x05, 0x00));
    if (role == Qt::FontRole && overdue && index.column() == Due) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == Procedure)
        return r.summary;
    if (role == Qt::AccessibleTextRole && index.column() == Due && overdue)
        return tr("%1, overdue").arg(QLocale().toString(r.dueDate, QLocale::ShortFormat));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Tracking: return r.trackingNumber;
    case Person: return r.citizenName;
    case Procedure: return m_session.procedure(r.procedureId).title;
    case Channel: return channelLabel(r.channel);
    case Status: return m_session.statusLabel(r.procedureId, r.status);
    case Office: return r.officeCode;
    case Service: return m_session.serviceName(r.service);
    case Due: return r.dueDate.isValid() ? locale.toString(r.dueDate, QLocale::ShortFormat) : QString();
    case Created: return locale.toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
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

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, CaseRepository::SortKey> keys = {
        {Tracking, CaseRepository::SortKey::Tracking}, {Procedure, CaseRepository::SortKey::Procedure},
        {Channel, CaseRepository::SortKey::Channel},   {Status, CaseRepository::SortKey::Status},
        {Office, CaseRepository::SortKey::Office},     {Service, CaseRepository::SortKey::Service},
        {Due, CaseRepository::SortKey::Due},           {Created, CaseRepository::SortKey::Created},
    };
    // Sorting by person would need the whole join sorted: the list sorts by the case's own columns.
    if (!keys.contains(column))
        return;
    m_sort = keys.value(column);
    m_order = order;
    reload();
}

} // namespace guichet
