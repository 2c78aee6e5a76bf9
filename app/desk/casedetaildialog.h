// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "domain/error.h"
#include "domain/types.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace guichet {

class DeskSession;
struct ReceiptData;

/// One case: what was asked, by whom, its timeline, and the actions that
/// add to it (note, status change, document received, answer given).
class CaseDetailDialog : public QDialog
{
    Q_OBJECT
public:
    CaseDetailDialog(DeskSession &session, const QUuid &caseId, QWidget *parent = nullptr);
    /// Whether the case changed, or one of its documents was printed: what
    /// the lists show may differ.
    bool changed() const { return m_changed; }

    /// Prints a receipt; false when nothing was printed. By default, a print dialog.
    using ReceiptPrinter = std::function<bool(const ReceiptData &)>;
    void setReceiptPrinter(ReceiptPrinter printer) { m_printReceipt = std::move(printer); }
    /// Prints a module's letter or certificate; false when nothing was printed.
    /// By default, a print dialog.
    using DocumentPrinter = std::function<bool(const PrintedDocument &)>;
    void setDocumentPrinter(DocumentPrinter printer) { m_printDocument = std::move(printer); }

    /// The timeline's text for one event, as the agent reads it.
    static QString describe(const DeskSession &session, const Case &c, const CaseEvent &e);

private:
    void reload();
    void addNote();
    void changeStatus();
    void transfer();
    void recordDocument();
    void recordAnswer();
    void deleteCase();
    /// Ctrl+P: the receipt again, rebuilt from the case as it stands.
    void reprintReceipt();
    /// Ctrl+Shift+P: the case's letter or certificate, as its module makes it,
    /// after the office's copy is written (as the module's own page does).
    void printCaseDocument();
    /// What the case's module prints for it now, if anything (see
    /// ProcedureModule::caseDocument).
    std::optional<Result<CaseDocument>> caseDocument() const;
    void report(const Error &error);

    DeskSession &m_session;
    QUuid m_caseId;
    Case m_case;
    bool m_changed = false;
    QLabel *m_header;
    QLabel *m_person;
    QLabel *m_error;
    QListWidget *m_timeline;
    QPlainTextEdit *m_note;
    QComboBox *m_nextStatus;
    QComboBox *m_reason;
    QComboBox *m_document;
    QLineEdit *m_answer;
    QLineEdit *m_deleteReason;
    QComboBox *m_service;
    QLineEdit *m_transferReason;
    QPushButton *m_transfer;
    QGroupBox *m_actions;
    QPushButton *m_reprint;
    QPushButton *m_apply;
    QPushButton *m_received;
    QPushButton *m_printLetter;
    ReceiptPrinter m_printReceipt;
    DocumentPrinter m_printDocument;
    /// The person's name as read for this window (the read is logged once).
    QString m_personName;
};

} // namespace guichet
