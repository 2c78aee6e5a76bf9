// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "electoralanswers.h"
#include "electoralrules.h"
#include "formrows.h"
#include "procedure_module.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace guichet {
class DateField;
}

namespace guichet::listeselectorales {

/// The counter form of the electoral-list procedures: a registration (or a
/// change of address within the commune, RegistrationProcedureId), or an EU
/// citizen's removal from a complementary list (RemovalProcedureId).
///
/// Keyboard first: one QFormLayout, every label with a mnemonic and its field
/// as buddy, every field an accessible name and, as objectName, the field
/// name its errors carry; Tab goes from field to field in reading order. A
/// date is a DateField (DD/MM/YYYY, typed or picked) and stays empty when
/// unknown. The fields an attachment or an exception does not need are
/// disabled, so Tab skips them.
///
/// The form never refuses a request by itself: validate() asks only for what
/// the rules need, answer() says what the rules say, and the mayor decides
/// in the case window.
class ElectoralForm : public CaseForm
{
    Q_OBJECT

public:
    enum class Procedure { Registration, Removal };

    /// The form of a procedure id, or nullopt for an id this module does not implement.
    static std::optional<Procedure> procedureOf(const QString &procedureId);

    ElectoralForm(const ElectoralRules &rules, const ModuleContext &context, Procedure procedure,
                  QWidget *parent = nullptr);

    void setApplicant(const Citizen &citizen) override;
    QList<Error> validate() const override;
    QJsonObject values() const override;
    QString summary() const override;
    QList<ChecklistItem> checklist() const override;
    QString answer() const override;
    /// The last day of the mayor's decision (5 days from today, civil counting).
    QDate dueDate() const override;

    /// What is typed, as facts of the procedure's answer (ElectoralAnswers::facts):
    /// a disabled field gives none.
    Facts facts() const;
    /// The answer to those facts: what answer(), checklist() and dueDate() show.
    Answer currentAnswer() const override;
    /// The request as the rules see it, read from facts().
    RegistrationRequest request() const;

private:
    void buildRegistration(QFormLayout *form);
    void buildRemoval(QFormLayout *form);
    void addListRow(QFormLayout *form, const QString &label);
    void addIdentityRows(QFormLayout *form);
    /// A date no later than today (a birth, the start of a residence, an event).
    DateField *makePastDate();
    void updateEnabledFields();
    void emitChanged();

    QDate today() const;
    FrenchCalendar calendar() const;
    QStringList checkedLists() const;
    StationAnswer station() const;
    /// Date errors: missing (when required), or what the field says of what is typed.
    static void checkDate(QList<Error> &errors, const DateField *field, const QString &missing);

    QString procedureId() const;

    ElectoralRules m_rules;
    const ModuleContext &m_context;
    Procedure m_procedure;
    ElectoralAnswers m_answers;
    Citizen m_applicant;

    QComboBox *m_requestKind = nullptr;
    QComboBox *m_nationality = nullptr;
    QList<QCheckBox *> m_lists;
    DateField *m_birthDate = nullptr;
    QComboBox *m_attachment = nullptr;
    DateField *m_residenceSince = nullptr;
    QSpinBox *m_taxYears = nullptr;
    QCheckBox *m_spouseTaxpayer = nullptr;
    QCheckBox *m_hosted = nullptr;
    QLineEdit *m_houseNumber = nullptr;
    QLineEdit *m_street = nullptr;
    QComboBox *m_idDocument = nullptr;
    DateField *m_idExpiry = nullptr;
    QComboBox *m_exception = nullptr;
    DateField *m_exceptionDate = nullptr;
    QComboBox *m_removalReason = nullptr;

    FormRows m_rows{this, [this] { emitChanged(); }};
};

} // namespace guichet::listeselectorales
