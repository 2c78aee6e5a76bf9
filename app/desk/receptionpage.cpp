// SPDX-License-Identifier: GPL-3.0-or-later
#include "receptionpage.h"

#include "desksession.h"
#include "formstate.h"
#include "liststyle.h"
#include "pageactions.h"
#include "persondialog.h"
#include "receiptdata.h"
#include "domain/validators.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTreeWidget>
#include <QScopeGuard>
#include <QVBoxLayout>

namespace guichet {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int LabelRole = Qt::UserRole + 2;  // a checklist item's label without "(if applicable)"
constexpr int RequiredRole = Qt::UserRole + 3;
constexpr int ClosedShown = 5;  // the last closed cases the person's file lists
}

ReceptionPage::ReceptionPage(DeskSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *title = new QLabel(tr("Reception"), this);
    title->setObjectName(QStringLiteral("pageTitle"));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->setAccessibleDescription(tr("How the person asks: at the counter, by phone, letter, e-mail or web form."));
    for (Channel c : allChannels())
        m_channel->addItem(channelLabel(c), channelKey(c));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search a person"));
    m_search->setAccessibleDescription(tr("Type a name, first name or birth date; the down arrow goes to the people found."));
    m_search->setPlaceholderText(tr("Name or birth date — ↓ to choose"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setAccessibleName(tr("People found"));
    m_results->setAccessibleDescription(tr("Enter receives the person highlighted."));
    m_results->setMaximumHeight(170);
    auto *newPerson = new QPushButton(tr("New person (Ctrl+N)"), this);

    m_person = new QLabel(tr("No person chosen."), this);
    m_person->setObjectName(QStringLiteral("person"));
    m_person->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long name wraps instead of widening the column and squeezing the documents.
    m_person->setWordWrap(true);

    m_personCases = new QTreeWidget(this);
    m_personCases->setObjectName(QStringLiteral("personCases"));
    m_personCases->setAccessibleName(tr("The person's cases"));
    m_personCases->setAccessibleDescription(tr("Open cases with their due date first, then the last closed ones. "
                                               "Enter opens the case."));
    m_personCases->setHeaderLabels({tr("Number"), tr("Procedure"), tr("Status"), tr("Due")});
    m_personCases->setRootIsDecorated(false);
    m_personCases->setIndentation(0);
    m_personCases->setUniformRowHeights(true);
    m_personCases->setAllColumnsShowFocus(true);
    m_personCases->header()->setStretchLastSection(false);
    m_personCases->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_personCases->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_personCases->setMaximumHeight(m_personCases->fontMetrics().height() * 10);
    m_correct = new QPushButton(tr("Correct (Ctrl+E)"), this);
    m_correct->setObjectName(QStringLiteral("correctPerson"));
    m_correct->setToolTip(tr("Correct the person's record, with the reason; the change goes to every office."));
    m_allCases = new QPushButton(tr("All their cases (Ctrl+Shift+F)"), this);
    m_allCases->setObjectName(QStringLiteral("allPersonCases"));

    m_procedure = new QComboBox(this);
    m_procedure->setObjectName(QStringLiteral("procedure"));
    m_procedure->setAccessibleName(tr("Procedure"));
    // As wide as the column, not as its longest title: the list opens wider.
    m_procedure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_procedure->setMinimumContentsLength(20);
    m_procedure->setAccessibleDescription(tr("What the person asks for; its form opens below."));
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
    m_checklist->setAccessibleDescription(tr("Space ticks a document given; the receipt lists those still to bring."));
    m_checklist->setWordWrap(true);
    m_checklist->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_messages = new QLabel(this);
    m_messages->setWordWrap(true);
    // Wrapped labels ask for a line's width as their minimum; given a small one
    // they wrap instead, and the page fits 1280 px with large fonts.
    for (QLabel *wrapped : {m_person, m_answer, m_messages})
        wrapped->setMinimumWidth(wrapped->fontMetrics().averageCharWidth() * 20);
    m_messages->setVisible(false);
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_save = new QPushButton(tr("Save the request (Ctrl+S)"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_print = new QPushButton(tr("Print the receipt (Ctrl+P)"), this);
    m_print->setEnabled(false);
    auto *restartButton = new QPushButton(tr("Next person (Ctrl+R)"), this);

    // Each button's shortcut is an action of the page, in the page menu too.
    new ButtonAction(tr("&New person"), QKeySequence(Qt::CTRL | Qt::Key_N), newPerson, this);
    new ButtonAction(tr("&Save the request"), QKeySequence::Save, m_save, this);
    new ButtonAction(tr("&Print the receipt"), QKeySequence::Print, m_print, this);
    new ButtonAction(tr("Ne&xt person"), QKeySequence(Qt::CTRL | Qt::Key_R), restartButton, this);
    new ButtonAction(tr("&Correct the person"), QKeySequence(Qt::CTRL | Qt::Key_E), m_correct, this);
    new ButtonAction(tr("&All the person's cases"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), m_allCases, this);
    // Two records of one person: a superviseur merges the one highlighted in
    // the results into the person chosen, who is kept.
    auto *merge = new QPushButton(tr("Merge the highlighted duplicate (Ctrl+M)"), this);
    merge->setObjectName(QStringLiteral("mergePerson"));
    merge->setToolTip(tr("Merge the record highlighted in the results into the person chosen, who is kept."));
    const bool supervisor = m_session.agent().role != Role::Agent;
    merge->setVisible(supervisor);
    merge->setEnabled(supervisor);
    (new ButtonAction(tr("&Merge the highlighted duplicate"), QKeySequence(Qt::CTRL | Qt::Key_M), merge, this))
        ->setVisible(supervisor);  // a superviseur's act: not offered to agents
    connect(merge, &QPushButton::clicked, this, &ReceptionPage::mergeDuplicate);

    // Layout: who and what on the left, documents and answer on the right.
    auto *who = new QFormLayout;
    who->addRow(tr("Chann&el:"), m_channel);
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

    // The person's file: details in the "Person" line, their cases here.
    m_personBox = new QGroupBox(tr("The person's &cases"), this);
    m_personBox->setObjectName(QStringLiteral("personFile"));
    auto *personLayout = new QVBoxLayout(m_personBox);
    personLayout->addWidget(m_personCases);
    auto *personButtons = new QHBoxLayout;
    personButtons->addWidget(m_correct);
    personButtons->addWidget(m_allCases);
    personButtons->addStretch();
    personLayout->addLayout(personButtons);
    m_personBox->setVisible(false);

    auto *docsBox = new QGroupBox(tr("D&ocuments (Space: given)"), this);
    auto *docsLayout = new QVBoxLayout(docsBox);
    docsLayout->addWidget(m_checklist);
    auto *right = new QVBoxLayout;
    right->addWidget(m_answer);
    right->addWidget(m_personBox);
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
    connect(m_procedure, &QComboBox::activated, this, [this] {
        // Another procedure drops what was typed in this one: asked first, and
        // going back keeps the form and its procedure.
        if (m_form && m_procedure->currentData().toString() != m_formProcedure
            && !confirmDropping(tr("The request being filled is not saved. Change the procedure and lose what was typed?"))) {
            const QSignalBlocker quiet(m_procedure);
            m_procedure->setCurrentIndex(m_procedure->findData(m_formProcedure));
            focusForm();
            return;
        }
        chooseProcedure();
    });
    connect(m_checklist, &QListWidget::itemChanged, this, [this] {
        m_messages->setVisible(false);
        saveDraft();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ReceptionPage::saveDraft);
    connect(m_personCases, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const QUuid id = item->data(0, IdRole).toUuid(); !id.isNull())
            m_session.openCase(id);
    });
    connect(m_correct, &QPushButton::clicked, this, &ReceptionPage::correctPerson);
    connect(m_allCases, &QPushButton::clicked, this, &ReceptionPage::showPersonCases);
    connect(m_save, &QPushButton::clicked, this, &ReceptionPage::save);
    connect(m_print, &QPushButton::clicked, this, &ReceptionPage::printLastReceipt);
    connect(restartButton, &QPushButton::clicked, this, &ReceptionPage::nextPerson);

    // ↓ from the search box goes to the results.
    m_search->installEventFilter(this);
    m_procedure->installEventFilter(this);
    setTabOrder(m_channel, m_search);
    setTabOrder(m_search, m_results);
    setTabOrder(m_results, newPerson);
    setTabOrder(newPerson, m_procedure);
    setTabOrder(m_procedure, m_checklist);
    setTabOrder(m_checklist, m_save);
    setTabOrder(m_save, m_print);
    setTabOrder(m_print, restartButton);
    setTabOrder(restartButton, m_personCases);
    setTabOrder(m_personCases, m_correct);
    setTabOrder(m_correct, m_allCases);
}

bool ReceptionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_results->count() > 0) {
        m_results->setCurrentRow(0);
        m_results->setFocus();
        return true;
    }
    // The procedure is chosen by typing its first letters: the focus stays on
    // the list while they are typed, and Enter goes on to the form.
    if (watched == m_procedure && event->type() == QEvent::KeyPress && m_form) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            focusForm();
            return true;
        }
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
    m_procedure->view()->setMinimumWidth(m_procedure->view()->sizeHintForColumn(0) + 24);
}

