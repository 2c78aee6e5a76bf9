// SPDX-License-Identifier: GPL-3.0-or-later
#include "inscriptionform.h"

#include "datefield.h"
#include "formsupport.h"
#include "domain/textfold.h"
#include "domain/validators.h"
#include "reference/communes.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCollator>
#include <QCompleter>
#include <QFont>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>

#include <algorithm>
#include <limits>
#include <type_traits>

namespace guichet::inscription {

namespace {

QString personName(const QString &familyName, const QString &firstNames)
{
    QString person = familyName.trimmed().toUpper();
    if (!firstNames.trimmed().isEmpty())
        person += (person.isEmpty() ? QString() : QStringLiteral(" ")) + firstNames.trimmed();
    return person;
}

} // namespace

std::optional<InscriptionForm::Procedure> InscriptionForm::procedureOf(const QString &procedureId)
{
    if (procedureId == EnrolmentProcedureId)
        return Procedure::Enrolment;
    if (procedureId == DerogationProcedureId)
        return Procedure::Derogation;
    return std::nullopt;
}

std::optional<qint64> InscriptionForm::parseCents(const QString &text)
{
    QString t;
    for (const QChar c : text)
        if (!c.isSpace() && c != QChar(0x20ac) /* € */)
            t += c;
    t.replace(u',', u'.');
    static const QRegularExpression amount(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,2}))?$"));
    const auto m = amount.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QString cents = m.captured(2).leftJustified(2, u'0');
    return m.captured(1).toLongLong() * 100 + cents.toInt();
}

SplitAddress InscriptionForm::splitAddress(const QString &line) const
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,5})\\s*([^\\d\\s,]{1,6})?[\\s,]+(.*)$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const auto m = pattern.match(line);
    if (!m.hasMatch())
        return {QString(), line.trimmed()};
    QString number = m.captured(1);
    QString street = m.captured(3).trimmed();
    const QString suffix = m.captured(2);
    // "12 rue de Siam": "rue" starts the street; "12 bis rue de Siam": "bis" ends the number.
    if (!suffix.isEmpty()) {
        if (m_rules.isStreetType(suffix) || street.isEmpty())
            street = suffix + (street.isEmpty() ? QString() : QStringLiteral(" ") + street);
        else
            number += QStringLiteral(" ") + suffix;
    }
    return {number, street};
}

InscriptionForm::InscriptionForm(const InscriptionRules &rules, const ModuleContext &context,
                                 Procedure procedure, QWidget *parent)
    : CaseForm(parent), m_rules(rules), m_context(context), m_procedure(procedure),
      m_answers(rules, context.communeCode())
{
    auto *form = m_layout = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildCommonRows(form);
    if (procedure == Procedure::Derogation)
        buildDerogationRows(form);
    buildSiblingRows(form);
    if (procedure == Procedure::Enrolment)
        buildEnrolmentRows(form);

    m_rows.finish();
    // Each field is named as the errors of validate() name it, so the shell
    // can put the focus on the first wrong field.
    const std::pair<QWidget *, const char *> names[] = {
        {m_childFamilyName, "childFamilyName"}, {m_childFirstNames, "childFirstNames"},
        {m_childBirthDate, "childBirthDate"}, {m_schoolYear, "schoolYear"}, {m_earlyAdmission, "earlyAdmission"},
        {m_guardian1, "guardian1"}, {m_guardian2, "guardian2"}, {m_houseNumber, "houseNumber"},
        {m_street, "street"}, {m_postalCode, "postalCode"}, {m_city, "city"}, {m_separated, "separated"},
        {m_secondHome, "secondHome"}, {m_moved, "moved"}, {m_previousSchool, "previousSchool"},
        {m_sibling1Name, "sibling1Name"}, {m_sibling1School, "sibling1School"},
        {m_sibling2Name, "sibling2Name"}, {m_sibling2School, "sibling2School"},
        {m_preferredSchool, "preferredSchool"},
        {m_qfSource, "qfSource"}, {m_annualResources, "annualResources"}, {m_monthlyBenefits, "monthlyBenefits"},
        {m_children, "children"}, {m_disabledChildren, "disabledChildren"}, {m_cafQf, "cafQf"},
        {m_requestedSchool, "requestedSchool"}, {m_reason, "reason"}, {m_details, "details"},
    };
    for (const auto &[widget, name] : names)
        if (widget)
            widget->setObjectName(QLatin1String(name));
    updateEnabledFields();
}

void InscriptionForm::addSection(QFormLayout *form, const QString &title)
{
    auto *label = new QLabel(title, this);
    // A long title ("Quotient familial (tarifs …)" in French at 150 %) wraps
    // rather than widening the whole form past the reception's column.
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    form->addRow(label);
}

