// SPDX-License-Identifier: GPL-3.0-or-later
#include "etatcivilform.h"

#include "datefield.h"
#include "formsupport.h"
#include "domain/validators.h"
#include "reference/communes.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>
#include <type_traits>

namespace guichet::etatcivil {

namespace {

QString placeKey(Place p)
{
    switch (p) {
    case Place::Unknown: return QStringLiteral("unknown");
    case Place::Here: return QStringLiteral("here");
    case Place::OtherCommune: return QStringLiteral("other-commune");
    case Place::Abroad: return QStringLiteral("abroad");
    }
    return {};
}

} // namespace

std::optional<EtatCivilForm::Procedure> EtatCivilForm::procedureOf(const QString &procedureId)
{
    if (procedureId == CopyProcedureId)
        return Procedure::Copy;
    if (procedureId == DeclarationProcedureId)
        return Procedure::Declaration;
    return std::nullopt;
}

EtatCivilForm::EtatCivilForm(const EtatCivilRules &rules, const ModuleContext &context,
                             Procedure procedure, QWidget *parent)
    : CaseForm(parent), m_rules(rules), m_context(context), m_procedure(procedure), m_answers(rules)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (procedure == Procedure::Copy)
        buildCopyForm(form);
    else
        buildDeclarationForm(form);
    // Reading order, whatever order the widgets were created in.
    m_rows.finish();
    // Each field is named as the errors of validate() name it, so the shell
    // can put the focus on the first wrong field.
    const std::pair<QWidget *, const char *> names[] = {
        {m_act, "actKind"}, {m_copy, "copyKind"}, {m_relationship, "relationship"},
        {m_familyName, "subjectFamilyName"}, {m_firstNames, "subjectFirstNames"},
        {m_subjectBirth, "subjectBirthDate"}, {m_parents, "parentNames"}, {m_actDate, "actDate"},
        {m_abroad, "abroad"}, {m_communeCode, "eventCommuneCode"}, {m_communeName, "eventCommuneName"},
        {m_deceased, "subjectDeceased"}, {m_deathDate, "subjectDeathDate"},
        {m_requesterBirth, "requesterBirthDate"}, {m_copies, "copies"}, {m_delivery, "delivery"},
        {m_kind, "declarationKind"}, {m_eventDate, "eventAt"}, {m_eventTime, "eventTime"},
    };
    for (const auto &[widget, name] : names)
        if (widget)
            widget->setObjectName(QLatin1String(name));
    updateEnabledFields();
}

DateField *EtatCivilForm::makePastDate()
{
    auto *field = new DateField(this);
    field->setNotAfterToday(m_context.clock());
    return field;
}

void EtatCivilForm::addPlaceRows(QFormLayout *form)
{
    m_abroad = m_rows.add(form, tr("E&vent abroad"), new QCheckBox(this));
    // Most requests at a counter are about the commune's own registers.
    auto *code = new QLineEdit(m_context.communeCode(), this);
    code->setMaxLength(5);
    code->setToolTip(tr("The INSEE code of the commune where the event took place, e.g. %1 for "
                        "%2. It is not the postal code.")
                         .arg(m_context.communeCode(), m_context.communeName()));
    m_communeCode = m_rows.add(form, tr("Commune code (INSEE):"), code);
    m_communeName = m_rows.add(form, tr("P&lace name (commune, or city and country abroad):"),
                           new QLineEdit(m_context.communeName(), this));
}

void EtatCivilForm::addNameRows(QFormLayout *form, const QString &familyLabel, const QString &firstLabel)
{
    m_familyName = m_rows.add(form, familyLabel, new QLineEdit(this));
    m_firstNames = m_rows.add(form, firstLabel, new QLineEdit(this));
}

