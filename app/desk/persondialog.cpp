// SPDX-License-Identifier: GPL-3.0-or-later
#include "persondialog.h"

#include "datefield.h"
#include "domain/clock.h"
#include "domain/validators.h"
#include "reference/communes.h"
#include "store/citizenrepository.h"
#include "sync/wire.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHash>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet {

namespace {

/// The completion inserts the commune's name alone; the list shows its department and code.
constexpr int NameRole = Qt::UserRole;
constexpr int CodeRole = Qt::UserRole + 1;

/// What the date field says of what is typed (not a date, out of its bounds)
/// rather than the record's rules, which only see that there is no date: the
/// same sentence as in every module's form.
void sayTheFieldsError(QList<Error> &errors, const DateField *field)
{
    const auto checked = field->check(field->accessibleName());
    if (checked)
        return;
    const auto same = std::find_if(errors.begin(), errors.end(),
                                   [&](const Error &e) { return e.field == field->objectName(); });
    if (same != errors.end())
        *same = checked.error();
    else
        errors.prepend(checked.error());
}

} // namespace

PersonDialog::PersonDialog(CitizenRepository &citizens, const CommuneTable &communes, const Clock &clock,
                           const QUuid &agentId, QWidget *parent)
    : QDialog(parent), m_citizens(citizens), m_communes(communes), m_clock(clock), m_agentId(agentId)
{
    setWindowTitle(tr("New person"));
    auto line = [this](const char *name, const QString &accessible) {
        auto *e = new QLineEdit(this);
        e->setMaxLength(int(validate::MaxPersonTextChars));
        e->setObjectName(QLatin1String(name));
        e->setAccessibleName(accessible);
        return e;
    };
    m_familyName = line("familyName", tr("Family name"));
    m_usedName = line("usedName", tr("Used name"));
    m_firstNames = line("firstNames", tr("First names"));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sex->setAccessibleName(tr("Sex"));
    m_sex->addItem(tr("— choose —"), QString());
    m_sex->addItem(tr("F — female"), QStringLiteral("F"));
    m_sex->addItem(tr("M — male"), QStringLiteral("M"));
    m_birthDate = new DateField(this);
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_birthDate->setAccessibleName(tr("Birth date"));
    // The bounds the record's rules set (CitizenRepository::validate), said by the field.
    m_birthDate->setDateRange(QDate(1880, 1, 1), QDate());
    m_birthDate->setNotAfterToday(m_clock);
    m_birthPlaceName = line("birthPlaceName", tr("Birth commune or city"));
    m_birthPlaceName->setPlaceholderText(tr("Type the name, then choose in the list"));
    m_birthPlaces = new QStandardItemModel(this);
    auto *completer = new QCompleter(m_birthPlaces, this);
    // The table filters (accents, hyphens, "St"); the completer only shows.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(NameRole);
    completer->setMaxVisibleItems(12);
    m_birthPlaceName->setCompleter(completer);
    connect(m_birthPlaceName, &QLineEdit::textEdited, this, &PersonDialog::completeBirthCommune);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        m_birthPlaceName->setText(index.data(NameRole).toString());
        m_birthPlaceCode->setText(index.data(CodeRole).toString());
        takeBirthCode();
    });
    m_birthPlaceCode = line("birthPlaceCode", tr("INSEE code of the birth commune"));
    m_birthPlaceCode->setPlaceholderText(tr("filled when the commune is chosen, e.g. 29019"));
    connect(m_birthPlaceCode, &QLineEdit::editingFinished, this, &PersonDialog::takeBirthCode);
    m_birthPlaceHint = new QLabel(this);
    m_birthPlaceHint->setObjectName(QStringLiteral("birthPlaceHint"));
    m_birthPlaceHint->setWordWrap(true);
    m_birthPlaceHint->setVisible(false);
    m_birthCountry = line("birthCountry", tr("Birth country, if abroad"));
    m_address = line("addressLine", tr("Address"));
    m_postalCode = line("postalCode", tr("Postal code"));
    connect(m_postalCode, &QLineEdit::editingFinished, this, &PersonDialog::takePostalCode);
    m_city = line("city", tr("City"));
    m_phone = line("phone", tr("Phone"));
    m_phone->setMaxLength(int(validate::MaxPhoneChars));
    m_email = line("email", tr("E-mail"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Preferred language"));
    for (const QString &code : languages())
        m_language->addItem(languageName(code), code);

    // What each field expects, for screen readers (the errors say the same when it is wrong).
    const std::pair<QWidget *, QString> descriptions[] = {
        {m_familyName, tr("The birth name, as on the identity document.")},
        {m_usedName, tr("The name used (a spouse's name, say), if any.")},
        {m_firstNames, tr("Every first name, in the order of the birth act.")},
        {m_sex, tr("F or M, as on the birth act.")},
        {m_birthCountry, tr("Empty when born in France.")},
        {m_address, tr("Number and street.")},
        {m_postalCode, tr("Five digits; it fills the town it serves.")},
        {m_city, tr("The town, which must fit the postal code.")},
        {m_phone, tr("A French number, or an international one starting with +.")},
        {m_email, tr("The address where the person wants to be written to.")},
        {m_language, tr("The language of the letters and messages the person receives, where a translation exists.")},
    };
    for (const auto &[field, description] : descriptions)
        field->setAccessibleDescription(description);

    m_reason = line("reason", tr("Reason for the correction"));
    m_reason->setPlaceholderText(tr("Why, e.g. moved house, typing error on the birth act; kept in the history"));

    auto *form = m_form = new QFormLayout;
    form->addRow(tr("&Family name (birth):"), m_familyName);
    form->addRow(tr("&Used name:"), m_usedName);
    form->addRow(tr("&First names:"), m_firstNames);
    form->addRow(tr("&Sex:"), m_sex);
    form->addRow(tr("&Birth date:"), m_birthDate);
    form->addRow(tr("Birth &commune or city:"), m_birthPlaceName);
    form->addRow(tr("Birth commune &INSEE code:"), m_birthPlaceCode);
    form->addRow(QString(), m_birthPlaceHint);
    form->addRow(tr("Birth c&ountry (if abroad):"), m_birthCountry);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Postal co&de:"), m_postalCode);
    form->addRow(tr("Ci&ty:"), m_city);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Preferred &language:"), m_language);
    form->addRow(tr("&Reason for the correction:"), m_reason);
    form->setRowVisible(m_reason, false);

    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setWordWrap(true);
    m_errors->setVisible(false);
    m_errors->setAccessibleName(tr("Errors"));

    // The corrections of the person, newest first: one compact line each.
    m_historyTitle = new QLabel(this);
    m_historyTitle->setObjectName(QStringLiteral("historyTitle"));
    m_historyTitle->setWordWrap(true);
    m_historyTitle->setVisible(false);
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setAccessibleName(tr("History of the corrections"));
    m_history->setAccessibleDescription(tr("The corrections already made to this person's record, newest first: date, "
                                           "agent, office, fields corrected and reason; each line's tooltip gives the "
                                           "values before and after."));
    m_history->setHeaderLabels({tr("Date"), tr("Agent"), tr("Office"), tr("Fields corrected"), tr("Reason")});
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAlternatingRowColors(true);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->header()->setStretchLastSection(true);
    m_history->setMaximumHeight(m_history->fontMetrics().height() * 9);
    m_history->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setText(tr("&Save the person"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history);
    layout->addWidget(buttons);
    // Wide enough for the placeholders and for homonyms with their department and code.
    setMinimumWidth(720);
    m_familyName->setFocus();
    m_prefilled = fromFields();
    m_prefilledBirthDate = m_birthDate->text();
}

void PersonDialog::correct(const Citizen &person)
{
    m_record = person;
    setWindowTitle(tr("Correct the details of %1").arg(person.displayName()));
    m_saveButton->setText(tr("&Save the correction"));
    fill(person);
    m_form->setRowVisible(m_reason, true);
    m_historyTitle->setVisible(true);
    showHistory();
    m_familyName->setFocus();
}

void PersonDialog::fill(const Citizen &c)
{
    m_familyName->setText(c.familyName);
    m_usedName->setText(c.usedName);
    m_firstNames->setText(c.firstNames);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(QString(c.sex))));
    m_birthDate->setDate(c.birthDate);
    m_birthPlaceName->setText(c.birthPlaceName);
    m_birthPlaceCode->setText(c.birthPlaceCode);
    m_birthCountry->setText(c.birthCountry);
    m_address->setText(c.addressLine);
    m_postalCode->setText(c.postalCode);
    m_city->setText(c.city);
    // As people dial it; saved, it is the same number again.
    m_phone->setText(validate::phoneForDisplay(c.phone));
    m_email->setText(c.email);
    // A language recorded elsewhere that this list lacks stays as it is.
    if (m_language->findData(c.language) < 0)
        m_language->addItem(c.language, c.language);
    m_language->setCurrentIndex(m_language->findData(c.language));
    takeBirthCode();
    m_prefilled = fromFields();
    m_prefilledBirthDate = m_birthDate->text();
}

