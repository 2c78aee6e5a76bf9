// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "etatcivilanswers.h"
#include "etatcivilrules.h"
#include "formrows.h"
#include "procedure_module.h"

#include <QSet>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace guichet::etatcivil {

/// The counter form of the état-civil procedures: a request for a copy or an
/// extract of an act (CopyProcedureId), or a declaration of birth, death or
/// recognition (DeclarationProcedureId). One class serves both because they
/// share the event place, the names and the date handling; each procedure
/// builds its own rows.
///
/// Keyboard first: one QFormLayout, every label has a mnemonic and its field
/// as buddy, every field an accessible name, and Tab goes from field to field
/// in reading order (Tab leaves a date field instead of walking its sections;
/// the sections fill as one types "08072026").
///
/// A date the agent does not know stays empty: the field shows "unknown"
/// until it gets the focus, and goes back to unknown when left untouched.
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildCopyForm(QFormLayout *form);
    void buildDeclarationForm(QFormLayout *form);
    void addPlaceRows(QFormLayout *form);
    void addNameRows(QFormLayout *form, const QString &familyLabel, const QString &firstLabel);
    QDateTimeEdit *makeDateEdit(bool withTime);
    void setUnknown(QDateTimeEdit *edit);
    void showPlaceholder(QDateTimeEdit *edit);
    QDate dateOf(const QDateTimeEdit *edit) const;
    QDateTime dateTimeOf(const QDateTimeEdit *edit) const;
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
    QDateTimeEdit *m_subjectBirth = nullptr;
    QLineEdit *m_parents = nullptr;
    QDateTimeEdit *m_actDate = nullptr;
    QCheckBox *m_deceased = nullptr;
    QDateTimeEdit *m_deathDate = nullptr;
    QDateTimeEdit *m_requesterBirth = nullptr;
    QSpinBox *m_copies = nullptr;
    QComboBox *m_delivery = nullptr;

    // Declaration.
    QComboBox *m_kind = nullptr;
    QDateTimeEdit *m_eventAt = nullptr;

    // Both.
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_firstNames = nullptr;
    QLineEdit *m_communeCode = nullptr;
    QLineEdit *m_communeName = nullptr;
    QCheckBox *m_abroad = nullptr;

    FormRows m_rows{this, [this] { emitChanged(); }};
    /// Date fields showing a placeholder date while focused but not yet edited.
    QSet<const QDateTimeEdit *> m_placeholders;
};

} // namespace guichet::etatcivil
