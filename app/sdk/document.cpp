// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "domain/frenchdate.h"

#include "modulecontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>

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

namespace {

/// Lays text out top to bottom, starting a new page when a block does not fit.
class Layout
{
public:
    Layout(QPainter &painter, QPagedPaintDevice &device) : m_p(painter), m_device(device)
    {
        const double margin = mm(20);
        m_page = QRectF(margin, margin, device.width() - 2 * margin, device.height() - 2 * margin);
        m_y = m_page.top();
    }

    double mm(double v) const { return v * m_device.logicalDpiX() / 25.4; }
    double y() const { return m_y; }
    void skip(double millimetres) { m_y += mm(millimetres); }
    const QRectF &page() const { return m_page; }

    static QFont font(double pointSize, bool bold)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        return f;
    }

    /// A block of wrapped text, `indent` from the left, `width` wide (-1: to the right margin).
    void text(const QString &s, double pointSize, bool bold = false, Qt::Alignment align = Qt::AlignLeft,
              double indent = 0, double width = -1)
    {
        if (s.isEmpty())
            return;
        m_p.setFont(font(pointSize, bold));
        const double w = width < 0 ? m_page.width() - indent : width;
        const int flags = int(align) | Qt::TextWordWrap;
        const QRectF needed = m_p.boundingRect(QRectF(0, 0, w, 1e6), flags, s);
        ensure(needed.height());
        m_p.drawText(QRectF(m_page.left() + indent, m_y, w, needed.height()), flags, s);
        m_y += needed.height();
    }

    /// A label and its value side by side, kept together.
    void row(const QString &label, const QString &value)
    {
        const double labelWidth = mm(55);
        const int flags = Qt::AlignLeft | Qt::TextWordWrap;
        m_p.setFont(font(10, true));
        const QRectF l = m_p.boundingRect(QRectF(0, 0, labelWidth - mm(3), 1e6), flags, label);
        m_p.setFont(font(10, false));
        const double valueWidth = m_page.width() - labelWidth;
        const QRectF v = m_p.boundingRect(QRectF(0, 0, valueWidth, 1e6), flags, value);
        ensure(qMax(l.height(), v.height()));
        m_p.setFont(font(10, true));
        m_p.drawText(QRectF(m_page.left(), m_y, labelWidth - mm(3), l.height()), flags, label);
        m_p.setFont(font(10, false));
        m_p.drawText(QRectF(m_page.left() + labelWidth, m_y, valueWidth, v.height()), flags, value);
        m_y += qMax(l.height(), v.height()) + mm(1.5);
    }

    void rule()
    {
        m_p.setPen(QPen(Qt::black, mm(0.3)));
        m_p.drawLine(QPointF(m_page.left(), m_y), QPointF(m_page.right(), m_y));
    }

private:
    void ensure(double height)
    {
        if (m_y + height <= m_page.bottom() || m_y == m_page.top())
            return;
        m_device.newPage();
        m_y = m_page.top();
    }

    QPainter &m_p;
    QPagedPaintDevice &m_device;
    QRectF m_page;
    double m_y = 0;
};

} // namespace

void renderDocument(QPainter &painter, QPagedPaintDevice &device, const PrintedDocument &d)
{
    Layout l(painter, device);

    l.text(d.officeName, 13, true);
    l.text(d.officeAddress, 9);
    l.skip(3);
    l.rule();
    l.skip(8);

    // French letters put the addressee on the right, the place and date above the subject.
    if (!d.recipient.isEmpty()) {
        const double indent = l.page().width() * 0.55;
        l.text(d.recipient.join(u'\n'), 10.5, false, Qt::AlignLeft, indent);
        l.skip(10);
    }
    if (d.date.isValid())
        l.text(QCoreApplication::translate("PrintedDocument", "%1, on %2")
                   .arg(d.place, frenchdate::date(d.date)),
               10.5, false, Qt::AlignRight);
    l.skip(8);
    l.text(d.title, 15, true, Qt::AlignHCenter);
    if (!d.reference.isEmpty())
        l.text(QCoreApplication::translate("PrintedDocument", "Ref. %1").arg(d.reference), 9.5, false,
               Qt::AlignHCenter);
    l.skip(8);

    for (const auto &[label, value] : d.rows)
        if (!value.isEmpty())
            l.row(label, value);
    if (!d.rows.isEmpty())
        l.skip(5);
    for (const QString &paragraph : d.paragraphs) {
        l.text(paragraph, 10.5, false, Qt::AlignJustify);
        l.skip(3);
    }
    if (!d.signature.isEmpty()) {
        l.skip(10);
        const double indent = l.page().width() * 0.55;
        l.text(d.signature, 10.5, false, Qt::AlignLeft, indent);
    }
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
    printer.setDocName(document.title);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QPainter painter(&printer);
    renderDocument(painter, printer, document);
    return true;
}

} // namespace guichet
