// SPDX-License-Identifier: GPL-3.0-or-later
#include "casespage.h"

#include "casedetaildialog.h"
#include "caselistmodel.h"
#include "desksession.h"
#include "liststyle.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QAbstractItemView>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace guichet {

namespace {

Q_LOGGING_CATEGORY(lcDesk, "guichet.desk", QtWarningMsg)

/// The procedure a status item belongs to (its status id is the item's data).
constexpr int ProcedureRole = Qt::UserRole + 1;

const QKeySequence AllOfficesKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
const QKeySequence SortKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_S);

QString keyText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace

CasesPage::CasesPage(DeskSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new CaseListModel(session, this))
{
    auto *title = new QLabel(tr("Cases"), this);
    title->setObjectName(QStringLiteral("pageTitle"));

    auto combo = [this](const char *name, const QString &accessible, const QString &all) {
        auto *c = new QComboBox(this);
        c->setObjectName(QLatin1String(name));
        c->setAccessibleName(accessible);
        c->addItem(all, QString());
        // Long names (procedures, offices) must not widen the window past the screen.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
        return c;
    };
    m_tracking = new QLineEdit(this);
    m_tracking->setObjectName(QStringLiteral("trackingFilter"));
    m_tracking->setAccessibleName(tr("Tracking number"));
    m_tracking->setPlaceholderText(tr("e.g. BEL-2026-0001 or 032181"));
    m_tracking->setToolTip(tr("Any part of the number: the digits read off a receipt, with the year or not."));
    m_tracking->setClearButtonEnabled(true);
    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("personFilter"));
    m_person->setAccessibleName(tr("Person"));
    m_person->setPlaceholderText(tr("names, 2 letters or more"));
    m_person->setToolTip(tr("The cases of the people whose names start with the words typed, as the reception's search finds them."));
    m_person->setClearButtonEnabled(true);
    m_procedure = combo("procedureFilter", tr("Procedure"), tr("All", "every procedure: démarche is feminine in French"));
    for (const ProcedureInfo &p : session.procedures())
        m_procedure->addItem(p.title, p.id);
    m_procedure->setMinimumContentsLength(24);
    m_procedure->setToolTip(tr("The procedure of the cases; the status list then offers its statuses."));
    m_status = combo("statusFilter", tr("Status"), tr("All"));
    m_status->setMinimumContentsLength(24);
    m_status->setToolTip(tr("The statuses of the chosen procedure; with every procedure, each procedure's under its name."));
    m_office = combo("officeFilter", tr("Office"), tr("All offices"));
    for (const OfficeInfo &o : session.offices())
        m_office->addItem(o.name, o.code);
    if (const QString home = homeOffice(); m_office->findData(home) < 0)
        m_office->addItem(home, home);
    m_office->setToolTip(tr("The office that recorded the cases. %1: every office.").arg(keyText(AllOfficesKeys)));
    m_allOffices = new QCheckBox(tr("All offices (%1)").arg(keyText(AllOfficesKeys)), this);
    m_allOffices->setObjectName(QStringLiteral("allOffices"));
    m_allOffices->setToolTip(tr("%1 shows the cases of every office, and again only those of %2.")
                                 .arg(keyText(AllOfficesKeys), m_office->itemText(m_office->findData(homeOffice()))));
    m_channel = combo("channelFilter", tr("Channel"), tr("All"));
    m_channel->setMinimumContentsLength(8);
    m_channel->setToolTip(tr("How the request came: at the counter, by phone, letter, e-mail or on the web."));
    for (Channel c : allChannels())
        m_channel->addItem(channelLabel(c), channelKey(c));
    m_service = combo("serviceFilter", tr("Service"), tr("All"));
    for (const auto &[id, name] : session.services())
        m_service->addItem(name, id);
    m_service->setToolTip(tr("The service that acts on the cases."));
    m_due = new QComboBox(this);
    m_due->setObjectName(QStringLiteral("dueFilter"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->addItem(tr("Any"), 0);
    m_due->addItem(tr("Today"), 1);
    m_due->addItem(tr("Within 7 days"), 7);
    m_due->addItem(tr("Within 30 days"), 30);
    m_due->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_due->setMinimumContentsLength(10);
    m_due->setToolTip(tr("The cases due within the period, from today."));
    m_overdue = new QCheckBox(tr("&Overdue only"), this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_overdue->setToolTip(tr("Only the open cases whose due date is past."));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));

    // Mnemonics apart from the menus' (File, Go, Help).
    auto addFilter = [this](QHBoxLayout *row, const QString &label, QWidget *w, int stretch = 0) {
        auto *l = new QLabel(label, this);
        l->setBuddy(w);
        row->addWidget(l);
        row->addWidget(w, stretch);
    };
    // Three rows that fit 1280 pixels with the text at 150 %: what is typed and
    // the service, the procedure, its status and when it is due, then where and how.
    auto *first = new QHBoxLayout;
    addFilter(first, tr("&Number:"), m_tracking, 2);
    addFilter(first, tr("&Person:"), m_person, 3);
    addFilter(first, tr("Ser&vice:"), m_service);
    first->addSpacing(12);
    first->addWidget(m_count);
    auto *second = new QHBoxLayout;
    addFilter(second, tr("P&rocedure:"), m_procedure, 1);
    addFilter(second, tr("S&tatus:"), m_status, 1);
    addFilter(second, tr("D&ue:"), m_due);
    second->addWidget(m_overdue);
    auto *third = new QHBoxLayout;
    addFilter(third, tr("Off&ice:"), m_office, 2);  // "Mairie de quartier de Saint-Marc" read whole
    third->addWidget(m_allOffices);
    third->addSpacing(12);
    addFilter(third, tr("Chann&el:"), m_channel);
    third->addStretch(1);
    // Combos as wide as a short entry, their lists as wide as the longest:
    // the row fits 1280 px with the text at 150 %.
    for (QComboBox *combo : {m_procedure, m_status, m_office, m_channel, m_service, m_due}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        // An office's name ("Hôtel de ville de Brest") is read whole; a channel or a due range is short.
        combo->setMinimumContentsLength(combo == m_channel || combo == m_due ? 8 : 16);
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
    }

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setAccessibleName(tr("Cases"));
    m_view->setAccessibleDescription(tr("The cases that match the filters. Enter opens the selected case."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);  // the summary, or the last column shown
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    measureFormats();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto *hint = new QLabel(tr("Enter opens the selected case. %1 sorts by the current column (again: the other way); "
                               "the menu key or Shift+F10 shows or hides columns. Escape clears the filters.")
                                .arg(keyText(SortKeys)), this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(first);
    layout->addLayout(second);
    layout->addLayout(third);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(hint);
    setTabOrder(m_tracking, m_person);
    setTabOrder(m_person, m_procedure);
    setTabOrder(m_procedure, m_status);
    setTabOrder(m_status, m_office);
    setTabOrder(m_office, m_allOffices);
    setTabOrder(m_allOffices, m_channel);
    setTabOrder(m_channel, m_service);
    setTabOrder(m_service, m_due);
    setTabOrder(m_due, m_overdue);
    setTabOrder(m_overdue, m_view);

    // Keys of the page, as actions: the desk's lock disables them with the rest.
    auto pageAction = [this](const QString &name, const QList<QKeySequence> &keys, QWidget *on,
                             const std::function<void()> &slot) {
        auto *action = new QAction(name, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        on->addAction(action);
        return action;
    };
    pageAction(tr("Clear the filters"), {QKeySequence(Qt::Key_Escape)}, this, [this] { clearFilters(); });
    // Escape in a filter's open list closes that list only: the list claims
    // the key before the page's shortcut sees it (eventFilter).
    for (QComboBox *filter : findChildren<QComboBox *>())
        filter->view()->installEventFilter(this);
    pageAction(tr("All offices"), {AllOfficesKeys}, this, [this] { toggleAllOffices(); });
    pageAction(tr("Sort by the current column"), {SortKeys}, this, [this] { sortByCurrentColumn(); });
    pageAction(tr("List menu"), {QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)}, m_view, [this] {
        const QModelIndex current = m_view->currentIndex();
        const QRect cell = current.isValid() ? m_view->visualRect(current) : QRect();
        showListMenu(m_view->viewport()->mapToGlobal(cell.isValid() ? cell.center() : m_view->viewport()->rect().topLeft()));
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { showListMenu(m_view->viewport()->mapToGlobal(at)); });
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        if (const int column = header->logicalIndexAt(at); column >= 0)
            m_view->setCurrentIndex(m_model->index(qMax(0, m_view->currentIndex().row()), column));
        showListMenu(header->mapToGlobal(at));
    });

    restoreState();

    connect(m_tracking, &QLineEdit::textChanged, this, &CasesPage::applyFilter);
    connect(m_tracking, &QLineEdit::returnPressed, this, [this] { m_view->setFocus(); m_view->selectRow(0); });
    connect(m_person, &QLineEdit::textChanged, this, [this] {
        m_personId = {};  // a name typed: searched by name, in the people's index
        applyFilter();
    });
    connect(m_person, &QLineEdit::returnPressed, this, [this] { m_view->setFocus(); m_view->selectRow(0); });
    connect(m_procedure, &QComboBox::currentIndexChanged, this, [this] {
        fillStatuses();
        applyFilter();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &CasesPage::statusChosen);
    connect(m_office, &QComboBox::currentIndexChanged, this, [this] {
        syncAllOffices();
        applyFilter();
    });
    connect(m_allOffices, &QCheckBox::toggled, this, [this](bool all) {
        m_office->setCurrentIndex(all ? 0 : m_office->findData(homeOffice()));
    });
    for (QComboBox *c : {m_channel, m_service, m_due})
        connect(c, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &CasesPage::applyFilter);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
        if (CaseListModel::isSortable(column)) {
            m_model->sort(column, order);
            say({});
            return;
        }
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        say(tr("The list cannot be sorted by “%1”: choose another column.")
                .arg(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
    });
    connect(m_view, &QTableView::activated, this, &CasesPage::openCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasesPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasesPage::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CasesPage::fitColumns);  // the next page, scrolled to
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        // Dragged by the agent (not hidden, not stretched): left as they made it.
        if (!m_fitting && QApplication::mouseButtons() & Qt::LeftButton)
            m_userSized.insert(column);
    });
    m_view->viewport()->installEventFilter(this);
    connect(m_model, &CaseListModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Cases"), message);
    });
    applyFilter();
}

