// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identityrules.h"
#include "titleanswers.h"
#include "formrows.h"
#include "identity/mrz.h"
#include "procedure_module.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace guichet {
class DateField;
class MrzInput;
}

namespace guichet::identity {

/// The counter form of a request for an identity card or a passport, one
/// class for both titles (the CNI and passport modules differ only by the
/// title they pass): the situation, the title the person shows — read from
/// its machine-readable zone or typed —, the holder, the birth act and
/// lodging questions, and the numbers of the ANTS pre-application, the tax
/// stamp and the deposit. What to read out (fee, documents, validity,
/// fingerprints) comes from IdentityRules.
///
/// Keyboard first: one QFormLayout, every label with a mnemonic and its
/// field as buddy, Tab in reading order. Dates are DateFields (typed or
/// picked, DD/MM/YYYY); an empty date is unknown.
class TitleForm : public CaseForm
{
    Q_OBJECT

public:
    TitleForm(const IdentityRules &rules, const ModuleContext &context, const QString &title,
              QWidget *parent = nullptr);

    void setApplicant(const Citizen &citizen) override;
    QList<Error> validate() const override;
    QJsonObject values() const override;
    QString summary() const override;
    QList<ChecklistItem> checklist() const override;
    QString answer() const override;
    /// None: no law sets a day by which a title request is answered (the
    /// title is made by the ANTS, when it is ready the person is told), so the
    /// receipt prints no "answer due by" line and the case is never overdue.
    QDate dueDate() const override;
    /// "deposited" once a deposit number is typed: the case is then recorded
    /// at the deposit rather than at the appointment.
    QString initialStatus() const override;

    /// What is typed, as facts of the title's answer (TitleAnswers::facts).
    Facts facts() const;
    /// The answer to those facts: what answer() and checklist() show.
    Answer currentAnswer() const override;
    /// The request as the rules see it.
    TitleRequest request() const;

private:
    void fillFromMrz(const MrzData &data);
    void updateFields();
    void emitChanged();
    QDate today() const;
    FrenchCalendar calendar() const;
    /// What a date field says of itself (not a date, out of its bounds), added to `errors`.
    static void validateDate(QList<Error> &errors, const DateField *field, const QString &label);

    IdentityRules m_rules;
    const ModuleContext &m_context;
    QString m_title;
    TitleAnswers m_answers;

    QComboBox *m_situation = nullptr;
    MrzInput *m_mrz = nullptr;
    QComboBox *m_existing = nullptr;
    QLineEdit *m_existingNumber = nullptr;
    DateField *m_existingExpiry = nullptr;
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_firstNames = nullptr;
    DateField *m_birthDate = nullptr;
    QLabel *m_age = nullptr;
    QCheckBox *m_comedec = nullptr;
    QComboBox *m_domicile = nullptr;
    QCheckBox *m_indigent = nullptr;
    DateField *m_appointment = nullptr;
    QLineEdit *m_preApplication = nullptr;
    QLineEdit *m_taxStamp = nullptr;
    QLineEdit *m_deposit = nullptr;
    FormRows m_rows{this, [this] { emitChanged(); }};
    QString m_mrzFormat;
};

} // namespace guichet::identity
