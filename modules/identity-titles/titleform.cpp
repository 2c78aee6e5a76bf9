// SPDX-License-Identifier: GPL-3.0-or-later
#include "titleform.h"

#include "datefield.h"
#include "formsupport.h"
#include "mrzinput.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <type_traits>

namespace guichet::identity {

namespace {

QString shortDate(const QDate &d)
{
    return DateField::format(d);
}

QString longDate(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("dddd d MMMM yyyy"));
}

QString withoutSpaces(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

bool isAlphanumeric(const QString &text)
{
    for (const QChar c : text)
        if (!((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    return !text.isEmpty();
}

/// Names compared as a zone writes them, so that "Le Gall" matches "LE<GALL".
bool sameName(const QString &typed, const QString &read)
{
    return mrzName(typed) == mrzName(read);
}

} // namespace

TitleForm::TitleForm(const IdentityRules &rules, const ModuleContext &context, const QString &title, QWidget *parent)
    : CaseForm(parent), m_rules(rules), m_context(context), m_title(title), m_answers(rules, title)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_situation = m_rows.add(form, tr("S&ituation:"), m_rows.choiceCombo(m_rules.situations(title)), "situation");
    m_mrz = m_rows.add(form, tr("Machine-readable &zone (MRZ):"), new MrzInput(this), "mrz");
    m_mrz->setReferenceDate([this] { return today(); });
    m_existing = m_rows.add(form, tr("&Title shown:"), m_rows.choiceCombo(m_rules.existingTitles()), "existingTitle");
    m_existing->setToolTip(tr("The identity card or passport the person shows, even expired. A title declared "
                              "lost or stolen cannot be shown: choose the other one the person has, or none."));
    m_existingNumber = m_rows.add(form, tr("Number of the title sho&wn:"), new QLineEdit(this), "existingNumber");
    m_existingExpiry = m_rows.add(form, tr("Expir&y date of the title shown:"), new DateField(this),
                              "existingExpiry");
    m_familyName = m_rows.add(form, tr("Family &name:"), new QLineEdit(this), "familyName");
    m_firstNames = m_rows.add(form, tr("First na&mes:"), new QLineEdit(this), "firstNames");
    m_birthDate = m_rows.add(form, tr("&Birth date:"), new DateField(this), "birthDate");
    m_birthDate->setNotAfterToday(m_context.clock());
    m_age = new QLabel(this);
    m_age->setObjectName(QStringLiteral("ageOnDeposit"));
    m_age->setWordWrap(true);  // "41 years on 24/03/2026 — adult; …" wraps at 1280 px with large fonts
    form->addRow(tr("Age on the deposit day:"), m_age);
    m_comedec = m_rows.add(form, tr("Birth comm&une on COMEDEC"), new QCheckBox(this), "birthCommuneOnComedec");
    m_comedec->setToolTip(tr("The birth act is then checked online: no copy is asked of the person."));
    m_domicile = m_rows.add(form, tr("&Lodging:"), m_rows.choiceCombo(m_rules.domiciles()), "domicile");
    if (m_title == PassportTitle)
        m_indigent = m_rows.add(form, tr("Free passport: person recognised as indigent"), new QCheckBox(this), "indigent");
    m_appointment = m_rows.add(form, tr("A&ppointment date:"), new DateField(this), "appointmentDate");
    m_appointment->setNotBeforeToday(m_context.clock());
    m_preApplication = m_rows.add(form, tr("ANTS pre-application numbe&r:"), new QLineEdit(this), "preApplicationNumber");
    m_preApplication->setToolTip(tr("The 10 letters and digits of the online pre-application, under its QR code. "
                                    "Empty when the person fills in the paper form."));
    m_taxStamp = m_rows.add(form, tr("Electronic ta&x stamp number:"), new QLineEdit(this), "taxStampNumber");
    m_taxStamp->setToolTip(tr("The 16 digits of the electronic tax stamp, when a fee is due."));
    m_deposit = m_rows.add(form, tr("Deposit number (once deposited):"), new QLineEdit(this), "depositNumber");
    m_deposit->setToolTip(tr("The number the deposit station gives the file. Typed now, the case starts as "
                             "deposited rather than at the appointment."));

    m_rows.finish();

    connect(m_mrz, &MrzInput::read, this, &TitleForm::fillFromMrz);
    connect(m_mrz, &MrzInput::changed, this, [this] {
        m_mrzFormat.clear();
        emitChanged();
    });
    updateFields();
}

QDate TitleForm::today() const
{
    return m_context.clock().today();
}

FrenchCalendar TitleForm::calendar() const
{
    return IdentityRules::calendarOfCommune(m_context.communeCode());
}

void TitleForm::setApplicant(const Citizen &citizen)
{
    // A title carries the birth name; a used name is added at the deposit.
    m_familyName->setText(citizen.familyName);
    m_firstNames->setText(citizen.firstNames);
    if (citizen.birthDate.isValid())
        m_birthDate->setDate(citizen.birthDate);
}

void TitleForm::fillFromMrz(const MrzData &data)
{
    m_mrzFormat = mrzFormatKey(data.format);
    QStringList notes;
    bool warning = false;   // something to check, shown like an error
    const bool french = data.issuingState == QLatin1String("FRA");
    if (french) {
        const QString kind = data.isPassport() ? QStringLiteral("passeport") : QString(CniTitle);
        const int index = m_existing->findData(kind);
        if (index >= 0)
            m_existing->setCurrentIndex(index);
        m_existingNumber->setText(data.documentNumber);
        if (data.expiryDate.isValid()) {
            m_existingExpiry->setDate(data.expiryDate);
        } else {
            m_existingExpiry->clear();
            notes << tr("Type the expiry date printed on the card: its zone has none.");
        }
    } else {
        notes << tr("This title was issued by %1, not by France: it does not spare the birth act.")
                     .arg(data.issuingState);
        warning = true;
    }
    // The person's record is kept as typed (with its accents); the zone only
    // fills what is empty, and a difference is pointed out.
    if (m_familyName->text().trimmed().isEmpty()) {
        m_familyName->setText(data.surname);
    } else if (!sameName(m_familyName->text(), data.surname)) {
        notes << tr("The family name read (%1) differs from the one typed: check it.").arg(data.surname);
        warning = true;
    }
    if (m_firstNames->text().trimmed().isEmpty()) {
        m_firstNames->setText(data.givenNamesText());
    } else if (!data.namesTruncated && !sameName(m_firstNames->text(), data.givenNamesText())) {
        notes << tr("The first names read (%1) differ from the ones typed: check them.").arg(data.givenNamesText());
        warning = true;
    }
    if (!m_birthDate->date().isValid()) {
        m_birthDate->setDate(data.birthDate);
    } else if (m_birthDate->date() != data.birthDate) {
        notes << tr("The birth date read (%1) differs from the one typed (%2): is it this person's title?")
                     .arg(shortDate(data.birthDate), shortDate(m_birthDate->date()));
        warning = true;
    }
    if (!notes.isEmpty())
        m_mrz->setNote(m_mrz->statusText() + u' ' + notes.join(u' '), warning);
    emitChanged();
}

void TitleForm::emitChanged()
{
    updateFields();
    Q_EMIT changed();
}

void TitleForm::updateFields()
{
    const bool shown = m_existing->currentData().toString() != NoExistingTitle;
    m_existingNumber->setEnabled(shown);
    m_existingExpiry->setEnabled(shown);
    const TitleRequest r = request();
    const TitleFee fee = m_rules.fee(r);
    m_taxStamp->setEnabled(!fee.known || fee.cents > 0);
    const int age = IdentityRules::ageOn(r.birthDate, r.day);
    if (age < 0) {
        m_age->setText(tr("type the birth date"));
    } else {
        m_age->setText(tr("%n year(s) old on %1 — %2; %3", nullptr, age)
                           .arg(shortDate(r.day), m_rules.label(m_rules.ageBand(r.birthDate, r.day)),
                                m_rules.takesFingerprints(r.birthDate, r.day) ? tr("fingerprints taken")
                                                                              : tr("no fingerprints")));
    }
}

Facts TitleForm::facts() const
{
    Facts f{{QStringLiteral("situation"), m_situation->currentData().toString()},
            {QStringLiteral("birth_date"), answers::dateFact(m_birthDate->date())},
            {QStringLiteral("appointment_date"), answers::dateFact(m_appointment->date())},
            {QStringLiteral("existing_title"), m_existing->currentData().toString()},
            {QStringLiteral("comedec"), answers::booleanFact(m_comedec->isChecked())},
            {QStringLiteral("domicile"), m_domicile->currentData().toString()}};
    if (f.value(QStringLiteral("existing_title")) != NoExistingTitle)
        f.insert(QStringLiteral("existing_expiry"), answers::dateFact(m_existingExpiry->date()));
    if (m_indigent)
        f.insert(QStringLiteral("indigent"), answers::booleanFact(m_indigent->isChecked()));
    return f;
}

Answer TitleForm::currentAnswer() const
{
    return answers::forForm(m_answers, m_context, m_rules.procedureOf(m_title), facts());
}

TitleRequest TitleForm::request() const
{
    return m_answers.request(FactValues(facts(), m_answers.facts(m_rules.procedureOf(m_title))), today());
}

void TitleForm::validateDate(QList<Error> &errors, const DateField *field, const QString &label)
{
    if (const auto checked = field->check(label); !checked)
        errors << checked.error();
}

QList<Error> TitleForm::validate() const
{
    QList<Error> errors;
    const QDate now = today();

    if (!m_mrz->isEmpty()) {
        const auto read = parseMrz(m_mrz->text(), now);
        if (!read)
            errors << Error::invalid(QStringLiteral("mrz"),
                tr("Machine-readable zone — %1").arg(read.error().message));
        else if (m_birthDate->date().isValid() && read->birthDate != m_birthDate->date())
            errors << Error::invalid(QStringLiteral("mrz"),
                tr("Machine-readable zone: the title read is of a person born on %1, not on %2. Check that it "
                   "is this person's title, or correct the birth date.")
                    .arg(shortDate(read->birthDate), shortDate(m_birthDate->date())));
    }

    const bool shown = m_existing->currentData().toString() != NoExistingTitle;
    if (shown) {
        const QString number = withoutSpaces(m_existingNumber->text());
        if (!number.isEmpty() && !isAlphanumeric(number))
            errors << Error::invalid(QStringLiteral("existingNumber"),
                tr("Number of the title shown: only letters and digits, as printed on the title (9 for a "
                   "passport or a card of 2021, 12 for an older card)."));
        validateDate(errors, m_existingExpiry, tr("Expiry date of the title shown"));
    }

    if (m_familyName->text().trimmed().isEmpty())
        errors << Error::invalid(QStringLiteral("familyName"),
            tr("Family name is missing: type it as on the birth act, or read the title's zone."));
    if (m_firstNames->text().trimmed().isEmpty())
        errors << Error::invalid(QStringLiteral("firstNames"),
            tr("First names are missing: type them in the order of the birth act, or read the title's zone."));

    if (m_birthDate->isBlank())
        errors << Error::invalid(QStringLiteral("birthDate"),
            tr("Birth date is missing: it decides the fee, the validity and the fingerprints. Type it as "
               "DD/MM/YYYY (e.g. 12/03/1984), or read the title's zone."));
    else
        validateDate(errors, m_birthDate, tr("Birth date"));

    if (const auto appointment = m_appointment->check(tr("Appointment date")); !appointment)
        errors << appointment.error();
    else if (appointment->isValid() && !calendar().isJourOuvrable(*appointment))
        errors << Error::invalid(QStringLiteral("appointmentDate"),
            tr("Appointment date: the town hall is closed on %1 (a Sunday or a public holiday). Choose another day.")
                .arg(longDate(*appointment)));

    if (!m_preApplication->text().trimmed().isEmpty())
        if (const auto checked = IdentityRules::preApplicationNumber(m_preApplication->text()); !checked)
            errors << checked.error();

    const TitleFee fee = m_rules.fee(request());
    const bool deposited = !m_deposit->text().trimmed().isEmpty();
    if (m_taxStamp->isEnabled() && !m_taxStamp->text().trimmed().isEmpty()) {
        if (const auto checked = IdentityRules::taxStampNumber(m_taxStamp->text()); !checked)
            errors << checked.error();
    } else if (deposited && fee.known && fee.cents > 0 && m_taxStamp->text().trimmed().isEmpty()) {
        errors << Error::invalid(QStringLiteral("taxStampNumber"),
            tr("Tax stamp number is missing: a stamp of %1 is due and the file is deposited. Type its 16 digits.")
                .arg(IdentityRules::formatAmount(fee.cents)));
    }
    if (deposited && !isAlphanumeric(withoutSpaces(m_deposit->text())))
        errors << Error::invalid(QStringLiteral("depositNumber"),
            tr("Deposit number: only letters and digits, as the deposit station shows it."));
    return errors;
}

QJsonObject TitleForm::values() const
{
    const TitleRequest r = request();
    const TitleFee fee = m_rules.fee(r);
    const int age = IdentityRules::ageOn(r.birthDate, r.day);
    QJsonObject v{{QStringLiteral("title"), m_title},
                  {QStringLiteral("situation"), r.situation},
                  {QStringLiteral("familyName"), m_familyName->text().trimmed()},
                  {QStringLiteral("firstNames"), m_firstNames->text().trimmed()},
                  {QStringLiteral("birthDate"), jsonDate(r.birthDate)},
                  {QStringLiteral("depositDay"), jsonDate(r.day)},
                  {QStringLiteral("ageOnDeposit"), age >= 0 ? QJsonValue(age) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("ageBand"), m_rules.ageBand(r.birthDate, r.day)},
                  {QStringLiteral("fingerprints"), m_rules.takesFingerprints(r.birthDate, r.day)},
                  {QStringLiteral("existingTitle"), r.existingTitle},
                  {QStringLiteral("existingNumber"),
                   r.existingTitle == NoExistingTitle ? QString() : withoutSpaces(m_existingNumber->text()).toUpper()},
                  {QStringLiteral("existingExpiry"), jsonDate(r.existingExpiry)},
                  {QStringLiteral("mrzFormat"), m_mrzFormat},
                  {QStringLiteral("birthCommuneOnComedec"), r.birthCommuneOnComedec},
                  {QStringLiteral("birthActNeeded"), m_rules.birthActNeeded(r)},
                  {QStringLiteral("domicile"), r.domicile},
                  {QStringLiteral("indigent"), r.indigent},
                  {QStringLiteral("appointmentDate"), jsonDate(m_appointment->date())},
                  {QStringLiteral("preApplicationNumber"), withoutSpaces(m_preApplication->text()).toUpper()},
                  {QStringLiteral("taxStampNumber"), m_taxStamp->isEnabled() ? withoutSpaces(m_taxStamp->text()) : QString()},
                  {QStringLiteral("depositNumber"), withoutSpaces(m_deposit->text()).toUpper()},
                  {QStringLiteral("feeCents"), fee.known ? QJsonValue(fee.cents) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("validityYears"), m_rules.validityYears(r)},
                  {QStringLiteral("validUntilIfIssuedOnDeposit"), jsonDate(m_rules.validUntil(r, r.day))}};
    return v;
}

QString TitleForm::summary() const
{
    QString person = m_familyName->text().trimmed().toUpper();
    if (!m_firstNames->text().trimmed().isEmpty())
        person += u' ' + m_firstNames->text().trimmed();
    const QString title = m_rules.label(m_title);
    const QString situation = m_situation->currentText();
    if (person.isEmpty())
        return tr("%1 — %2").arg(title, situation);
    return tr("%1 — %2 — %3").arg(title, situation, person);
}

QList<ChecklistItem> TitleForm::checklist() const
{
    // A number typed and well formed is the document given: the pre-application
    // and the electronic stamp are checked by their number, not on paper.
    const bool preApplication = IdentityRules::preApplicationNumber(m_preApplication->text()).has_value();
    const bool stamp = m_taxStamp->isEnabled() && IdentityRules::taxStampNumber(m_taxStamp->text()).has_value();
    QList<ChecklistItem> items = currentAnswer().checklist;
    for (ChecklistItem &item : items)
        item.given = (item.id == u"pre-demande" && preApplication) || (item.id == u"timbre-fiscal" && stamp);
    return items;
}

QString TitleForm::answer() const
{
    return currentAnswer().text;
}

QDate TitleForm::dueDate() const
{
    // The appointment is the day of the deposit, not a day by which anyone
    // must answer: as the case's due date it was printed on the receipt as
    // "Réponse au plus tard le" and made the case overdue the next day. It
    // stays in values() (appointmentDate, depositDay) and in the answer.
    return {};
}

QString TitleForm::initialStatus() const
{
    return m_deposit->text().trimmed().isEmpty() ? QString() : QString(DepositedStatus);
}

} // namespace guichet::identity