CasesPage::~CasesPage()
{
    saveState();
}

QString CasesPage::homeOffice() const
{
    // The office this workstation is enrolled for: an agent of the Hôtel de
    // Ville at Saint-Marc's counter receives Saint-Marc's people.
    return m_session.office().code;
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

bool CasesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && watched != m_view && qobject_cast<QAbstractItemView *>(watched))
        event->accept();  // a filter's open list: Escape is its own
    return QWidget::eventFilter(watched, event);
}

void CasesPage::hideEvent(QHideEvent *event)
{
    saveState();
    QWidget::hideEvent(event);
}

void CasesPage::fillStatuses()
{
    const QString procedure = m_procedure->currentData().toString();
    const QString status = m_status->currentData().toString();
    const QString statusProcedure = m_status->currentData(ProcedureRole).toString();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    m_status->addItem(tr("All"), QString());
    auto *items = qobject_cast<QStandardItemModel *>(m_status->model());
    auto add = [&](const ProcedureInfo &p, bool grouped) {
        const Workflow workflow = m_session.workflow(p.id);
        const QStringList states = workflow.states();
        if (states.isEmpty())
            return;
        if (grouped) {
            // The procedure's name heads its statuses; the arrow keys pass over it.
            m_status->addItem(p.title);
            QStandardItem *heading = items->item(m_status->count() - 1);
            heading->setFlags(Qt::NoItemFlags);
            QFont bold = m_status->font();
            bold.setBold(true);
            heading->setFont(bold);
        }
        for (const QString &s : states) {
            const QString label = workflow.label(s);
            m_status->addItem(grouped ? QStringLiteral("    ") + label : label, s);
            const int at = m_status->count() - 1;
            m_status->setItemData(at, p.id, ProcedureRole);
            m_status->setItemData(at, grouped ? tr("%1, %2").arg(label, p.title) : label, Qt::AccessibleTextRole);
        }
    };
    if (procedure.isEmpty()) {
        for (const ProcedureInfo &p : m_session.procedures())
            add(p, true);
    } else {
        add(m_session.procedure(procedure), false);
    }
    // The status chosen stays when the list still has it.
    int keep = 0;
    for (int i = 1; i < m_status->count() && !status.isEmpty(); ++i)
        if (m_status->itemData(i).toString() == status
            && (statusProcedure.isEmpty() || m_status->itemData(i, ProcedureRole).toString() == statusProcedure)) {
            keep = i;
            break;
        }
    m_status->setCurrentIndex(keep);
}