QComboBox *InscriptionForm::makeSchoolCombo(const QString &none)
{
    // By name, as the agent looks for one (the release lists them by district).
    QList<Choice> sorted;
    for (const School &s : m_rules.schools())
        sorted << Choice{s.id, s.name};
    QCollator collator(QLocale(QLocale::French, QLocale::France));
    std::ranges::sort(sorted, [&](const Choice &a, const Choice &b) { return collator.compare(a.label, b.label) < 0; });
    // As every list of long names: the form's width, the list opened wider.
    return m_rows.choiceCombo(sorted, none);
}

void InscriptionForm::buildCommonRows(QFormLayout *form)
{
    addSection(form, tr("Child"));
    m_childFamilyName = m_rows.add(form, tr("Child's family &name:"), new QLineEdit(this));
    m_childFirstNames = m_rows.add(form, tr("Child's first na&mes:"), new QLineEdit(this));
    auto *birth = new DateField(this);
    birth->setNotAfterToday(m_context.clock());
    m_childBirthDate = m_rows.add(form, tr("Child's &birth date:"), birth);

    auto *year = new QComboBox(this);
    for (const SchoolYear &y : m_rules.yearsFrom(today()))
        year->addItem(y.label, y.id);
    m_schoolYear = m_rows.add(form, tr("School &year:"), year);
    m_earlyAdmission = m_rows.add(form, tr("Early admission at 2 if places allow (toute petite section)"),
                              new QCheckBox(this));

    addSection(form, tr("Legal guardians and home"));
    m_guardian1 = m_rows.add(form, tr("&Legal guardian:"), new QLineEdit(this));
    m_guardian2 = m_rows.add(form, tr("Second legal guardian (&if any):"), new QLineEdit(this));
    auto *number = new QLineEdit(this);
    number->setMaxLength(12);
    number->setToolTip(tr("The house number, with bis, ter or a letter if any (e.g. 12 bis)."));
    m_houseNumber = m_rows.add(form, tr("House n&umber:"), number);
    auto *street = new QLineEdit(this);
    street->setToolTip(tr("The street of the child's home; the street type and accents are not needed "
                          "(\"jean jaures\" finds Rue Jean Jaurès)."));
    auto *completer = new QCompleter(m_rules.streetNames(), street);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    street->setCompleter(completer);
    m_street = m_rows.add(form, tr("S&treet:"), street);
    auto *postal = new QLineEdit(this);
    postal->setMaxLength(5);
    m_postalCode = m_rows.add(form, tr("&Postal code:"), postal);
    m_city = m_rows.add(form, tr("To&wn:"), new QLineEdit(m_context.communeName(), this));
    if (m_procedure == Procedure::Enrolment) {
        // Shown only when the home is outside every sector (updateEnabledFields).
        m_preferredSchool = m_rows.add(form, tr("School the family as&ks for:"),
                                       makeSchoolCombo(tr("— no preference —")));
        m_preferredSchool->setToolTip(tr("The home is outside every sector of the catchment map: the education "
                                         "department names the school. The school the family would like, if any, "
                                         "goes with the request."));
    }
    m_separated = m_rows.add(form, tr("Separated pa&rents: the child has two homes"), new QCheckBox(this));
    auto *second = new QLineEdit(this);
    second->setToolTip(tr("The other parent's address: number, street, postal code and town."));
    m_secondHome = m_rows.add(form, tr("Second home (full address):"), second);
    m_moved = m_rows.add(form, tr("Changes school after a mo&ve"), new QCheckBox(this));
    m_previousSchool = m_rows.add(form, tr("Previous school (name and town):"), new QLineEdit(this));
}

void InscriptionForm::buildSiblingRows(QFormLayout *form)
{
    addSection(form, tr("Brothers and sisters already at school"));
    m_sibling1Name = m_rows.add(form, tr("Sibling &1 at school (first names):"), new QLineEdit(this));
    m_sibling1School = m_rows.add(form, tr("Sibling 1's school:"), makeSchoolCombo(tr("— none —")));
    m_sibling2Name = m_rows.add(form, tr("Sibling &2 at school (first names):"), new QLineEdit(this));
    m_sibling2School = m_rows.add(form, tr("Sibling 2's school:"), makeSchoolCombo(tr("— none —")));
}