QString PersonDialog::fieldLabel(const QString &name) const
{
    // The inputs are named after the fields: address_line is addressLine.
    QString objectName;
    bool upper = false;
    for (const QChar c : name) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        objectName += upper ? c.toUpper() : c;
        upper = false;
    }
    const auto *input = findChild<QWidget *>(objectName);
    return input ? input->accessibleName() : name;
}

void PersonDialog::showHistory()
{
    m_history->clear();
    auto history = m_citizens.history(m_record.id, m_agentId, QStringLiteral("correction"));
    if (!history) {
        m_historyTitle->setText(history.error().message);
        m_history->setVisible(false);
        return;
    }
    if (history->isEmpty()) {
        m_historyTitle->setText(tr("No correction of this person has been recorded."));
        m_history->setVisible(false);
        return;
    }
    m_historyTitle->setText(tr("Corrections already made, newest first (hover a line for the values):"));
    const QLocale locale;
    const auto value = [&](const QString &field, const QString &v) {
        if (v.isEmpty())
            return tr("(empty)");
        if (field == QLatin1String("birth_date"))
            return locale.toString(QDate::fromString(v, Qt::ISODate), QLocale::ShortFormat);
        if (field == QLatin1String("phone"))
            return validate::phoneForDisplay(v);
        return v;
    };
    for (const CitizenChange &h : std::as_const(*history)) {
        QStringList labels, details;
        for (const CitizenChange::Field &f : h.fields) {
            labels << fieldLabel(f.name);
            details << tr("%1: %2 → %3").arg(fieldLabel(f.name), value(f.name, f.from), value(f.name, f.to));
        }
        if (h.citizenId != m_record.id)
            details << tr("Made on a duplicate record of this person, merged into this one since.");
        auto *item = new QTreeWidgetItem(m_history, {locale.toString(h.at.toLocalTime(), QLocale::ShortFormat),
                                                     h.agentName.isEmpty() ? tr("unknown agent") : h.agentName,
                                                     h.officeCode, labels.join(QStringLiteral(", ")), h.reason});
        for (int column = 0; column < m_history->columnCount(); ++column)
            item->setToolTip(column, details.join(u'\n'));
    }
    for (int column = 0; column < m_history->columnCount() - 1; ++column)
        m_history->resizeColumnToContents(column);
    m_history->setVisible(true);
}