void EtatCivilForm::buildCopyForm(QFormLayout *form)
{
    m_act = m_rows.add(form, tr("Ac&t:"), m_rows.choiceCombo(m_rules.actKinds()));
    m_copy = m_rows.add(form, tr("Copy &kind:"), m_rows.choiceCombo(m_rules.copyKinds()));
    m_relationship = m_rows.add(form, tr("Requester's &relationship to the person on the act:"),
                            m_rows.choiceCombo(m_rules.relationships()));
    addNameRows(form, tr("Family &name of the person on the act:"),
                tr("First na&mes of the person on the act:"));
    m_subjectBirth = m_rows.add(form, tr("&Birth date of the person on the act:"), makePastDate());
    m_parents = m_rows.add(form, tr("&Parents' names of the person on the act:"), new QLineEdit(this));
    m_actDate = m_rows.add(form, tr("Date of the act (marriage or death):"), makePastDate());
    addPlaceRows(form);
    m_deceased = m_rows.add(form, tr("The person on the act &is deceased"), new QCheckBox(this));
    m_deathDate = m_rows.add(form, tr("Date of death:"), makePastDate());
    m_requesterBirth = m_rows.add(form, tr("Re&quester's birth date:"), makePastDate());
    auto *copies = new QSpinBox(this);
    copies->setRange(1, m_rules.maxCopies());
    m_copies = m_rows.add(form, tr("N&umber of copies:"), copies);
    m_delivery = m_rows.add(form, tr("Deliver&y:"), m_rows.choiceCombo(m_rules.deliveries()));
}

void EtatCivilForm::buildDeclarationForm(QFormLayout *form)
{
    m_kind = m_rows.add(form, tr("Decla&ration:"), m_rows.choiceCombo(m_rules.declarationKinds()));
    m_eventDate = m_rows.add(form, tr("Date of the even&t (birth, or death's medical confirmation):"),
                             makePastDate());
    auto *time = new QLineEdit(this);
    time->setInputMask(QStringLiteral("00:00;_"));
    time->setToolTip(tr("The hour and the minutes, as HH:MM: 4 digits, e.g. 1530 for 15:30."));
    time->setMaximumWidth(time->fontMetrics().horizontalAdvance(QStringLiteral("00:0000")) + 24);
    m_eventTime = m_rows.add(form, tr("T&ime of the event:"), time);
    addPlaceRows(form);
    addNameRows(form, tr("Family &name of the child or of the deceased person:"),
                tr("First na&mes of the child or of the deceased person:"));
}

QDate EtatCivilForm::dateOf(const DateField *field)
{
    return field && field->isEnabled() ? field->date() : QDate();
}

QTime EtatCivilForm::eventTime() const
{
    return m_eventTime ? QTime::fromString(m_eventTime->text(), QStringLiteral("HH:mm")) : QTime();
}

QDateTime EtatCivilForm::eventAt() const
{
    const QDate day = dateOf(m_eventDate);
    const QTime time = eventTime();
    return day.isValid() && time.isValid() ? QDateTime(day, time) : QDateTime();
}

void EtatCivilForm::updateEnabledFields()
{
    m_communeCode->setEnabled(!m_abroad->isChecked());
    if (m_procedure == Procedure::Copy) {
        m_deathDate->setEnabled(m_deceased->isChecked());
        // The act's date is asked only for the acts that need it (a marriage, a death).
        const CopyRequest request = copyRequest();
        m_actDate->setEnabled(m_rules.requiredData(request.actKind, request.copyKind).contains(QLatin1String("actDate")));
    } else {
        const QStringList data = m_rules.declarationData(declarationKind());
        const bool place = data.contains(QLatin1String("eventPlace"));
        m_eventDate->setEnabled(data.contains(QLatin1String("eventAt")));
        m_eventTime->setEnabled(data.contains(QLatin1String("eventAt")));
        m_abroad->setEnabled(place);
        m_communeCode->setEnabled(place && !m_abroad->isChecked());
        m_communeName->setEnabled(place);
    }
}

void EtatCivilForm::emitChanged()
{
    updateEnabledFields();
    Q_EMIT changed();
}

QDate EtatCivilForm::today() const
{
    return m_context.clock().today();
}

FrenchCalendar EtatCivilForm::calendar() const
{
    return EtatCivilRules::calendarForCommune(m_context.communeCode());
}