void InscriptionForm::buildEnrolmentRows(QFormLayout *form)
{
    addSection(form, tr("Quotient familial (canteen and after-school tariffs)"));
    m_qfSource = m_rows.add(form, tr("&Quotient familial:"), m_rows.choiceCombo(m_rules.qfSources()));
    auto *annual = new QLineEdit(this);
    annual->setToolTip(tr("The household's taxable resources of the year (tax notice), in euros."));
    m_annualResources = m_rows.add(form, tr("Annual ta&xable resources (€):"), annual);
    auto *monthly = new QLineEdit(this);
    monthly->setToolTip(tr("Family benefits of the last month (CAF statement), in euros; 0 if none."));
    m_monthlyBenefits = m_rows.add(form, tr("Monthly benefits (€):"), monthly);
    auto *children = new QSpinBox(this);
    children->setRange(1, 15);
    children->setToolTip(tr("Dependent children of the household, this one included."));
    m_children = m_rows.add(form, tr("Children in the household:"), children);
    auto *disabled = new QSpinBox(this);
    disabled->setRange(0, 15);
    m_disabledChildren = m_rows.add(form, tr("Of whom disabled:"), disabled);
    auto *caf = new QLineEdit(this);
    caf->setToolTip(tr("The quotient familial printed on the CAF statement, in euros."));
    m_cafQf = m_rows.add(form, tr("QF on the CAF statement (€):"), caf);
}

void InscriptionForm::buildDerogationRows(QFormLayout *form)
{
    addSection(form, tr("Derogation"));
    m_requestedSchool = m_rows.add(form, tr("Re&quested school:"), makeSchoolCombo(tr("— choose the school —")));
    // No reason chosen for the family: it decides the consent and the documents asked.
    m_reason = m_rows.add(form, tr("Reason for the e&xception:"),
                          m_rows.choiceCombo(m_rules.derogationReasons(), tr("— choose the reason —")));
    m_details = m_rows.add(form, tr("Details (required for another reason):"), new QLineEdit(this));
}

void InscriptionForm::updateEnabledFields()
{
    m_secondHome->setEnabled(m_separated->isChecked());
    m_previousSchool->setEnabled(m_moved->isChecked());
    const auto p = placement();
    const bool early = p && (p->kind == Placement::Kind::EarlyAdmission
                             || p->kind == Placement::Kind::EarlyAdmissionPossible);
    m_earlyAdmission->setEnabled(early);
    if (m_preferredSchool)
        m_layout->setRowVisible(m_preferredSchool, outsideEverySector());
    if (m_requestedSchool)
        markCatchmentSchool();
    if (m_qfSource) {
        const QString source = m_qfSource->currentData().toString();
        const bool computed = source == QLatin1String("computed");
        for (QWidget *w : {static_cast<QWidget *>(m_annualResources), static_cast<QWidget *>(m_monthlyBenefits),
                           static_cast<QWidget *>(m_children), static_cast<QWidget *>(m_disabledChildren)})
            w->setEnabled(computed);
        m_cafQf->setEnabled(source == QLatin1String("caf-statement"));
    }
}

void InscriptionForm::markCatchmentSchool()
{
    // The home's own school needs no derogation: it stays in sight, greyed,
    // and says why (chosen before the address made it so, it is an error).
    const School *sector = catchmentSchool();
    auto *model = qobject_cast<QStandardItemModel *>(m_requestedSchool->model());
    for (int i = 1; i < m_requestedSchool->count(); ++i) {
        QStandardItem *item = model->item(i);
        const bool own = sector && item->data(Qt::UserRole).toString() == sector->id;
        const School *school = m_rules.school(item->data(Qt::UserRole).toString());
        item->setEnabled(!own);
        item->setText(own ? tr("%1 (catchment school of the home: no derogation needed)").arg(school->name) : school->name);
    }
}

void InscriptionForm::emitChanged()
{
    updateEnabledFields();
    Q_EMIT changed();
}

// ---- What the form knows --------------------------------------------------

QDate InscriptionForm::today() const
{
    return m_context.clock().today();
}

QDate InscriptionForm::birthDate() const
{
    return m_childBirthDate->date();
}

SchoolYear InscriptionForm::schoolYear() const
{
    const SchoolYear *y = m_rules.schoolYear(m_schoolYear->currentData().toString());
    return y ? *y : SchoolYear{};
}

std::optional<Placement> InscriptionForm::placement() const
{
    const QDate birth = birthDate();
    const SchoolYear year = schoolYear();
    if (!birth.isValid() || !year.isValid() || birth > today())
        return std::nullopt;
    return m_rules.placement(birth, year, m_earlyAdmission->isChecked());
}

bool InscriptionForm::livesElsewhere() const
{
    const QString city = m_city->text().trimmed();
    return !city.isEmpty() && textfold::queryTerms(city) != textfold::queryTerms(m_context.communeName());
}

CatchmentAnswer InscriptionForm::catchment() const
{
    return m_rules.catchment(m_street->text(), m_houseNumber->text());
}

const School *InscriptionForm::catchmentSchool() const
{
    const auto p = placement();
    if (!p || !p->level.isValid() || livesElsewhere())
        return nullptr;
    const CatchmentAnswer a = catchment();
    if (a.kind != CatchmentAnswer::Kind::Found)
        return nullptr;
    return m_rules.school(m_rules.schoolIdFor(a.rows.constFirst(), p->level));
}

