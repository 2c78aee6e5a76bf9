// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedetaildialog.h"

#include "desksession.h"
#include "domain/frenchdate.h"
#include "domain/validators.h"
#include "receipt.h"
#include "receiptdata.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace guichet {

CaseDetailDialog::CaseDetailDialog(DeskSession &session, const QUuid &caseId, QWidget *parent)
    : QDialog(parent), m_session(session), m_caseId(caseId)
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_person = new QLabel(this);
    m_person->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errors"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_timeline = new QListWidget(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setWordWrap(true);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaximumHeight(70);
    m_note->setTabChangesFocus(true);
    auto *addNote = new QPushButton(tr("Add the &note"), this);

    m_nextStatus = new QComboBox(this);
    m_nextStatus->setObjectName(QStringLiteral("nextStatus"));
    m_nextStatus->setAccessibleName(tr("Next status"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_apply = new QPushButton(tr("&Change the status"), this);
    auto *apply = m_apply;

    m_document = new QComboBox(this);
    m_document->setObjectName(QStringLiteral("document"));
    m_document->setAccessibleName(tr("Document received"));
    m_received = new QPushButton(tr("Document &received"), this);
    auto *received = m_received;

    m_answer = new QLineEdit(this);
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answer->setAccessibleName(tr("Answer given"));
    auto *answered = new QPushButton(tr("Record the &answer"), this);

    // Another service acts on it (a letter on the wrong desk): with the reason
    // the receiving service reads.
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("service"));
    m_service->setAccessibleName(tr("Service the case goes to"));
    m_transferReason = new QLineEdit(this);
    m_transferReason->setObjectName(QStringLiteral("transferReason"));
    m_transferReason->setAccessibleName(tr("Why the case goes to that service"));
    m_transferReason->setPlaceholderText(tr("Why: the service that acts on it, what it needs…"));
    m_transfer = new QPushButton(tr("&Transfer"), this);

    // Deleting a case recorded by mistake is a superviseur's act, with its reason.
    const bool supervisor = m_session.agent().role != Role::Agent;
    m_deleteReason = new QLineEdit(this);
    m_deleteReason->setObjectName(QStringLiteral("deleteReason"));
    m_deleteReason->setAccessibleName(tr("Why the case is deleted"));
    m_deleteReason->setPlaceholderText(tr("Why: recorded by mistake, duplicate of…"));
    auto *remove = new QPushButton(tr("Delete the case"), this);
    remove->setObjectName(QStringLiteral("deleteCase"));

    auto *actions = new QFormLayout;
    auto row = [this](QWidget *a, QWidget *b, QWidget *c = nullptr) {
        auto *h = new QHBoxLayout;
        h->addWidget(a, 1);
        h->addWidget(b, c ? 1 : 0);
        if (c)
            h->addWidget(c);
        return h;
    };
    auto labelled = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);  // Alt+letter goes to the field
        return label;
    };
    actions->addRow(labelled(tr("N&ote:"), m_note), row(m_note, addNote));
    actions->addRow(labelled(tr("&Status:"), m_nextStatus), row(m_nextStatus, m_reason, apply));
    actions->addRow(labelled(tr("&Document:"), m_document), row(m_document, received));
    actions->addRow(labelled(tr("Ans&wer:"), m_answer), row(m_answer, answered));
    actions->addRow(labelled(tr("Ser&vice:"), m_service), row(m_service, m_transferReason, m_transfer));
    if (supervisor) {
        actions->addRow(labelled(tr("De&lete:"), m_deleteReason), row(m_deleteReason, remove));
    } else {
        m_deleteReason->setVisible(false);
        remove->setVisible(false);
    }
    m_actions = new QGroupBox(tr("Add to the case"), this);
    auto *actionsBox = m_actions;
    actionsBox->setLayout(actions);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close (Esc)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The receipt again, for a person who lost it: rebuilt from the case, so
    // any workstation prints it, with the documents still missing today.
    m_reprint = buttons->addButton(tr("Reprint the receipt (Ctrl+P)"), QDialogButtonBox::ActionRole);
    m_reprint->setObjectName(QStringLiteral("reprintReceipt"));
    m_reprint->setAutoDefault(false);
    connect(m_reprint, &QPushButton::clicked, this, &CaseDetailDialog::reprintReceipt);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this), &QShortcut::activated, this,
            &CaseDetailDialog::reprintReceipt);
    m_printReceipt = [this](const ReceiptData &receipt) { return printReceipt(receipt, this); };
    // A letter or certificate the case's module prints (a decision, an
    // enrolment certificate): again from here, on any workstation.
    m_printLetter = buttons->addButton(tr("Print the letter (Ctrl+Shift+P)"), QDialogButtonBox::ActionRole);
    m_printLetter->setObjectName(QStringLiteral("printLetter"));
    m_printLetter->setAutoDefault(false);
    connect(m_printLetter, &QPushButton::clicked, this, &CaseDetailDialog::printCaseDocument);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this), &QShortcut::activated, this,
            &CaseDetailDialog::printCaseDocument);
    m_printDocument = [this](const PrintedDocument &document) { return printDocument(document, this); };

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_person);
    layout->addWidget(new QLabel(tr("Timeline (oldest first):"), this));
    layout->addWidget(m_timeline, 1);
    layout->addWidget(actionsBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(820, 640);

    connect(addNote, &QPushButton::clicked, this, &CaseDetailDialog::addNote);
    connect(apply, &QPushButton::clicked, this, &CaseDetailDialog::changeStatus);
    connect(received, &QPushButton::clicked, this, &CaseDetailDialog::recordDocument);
    connect(answered, &QPushButton::clicked, this, &CaseDetailDialog::recordAnswer);
    connect(remove, &QPushButton::clicked, this, &CaseDetailDialog::deleteCase);
    connect(m_transfer, &QPushButton::clicked, this, &CaseDetailDialog::transfer);
    connect(m_transferReason, &QLineEdit::returnPressed, this, &CaseDetailDialog::transfer);
    connect(m_answer, &QLineEdit::returnPressed, this, &CaseDetailDialog::recordAnswer);
    connect(m_nextStatus, &QComboBox::currentIndexChanged, this, [this] {
        m_reason->clear();
        const QStringList reasons = m_session.workflow(m_case.procedureId).reasons(m_case.status, m_nextStatus->currentData().toString());
        m_reason->addItems(reasons);
        m_reason->setEnabled(!reasons.isEmpty());
    });
    reload();
    m_timeline->setFocus();
}

