// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "store/citizenrepository.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTreeWidget;

namespace guichet {

class Clock;
class DateField;
class CommuneTable;

/// Creates a person with validated fields, or corrects one (correct()). Each
/// input's objectName is the field name used in validation errors, so the first
/// wrong field gets the focus. The birth commune is typed as a name and
/// completed from the commune table (homonyms with their department), which
/// fills its INSEE code; a postal code fills the town it serves and must agree
/// with the town typed.
class PersonDialog : public QDialog
{
    Q_OBJECT
public:
    PersonDialog(CitizenRepository &citizens, const CommuneTable &communes, const Clock &clock, const QUuid &agentId,
                 QWidget *parent = nullptr);
    /// Prefills the names from what was typed in the search box.
    void prefill(const QString &typed);
    /// Turns the dialog into the correction of `person`'s record: the fields
    /// hold the record, a reason is required (objectName "reason"), the
    /// person's history of corrections is shown below, newest first (a read,
    /// logged), and saving calls CitizenRepository::correct. Call before exec().
    void correct(const Citizen &person);
    /// The person saved (created, or corrected), or the one already recorded
    /// the agent took instead (then only its id is set: the caller reads the record).
    Citizen citizen() const { return m_saved; }
    /// Escape or Cancel: asks first when something was typed beyond what the
    /// dialog opened with, so a person half typed is not lost by a key.
    void reject() override;

    /// The languages a person may choose, by code, and their names in the desk's language.
    static QStringList languages();
    static QString languageName(const QString &code);

private:
    Citizen fromFields() const;
    void fill(const Citizen &c);
    void save();
    void saveCorrection();
    void showErrors(const QList<Error> &errors);
    void showHistory();
    /// The label of a field as the form shows it, from its stored name ("address_line").
    QString fieldLabel(const QString &name) const;
    enum class DuplicateChoice { Back, TakeExisting, CreateAnyway };
    DuplicateChoice askAboutDuplicates(const QList<CitizenRepository::Match> &same);
    void completeBirthCommune(const QString &typed);
    void takeBirthCode();
    void takePostalCode();

    CitizenRepository &m_citizens;
    const CommuneTable &m_communes;
    const Clock &m_clock;
    QUuid m_agentId;
    QLineEdit *m_familyName, *m_usedName, *m_firstNames, *m_birthPlaceCode, *m_birthPlaceName,
        *m_birthCountry, *m_address, *m_postalCode, *m_city, *m_phone, *m_email;
    DateField *m_birthDate;
    QComboBox *m_sex, *m_language;
    QLabel *m_errors, *m_birthPlaceHint;
    QStandardItemModel *m_birthPlaces;
    QFormLayout *m_form;
    QLineEdit *m_reason;      ///< correction only
    QLabel *m_historyTitle;   ///< correction only
    QTreeWidget *m_history;   ///< correction only
    QPushButton *m_saveButton;
    Citizen m_saved;
    Citizen m_record;         ///< the record corrected (correction only)
    Citizen m_prefilled;      ///< the fields as the dialog opened, to tell what was typed
    QString m_prefilledBirthDate;  ///< the birth date's text then (a date half typed is no date yet)
};

} // namespace guichet
