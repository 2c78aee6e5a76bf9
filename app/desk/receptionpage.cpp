// SPDX-License-Identifier: GPL-3.0-or-later
#include "receptionpage.h"

#include "desksession.h"
#include "persondialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace guichet {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int LabelRole = Qt::UserRole + 2;  // a checklist item's label without "(if applicable)"
}

ReceptionPage::ReceptionPage(DeskSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *title = new QLabel(tr("Reception"), this);
    title->setObjectName(QStringLiteral("pageTitle"));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->setAccessibleName(tr("Channel"));
    for (Channel c : allChannels())
        m_channel->addItem(channelLabel(c), channelKey(c));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search a person"));
    m_search->setPlaceholderText(tr("Name, first name or birth date (DD/MM/YYYY) — ↓ to choose"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setAccessibleName(tr("People found"));
    m_results->setMaximumHeight(170);
    auto *newPerson = new QPushButton(tr("New person (Ctrl+N)"), this);

    m_person = new QLabel(tr("No person chosen."), this);
    m_person->setObjectName(QStringLiteral("person"));
    m_person->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long name wraps instead of widening the column and squeezing the documents.
    m_person->setWordWrap(true);

    m_procedure = new QComboBox(this);
    m_procedure->setObjectName(QStringLiteral("procedure"));
    m_procedure->setAccessibleName(tr("Procedure"));
    reloadProcedures();

    m_formArea = new QScrollArea(this);
    m_formArea->setWidgetResizable(true);
    m_formArea->setFrameShape(QFrame::NoFrame);
    m_formArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_answer = new QLabel(this);
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setVisible(false);
    m_answer->setAccessibleName(tr("Answer to give"));
    m_checklist = new QListWidget(this);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setAccessibleName(tr("Documents: tick those the person has given"));
    m_checklist->setWordWrap(true);
    m_checklist->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_messages = new QLabel(this);
    m_messages->setWordWrap(true);
    m_messages->setVisible(false);
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_save = new QPushButton(tr("Save the request (Ctrl+S)"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_print = new QPushButton(tr("Print the receipt (Ctrl+P)"), this);
    m_print->setEnabled(false);
    auto *restartButton = new QPushButton(tr("Next person (Ctrl+R)"), this);

    // Shortcuts are actions of the page, not of the buttons: a button's
    // shortcut clicks it 100 ms later (animateClick), an action acts at once.
    auto shortcut = [this](const QKeySequence &keys, QPushButton *button) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, button, [button] {
            if (button->isEnabled())
                button->click();
        });
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), newPerson);
    shortcut(QKeySequence::Save, m_save);
    shortcut(QKeySequence::Print, m_print);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), restartButton);
    // Two records of one person: a superviseur merges the one highlighted in
    // the results into the person chosen, who is kept.
    auto *merge = new QPushButton(tr("Merge the highlighted duplicate into this person (Ctrl+M)"), this);
    merge->setObjectName(QStringLiteral("mergePerson"));
    const bool supervisor = m_session.agent().role != Role::Agent;
    merge->setVisible(supervisor);
    merge->setEnabled(supervisor);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_M), merge);
    connect(merge, &QPushButton::clicked, this, &ReceptionPage::mergeDuplicate);

    // Layout: who and what on the left, documents and answer on the right.
    auto *who = new QFormLayout;
    who->addRow(tr("C&hannel:"), m_channel);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(newPerson);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    who->addRow(searchLabel, searchRow);
    who->addRow(QString(), m_results);
    who->addRow(tr("Person:"), m_person);
    auto *mergeRow = new QHBoxLayout;
    mergeRow->addWidget(merge);
    mergeRow->addStretch();
    who->addRow(QString(), mergeRow);
    who->addRow(tr("Proce&dure:"), m_procedure);

    auto *left = new QVBoxLayout;
    left->addLayout(who);
    left->addWidget(m_formArea, 1);

    auto *docsBox = new QGroupBox(tr("Documents (Space: given)"), this);
    auto *docsLayout = new QVBoxLayout(docsBox);
    docsLayout->addWidget(m_checklist);
    auto *right = new QVBoxLayout;
    right->addWidget(m_answer);
    right->addWidget(docsBox, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(restartButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns, 1);
    layout->addWidget(m_messages);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ReceptionPage::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            m_results->setFocus();
        }
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        choosePerson(item->data(IdRole).toUuid());
    });
    connect(newPerson, &QPushButton::clicked, this, &ReceptionPage::newPerson);
    connect(m_procedure, &QComboBox::activated, this, &ReceptionPage::chooseProcedure);
    connect(m_checklist, &QListWidget::itemChanged, this, [this] { m_messages->setVisible(false); });
    connect(m_save, &QPushButton::clicked, this, &ReceptionPage::save);
    connect(m_print, &QPushButton::clicked, this, &ReceptionPage::printLastReceipt);
    connect(restartButton, &QPushButton::clicked, this, &ReceptionPage::nextPerson);

    // ↓ from the search box goes to the results.
    m_search->installEventFilter(this);
    setTabOrder(m_channel, m_search);
    setTabOrder(m_search, m_results);
    setTabOrder(m_results, newPerson);
    setTabOrder(newPerson, m_procedure);
}