QString CaseDetailDialog::describe(const DeskSession &session, const Case &c, const CaseEvent &e)
{
    const auto text = [&](const char *key) { return e.payload.value(QLatin1String(key)).toString(); };
    switch (e.kind) {
    case CaseEvent::Kind::Created:
        return tr("Case opened (status: %1, channel: %2)")
            .arg(session.statusLabel(c.procedureId, text("status")),
                 channelLabel(channelFromKey(text("channel")).value_or(Channel::Counter)));
    case CaseEvent::Kind::Note:
        return tr("Note: %1").arg(text("text"));
    case CaseEvent::Kind::StatusChanged: {
        const QString from = session.statusLabel(c.procedureId, text("from"));
        const QString to = session.statusLabel(c.procedureId, text("to"));
        return text("reason").isEmpty() ? tr("Status: %1 → %2").arg(from, to)
                                        : tr("Status: %1 → %2 (reason: %3)").arg(from, to, text("reason"));
    }
    case CaseEvent::Kind::DocumentReceived:
        return tr("Document received: %1").arg(text("document"));
    case CaseEvent::Kind::AnswerGiven:
        return tr("Answer given: %1").arg(text("text"));
    case CaseEvent::Kind::Correction:
        return tr("Correction: %1").arg(text("text"));
    case CaseEvent::Kind::Transferred:
        return tr("Transferred from %1 to %2 (reason: %3)")
            .arg(session.serviceName(text("from")), session.serviceName(text("to")), text("reason"));
    case CaseEvent::Kind::Refused: {
        const QString to = session.statusLabel(c.procedureId, text("to"));
        const QString kept = session.statusLabel(c.procedureId, text("status"));
        return text("reason") == QLatin1String("stale")
                   ? tr("Refused by HQ: the change to %1 was made on a status another office had already changed; "
                        "the case stays %2.").arg(to, kept)
                   : tr("Refused by HQ: the procedure does not go from %2 to %1; the case stays %2.").arg(to, kept);
    }
    }
    return {};
}