bool InscriptionForm::outsideEverySector() const
{
    if (m_procedure != Procedure::Enrolment || m_street->text().trimmed().isEmpty() || livesElsewhere())
        return false;
    const CatchmentAnswer::Kind kind = catchment().kind;
    return kind == CatchmentAnswer::Kind::UnknownStreet || kind == CatchmentAnswer::Kind::NumberNotCovered;
}

const School *InscriptionForm::preferredSchool() const
{
    return m_preferredSchool && outsideEverySector() ? m_rules.school(m_preferredSchool->currentData().toString())
                                                     : nullptr;
}

std::optional<qint64> InscriptionForm::quotient() const
{
    if (!m_qfSource)
        return std::nullopt;
    const auto values = answers::check(procedureId(), facts(), m_answers.facts(procedureId()), &m_context.communes());
    return values ? m_answers.quotient(*values) : std::nullopt;
}

QString InscriptionForm::homeCommune() const
{
    if (!livesElsewhere())
        return m_context.communeCode();
    const CommuneTable &table = m_context.communes();
    const QList<const Commune *> named = table.named(m_city->text().trimmed());
    // Homonyms in several departments: the postal code chooses; a commune
    // déléguée of that name gives way to the current commune.
    QList<const Commune *> withPostalCode, current;
    for (const Commune *c : named) {
        if (c->postalCodes.contains(m_postalCode->text().trimmed()))
            withPostalCode << c;
        if (c->isCurrent())
            current << c;
    }
    if (withPostalCode.size() == 1)
        return withPostalCode.constFirst()->code;
    if (current.size() == 1)
        return current.constFirst()->code;
    return named.size() == 1 ? named.constFirst()->code : QString();
}

QJsonArray InscriptionForm::siblings() const
{
    QJsonArray list;
    const std::pair<QLineEdit *, QComboBox *> rows[] = {{m_sibling1Name, m_sibling1School},
                                                        {m_sibling2Name, m_sibling2School}};
    for (const auto &[name, school] : rows)
        if (!name->text().trimmed().isEmpty())
            list.append(QJsonObject{{QStringLiteral("names"), name->text().trimmed()},
                                    {QStringLiteral("school"), school->currentData().toString()},
                                    {QStringLiteral("schoolName"), school->currentData().toString().isEmpty()
                                                                       ? QString() : school->currentText()}});
    return list;
}

// ---- Prefill -------------------------------------------------------------

void InscriptionForm::setApplicant(const Citizen &citizen)
{
    // Only into empty fields: the agent's typing wins.
    if (m_guardian1->text().trimmed().isEmpty())
        m_guardian1->setText(citizen.displayName());
    if (m_childFamilyName->text().trimmed().isEmpty())
        m_childFamilyName->setText(citizen.usedName.isEmpty() ? citizen.familyName : citizen.usedName);
    if (m_street->text().trimmed().isEmpty() && !citizen.addressLine.trimmed().isEmpty()) {
        const SplitAddress a = splitAddress(citizen.addressLine);
        m_houseNumber->setText(a.number);
        m_street->setText(a.street);
        if (!citizen.postalCode.isEmpty())
            m_postalCode->setText(citizen.postalCode);
        if (!citizen.city.isEmpty())
            m_city->setText(citizen.city);
    }
}

// ---- Validation --------------------------------------------------------------

QString InscriptionForm::rowList(const QList<CatchmentRow> &rows) const
{
    QStringList list;
    for (const CatchmentRow &row : rows)
        list << m_rules.describe(row);
    return list.join(QStringLiteral(" ; "));
}

void InscriptionForm::validateChild(QList<Error> &errors) const
{
    if (m_childFamilyName->text().trimmed().isEmpty())
        errors << Error::invalid(QStringLiteral("childFamilyName"),
            tr("Child's family name is missing: type it as written in the family record book."));
    if (m_childFirstNames->text().trimmed().isEmpty())
        errors << Error::invalid(QStringLiteral("childFirstNames"),
            tr("Child's first names are missing: type them in the order of the birth certificate."));

    const QDate birth = birthDate();
    if (m_childBirthDate->isBlank())
        errors << Error::invalid(QStringLiteral("childBirthDate"),
            tr("Child's birth date is missing: type it as DD/MM/YYYY (e.g. 12/05/2023)."));
    else if (const auto checked = m_childBirthDate->check(tr("Child's birth date")); !checked)
        errors << checked.error();

    const SchoolYear year = schoolYear();
    if (!year.isValid()) {
        errors << Error::invalid(QStringLiteral("schoolYear"),
            tr("School year: the reference release has no school year for today. Ask HQ to publish a "
               "release with the next school calendar."));
        return;
    }
    const auto p = placement();
    if (!p)
        return;
    switch (p->kind) {
    case Placement::Kind::Level:
    case Placement::Kind::EarlyAdmission:
        break;
    case Placement::Kind::EarlyAdmissionPossible:
        errors << Error::invalid(QStringLiteral("earlyAdmission"),
            tr("Early admission: the child will be 2 on the day of the rentrée of %1, but is only "
               "admitted at 2 if places allow. Tick \"Early admission at 2\" if the family asks for it, "
               "or choose the school year %2.").arg(year.id).arg(p->firstYear));
        break;
    case Placement::Kind::TooYoung:
        errors << Error::invalid(QStringLiteral("childBirthDate"),
            tr("Child's birth date: the child will not be 2 on the day of the rentrée of %1, so cannot "
               "be enrolled for that year. Enrol for the rentrée of %2.").arg(year.id).arg(p->firstYear));
        break;
    case Placement::Kind::NotPrimary:
        errors << Error::invalid(QStringLiteral("childBirthDate"),
            tr("Child's birth date: a child born in %1 is past CM2 in %2. This is not a primary-school "
               "enrolment: send the family to the collège of their sector.").arg(birth.year()).arg(year.id));
        break;
    }
}

