// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "receipt.h"

#include <QDir>
#include <QRegularExpression>

using namespace guichet;
using namespace guichet::test;

namespace {

ReceiptData sample()
{
    ReceiptData d;
    d.officeName = QStringLiteral("Mairie de quartier de Bellevue");
    d.officeAddress = QStringLiteral("1 rue Pierre Trépos, 29200 Brest");
    d.officePhone = QStringLiteral("02 98 00 80 80");
    d.trackingNumber = QStringLiteral("BEL-2026-000123");
    d.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 45), Qt::UTC);
    d.procedureTitle = QStringLiteral("Demande de copie ou d'extrait d'acte");
    d.summary = QStringLiteral("Copie intégrale — acte de naissance — LEFÈVRE Jeanne");
    d.personName = QStringLiteral("LEFÈVRE Jeanne Marie");
    d.channel = QStringLiteral("Guichet");
    d.agentName = QStringLiteral("Anne Morvan");
    d.missingDocuments = {QStringLiteral("Pièce d'identité du demandeur"), QStringLiteral("Livret de famille")};
    d.dueDate = QDate(2026, 11, 27);
    d.releaseId = QStringLiteral("2026.1");
    return d;
}

} // namespace

TEST_CASE("Receipt: the PDF carries the tracking number as text and as a QR code that decodes back", "[sdk][receipt]")
{
    TempDir dir;
    const QString pdf = dir.file(QStringLiteral("documents/BEL-2026-000123.pdf"));
    REQUIRE(writeReceiptPdf(sample(), pdf).has_value());
    CHECK_FALSE(QFile::exists(pdf + QStringLiteral(".part")));

    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("BEL-2026-000123")));
    CHECK(text.contains(QStringLiteral("Mairie de quartier de Bellevue")));
    CHECK(text.contains(QStringLiteral("Livret de famille")));

    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                     QStringLiteral("-singlefile"), pdf, dir.file(QStringLiteral("page"))});
    const QString decoded = runTool(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"),
                                                           dir.file(QStringLiteral("page.png"))});
    CHECK(decoded.trimmed() == QStringLiteral("BEL-2026-000123"));
}

TEST_CASE("Receipt: a complete file says that nothing is missing", "[sdk][receipt]")
{
    TempDir dir;
    ReceiptData d = sample();
    d.missingDocuments.clear();
    const QString pdf = dir.file(QStringLiteral("complete.pdf"));
    REQUIRE(writeReceiptPdf(d, pdf).has_value());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("BEL-2026-000123")));
    CHECK_FALSE(text.contains(QStringLiteral("Livret de famille")));
}

TEST_CASE("Receipt: dates are written as in French, the first of the month as \"1er\"", "[sdk][receipt]")
{
    TempDir dir;
    ReceiptData d = sample();
    d.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 5));
    d.dueDate = QDate(2027, 1, 1);
    const QString pdf = dir.file(QStringLiteral("first.pdf"));
    REQUIRE(writeReceiptPdf(d, pdf).has_value());
    const QString text = pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("mardi 1er décembre 2026 à 09:05")));
    CHECK(text.contains(QStringLiteral("vendredi 1er janvier 2027")));
    CHECK_FALSE(text.contains(QStringLiteral(" 1 décembre")));
}

TEST_CASE("Receipt: a long answer and a long list go on to a second page, never under the footer", "[sdk][receipt]")
{
    TempDir dir;
    ReceiptData d = sample();
    d.answer = QString(QStringLiteral("La demande sera examinée par le service compétent dans les délais légaux. ")).repeated(12);
    for (int i = 1; i <= 25; ++i)
        d.missingDocuments << QStringLiteral("Justificatif numéro %1").arg(i);
    const QString pdf = dir.file(QStringLiteral("long.pdf"));
    REQUIRE(writeReceiptPdf(d, pdf).has_value());
    CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QRegularExpression(QStringLiteral("Pages:\\s+[2-9]"))));
    const QString first = pdfText(pdf, {QStringLiteral("-l"), QStringLiteral("1")});
    const QString second = pdfText(pdf, {QStringLiteral("-f"), QStringLiteral("2")});
    CHECK(second.contains(QStringLiteral("Justificatif numéro 25")));
    CHECK(second.contains(QStringLiteral("Keep this receipt")));  // the footer closes the last page
    CHECK_FALSE(first.contains(QStringLiteral("Justificatif numéro 25")));
}

TEST_CASE("Receipt: the QR image has the quiet zone and encodes any tracking number", "[sdk][receipt]")
{
    const QImage qr = qrCodeImage(QStringLiteral("SMA-2027-1234567"));
    REQUIRE_FALSE(qr.isNull());
    CHECK(qr.width() == qr.height());
    CHECK(qr.width() >= 21 + 8);
    for (int i = 0; i < qr.width(); ++i)
        CHECK(qr.pixelIndex(i, 0) == 1);  // top row is white
}

TEST_CASE("Receipt: an unwritable destination is an error that names the path", "[sdk][receipt]")
{
    auto r = writeReceiptPdf(sample(), QStringLiteral("/proc/guichet/receipt.pdf"));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().message.contains(QStringLiteral("/proc/guichet/receipt.pdf")));
}