void CaseDetailDialog::reload()
{
    auto c = m_session.caseRepository().get(m_caseId);
    if (!c) {
        m_reprint->setEnabled(false);
        m_printLetter->setVisible(false);
        report(c.error());
        return;
    }
    m_case = *c;
    const QLocale locale;
    const Workflow workflow = m_session.workflow(m_case.procedureId);
    setWindowTitle(tr("Case %1").arg(m_case.trackingNumber));
    QString header = tr("<b>%1</b> — %2<br>Status: <b>%3</b> · channel: %4 · office: %5 · service: %6")
                         .arg(m_case.trackingNumber.toHtmlEscaped(),
                              m_session.procedure(m_case.procedureId).title.toHtmlEscaped(),
                              workflow.label(m_case.status).toHtmlEscaped(), channelLabel(m_case.channel),
                              m_case.officeCode, m_session.serviceName(m_case.service).toHtmlEscaped());
    if (m_case.dueDate.isValid())
        header += tr("<br>Due: %1").arg(frenchdate::longDate(m_case.dueDate));  // "1er", as on the receipt
    if (!m_case.summary.isEmpty())
        header += QStringLiteral("<br>") + m_case.summary.toHtmlEscaped();
    header += tr("<br>Answered under reference release %1").arg(m_case.releaseId.toHtmlEscaped());
    if (auto gone = m_session.caseRepository().deletion(m_caseId); gone) {
        header += tr("<br><span style=\"color:#b00020\"><b>Deleted</b> on %1: %2. It is listed nowhere and can no longer change.</span>")
                      .arg(locale.toString(gone->at.toLocalTime(), QLocale::ShortFormat), gone->reason.toHtmlEscaped());
    }
    m_actions->setEnabled(!m_case.deleted);
    m_reprint->setEnabled(!m_case.deleted);  // a deleted case has no receipt to hand out
    m_header->setText(header);

    auto person = m_session.citizens().read(m_case.citizenId, m_session.agent().id, QStringLiteral("case:") + m_case.trackingNumber);
    m_personName = person ? person->displayName() : QString();
    m_person->setText(person ? tr("For: %1, born on %2 · %3 %4 %5 · %6")
                                   .arg(person->displayName(), locale.toString(person->birthDate, QLocale::ShortFormat),
                                        person->addressLine, person->postalCode, person->city,
                                        validate::phoneForDisplay(person->phone))
                             : person.error().message);

    m_timeline->clear();
    if (auto events = m_session.caseRepository().events(m_caseId); events) {
        for (const CaseEvent &e : *events) {
            const bool refusal = e.kind == CaseEvent::Kind::Refused;
            m_timeline->addItem(tr("%1 — %2 — %3").arg(locale.toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                                       refusal ? tr("HQ")
                                                       : e.agentName.isEmpty() ? tr("(agent of another office)") : e.agentName,
                                                       describe(m_session, m_case, e)));
            if (refusal)  // seen at a glance (dark red keeps a 7:1 contrast on white)
                m_timeline->item(m_timeline->count() - 1)->setForeground(QColor(0xb0, 0x00, 0x20));
        }
        m_timeline->scrollToBottom();
    } else {
        report(events.error());
    }

    m_nextStatus->clear();
    for (const QString &s : workflow.next(m_case.status))
        m_nextStatus->addItem(workflow.label(s), s);
    // A step the case cannot take is not offered: the button goes with its list.
    m_nextStatus->setEnabled(m_nextStatus->count() > 0);
    m_apply->setEnabled(m_nextStatus->count() > 0);
    // The other services of the release, while the case is open.
    m_service->clear();
    if (!workflow.isTerminal(m_case.status))
        for (const auto &[id, name] : m_session.services())
            if (id != m_case.service)
                m_service->addItem(name, id);
    for (QWidget *w : {static_cast<QWidget *>(m_service), static_cast<QWidget *>(m_transferReason),
                       static_cast<QWidget *>(m_transfer)})
        w->setEnabled(m_service->count() > 0);
    m_document->clear();
    m_document->addItems(m_case.missingDocuments);
    m_document->setEnabled(m_document->count() > 0);
    m_received->setEnabled(m_document->count() > 0);

    const auto document = caseDocument();
    m_printLetter->setVisible(document.has_value());
    if (document && *document) {
        m_printLetter->setText(tr("Print: %1 (Ctrl+Shift+P)").arg((*document)->document.title));
        m_printLetter->setToolTip({});
    } else if (document) {
        m_printLetter->setText(tr("Print the letter (Ctrl+Shift+P)"));
        m_printLetter->setToolTip(document->error().message);
    }
}