void PersonDialog::completeBirthCommune(const QString &typed)
{
    m_birthPlaces->clear();
    for (const Commune *c : m_communes.complete(typed, 30)) {
        QString text = tr("%1 (%2) — %3").arg(c->name, c->department, c->code);
        if (!c->isCurrent())
            if (const Commune *now = m_communes.currentOf(c->code); now && now != c)
                text += tr(", now %1").arg(CommuneTable::label(*now));
        auto *item = new QStandardItem(text);
        item->setData(c->name, NameRole);
        item->setData(c->code, CodeRole);
        m_birthPlaces->appendRow(item);
    }
    // A name that is one commune's exactly gives its code without choosing.
    const auto exact = m_communes.named(typed);
    if (exact.size() == 1 && exact.first()->isCurrent())
        m_birthPlaceCode->setText(exact.first()->code);
    else if (!m_birthPlaceCode->text().isEmpty() && m_communes.byCode(m_birthPlaceCode->text())
             && !exact.contains(m_communes.byCode(m_birthPlaceCode->text())))
        m_birthPlaceCode->clear();  // the code of a name no longer typed
    takeBirthCode();
}

void PersonDialog::takeBirthCode()
{
    // What the code designates, said beside it: the agent sees a wrong one at once.
    const QString code = m_birthPlaceCode->text().trimmed();
    const Commune *commune = m_communes.byCode(code);
    const Commune *now = m_communes.currentOf(code);
    QString hint;
    if (commune && m_birthPlaceName->text().trimmed().isEmpty())
        m_birthPlaceName->setText(commune->name);
    if (commune && commune->isCurrent())
        hint = CommuneTable::label(*commune);
    else if (now)
        hint = tr("%1, a former commune: today %2").arg(commune ? commune->name : code, CommuneTable::label(*now));
    else if (code.size() == 5 && !m_communes.isEmpty())
        hint = tr("No commune has the code %1").arg(code);
    m_birthPlaceHint->setText(hint);
    m_birthPlaceHint->setVisible(!hint.isEmpty());
}

