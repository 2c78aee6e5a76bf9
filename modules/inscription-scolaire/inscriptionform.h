// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inscriptionanswers.h"
#include "inscriptionrules.h"
#include "formrows.h"
#include "procedure_module.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace guichet {
class DateField;
}

namespace guichet::inscription {

/// An address line split for the catchment table: "12 bis rue de Siam" →
/// {"12 bis", "rue de Siam"}.
struct SplitAddress
{
    QString number;
    QString street;
};

/// The counter form of the school procedures: an enrolment (with the
/// quotient familial and its tariff) or a derogation request. One class
/// serves both because they share the child, the guardians, the homes, the
/// level and the catchment school; each procedure adds its own rows.
///
/// Keyboard first: one QFormLayout in reading order, every field with a
/// label buddy (a mnemonic where the letters allow, avoiding those of the
/// shell), an accessible name, and the objectName its errors carry. Fields
/// that do not apply (second home, previous school, the QF figures of another
/// way of giving it) are disabled, so Tab skips them.
class InscriptionForm : public CaseForm
{
    Q_OBJECT

public:
    enum class Procedure { Enrolment, Derogation };

    /// The form of a procedure id, or nullopt for an id this module does not implement.
    static std::optional<Procedure> procedureOf(const QString &procedureId);
    /// "28 500", "28500,50 €": cents, or nullopt.
    static std::optional<qint64> parseCents(const QString &text);
    /// Splits an address line into its house number and its street; a
    /// street type right after the number ("12 rue …") is not a suffix.
    SplitAddress splitAddress(const QString &line) const;

    InscriptionForm(const InscriptionRules &rules, const ModuleContext &context, Procedure procedure,
                    QWidget *parent = nullptr);

    /// The applicant is a legal guardian: their name and address prefill the
    /// guardian and the child's home (the child is entered in the form).
    void setApplicant(const Citizen &citizen) override;
    QList<Error> validate() const override;
    QJsonObject values() const override;
    QString summary() const override;
    QList<ChecklistItem> checklist() const override;
    QString answer() const override;
    /// Enrolment: the rentrée of the chosen year, or the days allowed after a
    /// move once the year has started. Derogation: the mayor's decision delay.
    QDate dueDate() const override;

    /// The procedure id of this form.
    QString procedureId() const;
    /// What is typed, as facts of the procedure's answer (InscriptionAnswers::facts).
    Facts facts() const;
    /// The answer to those facts: what answer(), checklist() and dueDate() show.
    Answer currentAnswer() const override;

    /// The chosen school year, or an invalid one.
    SchoolYear schoolYear() const;
    /// The level for the birth date typed, or nullopt while it is not a date.
    std::optional<Placement> placement() const;
    /// Whether the child's home is outside this commune (the catchment table does not apply).
    bool livesElsewhere() const;
    /// The catchment answer for the child's home.
    CatchmentAnswer catchment() const;
    /// The catchment school for the level, or nullptr.
    const School *catchmentSchool() const;
    /// An enrolment whose home in this commune is outside every sector of the
    /// catchment map: the education department names the school, and the
    /// family may say which one it asks for.
    bool outsideEverySector() const;
    /// The school the family asks for when outside every sector, or nullptr for no preference.
    const School *preferredSchool() const;
    /// The quotient given, computed or read from a CAF statement; nullopt
    /// when none is given or the figures are not valid yet.
    std::optional<qint64> quotient() const;
    /// INSEE code of the commune of the child's home: this commune, or the
    /// commune the town (and its postal code) names; empty when the reference
    /// table knows no commune of that name.
    QString homeCommune() const;

private:
    void addSection(QFormLayout *form, const QString &title);
    QComboBox *makeSchoolCombo(const QString &none);
    void buildCommonRows(QFormLayout *form);
    void buildSiblingRows(QFormLayout *form);
    void buildEnrolmentRows(QFormLayout *form);
    void buildDerogationRows(QFormLayout *form);
    void updateEnabledFields();
    void markCatchmentSchool();
    void emitChanged();

    QDate today() const;
    QDate birthDate() const;
    void validateChild(QList<Error> &errors) const;
    void validateHome(QList<Error> &errors) const;
    void validateSiblings(QList<Error> &errors) const;
    void validateQuotient(QList<Error> &errors) const;
    void validateDerogation(QList<Error> &errors) const;
    QString rowList(const QList<CatchmentRow> &rows) const;
    QJsonArray siblings() const;

    InscriptionRules m_rules;
    const ModuleContext &m_context;
    Procedure m_procedure;
    InscriptionAnswers m_answers;

    QLineEdit *m_childFamilyName = nullptr;
    QLineEdit *m_childFirstNames = nullptr;
    DateField *m_childBirthDate = nullptr;
    QComboBox *m_schoolYear = nullptr;
    QCheckBox *m_earlyAdmission = nullptr;
    QLineEdit *m_guardian1 = nullptr;
    QLineEdit *m_guardian2 = nullptr;
    QLineEdit *m_houseNumber = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QCheckBox *m_separated = nullptr;
    QLineEdit *m_secondHome = nullptr;
    QCheckBox *m_moved = nullptr;
    QLineEdit *m_previousSchool = nullptr;
    QLineEdit *m_sibling1Name = nullptr;
    QComboBox *m_sibling1School = nullptr;
    QLineEdit *m_sibling2Name = nullptr;
    QComboBox *m_sibling2School = nullptr;
    QComboBox *m_preferredSchool = nullptr;

    // Enrolment.
    QComboBox *m_qfSource = nullptr;
    QLineEdit *m_annualResources = nullptr;
    QLineEdit *m_monthlyBenefits = nullptr;
    QSpinBox *m_children = nullptr;
    QSpinBox *m_disabledChildren = nullptr;
    QLineEdit *m_cafQf = nullptr;

    // Derogation.
    QComboBox *m_requestedSchool = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_details = nullptr;

    QFormLayout *m_layout = nullptr;
    FormRows m_rows{this, [this] { emitChanged(); }};
};

} // namespace guichet::inscription
