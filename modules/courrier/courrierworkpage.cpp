// SPDX-License-Identifier: GPL-3.0-or-later
#include "courrierworkpage.h"

#include "liststyle.h"
#include "referencesection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet::courrier {

// ---- QueueModel ------------------------------------------------------------

QueueModel::QueueModel(const CourrierRules &rules, QObject *parent) : QAbstractTableModel(parent), m_rules(rules)
{
}

void QueueModel::setCases(const QList<CaseSummary> &cases, const QDate &today)
{
    QList<QueueItem> items;
    items.reserve(cases.size());
    const LegalClock &clock = m_rules.clock();
    for (const CaseSummary &c : cases) {
        QueueItem item{c, m_rules.reading(c), {}, false, false};
        // Waiting for the person's pieces, the request owes nothing until they come (L114-5).
        item.due = item.reading.awaitingPieces ? QDate() : item.reading.dueDate();
        item.late = item.due.isValid() && item.due < today;
        item.near = !item.late && clock.isNear(item.reading, today);
        items << item;
    }
    // Time left first: the earliest due date at the top, a suspended clock
    // last, and among equals the request that came first.
    std::stable_sort(items.begin(), items.end(), [](const QueueItem &a, const QueueItem &b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        if (a.due != b.due)
            return a.due < b.due;
        return a.c.createdAt < b.c.createdAt;
    });
    beginResetModel();
    m_items = std::move(items);
    m_today = today;
    endResetModel();
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString QueueModel::timeLeftText(const QueueItem &item) const
{
    if (!item.due.isValid())
        return item.reading.awaitingPieces ? tr("clock suspended: pieces requested") : tr("no date due");
    const qint64 left = m_today.daysTo(item.due);
    if (item.late)
        return tr("⚠ late by %n day(s)", nullptr, int(-left));
    if (item.near)
        return tr("⚠ near its deadline: %n day(s) left", nullptr, int(left));
    return tr("%n day(s) left", nullptr, int(left));
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueItem &item = m_items.at(index.row());
    const CaseSummary &c = item.c;
    if (role == CaseIdRole)
        return c.id;
    // Late: red and bold, and said in words, as in every list.
    if (index.column() == Due || index.column() == TimeLeft) {
        if (const QVariant style = overdueStyle(item.late, role); style.isValid())
            return style;
        if (role == Qt::AccessibleTextRole && index.column() == Due)
            return dueAccessibleText(item.due, item.late);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Due:
        return dueText(item.due, item.late);
    case TimeLeft:
        return timeLeftText(item);
    case Tracking:
        return c.trackingNumber;
    case Person:
        return c.personName;
    case Service: {
        const QString partner = section::text(c.data, "partnerName");
        const QString service = m_rules.serviceName(c.service);
        return partner.isEmpty() ? service : tr("%1, to transmit to %2").arg(service, partner);
    }
    case Kind:
        return c.procedureId == CallProcedureId ? tr("Call") : section::text(c.data, "requestKindLabel");
    case Object:
        return c.summary;
    case Status:
        return m_rules.workflow(c.procedureId).label(c.status);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Due: return tr("Due");
    case TimeLeft: return tr("Time left");
    case Tracking: return tr("Number");
    case Person: return tr("Person");
    case Service: return tr("Service");
    case Kind: return tr("Kind");
    case Object: return tr("Object");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

// ---- CourrierWorkPage ------------------------------------------------------

CourrierWorkPage::CourrierWorkPage(const CourrierRules &rules, ModuleContext &context, QWidget *parent)
    : WorkPage(parent), m_rules(rules), m_context(context)
{
    m_model = new QueueModel(m_rules, this);

    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("service"));
    m_service->setAccessibleName(tr("Service"));
    m_service->setAccessibleDescription(tr("Which service's requests the list shows; the up and down arrows choose."));
    m_service->addItem(tr("Every service"), QString());
    for (const Choice &s : m_rules.services())
        m_service->addItem(s.label, s.id);
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_service->setMinimumContentsLength(20);
    auto *serviceLabel = new QLabel(tr("Ser&vice:"), this);
    serviceLabel->setBuddy(m_service);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("requests"));
    m_table->setAccessibleName(tr("Open requests, the earliest due first"));
    m_table->setAccessibleDescription(tr("Enter opens the selected request, to answer it or record its transmission."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    setEmptyListText(m_table, tr("No open request: every letter and call is answered or transmitted."));
    connect(m_table, &QTableView::doubleClicked, this, &CourrierWorkPage::openSelected);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto *open = new QPushButton(tr("Open the request (Enter)"), this);
    connect(open, &QPushButton::clicked, this, &CourrierWorkPage::openSelected);
    // No shortcut of its own: the shell's key for this page shows and refreshes it.
    auto *reload = new QPushButton(tr("Refresh"), this);
    connect(reload, &QPushButton::clicked, this, &CourrierWorkPage::refresh);
    connect(m_service, &QComboBox::currentIndexChanged, this, &CourrierWorkPage::refresh);

    auto *heading = new QLabel(title(), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    auto *top = new QHBoxLayout;
    top->addWidget(serviceLabel);
    top->addWidget(m_service, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addStretch(1);
    buttons->addWidget(reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    setFocusProxy(m_table);
}

QString CourrierWorkPage::title() const
{
    return tr("Mail");
}

void CourrierWorkPage::setServiceFilter(const QString &serviceId)
{
    m_service->setCurrentIndex(qMax(0, m_service->findData(serviceId)));
}

QString CourrierWorkPage::serviceFilter() const
{
    return m_service->currentData().toString();
}

QString CourrierWorkPage::message() const
{
    return m_message->text();
}

void CourrierWorkPage::refresh()
{
    CaseQuery query;
    query.procedureIds = {QString(WrittenProcedureId), QString(CallProcedureId)};
    query.statuses = openStatuses();
    // The one more than ListCap says there are more than the queue shows.
    query.limit = ListCap + 1;
    // The city's queue: a letter registered at one office is answered by a service elsewhere.
    auto found = m_context.cases(query);
    if (!found) {
        m_model->setCases({}, m_context.clock().today());
        m_message->setText(found.error().message);
        return;
    }
    QList<CaseSummary> cases = *found;
    const bool more = cases.size() > ListCap;
    if (more)
        cases.resize(ListCap);
    if (const QString service = serviceFilter(); !service.isEmpty())
        cases.removeIf([&](const CaseSummary &c) { return c.service != service; });
    const QUuid selected = m_table->currentIndex().data(QueueModel::CaseIdRole).toUuid();
    m_model->setCases(cases, m_context.clock().today());
    setEmptyListText(m_table, serviceFilter().isEmpty()
                                  ? tr("No open request: every letter and call is answered or transmitted.")
                                  : tr("No open request for this service. Choose Every service to see the others."));
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->items().at(r).c.id == selected)
            row = r;
    if (m_model->rowCount() > 0)
        m_table->selectRow(row);
    m_table->resizeColumnsToContents();
    // Every column in sight at 1280 px: the long texts give way (whole in their tooltip).
    const int room = m_table->viewport()->width();
    for (const int column : {QueueModel::Object, QueueModel::Person, QueueModel::Service, QueueModel::Kind,
                             QueueModel::Status}) {
        int used = 0;
        for (int c = 0; c < QueueModel::ColumnCount; ++c)
            used += m_table->columnWidth(c);
        if (used <= room)
            break;
        m_table->setColumnWidth(column, qMax(room / 10, m_table->columnWidth(column) - (used - room)));
    }
    const auto &items = m_model->items();
    const auto late = std::count_if(items.cbegin(), items.cend(), [](const QueueItem &i) { return i.late; });
    const auto near = std::count_if(items.cbegin(), items.cend(), [](const QueueItem &i) { return i.near; });
    m_message->setText((more ? tr("More than %1 open requests: the %1 oldest are read. Refine in the case list (F3).")
                                   .arg(ListCap)
                             : tr("%n open request(s)", nullptr, int(items.size())))
                       + QStringLiteral(" — ")
                       + tr("%n near its deadline", nullptr, int(near)) + QStringLiteral(" — ")
                       + tr("%n late", nullptr, int(late)));
}

void CourrierWorkPage::openSelected()
{
    const QUuid id = m_table->currentIndex().data(QueueModel::CaseIdRole).toUuid();
    if (!id.isNull())
        m_context.openCase(id);
}

bool CourrierWorkPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openSelected();
            return true;
        }
    }
    return WorkPage::eventFilter(watched, event);
}

} // namespace guichet::courrier