void PersonDialog::takePostalCode()
{
    // 29200 alone says Brest: the town is filled when the postal code serves one commune.
    if (!m_city->text().trimmed().isEmpty())
        return;
    QList<const Commune *> served;
    for (const Commune *c : m_communes.withPostalCode(m_postalCode->text()))
        if (c->isCurrent())
            served << c;
    if (served.size() == 1)
        m_city->setText(served.first()->name);
}

void PersonDialog::prefill(const QString &typed)
{
    static const QRegularExpression digits(QStringLiteral("\\d"));
    QStringList words;
    for (const QString &w : typed.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!w.contains(digits))
            words << w;
    if (words.isEmpty())
        return;
    m_familyName->setText(words.takeFirst().toUpper());
    m_firstNames->setText(words.join(QLatin1Char(' ')));
    m_prefilled = fromFields();
}

PersonDialog::DuplicateChoice PersonDialog::askAboutDuplicates(const QList<CitizenRepository::Match> &same)
{
    const QLocale locale;
    QStringList lines;
    for (const auto &m : same)
        lines << (m.city.isEmpty()
                      ? tr("• %1, born on %2").arg(m.displayName, locale.toString(m.birthDate, QLocale::ShortFormat))
                      : tr("• %1, born on %2, living in %3")
                            .arg(m.displayName, locale.toString(m.birthDate, QLocale::ShortFormat), m.city));
    QMessageBox box(QMessageBox::Warning, tr("Same person?"),
                    tr("Already recorded, born the same day with a name written alike:\n%1\n\nCreating another "
                       "record would split this person's cases.")
                        .arg(lines.join(u'\n')),
                    QMessageBox::NoButton, this);
    // One record found: take it (the usual case). Several: go back and search them.
    QPushButton *take = same.size() == 1 ? box.addButton(tr("&Take this person"), QMessageBox::AcceptRole) : nullptr;
    QPushButton *back = box.addButton(tr("&Back to the form"), QMessageBox::RejectRole);
    QPushButton *create = box.addButton(tr("&Create a new record anyway"), QMessageBox::DestructiveRole);
    box.setDefaultButton(take ? take : back);
    box.setEscapeButton(back);
    box.exec();
    if (take && box.clickedButton() == take)
        return DuplicateChoice::TakeExisting;
    return box.clickedButton() == create ? DuplicateChoice::CreateAnyway : DuplicateChoice::Back;
}

QStringList PersonDialog::languages()
{
    return {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("br"), QStringLiteral("ar"), QStringLiteral("es"),
            QStringLiteral("de")};
}