std::optional<Result<CaseDocument>> CaseDetailDialog::caseDocument() const
{
    ProcedureModule *module = m_session.modules().moduleFor(m_case.procedureId);
    if (!module || m_case.deleted)
        return std::nullopt;
    // The case as the module's lists see it: the person's name, and when and
    // why it entered its status (a decision letter quotes both).
    CaseSummary c;
    static_cast<Case &>(c) = m_case;
    c.personName = m_personName;
    c.statusSince = m_case.createdAt;
    auto timeline = m_session.caseRepository().events(m_caseId);
    if (!timeline)
        return Result<CaseDocument>(std::unexpected(timeline.error()));
    for (const CaseEvent &e : *timeline) {
        if (e.kind != CaseEvent::Kind::StatusChanged)
            continue;
        c.statusSince = e.at;
        c.statusReason = e.payload.value(QLatin1String("reason")).toString();
    }
    return module->caseDocument(c, *timeline);
}

void CaseDetailDialog::report(const Error &error)
{
    m_error->setText(error.message);
    m_error->setVisible(true);
}

void CaseDetailDialog::addNote()
{
    auto e = m_session.caseRepository().addNote(m_caseId, m_note->toPlainText(), m_session.agent().id);
    if (!e)
        return report(e.error());
    m_note->clear();
    m_error->setVisible(false);
    m_changed = true;
    reload();
}

void CaseDetailDialog::changeStatus()
{
    if (m_nextStatus->count() == 0)
        return;
    auto e = m_session.caseRepository().changeStatus(m_caseId, m_nextStatus->currentData().toString(), m_reason->currentText(),
                                            m_session.workflow(m_case.procedureId), m_session.agent().id);
    if (!e)
        return report(e.error());
    m_error->setVisible(false);
    m_changed = true;
    reload();
}

void CaseDetailDialog::transfer()
{
    if (m_service->count() == 0)
        return;
    auto e = m_session.caseRepository().transfer(m_caseId, m_service->currentData().toString(), m_transferReason->text(),
                                                 m_session.workflow(m_case.procedureId), m_session.agent().id);
    if (!e) {
        m_transferReason->setFocus();
        return report(e.error());
    }
    m_transferReason->clear();
    m_error->setVisible(false);
    m_changed = true;
    reload();
}

void CaseDetailDialog::recordDocument()
{
    if (m_document->count() == 0)
        return;
    auto e = m_session.caseRepository().recordDocument(m_caseId, m_document->currentText(), m_session.agent().id);
    if (!e)
        return report(e.error());
    m_error->setVisible(false);
    m_changed = true;
    reload();
}

void CaseDetailDialog::deleteCase()
{
    if (auto r = m_session.caseRepository().remove(m_caseId, m_deleteReason->text(), m_session.agent().id); !r) {
        m_deleteReason->setFocus();
        return report(r.error());
    }
    m_changed = true;
    accept();  // the case leaves the lists the agent came from
}

void CaseDetailDialog::reprintReceipt()
{
    if (!m_reprint->isEnabled())
        return;
    // The person's record is read (and the read logged) to print their name,
    // even if the agent then cancels the print dialog: it was read.
    auto receipt = reprintedReceipt(m_session, m_case);
    if (!receipt)
        return report(receipt.error());
    m_error->setVisible(false);
    m_printReceipt(*receipt);
}

void CaseDetailDialog::printCaseDocument()
{
    if (!m_printLetter->isVisible())
        return;
    const auto document = caseDocument();
    if (!document)
        return;
    if (!*document)
        return report(document->error());
    // The office's copy first, as the module's page does: its lists count the
    // document printed once the copy is there. A copy written for a print
    // the agent then cancels goes again.
    const QString path = QDir(m_session.documentsDirectory()).filePath((*document)->fileName);
    const bool existed = QFileInfo(path).isFile();
    if (auto written = writeDocumentPdf((*document)->document, path); !written)
        return report(written.error());
    m_error->setVisible(false);
    if (m_printDocument((*document)->document))
        m_changed = true;  // the module's lists of what is still to print change
    else if (!existed)
        QFile::remove(path);
}

void CaseDetailDialog::recordAnswer()
{
    auto e = m_session.caseRepository().recordAnswer(m_caseId, m_answer->text(), m_session.reference().id(), m_session.agent().id);
    if (!e)
        return report(e.error());
    m_answer->clear();
    m_error->setVisible(false);
    m_changed = true;
    reload();
}

} // namespace guichet
