// SPDX-License-Identifier: GPL-3.0-or-later
#include "inscriptionworkpage.h"
#include "referencesection.h"

#include "inscriptiondocuments.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet::inscription {

// ---- CaseListModel ---------------------------------------------------------

CaseListModel::CaseListModel(QHash<QString, Workflow> workflows, QObject *parent)
    : QAbstractTableModel(parent), m_workflows(std::move(workflows))
{
}

void CaseListModel::setCases(const QList<CaseSummary> &cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary &c = m_cases.at(index.row());
    if (role == CaseIdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QJsonObject &d = c.data;
    switch (Column(index.column())) {
    case Tracking:
        return c.trackingNumber;
    case Guardian:
        return c.personName;
    case Child: {
        const QString child = (section::text(d, "childFamilyName").toUpper() + QStringLiteral(" ") + section::text(d, "childFirstNames")).trimmed();
        // Cases recorded by another tool (demo data) have no child: the summary stands in.
        return child.isEmpty() ? c.summary : child;
    }
    case Level:
        return (section::text(d, "level") + QStringLiteral(" ") + section::text(d, "schoolYear")).trimmed();
    case School:
        return c.procedureId == DerogationProcedureId ? section::text(d, "requestedSchoolName") : section::text(d, "catchmentSchoolName");
    case Status: {
        const auto it = m_workflows.constFind(c.procedureId);
        return it != m_workflows.constEnd() ? it->label(c.status) : c.status;
    }
    case Since:
        return QLocale().toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    case Missing:
        return c.missingDocuments.join(QStringLiteral(" ; "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Tracking: return tr("Number");
    case Guardian: return tr("Guardian");
    case Child: return tr("Child");
    case Level: return tr("Level and year");
    case School: return tr("School");
    case Status: return tr("Status");
    case Since: return tr("Received on");
    case Missing: return tr("Missing documents");
    case ColumnCount: break;
    }
    return {};
}

// ---- InscriptionWorkPage ---------------------------------------------------

InscriptionWorkPage::InscriptionWorkPage(const InscriptionRules &rules, ModuleContext &context, QWidget *parent)
    : WorkPage(parent), m_rules(rules), m_context(context)
{
    QHash<QString, Workflow> workflows;
    for (const ProcedureInfo &p : m_rules.procedures())
        workflows.insert(p.id, Workflow::fromJson(m_context.reference().workflow(p.workflowId)));
    m_model = new CaseListModel(workflows, this);

    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("list"));
    m_list->setAccessibleName(tr("List"));
    for (int i = 0; i < 4; ++i)
        m_list->addItem(QString(), i);
    auto *listLabel = new QLabel(tr("&List:"), this);
    listLabel->setBuddy(m_list);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("cases"));
    m_table->setAccessibleName(tr("Cases of the list"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &InscriptionWorkPage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const CaseSummary *c = selectedCase();
        m_print->setEnabled(c && printableKind(*c) != PrintableKind::None);
    });

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *open = new QPushButton(tr("Open the case (Enter)"), this);
    m_print = new QPushButton(tr("Print the certificate or letter (Ctrl+P)"), this);
    m_print->setObjectName(QStringLiteral("print"));
    // No shortcut of its own: the shell's key for this page (F4…) shows and refreshes it.
    auto *reload = new QPushButton(tr("Refresh"), this);
    connect(open, &QPushButton::clicked, this, &InscriptionWorkPage::openSelected);
    connect(m_print, &QPushButton::clicked, this, [this] { printSelected(); });
    connect(reload, &QPushButton::clicked, this, &InscriptionWorkPage::refresh);

    // Actions of the page, so the shortcuts act at once and only here.
    const auto shortcut = [this](const QKeySequence &keys, const std::function<void()> &slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    shortcut(QKeySequence::Print, [this] { printSelected(); });

    connect(m_list, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(listLabel);
    top->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(reload);
    auto *heading = new QLabel(title(), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    m_printer = [this](const PrintedDocument &d) { return printDocument(d, this); };
    m_askReason = [this](const QStringList &reasons) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getItem(this, tr("Reason of the refusal"),
            tr("The reason the mayor gave, as recorded in the case, for the letter:"), reasons, 0, false, &ok);
        return ok ? std::optional<QString>(reason) : std::nullopt;
    };
    setFocusProxy(m_table);
    refresh();
}

QString InscriptionWorkPage::title() const
{
    return tr("School enrolment");
}

CaseQuery InscriptionWorkPage::query(List list) const
{
    CaseQuery q;
    q.officeCode = m_context.officeCode();
    switch (list) {
    case List::WaitingDocuments:
        q.procedureIds = {QString(EnrolmentProcedureId)};
        q.statuses = {QStringLiteral("received"), QStringLiteral("waiting-documents")};
        break;
    case List::AwaitingDecision:
        q.procedureIds = {QString(DerogationProcedureId)};
        q.statuses = {QStringLiteral("requested")};
        break;
    case List::CertificatesToPrint:
        q.procedureIds = {QString(EnrolmentProcedureId)};
        q.statuses = {QStringLiteral("confirmed")};
        break;
    case List::LettersToPrint:
        q.procedureIds = {QString(DerogationProcedureId)};
        q.statuses = {QStringLiteral("granted"), QStringLiteral("refused")};
        break;
    }
    return q;
}

QList<CaseSummary> InscriptionWorkPage::casesOf(List list, QString *error) const
{
    auto found = m_context.cases(query(list));
    if (!found) {
        if (error)
            *error = found.error().message;
        return {};
    }
    QList<CaseSummary> cases = *found;
    // A received enrolment with every document given is not waiting for any.
    if (list == List::WaitingDocuments)
        cases.removeIf([](const CaseSummary &c) {
            return c.status == QLatin1String("received") && c.missingDocuments.isEmpty();
        });
    return cases;
}

void InscriptionWorkPage::refresh()
{
    const List shown = currentList();
    const QString names[] = {tr("Enrolments waiting for documents (%1)"),
                             tr("Derogation requests awaiting the mayor's decision (%1)"),
                             tr("Certificates of enrolment to print (%1)"),
                             tr("Decision letters to print (%1)")};
    QString error;
    for (int i = 0; i < 4; ++i) {
        const List list = List(i);
        const auto cases = casesOf(list, &error);
        m_list->setItemText(i, names[i].arg(cases.size()));
        if (list == shown) {
            const QUuid selected = selectedCase() ? selectedCase()->id : QUuid();
            m_model->setCases(cases);
            m_table->resizeColumnsToContents();
            int row = 0;
            for (int r = 0; r < cases.size(); ++r)
                if (cases.at(r).id == selected)
                    row = r;
            if (!cases.isEmpty())
                m_table->selectRow(row);
        }
    }
    const QString hints[] = {
        tr("Enter opens the case: record the documents received, then confirm the enrolment."),
        tr("Enter opens the request: record the mayor's decision, granted or refused with its reason."),
        tr("Ctrl+P prints the certificate; then open the case (Enter) and mark the certificate as issued."),
        tr("Ctrl+P prints the decision letter; then open the case (Enter) and mark the letter as sent."),
    };
    m_hint->setText(hints[int(shown)]);
    const PrintableKind printable = selectedCase() ? printableKind(*selectedCase()) : PrintableKind::None;
    m_print->setEnabled(printable != PrintableKind::None);
    if (!error.isEmpty())
        showMessage(error);
}

void InscriptionWorkPage::showList(List list)
{
    m_list->setCurrentIndex(int(list));
}

InscriptionWorkPage::List InscriptionWorkPage::currentList() const
{
    return List(qMax(0, m_list->currentIndex()));
}

QString InscriptionWorkPage::message() const
{
    return m_message->text();
}

void InscriptionWorkPage::showMessage(const QString &text)
{
    m_message->setText(text);
}

const CaseSummary *InscriptionWorkPage::selectedCase() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->cases().size())
        return nullptr;
    return &m_model->cases().at(current.row());
}

void InscriptionWorkPage::openSelected()
{
    if (const CaseSummary *c = selectedCase())
        m_context.openCase(c->id);
}

Result<QString> InscriptionWorkPage::printSelected()
{
    const CaseSummary *selected = selectedCase();
    const auto fail = [this](const Error &e) -> Result<QString> {
        showMessage(e.message);
        return std::unexpected(e);
    };
    if (!selected)
        return fail(Error::make(Error::Code::NotFound,
                                tr("No case is selected: choose one in the list with the arrow keys, then press Ctrl+P.")));
    const CaseSummary c = *selected;
    Result<PrintedDocument> document = std::unexpected(Error{});
    switch (printableKind(c)) {
    case PrintableKind::None:
        return fail(Error::make(Error::Code::Forbidden,
            tr("Case %1 has nothing to print yet: an enrolment prints its certificate once confirmed, a "
               "derogation its letter once decided.").arg(c.trackingNumber)));
    case PrintableKind::Certificate:
        document = certificateFor(m_rules, m_context, c);
        break;
    case PrintableKind::GrantedLetter:
        document = decisionLetterFor(m_rules, m_context, c);
        break;
    case PrintableKind::RefusedLetter: {
        // The reason recorded with the refusal; asked only when the case has none.
        const auto reason = c.statusReason.isEmpty() ? m_askReason(m_rules.derogationRefusalReasons())
                                                     : std::optional<QString>(c.statusReason);
        if (!reason) {
            showMessage(tr("Printing cancelled."));
            return std::unexpected(Error::make(Error::Code::Invalid, tr("Printing cancelled.")));
        }
        document = decisionLetterFor(m_rules, m_context, c, *reason);
        break;
    }
    }
    if (!document)
        return fail(document.error());
    const QString path = QDir(m_context.documentsDirectory()).filePath(documentFileName(c));
    if (auto written = writeDocumentPdf(*document, path); !written)
        return fail(written.error());
    const bool printed = m_printer(*document);
    showMessage(printed
        ? tr("%1: written to %2 and sent to the printer. Open the case (Enter) to record it as issued or sent.")
              .arg(c.trackingNumber, QDir::toNativeSeparators(path))
        : tr("%1: written to %2; printing was cancelled.").arg(c.trackingNumber, QDir::toNativeSeparators(path)));
    return path;
}

bool InscriptionWorkPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openSelected();
            return true;
        }
    }
    if (watched == m_table && event->type() == QEvent::FocusIn && !selectedCase() && m_model->rowCount() > 0)
        m_table->selectRow(0);
    return WorkPage::eventFilter(watched, event);
}

} // namespace guichet::inscription