void InscriptionForm::validateHome(QList<Error> &errors) const
{
    if (m_guardian1->text().trimmed().isEmpty())
        errors << Error::invalid(QStringLiteral("guardian1"),
            tr("Legal guardian is missing: type the name of the parent or guardian who enrols the child."));
    if (m_street->text().trimmed().isEmpty())
        errors << Error::invalid(QStringLiteral("street"),
            tr("Street of the child's home is missing: the catchment school depends on it."));
    const QString postal = m_postalCode->text().trimmed();
    if (postal.isEmpty())
        errors << Error::invalid(QStringLiteral("postalCode"),
            tr("Postal code of the child's home is missing: type its 5 digits."));
    else if (const auto checked = validate::postalCode(postal, QStringLiteral("postalCode")); !checked)
        errors << checked.error();
    if (m_city->text().trimmed().isEmpty())
        errors << Error::invalid(QStringLiteral("city"), tr("Town of the child's home is missing."));
    if (m_separated->isChecked() && m_secondHome->text().trimmed().isEmpty())
        errors << Error::invalid(QStringLiteral("secondHome"),
            tr("Second home is missing: the parents are separated, so type the other home's full address, "
               "or untick \"two homes\"."));
    if (m_moved->isChecked() && m_previousSchool->text().trimmed().isEmpty())
        errors << Error::invalid(QStringLiteral("previousSchool"),
            tr("Previous school is missing: type its name and town (its radiation certificate will be "
               "asked for), or untick \"changes school after a move\"."));

    if (m_street->text().trimmed().isEmpty())
        return;
    if (livesElsewhere()) {
        if (m_procedure == Procedure::Enrolment)
            errors << Error::invalid(QStringLiteral("city"),
                tr("Town: the child lives outside %1, so the catchment map does not apply. Record a "
                   "derogation request instead (both mayors must agree).").arg(m_context.communeName()));
        else if (!m_context.communes().isEmpty() && homeCommune().isEmpty())
            // The answer (the home mayor's consent) depends on the commune.
            errors << Error::invalid(QStringLiteral("city"),
                tr("Town: \"%1\" is not a commune of France the reference table knows. Check its spelling, "
                   "and the postal code where several communes have that name.").arg(m_city->text().trimmed()));
        return;
    }
    const CatchmentAnswer a = catchment();
    const QString street = m_street->text().trimmed();
    switch (a.kind) {
    case CatchmentAnswer::Kind::Found:
        break;
    case CatchmentAnswer::Kind::UnknownStreet:
    case CatchmentAnswer::Kind::NumberNotCovered:
        // Outside every sector of the map: a case the module answers, not a
        // wall. The answer sends the family to the education department, which
        // names the school; the request is recorded for that service, with
        // the school the family asks for, if any.
        if (const School *preferred = preferredSchool()) {
            const auto p = placement();
            if (p && p->level.isValid() && !preferred->serves.contains(p->level.school))
                errors << Error::invalid(QStringLiteral("preferredSchool"),
                    tr("School the family asks for: %1 does not take pupils of %2. Choose a school for that level, "
                       "or no preference.").arg(preferred->name, p->level.label));
        }
        break;
    case CatchmentAnswer::Kind::NumberNeeded:
        errors << Error::invalid(QStringLiteral("houseNumber"),
            tr("House number is needed: %1 is shared between schools (%2). Type the house number.")
                .arg(a.rows.constFirst().street, rowList(a.rows)));
        break;
    case CatchmentAnswer::Kind::InvalidNumber:
        errors << Error::invalid(QStringLiteral("houseNumber"),
            tr("House number \"%1\" is not a number: type digits, followed by bis, ter or a letter if any "
               "(e.g. 12 bis).").arg(m_houseNumber->text().trimmed()));
        break;
    case CatchmentAnswer::Kind::Several:
        errors << Error::invalid(QStringLiteral("street"),
            tr("Street: \"%1\" matches several rows of the catchment map: %2. Type the street type (rue, "
               "impasse…) or the number to choose.").arg(street, rowList(a.rows)));
        break;
    }
}