QString PersonDialog::languageName(const QString &code)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("fr"), QT_TR_NOOP("French")},  {QStringLiteral("en"), QT_TR_NOOP("English")},
        {QStringLiteral("br"), QT_TR_NOOP("Breton")},  {QStringLiteral("ar"), QT_TR_NOOP("Arabic")},
        {QStringLiteral("es"), QT_TR_NOOP("Spanish")}, {QStringLiteral("de"), QT_TR_NOOP("German")},
    };
    const char *name = names.value(code);
    return name ? tr(name) : code;
}

void PersonDialog::reject()
{
    // A birth date half typed is not a date yet, but it was typed.
    const bool correcting = !m_record.id.isNull();
    const bool typed = CitizenRepository::toJson(fromFields()) != CitizenRepository::toJson(m_prefilled)
        || m_birthDate->text() != m_prefilledBirthDate || (correcting && !m_reason->text().trimmed().isEmpty());
    if (typed
        && QMessageBox::question(this, tr("Leave without saving"),
                                 correcting ? tr("The correction is not saved. Leave and lose what was typed?")
                                            : tr("The person is not saved. Leave and lose what was typed?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    QDialog::reject();
}

Citizen PersonDialog::fromFields() const
{
    Citizen c;
    c.familyName = m_familyName->text();
    c.usedName = m_usedName->text();
    c.firstNames = m_firstNames->text();
    const QString sex = m_sex->currentData().toString();
    c.sex = sex.isEmpty() ? QChar() : sex.at(0);
    c.birthDate = m_birthDate->date();
    c.birthPlaceCode = m_birthPlaceCode->text();
    c.birthPlaceName = m_birthPlaceName->text();
    c.birthCountry = m_birthCountry->text();
    c.addressLine = m_address->text();
    c.postalCode = m_postalCode->text();
    c.city = m_city->text();
    c.phone = m_phone->text();
    c.email = m_email->text();
    c.language = m_language->currentData().toString();
    return c;
}

void PersonDialog::save()
{
    if (!m_record.id.isNull()) {
        saveCorrection();
        return;
    }
    Citizen c = fromFields();
    QList<Error> errors = CitizenRepository::validate(c, m_clock.today(), &m_communes);
    sayTheFieldsError(errors, m_birthDate);
    if (errors.isEmpty()) {
        if (auto same = m_citizens.likelyDuplicates(c); !same) {
            errors << same.error();
        } else if (!same->isEmpty()) {
            switch (askAboutDuplicates(*same)) {
            case DuplicateChoice::Back:
                m_familyName->setFocus();
                return;
            case DuplicateChoice::TakeExisting:
                m_saved.id = same->first().id;
                accept();
                return;
            case DuplicateChoice::CreateAnyway:
                break;
            }
        }
    }
    if (errors.isEmpty()) {
        auto saved = m_citizens.create(c, m_agentId);
        if (saved) {
            m_saved = *saved;
            accept();
            return;
        }
        errors << saved.error();
    }
    showErrors(errors);
}

void PersonDialog::saveCorrection()
{
    Citizen c = fromFields();
    c.id = m_record.id;
    // Every wrong field at once, as for a new person; then the repository's
    // own refusals (nothing changed, no reason) one by one.
    QList<Error> errors = CitizenRepository::validate(c, m_clock.today(), &m_communes);
    sayTheFieldsError(errors, m_birthDate);
    if (errors.isEmpty()) {
        auto corrected = m_citizens.correct(c, m_reason->text(), m_agentId, &m_communes);
        if (corrected) {
            m_saved = *corrected;
            accept();
            return;
        }
        errors << corrected.error();
    }
    showErrors(errors);
}

void PersonDialog::showErrors(const QList<Error> &errors)
{
    QStringList lines;
    for (const Error &e : errors)
        lines << QStringLiteral("• ") + e.message;
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->setVisible(true);
    // An error about no field (nothing changed) sends the agent back to the first one.
    auto *w = errors.first().field.isEmpty() ? nullptr : findChild<QWidget *>(errors.first().field);
    (w ? w : m_familyName)->setFocus();
}

} // namespace guichet
