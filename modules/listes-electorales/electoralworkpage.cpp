// SPDX-License-Identifier: GPL-3.0-or-later
#include "electoralworkpage.h"

#include "liststyle.h"
#include "notificationletter.h"
#include "registerexport.h"

#include <QComboBox>
#include <QDir>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet::listeselectorales {

// ---- WorkListModel ----

WorkListModel::WorkListModel(const ElectoralRules &rules, Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_rules(rules), m_kind(kind)
{
}

void WorkListModel::setItems(QList<WorkItem> items)
{
    std::stable_sort(items.begin(), items.end(), [](const WorkItem &a, const WorkItem &b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.summary.createdAt < b.summary.createdAt;
    });
    beginResetModel();
    m_items = std::move(items);
    m_dates.clear();
    m_dates.reserve(m_items.size());
    for (const WorkItem &i : std::as_const(m_items)) {
        const CaseSummary &c = i.summary;
        m_dates.append({listDate(m_kind == Kind::ToNotify ? c.statusSince.toLocalTime().date() : c.createdAt.toLocalTime().date()),
                        dueText(i.due, i.overdue), dueAccessibleText(i.due, i.overdue)});
    }
    endResetModel();
}

int WorkListModel::overdueCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const WorkItem &i) { return i.overdue; }));
}

int WorkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WorkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= ColumnCount)
        return {};
    const WorkItem &i = m_items.at(index.row());
    const CaseSummary &c = i.summary;
    if (index.column() == Due) {
        // Red, and said in words, as in every list.
        if (const QVariant style = overdueStyle(i.overdue, role); style.isValid())
            return style;
        if (role == Qt::AccessibleTextRole)
            return m_dates.at(index.row()).dueAccessible;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Tracking:
        return c.trackingNumber;
    case Person:
        return c.personName;
    case Request:
        if (m_kind == Kind::ToNotify)
            return NotificationLetter::isRefusal(c.status) ? tr("Refused") : tr("Accepted");
        if (role == Qt::ToolTipRole)
            return c.summary;
        if (c.procedureId == RemovalProcedureId)
            return tr("Removal from a complementary list");
        // The kind of request as the reference data names it; the summary of a
        // case recorded without the module's data.
        if (const QString kind = c.data.value(QLatin1String("requestKind")).toString(); !kind.isEmpty())
            return m_rules.label(kind);
        return c.summary.section(QStringLiteral(" — "), 0, 0);
    case Since:
        return m_dates.at(index.row()).since;
    case Due:
        return m_dates.at(index.row()).due;
    }
    return {};
}

QVariant WorkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Tracking: return tr("Tracking number");
    case Person: return tr("Person");
    case Request: return m_kind == Kind::ToNotify ? tr("Decision") : tr("Request");
    case Since: return m_kind == Kind::ToNotify ? tr("Decided on") : tr("Received on");
    case Due: return m_kind == Kind::ToNotify ? tr("Notify by") : tr("Decision due by");
    }
    return {};
}

// ---- ElectoralWorkPage ----

namespace {

QTableView *makeView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(WorkListModel::Request, QHeaderView::Stretch);
    return view;
}

} // namespace

