// SPDX-License-Identifier: GPL-3.0-or-later
#include "courrierform.h"

#include "datefield.h"
#include "formsupport.h"
#include "domain/validators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace guichet::courrier {

namespace {

constexpr int MaxObjectChars = 200;
constexpr int MaxQuestionChars = 300;
constexpr int MaxAnalysisChars = 4000;

} // namespace

std::optional<CourrierForm::Procedure> CourrierForm::procedureOf(const QString &procedureId)
{
    if (procedureId == WrittenProcedureId)
        return Procedure::Written;
    if (procedureId == CallProcedureId)
        return Procedure::Call;
    return std::nullopt;
}

CourrierForm::CourrierForm(const CourrierRules &rules, const ModuleContext &context, Procedure procedure,
                           QWidget *parent)
    : CaseForm(parent), m_rules(rules), m_context(context), m_procedure(procedure), m_answers(rules)
{
    // A short form: its rows at the top, the room left below them.
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (procedure == Procedure::Written)
        buildWritten(form);
    else
        buildCall(form);
    m_rows.finish();
    updateEnabledFields();
}

void CourrierForm::buildWritten(QFormLayout *form)
{
    m_received = new DateField(this);
    m_received->setNotAfterToday(m_context.clock());
    // Most mail is registered the day it arrives.
    m_received->setDate(m_context.clock().today());
    m_received->setToolTip(tr("The day the request reached the city (the post's date stamp, the e-mail's or the "
                              "web form's date): every delay runs from it."));
    m_rows.add(form, tr("Received o&n:"), m_received, "received");

    m_firstReceived = new DateField(this);
    m_firstReceived->setNotAfterToday(m_context.clock());
    m_firstReceived->setToolTip(tr("Only when another administration (préfecture, métropole…) received the request "
                                   "first and forwarded it: an implicit rejection runs from that day (CRPA L114-3). "
                                   "Leave it empty otherwise."));
    m_rows.add(form, tr("First received else&where on:"), m_firstReceived, "firstReceived");

    m_subject = m_rows.add(form, tr("S&ubject:"), m_rows.choiceCombo(m_rules.subjects(), tr("— choose the subject —")),
                           "subject");
    m_subject->setToolTip(tr("What the request is about: the routing table gives the service that acts, or the "
                             "administration it is transmitted to."));
    m_requestKind = m_rows.add(form, tr("&Kind of request:"),
                               m_rows.choiceCombo(m_rules.requestKinds(), tr("— choose the kind of request —")),
                               "requestKind");
    m_requestKind->setToolTip(tr("What the request asks for: it decides what the administration's silence is worth "
                                 "(acceptance, rejection or nothing) and after how long."));

    m_object = new QLineEdit(this);
    m_object->setMaxLength(MaxObjectChars);
    m_object->setToolTip(tr("One line that says what is asked: it is the case's summary in every list."));
    m_rows.add(form, tr("O&bject:"), m_object, "object");

    m_analysis = new QPlainTextEdit(this);
    m_analysis->setObjectName(QStringLiteral("analysis"));
    m_analysis->setTabChangesFocus(true);
    m_analysis->setFixedHeight(m_analysis->fontMetrics().lineSpacing() * 4 + 12);
    m_analysis->setToolTip(tr("Optional: what the service needs to know (documents enclosed, earlier exchanges). "
                              "Tab goes on to the next field."));
    m_rows.add(form, tr("Anal&ysis:"), m_analysis, "analysis");
    connect(m_analysis, &QPlainTextEdit::textChanged, this, &CourrierForm::emitChanged);
}

void CourrierForm::buildCall(QFormLayout *form)
{
    m_subject = m_rows.add(form, tr("S&ubject:"), m_rows.choiceCombo(m_rules.subjects(), tr("— choose the subject —")),
                           "subject");
    m_subject->setToolTip(tr("What the call is about: the routing table gives the service that acts, or the "
                             "administration the caller is sent to."));
    m_question = new QLineEdit(this);
    m_question->setMaxLength(MaxQuestionChars);
    m_question->setToolTip(tr("What the caller asked, in one line: it is the case's summary."));
    m_rows.add(form, tr("What was as&ked:"), m_question, "question");
    m_callback = m_rows.add(form, tr("Callback &wanted"), new QCheckBox(this), "callback");
    m_phone = new QLineEdit(this);
    m_phone->setMaxLength(int(validate::MaxPhoneChars));
    m_phone->setToolTip(tr("A French number, or an international one starting with +."));
    m_rows.add(form, tr("&Number to call back:"), m_phone, "callbackPhone");
}

