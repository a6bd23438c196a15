#include "reports/PdfPageFlow.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace passerelle {

PdfPageFlow::PdfPageFlow(const PdfStyle &style, const QRectF &content)
    : m_style(style), m_content(content), m_y(content.top()), m_pages(1)
{
}

void PdfPageFlow::newPage()
{
    m_pages.append(QList<Placed>());
    m_y = m_content.top();
}

void PdfPageFlow::keepTogether(double height)
{
    if (height > remaining() && !atPageTop())
        newPage();
}

void PdfPageFlow::place(double height, Paint paint)
{
    keepTogether(height);
    const QRectF block(m_content.left(), m_y, m_content.width(), height);
    m_pages.last().append({block, std::move(paint)});
    m_y += height;
}

void PdfPageFlow::skip(double height)
{
    // Space at the top of a page is lost, not carried over.
    if (!atPageTop())
        m_y = std::min(m_y + height, m_content.bottom());
}

double PdfPageFlow::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_style.device).lineSpacing();
}

double PdfPageFlow::textWidth(const QString &text, const QFont &font) const
{
    return QFontMetricsF(font, m_style.device).horizontalAdvance(text);
}

QStringList PdfPageFlow::wrap(const QString &text, const QFont &font, double width) const
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.trimmed().isEmpty()) {
            lines.append(QString());
            continue;
        }
        QTextLayout layout(paragraph, font, m_style.device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return lines;
}

void PdfPageFlow::drawLines(QPainter &painter, const QStringList &lines, const QFont &font,
                            const QColor &color, const QPointF &at, double lineHeight,
                            Qt::Alignment align, double width)
{
    painter.setFont(font);
    painter.setPen(color);
    const QFontMetricsF metrics(font, painter.device());
    double y = at.y() + metrics.ascent();
    for (const QString &line : lines) {
        double x = at.x();
        if (align & Qt::AlignRight)
            x += width - metrics.horizontalAdvance(line);
        else if (align & Qt::AlignHCenter)
            x += (width - metrics.horizontalAdvance(line)) / 2;
        painter.drawText(QPointF(x, y), line);
        y += lineHeight;
    }
}

void PdfPageFlow::paragraph(const QString &text, const QFont &font, const QColor &color, double indent)
{
    const double h = lineHeight(font);
    for (const QString &line : wrap(text, font, width() - indent)) {
        place(h, [line, font, color, indent, h](QPainter &p, const QRectF &block) {
            drawLines(p, {line}, font, color, block.topLeft() + QPointF(indent, 0), h);
        });
    }
}

void PdfPageFlow::heading(const QString &text, const QFont &font, const QColor &color, double following)
{
    const double h = lineHeight(font);
    const QStringList lines = wrap(text, font, width());
    const double height = h * double(lines.size()) + m_style.mm(1.5);
    keepTogether(height + following);
    place(height, [lines, font, color, h](QPainter &p, const QRectF &block) {
        drawLines(p, lines, font, color, block.topLeft(), h);
    });
}

void PdfPageFlow::paintPage(int index, QPainter &painter) const
{
    for (const Placed &placed : m_pages.value(index)) {
        painter.save();
        placed.paint(painter, placed.block);
        painter.restore();
    }
}

} // namespace passerelle
