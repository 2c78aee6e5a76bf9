// SPDX-License-Identifier: GPL-3.0-or-later
#include "acknowledgement.h"

#include "domain/frenchdate.h"
#include "referencesection.h"

#include <QCoreApplication>

namespace guichet::courrier {

namespace {

QDate isoDate(const QJsonObject &data, const char *key)
{
    return QDate::fromString(section::text(data, key), Qt::ISODate);
}

QStringList recipientOf(const CaseSummary &c)
{
    const QJsonObject applicant = c.data.value(QLatin1String("applicant")).toObject();
    const QString name = section::text(applicant, "name");
    QStringList lines{name.isEmpty() ? c.personName : name};
    if (!section::text(applicant, "addressLine").isEmpty())
        lines << section::text(applicant, "addressLine");
    const QString town = (section::text(applicant, "postalCode") + u' ' + section::text(applicant, "city")).trimmed();
    if (!town.isEmpty())
        lines << town;
    return lines;
}

std::unexpected<Error> notPrintable(const Case &c, const QString &why)
{
    return std::unexpected(Error::make(Error::Code::Forbidden, why.arg(c.trackingNumber)));
}

} // namespace

LetterKind letterKind(const Case &c)
{
    if (c.procedureId != WrittenProcedureId)
        return LetterKind::None;
    return section::text(c.data, "partner").isEmpty() ? LetterKind::Acknowledgement : LetterKind::Transmission;
}

QString letterFileName(const Case &c)
{
    return c.trackingNumber
        + (letterKind(c) == LetterKind::Transmission ? QStringLiteral("-transmission.pdf")
                                                      : QStringLiteral("-accuse-reception.pdf"));
}

Result<PrintedDocument> letterFor(const CourrierRules &rules, const ModuleContext &context, const CaseSummary &c)
{
    const LetterKind kind = letterKind(c);
    if (kind == LetterKind::None)
        return notPrintable(c, QCoreApplication::translate("CourrierLetters", "Case %1 is not a written request: only a letter, an e-mail or a web form is "
                                  "acknowledged. Nothing is printed for a call."));
    const QJsonObject &data = c.data;
    const QDate received = isoDate(data, "received");
    const auto meaning = CourrierRules::meaningFromKey(section::text(data, "silence"));
    if (!received.isValid() || !meaning || section::text(data, "object").isEmpty())
        return notPrintable(c, QCoreApplication::translate("CourrierLetters", "Case %1 has no date of receipt, kind of request or object recorded (it was not "
                                  "made with the written-request form), so its letter cannot be printed."));
    const QDate target = isoDate(data, "answerTarget");
    const QDate decision = isoDate(data, "decisionDate");
    const QDate appealUntil = isoDate(data, "appealUntil");

    PrintedDocument d = PrintedDocument::forOffice(context);
    // Dated the day the request was registered, even when printed again.
    if (c.createdAt.isValid())
        d.date = c.createdAt.toLocalTime().date();
    d.recipient = recipientOf(c);
    d.reference = c.trackingNumber;

    if (kind == LetterKind::Transmission) {
        const QJsonObject texts = rules.letter(QStringLiteral("transmission"));
        const QJsonObject labels = texts.value(QLatin1String("rows")).toObject();
        const QString partnerId = section::text(data, "partner");
        QString partner = section::text(data, "partnerName");
        QString handles;
        for (const Partner &p : rules.dispatch().partners())
            if (p.id == partnerId) {
                partner = partner.isEmpty() ? p.name : partner;
                handles = p.handles;
            }
        d.title = section::text(texts, "title");
        d.rows = {{section::text(labels, "received"), frenchdate::date(received)},
                  {section::text(labels, "object"), section::text(data, "object")},
                  {section::text(labels, "partner"), partner},
                  {section::text(labels, "handles"), handles}};
        d.paragraphs = {section::text(texts, "salutation"),
                        section::text(texts, "intro").arg(frenchdate::date(received), partner),
                        section::text(texts, "transmitted"), section::text(texts, "delays"),
                        section::text(texts, "closing")};
        d.signature = section::text(texts, "signature");
        return d;
    }

    if (!target.isValid() || (*meaning != SilenceRule::Meaning::None && !decision.isValid())
        || (*meaning == SilenceRule::Meaning::Rejection && !appealUntil.isValid()))
        return notPrintable(c, QCoreApplication::translate("CourrierLetters", "Case %1 has no answer date recorded for its kind of request, so its "
                                  "acknowledgement cannot state when silence becomes a decision. Record the request "
                                  "again with the written-request form."));
    const QJsonObject texts = rules.letter(QStringLiteral("acknowledgement"));
    const QJsonObject labels = texts.value(QLatin1String("rows")).toObject();
    const auto office = rules.office(c.officeCode);
    const QString serviceId = c.service.isEmpty() ? section::text(data, "service") : c.service;
    d.title = section::text(texts, "title");
    d.rows = {{section::text(labels, "received"), frenchdate::date(received)}};
    if (const QDate first = isoDate(data, "firstReceived"); first.isValid())
        d.rows << qMakePair(section::text(labels, "firstReceived"), frenchdate::date(first));
    d.rows << qMakePair(section::text(labels, "object"), section::text(data, "object"))
           << qMakePair(section::text(labels, "service"), rules.serviceName(serviceId))
           << qMakePair(section::text(labels, "address"),
                        office ? office->name + QStringLiteral(", ") + office->address
                               : context.officeName() + QStringLiteral(", ") + context.officeAddress())
           << qMakePair(section::text(labels, "phone"), office ? office->phone : QString());
    // R112-5: the service's e-mail "le cas échéant", when the release gives one.
    if (const QString email = rules.serviceEmail(serviceId); !email.isEmpty())
        d.rows << qMakePair(section::text(labels, "email"), email);
    d.paragraphs << section::text(texts, "salutation")
                 << section::text(texts, "intro").arg(frenchdate::date(received), c.trackingNumber);
    switch (*meaning) {
    case SilenceRule::Meaning::Acceptance:
        d.paragraphs << section::text(texts, "acceptance").arg(frenchdate::date(decision))
                     << section::text(texts, "attestation");
        break;
    case SilenceRule::Meaning::Rejection:
        d.paragraphs << section::text(texts, "rejection").arg(frenchdate::date(decision))
                     << section::text(texts, "appeal").arg(frenchdate::date(appealUntil));
        break;
    case SilenceRule::Meaning::None:
        d.paragraphs << section::text(texts, "none");
        break;
    }
    d.paragraphs << section::text(texts, "target").arg(frenchdate::date(target)) << section::text(texts, "closing");
    d.signature = section::text(texts, "signature");
    return d;
}

} // namespace guichet::courrier