void ReceptionPage::restart()
{
    clearDraft();
    m_restoring = true;  // clearing the widgets is not typing
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
    m_personBox->setVisible(false);
    m_personCases->clear();
    m_givenPristine.clear();
    m_restoring = false;
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
        focusForm();
    else
        m_search->setFocus();
}

QSet<QString> ReceptionPage::givenDocuments() const
{
    QSet<QString> given;
    for (int i = 0; i < m_checklist->count(); ++i)
        if (m_checklist->item(i)->checkState() == Qt::Checked)
            given.insert(m_checklist->item(i)->data(IdRole).toString());
    return given;
}

bool ReceptionPage::hasUnsavedWork() const
{
    return m_form && (m_form->values() != m_formPristine || givenDocuments() != m_givenPristine);
}

bool ReceptionPage::confirmDropping(const QString &question)
{
    if (!hasUnsavedWork())
        return true;
    return QMessageBox::question(this, tr("Request not saved"), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
        == QMessageBox::Yes;
}

bool ReceptionPage::confirmLeaving()
{
    if (!hasUnsavedWork())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Request not saved"),
                    tr("The request being filled for %1 is not saved. Keep it as a draft? It comes back when you log in "
                       "again on this workstation.")
                        .arg(m_citizen.id.isNull() ? tr("a person not chosen yet") : m_citizen.displayName()),
                    QMessageBox::NoButton, this);
    QPushButton *keep = box.addButton(tr("&Keep the draft"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard it"), QMessageBox::DestructiveRole);
    QPushButton *stay = box.addButton(tr("&Stay"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepDraft"));
    discard->setObjectName(QStringLiteral("discardDraft"));
    box.setDefaultButton(keep);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == discard) {
        restart();
        return true;
    }
    if (box.clickedButton() == keep) {
        saveDraft();
        return true;
    }
    return false;
}

QString ReceptionPage::draftKey() const
{
    return QStringLiteral("reception_draft/") + m_session.agent().id.toString(QUuid::WithoutBraces);
}

void ReceptionPage::saveDraft()
{
    if (m_restoring)
        return;
    if (!hasUnsavedWork()) {
        clearDraft();
        return;
    }
    QJsonArray given;
    for (const QString &id : givenDocuments())
        given.append(id);
    const QJsonObject draft{
        {QStringLiteral("channel"), m_channel->currentData().toString()},
        {QStringLiteral("citizen"), m_citizen.id.isNull() ? QString() : m_citizen.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("procedure"), m_procedure->currentData().toString()},
        {QStringLiteral("form"), formstate::capture(m_form)},
        {QStringLiteral("given"), given},
        {QStringLiteral("at"), m_session.clock().now().toString(Qt::ISODate)},
    };
    if (auto r = m_session.database().setMeta(draftKey(), QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact))); !r)
        showErrors({r.error()});
}

void ReceptionPage::clearDraft()
{
    if (!m_session.database().meta(draftKey()).isEmpty())
        m_session.database().setMeta(draftKey(), QStringLiteral(""));  // not null: the column is NOT NULL
}

bool ReceptionPage::restoreDraft()
{
    const QJsonObject draft = QJsonDocument::fromJson(m_session.database().meta(draftKey()).toUtf8()).object();
    const QString procedure = draft.value(QLatin1String("procedure")).toString();
    if (procedure.isEmpty() || m_procedure->findData(procedure) < 0) {
        restart();
        return false;
    }
    restart();
    m_restoring = true;
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(draft.value(QLatin1String("channel")).toString())));
    QString lost;
    if (const QUuid person = QUuid::fromString(draft.value(QLatin1String("citizen")).toString()); !person.isNull()) {
        if (auto c = m_session.citizens().read(person, m_session.agent().id, QStringLiteral("reception-draft"))) {
            m_citizen = *c;
            m_results->setVisible(false);  // as after choosing the person: room for the form
            showPerson();
        } else {
            lost = c.error().message;
        }
    }
    m_procedure->setCurrentIndex(m_procedure->findData(procedure));
    chooseProcedure();
    if (m_form)
        formstate::restore(m_form, draft.value(QLatin1String("form")).toObject());
    refreshChecklist();
    QSet<QString> given;
    for (const QJsonValue &id : draft.value(QLatin1String("given")).toArray())
        given.insert(id.toString());
    for (int i = 0; i < m_checklist->count(); ++i)
        if (given.contains(m_checklist->item(i)->data(IdRole).toString()))
            m_checklist->item(i)->setCheckState(Qt::Checked);
    m_restoring = false;
    const QDateTime at = QDateTime::fromString(draft.value(QLatin1String("at")).toString(), Qt::ISODate);
    const QLocale locale;
    QString text = tr("The request you were filling on %1 is back as you left it: check it, then save it (Ctrl+S) or "
                      "drop it (Ctrl+R).").arg(locale.toString(at.toLocalTime(), QLocale::ShortFormat));
    if (!lost.isEmpty())
        text += u' ' + tr("Its person could not be read again (%1): choose the person.").arg(lost);
    showMessage(QStringLiteral("notice"), text);
    saveDraft();  // kept again at once: a crash now would not lose it
    if (m_form)
        focusForm();
    return true;
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
            // The town is where the person lives, said so: not the birth place.
            m.city.isEmpty() ? tr("%1 — born %2 — no address").arg(m.displayName, locale.toString(m.birthDate, QLocale::ShortFormat))
                             : tr("%1 — born %2 — lives in %3").arg(m.displayName, locale.toString(m.birthDate, QLocale::ShortFormat), m.city),
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
    showPerson();
    if (otherPerson) {
        chooseProcedure();
        focusForm();
        showMessage(QStringLiteral("notice"), tr("The request was started again for %1.").arg(c->displayName()));
        return;
    }
    if (m_form) {
        m_form->setApplicant(m_citizen);
        m_formPristine = m_form->values();
    }
    saveDraft();
    m_procedure->setFocus();
}