void CourrierForm::updateEnabledFields()
{
    if (m_phone)
        m_phone->setEnabled(m_callback->isChecked());
}

void CourrierForm::emitChanged()
{
    updateEnabledFields();
    Q_EMIT changed();
}

void CourrierForm::setApplicant(const Citizen &citizen)
{
    m_applicant = citizen;
    if (m_phone && m_phone->text().trimmed().isEmpty() && !citizen.phone.isEmpty())
        m_phone->setText(validate::phoneForDisplay(citizen.phone));
}

QString CourrierForm::procedureId() const
{
    return m_procedure == Procedure::Written ? QString(WrittenProcedureId) : QString(CallProcedureId);
}

Facts CourrierForm::facts() const
{
    Facts f;
    if (const QString subject = m_subject->currentData().toString(); !subject.isEmpty())
        f.insert(QStringLiteral("subject"), subject);
    if (m_procedure == Procedure::Call) {
        f.insert(QStringLiteral("callback"), answers::booleanFact(m_callback->isChecked()));
        return f;
    }
    // Only a date the field accepts: one past today or malformed is the field's error, not a fact.
    if (m_received->check(QString()).value_or(QDate()).isValid())
        f.insert(QStringLiteral("received"), answers::dateFact(m_received->date()));
    if (m_firstReceived->check(QString()).value_or(QDate()).isValid())
        f.insert(QStringLiteral("first_received"), answers::dateFact(m_firstReceived->date()));
    if (const QString kind = m_requestKind->currentData().toString(); !kind.isEmpty())
        f.insert(QStringLiteral("request_kind"), kind);
    return f;
}

Answer CourrierForm::currentAnswer() const
{
    return answers::forForm(m_answers, m_context, procedureId(), facts());
}

QString CourrierForm::answer() const
{
    return currentAnswer().text;
}

QDate CourrierForm::dueDate() const
{
    return currentAnswer().date(QStringLiteral("due"));
}

std::optional<Route> CourrierForm::route() const
{
    return m_rules.dispatch().route(m_subject->currentData().toString());
}

QString CourrierForm::service() const
{
    const auto r = route();
    if (!r)
        return {};
    return r->transmitted() ? QString(MailServiceId) : r->service;
}

QList<Error> CourrierForm::validate() const
{
    QList<Error> errors;
    if (m_procedure == Procedure::Written) {
        if (m_received->isBlank())
            errors << Error::invalid(QStringLiteral("received"),
                tr("Received on is missing: type the day the city received the request as DD/MM/YYYY "
                   "(e.g. 02/12/2026); every delay runs from it."));
        else if (const auto checked = m_received->check(tr("Received on")); !checked)
            errors << checked.error();
        if (!m_firstReceived->isBlank()) {
            if (const auto checked = m_firstReceived->check(tr("First received elsewhere on")); !checked)
                errors << checked.error();
            else if (m_received->date().isValid() && *checked > m_received->date())
                errors << Error::invalid(QStringLiteral("firstReceived"),
                    tr("First received elsewhere on: %1 is after the day the city received the request (%2). Type "
                       "the day the other administration received it, which comes first, or leave the field empty.")
                        .arg(DateField::format(*checked), DateField::format(m_received->date())));
        }
    }
    if (m_subject->currentData().toString().isEmpty())
        errors << Error::invalid(QStringLiteral("subject"),
            tr("Subject: none is chosen. Choose what the request is about in the list: it decides the service that "
               "acts, or the administration it is transmitted to."));
    if (m_procedure == Procedure::Written) {
        if (m_requestKind->currentData().toString().isEmpty())
            errors << Error::invalid(QStringLiteral("requestKind"),
                tr("Kind of request: none is chosen. Choose what the request asks for in the list: it decides what "
                   "silence is worth and on which day. When unsure, choose the general case (a decision)."));
        if (m_object->text().trimmed().isEmpty())
            errors << Error::invalid(QStringLiteral("object"),
                tr("Object is missing: type in one line what the request asks (e.g. a copy of a building permit); "
                   "it becomes the case's summary."));
        return errors;
    }
    if (m_question->text().trimmed().isEmpty())
        errors << Error::invalid(QStringLiteral("question"),
            tr("What was asked is missing: type in one line what the caller asked; it becomes the case's summary."));
    if (m_callback->isChecked()) {
        const QString typed = m_phone->text().trimmed();
        if (typed.isEmpty())
            errors << Error::invalid(QStringLiteral("callbackPhone"),
                tr("Number to call back is missing: type the number the caller gave, such as 06 12 34 56 78, or "
                   "untick Callback wanted."));
        else if (!validate::phone(typed, QStringLiteral("callbackPhone")))
            errors << Error::invalid(QStringLiteral("callbackPhone"),
                tr("Number to call back: \"%1\" is not a phone number. Type 10 digits such as 06 12 34 56 78, or an "
                   "international number beginning with + such as +44 20 7946 0958.").arg(typed));
    }
    return errors;
}