QString EtatCivilForm::declarationKind() const
{
    return m_kind ? m_kind->currentData().toString() : QString();
}

void EtatCivilForm::setApplicant(const Citizen &citizen)
{
    if (m_procedure != Procedure::Copy)
        return;
    if (citizen.birthDate.isValid())
        m_requesterBirth->setDate(citizen.birthDate);
    // Most people ask for their own act: start from them when the person on
    // the act is not filled in yet; the agent overwrites it otherwise.
    if (m_relationship->currentData().toString() != QLatin1String("interesse")
        || !m_familyName->text().isEmpty() || !m_firstNames->text().isEmpty())
        return;
    m_familyName->setText(citizen.familyName);
    m_firstNames->setText(citizen.firstNames);
    if (citizen.birthDate.isValid())
        m_subjectBirth->setDate(citizen.birthDate);
    const bool bornAbroad = !citizen.birthCountry.isEmpty()
        && citizen.birthCountry.compare(QLatin1String("France"), Qt::CaseInsensitive) != 0;
    if (m_act->currentData().toString() == QLatin1String("naissance")
        && (bornAbroad || !citizen.birthPlaceCode.isEmpty())) {
        m_abroad->setChecked(bornAbroad);
        m_communeCode->setText(bornAbroad ? QString() : citizen.birthPlaceCode);
        m_communeName->setText(bornAbroad ? citizen.birthPlaceName + QStringLiteral(", ") + citizen.birthCountry
                                          : citizen.birthPlaceName);
    }
}

QString EtatCivilForm::procedureId() const
{
    return m_procedure == Procedure::Copy ? QString(CopyProcedureId) : QString(DeclarationProcedureId);
}

QString EtatCivilForm::knownCommuneCode() const
{
    // While the agent types, or for a code no commune has, the answer says the
    // commune is missing and validate() says what is wrong with the code.
    const auto code = m_context.communes().checkCode(m_communeCode->text(), QStringLiteral("eventCommuneCode"));
    return code ? *code : QString();
}

Facts EtatCivilForm::facts() const
{
    const bool abroad = m_abroad->isChecked();
    Facts f{{QStringLiteral("abroad"), answers::booleanFact(abroad)}};
    if (!abroad)
        f.insert(QStringLiteral("event_commune_code"), knownCommuneCode());
    if (m_procedure == Procedure::Copy) {
        f.insert(QStringLiteral("act_kind"), m_act->currentData().toString());
        f.insert(QStringLiteral("copy_kind"), m_copy->currentData().toString());
        f.insert(QStringLiteral("relationship"), m_relationship->currentData().toString());
        f.insert(QStringLiteral("subject_birth_date"), answers::dateFact(dateOf(m_subjectBirth)));
        f.insert(QStringLiteral("act_date"), answers::dateFact(dateOf(m_actDate)));
        f.insert(QStringLiteral("subject_deceased"), answers::booleanFact(m_deceased->isChecked()));
        if (m_deceased->isChecked())
            f.insert(QStringLiteral("subject_death_date"), answers::dateFact(dateOf(m_deathDate)));
        f.insert(QStringLiteral("requester_birth_date"), answers::dateFact(dateOf(m_requesterBirth)));
        f.insert(QStringLiteral("delivery"), m_delivery->currentData().toString());
    } else {
        f.insert(QStringLiteral("declaration_kind"), declarationKind());
        f.insert(QStringLiteral("event_at"), answers::dateTimeFact(eventAt()));
    }
    return f;
}

FactValues EtatCivilForm::factValues() const
{
    return FactValues(facts(), m_answers.facts(procedureId()));
}

Answer EtatCivilForm::currentAnswer() const
{
    return answers::forForm(m_answers, m_context, procedureId(), facts());
}

CopyRequest EtatCivilForm::copyRequest() const
{
    return m_procedure == Procedure::Copy ? m_answers.copyRequest(factValues()) : CopyRequest();
}