void ReceptionPage::showPerson()
{
    const Citizen &c = m_citizen;
    const QLocale locale;
    QStringList lines{tr("%1, born on %2 in %3").arg(c.displayName(), locale.toString(c.birthDate, QLocale::ShortFormat),
                                                     c.birthPlaceName.isEmpty() ? c.birthCountry : c.birthPlaceName)};
    const QString address = QStringList{c.addressLine, QStringList{c.postalCode, c.city}.join(u' ').trimmed()}
                                .join(QStringLiteral(", ")).trimmed();
    lines << (address.size() > 1 && address != QStringLiteral(",") ? address : tr("No address recorded"));
    QStringList contact;
    contact << (c.phone.isEmpty() ? tr("no phone") : validate::phoneForDisplay(c.phone));
    contact << (c.email.isEmpty() ? tr("no e-mail") : c.email);
    contact << tr("speaks %1").arg(c.language.isEmpty() ? tr("(not recorded)") : PersonDialog::languageName(c.language));
    lines << contact.join(QStringLiteral(" · "));
    m_person->setText(lines.join(u'\n'));
    m_personBox->setVisible(true);
    refreshPerson();
}

void ReceptionPage::refreshPerson()
{
    m_personCases->clear();
    if (m_citizen.id.isNull())
        return;
    CaseRepository::Filter filter;
    filter.citizenId = m_citizen.id;
    // Newest first; a person rarely has more, and the list page shows them all (Ctrl+Shift+F).
    auto rows = m_session.caseRepository().page(filter, CaseRepository::SortKey::Created, Qt::DescendingOrder, 0, 200);
    if (!rows) {
        showErrors({rows.error()});
        return;
    }
    QList<CaseRepository::Row> open, closed;
    for (const auto &r : *rows)
        (r.closed ? closed : open).append(r);
    std::stable_sort(open.begin(), open.end(), [](const auto &a, const auto &b) {
        return a.dueDate.isValid() != b.dueDate.isValid() ? a.dueDate.isValid() : a.dueDate < b.dueDate;
    });
    const QDate today = m_session.clock().today();
    auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_personCases, {title});
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        return item;
    };
    auto add = [&](const CaseRepository::Row &r) {
        const bool late = !r.closed && r.dueDate.isValid() && r.dueDate < today;
        auto *item = new QTreeWidgetItem(m_personCases, {r.trackingNumber, m_session.procedure(r.procedureId).title,
                                                         m_session.statusLabel(r.procedureId, r.status),
                                                         r.dueDate.isValid() ? dueText(r.dueDate, late) : QStringLiteral("—")});
        item->setData(0, IdRole, r.id);
        for (int column = 0; column < item->columnCount(); ++column)
            item->setToolTip(column, item->text(column));  // the procedure's title may be cut in the narrow column
        if (late)
            for (int column = 0; column < item->columnCount(); ++column)
                item->setForeground(column, overdueColor());
    };
    if (open.isEmpty() && closed.isEmpty()) {
        group(tr("No case for this person yet."));
        return;
    }
    group(open.isEmpty() ? tr("No open case") : tr("Open cases (%1)").arg(open.size()));
    for (const auto &r : std::as_const(open))
        add(r);
    if (!closed.isEmpty()) {
        group(tr("Last closed cases"));
        for (const auto &r : closed.mid(0, ClosedShown))
            add(r);
    }
}

