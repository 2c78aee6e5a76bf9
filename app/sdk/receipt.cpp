// SPDX-License-Identifier: GPL-3.0-or-later
#include "receipt.h"
#include "domain/frenchdate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

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

void renderReceipt(QPainter &p, QPagedPaintDevice &device, const ReceiptData &d)
{
    const double dpi = device.logicalDpiX();
    auto mm = [dpi](double v) { return v * dpi / 25.4; };
    const QRectF page(mm(12), mm(12), device.width() - mm(24), device.height() - mm(24));
    const double footerTop = page.bottom() - mm(14);
    double y = page.top();
    bool inFooter = false;

    // A long answer or list goes on to another page rather than under the footer.
    auto fit = [&](double height) {
        if (inFooter || y + height <= footerTop || y == page.top())
            return;
        device.newPage();
        y = page.top();
    };
    auto text = [&](const QString &s, double pointSize, bool bold = false, double width = -1,
                     Qt::Alignment align = Qt::AlignLeft) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        p.setFont(f);
        const double w = width < 0 ? page.width() : width;
        const int flags = int(align) | Qt::TextWordWrap;
        const QRectF needed = p.boundingRect(QRectF(page.left(), 0, w, 1e6), flags, s);
        fit(needed.height());
        p.drawText(QRectF(page.left(), y, w, needed.height()), flags, s);
        y += needed.height();
    };

    // Office header.
    text(d.officeName, 12, true);
    text(d.officeAddress + (d.officePhone.isEmpty() ? QString() : QStringLiteral(" — ") + d.officePhone), 8.5);
    y += mm(3);
    p.setPen(QPen(Qt::black, mm(0.3)));
    p.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
    y += mm(4);

    // Title, tracking number and QR code side by side.
    const double qrSize = mm(30);
    const double leftWidth = page.width() - qrSize - mm(4);
    const double blockTop = y;
    text(QCoreApplication::translate("Receipt", "Receipt of your request"), 14, true, leftWidth);
    y += mm(2);
    text(QCoreApplication::translate("Receipt", "Tracking number"), 8.5, false, leftWidth);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setPointSizeF(17);
    mono.setBold(true);
    p.setFont(mono);
    const double numberHeight = QFontMetricsF(mono, &device).height();
    p.drawText(QRectF(page.left(), y, leftWidth, numberHeight), Qt::AlignLeft | Qt::AlignVCenter, d.trackingNumber);
    y += numberHeight + mm(1.5);
    text(QCoreApplication::translate("Receipt", "Given on %1").arg(frenchdate::longDateTime(d.createdAt.toLocalTime())), 8.5,
         false, leftWidth);
    const QImage qr = qrCodeImage(d.trackingNumber);
    if (!qr.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(QRectF(page.right() - qrSize, blockTop, qrSize, qrSize), qr);
    }
    y = qMax(y, blockTop + qrSize) + mm(5);

    auto field = [&](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        const double labelWidth = mm(38);
        const int flags = Qt::AlignLeft | Qt::TextWordWrap;
        QFont bold(QStringLiteral("DejaVu Sans"));
        bold.setPointSizeF(9.5);
        bold.setBold(true);
        QFont plain = bold;
        plain.setBold(false);
        p.setFont(bold);
        const QRectF l = p.boundingRect(QRectF(0, 0, labelWidth, 1e6), flags, label);
        p.setFont(plain);
        const QRectF v = p.boundingRect(QRectF(0, 0, page.width() - labelWidth, 1e6), flags, value);
        fit(qMax(l.height(), v.height()));
        p.setFont(bold);
        p.drawText(QRectF(page.left(), y, labelWidth, l.height()), flags, label);
        p.setFont(plain);
        p.drawText(QRectF(page.left() + labelWidth, y, page.width() - labelWidth, v.height()), flags, value);
        y += qMax(l.height(), v.height()) + mm(1.5);
    };
    field(QCoreApplication::translate("Receipt", "Request"), d.procedureTitle);
    field(QCoreApplication::translate("Receipt", "Details"), d.summary);
    field(QCoreApplication::translate("Receipt", "For"), d.personName);
    field(QCoreApplication::translate("Receipt", "Channel"), d.channel);
    field(QCoreApplication::translate("Receipt", "Agent"), d.agentName);
    if (d.dueDate.isValid())
        field(QCoreApplication::translate("Receipt", "Answer due by"), frenchdate::longDate(d.dueDate));
    field(QCoreApplication::translate("Receipt", "What we told you"), d.answer);

    y += mm(2);
    if (d.missingDocuments.isEmpty()) {
        text(QCoreApplication::translate("Receipt", "Your file is complete: no document is missing."), 10, true);
    } else {
        text(QCoreApplication::translate("Receipt", "Documents still to provide"), 10, true);
        y += mm(1);
        for (const QString &doc : d.missingDocuments)
            text(QStringLiteral("☐  ") + doc, 9.5);
    }

    // Footer at the bottom of the (last) page.
    inFooter = true;
    y = footerTop;
    p.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
    y += mm(2);
    text(QCoreApplication::translate("Receipt", "Keep this receipt. To ask where your request stands, give the tracking number at any town-hall office "
            "or by phone."), 8);
    text(QCoreApplication::translate("Receipt", "Reference release %1").arg(d.releaseId), 7);
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

} // namespace guichet