PlaceAnswer EtatCivilForm::copyPlace() const
{
    return m_answers.copyPlace(factValues(), answers::contextOf(m_context));
}

PlaceAnswer EtatCivilForm::declarationPlace() const
{
    return m_answers.declarationPlace(factValues(), answers::contextOf(m_context));
}

Result<QString> EtatCivilForm::validateCommuneCode(const QString &code) const
{
    const QString field = QStringLiteral("eventCommuneCode");
    auto shaped = validate::inseeCode(code, field);
    if (shaped && !m_context.communes().checkCode(*shaped, field))
        return std::unexpected(Error::invalid(field,
            tr("Commune code (INSEE) of the event: %1 is not the code of any commune, present or former. "
               "Check the code (it is not the postal code), e.g. %2 for %3.")
                .arg(*shaped, m_context.communeCode(), m_context.communeName())));
    return shaped;
}

void EtatCivilForm::validatePlace(QList<Error> &errors) const
{
    if (m_abroad->isChecked()) {
        if (m_communeName->text().trimmed().isEmpty())
            errors << Error::invalid(QStringLiteral("eventCommuneName"),
                tr("Place of the event: the place abroad is missing. Type the city and the country."));
        return;
    }
    const QString code = m_communeCode->text().trimmed();
    if (code.isEmpty()) {
        errors << Error::invalid(QStringLiteral("eventCommuneCode"),
            tr("Commune code (INSEE) of the event is missing: type the 5-character code, e.g. %1 "
               "for %2 (not the postal code), or tick \"Event abroad\".")
                .arg(m_context.communeCode(), m_context.communeName()));
    } else if (const auto checked = validateCommuneCode(code); !checked) {
        errors << checked.error();
    }
    if (m_communeName->text().trimmed().isEmpty())
        errors << Error::invalid(QStringLiteral("eventCommuneName"),
            tr("Place name of the event is missing: type the name of the commune, which the case "
               "records with its code."));
}

QList<Error> EtatCivilForm::validate() const
{
    return m_procedure == Procedure::Copy ? validateCopy() : validateDeclaration();
}

QList<Error> EtatCivilForm::validateCopy() const
{
    QList<Error> errors;
    const CopyRequest request = copyRequest();
    if (!m_rules.isIssued(request.actKind, request.copyKind))
        errors << Error::invalid(QStringLiteral("copyKind"),
            tr("Copy kind: a \"%1\" is not issued for this act (%2). Choose another kind of copy.")
                .arg(m_rules.label(request.copyKind), m_rules.label(request.actKind)));

    const QStringList data = m_rules.requiredData(request.actKind, request.copyKind);
    if (data.contains(QLatin1String("subjectNames"))) {
        if (m_familyName->text().trimmed().isEmpty())
            errors << Error::invalid(QStringLiteral("subjectFamilyName"),
                tr("Family name of the person on the act is missing: type the birth name as "
                   "written on the act."));
        if (m_firstNames->text().trimmed().isEmpty())
            errors << Error::invalid(QStringLiteral("subjectFirstNames"),
                tr("First names of the person on the act are missing: type them in the order "
                   "of the act."));
    }
    if (data.contains(QLatin1String("subjectBirthDate")) && m_subjectBirth->isBlank())
        errors << Error::invalid(QStringLiteral("subjectBirthDate"),
            tr("Birth date of the person on the act is missing: type it as DD/MM/YYYY (e.g. 08/07/1990)."));
    if (data.contains(QLatin1String("actDate")) && m_actDate->isBlank())
        errors << Error::invalid(QStringLiteral("actDate"),
            tr("Date of the act is missing: type the date of the marriage or of the death as DD/MM/YYYY."));
    if (data.contains(QLatin1String("parentNames")) && m_parents->text().trimmed().isEmpty())
        errors << Error::invalid(QStringLiteral("parentNames"),
            tr("Parents' names of the person on the act are missing: this copy shows the "
               "parents, so type their names and first names as the act gives them."));
    if (data.contains(QLatin1String("eventPlace")))
        validatePlace(errors);
    else if (!m_abroad->isChecked() && !m_communeCode->text().trimmed().isEmpty())
        if (const auto checked = validateCommuneCode(m_communeCode->text()); !checked)
            errors << checked.error();

    const QDate now = today();
    // What each date field says of what is typed (not a date, in the future).
    for (const DateField *field : {m_subjectBirth, m_actDate, m_deathDate, m_requesterBirth})
        if (field->isEnabled())
            if (const auto checked = field->check(field->accessibleName()); !checked)
                errors << checked.error();

    if (request.subjectDeceased && m_deathDate->isBlank())
        errors << Error::invalid(QStringLiteral("subjectDeathDate"),
            tr("Date of death is missing: the person on the act is marked as deceased, so type "
               "the date of death, or untick \"deceased\"."));
    if (request.subjectDeathDate.isValid() && request.subjectBirthDate.isValid()
        && request.subjectDeathDate < request.subjectBirthDate)
        errors << Error::invalid(QStringLiteral("subjectDeathDate"),
            tr("Date of death is before the birth date of the person on the act: check both dates."));

    if (m_rules.eligibility(request, now).rule == QLatin1String("needs-requester-birth-date")
        && m_requesterBirth->isBlank())
        errors << Error::invalid(QStringLiteral("requesterBirthDate"),
            tr("Requester's birth date is missing: it is needed to check that a descendant asking "
               "for this copy of a marriage act is an adult. Type it as DD/MM/YYYY."));
    return errors;
}