void CasesPage::statusChosen(int index)
{
    if (index > 0 && !(m_status->model()->flags(m_status->model()->index(index, 0)) & Qt::ItemIsEnabled)) {
        // A procedure's name, reached by typing its first letters: its first status.
        m_status->setCurrentIndex(qMin(index + 1, m_status->count() - 1));
        return;
    }
    const QString procedure = m_status->itemData(index, ProcedureRole).toString();
    if (!procedure.isEmpty() && procedure != m_procedure->currentData().toString()) {
        // A status chosen among every procedure's: its procedure is chosen too,
        // and the list then offers that procedure's statuses only.
        const QSignalBlocker blocker(m_procedure);
        m_procedure->setCurrentIndex(m_procedure->findData(procedure));
        fillStatuses();
    }
    applyFilter();
}

void CasesPage::syncAllOffices()
{
    const QSignalBlocker blocker(m_allOffices);
    m_allOffices->setChecked(m_office->currentIndex() == 0);
}

void CasesPage::toggleAllOffices()
{
    m_office->setCurrentIndex(m_office->currentIndex() == 0 ? m_office->findData(homeOffice()) : 0);
    say(m_office->currentIndex() == 0
            ? tr("Every office's cases. %1 again: only those of %2.").arg(keyText(AllOfficesKeys), m_office->itemText(m_office->findData(homeOffice())))
            : tr("The cases of %1. %2 again: every office's.").arg(m_office->currentText(), keyText(AllOfficesKeys)));
}