void ReceptionPage::showPersonCases()
{
    if (!m_citizen.id.isNull())
        Q_EMIT personCasesWanted(m_citizen.id, m_citizen.displayName());
}

void ReceptionPage::correctPerson()
{
    if (m_citizen.id.isNull())
        return;
    PersonDialog dialog(m_session.citizens(), m_session.communes(), m_session.clock(), m_session.agent().id, this);
    dialog.correct(m_citizen);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_citizen = dialog.citizen();
    showPerson();
    // The form keeps what it holds: what was typed is never overwritten behind the agent's back.
    showMessage(QStringLiteral("success"),
                m_form ? tr("%1's record is corrected; the change goes to every office at the next sync. The request being "
                            "filled keeps what it holds: check the fields taken from the person.").arg(m_citizen.displayName())
                       : tr("%1's record is corrected; the change goes to every office at the next sync.")
                             .arg(m_citizen.displayName()));
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
    const bool wasRestoring = std::exchange(m_restoring, true);
    const auto quietEnd = qScopeGuard([this, wasRestoring] {
        m_restoring = wasRestoring;
        saveDraft();
    });
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
    m_formProcedure = id;
    if (!m_citizen.id.isNull())
        m_form->setApplicant(m_citizen);
    m_formPristine = m_form->values();
    m_formArea->setWidget(m_form);
    connect(m_form, &CaseForm::changed, this, &ReceptionPage::refreshChecklist);
    connect(m_form, &CaseForm::changed, this, &ReceptionPage::saveDraft);
    refreshChecklist();
    m_givenPristine = givenDocuments();
    // Tab: procedure → the form's fields → documents → save.
    setTabOrder(m_procedure, m_form);
    QWidget *last = m_form;
    for (QWidget *w = m_form->nextInFocusChain(); w && w != m_form && m_form->isAncestorOf(w); w = w->nextInFocusChain())
        if (w->focusPolicy() & Qt::TabFocus)
            last = w;
    setTabOrder(last, m_checklist);
}