QList<Error> EtatCivilForm::validateDeclaration() const
{
    QList<Error> errors;
    const QStringList data = m_rules.declarationData(declarationKind());
    if (data.contains(QLatin1String("eventAt"))) {
        const QString time = m_eventTime->text();
        const bool timeTyped = std::any_of(time.cbegin(), time.cend(), [](QChar c) { return c.isDigit(); });
        const auto day = m_eventDate->check(m_eventDate->accessibleName());
        if (m_eventDate->isBlank() && !timeTyped)
            errors << Error::invalid(QStringLiteral("eventAt"),
                tr("Date and time of the event are missing: type the day the birth took place, or the "
                   "death was medically confirmed, as DD/MM/YYYY, then the time as HH:MM."));
        else if (m_eventDate->isBlank())
            errors << Error::invalid(QStringLiteral("eventAt"),
                tr("Date of the event is missing: type the day the birth took place, or the death was "
                   "medically confirmed, as DD/MM/YYYY."));
        else if (!day)
            errors << day.error();
        if (!timeTyped && !m_eventDate->isBlank())
            errors << Error::invalid(QStringLiteral("eventTime"),
                tr("Time of the event is missing: type the hour and the minutes of the birth, or of the "
                   "death's medical confirmation, as HH:MM (e.g. 15:30)."));
        else if (timeTyped && !eventTime().isValid())
            errors << Error::invalid(QStringLiteral("eventTime"),
                tr("Time of the event: expected the hour and the minutes as HH:MM, e.g. 15:30; \"%1\" is not "
                   "a time. Correct it.").arg(m_eventTime->displayText()));
        else if (day && eventAt().isValid() && eventAt() > m_context.clock().now())
            errors << Error::invalid(QStringLiteral("eventTime"),
                tr("Date and time of the event are in the future: check the date and the hour."));
    }
    if (data.contains(QLatin1String("eventPlace")))
        validatePlace(errors);
    if (data.contains(QLatin1String("subjectNames"))) {
        if (m_familyName->text().trimmed().isEmpty())
            errors << Error::invalid(QStringLiteral("subjectFamilyName"),
                tr("Family name of the child or of the deceased person is missing: type it as "
                   "it will be written on the act."));
        if (m_firstNames->text().trimmed().isEmpty())
            errors << Error::invalid(QStringLiteral("subjectFirstNames"),
                tr("First names of the child or of the deceased person are missing: type them "
                   "in the order they will have on the act."));
    }
    return errors;
}

