// SPDX-License-Identifier: GPL-3.0-or-later
#include "titleworkpage.h"

#include "liststyle.h"
#include "reference/workflow.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet::identity {

namespace {

// The titles' pages are French documents' pages: their dates are written the
// French way whatever the workstation's locale, as the lists write them.
const QLocale French(QLocale::French, QLocale::France);

QString shortDate(const QDate &d)
{
    return listDate(d, French);
}

constexpr TitleListModel::Kind AllKinds[] = {TitleListModel::Kind::Waiting, TitleListModel::Kind::ToHandOver,
                                             TitleListModel::Kind::DestroySoon};

} // namespace

TitleListModel::TitleListModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

QList<TitleListModel::Column> TitleListModel::columns() const
{
    switch (m_kind) {
    case Kind::Waiting:
        return {Column::Tracking, Column::Person, Column::Status, Column::Since, Column::Deposit};
    case Kind::ToHandOver:
        return {Column::Tracking, Column::Person, Column::Since, Column::Deadline, Column::Deposit};
    case Kind::DestroySoon:
        return {Column::Tracking, Column::Person, Column::Since, Column::Deadline, Column::DaysLeft};
    }
    return {};
}

void TitleListModel::setRows(const QList<TitleListRow> &rows, const QDate &today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    m_dates.clear();
    m_dates.reserve(m_rows.size());
    for (const TitleListRow &row : std::as_const(m_rows)) {
        const bool overdue = row.deadline.isValid() && row.deadline < m_today;
        m_dates.append({shortDate(row.since), dueText(row.deadline, overdue, French),
                        dueAccessibleText(row.deadline, overdue, French)});
    }
    endResetModel();
}

QUuid TitleListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).caseId : QUuid();
}

int TitleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TitleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columns().size());
}

QVariant TitleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TitleListRow &row = m_rows.at(index.row());
    const Column column = columns().at(index.column());
    if (role == Qt::UserRole)
        return row.caseId;
    if (role == Qt::TextAlignmentRole && column == Column::DaysLeft)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // Past the day to collect it: red, and said in words, as in every list.
    const bool overdue = row.deadline.isValid() && row.deadline < m_today;
    if (column == Column::Deadline) {
        if (const QVariant style = overdueStyle(overdue, role); style.isValid())
            return style;
        if (role == Qt::AccessibleTextRole)
            return m_dates.at(index.row()).deadlineAccessible;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Column::Tracking: return row.trackingNumber;
    case Column::Person: return row.person;
    case Column::Status: return row.status;
    case Column::Since: return m_dates.at(index.row()).since;
    case Column::Deadline: return m_dates.at(index.row()).deadline;
    case Column::DaysLeft: {
        const qint64 left = m_today.daysTo(row.deadline);
        return left >= 0 ? QVariant(left) : QVariant(tr("overdue by %n day(s)", nullptr, -left));
    }
    case Column::Deposit: return row.depositNumber;
    }
    return {};
}

QVariant TitleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columns().size())
        return {};
    switch (columns().at(section)) {
    case Column::Tracking: return tr("Tracking number");
    case Column::Person: return tr("Person");
    case Column::Status: return tr("Status");
    case Column::Since: return m_kind == Kind::Waiting ? tr("Since") : tr("Available since");
    case Column::Deadline: return tr("Destroyed after");
    case Column::DaysLeft: return tr("Days left");
    case Column::Deposit: return tr("Deposit number");
    }
    return {};
}

TitleWorkPage::TitleWorkPage(const IdentityRules &rules, ModuleContext &context, const QString &title,
                             const QString &pageTitle, QWidget *parent)
    : WorkPage(parent), m_rules(rules), m_context(context), m_title(title), m_pageTitle(pageTitle)
{
    auto *heading = new QLabel(pageTitle, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    auto *hint = new QLabel(tr("Titles of this office. Enter opens the case, where its status moves on (deposited, "
                               "processing, production, available, handed over). Ctrl+Tab goes to the next list."),
                            this);
    hint->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("background: #fff0f0; border-left: 4px solid #ce0500; padding: 6px; "
                                            "color: #6e0000;"));
    m_problem->hide();
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("listNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_tabs = new QTabWidget(this);
    for (const TitleListModel::Kind kind : AllKinds) {
        auto *model = new TitleListModel(kind, this);
        auto *view = new QTableView(this);
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setTabKeyNavigation(false);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        connect(view, &QAbstractItemView::activated, this, [this, model](const QModelIndex &index) {
            const QUuid id = model->caseIdAt(index.row());
            if (!id.isNull())
                m_context.openCase(id);
        });
        m_models << model;
        m_views << view;
        m_tabs->addTab(view, QString());
    }
    m_views.at(0)->setObjectName(QStringLiteral("waitingTitles"));
    m_views.at(1)->setObjectName(QStringLiteral("titlesToHandOver"));
    m_views.at(2)->setObjectName(QStringLiteral("titlesToDestroy"));
    m_views.at(0)->setAccessibleName(tr("Titles waiting"));
    m_views.at(1)->setAccessibleName(tr("Titles to hand over"));
    m_views.at(2)->setAccessibleName(tr("Titles to be destroyed soon"));
    m_views.at(0)->setAccessibleDescription(tr("Oldest first. Enter opens the case."));
    for (int i : {1, 2})
        m_views.at(i)->setAccessibleDescription(tr("By the day after which the title is destroyed. Enter opens the case."));
    setEmptyListText(m_views.at(0), tr("No title waiting: a deposited request shows here until its title is available."));
    setEmptyListText(m_views.at(1), tr("No title to hand over: an available title shows here until it is handed over."));
    setEmptyListText(m_views.at(2), tr("No title to be destroyed soon: an uncollected title shows here a month before "
                                       "the day it is destroyed."));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_views.size())
            m_views.at(index)->setFocus();
        fitShownList();
        updateTabTitles();
    });
    setFocusProxy(m_views.at(0));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_notice);
    updateTabTitles();
}

