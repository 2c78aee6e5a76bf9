// SPDX-License-Identifier: GPL-3.0-or-later
#include "receipt.h"
#include "domain/frenchdate.h"
#include "pagedflow.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>

#include <qrencode.h>

namespace guichet {

QImage qrCodeImage(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int quiet = 4;
    const int size = code->width + 2 * quiet;
    QImage image(size, size, QImage::Format_Mono);
    image.fill(1);  // white
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                image.setPixel(x + quiet, y + quiet, 0);
    QRcode_free(code);
    return image;
}

int renderReceipt(QPainter &p, QPagedPaintDevice &device, const ReceiptData &d)
{
    using paper::font;
    paper::PagedFlow flow(p, device, 12);
    const auto mm = [&flow](double v) { return flow.mm(v); };
    const double width = flow.page().width();

    // Every page after the first says whose receipt it is, so a loose sheet
    // still leads back to the office and the request.
    const paper::TextBox continued(QCoreApplication::translate("Receipt", "Receipt %1, continued").arg(d.trackingNumber),
                                   font(8.5, true), width * 0.6, device, Qt::AlignRight);
    const double officeWidth = width - continued.naturalWidth() - mm(4);
    const paper::TextBox office(d.officeName, font(8.5), officeWidth, device);
    const double headerLine = qMax(office.height(), continued.height());
    flow.setRunningHeader(headerLine + mm(6), [=](QPainter &painter, const QRectF &band, int, int) {
        office.draw(painter, band.topLeft());
        continued.draw(painter, QPointF(band.right() - width * 0.6, band.top()));
        const double y = band.top() + headerLine + mm(2);
        painter.setPen(QPen(Qt::black, mm(0.3)));
        painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
    });

    // Every page ends with what to do with the receipt and where it stands among the pages.
    const paper::TextBox keep(QCoreApplication::translate("Receipt", "Keep this receipt. To ask where your request stands, give the "
                                                          "tracking number at any town-hall office or by phone."),
                              font(8), width, device);
    const paper::TextBox release(QCoreApplication::translate("Receipt", "Reference release %1").arg(d.releaseId), font(7),
                                 width * 0.7, device);
    const double footerHeight = mm(3) + mm(2) + keep.height() + release.height();
    flow.setFooter(footerHeight, [=, &device](QPainter &painter, const QRectF &band, int page, int pageCount) {
        const double top = band.top() + mm(3);
        painter.setPen(QPen(Qt::black, mm(0.3)));
        painter.drawLine(QPointF(band.left(), top), QPointF(band.right(), top));
        keep.draw(painter, QPointF(band.left(), top + mm(2)));
        const double y = top + mm(2) + keep.height();
        release.draw(painter, QPointF(band.left(), y));
        paper::TextBox(QCoreApplication::translate("Receipt", "page %1/%2").arg(page).arg(pageCount), font(7, true),
                       width * 0.3, device, Qt::AlignRight)
            .draw(painter, QPointF(band.left() + width * 0.7, y));
    });

    // Office header, then the title, tracking number and QR code side by side.
    flow.paragraph(d.officeName, font(12, true)).keepWithNext = true;
    QString contact = d.officeAddress;
    if (!d.officePhone.isEmpty())
        contact += QStringLiteral(" — ") + d.officePhone;
    paper::Block &address = flow.paragraph(contact, font(8.5));
    address.keepWithNext = true;
    address.spaceAfter = mm(3);
    flow.drawing(mm(0.3), [mm](QPainter &painter, const QRectF &r) {
        painter.setPen(QPen(Qt::black, mm(0.3)));
        painter.drawLine(r.topLeft(), r.topRight());
    }).keepWithNext = true;
    flow.skip(4);

    const double qrSize = mm(30);
    const double leftWidth = width - qrSize - mm(4);
    QList<std::pair<paper::TextBox, double>> left;  // each box and the space under it
    left.append({paper::TextBox(QCoreApplication::translate("Receipt", "Receipt of your request"), font(14, true),
                                leftWidth, device), mm(2)});
    left.append({paper::TextBox(QCoreApplication::translate("Receipt", "Tracking number"), font(8.5), leftWidth, device), 0});
    left.append({paper::TextBox(d.trackingNumber, paper::monoFont(17, true), leftWidth, device), mm(1.5)});
    left.append({paper::TextBox(QCoreApplication::translate("Receipt", "Given on %1")
                                    .arg(frenchdate::longDateTime(d.createdAt.toLocalTime())),
                                font(8.5), leftWidth, device), 0});
    if (d.reprintedAt.isValid())
        left.append({paper::TextBox(QCoreApplication::translate("Receipt", "Printed again on %1")
                                        .arg(frenchdate::longDateTime(d.reprintedAt.toLocalTime())),
                                    font(8.5, true), leftWidth, device), 0});
    double leftHeight = 0;
    for (const auto &[box, after] : left)
        leftHeight += box.height() + after;
    const QImage qr = qrCodeImage(d.trackingNumber);
    paper::Block &title = flow.drawing(qMax(leftHeight, qrSize), [=](QPainter &painter, const QRectF &r) {
        double y = r.top();
        for (const auto &[box, after] : left) {
            box.draw(painter, QPointF(r.left(), y));
            y += box.height() + after;
        }
        if (!qr.isNull()) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
            painter.drawImage(QRectF(r.right() - qrSize, r.top(), qrSize, qrSize), qr);
        }
    });
    title.keepWithNext = true;
    title.spaceAfter = mm(5);

