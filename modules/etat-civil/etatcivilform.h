// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "etatcivilanswers.h"
#include "etatcivilrules.h"
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

namespace guichet::etatcivil {

/// The counter form of the état-civil procedures: a request for a copy or an
/// extract of an act (CopyProcedureId), or a declaration of birth, death or
/// recognition (DeclarationProcedureId). One class serves both because they
/// share the event place, the names and the date handling; each procedure
/// builds its own rows.
///
/// Keyboard first: one QFormLayout, every label has a mnemonic and its field
/// as buddy, every field an accessible name, and Tab goes from field to field
/// in reading order. Dates are DateFields (typed as DD/MM/YYYY or 8 digits,
/// or picked); the time of a declared event is typed as HH:MM beside it.
///
/// A date the agent does not know stays empty.
class EtatCivilForm : public CaseForm
{
    Q_OBJECT

public:
    enum class Procedure { Copy, Declaration };

    /// The form of a procedure id, or nullopt for an id this module does not implement.
    static std::optional<Procedure> procedureOf(const QString &procedureId);

    EtatCivilForm(const EtatCivilRules &rules, const ModuleContext &context, Procedure procedure,
                  QWidget *parent = nullptr);

    void setApplicant(const Citizen &citizen) override;
    QList<Error> validate() const override;
    QJsonObject values() const override;
    QString summary() const override;
    /// The answer's checklist, text and date (the document's due day, or the
    /// declaration's deadline): what currentAnswer() says.
    QList<ChecklistItem> checklist() const override;
    QString answer() const override;
    QDate dueDate() const override;
    /// Always empty: a request the rules refuse is not filed as "refused" by
    /// itself. The answer tells the agent what the rules say, and the agent
    /// decides (the person may bring the missing proof, or a document may
    /// show a relationship the form did not capture), then moves the case
    /// with a reason from the workflow.
    QString initialStatus() const override;

    /// What is typed, as facts of the procedure's answer (EtatCivilAnswers::facts).
    /// A commune code is given once it is one the commune table knows.
    Facts facts() const;
    /// The answer to those facts, asked now at the context's office.
    Answer currentAnswer() const override;
    /// The request as the rules see it (copy procedure).
    CopyRequest copyRequest() const;

private:
    void buildCopyForm(QFormLayout *form);
    void buildDeclarationForm(QFormLayout *form);
    void addPlaceRows(QFormLayout *form);
    void addNameRows(QFormLayout *form, const QString &familyLabel, const QString &firstLabel);
    /// A date no later than today (a birth, an act, a death).
    DateField *makePastDate();
    /// The date of a field that applies, null otherwise or when it is not a date.
    static QDate dateOf(const DateField *field);
    /// The event's date and time, null until both are typed.
    QDateTime eventAt() const;
    /// The time typed, null when nothing or not a time.
    QTime eventTime() const;
    void updateEnabledFields();
    void emitChanged();

    QList<Error> validateCopy() const;
    QList<Error> validateDeclaration() const;
    void validatePlace(QList<Error> &errors) const;
    /// A code of the right shape that the commune table knows (present or former).
    Result<QString> validateCommuneCode(const QString &code) const;
    QString procedureId() const;
    FactValues factValues() const;
    /// The typed commune code when the commune table knows it, else empty.
    QString knownCommuneCode() const;
    PlaceAnswer copyPlace() const;
    PlaceAnswer declarationPlace() const;
    QString declarationKind() const;
    QDate today() const;
    FrenchCalendar calendar() const;

    EtatCivilRules m_rules;
    const ModuleContext &m_context;
    Procedure m_procedure;
    EtatCivilAnswers m_answers;

    // Copy request.
    QComboBox *m_act = nullptr;
    QComboBox *m_copy = nullptr;
    QComboBox *m_relationship = nullptr;
    DateField *m_subjectBirth = nullptr;
    QLineEdit *m_parents = nullptr;
    DateField *m_actDate = nullptr;
    QCheckBox *m_deceased = nullptr;
    DateField *m_deathDate = nullptr;
    DateField *m_requesterBirth = nullptr;
    QSpinBox *m_copies = nullptr;
    QComboBox *m_delivery = nullptr;

    // Declaration.
    QComboBox *m_kind = nullptr;
    DateField *m_eventDate = nullptr;
    QLineEdit *m_eventTime = nullptr;

    // Both.
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_firstNames = nullptr;
    QLineEdit *m_communeCode = nullptr;
    QLineEdit *m_communeName = nullptr;
    QCheckBox *m_abroad = nullptr;

    FormRows m_rows{this, [this] { emitChanged(); }};
};

} // namespace guichet::etatcivil
