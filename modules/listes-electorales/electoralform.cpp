// SPDX-License-Identifier: GPL-3.0-or-later
#include "electoralform.h"

#include "datefield.h"
#include "formsupport.h"
#include "domain/textfold.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <type_traits>

namespace guichet::listeselectorales {

namespace {

QJsonArray jsonList(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a << s;
    return a;
}

/// "12 bis rue de Siam" → ("12 bis", "rue de Siam"); "12B, rue X" → ("12B", "rue X");
/// no leading number → ("", the whole line).
std::pair<QString, QString> splitAddress(const QString &line)
{
    static const QRegularExpression address(
        QStringLiteral("^(\\d+(?:\\s*(?:bis|ter|quater)\\b|[a-z]\\b)?)\\s*,?\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = line.simplified();
    const auto m = address.match(t);
    if (!m.hasMatch())
        return {QString(), t};
    return {m.captured(1), m.captured(2)};
}

} // namespace

std::optional<ElectoralForm::Procedure> ElectoralForm::procedureOf(const QString &procedureId)
{
    if (procedureId == RegistrationProcedureId)
        return Procedure::Registration;
    if (procedureId == RemovalProcedureId)
        return Procedure::Removal;
    return std::nullopt;
}

ElectoralForm::ElectoralForm(const ElectoralRules &rules, const ModuleContext &context, Procedure procedure,
                             QWidget *parent)
    : CaseForm(parent), m_rules(rules), m_context(context), m_procedure(procedure), m_answers(rules)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (procedure == Procedure::Registration)
        buildRegistration(form);
    else
        buildRemoval(form);
    m_rows.finish();
    updateEnabledFields();
}

DateField *ElectoralForm::makePastDate()
{
    auto *field = new DateField(this);
    field->setNotAfterToday(m_context.clock());
    return field;
}

void ElectoralForm::addListRow(QFormLayout *form, const QString &label)
{
    // One box under the other: the labels are long, and the form shares the
    // reception page with the answer.
    auto *box = new QWidget(this);
    auto *row = new QVBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    const QList<Choice> lists = m_rules.complementaryLists();
    for (qsizetype i = 0; i < lists.size(); ++i) {
        auto *check = new QCheckBox(lists.at(i).label, box);
        check->setProperty("listId", lists.at(i).id);
        // The first box carries the field name, so the shell focuses it on an error.
        check->setObjectName(i == 0 ? QStringLiteral("lists") : QStringLiteral("lists.") + lists.at(i).id);
        check->setAccessibleName(plainLabel(label) + QStringLiteral(": ") + lists.at(i).label);
        row->addWidget(check);
        m_lists << check;
        m_rows.addToTabOrder(check);
        connect(check, &QAbstractButton::toggled, this, &ElectoralForm::emitChanged);
    }
    auto *l = new QLabel(label, this);
    if (!m_lists.isEmpty())
        l->setBuddy(m_lists.first());
    form->addRow(l, box);
}

void ElectoralForm::addIdentityRows(QFormLayout *form)
{
    m_idDocument = m_rows.add(form, tr("&Identity document:"), m_rows.choiceCombo(m_rules.identityDocuments()), "idDocument");
    m_idExpiry = m_rows.add(form, tr("Identity document &valid until:"), new DateField(this), "idExpiry");
    m_idExpiry->setToolTip(tr("The end of validity printed on the document. A document expired for less than "
                              "%n years is accepted.", nullptr, m_rules.identityGraceYears()));
}

void ElectoralForm::buildRegistration(QFormLayout *form)
{
    m_requestKind = m_rows.add(form, tr("Re&quest:"), m_rows.choiceCombo(m_rules.requestKinds()), "requestKind");
    m_nationality = m_rows.add(form, tr("&Nationality:"), m_rows.choiceCombo(m_rules.nationalities()), "nationality");
    addListRow(form, tr("Complementary &lists (EU citizens):"));
    m_birthDate = m_rows.add(form, tr("&Birth date:"), makePastDate(), "birthDate");
    m_attachment = m_rows.add(form, tr("Attach&ment to the commune:"), m_rows.choiceCombo(m_rules.attachments()), "attachment");
    m_hosted = m_rows.add(form, tr("Hosted by a third party (certificate of hosting)"), new QCheckBox(this), "hosted");
    m_residenceSince = m_rows.add(form, tr("&Resident since (date):"), makePastDate(), "residenceSince");
    auto *years = new QSpinBox(this);
    years->setRange(0, 99);
    years->setSuffix(tr(" year(s)"));
    years->setMaximumWidth(years->fontMetrics().horizontalAdvance(QStringLiteral("00 year(s)")) + 48);
    years->setToolTip(tr("Consecutive years on the commune's local tax roll (taxe foncière, CFE): the number of "
                         "tax notices in a row."));
    m_taxYears = m_rows.add(form, tr("&Years on the local tax roll:"), years, "taxYears");
    m_spouseTaxpayer = m_rows.add(form, tr("S&pouse registered here as a taxpayer"), new QCheckBox(this), "spouseTaxpayer");
    auto *number = new QLineEdit(this);
    number->setMaximumWidth(number->fontMetrics().horizontalAdvance(QStringLiteral("0000 quater")) + 16);
    number->setToolTip(tr("The house number, with bis, ter or a letter if any: 12, 12 bis, 12B."));
    m_houseNumber = m_rows.add(form, tr("House n&umber:"), number, "houseNumber");
    auto *street = new QLineEdit(this);
    QStringList streets;
    for (const auto &s : m_rules.streets().streetNames())
        streets << s;
    auto *completer = new QCompleter(streets, street);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    street->setCompleter(completer);
    street->setToolTip(tr("The street of the address in %1; accents and case do not matter, and the street "
                          "type may be shortened (r., bd, pl.).").arg(m_context.communeName()));
    m_street = m_rows.add(form, tr("S&treet:"), street, "street");
    addIdentityRows(form);
    QList<Choice> exceptions;
    for (const Choice &e : m_rules.exceptions())
        if (!m_rules.isAutomaticException(e.id))
            exceptions << e;
    m_exception = m_rows.add(form, tr("Late registration e&xception:"), m_rows.choiceCombo(exceptions, tr("None")),
                             "exception");
    m_exception->setToolTip(tr("After the 6th Friday before a poll, a move, a naturalisation or recovered voting "
                               "rights still allow registering up to the 10th day. Turning 18 is taken from the "
                               "birth date."));
    m_exceptionDate = m_rows.add(form, tr("Date of the event:"), makePastDate(), "exceptionDate");
}

void ElectoralForm::buildRemoval(QFormLayout *form)
{
    m_nationality = m_rows.add(form, tr("&Nationality:"), m_rows.choiceCombo(m_rules.nationalities()), "nationality");
    addListRow(form, tr("&Lists to leave:"));
    m_removalReason = m_rows.add(form, tr("&Reason:"), m_rows.choiceCombo(m_rules.removalReasons()), "removalReason");
    addIdentityRows(form);
}

void ElectoralForm::updateEnabledFields()
{
    const Nationality n = m_rules.nationality(m_nationality->currentData().toString());
    const bool eu = n.memberOn(today());
    for (QCheckBox *c : std::as_const(m_lists))
        c->setEnabled(eu);
    if (m_procedure != Procedure::Registration)
        return;
    const QString condition = m_rules.attachmentCondition(m_attachment->currentData().toString());
    m_hosted->setEnabled(condition == QLatin1String("domicile"));
    m_residenceSince->setEnabled(condition == QLatin1String("since-months"));
    m_taxYears->setEnabled(condition == QLatin1String("tax-years"));
    m_spouseTaxpayer->setEnabled(condition == QLatin1String("spouse-taxpayer"));
    m_exceptionDate->setEnabled(!m_exception->currentData().toString().isEmpty());
}

void ElectoralForm::emitChanged()
{
    updateEnabledFields();
    Q_EMIT changed();
}

QDate ElectoralForm::today() const
{
    return m_context.clock().today();
}

FrenchCalendar ElectoralForm::calendar() const
{
    return ElectoralRules::calendarForCommune(m_context.communeCode());
}

void ElectoralForm::setApplicant(const Citizen &citizen)
{
    m_applicant = citizen;
    if (m_birthDate && m_birthDate->isBlank() && citizen.birthDate.isValid())
        m_birthDate->setDate(citizen.birthDate);
    // An address on record in this commune gives the street; one elsewhere
    // does not (the person is moving in, and the agent types the new one).
    const bool here = textfold::fold(citizen.city.trimmed()) == textfold::fold(m_context.communeName());
    if (m_street && here && m_street->text().trimmed().isEmpty() && m_houseNumber->text().trimmed().isEmpty()
        && !citizen.addressLine.trimmed().isEmpty()) {
        const auto [number, street] = splitAddress(citizen.addressLine);
        m_houseNumber->setText(number);
        m_street->setText(street);
    }
}

QStringList ElectoralForm::checkedLists() const
{
    QStringList lists;
    for (const QCheckBox *c : m_lists)
        if (c->isEnabled() && c->isChecked())
            lists << c->property("listId").toString();
    return lists;
}

QString ElectoralForm::procedureId() const
{
    return m_procedure == Procedure::Registration ? QString(RegistrationProcedureId) : QString(RemovalProcedureId);
}

Facts ElectoralForm::facts() const
{
    Facts f{{QStringLiteral("nationality"), m_nationality->currentData().toString()},
            {QStringLiteral("lists"), ElectoralAnswers::listsFact(checkedLists())}};
    if (m_procedure != Procedure::Registration)
        return f;
    f.insert(QStringLiteral("request_kind"), m_requestKind->currentData().toString());
    f.insert(QStringLiteral("birth_date"), answers::dateFact(m_birthDate->date()));
    f.insert(QStringLiteral("attachment"), m_attachment->currentData().toString());
    if (m_hosted->isEnabled())
        f.insert(QStringLiteral("hosted"), answers::booleanFact(m_hosted->isChecked()));
    if (m_residenceSince->isEnabled())
        f.insert(QStringLiteral("residence_since"), answers::dateFact(m_residenceSince->date()));
    if (m_taxYears->isEnabled())
        f.insert(QStringLiteral("tax_years"), QString::number(m_taxYears->value()));
    if (m_spouseTaxpayer->isEnabled())
        f.insert(QStringLiteral("spouse_taxpayer"), answers::booleanFact(m_spouseTaxpayer->isChecked()));
    f.insert(QStringLiteral("house_number"), m_houseNumber->text());
    f.insert(QStringLiteral("street"), m_street->text());
    f.insert(QStringLiteral("id_expiry"), answers::dateFact(m_idExpiry->date()));
    const QString exception = m_exception->currentData().toString();
    f.insert(QStringLiteral("exception"), exception);
    if (!exception.isEmpty())
        f.insert(QStringLiteral("exception_date"), answers::dateFact(m_exceptionDate->date()));
    return f;
}

Answer ElectoralForm::currentAnswer() const
{
    return answers::forForm(m_answers, m_context, procedureId(), facts());
}

RegistrationRequest ElectoralForm::request() const
{
    const QString procedure = procedureId();
    return m_answers.request(procedure, FactValues(facts(), m_answers.facts(procedure)));
}

StationAnswer ElectoralForm::station() const
{
    if (!m_street)
        return {};
    return m_rules.pollingStation(m_houseNumber->text(), m_street->text());
}

void ElectoralForm::checkDate(QList<Error> &errors, const DateField *field, const QString &missing)
{
    if (field->isBlank())
        errors << Error::invalid(field->objectName(), missing);
    else if (const auto checked = field->check(field->accessibleName()); !checked)
        errors << checked.error();
}

QList<Error> ElectoralForm::validate() const
{
    QList<Error> errors;
    const RegistrationRequest r = request();
    const Nationality n = m_rules.nationality(r.nationality);
    if (n.memberOn(today()) && r.lists.isEmpty())
        errors << Error::invalid(QStringLiteral("lists"),
            m_procedure == Procedure::Registration
                ? tr("Complementary lists: none is ticked. An EU citizen registers on the municipal list, the "
                     "European list or both: tick the ones asked for.")
                : tr("Lists to leave: none is ticked. Tick the complementary list or lists the person asks "
                     "to leave."));

    if (m_procedure == Procedure::Registration) {
        checkDate(errors, m_birthDate,
                  tr("Birth date is missing: type it as DD/MM/YYYY (e.g. 12/05/1990). The voting age depends "
                     "on it."));
        if (m_residenceSince->isEnabled())
            checkDate(errors, m_residenceSince,
                      tr("Resident since is missing: type the first day of the residence in the commune as "
                         "DD/MM/YYYY; six months of residence are needed."));
        const StationAnswer s = station();
        if (s.kind == StationAnswer::Kind::Empty)
            errors << Error::invalid(QStringLiteral("street"),
                tr("Street is missing: type the street of the address in %1 (e.g. rue de Siam); the polling "
                   "station depends on it.").arg(m_context.communeName()));
        else if (s.kind == StationAnswer::Kind::SeveralStreets)
            errors << Error::invalid(QStringLiteral("street"),
                tr("Street: several streets match \"%1\" (%2). Type the street type as well (rue, place, "
                   "route…).").arg(m_street->text().simplified(), s.candidates.join(QStringLiteral(", "))));
        else if (s.kind == StationAnswer::Kind::NumberNeeded)
            errors << Error::invalid(QStringLiteral("houseNumber"),
                tr("House number is missing: %1 is split between several polling stations, so type the "
                   "number.").arg(s.street));
        if (!m_houseNumber->text().trimmed().isEmpty() && !StreetTable::parseNumber(m_houseNumber->text()))
            errors << Error::invalid(QStringLiteral("houseNumber"),
                tr("House number: \"%1\" does not start with a number. Type the number first, e.g. 12 or "
                   "12 bis, or leave it empty.").arg(m_houseNumber->text().simplified()));
        if (!r.exception.isEmpty())
            checkDate(errors, m_exceptionDate,
                      tr("Date of the event is missing: the exception \"%1\" needs the %2, as DD/MM/YYYY.")
                          .arg(m_exception->currentText(), m_rules.exceptionEventLabel(r.exception)));
    }
    checkDate(errors, m_idExpiry,
              tr("Identity document valid until is missing: type the end of validity printed on the "
                 "document as DD/MM/YYYY."));
    return errors;
}

QJsonObject ElectoralForm::values() const
{
    const RegistrationRequest r = request();
    const QDate now = today();
    QJsonObject v{{QStringLiteral("nationality"), r.nationality},
                  {QStringLiteral("idDocument"), m_idDocument->currentData().toString()},
                  {QStringLiteral("idExpiry"), jsonDate(m_idExpiry->date())},
                  {QStringLiteral("decisionDue"), jsonDate(dueDate())}};
    // Who the request is for, as the register needs it: the case stores it
    // so that the REU export does not depend on later edits of the person.
    v.insert(QStringLiteral("applicant"),
             QJsonObject{{QStringLiteral("familyName"), m_applicant.familyName},
                         {QStringLiteral("usedName"), m_applicant.usedName},
                         {QStringLiteral("firstNames"), m_applicant.firstNames},
                         {QStringLiteral("sex"), m_applicant.sex.isNull() ? QString() : QString(m_applicant.sex)},
                         {QStringLiteral("birthDate"), jsonDate(m_procedure == Procedure::Registration
                                                                    ? r.birthDate : m_applicant.birthDate)},
                         {QStringLiteral("birthPlaceCode"), m_applicant.birthPlaceCode},
                         {QStringLiteral("birthPlaceName"), m_applicant.birthPlaceName},
                         {QStringLiteral("addressLine"), m_applicant.addressLine},
                         {QStringLiteral("postalCode"), m_applicant.postalCode},
                         {QStringLiteral("city"), m_applicant.city},
                         {QStringLiteral("birthCountry"),
                          m_applicant.birthCountry.compare(QLatin1String("France"), Qt::CaseInsensitive) == 0
                              ? QString() : m_applicant.birthCountry}});
    if (m_procedure == Procedure::Removal) {
        const RemovalAnswer a = m_rules.removal(r.nationality, r.lists, now);
        v.insert(QStringLiteral("lists"), jsonList(r.lists));
        v.insert(QStringLiteral("removalReason"), m_removalReason->currentData().toString());
        v.insert(QStringLiteral("eligible"), a.allowed);
        v.insert(QStringLiteral("eligibilityRule"), a.rule);
        return v;
    }

    const Eligibility e = m_rules.eligibility(r, now, calendar());
    const DeadlineAnswer d = m_rules.deadline(r, now, calendar());
    const StationAnswer s = station();
    QStringList polls;
    for (const Poll &p : d.polls)
        polls << p.id;
    v.insert(QStringLiteral("requestKind"), r.requestKind);
    v.insert(QStringLiteral("lists"), jsonList(e.lists));
    v.insert(QStringLiteral("birthDate"), jsonDate(r.birthDate));
    v.insert(QStringLiteral("attachment"), r.attachment);
    v.insert(QStringLiteral("hosted"), r.hosted);
    v.insert(QStringLiteral("residenceSince"), jsonDate(r.residenceSince));
    v.insert(QStringLiteral("taxYears"), r.taxYears);
    v.insert(QStringLiteral("spouseTaxpayer"), r.spouseTaxpayer);
    v.insert(QStringLiteral("houseNumber"), m_houseNumber->text().simplified());
    // The street as the table writes it when it was found, as typed otherwise.
    v.insert(QStringLiteral("street"), s.street.isEmpty() ? m_street->text().simplified() : s.street);
    v.insert(QStringLiteral("postalCode"), m_applicant.postalCode);
    v.insert(QStringLiteral("stationId"), s.station.id);
    v.insert(QStringLiteral("stationLabel"), s.station.label);
    v.insert(QStringLiteral("exception"), r.exception);
    v.insert(QStringLiteral("exceptionDate"), jsonDate(r.exceptionDate));
    // What the rules said when the case was recorded: for the timeline, the
    // decision and the figures.
    v.insert(QStringLiteral("eligible"), e.eligible);
    v.insert(QStringLiteral("eligibilityRule"), e.firstRefusal().rule);
    v.insert(QStringLiteral("pollIds"), jsonList(polls));
    v.insert(QStringLiteral("counterDeadline"), jsonDate(d.counterDeadline));
    v.insert(QStringLiteral("exceptionApplied"), d.exception);
    return v;
}

QString ElectoralForm::summary() const
{
    const RegistrationRequest r = request();
    if (m_procedure == Procedure::Removal)
        return tr("Removal from the complementary lists: %1").arg(m_rules.listsPhrase(r.lists));
    const StationAnswer s = station();
    const QStringList lists = m_rules.listsFor(r, today());
    return tr("%1 — %2 — %3")
        .arg(m_requestKind->currentText(),
             lists.isEmpty() ? m_nationality->currentText() : m_rules.listsPhrase(lists),
             s.kind == StationAnswer::Kind::Found ? s.station.label : tr("polling station to be determined"));
}

QList<ChecklistItem> ElectoralForm::checklist() const
{
    return currentAnswer().checklist;
}

QString ElectoralForm::answer() const
{
    return currentAnswer().text;
}

QDate ElectoralForm::dueDate() const
{
    return currentAnswer().date(QStringLiteral("decision-due"));
}

} // namespace guichet::listeselectorales