void CasesPage::resetFilters()
{
    // One load at the end, not one per field.
    m_restoring = true;
    m_tracking->clear();
    m_person->clear();
    m_personId = {};
    m_procedure->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_channel->setCurrentIndex(0);
    m_office->setCurrentIndex(m_office->findData(homeOffice()));
    m_service->setCurrentIndex(0);
    m_due->setCurrentIndex(0);
    m_overdue->setChecked(false);
    m_restoring = false;
}

void CasesPage::clearFilters()
{
    resetFilters();
    applyFilter();
    say(tr("Filters cleared: the cases of %1.").arg(m_office->currentText()));
}

void CasesPage::showPerson(const QUuid &citizenId, const QString &displayName)
{
    resetFilters();
    m_restoring = true;
    m_office->setCurrentIndex(0);
    m_person->setText(displayName);
    m_personId = citizenId;  // after setText, which drops it
    m_restoring = false;
    applyFilter();
    say(tr("The cases of %1, in every office. Escape clears the filters.").arg(displayName));
}

bool CasesPage::filtersAreDefault() const
{
    return m_tracking->text().trimmed().isEmpty() && m_person->text().trimmed().isEmpty() && m_personId.isNull()
        && m_procedure->currentIndex() == 0 && m_status->currentIndex() == 0 && m_channel->currentIndex() == 0
        && m_office->currentData().toString() == homeOffice() && m_service->currentIndex() == 0
        && m_due->currentIndex() == 0 && !m_overdue->isChecked();
}

void CasesPage::applyFilter()
{
    if (m_restoring)
        return;
    CaseRepository::Filter f;
    f.trackingNumber = m_tracking->text().trimmed();
    if (!m_personId.isNull())
        f.citizenId = m_personId;
    else if (const QString typed = m_person->text().trimmed(); typed.size() >= 2)
        f.personName = typed;  // from the second letter, as the reception's search
    f.procedureId = m_procedure->currentData().toString();
    f.status = m_status->currentData().toString();
    f.channel = channelFromKey(m_channel->currentData().toString());
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
    const bool oneOffice = m_office->currentIndex() != 0;
    QString sentence;
    if (!filtersAreDefault())
        sentence = oneOffice ? tr("No case matches these filters. Escape clears the filters; %1 looks in every office.")
                                   .arg(keyText(AllOfficesKeys))
                             : tr("No case matches these filters. Escape clears the filters.");
    else if (oneOffice)
        sentence = tr("No case in %1 yet. %2 shows every office's cases.").arg(m_office->currentText(), keyText(AllOfficesKeys));
    else
        sentence = tr("No case yet: requests are recorded at the reception (F2).");
    setEmptyListText(m_view, sentence);
}

