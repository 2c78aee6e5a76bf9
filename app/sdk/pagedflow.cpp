// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedflow.h"
#include "domain/frenchtypography.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace guichet::paper {

QFont font(double pointSize, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QFont monoFont(double pointSize, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans Mono"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

TextBox::TextBox(const QString &text, const QFont &font, double width, const QPaintDevice &device,
                 Qt::Alignment alignment)
{
    QString s = frenchtypography::normalize(text);
    s.replace(u'\n', QChar::LineSeparator);
    auto layout = std::make_shared<QTextLayout>(s, font, &device);
    QTextOption option(alignment & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    double y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    m_layout = std::move(layout);
}

int TextBox::lineCount() const
{
    return m_layout ? m_layout->lineCount() : 0;
}

double TextBox::lineHeight(int line) const
{
    return line >= 0 && line < lineCount() ? m_layout->lineAt(line).height() : 0;
}

double TextBox::height() const
{
    double h = 0;
    for (int i = 0; i < lineCount(); ++i)
        h += lineHeight(i);
    return h;
}

double TextBox::naturalWidth() const
{
    double w = 0;
    for (int i = 0; i < lineCount(); ++i)
        w = qMax(w, m_layout->lineAt(i).naturalTextWidth());
    return w;
}

void TextBox::draw(QPainter &painter, const QPointF &topLeft, int from, int to) const
{
    if (to < 0 || to > lineCount())
        to = lineCount();
    if (from >= to)
        return;
    const double shift = topLeft.y() - m_layout->lineAt(from).y();
    for (int i = from; i < to; ++i)
        m_layout->lineAt(i).draw(&painter, QPointF(topLeft.x(), shift));
}

int Block::lineCount() const
{
    if (paint)
        return 1;
    int n = 0;
    for (const Column &c : columns)
        n = qMax(n, c.text.lineCount());
    return n;
}

double Block::lineHeight(int line) const
{
    if (paint)
        return height;
    double h = 0;
    for (const Column &c : columns)
        h = qMax(h, c.text.lineHeight(line));
    return h;
}

void Block::draw(QPainter &painter, const QPointF &topLeft, double width, int from, int to) const
{
    if (paint) {
        painter.save();
        paint(painter, QRectF(topLeft, QSizeF(width, height)));
        painter.restore();
        return;
    }
    for (const Column &c : columns)
        c.text.draw(painter, topLeft + QPointF(c.x, 0), qMin(from, c.text.lineCount()), qMin(to, c.text.lineCount()));
}

PagedFlow::PagedFlow(QPainter &painter, QPagedPaintDevice &device, double marginMillimetres)
    : m_painter(painter), m_device(device)
{
    const double margin = mm(marginMillimetres);
    m_page = QRectF(margin, margin, device.width() - 2 * margin, device.height() - 2 * margin);
}

double PagedFlow::mm(double millimetres) const
{
    return millimetres * m_device.logicalDpiY() / 25.4;
}

const QPaintDevice &PagedFlow::device() const
{
    return m_device;
}

void PagedFlow::setRunningHeader(double height, Band draw)
{
    m_headerHeight = height;
    m_header = std::move(draw);
}

void PagedFlow::setFooter(double height, Band draw)
{
    m_footerHeight = height;
    m_footer = std::move(draw);
}

Block &PagedFlow::add(Block block)
{
    block.spaceBefore += m_pendingSpace;
    m_pendingSpace = 0;
    m_blocks.append(std::move(block));
    return m_blocks.last();
}

Block &PagedFlow::paragraph(const QString &text, const QFont &font, Qt::Alignment alignment, double indent, double width)
{
    Block b;
    b.columns.append({indent, TextBox(text, font, width < 0 ? m_page.width() - indent : width, m_device, alignment)});
    return add(std::move(b));
}

Block &PagedFlow::row(const QString &label, const QFont &labelFont, double labelWidth, const QString &value,
                      const QFont &valueFont)
{
    Block b;
    b.columns.append({0, TextBox(label, labelFont, labelWidth - mm(2), m_device)});
    b.columns.append({labelWidth, TextBox(value, valueFont, m_page.width() - labelWidth, m_device)});
    return add(std::move(b));
}

Block &PagedFlow::drawing(double height, std::function<void(QPainter &, const QRectF &)> paint)
{
    Block b;
    b.height = height;
    b.paint = std::move(paint);
    return add(std::move(b));
}

void PagedFlow::skip(double millimetres)
{
    m_pendingSpace += mm(millimetres);
}

double PagedFlow::contentTop(int pageIndex) const
{
    return m_page.top() + (pageIndex > 0 ? m_headerHeight : 0);
}

double PagedFlow::contentBottom() const
{
    return m_page.bottom() - m_footerHeight;
}

QList<QList<PagedFlow::Placement>> PagedFlow::paginate() const
{
    // Every line of every block in order, with the space above it and whether
    // a page may begin with it. Then each page takes lines while they fit and
    // ends at the last place where a page may begin.
    struct Line
    {
        int block, line;
        double space, height;
        bool mayBeginPage;
    };
    QList<Line> lines;
    double space = 0;
    bool gluedToPrevious = false;
    for (int b = 0; b < m_blocks.size(); ++b) {
        const Block &block = m_blocks.at(b);
        space += block.spaceBefore;
        const int n = block.lineCount();
        for (int i = 0; i < n; ++i) {
            const bool inside = i > 0;
            const bool allowed = inside ? (i >= block.minLines && n - i >= block.minLines) : !gluedToPrevious;
            lines.append({b, i, inside ? 0 : space, block.lineHeight(i), allowed});
        }
        if (n > 0) {
            space = 0;
            gluedToPrevious = block.keepWithNext;
        }
        space += block.spaceAfter;
    }

    QList<QList<Placement>> pages;
    for (qsizetype first = 0; first < lines.size();) {
        const double top = contentTop(int(pages.size()));
        const double bottom = contentBottom();
        double y = top;
        qsizetype next = first;
        qsizetype lastBreak = -1;
        while (next < lines.size()) {
            const double needed = (next == first ? 0 : lines.at(next).space) + lines.at(next).height;
            if (next > first && y + needed > bottom)
                break;
            y += needed;
            ++next;
            if (next < lines.size() && lines.at(next).mayBeginPage)
                lastBreak = next;
        }
        // Nowhere to break on this page (a drawing or a glued run taller than
        // a page): break where the lines stopped fitting rather than lose them.
        const qsizetype end = next == lines.size() ? next : (lastBreak > first ? lastBreak : next);

        QList<Placement> page;
        y = top;
        for (qsizetype i = first; i < end; ++i) {
            const Line &l = lines.at(i);
            if (i > first)
                y += l.space;
            if (page.isEmpty() || page.last().block != l.block)
                page.append({l.block, l.line, l.line, y});
            page.last().to = l.line + 1;
            y += l.height;
        }
        pages.append(page);
        first = end;
    }
    if (pages.isEmpty())
        pages.append(QList<Placement>());
    return pages;
}

int PagedFlow::render()
{
    const QList<QList<Placement>> pages = paginate();
    const int count = int(pages.size());
    const QRectF header(m_page.left(), m_page.top(), m_page.width(), m_headerHeight);
    const QRectF footer(m_page.left(), m_page.bottom() - m_footerHeight, m_page.width(), m_footerHeight);
    for (int p = 0; p < count; ++p) {
        if (p > 0)
            m_device.newPage();
        m_painter.setPen(Qt::black);
        if (p > 0 && m_header) {
            m_painter.save();
            m_header(m_painter, header, p + 1, count);
            m_painter.restore();
        }
        for (const Placement &place : pages.at(p))
            m_blocks.at(place.block).draw(m_painter, QPointF(m_page.left(), place.y), m_page.width(), place.from, place.to);
        if (m_footer) {
            m_painter.save();
            m_footer(m_painter, footer, p + 1, count);
            m_painter.restore();
        }
    }
    return count;
}

} // namespace guichet::paper
