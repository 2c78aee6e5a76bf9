// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "domain/frenchdate.h"
#include "pagedflow.h"

#include "modulecontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>

namespace guichet {

PrintedDocument PrintedDocument::forOffice(const ModuleContext &context)
{
    PrintedDocument d;
    d.officeName = context.officeName();
    d.officeAddress = context.officeAddress();
    d.place = context.communeName();
    d.date = context.clock().today();
    return d;
}

QString PrintedDocument::jobName() const
{
    QString name = (reference + u' ' + title).trimmed();
    static const QRegularExpression refused(QStringLiteral("\\s*[:/\\\\?*\"<>|]+\\s*"));
    return name.replace(refused, QStringLiteral(" - ")).simplified();
}

CaseSummary asOfStatus(const CaseSummary &c, const QList<CaseEvent> &timeline, const QString &status)
{
    CaseSummary at = c;
    for (const CaseEvent &e : timeline) {
        if (e.kind != CaseEvent::Kind::StatusChanged || e.payload.value(QLatin1String("to")).toString() != status)
            continue;
        at.statusSince = e.at;
        at.statusReason = e.payload.value(QLatin1String("reason")).toString();
    }
    return at;
}

int renderDocument(QPainter &painter, QPagedPaintDevice &device, const PrintedDocument &d)
{
    using paper::font;
    paper::PagedFlow flow(painter, device, 20);
    const auto mm = [&flow](double v) { return flow.mm(v); };
    const double width = flow.page().width();

    // Pages after the first say whose letter they continue: the office and the reference.
    const QString which = d.reference.isEmpty()
        ? d.title
        : QCoreApplication::translate("PrintedDocument", "Ref. %1").arg(d.reference);
    const paper::TextBox reference(which, font(9, true), width * 0.6, device, Qt::AlignRight);
    const paper::TextBox office(d.officeName, font(9), width - reference.naturalWidth() - mm(6), device);
    const double headerLine = qMax(office.height(), reference.height());
    flow.setRunningHeader(headerLine + mm(8), [=](QPainter &p, const QRectF &band, int, int) {
        office.draw(p, band.topLeft());
        reference.draw(p, QPointF(band.right() - width * 0.6, band.top()));
        const double y = band.top() + headerLine + mm(2);
        p.setPen(QPen(Qt::black, mm(0.3)));
        p.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
    });
    const double footerLine = paper::TextBox(QStringLiteral("page 1/1"), font(8), width, device).height();
    flow.setFooter(footerLine + mm(6), [=, &device](QPainter &p, const QRectF &band, int page, int pageCount) {
        paper::TextBox(QCoreApplication::translate("PrintedDocument", "page %1/%2").arg(page).arg(pageCount), font(8),
                       width, device, Qt::AlignRight)
            .draw(p, QPointF(band.left(), band.bottom() - footerLine));
    });

    flow.paragraph(d.officeName, font(13, true)).keepWithNext = true;
    paper::Block &address = flow.paragraph(d.officeAddress, font(9));
    address.keepWithNext = true;
    address.spaceAfter = mm(3);
    flow.drawing(mm(0.3), [mm](QPainter &p, const QRectF &r) {
        p.setPen(QPen(Qt::black, mm(0.3)));
        p.drawLine(r.topLeft(), r.topRight());
    });
    flow.skip(8);

    // French letters put the addressee on the right, the place and date above the subject.
    const double rightColumn = width * 0.55;
    if (!d.recipient.isEmpty()) {
        flow.paragraph(d.recipient.join(u'\n'), font(10.5), Qt::AlignLeft, rightColumn);
        flow.skip(10);
    }
    if (d.date.isValid())
        flow.paragraph(QCoreApplication::translate("PrintedDocument", "%1, on %2").arg(d.place, frenchdate::date(d.date)),
                       font(10.5), Qt::AlignRight);
    flow.skip(8);
    // The title, its reference and the first rows stay together.
    flow.paragraph(d.title, font(15, true), Qt::AlignHCenter).keepWithNext = true;
    if (!d.reference.isEmpty())
        flow.paragraph(QCoreApplication::translate("PrintedDocument", "Ref. %1").arg(d.reference), font(9.5),
                       Qt::AlignHCenter).keepWithNext = true;
    flow.skip(8);

    QList<QPair<QString, QString>> rows;
    for (const auto &row : d.rows)
        if (!row.second.trimmed().isEmpty())
            rows << row;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        paper::Block &row = flow.row(rows.at(i).first, font(10, true), mm(55), rows.at(i).second, font(10));
        row.spaceAfter = mm(1.5);
        // Neither the first row nor the last one alone on a page.
        row.keepWithNext = i == 0 || i == rows.size() - 2;
    }
    if (!rows.isEmpty())
        flow.skip(5);
    QStringList paragraphs;
    for (const QString &paragraph : d.paragraphs)
        if (!paragraph.trimmed().isEmpty())
            paragraphs << paragraph;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        paper::Block &p = flow.paragraph(paragraphs.at(i), font(10.5), Qt::AlignJustify);
        p.spaceAfter = mm(3);
        // The signature is never alone on the last page: the end of the last paragraph goes with it.
        p.keepWithNext = i == paragraphs.size() - 1 && !d.signature.isEmpty();
    }
    if (!d.signature.isEmpty()) {
        flow.skip(10);
        flow.paragraph(d.signature, font(10.5), Qt::AlignLeft, rightColumn);
    }
    return flow.render();
}

Result<void> writeDocumentPdf(const PrintedDocument &document, const QString &path)
{
    const auto failed = [&] {
        return std::unexpected(Error::make(Error::Code::Unavailable,
            QCoreApplication::translate("PrintedDocument", "The document cannot be written to %1. Check the disk space "
                                                           "and the folder's permissions.").arg(path)));
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failed();
    const QString partial = path + QStringLiteral(".part");
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(document.reference.isEmpty() ? document.title
                                                     : document.title + QStringLiteral(" — ") + document.reference);
        writer.setCreator(QStringLiteral("Guichet"));
        QPainter painter;
        if (!painter.begin(&writer))
            return failed();
        renderDocument(painter, writer, document);
        painter.end();
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return failed();
    return {};
}

bool printDocument(const PrintedDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(document.jobName());
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QPainter painter(&printer);
    renderDocument(painter, printer, document);
    return true;
}

} // namespace guichet