void ReceptionPage::focusForm()
{
    // The form's first field the agent can type in: the form itself takes no keys.
    for (QWidget *w = m_form->nextInFocusChain(); w && w != m_form && m_form->isAncestorOf(w); w = w->nextInFocusChain())
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(m_form)) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    m_procedure->setFocus();
}

void ReceptionPage::refreshChecklist()
{
    m_save->setEnabled(true);
    if (!m_form)
        return;
    // Keep what the agent ticked by hand when the situation changes; what a
    // number in the form ticked follows the number.
    QSet<QString> given;
    for (int i = 0; i < m_checklist->count(); ++i)
        if (const QListWidgetItem *item = m_checklist->item(i);
            item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsUserCheckable))
            given.insert(item->data(IdRole).toString());
    const QSignalBlocker quiet(m_checklist);
    m_checklist->clear();
    for (const ChecklistItem &doc : m_form->checklist()) {
        QString label = doc.required ? doc.label : tr("%1 (if applicable)").arg(doc.label);
        if (doc.given)
            label = tr("%1 — given: its number is in the form").arg(label);
        auto *item = new QListWidgetItem(label, m_checklist);
        item->setData(IdRole, doc.id);
        item->setData(LabelRole, doc.label);
        item->setData(RequiredRole, doc.required);
        // A document the form's number stands for is ticked by it, not by hand.
        item->setFlags(doc.given ? (item->flags() & ~Qt::ItemIsUserCheckable) : (item->flags() | Qt::ItemIsUserCheckable));
        item->setCheckState(doc.given || given.contains(doc.id) ? Qt::Checked : Qt::Unchecked);
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

    QStringList missingRequired;
    for (int i = 0; i < m_checklist->count(); ++i)
        if (const QListWidgetItem *item = m_checklist->item(i);
            item->checkState() != Qt::Checked && item->data(RequiredRole).toBool())
            missingRequired << item->data(LabelRole).toString();
    const auto wentOn = confirmSaving(m_form->currentAnswer(), missingRequired);
    if (!wentOn)
        return;

    const QString procedureId = m_procedure->currentData().toString();
    ProcedureInfo info;
    m_session.modules().moduleFor(procedureId, &info);
    CaseRepository::NewCase n;
    n.citizenId = m_citizen.id;
    n.moduleId = m_session.modules().moduleIdFor(procedureId);
    n.procedureId = procedureId;
    n.channel = channelFromKey(m_channel->currentData().toString()).value_or(Channel::Counter);
    n.officeCode = m_session.officeCode();
    // The service that acts: the form's when it routes the request (a letter by its subject), else the procedure's.
    n.service = m_form->service().isEmpty() ? info.service : m_form->service();
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
    // The timeline keeps that the agent was told and went on.
    if (!wentOn->isEmpty())
        m_session.caseRepository().addNote(created->id, tr("Saved after a confirmation, despite: %1.").arg(wentOn->join(QStringLiteral("; "))),
                                           m_session.agent().id);
    m_lastCase = *created;
    m_lastReceipt = QDir(m_session.documentsDirectory()).filePath(created->trackingNumber + QStringLiteral(".pdf"));
    auto written = writeReceiptPdf(receiptFor(*created), m_lastReceipt);

    showMessage(QStringLiteral("success"), written
        ? tr("Request saved. Tracking number: %1. Its receipt is kept with the office's documents: Ctrl+P prints it, "
             "Ctrl+R receives the next person.").arg(created->trackingNumber)
        : tr("Request saved. Tracking number: %1. The receipt could not be written: %2")
              .arg(created->trackingNumber, written.error().message));
    m_print->setEnabled(written.has_value());
    // Saved once: a second Ctrl+S would open a second case. Changing the form
    // or receiving the next person makes saving possible again.
    m_save->setEnabled(false);
    m_formPristine = m_form->values();
    m_givenPristine = givenDocuments();
    clearDraft();
    refreshPerson();
    m_print->setFocus();
    Q_EMIT caseCreated(*created);
}

