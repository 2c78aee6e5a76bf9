// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "inscriptionrules.h"
#include "procedure_module.h"
#include "reference/workflow.h"

#include <QAbstractTableModel>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace guichet::inscription {

/// The cases of one of the agent's lists, for a QTableView. The child, the
/// level and the school come from the case's data as the school form wrote
/// it; a case whose data lacks the key (recorded before the form wrote it,
/// or by another tool) shows "—", never another value in its place.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Tracking, Guardian, Child, Level, School, Status, Since, Printed, Missing, ColumnCount };
    /// The case of a row, for the page's actions.
    static constexpr int CaseIdRole = Qt::UserRole + 1;
    /// What a cell shows when the case's data does not hold its value.
    static QString notRecorded();

    /// `workflows`: procedure id → its workflow, for the status labels.
    explicit CaseListModel(QHash<QString, Workflow> workflows, QObject *parent = nullptr);
    /// The cases, and when the document of each printed one was written.
    void setCases(const QList<CaseSummary> &cases, const QHash<QUuid, QDateTime> &printed = {});
    const QList<CaseSummary> &cases() const { return m_cases; }
    bool isPrinted(const QUuid &caseId) const { return m_printed.contains(caseId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseSummary> m_cases;
    QHash<QUuid, QDateTime> m_printed;
    QHash<QString, Workflow> m_workflows;
};

/// The school desk's work lists, a page of the main window: enrolments
/// waiting for documents, derogation requests awaiting the mayor's
/// decision, certificates and decision letters to print. Keyboard first:
/// Alt+L chooses the list, Enter opens the selected case in the shell's case
/// window (where its status moves on), Ctrl+P prints the selected case's
/// document and Ctrl+Shift+P every document of the list not printed yet, in
/// one print job.
///
/// A document printed is written as PDF in the office's documents folder,
/// the office's copy: that copy is the mark "printed" the list shows. It is
/// kept only when the printing went through, so a cancelled print leaves the
/// document to print.
///
/// A list shows its ListCap oldest cases at most (agents work the oldest
/// first); over that the page says so and sends the agent to the case list.
/// Only the list shown is read in full; the others are counted up to ListCap.
/// The shell reads the lists when it first shows the page (refresh()).
class InscriptionWorkPage : public WorkPage
{
    Q_OBJECT

public:
    /// The most cases a list shows.
    static constexpr int ListCap = 200;
    enum class List { WaitingDocuments, AwaitingDecision, CertificatesToPrint, LettersToPrint };
    /// Prints documents, in one print job; false when the agent cancelled.
    using Printer = std::function<bool(const QList<PrintedDocument> &)>;
    /// Asks which of the workflow's reasons the mayor gave for a refusal; nullopt when cancelled.
    using ReasonAsker = std::function<std::optional<QString>(const QStringList &reasons)>;

    InscriptionWorkPage(const InscriptionRules &rules, ModuleContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    /// The print dialog and the reason question by default; tests put their own.
    void setPrinter(Printer printer) { m_printer = std::move(printer); }
    void setReasonAsker(ReasonAsker asker) { m_askReason = std::move(asker); }

    void showList(List list);
    List currentList() const;
    CaseListModel *model() const { return m_model; }
    /// The last message shown under the list (what was printed, or why not).
    QString message() const;
    /// What the page says of a list longer than ListCap, or empty.
    QString notice() const;
    /// Prints the selected case's certificate or letter and writes its PDF in
    /// the documents folder; the path of the PDF, or why there is none.
    Result<QString> printSelected();
    /// Prints every certificate or letter of the list shown that is not
    /// printed yet, in one print job, and writes their PDFs; the paths
    /// written (none when all were printed already), or why nothing was. A
    /// case whose document cannot be made is left out and named in the message.
    Result<QStringList> printAll();
    /// Whether the case's document was printed: its PDF is in the documents folder.
    bool isPrinted(const CaseSummary &c) const;
    /// Asks the shell to open the selected case.
    void openSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The cases of a list, the ListCap oldest and one more if there are more.
    struct Listed
    {
        QList<CaseSummary> cases;
        bool more = false;  ///< more cases than ListCap matched the list's query
    };
    CaseQuery query(List list) const;
    Listed casesOf(List list, QString *error) const;
    const CaseSummary *selectedCase() const;
    void showMessage(const QString &text);
    void updateActions();
    /// Columns sized to their texts, shrunk from the widest when they do not all fit.
    void fitColumns();
    QString documentPath(const Case &c) const;
    /// The document of a case; nullopt when the agent cancelled the reason of a refusal.
    std::optional<Result<PrintedDocument>> documentFor(const CaseSummary &c);
    /// Writes and prints the documents of `cases`, one print job.
    Result<QStringList> print(const QList<CaseSummary> &cases);

    InscriptionRules m_rules;
    ModuleContext &m_context;
    CaseListModel *m_model = nullptr;
    QComboBox *m_list = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_printAll = nullptr;
    Printer m_printer;
    ReasonAsker m_askReason;
};

} // namespace guichet::inscription