bool ReceptionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_results->count() > 0) {
        m_results->setCurrentRow(0);
        m_results->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReceptionPage::reloadProcedures()
{
    const QString chosen = m_procedure->currentData().toString();
    const QSignalBlocker quiet(m_procedure);
    m_procedure->clear();
    m_procedure->addItem(tr("— choose the procedure —"), QString());
    for (ProcedureModule *module : m_session.modules().modules())
        for (const ProcedureInfo &p : module->procedures())
            m_procedure->addItem(p.title, p.id);
    m_procedure->setCurrentIndex(std::max(0, m_procedure->findData(chosen)));
}

void ReceptionPage::restart()
{
    m_citizen = Citizen();
    m_person->setText(tr("No person chosen."));
    m_search->clear();
    m_results->clear();
    m_procedure->setCurrentIndex(0);
    if (m_form)
        m_form->deleteLater();
    m_formArea->takeWidget();
    m_form = nullptr;
    showHint();
    m_checklist->clear();
    m_messages->setVisible(false);
    m_channel->setCurrentIndex(0);
    m_save->setEnabled(true);
    m_print->setEnabled(false);
    m_search->setFocus();
}

void ReceptionPage::nextPerson()
{
    if (confirmDropping(tr("The request being filled is not saved. Receive the next person and lose it?")))
        restart();
}

void ReceptionPage::resume()
{
    if (m_form)
        m_form->setFocus();
    else
        m_search->setFocus();
}

bool ReceptionPage::hasUnsavedWork() const
{
    return m_form && m_form->values() != m_formPristine;
}

bool ReceptionPage::confirmDropping(const QString &question)
{
    if (!hasUnsavedWork())
        return true;
    return QMessageBox::question(this, tr("Request not saved"), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
        == QMessageBox::Yes;
}

void ReceptionPage::showHint()
{
    m_answer->setText(tr("Choose the person, then the procedure: the answer to give and the documents to ask "
                         "for appear here."));
    m_answer->setVisible(true);
}

void ReceptionPage::search()
{
    m_results->clear();
    m_results->setVisible(true);
    const QString typed = m_search->text();
    if (typed.trimmed().size() < 2)
        return;
    auto matches = m_session.citizens().search(typed, 30);
    if (!matches) {
        showErrors({matches.error()});
        return;
    }
    const QLocale locale;
    for (const auto &m : *matches) {
        auto *item = new QListWidgetItem(
            tr("%1 — born %2 — %3").arg(m.displayName, locale.toString(m.birthDate, QLocale::ShortFormat),
                                           m.city.isEmpty() ? tr("no address") : m.city),
            m_results);
        item->setData(IdRole, m.id);
    }
    if (matches->isEmpty())
        new QListWidgetItem(tr("Nobody found: Ctrl+N creates the person."), m_results);
}

void ReceptionPage::choosePerson(const QUuid &id)
{
    if (id.isNull()) {
        newPerson();
        return;
    }
    auto c = m_session.citizens().read(id, m_session.agent().id, QStringLiteral("reception"));
    if (!c) {
        showErrors({c.error()});
        return;
    }
    // Another person while a request is open: it is made again for them, so
    // that nothing typed for the previous person stays in the answer.
    const bool otherPerson = m_form && !m_citizen.id.isNull() && c->id != m_citizen.id;
    if (otherPerson
        && !confirmDropping(tr("The request being filled was for %1. Start it again for %2? What was typed is "
                               "cleared, so that nothing of %1 stays in the answer.")
                                .arg(m_citizen.displayName(), c->displayName())))
        return;
    m_citizen = *c;
    m_results->clear();
    m_results->setVisible(false);  // room for the form; typing again brings the list back
    const QLocale locale;
    m_person->setText(tr("%1, born on %2 in %3").arg(c->displayName(), locale.toString(c->birthDate, QLocale::ShortFormat),
                                                    c->birthPlaceName.isEmpty() ? c->birthCountry : c->birthPlaceName));
    if (otherPerson) {
        chooseProcedure();
        showMessage(QStringLiteral("notice"), tr("The request was started again for %1.").arg(c->displayName()));
        return;
    }
    if (m_form) {
        m_form->setApplicant(m_citizen);
        m_formPristine = m_form->values();
    }
    m_procedure->setFocus();
}

void ReceptionPage::mergeDuplicate()
{
    const QListWidgetItem *item = m_results->currentItem();
    const QUuid duplicate = item ? item->data(IdRole).toUuid() : QUuid();
    if (m_citizen.id.isNull() || duplicate.isNull() || duplicate == m_citizen.id) {
        showErrors({Error::invalid(QStringLiteral("results"),
            tr("Merge: first choose the person to keep (Enter on their line), then search again and highlight the "
               "duplicate record in the results before pressing Ctrl+M."))});
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Merge two records"),
        tr("Merge the record\n  %1\ninto the record kept\n  %2?\n\nThe cases of both will be listed with the person "
           "kept, in every office after sync. This cannot be undone.").arg(item->text(), m_person->text()));
    if (answer != QMessageBox::Yes)
        return;
    if (auto r = m_session.citizens().merge(duplicate, m_citizen.id, m_session.agent().id); !r) {
        showErrors({r.error()});
        return;
    }
    search();
    showMessage(QStringLiteral("success"), tr("The records were merged: %1 is kept.").arg(m_citizen.displayName()));
}

void ReceptionPage::newPerson()
{
    PersonDialog dialog(m_session.citizens(), m_session.communes(), m_session.clock(), m_session.agent().id, this);
    dialog.prefill(m_search->text());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The person created, or the one already recorded the agent took instead.
    choosePerson(dialog.citizen().id);
    m_search->blockSignals(true);
    m_search->setText(m_citizen.displayName());
    m_search->blockSignals(false);
}

void ReceptionPage::chooseProcedure()
{
    if (m_form)
        m_form->deleteLater();
    m_formArea->takeWidget();
    m_form = nullptr;
    m_checklist->clear();
    showHint();
    const QString id = m_procedure->currentData().toString();
    if (id.isEmpty())
        return;
    ProcedureModule *module = m_session.modules().moduleFor(id);
    if (!module)
        return;
    m_form = module->createCaseForm(id, nullptr);
    if (!m_form)
        return;
    m_formRelease = m_session.reference().id();
    if (!m_citizen.id.isNull())
        m_form->setApplicant(m_citizen);
    m_formPristine = m_form->values();
    m_formArea->setWidget(m_form);
    connect(m_form, &CaseForm::changed, this, &ReceptionPage::refreshChecklist);
    refreshChecklist();
    m_form->setFocus();
    if (QWidget *first = m_form->nextInFocusChain(); first && m_form->isAncestorOf(first))
        first->setFocus();
    setTabOrder(m_procedure, m_form);
}

void ReceptionPage::refreshChecklist()
{
    m_save->setEnabled(true);
    if (!m_form)
        return;
    // Keep what the agent already ticked when the situation changes.
    QSet<QString> given;
    for (int i = 0; i < m_checklist->count(); ++i)
        if (m_checklist->item(i)->checkState() == Qt::Checked)
            given.insert(m_checklist->item(i)->data(IdRole).toString());
    m_checklist->clear();
    for (const ChecklistItem &doc : m_form->checklist()) {
        auto *item = new QListWidgetItem(doc.required ? doc.label : tr("%1 (if applicable)").arg(doc.label), m_checklist);
        item->setData(IdRole, doc.id);
        item->setData(LabelRole, doc.label);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(given.contains(doc.id) ? Qt::Checked : Qt::Unchecked);
    }
    const QString answer = m_form->answer();
    m_answer->setText(answer);
    m_answer->setVisible(!answer.isEmpty());
}

void ReceptionPage::showErrors(const QList<Error> &errors)
{
    QStringList lines;
    for (const Error &e : errors)
        lines << QStringLiteral("• ") + e.message;
    showMessage(QStringLiteral("errors"), lines.join(QLatin1Char('\n')));
}

void ReceptionPage::showMessage(const QString &kind, const QString &text)
{
    // The style sheet picks the colours by object name. Re-polishing alone
    // left the padding out and the border over the first letter; a style
    // sheet of the label's own (a comment) makes Qt compute its box again.
    m_messages->setObjectName(kind);
    m_messages->setStyleSheet(QStringLiteral("/* %1 */").arg(kind));
    m_messages->setText(text);
    m_messages->setVisible(true);
}

void ReceptionPage::save()
{
    QList<Error> errors;
    if (m_citizen.id.isNull())
        errors << Error::invalid(QStringLiteral("search"),
                                 tr("Person: no person is chosen. Search the person and press Enter, or create them with Ctrl+N."));
    if (!m_form)
        errors << Error::invalid(QStringLiteral("procedure"),
                                 tr("Procedure: none is chosen. Choose the procedure in the list, then fill its form."));
    else
        errors << m_form->validate();
    if (!errors.isEmpty()) {
        showErrors(errors);
        QWidget *target = findChild<QWidget *>(errors.first().field);
        if (!target && m_form)
            target = m_form->findChild<QWidget *>(errors.first().field);
        if (target)
            target->setFocus();
        return;
    }

    const QString procedureId = m_procedure->currentData().toString();
    ProcedureInfo info;
    m_session.modules().moduleFor(procedureId, &info);
    CaseRepository::NewCase n;
    n.citizenId = m_citizen.id;
    n.moduleId = m_session.modules().moduleIdFor(procedureId);
    n.procedureId = procedureId;
    n.channel = channelFromKey(m_channel->currentData().toString()).value_or(Channel::Counter);
    n.officeCode = m_session.officeCode();
    n.service = info.service;
    n.dueDate = m_form->dueDate();
    n.summary = m_form->summary();
    n.data = m_form->values();
    for (int i = 0; i < m_checklist->count(); ++i)
        if (m_checklist->item(i)->checkState() != Qt::Checked)
            n.missingDocuments << m_checklist->item(i)->data(LabelRole).toString();
    n.status = m_form->initialStatus();
    // The release the form's rules came from, even if a new one took effect since.
    n.releaseId = m_formRelease;
    auto created = m_session.caseRepository().create(n, m_session.workflow(procedureId), m_session.agent().id);
    if (!created) {
        showErrors({created.error()});
        return;
    }
    const QString answer = m_form->answer();
    if (!answer.isEmpty())
        m_session.caseRepository().recordAnswer(created->id, answer, m_formRelease, m_session.agent().id);
    m_lastCase = *created;
    m_lastReceipt = QDir(m_session.documentsDirectory()).filePath(created->trackingNumber + QStringLiteral(".pdf"));
    auto written = writeReceiptPdf(receiptFor(*created), m_lastReceipt);

    showMessage(QStringLiteral("success"), written
        ? tr("Request saved. Tracking number: %1. Receipt: %2 — Ctrl+P prints it, Ctrl+R receives the next person.")
              .arg(created->trackingNumber, QDir::toNativeSeparators(m_lastReceipt))
        : tr("Request saved. Tracking number: %1. The receipt could not be written: %2")
              .arg(created->trackingNumber, written.error().message));
    m_print->setEnabled(written.has_value());
    // Saved once: a second Ctrl+S would open a second case. Changing the form
    // or receiving the next person makes saving possible again.
    m_save->setEnabled(false);
    m_formPristine = m_form->values();
    m_print->setFocus();
    Q_EMIT caseCreated(*created);
}

ReceiptData ReceptionPage::receiptFor(const Case &c) const
{
    ReceiptData d;
    d.officeName = m_session.office().name;
    d.officeAddress = m_session.office().address;
    d.officePhone = m_session.office().phone;
    d.trackingNumber = c.trackingNumber;
    d.createdAt = c.createdAt;
    d.procedureTitle = m_session.procedure(c.procedureId).title;
    d.summary = c.summary;
    d.personName = m_citizen.displayName();
    d.channel = channelLabel(c.channel);
    d.agentName = m_session.agent().displayName;
    d.answer = m_form ? m_form->answer() : QString();
    d.missingDocuments = c.missingDocuments;
    d.dueDate = c.dueDate;
    d.releaseId = c.releaseId;
    return d;
}

void ReceptionPage::printLastReceipt()
{
    if (m_lastReceipt.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A5));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    ReceiptData d = receiptFor(m_lastCase);
    renderReceipt(painter, printer, d);
}

} // namespace guichet
