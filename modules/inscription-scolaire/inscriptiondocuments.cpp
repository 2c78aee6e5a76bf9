// SPDX-License-Identifier: GPL-3.0-or-later
#include "inscriptiondocuments.h"
#include "domain/frenchdate.h"
#include "referencesection.h"

#include <QCoreApplication>

namespace guichet::inscription {

namespace {

QString childName(const QJsonObject &data)
{
    QString name = section::text(data, "childFamilyName").toUpper();
    if (!section::text(data, "childFirstNames").isEmpty())
        name += QStringLiteral(" ") + section::text(data, "childFirstNames");
    return name.trimmed();
}

QString homeLine(const QJsonObject &data)
{
    return (section::text(data, "houseNumber") + QStringLiteral(" ") + section::text(data, "street")).trimmed();
}

QString townLine(const QJsonObject &data)
{
    return (section::text(data, "postalCode") + QStringLiteral(" ") + section::text(data, "city")).trimmed();
}

QStringList recipient(const QJsonObject &data, const QString &fallbackName)
{
    QStringList lines{section::text(data, "guardian1").isEmpty() ? fallbackName : section::text(data, "guardian1")};
    if (!homeLine(data).isEmpty())
        lines << homeLine(data);
    if (!townLine(data).isEmpty())
        lines << townLine(data);
    return lines;
}

QString frenchBirthDate(const QJsonObject &data)
{
    const QDate d = QDate::fromString(section::text(data, "childBirthDate"), Qt::ISODate);
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
    // Recorded without a school: the home is outside every sector (or the commune), the education department names it.
    if (!childName(data).isEmpty() && data.contains(QStringLiteral("catchmentSchoolName"))
        && section::text(data, "catchmentSchoolName").isEmpty())
        return notPrintable(c, QCoreApplication::translate("InscriptionDocuments", "Case %1 has no school recorded: the home "
                                  "is outside every sector of the catchment map, and the education department names the "
                                  "school. The certificate cannot be printed here without it."));
    if (childName(data).isEmpty() || section::text(data, "catchmentSchoolName").isEmpty() || section::text(data, "schoolYear").isEmpty())
        return notPrintable(c, QCoreApplication::translate("InscriptionDocuments", "Case %1 has no child, school year or school recorded (it was not made with "
                                  "the enrolment form), so no certificate can be printed for it."));
    const QJsonObject texts = rules.documentTexts(QStringLiteral("certificate"));
    const QJsonObject labels = texts.value(QStringLiteral("rows")).toObject();
    PrintedDocument d = PrintedDocument::forOffice(context);
    d.recipient = recipient(data, c.personName);
    d.title = section::text(texts, "title");
    d.reference = c.trackingNumber;
    QStringList guardians;
    for (const char *key : {"guardian1", "guardian2"})
        if (!section::text(data, key).isEmpty())
            guardians << section::text(data, key);
    const QDate rentree = QDate::fromString(section::text(data, "rentree"), Qt::ISODate);
    d.rows = {
        {section::text(labels, "child"), childName(data)},
        {section::text(labels, "birthDate"), frenchBirthDate(data)},
        {section::text(labels, "schoolYear"), section::text(data, "schoolYear")},
        {section::text(labels, "rentree"), frenchdate::longDate(rentree)},
        {section::text(labels, "level"), section::text(data, "levelLabel")},
        {section::text(labels, "school"), section::text(data, "catchmentSchoolName")},
        {section::text(labels, "schoolAddress"), section::text(data, "catchmentSchoolAddress")},
        {section::text(labels, "guardians"), guardians.join(QStringLiteral(", "))},
        {section::text(labels, "address"), QStringList{homeLine(data), townLine(data)}.join(QStringLiteral(", "))},
    };
    d.paragraphs = {section::text(texts, "intro").arg(context.communeName(), section::text(data, "schoolYear")),
                    section::text(texts, "admission")};
    d.signature = section::text(texts, "signature");
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
    if (childName(data).isEmpty() || section::text(data, "requestedSchoolName").isEmpty())
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
    d.title = section::text(texts, "title");
    d.reference = c.trackingNumber;
    const QString sector = section::text(data, "catchmentSchoolName");
    d.rows = {
        {section::text(labels, "child"), childName(data)},
        {section::text(labels, "schoolYear"), section::text(data, "schoolYear")},
        {section::text(labels, "level"), section::text(data, "levelLabel")},
        {section::text(labels, "catchmentSchool"), sector},
        {section::text(labels, "requestedSchool"), section::text(data, "requestedSchoolName")},
        {section::text(labels, "reason"), section::text(data, "reasonLabel")},
        {section::text(labels, "decision"), granted ? section::text(texts, "granted") : section::text(texts, "refused")},
    };
    const QString child = section::text(data, "childFirstNames").isEmpty() ? childName(data) : section::text(data, "childFirstNames");
    d.paragraphs << section::text(texts, "salutation");
    if (granted) {
        d.paragraphs << section::text(texts, "grantedText").arg(child, section::text(data, "requestedSchoolName"), section::text(data, "schoolYear"));
    } else {
        // The reason comes as a list entry ("Pas de place…"); inside the sentence it follows a colon.
        QString reason = refusalReason.trimmed();
        reason[0] = reason.at(0).toLower();
        d.paragraphs << section::text(texts, "refusedText").arg(reason, child,
                                                       sector.isEmpty() ? section::text(data, "city") : sector);
        d.paragraphs << section::text(texts, "appeal");
    }
    d.paragraphs << section::text(texts, "closing");
    d.signature = section::text(texts, "signature");
    return d;
}

} // namespace guichet::inscription