TitleListModel *TitleWorkPage::model(TitleListModel::Kind kind) const
{
    return m_models.at(int(kind));
}

QTableView *TitleWorkPage::view(TitleListModel::Kind kind) const
{
    return m_views.at(int(kind));
}

QString TitleWorkPage::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString TitleWorkPage::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void TitleWorkPage::refresh()
{
    const QString procedureId = m_rules.procedureOf(m_title);
    // One read a list, each of its ListCap oldest titles and one more, which
    // says whether there are more: a list as long as the office's history
    // would read a case, its person and its last change for every line.
    const auto read = [&](const QStringList &statuses) {
        CaseQuery query;
        query.procedureIds = {procedureId};
        query.statuses = statuses;
        query.officeCode = m_context.officeCode();
        query.limit = ListCap + 1;
        return m_context.cases(query);
    };
    const auto waitingCases = read(m_rules.waitingStatuses());
    const auto availableCases = waitingCases ? read(m_rules.toHandOverStatuses()) : waitingCases;
    if (!waitingCases || !availableCases) {
        m_problem->setText((!waitingCases ? waitingCases : availableCases).error().message);
        m_problem->show();
        for (TitleListModel *m : m_models)
            m->setRows({}, {});
        m_more.fill(false);
        updateTabTitles();
        return;
    }
    m_problem->hide();

    QString workflowId;
    for (const TitleProcedure &p : m_rules.procedures())
        if (p.id == procedureId)
            workflowId = p.workflowId;
    const Workflow workflow = Workflow::fromJson(m_context.reference().workflow(workflowId));
    const FrenchCalendar calendar = IdentityRules::calendarOfCommune(m_context.communeCode());
    const QDate today = m_context.clock().today();

    const auto rowOf = [&](const CaseSummary &c) {
        TitleListRow row;
        row.caseId = c.id;
        row.trackingNumber = c.trackingNumber;
        row.person = c.personName;
        row.status = workflow.label(c.status);
        row.depositNumber = c.data.value(QLatin1String("depositNumber")).toString();
        // The case changes when it becomes available; later changes (a note)
        // do not move it. See the "collection" note of titres.json.
        row.since = c.statusSince.toLocalTime().date();
        return row;
    };
    QList<TitleListRow> waiting, toHandOver, destroySoon;
    for (const CaseSummary &c : *waitingCases)
        waiting << rowOf(c);
    for (const CaseSummary &c : *availableCases) {
        TitleListRow row = rowOf(c);
        row.deadline = m_rules.collectionDeadline(row.since, calendar);
        toHandOver << row;
        if (today >= m_rules.destructionWarningFrom(row.since))
            destroySoon << row;
    }
    // The extra line read only says there are more: each list shows ListCap
    // at most. The titles to destroy soon are the oldest available ones, so
    // they are among those read unless every one read is to be destroyed soon.
    m_more = {waiting.size() > ListCap, toHandOver.size() > ListCap, destroySoon.size() > ListCap};
    for (QList<TitleListRow> *rows : {&waiting, &toHandOver, &destroySoon})
        if (rows->size() > ListCap)
            rows->resize(ListCap);
    const auto byDeadline = [](const TitleListRow &a, const TitleListRow &b) { return a.deadline < b.deadline; };
    std::stable_sort(toHandOver.begin(), toHandOver.end(), byDeadline);
    std::stable_sort(destroySoon.begin(), destroySoon.end(), byDeadline);
    model(TitleListModel::Kind::Waiting)->setRows(waiting, today);
    model(TitleListModel::Kind::ToHandOver)->setRows(toHandOver, today);
    model(TitleListModel::Kind::DestroySoon)->setRows(destroySoon, today);
    for (QTableView *v : m_views)
        if (!v->currentIndex().isValid() && v->model()->rowCount() > 0)
            v->setCurrentIndex(v->model()->index(0, 0));
    // The list in sight is sized now, the others when their tab is shown.
    m_unfitted = {true, true, true};
    fitShownList();
    updateTabTitles();
}

void TitleWorkPage::fitShownList()
{
    const int shown = m_tabs->currentIndex();
    if (shown < 0 || shown >= m_views.size() || !m_unfitted.value(shown))
        return;
    QTableView *view = m_views.at(shown);
    for (int column = 0; column < view->model()->columnCount(); ++column)
        fitColumn(view, column);
    m_unfitted[shown] = false;
}

void TitleWorkPage::updateTabTitles()
{
    const auto count = [this](int list) {
        return m_more.value(list) ? tr("more than %1").arg(ListCap) : QString::number(m_models.at(list)->rowCount());
    };
    m_tabs->setTabText(0, tr("&Waiting (%1)").arg(count(0)));
    m_tabs->setTabText(1, tr("To hand &over (%1)").arg(count(1)));
    m_tabs->setTabText(2, tr("To be destroyed soo&n (%1)").arg(count(2)));
    // Said under the list shown, as the case list says its own limit.
    const bool more = m_more.value(m_tabs->currentIndex());
    m_notice->setText(more ? tr("More than %1 titles in this list: the %1 oldest are shown. Refine in the case "
                                "list (F3).").arg(ListCap)
                           : QString());
    m_notice->setVisible(more);
}

} // namespace guichet::identity
