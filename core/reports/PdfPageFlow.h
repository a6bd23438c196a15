#pragma once

#include "reports/PdfStyle.h"

#include <QList>
#include <QRectF>
#include <QStringList>

#include <functional>

class QPainter;

namespace passerelle {

// Lays blocks out from top to bottom over as many A4 pages as they need, then paints any
// page on demand. Layout and painting are apart on purpose: the table of contents and the
// "page n / N" footer need page numbers that are only known once everything is placed, so
// blocks record how to paint themselves and read those numbers when the page is painted.
class PdfPageFlow
{
public:
    using Paint = std::function<void(QPainter &painter, const QRectF &block)>;

    PdfPageFlow(const PdfStyle &style, const QRectF &content);

    const PdfStyle &style() const { return m_style; }
    QRectF content() const { return m_content; }
    double width() const { return m_content.width(); }
    double remaining() const { return m_content.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_content.top(); }
    int page() const { return int(m_pages.size()) - 1; } // 0-based index of the current page
    int pageCount() const { return int(m_pages.size()); }

    void newPage();
    // Moves to a new page unless `height` fits below the cursor (or the page is empty).
    void keepTogether(double height);
    // Places a block of `height` at the cursor, on a new page if it does not fit.
    void place(double height, Paint paint);
    void skip(double height);

    // Text measured on the PDF device: lines of at most `width`, words kept whole unless
    // a word alone is wider. Line feeds in `text` start new lines.
    QStringList wrap(const QString &text, const QFont &font, double width) const;
    double lineHeight(const QFont &font) const;
    double textWidth(const QString &text, const QFont &font) const;
    // A wrapped paragraph, line by line so that it may continue on the next page.
    void paragraph(const QString &text, const QFont &font, const QColor &color, double indent = 0);
    // A heading kept on the page of the `following` height after it.
    void heading(const QString &text, const QFont &font, const QColor &color, double following);

    // Draws `lines` of `font` from the top-left corner of `at`.
    static void drawLines(QPainter &painter, const QStringList &lines, const QFont &font,
                          const QColor &color, const QPointF &at, double lineHeight,
                          Qt::Alignment align = Qt::AlignLeft, double width = 0);

    void paintPage(int index, QPainter &painter) const;

private:
    struct Placed
    {
        QRectF block;
        Paint paint;
    };

    const PdfStyle &m_style;
    QRectF m_content;
    double m_y = 0;
    QList<QList<Placed>> m_pages;
};

} // namespace passerelle
