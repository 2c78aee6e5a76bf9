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
/// field as buddy, Tab in reading order. Dates are typed as digits
/// ("12031984") or with slashes; an empty date is unknown.
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
    QLineEdit *makeDateField(const QString &example);
    void fillFromMrz(const MrzData &data);
    void updateFields();
    void emitChanged();
    QDate today() const;
    FrenchCalendar calendar() const;
    /// A typed date: null when empty; `ok` false when the text is not a date.
    static QDate parseDate(const QString &text, bool *ok);
    QDate dateOf(const QLineEdit *field) const;
    void validateDate(QList<Error> &errors, const QLineEdit *field, const QString &fieldName,
                      const QString &label) const;

    IdentityRules m_rules;
    const ModuleContext &m_context;
    QString m_title;
    TitleAnswers m_answers;

    QComboBox *m_situation = nullptr;
    MrzInput *m_mrz = nullptr;
    QComboBox *m_existing = nullptr;
    QLineEdit *m_existingNumber = nullptr;
    QLineEdit *m_existingExpiry = nullptr;
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_firstNames = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QLabel *m_age = nullptr;
    QCheckBox *m_comedec = nullptr;
    QComboBox *m_domicile = nullptr;
    QCheckBox *m_indigent = nullptr;
    QLineEdit *m_appointment = nullptr;
    QLineEdit *m_preApplication = nullptr;
    QLineEdit *m_taxStamp = nullptr;
    QLineEdit *m_deposit = nullptr;
    FormRows m_rows{this, [this] { emitChanged(); }};
    QString m_mrzFormat;
};

} // namespace guichet::identity