QJsonObject CourrierForm::values() const
{
    const Answer a = currentAnswer();
    const auto r = route();
    QJsonObject v{{QStringLiteral("subject"), m_subject->currentData().toString()},
                  {QStringLiteral("subjectLabel"), m_subject->currentData().toString().isEmpty()
                                                       ? QString() : m_subject->currentText()},
                  {QStringLiteral("service"), service()},
                  {QStringLiteral("partner"), r && r->transmitted() ? r->partner->id : QString()},
                  {QStringLiteral("partnerName"), r && r->transmitted() ? r->partner->name : QString()},
                  {QStringLiteral("answerTarget"), jsonDate(a.date(QStringLiteral("answer-target")))}};
    // Who wrote or called, as the letters address them: the case keeps it,
    // so a later edit of the person does not change a letter already sent.
    v.insert(QStringLiteral("applicant"),
             QJsonObject{{QStringLiteral("name"), m_applicant.displayName()},
                         {QStringLiteral("addressLine"), m_applicant.addressLine},
                         {QStringLiteral("postalCode"), m_applicant.postalCode},
                         {QStringLiteral("city"), m_applicant.city}});
    if (m_procedure == Procedure::Call) {
        v.insert(QStringLiteral("question"), m_question->text().simplified());
        v.insert(QStringLiteral("callback"), m_callback->isChecked());
        const auto phone = validate::phone(m_phone->text(), QStringLiteral("callbackPhone"));
        v.insert(QStringLiteral("callbackPhone"), m_callback->isChecked() && phone ? *phone : QString());
        v.insert(QStringLiteral("received"), jsonDate(m_context.clock().today()));
        return v;
    }
    const QString kind = m_requestKind->currentData().toString();
    const auto rule = m_rules.clock(m_context.communeCode()).kind(kind);
    v.insert(QStringLiteral("received"), jsonDate(m_received->date()));
    v.insert(QStringLiteral("firstReceived"), jsonDate(m_firstReceived->date()));
    v.insert(QStringLiteral("requestKind"), kind);
    v.insert(QStringLiteral("requestKindLabel"), rule ? rule->label : QString());
    v.insert(QStringLiteral("silence"), rule ? CourrierRules::meaningKey(rule->meaning) : QString());
    v.insert(QStringLiteral("decisionDate"), jsonDate(a.date(QStringLiteral("decision"))));
    v.insert(QStringLiteral("appealUntil"), jsonDate(a.date(QStringLiteral("appeal-until"))));
    v.insert(QStringLiteral("object"), m_object->text().simplified());
    v.insert(QStringLiteral("analysis"), m_analysis->toPlainText().trimmed().left(MaxAnalysisChars));
    return v;
}

QString CourrierForm::summary() const
{
    if (m_procedure == Procedure::Call)
        return tr("Call: %1").arg(m_question->text().simplified());
    return m_object->text().simplified();
}

} // namespace guichet::courrier