std::optional<QStringList> ReceptionPage::confirmSaving(const Answer &answer, const QStringList &missingRequired)
{
    QStringList despite;
    QString text;  // rich text: a long document's name wraps under its own bullet
    if (answer.verdict == Answer::Verdict::Refused) {
        despite << tr("the answer is a refusal (%1)").arg(answer.rule);
        text += QStringLiteral("<p>%1</p>").arg(tr("The answer is a refusal: %1").arg(answer.reason).toHtmlEscaped());
    }
    if (!missingRequired.isEmpty()) {
        despite << tr("documents not given: %1").arg(missingRequired.join(QStringLiteral(", ")));
        QString items;
        for (const QString &document : missingRequired)
            items += QStringLiteral("<li>%1</li>").arg(document.toHtmlEscaped());
        text += QStringLiteral("<p>%1</p><ul>%2</ul>")
                    .arg(tr("Documents not given (%n):", nullptr, int(missingRequired.size())).toHtmlEscaped(), items);
    }
    if (despite.isEmpty())
        return despite;
    text += QStringLiteral("<p>%1</p>").arg(tr("Save the request all the same? The case's timeline will say that you went "
                                               "on despite this, and the receipt lists the documents still to bring.")
                                                .toHtmlEscaped());
    QMessageBox box(QMessageBox::Warning, tr("Save anyway?"), text, QMessageBox::NoButton, this);
    box.setTextFormat(Qt::RichText);
    QPushButton *save = box.addButton(tr("Save &anyway"), QMessageBox::AcceptRole);
    QPushButton *back = box.addButton(tr("&Go back to the request"), QMessageBox::RejectRole);
    save->setObjectName(QStringLiteral("saveAnyway"));
    back->setObjectName(QStringLiteral("goBack"));
    // Enter does not save by mistake: going back is the default.
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    if (box.clickedButton() != save)
        return std::nullopt;
    return despite;
}

ReceiptData ReceptionPage::receiptFor(const Case &c) const
{
    return receiptData(m_session, c, m_citizen.displayName(), m_form ? m_form->answer() : QString());
}

void ReceptionPage::printLastReceipt()
{
    if (!m_lastReceipt.isEmpty())
        printReceipt(receiptFor(m_lastCase), this);
}

} // namespace guichet