void InscriptionForm::validateSiblings(QList<Error> &errors) const
{
    const struct { QLineEdit *name; QComboBox *school; const char *nameField; const char *schoolField; int n; } rows[] = {
        {m_sibling1Name, m_sibling1School, "sibling1Name", "sibling1School", 1},
        {m_sibling2Name, m_sibling2School, "sibling2Name", "sibling2School", 2},
    };
    for (const auto &row : rows) {
        const bool named = !row.name->text().trimmed().isEmpty();
        const bool placed = !row.school->currentData().toString().isEmpty();
        if (named && !placed)
            errors << Error::invalid(QLatin1String(row.schoolField),
                tr("Sibling %1's school is missing: choose the school where %2 is enrolled, or clear the name.")
                    .arg(row.n).arg(row.name->text().trimmed()));
        else if (!named && placed)
            errors << Error::invalid(QLatin1String(row.nameField),
                tr("Sibling %1's first names are missing: type them, or set the school back to \"none\".").arg(row.n));
    }
}

void InscriptionForm::validateQuotient(QList<Error> &errors) const
{
    const QString source = m_qfSource->currentData().toString();
    if (source == QLatin1String("computed")) {
        if (!parseCents(m_annualResources->text()))
            errors << Error::invalid(QStringLiteral("annualResources"),
                tr("Annual taxable resources: \"%1\" is not an amount. Type the household's taxable "
                   "resources in euros, as on the tax notice (e.g. 28500 or 28 500,00).")
                    .arg(m_annualResources->text().trimmed()));
        if (!m_monthlyBenefits->text().trimmed().isEmpty() && !parseCents(m_monthlyBenefits->text()))
            errors << Error::invalid(QStringLiteral("monthlyBenefits"),
                tr("Monthly benefits: \"%1\" is not an amount. Type the last month's family benefits in "
                   "euros, or leave it empty for none.").arg(m_monthlyBenefits->text().trimmed()));
        if (m_disabledChildren->value() > m_children->value())
            errors << Error::invalid(QStringLiteral("disabledChildren"),
                tr("Disabled children: %1 is more than the %2 dependent children. Check both numbers.")
                    .arg(m_disabledChildren->value()).arg(m_children->value()));
    } else if (source == QLatin1String("caf-statement") && !quotient()) {
        errors << Error::invalid(QStringLiteral("cafQf"),
            tr("QF on the CAF statement: \"%1\" is not a quotient. Type the whole number of euros printed "
               "on the statement (e.g. 742).").arg(m_cafQf->text().trimmed()));
    }
}

void InscriptionForm::validateDerogation(QList<Error> &errors) const
{
    const QString requested = m_requestedSchool->currentData().toString();
    const School *school = m_rules.school(requested);
    const auto p = placement();
    if (!school) {
        errors << Error::invalid(QStringLiteral("requestedSchool"),
            tr("Requested school is missing: choose the school the family asks for."));
    } else {
        if (p && p->level.isValid() && !school->serves.contains(p->level.school))
            errors << Error::invalid(QStringLiteral("requestedSchool"),
                tr("Requested school: %1 does not take pupils of %2. Choose a school for that level.")
                    .arg(school->name, p->level.label));
        if (const School *sector = catchmentSchool(); sector && sector->id == school->id)
            errors << Error::invalid(QStringLiteral("requestedSchool"),
                tr("Requested school: %1 is already the catchment school of this address, so no derogation "
                   "is needed. Record an enrolment instead.").arg(school->name));
    }
    const QString reason = m_reason->currentData().toString();
    if (reason.isEmpty())
        errors << Error::invalid(QStringLiteral("reason"),
            tr("Reason for the exception is missing: choose the reason the family gives; it decides whether the home "
               "mayor's consent is needed and which documents to ask for."));
    if (m_rules.reasonNeedsDetails(reason) && m_details->text().trimmed().isEmpty())
        errors << Error::invalid(QStringLiteral("details"),
            tr("Details are missing: for this reason, type in a few words what the family asks for and why."));
    if (school && m_rules.reasonNeedsSiblingThere(reason)) {
        const QJsonArray list = siblings();
        const bool there = std::any_of(list.begin(), list.end(), [&](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("school")).toString() == school->id;
        });
        // A sibling named without a school already has its own error.
        const bool unplaced = std::any_of(list.begin(), list.end(), [](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("school")).toString().isEmpty();
        });
        if (!there && !unplaced)
            errors << Error::invalid(QStringLiteral("sibling1Name"),
                tr("Siblings: the reason is a sibling enrolled at %1, but no sibling is entered at that "
                   "school. Type the sibling's first names and choose the school.").arg(school->name));
    }
}

