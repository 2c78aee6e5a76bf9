// SPDX-License-Identifier: GPL-3.0-or-later
#include "inscriptionworkpage.h"

#include "liststyle.h"
#include "referencesection.h"

#include "inscriptiondocuments.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QResizeEvent>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace guichet::inscription {

// ---- CaseListModel ---------------------------------------------------------

CaseListModel::CaseListModel(QHash<QString, Workflow> workflows, QObject *parent)
    : QAbstractTableModel(parent), m_workflows(std::move(workflows))
{
}

QString CaseListModel::notRecorded()
{
    return QStringLiteral("\u2014");
}

void CaseListModel::setCases(const QList<CaseSummary> &cases, const QHash<QUuid, QDateTime> &printed)
{
    beginResetModel();
    m_cases = cases;
    m_printed = printed;
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
    // The form's values, never a stand-in: a key the data lacks is said as such.
    const auto orNotRecorded = [](const QString &value) { return value.isEmpty() ? notRecorded() : value; };
    switch (Column(index.column())) {
    case Tracking:
        return c.trackingNumber;
    case Guardian:
        return c.personName;
    case Child:
        return orNotRecorded((section::text(d, "childFamilyName").toUpper() + QStringLiteral(" ")
                              + section::text(d, "childFirstNames")).trimmed());
    case Level:
        return section::text(d, "level").isEmpty()
            ? notRecorded()
            : (section::text(d, "level") + QStringLiteral(" ") + section::text(d, "schoolYear")).trimmed();
    case School: {
        const bool derogation = c.procedureId == DerogationProcedureId;
        const QString key = derogation ? QStringLiteral("requestedSchoolName") : QStringLiteral("catchmentSchoolName");
        // Recorded empty: the home is outside every sector (or the commune), the education department names the school.
        if (!derogation && d.contains(key) && d.value(key).toString().isEmpty()) {
            const QString asked = section::text(d, "preferredSchoolName");
            return asked.isEmpty() ? tr("to be named by the education department")
                                   : tr("to be named by the education department; the family asks for %1").arg(asked);
        }
        return orNotRecorded(d.value(key).toString());
    }
    case Printed: {
        const QDateTime at = m_printed.value(c.id);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : notRecorded();
    }
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
    case Printed: return tr("Printed on");
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
    m_list->setAccessibleDescription(tr("Which list the table below shows; the up and down arrows choose."));
    m_list->setAccessibleName(tr("List"));
    for (int i = 0; i < 4; ++i)
        m_list->addItem(QString(), i);
    auto *listLabel = new QLabel(tr("&List:"), this);
    listLabel->setBuddy(m_list);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("cases"));
    m_table->setAccessibleName(tr("Cases of the list"));
    m_table->setAccessibleDescription(tr("Enter opens the selected case; Ctrl+P prints its document."));
    m_table->setModel(m_model);
    setEmptyListText(m_table, tr("No case in this list."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    // fitColumns() gives the room left to the last column.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setWordWrap(false);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &InscriptionWorkPage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InscriptionWorkPage::updateActions);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("listNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *open = new QPushButton(tr("Open the case (Enter)"), this);
    m_print = new QPushButton(tr("Print the certificate or letter (Ctrl+P)"), this);
    m_print->setObjectName(QStringLiteral("print"));
    m_printAll = new QPushButton(tr("Print all not yet printed (Ctrl+Shift+P)"), this);
    m_printAll->setObjectName(QStringLiteral("printAll"));
    // No shortcut of its own: the shell's key for this page (F4…) shows and refreshes it.
    auto *reload = new QPushButton(tr("Refresh"), this);
    connect(open, &QPushButton::clicked, this, &InscriptionWorkPage::openSelected);
    connect(m_print, &QPushButton::clicked, this, [this] { printSelected(); });
    connect(m_printAll, &QPushButton::clicked, this, [this] { printAll(); });
    connect(reload, &QPushButton::clicked, this, &InscriptionWorkPage::refresh);

    // Actions of the page, so the shortcuts act at once and only here; named,
    // the shell lists them in its Actions menu.
    const auto shortcut = [this](const QString &text, const QKeySequence &keys, const std::function<void()> &slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    shortcut(tr("&Print the certificate or letter"), QKeySequence::Print, [this] { printSelected(); });
    shortcut(tr("Print &all not yet printed"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { printAll(); });

    connect(m_list, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(listLabel);
    top->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(m_print);
    buttons->addWidget(m_printAll);
    buttons->addStretch(1);
    buttons->addWidget(reload);
    auto *heading = new QLabel(title(), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notice);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    m_printer = [this](const QList<PrintedDocument> &documents) {
        if (documents.size() == 1)
            return printDocument(documents.constFirst(), this);
        // One dialog and one print job for the lot, each document from a new page.
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setDocName(documents.constFirst().jobName());
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        QPainter painter(&printer);
        for (qsizetype i = 0; i < documents.size(); ++i) {
            if (i > 0)
                printer.newPage();
            renderDocument(painter, printer, documents.at(i));
        }
        return true;
    };
    m_askReason = [this](const QStringList &reasons) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getItem(this, tr("Reason of the refusal"),
            tr("The reason the mayor gave, as recorded in the case, for the letter:"), reasons, 0, false, &ok);
        return ok ? std::optional<QString>(reason) : std::nullopt;
    };
    setFocusProxy(m_table);
}

QString InscriptionWorkPage::title() const
{
    return tr("School enrolment");
}

CaseQuery InscriptionWorkPage::query(List list) const
{
    CaseQuery q;
    q.officeCode = m_context.officeCode();
    q.limit = ListCap + 1;
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

InscriptionWorkPage::Listed InscriptionWorkPage::casesOf(List list, QString *error) const
{
    auto found = m_context.cases(query(list));
    if (!found) {
        if (error)
            *error = found.error().message;
        return {};
    }
    Listed listed{*found, found->size() > ListCap};
    // A received enrolment with every document given is not waiting for any.
    if (list == List::WaitingDocuments)
        listed.cases.removeIf([](const CaseSummary &c) {
            return c.status == QLatin1String("received") && c.missingDocuments.isEmpty();
        });
    if (listed.cases.size() > ListCap)
        listed.cases.resize(ListCap);
    return listed;
}

void InscriptionWorkPage::refresh()
{
    const List shown = currentList();
    const QString names[] = {tr("Enrolments waiting for documents (%1)"),
                             tr("Derogation requests awaiting the mayor's decision (%1)"),
                             tr("Certificates of enrolment to print (%1)"),
                             tr("Decision letters to print (%1)")};
    // Every list is named with its count, so each is read, ListCap and one
    // more at most: its ListCap oldest cases are what it shows.
    QString error;
    for (int i = 0; i < 4; ++i) {
        const List list = List(i);
        const Listed listed = casesOf(list, &error);
        const auto &cases = listed.cases;
        m_list->setItemText(i, names[i].arg(listed.more ? tr("more than %1").arg(ListCap) : QString::number(cases.size())));
        if (list == shown) {
            const QUuid selected = selectedCase() ? selectedCase()->id : QUuid();
            QHash<QUuid, QDateTime> printed;
            for (const CaseSummary &c : cases)
                if (const QFileInfo copy(documentPath(c)); printableKind(c) != PrintableKind::None && copy.isFile())
                    printed.insert(c.id, copy.lastModified());
            m_model->setCases(cases, printed);
            int row = 0;
            for (int r = 0; r < cases.size(); ++r)
                if (cases.at(r).id == selected)
                    row = r;
            if (!cases.isEmpty())
                m_table->selectRow(row);
            // Said under the list, as the case list says its own limit.
            m_notice->setText(listed.more ? tr("More than %1 cases in this list: the %1 oldest are shown. Refine in "
                                               "the case list (F3).").arg(ListCap)
                                          : QString());
            m_notice->setVisible(listed.more);
        }
    }
    const QString hints[] = {
        tr("Enter opens the case: record the documents received, then confirm the enrolment."),
        tr("Enter opens the request: record the mayor's decision, granted or refused with its reason."),
        tr("Ctrl+P prints the selected certificate, Ctrl+Shift+P every one not printed yet; then open the case "
           "(Enter) and mark the certificate as issued."),
        tr("Ctrl+P prints the selected decision letter, Ctrl+Shift+P every one not printed yet; then open the case "
           "(Enter) and mark the letter as sent."),
    };
    m_hint->setText(hints[int(shown)]);
    const bool toPrint = shown == List::CertificatesToPrint || shown == List::LettersToPrint;
    m_table->setColumnHidden(CaseListModel::Printed, !toPrint);
    m_table->setColumnHidden(CaseListModel::Missing, toPrint);
    fitColumns();
    updateActions();
    if (!error.isEmpty())
        showMessage(error);
}

void InscriptionWorkPage::fitColumns()
{
    for (int column = 0; column < CaseListModel::ColumnCount; ++column)
        if (!m_table->isColumnHidden(column))
            fitColumn(m_table, column);
    // Every column in sight, the Printed one too: the missing documents, then
    // the widest texts give way (elided, whole in their tooltip).
    const int available = m_table->viewport()->width();
    const auto visibleWidth = [this] {
        int total = 0;
        for (int c = 0; c < CaseListModel::ColumnCount; ++c)
            total += m_table->isColumnHidden(c) ? 0 : m_table->columnWidth(c);
        return total;
    };
    // The missing documents first: a long list, whose first words say enough.
    if (const int overflow = visibleWidth() - available; overflow > 0 && !m_table->isColumnHidden(CaseListModel::Missing))
        m_table->setColumnWidth(CaseListModel::Missing,
                                qMax(available / 6, m_table->columnWidth(CaseListModel::Missing) - overflow));
    const int shrinkable[] = {CaseListModel::Guardian, CaseListModel::Child, CaseListModel::School,
                              CaseListModel::Status, CaseListModel::Missing};
    for (int overflow = visibleWidth() - available; overflow > 0; overflow = visibleWidth() - available) {
        int widest = -1;
        int second = 0;
        for (const int c : shrinkable) {
            if (m_table->isColumnHidden(c))
                continue;
            if (widest < 0 || m_table->columnWidth(c) > m_table->columnWidth(widest)) {
                if (widest >= 0)
                    second = qMax(second, m_table->columnWidth(widest));
                widest = c;
            } else {
                second = qMax(second, m_table->columnWidth(c));
            }
        }
        const int minimum = m_table->horizontalHeader()->minimumSectionSize() * 4;
        const int current = widest < 0 ? 0 : m_table->columnWidth(widest);
        if (current <= minimum)
            break;
        // Down to the next widest at most, so that the widest texts give way together.
        int target = qMax(minimum, current - overflow);
        if (second < current)
            target = qMax(target, second);
        m_table->setColumnWidth(widest, target);
    }
    if (const int spare = available - visibleWidth(); spare > 0) {
        int last = CaseListModel::ColumnCount - 1;
        while (last > 0 && m_table->isColumnHidden(last))
            --last;
        m_table->setColumnWidth(last, m_table->columnWidth(last) + spare);
    }
}

void InscriptionWorkPage::updateActions()
{
    const CaseSummary *c = selectedCase();
    m_print->setEnabled(c && printableKind(*c) != PrintableKind::None);
    const List shown = currentList();
    const auto &cases = m_model->cases();
    m_printAll->setEnabled((shown == List::CertificatesToPrint || shown == List::LettersToPrint)
                           && std::any_of(cases.cbegin(), cases.cend(),
                                          [this](const CaseSummary &k) { return !m_model->isPrinted(k.id); }));
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

QString InscriptionWorkPage::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
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

QString InscriptionWorkPage::documentPath(const Case &c) const
{
    return QDir(m_context.documentsDirectory()).filePath(documentFileName(c));
}

bool InscriptionWorkPage::isPrinted(const CaseSummary &c) const
{
    return printableKind(c) != PrintableKind::None && QFileInfo(documentPath(c)).isFile();
}

std::optional<Result<PrintedDocument>> InscriptionWorkPage::documentFor(const CaseSummary &c)
{
    switch (printableKind(c)) {
    case PrintableKind::None:
        return Result<PrintedDocument>(std::unexpected(Error::make(Error::Code::Forbidden,
            tr("Case %1 has nothing to print yet: an enrolment prints its certificate once confirmed, a "
               "derogation its letter once decided.").arg(c.trackingNumber))));
    case PrintableKind::Certificate:
        return certificateFor(m_rules, m_context, c);
    case PrintableKind::GrantedLetter:
        return decisionLetterFor(m_rules, m_context, c);
    case PrintableKind::RefusedLetter: {
        // The reason recorded with the refusal; asked only when the case has none.
        const auto reason = c.statusReason.isEmpty() ? m_askReason(m_rules.derogationRefusalReasons())
                                                     : std::optional<QString>(c.statusReason);
        if (!reason)
            return std::nullopt;
        return decisionLetterFor(m_rules, m_context, c, *reason);
    }
    }
    return std::nullopt;
}

Result<QStringList> InscriptionWorkPage::print(const QList<CaseSummary> &cases)
{
    const auto fail = [this](const Error &e) -> Result<QStringList> {
        showMessage(e.message);
        return std::unexpected(e);
    };
    const auto cancelled = [&] {
        return fail(Error::make(Error::Code::Invalid,
                                tr("Printing cancelled: nothing was printed, and nothing is marked as printed.")));
    };
    QList<PrintedDocument> documents;
    QStringList paths;
    QStringList numbers;
    QStringList leftOut;
    for (const CaseSummary &c : cases) {
        const auto document = documentFor(c);
        if (!document)
            return cancelled();
        if (!*document) {
            leftOut << document->error().message;
            continue;
        }
        documents << **document;
        paths << documentPath(c);
        numbers << c.trackingNumber;
    }
    if (documents.isEmpty())
        return fail(Error::make(Error::Code::Forbidden, leftOut.join(QStringLiteral(" "))));

    // The office's copy first: a document that cannot be written is not printed.
    QStringList written;
    const auto removeWritten = [&] {
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
    };
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const bool existed = QFileInfo(paths.at(i)).isFile();
        if (auto ok = writeDocumentPdf(documents.at(i), paths.at(i)); !ok) {
            removeWritten();
            return fail(ok.error());
        }
        if (!existed)
            written << paths.at(i);
    }
    // Not printed: not marked, so the copies just written go.
    if (!m_printer(documents)) {
        removeWritten();
        refresh();
        return cancelled();
    }
    refresh();
    QString message = documents.size() == 1
        ? tr("%1: printed, and written to %2. Open the case (Enter) to record it as issued or sent.")
              .arg(numbers.constFirst(), QDir::toNativeSeparators(paths.constFirst()))
        : tr("%n document(s) printed (%1), and written to %2. Open each case (Enter) to record it as issued or sent.",
             nullptr, int(documents.size()))
              .arg(numbers.join(QStringLiteral(", ")), QDir::toNativeSeparators(m_context.documentsDirectory()));
    if (!leftOut.isEmpty())
        message += QStringLiteral(" ") + tr("Not printed: %1").arg(leftOut.join(QStringLiteral(" ")));
    showMessage(message);
    return paths;
}

Result<QString> InscriptionWorkPage::printSelected()
{
    const CaseSummary *selected = selectedCase();
    if (!selected) {
        const Error e = Error::make(Error::Code::NotFound,
            tr("No case is selected: choose one in the list with the arrow keys, then press Ctrl+P."));
        showMessage(e.message);
        return std::unexpected(e);
    }
    const CaseSummary c = *selected;
    if (printableKind(c) == PrintableKind::None) {
        const Error e = Error::make(Error::Code::Forbidden,
            tr("Case %1 has nothing to print yet: an enrolment prints its certificate once confirmed, a "
               "derogation its letter once decided.").arg(c.trackingNumber));
        showMessage(e.message);
        return std::unexpected(e);
    }
    auto printed = print({c});
    if (!printed)
        return std::unexpected(printed.error());
    return printed->constFirst();
}

Result<QStringList> InscriptionWorkPage::printAll()
{
    const List shown = currentList();
    if (shown != List::CertificatesToPrint && shown != List::LettersToPrint) {
        const Error e = Error::make(Error::Code::Forbidden,
            tr("This list has nothing to print: choose the certificates or the decision letters to print "
               "(Alt+L), then press Ctrl+Shift+P."));
        showMessage(e.message);
        return std::unexpected(e);
    }
    refresh();  // what another agent printed since, or what this list gained
    QList<CaseSummary> toPrint;
    for (const CaseSummary &c : m_model->cases())
        if (!m_model->isPrinted(c.id))
            toPrint << c;
    if (toPrint.isEmpty()) {
        showMessage(m_model->cases().isEmpty()
            ? tr("The list is empty: there is nothing to print.")
            : tr("Every document of the list is printed already; Ctrl+P prints the selected one again."));
        return QStringList();
    }
    return print(toPrint);
}

void InscriptionWorkPage::resizeEvent(QResizeEvent *event)
{
    WorkPage::resizeEvent(event);
    fitColumns();
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