QJsonObject EtatCivilForm::values() const
{
    QJsonObject v{{QStringLiteral("subjectFamilyName"), m_familyName->text().trimmed()},
                  {QStringLiteral("subjectFirstNames"), m_firstNames->text().trimmed()},
                  {QStringLiteral("abroad"), m_abroad->isChecked()},
                  {QStringLiteral("eventCommuneCode"),
                   m_abroad->isChecked() ? QString() : m_communeCode->text().trimmed().toUpper()},
                  {QStringLiteral("eventCommuneName"), m_communeName->text().trimmed()}};
    if (m_procedure == Procedure::Copy) {
        const CopyRequest r = copyRequest();
        const Decision d = m_rules.eligibility(r, today());
        v.insert(QStringLiteral("actKind"), r.actKind);
        v.insert(QStringLiteral("copyKind"), r.copyKind);
        v.insert(QStringLiteral("relationship"), r.relationship);
        v.insert(QStringLiteral("subjectBirthDate"), jsonDate(r.subjectBirthDate));
        v.insert(QStringLiteral("parentNames"), m_parents->text().trimmed());
        v.insert(QStringLiteral("actDate"), jsonDate(dateOf(m_actDate)));
        v.insert(QStringLiteral("subjectDeceased"), r.subjectDeceased);
        v.insert(QStringLiteral("subjectDeathDate"), jsonDate(r.subjectDeathDate));
        v.insert(QStringLiteral("requesterBirthDate"), jsonDate(r.requesterBirthDate));
        v.insert(QStringLiteral("copies"), m_copies->value());
        v.insert(QStringLiteral("delivery"), m_delivery->currentData().toString());
        // What the rules said when the case was recorded, for the timeline.
        v.insert(QStringLiteral("eligible"), d.allowed);
        v.insert(QStringLiteral("eligibilityRule"), d.rule);
        v.insert(QStringLiteral("place"), placeKey(copyPlace().kind));
    } else {
        const QString kind = declarationKind();
        const QDateTime at = eventAt();
        v.insert(QStringLiteral("declarationKind"), kind);
        v.insert(QStringLiteral("eventAt"), at.isValid() ? QJsonValue(at.toString(Qt::ISODateWithMs))
                                                         : QJsonValue(QJsonValue::Null));
        const Deadline d = m_rules.declarationDeadline(kind, at, m_context.communeCode(), calendar());
        v.insert(QStringLiteral("deadline"),
                 !d.exists ? QJsonValue(QJsonValue::Null)
                           : QJsonValue(d.instant.isValid() ? d.instant.toString(Qt::ISODateWithMs)
                                                            : d.lastDay.toString(Qt::ISODate)));
        v.insert(QStringLiteral("late"), m_rules.isLate(kind, at, m_context.clock().now(), m_context.communeCode(), calendar()));
        v.insert(QStringLiteral("place"), placeKey(declarationPlace().kind));
    }
    return v;
}

QString EtatCivilForm::summary() const
{
    QString person = m_familyName->text().trimmed().toUpper();
    if (!m_firstNames->text().trimmed().isEmpty())
        person += u' ' + m_firstNames->text().trimmed();
    if (m_procedure == Procedure::Copy)
        return tr("%1 — %2 — %3 (%n copies, %4)", nullptr, m_copies->value())
            .arg(m_copy->currentText(), m_act->currentText(), person, m_delivery->currentText());
    if (person.isEmpty())
        return tr("Declaration: %1").arg(m_kind->currentText());
    return tr("Declaration: %1 — %2").arg(m_kind->currentText(), person);
}

QList<ChecklistItem> EtatCivilForm::checklist() const
{
    return currentAnswer().checklist;
}

QString EtatCivilForm::answer() const
{
    return currentAnswer().text;
}

QDate EtatCivilForm::dueDate() const
{
    return currentAnswer().date(m_procedure == Procedure::Copy ? QStringLiteral("due") : QStringLiteral("deadline"));
}

QString EtatCivilForm::initialStatus() const
{
    return {};
}

} // namespace guichet::etatcivil