ElectoralWorkPage::ElectoralWorkPage(const ElectoralRules &rules, ModuleContext &context, QWidget *parent)
    : WorkPage(parent), m_rules(rules), m_context(context)
{
    m_awaiting = new WorkListModel(m_rules, WorkListModel::Kind::AwaitingDecision, this);
    m_toNotify = new WorkListModel(m_rules, WorkListModel::Kind::ToNotify, this);

    auto *layout = new QVBoxLayout(this);
    m_awaitingTitle = new QLabel(this);
    m_awaitingView = makeView(m_awaiting, this);
    m_awaitingView->setObjectName(QStringLiteral("awaitingDecision"));
    m_awaitingView->setAccessibleName(tr("Requests awaiting the mayor's decision"));
    m_awaitingTitle->setBuddy(m_awaitingView);
    m_toNotifyTitle = new QLabel(this);
    m_toNotifyView = makeView(m_toNotify, this);
    m_toNotifyView->setObjectName(QStringLiteral("toNotify"));
    m_toNotifyView->setAccessibleName(tr("Decisions to notify"));
    m_toNotifyTitle->setBuddy(m_toNotifyView);
    setEmptyListText(m_awaitingView, tr("No request awaits the mayor's decision: the requests received at the "
                                        "counter show here until the mayor decides."));
    setEmptyListText(m_toNotifyView, tr("No decision to notify: a decision shows here until the notification is "
                                        "recorded in the case window."));

    auto *open = new QPushButton(tr("&Open the case (Enter)"), this);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("refusalReason"));
    m_reason->setAccessibleName(tr("Reason of the refusal, for the letter"));
    m_reason->setToolTip(tr("The reason the mayor gave, as recorded in the case window when the request was refused."));
    m_reason->setPlaceholderText(tr("— the reason recorded in the case window —"));
    // Reasons are whole sentences: the field keeps the row's width, its list opens wider.
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reason->setMinimumContentsLength(16);
    auto *reasonLabel = new QLabel(tr("Refusal &reason for the letter:"), this);
    reasonLabel->setBuddy(m_reason);
    m_letter = new QPushButton(tr("Notification &letter (PDF)"), this);
    m_print = new QPushButton(tr("&Print the letter…"), this);
    auto *exportButton = new QPushButton(tr("E&xport decided requests for the REU (CSV)"), this);
    exportButton->setToolTip(tr("Writes every decided request not yet transmitted to the national register into "
                                "the documents folder, as a CSV file (UTF-8, semicolons)."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("workStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("listNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *heading = new QLabel(title(), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(heading);
    layout->addWidget(m_awaitingTitle);
    layout->addWidget(m_awaitingView, 3);
    layout->addWidget(m_toNotifyTitle);
    layout->addWidget(m_toNotifyView, 2);
    layout->addWidget(m_notice);
    // The reason on its row, the letter's buttons on the next: each row fits
    // 1280 px with the text at 150 %, in French too.
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    layout->addLayout(reasonRow);
    auto *letterRow = new QHBoxLayout;
    letterRow->addWidget(m_letter);
    letterRow->addWidget(m_print);
    letterRow->addStretch();
    layout->addLayout(letterRow);
    auto *actions = new QHBoxLayout;
    actions->addWidget(open);
    actions->addStretch();
    actions->addWidget(exportButton);
    layout->addLayout(actions);
    layout->addWidget(m_status);

    setFocusProxy(m_awaitingView);
    setTabOrder(m_awaitingView, m_toNotifyView);
    setTabOrder(m_toNotifyView, m_reason);
    setTabOrder(m_reason, m_letter);
    setTabOrder(m_letter, m_print);
    setTabOrder(m_print, open);
    setTabOrder(open, exportButton);

    // Enter (or a double click) on a line opens its case.
    connect(m_awaitingView, &QAbstractItemView::activated, this, [this] { openCurrent(m_awaitingView); });
    connect(m_toNotifyView, &QAbstractItemView::activated, this, [this] { openCurrent(m_toNotifyView); });
    connect(open, &QPushButton::clicked, this, [this] {
        openCurrent(m_toNotifyView->hasFocus() ? m_toNotifyView : m_awaitingView);
    });
    connect(m_toNotifyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ElectoralWorkPage::updateLetterControls);
    connect(m_letter, &QPushButton::clicked, this, [this] { writeLetter(); });
    connect(m_print, &QPushButton::clicked, this, [this] {
        const auto letter = selectedLetter();
        if (!letter) {
            say(letter.error().message, true);
            return;
        }
        if (printDocument(*letter, this))
            say(tr("The letter of %1 was sent to the printer.").arg(letter->reference));
    });
    connect(exportButton, &QPushButton::clicked, this, [this] { exportRegister(defaultExportPath()); });
}

QString ElectoralWorkPage::title() const
{
    return tr("Electoral lists");
}

FrenchCalendar ElectoralWorkPage::calendar() const
{
    return ElectoralRules::calendarForCommune(m_context.communeCode());
}

void ElectoralWorkPage::refresh()
{
    const QDate today = m_context.clock().today();
    const QStringList procedures{QString(RegistrationProcedureId), QString(RemovalProcedureId)};

    // This office's requests, ListCap and one more at most: the one more
    // says there are more than the list shows.
    const auto read = [&](const QStringList &statuses) {
        CaseQuery query;
        query.procedureIds = procedures;
        query.statuses = statuses;
        query.officeCode = m_context.officeCode();
        query.limit = ListCap + 1;
        return m_context.cases(query);
    };
    auto received = read({QStringLiteral("received")});
    auto decided = received ? read({QStringLiteral("accepted"), QStringLiteral("refused")}) : received;
    if (!received || !decided) {
        say((!received ? received.error() : decided.error()).message, true);
        return;
    }
    const bool moreReceived = received->size() > ListCap;
    const bool moreDecided = decided->size() > ListCap;
    received->resize(std::min<qsizetype>(received->size(), ListCap));
    decided->resize(std::min<qsizetype>(decided->size(), ListCap));
    QList<WorkItem> items;
    for (const CaseSummary &c : *received) {
        // A case recorded without a due date (imported, or by an older
        // version) gets the legal one from its receipt.
        const QDate due = c.dueDate.isValid() ? c.dueDate
                                              : m_rules.decisionDue(c.createdAt.toLocalTime().date(), calendar());
        items << WorkItem{c, due, due < today};
    }
    m_awaiting->setItems(items);
    items.clear();
    for (const CaseSummary &c : *decided) {
        const QDate due = m_rules.notificationDue(c.statusSince.toLocalTime().date(), calendar());
        items << WorkItem{c, due, due < today};
    }
    m_toNotify->setItems(items);

    m_awaitingTitle->setText((moreReceived ? tr("Awaiting the &mayor's decision: more than %1 requests").arg(ListCap)
                                           : tr("Awaiting the &mayor's decision: %n request(s)", nullptr,
                                                m_awaiting->rowCount()))
                             + (m_awaiting->overdueCount() > 0
                                    ? tr(", %n overdue", nullptr, m_awaiting->overdueCount()) : QString()));
    m_toNotifyTitle->setText((moreDecided ? tr("Decisions to &notify: more than %1").arg(ListCap)
                                          : tr("Decisions to &notify: %n", nullptr, m_toNotify->rowCount()))
                             + (m_toNotify->overdueCount() > 0
                                    ? tr(", %n overdue", nullptr, m_toNotify->overdueCount()) : QString()));
    // Said under the lists, as the case list says its own limit.
    m_notice->setText(moreReceived || moreDecided
                          ? tr("More than %1 cases in a list: the %1 oldest are shown. Refine in the case list (F3).")
                                .arg(ListCap)
                          : QString());
    m_notice->setVisible(moreReceived || moreDecided);
    for (QTableView *view : {m_awaitingView, m_toNotifyView}) {
        if (view->model()->rowCount() > 0 && !view->currentIndex().isValid())
            view->setCurrentIndex(view->model()->index(0, 0));
        for (const int column : {WorkListModel::Tracking, WorkListModel::Person, WorkListModel::Since})
            fitColumn(view, column);
    }
    updateLetterControls();
}

void ElectoralWorkPage::openCurrent(QTableView *view)
{
    const QModelIndex index = view->currentIndex();
    if (!index.isValid())
        return;
    const auto *model = static_cast<const WorkListModel *>(view->model());
    m_context.openCase(model->item(index.row()).summary.id);
}

std::optional<CaseSummary> ElectoralWorkPage::selectedDecision() const
{
    const QModelIndex index = m_toNotifyView->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_toNotify->item(index.row()).summary;
}

void ElectoralWorkPage::updateLetterControls()
{
    const auto decision = selectedDecision();
    m_letter->setEnabled(decision.has_value());
    m_print->setEnabled(decision.has_value());
    m_reason->clear();
    const bool refused = decision && NotificationLetter::isRefusal(decision->status);
    m_reason->setEnabled(refused);
    if (!refused)
        return;
    m_reason->addItems(m_rules.refusalReasons(decision->procedureId));
    m_reason->view()->setMinimumWidth(m_reason->view()->sizeHintForColumn(0) + 24);
    // The reason recorded with the refusal in the case window; failing that,
    // the one that fits what the rules said at the counter; otherwise none, so
    // that no letter goes out with a reason nobody chose.
    const QString suggested = m_reason->findText(decision->statusReason) >= 0
        ? decision->statusReason
        : m_rules.suggestedRefusalReason(decision->data.value(QLatin1String("eligibilityRule")).toString());
    m_reason->setCurrentIndex(m_reason->findText(suggested));
}

Result<PrintedDocument> ElectoralWorkPage::selectedLetter() const
{
    const auto decision = selectedDecision();
    if (!decision)
        return std::unexpected(Error::make(Error::Code::NotFound,
            tr("No decision is selected: choose a line in the list of decisions to notify.")));
    return NotificationLetter::build(m_rules, m_context, *decision,
                                     m_reason->isEnabled() ? m_reason->currentText() : QString());
}

Result<QString> ElectoralWorkPage::writeLetter()
{
    const auto letter = selectedLetter();
    if (!letter) {
        say(letter.error().message, true);
        return std::unexpected(letter.error());
    }
    const QString path = QDir(m_context.documentsDirectory()).filePath(NotificationLetter::fileName(*selectedDecision()));
    if (const auto written = writeDocumentPdf(*letter, path); !written) {
        say(written.error().message, true);
        return std::unexpected(written.error());
    }
    say(tr("The notification letter of %1 is in %2. Once it is sent, record the notification in the case window "
           "(Enter).").arg(letter->reference, QDir::toNativeSeparators(path)));
    return path;
}

QString ElectoralWorkPage::defaultExportPath() const
{
    return QDir(m_context.documentsDirectory())
        .filePath(RegisterExport::fileName(m_context.officeCode(), m_context.clock().today()));
}

Result<int> ElectoralWorkPage::exportRegister(const QString &path)
{
    CaseQuery query;
    query.procedureIds = {QString(RegistrationProcedureId), QString(RemovalProcedureId)};
    query.statuses = RegisterExport::exportedStatuses();
    const auto decided = m_context.cases(query);
    if (!decided) {
        say(decided.error().message, true);
        return std::unexpected(decided.error());
    }
    QList<CaseSummary> complete;
    QStringList leftOut;
    for (const CaseSummary &c : *decided) {
        if (RegisterExport::isComplete(c))
            complete << c;
        else
            leftOut << c.trackingNumber;
    }
    const QString missing = leftOut.isEmpty()
        ? QString()
        : u' ' + tr("Left out, because they were not recorded with this module's form and lack the person's "
                    "identity: %1. Enter them in the REU by hand.").arg(leftOut.join(QStringLiteral(", ")));
    if (complete.isEmpty()) {
        say(tr("No decided request is waiting to be transmitted to the REU: nothing was exported.") + missing,
            !leftOut.isEmpty());
        return 0;
    }
    if (const auto written = RegisterExport::writeAtomically(
            RegisterExport::csv(complete, m_context.communeCode(), m_context.communeName()), path);
        !written) {
        say(written.error().message, true);
        return std::unexpected(written.error());
    }
    say(tr("%n decided request(s) exported to %1. Once the file is in the REU, move each case to "
           "\"transmitted\" in the case window.", nullptr, int(complete.size()))
            .arg(QDir::toNativeSeparators(path)) + missing,
        !leftOut.isEmpty());
    return int(complete.size());
}

void ElectoralWorkPage::say(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #a40000;") : QString());
}

QString ElectoralWorkPage::statusText() const
{
    return m_status->text();
}

QString ElectoralWorkPage::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

} // namespace guichet::listeselectorales