void CasesPage::sortByCurrentColumn()
{
    const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column() : m_model->sortColumn();
    const QString name = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    if (!CaseListModel::isSortable(column)) {
        say(tr("The list cannot be sorted by “%1”: choose another column with the arrow keys.").arg(name));
        return;
    }
    // Again on the same column: the other way. Dates newest first, the rest A to Z.
    const Qt::SortOrder order = column == m_model->sortColumn()
        ? (m_model->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder)
        : (column == CaseListModel::Created ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_view->horizontalHeader()->setSortIndicator(column, order);
    // The list starts again from its top, on the same column: the key again reverses it.
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, column));
    say(order == Qt::AscendingOrder ? tr("Sorted by “%1”, in ascending order.").arg(name)
                                    : tr("Sorted by “%1”, in descending order.").arg(name));
}

void CasesPage::showListMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("listMenu"));
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        menu.addAction(tr("Open the case (Enter)"), this, &CasesPage::openCurrent);
        const QString name = m_model->headerData(current.column(), Qt::Horizontal, Qt::DisplayRole).toString();
        QAction *sort = menu.addAction(tr("Sort by “%1” (%2)").arg(name, keyText(SortKeys)), this,
                                       &CasesPage::sortByCurrentColumn);
        sort->setEnabled(CaseListModel::isSortable(current.column()));
    }
    menu.addSection(tr("Columns shown"));
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        QAction *shown = menu.addAction(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        shown->setObjectName(QStringLiteral("column%1").arg(column));
        shown->setCheckable(true);
        shown->setChecked(!m_view->isColumnHidden(column));
        shown->setEnabled(column != CaseListModel::Tracking);  // the number always says which case a line is
        connect(shown, &QAction::toggled, this, [this, column](bool on) {
            m_view->setColumnHidden(column, !on);
            fitColumns();
            saveState();
        });
    }
    menu.exec(globalPos);
}

void CasesPage::measureFormats()
{
    // The least width of the columns whose text has a known form, whatever
    // lines are loaded: a number, a date never cut.
    const QFontMetrics fm(m_view->font());
    const int air = fm.horizontalAdvance(QStringLiteral("MM"));
    QString widestOffice;
    for (const OfficeInfo &o : m_session.offices())
        if (fm.horizontalAdvance(o.code) > fm.horizontalAdvance(widestOffice))
            widestOffice = o.code;
    const QDate wide(2026, 12, 28);
    m_formatWidths = {
        {CaseListModel::Tracking, fm.horizontalAdvance(widestOffice + QStringLiteral("-0000-000000")) + air},
        {CaseListModel::Office, fm.horizontalAdvance(widestOffice) + air},
        {CaseListModel::Due, fm.horizontalAdvance(listDate(wide)) + air},
        {CaseListModel::Created, fm.horizontalAdvance(listDateTime(QDateTime(wide, QTime(23, 59)))) + air},
    };
}

void CasesPage::fitColumns()
{
    // The number, channel, office and dates as wide as their longest text
    // (an overdue mark included); the person, procedure, status and service as
    // wide as the lines loaded need, as far as the width allows beside them;
    // past that, each a fair share, the full text in its tooltip. The last
    // column shown (the summary) takes the rest.
    QHeaderView *header = m_view->horizontalHeader();
    int lastShown = -1;
    for (int visual = header->count() - 1; visual >= 0 && lastShown < 0; --visual)
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            lastShown = header->logicalIndex(visual);
    auto need = [&](int column) {
        int width = qMax(header->sectionSizeHint(column), m_formatWidths.value(column));
        if (m_model->rowCount() > 0)
            width = qMax(width, static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(column));
        return width;
    };
    m_fitting = true;
    // The last column keeps at least its title, and what the header gives a stretched section.
    int available = m_view->viewport()->width()
        - (lastShown < 0 ? 0 : qMax(header->defaultSectionSize(), header->sectionSizeHint(lastShown)));
    QList<QPair<int, int>> shared;  // width needed, column
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        if (m_view->isColumnHidden(column) || column == lastShown)
            continue;
        const bool text = column == CaseListModel::Person || column == CaseListModel::Procedure
            || column == CaseListModel::Status || column == CaseListModel::Service;
        if (m_userSized.contains(column)) {
            available -= header->sectionSize(column);
        } else if (text) {
            shared.append({need(column), column});
        } else {
            header->resizeSection(column, need(column));
            available -= header->sectionSize(column);
        }
    }
    std::sort(shared.begin(), shared.end());
    for (qsizetype i = 0; i < shared.size(); ++i) {
        const int share = qMax(0, available) / int(shared.size() - i);
        const int width = qMax(qMin(shared.at(i).first, share), header->sectionSizeHint(shared.at(i).second));
        header->resizeSection(shared.at(i).second, width);
        available -= width;
    }
    m_fitting = false;
}