    const auto field = [&](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            flow.row(label, font(9.5, true), mm(38), value, font(9.5)).spaceAfter = mm(1.5);
    };
    field(QCoreApplication::translate("Receipt", "Request"), d.procedureTitle);
    field(QCoreApplication::translate("Receipt", "Details"), d.summary);
    field(QCoreApplication::translate("Receipt", "For"), d.personName);
    field(QCoreApplication::translate("Receipt", "Channel"), d.channel);
    field(QCoreApplication::translate("Receipt", "Agent"), d.agentName);
    if (d.dueDate.isValid())
        field(QCoreApplication::translate("Receipt", "Answer due by"), frenchdate::longDate(d.dueDate));
    field(QCoreApplication::translate("Receipt", "What we told you"), d.answer);

    flow.skip(2);
    if (d.missingDocuments.isEmpty()) {
        // One sentence: it goes with the end of what comes before, never alone on a page.
        flow.last().keepWithNext = true;
        flow.paragraph(QCoreApplication::translate("Receipt", "Your file is complete: no document is missing."),
                       font(10, true));
    } else {
        paper::Block &heading = flow.paragraph(QCoreApplication::translate("Receipt", "Documents still to provide"), font(10, true));
        heading.keepWithNext = true;
        heading.spaceAfter = mm(1);
        const qsizetype n = d.missingDocuments.size();
        for (qsizetype i = 0; i < n; ++i) {
            paper::Block item;
            item.columns.append({0, paper::TextBox(QStringLiteral("☐"), font(9.5), mm(5), device)});
            item.columns.append({mm(5), paper::TextBox(d.missingDocuments.at(i), font(9.5), width - mm(5), device)});
            // Neither the first item nor the last one alone at the foot or the head of a page.
            item.keepWithNext = i == 0 || i == n - 2;
            item.spaceAfter = mm(0.5);
            flow.add(std::move(item));
        }
    }
    return flow.render();
}

Result<void> writeReceiptPdf(const ReceiptData &data, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Written beside, then renamed: a crash never leaves half a receipt under the real name.
    const QString partial = path + QStringLiteral(".part");
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(QPageSize::A5));
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("Receipt", "Receipt %1").arg(data.trackingNumber));
        writer.setCreator(QStringLiteral("Guichet"));
        QPainter painter;
        if (!painter.begin(&writer))
            return std::unexpected(Error::make(Error::Code::Unavailable,
                QCoreApplication::translate("Receipt", "The receipt cannot be written to %1. Check the disk space and the folder's permissions.").arg(path)));
        renderReceipt(painter, writer, data);
        painter.end();
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return std::unexpected(Error::make(Error::Code::Unavailable,
            QCoreApplication::translate("Receipt", "The receipt cannot be written to %1. Check the disk space and the folder's permissions.").arg(path)));
    return {};
}

bool printReceipt(const ReceiptData &data, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A5));
    printer.setDocName(QCoreApplication::translate("Receipt", "Receipt %1").arg(data.trackingNumber));
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QPainter painter(&printer);
    renderReceipt(painter, printer, data);
    return true;
}

} // namespace guichet
