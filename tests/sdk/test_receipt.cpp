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

namespace {

/// The text of one page of a PDF.
QString pageText(const QString &pdf, int page)
{
    return pdfText(pdf, {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page)});
}

int pageCount(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

/// How many printed lines of a page match `pattern`.
int linesMatching(const QString &pageText, const QRegularExpression &pattern)
{
    int n = 0;
    for (const QString &line : pageText.split(u'\n'))
        if (line.contains(pattern))
            ++n;
    return n;
}

} // namespace

TEST_CASE("Receipt: every page after the first repeats the office and the tracking number, and every page says "
          "page n/N", "[sdk][receipt][paper]")
{
    TempDir dir;
    ReceiptData d = sample();
    for (int i = 1; i <= 20; ++i)
        d.missingDocuments << QStringLiteral("Justificatif numéro %1").arg(i);
    const QString pdf = dir.file(QStringLiteral("two-pages.pdf"));
    REQUIRE(writeReceiptPdf(d, pdf).has_value());
    REQUIRE(pageCount(pdf) == 2);

    const QString first = pageText(pdf, 1);
    const QString second = pageText(pdf, 2);
    INFO(second.toStdString());
    CHECK(first.contains(QStringLiteral("page 1/2")));
    CHECK(second.contains(QStringLiteral("Mairie de quartier de Bellevue")));
    CHECK(second.contains(QStringLiteral("BEL-2026-000123")));
    CHECK(second.contains(QStringLiteral("page 2/2")));
    CHECK(second.contains(QStringLiteral("Keep this receipt")));
    CHECK(second.contains(QStringLiteral("Justificatif numéro 20")));

    // A receipt on one page says so too: nothing is missing from it.
    const QString single = dir.file(QStringLiteral("one-page.pdf"));
    REQUIRE(writeReceiptPdf(sample(), single).has_value());
    CHECK(pageCount(single) == 1);
    CHECK(pdfText(single).contains(QStringLiteral("page 1/1")));
}

TEST_CASE("Receipt: however long the list, no page holds a lone item of it", "[sdk][receipt][paper]")
{
    TempDir dir;
    const QRegularExpression item(QStringLiteral("Justificatif numéro \\d+"));
    bool brokeAcrossPages = false;
    // One more item at a time: the page break falls after every possible item.
    for (int n = 1; n <= 45; ++n) {
        ReceiptData d = sample();
        d.missingDocuments.clear();
        for (int i = 1; i <= n; ++i)
            d.missingDocuments << QStringLiteral("Justificatif numéro %1").arg(i);
        const QString pdf = dir.file(QStringLiteral("list-%1.pdf").arg(n));
        REQUIRE(writeReceiptPdf(d, pdf).has_value());
        const int pages = pageCount(pdf);
        REQUIRE(pages >= 1);
        int seen = 0;
        for (int p = 1; p <= pages; ++p) {
            const QString text = pageText(pdf, p);
            const int items = linesMatching(text, item);
            INFO("items " << n << ", page " << p << " of " << pages << ":\n" << text.toStdString());
            if (n > 1)
                CHECK(items != 1);  // the first item with its heading and the next, the last with the one before
            CHECK(text.contains(QStringLiteral("page %1/%2").arg(p).arg(pages)));
            if (p > 1)
                CHECK(text.contains(QStringLiteral("BEL-2026-000123")));
            seen += items;
        }
        CHECK(seen == n);
        brokeAcrossPages = brokeAcrossPages || pages > 1;
    }
    CHECK(brokeAcrossPages);
}

TEST_CASE("Receipt: a long answer breaks between pages with at least two of its lines on each, and the closing "
          "sentence never stands alone", "[sdk][receipt][paper]")
{
    TempDir dir;
    // Words that say they belong to the answer, so its printed lines can be counted.
    const QRegularExpression answerLine(QStringLiteral("mot\\d{3}"));
    const QString complete = QStringLiteral("Your file is complete");
    bool split = false;
    for (int words = 150; words <= 330; words += 3) {
        ReceiptData d = sample();
        d.missingDocuments.clear();
        QStringList answer;
        for (int w = 1; w <= words; ++w)
            answer << QStringLiteral("mot%1").arg(w, 3, 10, QLatin1Char('0'));
        d.answer = answer.join(u' ');
        const QString pdf = dir.file(QStringLiteral("answer-%1.pdf").arg(words));
        REQUIRE(writeReceiptPdf(d, pdf).has_value());
        const int pages = pageCount(pdf);
        for (int p = 1; p <= pages; ++p) {
            const QString text = pageText(pdf, p);
            const int lines = linesMatching(text, answerLine);
            INFO("words " << words << ", page " << p << " of " << pages << ":\n" << text.toStdString());
            CHECK(lines != 1);
            if (text.contains(complete))
                CHECK((p == 1 || lines >= 2));
            split = split || (p > 1 && lines >= 2);
        }
        CHECK(pdfText(pdf).contains(QStringLiteral("mot%1").arg(words, 3, 10, QLatin1Char('0'))));
    }
    CHECK(split);
}

TEST_CASE("Receipt: a colon, a semicolon, marks and guillemets are never cut from their word at the end of a line",
          "[sdk][receipt][paper]")
{
    TempDir dir;
    const QRegularExpression badStart(QStringLiteral("^\\s*[:;!?»]"));
    const QRegularExpression badEnd(QStringLiteral("«\\s*$"));
    // One word more at a time moves each mark along the line, onto its end.
    for (int words = 0; words < 14; ++words) {
        ReceiptData d = sample();
        d.answer = QStringLiteral("Délai ").repeated(words)
                   + QStringLiteral("pièces : acte ; livret ! vraiment ? le titre « Disponible » attend");
        const QString pdf = dir.file(QStringLiteral("marks-%1.pdf").arg(words));
        REQUIRE(writeReceiptPdf(d, pdf).has_value());
        const QString text = pdfText(pdf);
        INFO(text.toStdString());
        for (const QString &line : text.split(u'\n')) {
            CHECK_FALSE(line.contains(badStart));
            CHECK_FALSE(line.contains(badEnd));
        }
    }
}

TEST_CASE("Receipt: text reaches paper through French typography, so a typed \"1 décembre\" is printed \"1er\"",
          "[sdk][receipt][paper]")
{
    // The typography itself is tested in tests/domain/test_frenchtypography.cpp;
    // here, that every text of the receipt goes through it.
    TempDir dir;
    ReceiptData d = sample();
    d.answer = QStringLiteral("Rendez-vous le 1 décembre à la mairie.");
    d.missingDocuments = {QStringLiteral("Attestation datée du 1 mars")};
    const QString pdf = dir.file(QStringLiteral("typography.pdf"));
    REQUIRE(writeReceiptPdf(d, pdf).has_value());
    const QString text = pdfText(pdf).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("le 1er décembre à la mairie")));
    CHECK(text.contains(QStringLiteral("Attestation datée du 1er mars")));
    CHECK_FALSE(text.contains(QStringLiteral(" 1 décembre")));
}

TEST_CASE("Receipt: a copy printed again from the stored case says when", "[sdk][receipt][paper]")
{
    TempDir dir;
    ReceiptData d = sample();
    d.reprintedAt = QDateTime(QDate(2027, 1, 1), QTime(14, 30));
    const QString pdf = dir.file(QStringLiteral("again.pdf"));
    REQUIRE(writeReceiptPdf(d, pdf).has_value());
    const QString text = pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Given on vendredi 20 novembre 2026")));
    CHECK(text.contains(QStringLiteral("Printed again on vendredi 1er janvier 2027 à 14:30")));
}
