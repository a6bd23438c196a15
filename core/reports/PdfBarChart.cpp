#include "reports/PdfBarChart.h"

#include "reports/PdfPageFlow.h"
#include "reports/PdfTableBlock.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace passerelle {

namespace {
double valueOf(const ReviewCell &cell)
{
    switch (cell.type) {
    case ReviewCell::Type::Integer:
        return double(cell.integer);
    case ReviewCell::Type::Decimal:
    case ReviewCell::Type::Percent:
        return cell.number;
    case ReviewCell::Type::Empty:
    case ReviewCell::Type::Text:
        break;
    }
    return 0;
}

QColor seriesColor(const PdfStyle &style, int index)
{
    return index == 0 ? style.accent : style.secondSeries;
}
} // namespace

bool PdfBarChart::isPercent() const
{
    for (const Series &s : series)
        for (const ReviewCell &c : s.cells)
            if (c.type == ReviewCell::Type::Percent)
                return true;
    return false;
}

double PdfBarChart::scaleMax() const
{
    double most = isPercent() ? 1.0 : 0.0;
    for (const Series &s : series)
        for (const ReviewCell &c : s.cells)
            most = std::max(most, valueOf(c));
    return most;
}

void PdfBarChart::layout(PdfPageFlow &flow) const
{
    const PdfStyle &style = flow.style();
    const double labelWidth = flow.width() * 0.34;
    const double gap = style.mm(2);
    double valueWidth = 0;
    for (const Series &s : series)
        for (const ReviewCell &c : s.cells)
            valueWidth = std::max(valueWidth, flow.textWidth(PdfTableBlock::shown(c), style.small));
    const double barLeft = labelWidth + gap;
    const double barRoom = std::max(style.mm(20), flow.width() - barLeft - valueWidth - gap);
    const double barHeight = style.mm(series.size() > 1 ? 3.2 : 4.2);
    const double scale = scaleMax();
    const double labelLine = flow.lineHeight(style.small);

    const double legendHeight = series.size() > 1 ? labelLine + style.mm(2) : 0;
    QList<QStringList> labels;
    QList<double> heights;
    for (const QString &category : categories) {
        labels.append(flow.wrap(category, style.small, labelWidth));
        const double bars = double(series.size()) * barHeight + style.mm(0.8) * double(series.size() - 1);
        heights.append(std::max(bars, double(labels.last().size()) * labelLine) + style.mm(2));
    }
    flow.heading(title, style.bodyBold, style.ink, legendHeight + (heights.isEmpty() ? 0 : heights.first()));

    if (series.size() > 1) {
        QStringList names;
        for (const Series &s : series)
            names.append(s.name);
        flow.place(legendHeight, [&style, names, labelLine](QPainter &p, const QRectF &block) {
            const QFontMetricsF metrics(style.small, p.device());
            double x = block.left();
            for (int i = 0; i < names.size(); ++i) {
                const double side = style.mm(2.6);
                p.fillRect(QRectF(x, block.top() + (labelLine - side) / 2, side, side), seriesColor(style, i));
                x += side + style.mm(1.5);
                PdfPageFlow::drawLines(p, {names[i]}, style.small, style.ink, QPointF(x, block.top()), labelLine);
                x += metrics.horizontalAdvance(names[i]) + style.mm(6);
            }
        });
    }

    for (int row = 0; row < categories.size(); ++row) {
        // Value of each bar (negative: no bar) and its figure as printed.
        QList<std::pair<double, QString>> bars;
        for (const Series &s : series) {
            const ReviewCell cell = s.cells.value(row);
            bars.append({cell.type == ReviewCell::Type::Empty ? -1.0 : valueOf(cell), PdfTableBlock::shown(cell)});
        }
        const QStringList label = labels[row];
        flow.place(heights[row], [&style, label, bars, labelLine, barLeft, barRoom, barHeight, scale,
                                  stripe = row % 2 == 1](QPainter &p, const QRectF &block) {
            if (stripe)
                p.fillRect(block, QColor(0xf5, 0xf7, 0xf9));
            const double top = block.top() + style.mm(1);
            PdfPageFlow::drawLines(p, label, style.small, style.ink, QPointF(block.left(), top), labelLine);
            // The axis: bars start from it, so that a zero shows as nothing beside it.
            p.setPen(QPen(style.rule, style.mm(0.2)));
            p.drawLine(QPointF(block.left() + barLeft, block.top()), QPointF(block.left() + barLeft, block.bottom()));
            double y = top;
            for (int i = 0; i < bars.size(); ++i) {
                const auto &[value, text] = bars[i];
                const double length = value > 0 && scale > 0 ? barRoom * std::min(1.0, value / scale) : 0;
                const QRectF bar(block.left() + barLeft, y, length, barHeight);
                if (length > 0)
                    p.fillRect(bar, seriesColor(style, i));
                const QFontMetricsF metrics(style.small, p.device());
                PdfPageFlow::drawLines(p, {text}, style.small, style.muted,
                                       QPointF(bar.right() + style.mm(1.2), y + (barHeight - metrics.height()) / 2),
                                       labelLine);
                y += barHeight + style.mm(0.8);
            }
        });
    }
    flow.skip(style.mm(5));
}

} // namespace passerelle
