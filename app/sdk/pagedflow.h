// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QTextLayout;

namespace guichet::paper {

/// The fonts of everything printed: DejaVu, which has every French letter,
/// the guillemets and the narrow no-break space.
QFont font(double pointSize, bool bold = false);
QFont monoFont(double pointSize, bool bold = false);

/// Text wrapped to a width, in one font, measured on the device it is
/// printed on. The text goes through French typography
/// (frenchtypography::normalize) first: nothing reaches paper without it.
/// A "\n" starts a new line.
class TextBox
{
public:
    TextBox() = default;
    TextBox(const QString &text, const QFont &font, double width, const QPaintDevice &device,
            Qt::Alignment alignment = Qt::AlignLeft);

    int lineCount() const;
    double lineHeight(int line) const;
    double height() const;
    /// The width of its widest line, as drawn (at most the width it was given).
    double naturalWidth() const;
    /// Draws lines [from, to) (to < 0: to the last), the top of line `from` at `topLeft`.
    void draw(QPainter &painter, const QPointF &topLeft, int from = 0, int to = -1) const;

private:
    std::shared_ptr<const QTextLayout> m_layout;  // shared: laid out once, a box is copied freely
};

/// One thing that flows down the pages: lines of text side by side in
/// columns (a paragraph; a label and its value), which may be broken between
/// two lines, or a drawing of a fixed height, never broken.
struct Block
{
    struct Column
    {
        double x = 0;  ///< from the left of the page's text area
        TextBox text;
    };
    QList<Column> columns;

    double height = 0;  ///< a drawing: its height, and what draws it in its rectangle
    std::function<void(QPainter &, const QRectF &)> paint;

    double spaceBefore = 0;  ///< dropped at the top of a page
    double spaceAfter = 0;
    /// Widows and orphans: a break inside the block leaves at least this many
    /// of its lines on either side; a shorter block is moved whole.
    int minLines = 2;
    /// Its last lines go on the page where the next block starts (a heading
    /// and its list, the last two items of a list, a paragraph and the signature).
    bool keepWithNext = false;

    int lineCount() const;
    double lineHeight(int line) const;
    void draw(QPainter &painter, const QPointF &topLeft, double width, int from, int to) const;
};

/// Lays blocks out on pages, then draws them. The whole document is placed
/// before anything is drawn, so every page's header and footer know the page
/// count ("page 2/3"), and no page begins or ends with a lone line of a
/// paragraph or a list.
class PagedFlow
{
public:
    PagedFlow(QPainter &painter, QPagedPaintDevice &device, double marginMillimetres);

    double mm(double millimetres) const;
    /// The area inside the margins.
    const QRectF &page() const { return m_page; }
    const QPaintDevice &device() const;

    /// Draws a band of a page: its rectangle, the page number (from 1) and the page count.
    using Band = std::function<void(QPainter &, const QRectF &band, int page, int pageCount)>;
    /// A band at the top of every page but the first, which carries its own.
    void setRunningHeader(double height, Band draw);
    /// A band at the bottom of every page.
    void setFooter(double height, Band draw);

    /// Adds a block; the reference is valid until the next add.
    Block &add(Block block);
    /// The block added last (there must be one).
    Block &last() { return m_blocks.last(); }
    /// A paragraph `indent` from the left, `width` wide (< 0: to the right margin).
    Block &paragraph(const QString &text, const QFont &font, Qt::Alignment alignment = Qt::AlignLeft,
                     double indent = 0, double width = -1);
    /// A label and its value side by side, the value starting `labelWidth` from the left.
    Block &row(const QString &label, const QFont &labelFont, double labelWidth, const QString &value,
               const QFont &valueFont);
    /// A drawing `height` tall across the text area.
    Block &drawing(double height, std::function<void(QPainter &, const QRectF &)> paint);
    /// Space before whatever comes next (dropped if that starts a page).
    void skip(double millimetres);

    /// Where each block's lines go.
    struct Placement
    {
        int block = 0;
        int from = 0, to = 0;  ///< lines [from, to)
        double y = 0;
    };
    QList<QList<Placement>> paginate() const;
    /// Places every block, then draws page by page; returns the page count.
    int render();

private:
    double contentTop(int pageIndex) const;
    double contentBottom() const;

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    QRectF m_page;
    QList<Block> m_blocks;
    double m_pendingSpace = 0;
    double m_headerHeight = 0;
    double m_footerHeight = 0;
    Band m_header;
    Band m_footer;
};

} // namespace guichet::paper