QList<Error> InscriptionForm::validate() const
{
    QList<Error> errors;
    validateChild(errors);
    validateHome(errors);
    if (m_procedure == Procedure::Derogation)
        validateDerogation(errors);
    validateSiblings(errors);
    if (m_procedure == Procedure::Enrolment)
        validateQuotient(errors);
    return errors;
}

// ---- What the shell reads ------------------------------------------------------

QJsonObject InscriptionForm::values() const
{
    const SchoolYear year = schoolYear();
    const auto p = placement();
    const School *sector = catchmentSchool();
    const CatchmentAnswer a = catchment();
    QJsonObject v{
        {QStringLiteral("childFamilyName"), m_childFamilyName->text().trimmed()},
        {QStringLiteral("childFirstNames"), m_childFirstNames->text().trimmed()},
        {QStringLiteral("childBirthDate"), jsonDate(birthDate())},
        {QStringLiteral("schoolYear"), year.id},
        {QStringLiteral("rentree"), jsonDate(year.rentree)},
        {QStringLiteral("level"), p && p->level.isValid() ? p->level.id : QString()},
        {QStringLiteral("levelLabel"), p && p->level.isValid() ? p->level.label : QString()},
        {QStringLiteral("earlyAdmission"), p && p->kind == Placement::Kind::EarlyAdmission},
        {QStringLiteral("guardian1"), m_guardian1->text().trimmed()},
        {QStringLiteral("guardian2"), m_guardian2->text().trimmed()},
        {QStringLiteral("houseNumber"), m_houseNumber->text().trimmed()},
        {QStringLiteral("street"), m_street->text().trimmed()},
        {QStringLiteral("postalCode"), m_postalCode->text().trimmed()},
        {QStringLiteral("city"), m_city->text().trimmed()},
        {QStringLiteral("livesElsewhere"), livesElsewhere()},
        {QStringLiteral("separated"), m_separated->isChecked()},
        {QStringLiteral("secondHome"), m_separated->isChecked() ? m_secondHome->text().trimmed() : QString()},
        {QStringLiteral("previousSchool"), m_moved->isChecked() ? m_previousSchool->text().trimmed() : QString()},
        {QStringLiteral("siblings"), siblings()},
        // The map row and the school as they were when the case was recorded:
        // documents print these even if a later release redraws the map.
        {QStringLiteral("catchmentRow"), !livesElsewhere() && a.kind == CatchmentAnswer::Kind::Found
                                             ? m_rules.describe(a.rows.constFirst()) : QString()},
        {QStringLiteral("catchmentSchool"), sector ? sector->id : QString()},
        {QStringLiteral("catchmentSchoolName"), sector ? sector->name : QString()},
        {QStringLiteral("catchmentSchoolAddress"), sector ? sector->address : QString()},
    };
    if (m_procedure == Procedure::Enrolment) {
        const auto qf = quotient();
        const Tariff t = m_rules.tariff(qf);
        const QString source = m_qfSource->currentData().toString();
        v.insert(QStringLiteral("qfSource"), source);
        v.insert(QStringLiteral("qf"), qf ? QJsonValue(double(*qf)) : QJsonValue(QJsonValue::Null));
        if (source == QLatin1String("computed"))
            v.insert(QStringLiteral("qfInput"),
                     QJsonObject{{QStringLiteral("annualResourcesCents"), double(parseCents(m_annualResources->text()).value_or(0))},
                                 {QStringLiteral("monthlyBenefitsCents"), double(parseCents(m_monthlyBenefits->text()).value_or(0))},
                                 {QStringLiteral("children"), m_children->value()},
                                 {QStringLiteral("disabledChildren"), m_disabledChildren->value()}});
        v.insert(QStringLiteral("tranche"), t.tranche.id);
        v.insert(QStringLiteral("canteenCents"), t.tranche.canteenCents);
        v.insert(QStringLiteral("afterSchoolCents"), t.tranche.afterSchoolCents);
        v.insert(QStringLiteral("vaccination"), birthDate().isValid() ? m_rules.vaccinationRegime(birthDate()) : QString());
        // Outside every sector: the school the family asks for, for the service that names one.
        const School *preferred = preferredSchool();
        v.insert(QStringLiteral("preferredSchool"), preferred ? preferred->id : QString());
        v.insert(QStringLiteral("preferredSchoolName"), preferred ? preferred->name : QString());
    } else {
        const QString reason = m_reason->currentData().toString();
        const School *requested = m_rules.school(m_requestedSchool->currentData().toString());
        v.insert(QStringLiteral("requestedSchool"), requested ? requested->id : QString());
        v.insert(QStringLiteral("requestedSchoolName"), requested ? requested->name : QString());
        v.insert(QStringLiteral("requestedSchoolAddress"), requested ? requested->address : QString());
        v.insert(QStringLiteral("reason"), reason);
        v.insert(QStringLiteral("reasonLabel"), m_rules.reasonLabel(reason));
        v.insert(QStringLiteral("details"), m_details->text().trimmed());
        v.insert(QStringLiteral("homeMayorConsent"),
                 livesElsewhere() && !m_rules.reasonExemptsHomeMayorConsent(reason));
    }
    return v;
}

