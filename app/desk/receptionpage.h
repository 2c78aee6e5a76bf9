// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answer.h"
#include "domain/types.h"
#include "receipt.h"

#include <QJsonObject>
#include <optional>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTreeWidget;

namespace guichet {

class CaseForm;
class DeskSession;

/// "Accueil": receive a person, keyboard only — channel, find or create the
/// person and see their file (details, open and last closed cases), choose
/// the procedure, fill the module's form, see the documents and the answer to
/// give, save, print the receipt. What is being filled is a draft kept in the
/// office database for the agent, across pages and a restart of the desk.
class ReceptionPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReceptionPage(DeskSession &session, QWidget *parent = nullptr);

    /// Starts a new reception: clears everything and the draft, focus on the search box.
    void restart();
    /// Puts back the agent's draft left at the last log-out, close or crash, and
    /// says so; starts a new reception when there is none. True when restored.
    bool restoreDraft();
    /// Back on the page (F2 after F3): the work in progress is kept and the
    /// focus returns to it.
    void resume();
    /// A request is being filled and is not saved: what was typed since the
    /// form opened (or since it was saved) would be lost.
    bool hasUnsavedWork() const;
    /// Asks the agent whether to drop the request being filled; true when
    /// there is none, or the agent agreed.
    bool confirmDropping(const QString &question);
    /// Closing the desk or logging out with a request being filled: asks
    /// whether to keep it as a draft for the next session (the default),
    /// discard it, or stay. False when the agent stays.
    bool confirmLeaving();
    /// The person's file and cases read again (after a case changed).
    void refreshPerson();
    /// The person chosen, null before one is.
    QUuid personId() const { return m_citizen.id; }
    /// Lists the procedures the modules offer again (a new release took effect).
    /// A request being filled keeps its form; the next one uses the new list.
    void reloadProcedures();
    /// Path of the last receipt written, empty before the first save.
    QString lastReceiptPath() const { return m_lastReceipt; }
    Case lastCase() const { return m_lastCase; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void caseCreated(const guichet::Case &c);
    /// "All this person's cases" (Ctrl+Shift+F): the case list filtered on them.
    void personCasesWanted(const QUuid &citizenId, const QString &displayName);

private:
    void search();
    void nextPerson();
    void choosePerson(const QUuid &id);
    void newPerson();
    void correctPerson();
    void showPerson();
    void showPersonCases();
    void mergeDuplicate();
    void chooseProcedure();
    /// Puts the focus on the form's first field the agent can type in.
    void focusForm();
    void refreshChecklist();
    void save();
    /// Saving a refused request, or without a required document (a request sent
    /// to the service that decides is saved for it without a question):
    /// asks, and returns what the agent went on despite (empty when nothing
    /// to ask), or nullopt when the agent went back.
    std::optional<QStringList> confirmSaving(const Answer &answer, const QStringList &missingRequired);
    void saveDraft();
    void clearDraft();
    QString draftKey() const;
    void printLastReceipt();
    void showHint();
    void showErrors(const QList<Error> &errors);
    void showMessage(const QString &kind, const QString &text);
    ReceiptData receiptFor(const Case &c) const;

    DeskSession &m_session;
    QComboBox *m_channel;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_person;
    QTreeWidget *m_personCases;
    QPushButton *m_correct;
    QPushButton *m_allCases;
    QGroupBox *m_personBox;
    QComboBox *m_procedure;
    QScrollArea *m_formArea;
    QPointer<CaseForm> m_form;
    QString m_formRelease;   ///< the release m_form was made under
    QString m_formProcedure; ///< the procedure m_form is for
    QJsonObject m_formPristine;  ///< m_form's values when it opened or was saved
    QSet<QString> m_givenPristine;  ///< the documents ticked then
    QSet<QString> givenDocuments() const;
    QLabel *m_answer;
    QListWidget *m_checklist;
    QLabel *m_messages;
    QPushButton *m_save;
    QPushButton *m_print;
    Citizen m_citizen;
    bool m_restoring = false;  ///< a draft is being put back: no draft written meanwhile
    Case m_lastCase;
    QString m_lastReceipt;
};

} // namespace guichet
