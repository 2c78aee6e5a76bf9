// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcontext.h"

#include "document.h"

#include <QDir>
#include <QRegularExpression>

using namespace guichet;
using namespace guichet::test;

namespace {

PrintedDocument certificate(const ModuleContext &context)
{
    PrintedDocument d = PrintedDocument::forOffice(context);
    d.recipient = {QStringLiteral("Madame Jeanne LEFÈVRE"), QStringLiteral("12 rue de Siam"),
                   QStringLiteral("29200 Brest")};
    d.title = QStringLiteral("Certificat d'inscription scolaire");
    d.reference = QStringLiteral("BEL-2026-000123");
    d.rows = {{QStringLiteral("Enfant"), QStringLiteral("LEFÈVRE Louise")},
              {QStringLiteral("Niveau"), QStringLiteral("Petite section")},
              {QStringLiteral("Omis quand vide"), QString()}};
    d.paragraphs = {QStringLiteral("L'enfant est inscrit à l'école maternelle de Kerbernier pour l'année scolaire "
                                   "2027-2028.")};
    d.signature = QStringLiteral("Pour le maire et par délégation");
    return d;
}

} // namespace

TEST_CASE("PrintedDocument: the office, the date, the addressee and every filled row are printed", "[sdk][document]")
{
    TestContext context(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
    const QString pdf = QDir(context.documentsDirectory()).filePath(QStringLiteral("letters/certificat.pdf"));
    REQUIRE(writeDocumentPdf(certificate(context), pdf).has_value());
    CHECK_FALSE(QFile::exists(pdf + QStringLiteral(".part")));

    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Mairie de quartier de Bellevue")));
    CHECK(text.contains(QStringLiteral("Brest, on 1er décembre 2026")));  // source string; French: "le"
    CHECK(text.contains(QStringLiteral("12 rue de Siam")));
    CHECK(text.contains(QStringLiteral("Certificat d'inscription scolaire")));
    CHECK(text.contains(QStringLiteral("Ref. BEL-2026-000123")));
    CHECK(text.contains(QStringLiteral("Petite section")));
    CHECK_FALSE(text.contains(QStringLiteral("Omis quand vide")));
    CHECK(text.contains(QStringLiteral("Pour le maire et par délégation")));
}

TEST_CASE("PrintedDocument: a long letter continues on a second page", "[sdk][document]")
{
    TestContext context;
    PrintedDocument d = certificate(context);
    for (int i = 0; i < 40; ++i)
        d.paragraphs << QStringLiteral("Paragraphe %1 : les voies et délais de recours sont indiqués ci-dessous, "
                                       "conformément au code des relations entre le public et l'administration.").arg(i);
    const QString pdf = QDir(context.documentsDirectory()).filePath(QStringLiteral("long.pdf"));
    REQUIRE(writeDocumentPdf(d, pdf).has_value());
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+[2-9]"))));
    const QString last = pdfText(pdf, {QStringLiteral("-f"), QStringLiteral("2")});
    CHECK(last.contains(QStringLiteral("Paragraphe 39")));
}

TEST_CASE("PrintedDocument: an unwritable destination is an error that names the path", "[sdk][document]")
{
    TestContext context;
    auto r = writeDocumentPdf(certificate(context), QStringLiteral("/proc/guichet/letter.pdf"));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().message.contains(QStringLiteral("/proc/guichet/letter.pdf")));
}