void CasesPage::say(const QString &text)
{
    m_message->setText(text);
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

// ---- What the page keeps for the agent ----

QString CasesPage::stateKey() const
{
    return QStringLiteral("desk.cases.%1").arg(m_session.agent().login);
}

void CasesPage::saveState() const
{
    QJsonArray hidden;
    for (int column = 0; column < CaseListModel::ColumnCount; ++column)
        if (m_view->isColumnHidden(column))
            hidden << column;
    // The person is left out: the name belongs to the reception it was typed for.
    const QJsonObject state{
        {QStringLiteral("number"), m_tracking->text()},
        {QStringLiteral("procedure"), m_procedure->currentData().toString()},
        {QStringLiteral("status"), m_status->currentData().toString()},
        {QStringLiteral("channel"), m_channel->currentData().toString()},
        {QStringLiteral("office"), m_office->currentData().toString()},
        {QStringLiteral("service"), m_service->currentData().toString()},
        {QStringLiteral("due"), m_due->currentData().toInt()},
        {QStringLiteral("overdue"), m_overdue->isChecked()},
        {QStringLiteral("sort"), m_model->sortColumn()},
        {QStringLiteral("descending"), m_model->sortOrder() == Qt::DescendingOrder},
        {QStringLiteral("hidden"), hidden},
    };
    const QString value = QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
    if (value == m_session.database().meta(stateKey()))
        return;
    if (auto saved = m_session.database().setMeta(stateKey(), value); !saved)
        qCWarning(lcDesk) << "case list filters not kept:" << int(saved.error().code);
}

void CasesPage::restoreState()
{
    const QJsonObject state = QJsonDocument::fromJson(m_session.database().meta(stateKey()).toUtf8()).object();
    m_restoring = true;
    auto choose = [](QComboBox *combo, const QJsonValue &value) {
        if (value.isUndefined() || value.isNull())
            return;  // nothing kept: the procedures' names in the status list have no data either
        if (const int at = combo->findData(value.toVariant()); at >= 0)
            combo->setCurrentIndex(at);
    };
    m_tracking->setText(state.value(QLatin1String("number")).toString());
    choose(m_procedure, state.value(QLatin1String("procedure")));
    fillStatuses();
    choose(m_status, state.value(QLatin1String("status")));
    choose(m_channel, state.value(QLatin1String("channel")));
    // Nothing kept yet for this agent: the workstation's office.
    choose(m_office, state.contains(QLatin1String("office")) ? state.value(QLatin1String("office")) : QJsonValue(homeOffice()));
    syncAllOffices();
    choose(m_service, state.value(QLatin1String("service")));
    choose(m_due, state.value(QLatin1String("due")).toInt());
    m_overdue->setChecked(state.value(QLatin1String("overdue")).toBool());
    // The service follows from the procedure: shown on demand, so that the rest fits.
    const QJsonArray hidden = state.contains(QLatin1String("hidden")) ? state.value(QLatin1String("hidden")).toArray()
                                                                       : QJsonArray{int(CaseListModel::Service)};
    for (const QJsonValue &column : hidden)
        if (column.toInt() != CaseListModel::Tracking)
            m_view->setColumnHidden(column.toInt(), true);
    if (state.contains(QLatin1String("sort"))) {
        const Qt::SortOrder order = state.value(QLatin1String("descending")).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder;
        if (m_model->setSort(state.value(QLatin1String("sort")).toInt(), order))
            m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
    m_restoring = false;
}

} // namespace guichet
