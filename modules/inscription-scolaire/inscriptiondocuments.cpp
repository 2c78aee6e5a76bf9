// SPDX-License-Identifier: GPL-3.0-or-later
#include "inscriptiondocuments.h"

#include <QCoreApplication>

namespace guichet::inscription {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString childName(const QJsonObject &data)
{
    QString name = str(data, "childFamilyName").toUpper();
    if (!str(data, "childFirstNames").isEmpty())
        name += QStringLiteral(" ") + str(data, "childFirstNames");
    return name.trimmed();
}

QString homeLine(const QJsonObject &data)
{
    return (str(data, "houseNumber") + QStringLiteral(" ") + str(data, "street")).trimmed();
}

QString townLine(const QJsonObject &data)
{
    return (str(data, "postalCode") + QStringLiteral(" ") + str(data, "city")).trimmed();
}

QStringList recipient(const QJsonObject &data, const QString &fallbackName)
{
    QStringList lines{str(data, "guardian1").isEmpty() ? fallbackName : str(data, "guardian1")};
    if (!homeLine(data).isEmpty())
        lines << homeLine(data);
    if (!townLine(data).isEmpty())
        lines << townLine(data);
    return lines;
}

QString frenchBirthDate(const QJsonObject &data)
{
    const QDate d = QDate::fromString(str(data, "childBirthDate"), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

std::unexpected<Error> notPrintable(const Case &c, const QString &why)
{
    return std::unexpected(Error::make(Error::Code::Forbidden, why.arg(c.trackingNumber)));
}

} // namespace

PrintableKind printableKind(const Case &c)
{
    if (c.procedureId == EnrolmentProcedureId
        && (c.status == QLatin1String("confirmed") || c.status == QLatin1String("certificate-issued")))
        return PrintableKind::Certificate;
    if (c.procedureId == DerogationProcedureId) {
        if (c.status == QLatin1String("granted") || c.status == QLatin1String("granted-notified"))
            return PrintableKind::GrantedLetter;
        if (c.status == QLatin1String("refused") || c.status == QLatin1String("refused-notified"))
            return PrintableKind::RefusedLetter;
    }
    return PrintableKind::None;
}

QString documentFileName(const Case &c)
{
    const PrintableKind kind = printableKind(c);
    const QString what = kind == PrintableKind::Certificate ? QStringLiteral("certificat")
                                                            : QStringLiteral("decision");
    return c.trackingNumber + QStringLiteral("-") + what + QStringLiteral(".pdf");
}

Result<PrintedDocument> certificateFor(const InscriptionRules &rules, const ModuleContext &context,
                                       const CaseSummary &c)
{
    if (printableKind(c) != PrintableKind::Certificate)
        return notPrintable(c, QCoreApplication::translate("InscriptionDocuments", "Case %1 is not a confirmed enrolment: confirm the enrolment in the case "
                                  "window first, then print its certificate."));
    const QJsonObject &data = c.data;
    if (childName(data).isEmpty() || str(data, "catchmentSchoolName").isEmpty() || str(data, "schoolYear").isEmpty())
        return notPrintable(c, QCoreApplication::translate("InscriptionDocuments", "Case %1 has no child, school year or school recorded (it was not made with "
                                  "the enrolment form), so no certificate can be printed for it."));
    const QJsonObject texts = rules.documentTexts(QStringLiteral("certificate"));
    const QJsonObject labels = texts.value(QStringLiteral("rows")).toObject();
    PrintedDocument d = PrintedDocument::forOffice(context);
    d.recipient = recipient(data, c.personName);
    d.title = str(texts, "title");
    d.reference = c.trackingNumber;
    QStringList guardians;
    for (const char *key : {"guardian1", "guardian2"})
        if (!str(data, key).isEmpty())
            guardians << str(data, key);
    const QDate rentree = QDate::fromString(str(data, "rentree"), Qt::ISODate);
    d.rows = {
        {str(labels, "child"), childName(data)},
        {str(labels, "birthDate"), frenchBirthDate(data)},
        {str(labels, "schoolYear"), str(data, "schoolYear")},
        {str(labels, "rentree"), InscriptionRules::frenchDate(rentree)},
        {str(labels, "level"), str(data, "levelLabel")},
        {str(labels, "school"), str(data, "catchmentSchoolName")},
        {str(labels, "schoolAddress"), str(data, "catchmentSchoolAddress")},
        {str(labels, "guardians"), guardians.join(QStringLiteral(", "))},
        {str(labels, "address"), QStringList{homeLine(data), townLine(data)}.join(QStringLiteral(", "))},
    };
    d.paragraphs = {str(texts, "intro").arg(context.communeName(), str(data, "schoolYear")),
                    str(texts, "admission")};
    d.signature = str(texts, "signature");
    return d;
}

Result<PrintedDocument> decisionLetterFor(const InscriptionRules &rules, const ModuleContext &context,
                                          const CaseSummary &c, const QString &refusalReason)
{
    const PrintableKind kind = printableKind(c);
    if (kind != PrintableKind::GrantedLetter && kind != PrintableKind::RefusedLetter)
        return notPrintable(c, QCoreApplication::translate("InscriptionDocuments", "Case %1 has no decision yet: record the mayor's decision (granted or refused) "
                                  "in the case window first, then print the letter."));
    const QJsonObject &data = c.data;
    if (childName(data).isEmpty() || str(data, "requestedSchoolName").isEmpty())
        return notPrintable(c, QCoreApplication::translate("InscriptionDocuments", "Case %1 has no child or requested school recorded (it was not made with the "
                                  "derogation form), so no letter can be printed for it."));
    if (kind == PrintableKind::RefusedLetter && refusalReason.trimmed().isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("refusalReason"),
            QCoreApplication::translate("InscriptionDocuments", "Reason of the refusal is missing: choose the reason the mayor gave, as recorded in the case.")));

    const QJsonObject texts = rules.documentTexts(QStringLiteral("decision"));
    const QJsonObject labels = texts.value(QStringLiteral("rows")).toObject();
    const bool granted = kind == PrintableKind::GrantedLetter;
    PrintedDocument d = PrintedDocument::forOffice(context);
    d.recipient = recipient(data, c.personName);
    d.title = str(texts, "title");
    d.reference = c.trackingNumber;
    const QString sector = str(data, "catchmentSchoolName");
    d.rows = {
        {str(labels, "child"), childName(data)},
        {str(labels, "schoolYear"), str(data, "schoolYear")},
        {str(labels, "level"), str(data, "levelLabel")},
        {str(labels, "catchmentSchool"), sector},
        {str(labels, "requestedSchool"), str(data, "requestedSchoolName")},
        {str(labels, "reason"), str(data, "reasonLabel")},
        {str(labels, "decision"), granted ? str(texts, "granted") : str(texts, "refused")},
    };
    const QString child = str(data, "childFirstNames").isEmpty() ? childName(data) : str(data, "childFirstNames");
    d.paragraphs << str(texts, "salutation");
    if (granted) {
        d.paragraphs << str(texts, "grantedText").arg(child, str(data, "requestedSchoolName"), str(data, "schoolYear"));
    } else {
        // The reason comes as a list entry ("Pas de place…"); inside the sentence it follows a colon.
        QString reason = refusalReason.trimmed();
        reason[0] = reason.at(0).toLower();
        d.paragraphs << str(texts, "refusedText").arg(reason, child,
                                                       sector.isEmpty() ? str(data, "city") : sector);
        d.paragraphs << str(texts, "appeal");
    }
    d.paragraphs << str(texts, "closing");
    d.signature = str(texts, "signature");
    return d;
}

} // namespace guichet::inscription
