// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "receipt.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace guichet {

class CaseForm;
class DeskSession;

/// "Accueil": receive a person, keyboard only — channel, find or create the
/// person, choose the procedure, fill the module's form, see the documents
/// and the answer to give, save, print the receipt.
class ReceptionPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReceptionPage(DeskSession &session, QWidget *parent = nullptr);

    /// Starts a new reception: clears everything, focus on the search box.
    void restart();
    /// Back on the page (F2 after F3): the work in progress is kept and the
    /// focus returns to it.
    void resume();
    /// A request is being filled and is not saved: what was typed since the
    /// form opened (or since it was saved) would be lost.
    bool hasUnsavedWork() const;
    /// Asks the agent whether to drop the request being filled; true when
    /// there is none, or the agent agreed.
    bool confirmDropping(const QString &question);
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

private:
    void search();
    void nextPerson();
    void choosePerson(const QUuid &id);
    void newPerson();
    void mergeDuplicate();
    void chooseProcedure();
    void refreshChecklist();
    void save();
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
    QComboBox *m_procedure;
    QScrollArea *m_formArea;
    QPointer<CaseForm> m_form;
    QString m_formRelease;   ///< the release m_form was made under
    QJsonObject m_formPristine;  ///< m_form's values when it opened or was saved
    QLabel *m_answer;
    QListWidget *m_checklist;
    QLabel *m_messages;
    QPushButton *m_save;
    QPushButton *m_print;
    Citizen m_citizen;
    Case m_lastCase;
    QString m_lastReceipt;
};

} // namespace guichet
