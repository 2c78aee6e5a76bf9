// SPDX-License-Identifier: GPL-3.0-or-later
// The school certificate and the derogation letters, written as PDF and read
// back: each school's name reads right whatever word it starts with.
#include "testsupport.h"

#include "inscriptiondocuments.h"
#include "testcontext.h"

#include <QDir>
#include <QJsonObject>

using namespace guichet;
using namespace guichet::test;
using namespace guichet::inscription;

namespace {

InscriptionRules rules(const TestContext &context)
{
    auto r = InscriptionRules::fromRelease(context.reference());
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r);
    return *r;
}

/// A case as the school forms record it, for a school of that name.
CaseSummary schoolCase(const QString &procedureId, const QString &status, const QString &schoolName)
{
    CaseSummary c;
    c.id = QUuid::createUuid();
    c.trackingNumber = QStringLiteral("BEL-2026-000301");
    c.procedureId = procedureId;
    c.status = status;
    c.personName = QStringLiteral("LE GALL Anne");
    c.data = QJsonObject{
        {QStringLiteral("childFamilyName"), QStringLiteral("Le Gall")},
        {QStringLiteral("childFirstNames"), QStringLiteral("Lou")},
        {QStringLiteral("childBirthDate"), QStringLiteral("2022-03-14")},
        {QStringLiteral("guardian1"), QStringLiteral("LE GALL Anne")},
        {QStringLiteral("houseNumber"), QStringLiteral("4")},
        {QStringLiteral("street"), QStringLiteral("rue de Siam")},
        {QStringLiteral("postalCode"), QStringLiteral("29200")},
        {QStringLiteral("city"), QStringLiteral("Brest")},
        {QStringLiteral("schoolYear"), QStringLiteral("2026-2027")},
        {QStringLiteral("rentree"), QStringLiteral("2026-09-01")},
        {QStringLiteral("levelLabel"), QStringLiteral("Moyenne section (MS)")},
        {QStringLiteral("catchmentSchoolName"), schoolName},
        {QStringLiteral("catchmentSchoolAddress"), QStringLiteral("Rue Duquesne, 29200 Brest")},
        {QStringLiteral("requestedSchoolName"), schoolName},
        {QStringLiteral("reasonLabel"), QStringLiteral("Raison de santé de l'enfant")},
    };
    return c;
}

/// The document written as PDF and its text read back, on one line.
QString printedText(const TestContext &context, const Result<PrintedDocument> &document)
{
    INFO((document ? QString() : document.error().message).toStdString());
    REQUIRE(document);
    const QString pdf = QDir(context.documentsDirectory()).filePath(QStringLiteral("document.pdf"));
    REQUIRE(writeDocumentPdf(*document, pdf));
    return pdfText(pdf).simplified();
}

} // namespace

TEST_CASE("School documents: a school's name is printed once, never after a word it already starts with",
          "[inscription][documents]")
{
    TestContext context;
    const InscriptionRules schoolRules = rules(context);
    const QString schoolName = GENERATE(QStringLiteral("École maternelle Jean Macé"),
                                        QStringLiteral("École primaire publique Vauban"),
                                        QStringLiteral("Groupe scolaire Jean Moulin"));
    INFO(schoolName.toStdString());

    const QString granted = printedText(context, decisionLetterFor(schoolRules, context,
        schoolCase(DerogationProcedureId, QStringLiteral("granted"), schoolName)));
    INFO(granted.toStdString());
    CHECK(granted.contains(QStringLiteral("Pour l'année scolaire 2026-2027, Lou pourra être inscrit à l'école demandée : ")
                           + schoolName + QStringLiteral(".")));

    const QString refused = printedText(context, decisionLetterFor(schoolRules, context,
        schoolCase(DerogationProcedureId, QStringLiteral("refused"), schoolName), QStringLiteral("Pas de place disponible")));
    INFO(refused.toStdString());
    CHECK(refused.contains(QStringLiteral("Lou reste inscrit à son école de secteur, ") + schoolName + QStringLiteral(".")));

    const QString certificate = printedText(context, certificateFor(schoolRules, context,
        schoolCase(EnrolmentProcedureId, QStringLiteral("confirmed"), schoolName)));
    INFO(certificate.toStdString());
    CHECK(certificate.contains(QStringLiteral("Établissement ") + schoolName));

    // Whatever the name, no sentence or label doubles the school's first word.
    for (const QString &text : {granted, refused, certificate}) {
        CHECK_FALSE(text.contains(QStringLiteral("École École"), Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(QStringLiteral("l'école École")));
        CHECK_FALSE(text.contains(QStringLiteral("l'école Groupe")));
        CHECK_FALSE(text.contains(QStringLiteral("École Groupe")));
    }
}