QString InscriptionForm::summary() const
{
    const QString child = personName(m_childFamilyName->text(), m_childFirstNames->text());
    const auto p = placement();
    const QString level = p && p->level.isValid() ? p->level.id : QStringLiteral("?");
    if (m_procedure == Procedure::Enrolment) {
        const School *sector = catchmentSchool();
        if (const School *preferred = preferredSchool(); !sector && preferred)
            return tr("%1 — %2 %3 — school to be determined, %4 asked for")
                .arg(child, level, schoolYear().id, preferred->name);
        return tr("%1 — %2 %3 — %4").arg(child, level, schoolYear().id,
                                         sector ? sector->name : tr("school to be determined"));
    }
    const School *requested = m_rules.school(m_requestedSchool->currentData().toString());
    return tr("Derogation — %1 — %2 %3 — to %4 (%5)")
        .arg(child, level, schoolYear().id, requested ? requested->name : QStringLiteral("?"),
             m_reason->currentText());
}

QString InscriptionForm::procedureId() const
{
    return m_procedure == Procedure::Enrolment ? QString(EnrolmentProcedureId) : QString(DerogationProcedureId);
}

Facts InscriptionForm::facts() const
{
    const auto number = InscriptionRules::houseNumber(m_houseNumber->text());
    Facts f{{QStringLiteral("child_birth_date"), answers::dateFact(birthDate())},
            {QStringLiteral("school_year"), m_schoolYear->currentData().toString()},
            {QStringLiteral("house_number"), number ? QString::number(*number) : QString()},
            {QStringLiteral("street"), m_street->text().trimmed()},
            {QStringLiteral("city"), homeCommune()},
            {QStringLiteral("separated"), answers::booleanFact(m_separated->isChecked())}};
    // Unticked, the box asks the question rather than answering no.
    if (m_earlyAdmission->isChecked())
        f.insert(QStringLiteral("early_admission"), answers::booleanFact(true));
    if (m_procedure == Procedure::Enrolment) {
        f.insert(QStringLiteral("moved"), answers::booleanFact(m_moved->isChecked()));
        const QString source = m_qfSource->currentData().toString();
        f.insert(QStringLiteral("qf_source"), source);
        // An amount the facts cannot carry (not a number, or beyond them) is left out: the answer asks for it.
        const auto amount = [](std::optional<qint64> cents) {
            return cents && *cents <= std::numeric_limits<int>::max() ? QString::number(*cents) : QString();
        };
        if (source == QLatin1String("computed")) {
            f.insert(QStringLiteral("annual_resources_cents"), amount(parseCents(m_annualResources->text())));
            f.insert(QStringLiteral("monthly_benefits_cents"),
                     m_monthlyBenefits->text().trimmed().isEmpty() ? QStringLiteral("0")
                                                                   : amount(parseCents(m_monthlyBenefits->text())));
            f.insert(QStringLiteral("children"), QString::number(m_children->value()));
            f.insert(QStringLiteral("disabled_children"), QString::number(m_disabledChildren->value()));
        } else if (source == QLatin1String("caf-statement")) {
            bool ok = false;
            const qint64 qf = m_cafQf->text().trimmed().toLongLong(&ok);
            f.insert(QStringLiteral("caf_qf"), ok && qf <= std::numeric_limits<int>::max() ? QString::number(qf) : QString());
        }
    } else {
        f.insert(QStringLiteral("requested_school"), m_requestedSchool->currentData().toString());
        f.insert(QStringLiteral("reason"), m_reason->currentData().toString());
        // The siblings named, with their school.
        const std::pair<QLineEdit *, QComboBox *> rows[] = {{m_sibling1Name, m_sibling1School},
                                                            {m_sibling2Name, m_sibling2School}};
        int n = 0;
        for (const auto &[name, school] : rows) {
            ++n;
            if (!name->text().trimmed().isEmpty())
                f.insert(QStringLiteral("sibling%1_school").arg(n), school->currentData().toString());
        }
    }
    return f;
}

Answer InscriptionForm::currentAnswer() const
{
    return answers::forForm(m_answers, m_context, procedureId(), facts());
}

QList<ChecklistItem> InscriptionForm::checklist() const
{
    return currentAnswer().checklist;
}

QString InscriptionForm::answer() const
{
    return currentAnswer().text;
}

QDate InscriptionForm::dueDate() const
{
    return currentAnswer().date(QStringLiteral("due"));
}

} // namespace guichet::inscription
