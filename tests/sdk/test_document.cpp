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

namespace {

QString pageText(const QString &pdf, int page)
{
    return pdfText(pdf, {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page)});
}

int pageCount(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

TEST_CASE("PrintedDocument: every page after the first repeats the office and the reference, and every page says "
          "page n/N", "[sdk][document][paper]")
{
    TestContext context;
    PrintedDocument d = certificate(context);
    for (int i = 0; i < 40; ++i)
        d.paragraphs << QStringLiteral("Paragraphe %1 : les voies et délais de recours sont indiqués ci-dessous.").arg(i);
    const QString pdf = QDir(context.documentsDirectory()).filePath(QStringLiteral("pages.pdf"));
    REQUIRE(writeDocumentPdf(d, pdf).has_value());
    const int pages = pageCount(pdf);
    REQUIRE(pages >= 2);
    for (int p = 1; p <= pages; ++p) {
        const QString text = pageText(pdf, p);
        INFO("page " << p << ":\n" << text.toStdString());
        CHECK(text.contains(QStringLiteral("page %1/%2").arg(p).arg(pages)));
        CHECK(text.contains(QStringLiteral("Mairie de quartier de Bellevue")));
        CHECK(text.contains(QStringLiteral("BEL-2026-000123")));
    }
}

TEST_CASE("PrintedDocument: a paragraph broken between pages keeps two lines on each, and the signature is never "
          "alone on the last page", "[sdk][document][paper]")
{
    TestContext context;
    // Words that say which paragraph they belong to, so its printed lines can be counted.
    const QRegularExpression longParagraph(QStringLiteral("long\\d{3}"));
    const QRegularExpression closing(QStringLiteral("fin\\d{2}"));
    bool split = false;
    for (int words = 300; words <= 560; words += 4) {
        PrintedDocument d = certificate(context);
        QStringList text;
        for (int w = 1; w <= words; ++w)
            text << QStringLiteral("long%1").arg(w, 3, 10, QLatin1Char('0'));
        QStringList last;
        for (int w = 1; w <= 12; ++w)
            last << QStringLiteral("fin%1").arg(w, 2, 10, QLatin1Char('0'));
        d.paragraphs = {text.join(u' '), last.join(u' ')};
        const QString pdf = QDir(context.documentsDirectory()).filePath(QStringLiteral("words-%1.pdf").arg(words));
        REQUIRE(writeDocumentPdf(d, pdf).has_value());
        const int pages = pageCount(pdf);
        for (int p = 1; p <= pages; ++p) {
            const QStringList lines = pageText(pdf, p).split(u'\n');
            INFO("words " << words << ", page " << p << " of " << pages << ":\n" << lines.join(u'\n').toStdString());
            CHECK(lines.filter(longParagraph).size() != 1);
            if (lines.filter(QStringLiteral("Pour le maire")).size() > 0)
                CHECK(lines.filter(closing).size() >= 1);  // the signature comes with the end of the letter
            split = split || (p > 1 && lines.filter(longParagraph).size() >= 2);
        }
    }
    CHECK(split);
}

TEST_CASE("Printed document: the print job is named by the reference and the title, a name any file system takes",
          "[sdk][document]")
{
    PrintedDocument d;
    d.reference = QStringLiteral("SMA-2026-000491");
    d.title = QStringLiteral("Demande de dérogation au secteur scolaire : décision");
    CHECK(d.jobName() == QStringLiteral("SMA-2026-000491 Demande de dérogation au secteur scolaire - décision"));
    d.title = QStringLiteral("Certificat d'inscription scolaire 2026/2027");
    CHECK(d.jobName() == QStringLiteral("SMA-2026-000491 Certificat d'inscription scolaire 2026 - 2027"));
    d.reference.clear();
    CHECK(d.jobName() == QStringLiteral("Certificat d'inscription scolaire 2026 - 2027"));
}
