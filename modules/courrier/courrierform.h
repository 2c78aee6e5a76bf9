// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courrieranswers.h"
#include "courrierrules.h"
#include "formrows.h"
#include "procedure_module.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace guichet {
class DateField;
}

namespace guichet::courrier {

/// The intake of a written request (letter, e-mail, web form) or of a phone
/// call, for the person chosen at reception.
///
/// A written request: the date the city received it (no later than today),
/// the date another administration received it first when it was forwarded
/// (CRPA L114-3), its subject (the routing table's), its kind (the legal
/// clock's, each with what silence is worth), its object (one line, the
/// case's summary) and the agent's analysis. A call: its subject, what was
/// asked, whether a callback is wanted and the number to call back.
///
/// Keyboard first, as every form: one QFormLayout, labels with mnemonics,
/// fields named as validate()'s errors name them. The answer (service or
/// partner, silence and its date, the city's target) is the engine's
/// (CourrierAnswers); the form never composes one.
class CourrierForm : public CaseForm
{
    Q_OBJECT

public:
    enum class Procedure { Written, Call };

    /// The form of a procedure id, or nullopt for an id this module does not implement.
    static std::optional<Procedure> procedureOf(const QString &procedureId);

    CourrierForm(const CourrierRules &rules, const ModuleContext &context, Procedure procedure,
                 QWidget *parent = nullptr);

    void setApplicant(const Citizen &citizen) override;
    QList<Error> validate() const override;
    QJsonObject values() const override;
    QString summary() const override;
    /// Nothing to bring: the request is on paper or in the mailbox already.
    QList<ChecklistItem> checklist() const override { return {}; }
    QString answer() const override;
    Answer currentAnswer() const override;
    /// The clock's due date: the earlier of the implicit decision and the
    /// city's target; for a call, the target only when a callback is wanted.
    QDate dueDate() const override;
    /// The service the subject routes to; the mail service for a request
    /// transmitted to a partner (it records the transmission); empty before
    /// a subject is chosen.
    QString service() const override;

    /// What is typed, as facts of the procedure's answer (CourrierAnswers::facts).
    Facts facts() const;
    /// The route of the subject chosen, or nullopt.
    std::optional<Route> route() const;

private:
    void buildWritten(QFormLayout *form);
    void buildCall(QFormLayout *form);
    QString procedureId() const;
    void updateEnabledFields();
    void emitChanged();

    CourrierRules m_rules;
    const ModuleContext &m_context;
    Procedure m_procedure;
    CourrierAnswers m_answers;
    Citizen m_applicant;

    DateField *m_received = nullptr;
    DateField *m_firstReceived = nullptr;
    QComboBox *m_subject = nullptr;
    QComboBox *m_requestKind = nullptr;
    QLineEdit *m_object = nullptr;
    QPlainTextEdit *m_analysis = nullptr;
    QLineEdit *m_question = nullptr;
    QCheckBox *m_callback = nullptr;
    QLineEdit *m_phone = nullptr;

    FormRows m_rows{this, [this] { emitChanged(); }};
};

} // namespace guichet::courrier
