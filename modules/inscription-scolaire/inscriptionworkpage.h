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

/// The cases of one of the agent's lists, for a QTableView.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Tracking, Guardian, Child, Level, School, Status, Since, Missing, ColumnCount };
    /// The case of a row, for the page's actions.
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    /// `workflows`: procedure id → its workflow, for the status labels.
    explicit CaseListModel(QHash<QString, Workflow> workflows, QObject *parent = nullptr);
    void setCases(const QList<CaseSummary> &cases);
    const QList<CaseSummary> &cases() const { return m_cases; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseSummary> m_cases;
    QHash<QString, Workflow> m_workflows;
};

/// The school desk's work lists, a page of the main window: enrolments
/// waiting for documents, derogation requests awaiting the mayor's
/// decision, certificates and decision letters to print. Keyboard first:
/// Alt+L chooses the list, Enter opens the selected case in the shell's case
/// window (where its status moves on), Ctrl+P writes its document as PDF in
/// the office's documents folder and prints it.
class InscriptionWorkPage : public WorkPage
{
    Q_OBJECT

public:
    enum class List { WaitingDocuments, AwaitingDecision, CertificatesToPrint, LettersToPrint };
    /// Prints a document; false when the agent cancelled.
    using Printer = std::function<bool(const PrintedDocument &)>;
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
    /// Writes the selected case's certificate or letter to the documents
    /// folder and prints it; the path of the PDF, or why there is none.
    Result<QString> printSelected();
    /// Asks the shell to open the selected case.
    void openSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CaseQuery query(List list) const;
    QList<CaseSummary> casesOf(List list, QString *error) const;
    const CaseSummary *selectedCase() const;
    void showMessage(const QString &text);

    InscriptionRules m_rules;
    ModuleContext &m_context;
    CaseListModel *m_model = nullptr;
    QComboBox *m_list = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_print = nullptr;
    Printer m_printer;
    ReasonAsker m_askReason;
};

} // namespace guichet::inscription
