// SPDX-License-Identifier: GPL-3.0-or-later
#include "casespage.h"

#include "casedetaildialog.h"
#include "caselistmodel.h"
#include "desksession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet {

CasesPage::CasesPage(DeskSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new CaseListModel(session, this))
{
    auto *title = new QLabel(tr("Cases"), this);
    title->setObjectName(QStringLiteral("pageTitle"));

    auto combo = [this](const char *name, const QString &accessible) {
        auto *c = new QComboBox(this);
        c->setObjectName(QLatin1String(name));
        c->setAccessibleName(accessible);
        c->addItem(tr("All"), QString());
        // Long names (procedures, offices) must not widen the window past the screen.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(14);
        return c;
    };
    m_tracking = new QLineEdit(this);
    m_tracking->setObjectName(QStringLiteral("trackingFilter"));
    m_tracking->setAccessibleName(tr("Tracking number"));
    m_tracking->setPlaceholderText(tr("e.g. BEL-2026-0001 or 032181"));
    m_tracking->setClearButtonEnabled(true);
    m_status = combo("statusFilter", tr("Status"));
    for (const auto &[id, label] : session.allStatuses())
        m_status->addItem(label, id);
    m_channel = combo("channelFilter", tr("Channel"));
    for (Channel c : allChannels())
        m_channel->addItem(channelLabel(c), channelKey(c));
    m_procedure = combo("procedureFilter", tr("Procedure"));
    for (const ProcedureInfo &p : session.procedures())
        m_procedure->addItem(p.title, p.id);
    m_office = combo("officeFilter", tr("Office"));
    for (const OfficeInfo &o : session.offices())
        m_office->addItem(o.name, o.code);
    m_service = combo("serviceFilter", tr("Service"));
    for (const auto &[id, name] : session.services())
        m_service->addItem(name, id);
    m_due = new QComboBox(this);
    m_due->setObjectName(QStringLiteral("dueFilter"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->addItem(tr("Any"), 0);
    m_due->addItem(tr("Today"), 1);
    m_due->addItem(tr("Within 7 days"), 7);
    m_due->addItem(tr("Within 30 days"), 30);
    m_overdue = new QCheckBox(tr("O&verdue only"), this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));

    auto *filters = new QGridLayout;
    auto addFilter = [&](int row, int col, const QString &label, QWidget *w) {
        auto *l = new QLabel(label, this);
        l->setBuddy(w);
        filters->addWidget(l, row, col * 2);
        filters->addWidget(w, row, col * 2 + 1);
    };
    addFilter(0, 0, tr("&Number:"), m_tracking);
    addFilter(0, 1, tr("S&tatus:"), m_status);
    addFilter(0, 2, tr("C&hannel:"), m_channel);
    addFilter(0, 3, tr("Proce&dure:"), m_procedure);
    addFilter(1, 0, tr("O&ffice:"), m_office);
    addFilter(1, 1, tr("Ser&vice:"), m_service);
    addFilter(1, 2, tr("D&ue:"), m_due);
    filters->addWidget(m_overdue, 1, 6);
    filters->addWidget(m_count, 1, 7);
    filters->setColumnStretch(7, 1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setAccessibleName(tr("Cases"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseListModel::Created, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(CaseListModel::Procedure, QHeaderView::Stretch);
    m_view->setColumnWidth(CaseListModel::Tracking, 150);
    m_view->setColumnWidth(CaseListModel::Person, 260);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);

    auto *hint = new QLabel(tr("Enter opens the selected case. Click a column title to sort."), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);

    connect(m_tracking, &QLineEdit::textChanged, this, &CasesPage::applyFilter);
    connect(m_tracking, &QLineEdit::returnPressed, this, [this] { m_view->setFocus(); m_view->selectRow(0); });
    for (QComboBox *c : {m_status, m_channel, m_procedure, m_office, m_service, m_due})
        connect(c, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &CasesPage::applyFilter);
    connect(m_view, &QTableView::activated, this, &CasesPage::openCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasesPage::updateCount);
    connect(m_model, &CaseListModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Cases"), message);
    });
}

void CasesPage::refresh()
{
    m_model->reload();
}

void CasesPage::focusSearch()
{
    m_tracking->setFocus();
    m_tracking->selectAll();
}

void CasesPage::applyFilter()
{
    CaseRepository::Filter f;
    f.trackingNumber = m_tracking->text().trimmed();
    f.status = m_status->currentData().toString();
    f.channel = channelFromKey(m_channel->currentData().toString());
    f.procedureId = m_procedure->currentData().toString();
    f.officeCode = m_office->currentData().toString();
    f.service = m_service->currentData().toString();
    const QDate today = m_session.clock().today();
    if (const int days = m_due->currentData().toInt(); days > 0) {
        f.dueFrom = today;
        f.dueTo = today.addDays(days - 1);
    }
    f.overdueOnly = m_overdue->isChecked();
    m_model->setFilter(f);
}

void CasesPage::updateCount()
{
    const int n = m_model->matchingCount();
    m_count->setText(n > CaseListModel::countCap
                         ? tr("more than %1 cases").arg(QLocale().toString(CaseListModel::countCap))
                         : tr("%n case(s)", nullptr, n));
}

void CasesPage::openCurrent()
{
    const QUuid id = m_model->caseId(m_view->currentIndex().row());
    if (id.isNull())
        return;
    CaseDetailDialog dialog(m_session, id, this);
    dialog.exec();
    if (dialog.changed()) {
        const int row = m_view->currentIndex().row();
        m_model->reload();
        m_view->selectRow(qMin(row, m_model->rowCount() - 1));
    }
}

} // namespace guichet
