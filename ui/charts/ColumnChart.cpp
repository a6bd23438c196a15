#include "charts/ColumnChart.h"

#include "charts/ChartPalette.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace passerelle {

namespace {
constexpr double margin = 8;
constexpr double columnGap = 2;
constexpr int gridLines = 4;

QFont boldFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}
} // namespace

ColumnChart::ColumnChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("columnChart"));
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ColumnChart::setData(const ChartData &data)
{
    m_data = data;
    setAccessibleName(m_data.title);
    setAccessibleDescription(m_data.accessibleText());
    updateGeometry();
    update();
}

double ColumnChart::gridStep() const
{
    const double most = m_data.scaleMax();
    if (most <= 0)
        return 1;
    // A round step (1, 2 or 5 times a power of ten) giving at most `gridLines` lines.
    const double raw = most / gridLines;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double f : {1.0, 2.0, 5.0, 10.0})
        if (f * power >= raw) {
            const double step = f * power;
            // Whole numbers are counted in whole steps (no "0,5 intervention").
            return m_data.percent ? step : std::max(1.0, step);
        }
    return 10 * power;
}

double ColumnChart::axisMax() const
{
    const double step = gridStep();
    return std::max(step, std::ceil(m_data.scaleMax() / step - 1e-9) * step);
}

QString ColumnChart::commonSuffix() const
{
    if (m_data.categories.size() < 2)
        return {};
    const QString first = m_data.categories.first().section(QLatin1Char(' '), -1);
    if (first.size() != 4 || !first.at(0).isDigit())
        return {};
    for (const QString &c : m_data.categories)
        if (!c.endsWith(QLatin1Char(' ') + first))
            return {};
    return first;
}

QStringList ColumnChart::shortLabels() const
{
    const QString suffix = commonSuffix();
    QStringList out;
    for (const QString &c : m_data.categories)
        out.append(suffix.isEmpty() ? c : c.left(c.size() - suffix.size() - 1));
    return out;
}

double ColumnChart::scaleWidth() const
{
    const QFontMetricsF fm(font());
    const QLocale locale;
    const double top = axisMax();
    const QString widest = m_data.percent ? QStringLiteral("100 %") : locale.toString(top, 'f', top < 10 && top != std::floor(top) ? 1 : 0);
    return fm.horizontalAdvance(widest) + 8;
}

QRectF ColumnChart::plotArea() const
{
    const QFontMetricsF fm(font());
    const QFontMetricsF titleMetrics(boldFont(font()));
    double top = margin + titleMetrics.height() + 6;
    if (m_data.series.size() > 1)
        top += fm.height() + 6;
    top += fm.height(); // room for the figure above the tallest column
    const double left = margin + scaleWidth();
    const double bottom = height() - margin - fm.height() - 4;
    return QRectF(QPointF(left, top), QPointF(width() - margin, std::max(top + 10, bottom)));
}

QList<ColumnChart::Column> ColumnChart::columns() const
{
    QList<Column> out;
    const qsizetype n = m_data.categories.size();
    const qsizetype k = m_data.series.size();
    if (n == 0 || k == 0)
        return out;
    const QRectF area = plotArea();
    const double slot = area.width() / double(n);
    // Columns fill three quarters of their slot, but no wider than 36 px: on a wide window
    // a dozen fat blocks read worse than slim columns.
    const double columnWidth =
        std::clamp((slot * 0.75 - double(k - 1) * columnGap) / double(k), 1.0, 36.0);
    const double groupWidth = columnWidth * double(k) + double(k - 1) * columnGap;
    const double top = axisMax();
    for (int c = 0; c < n; ++c) {
        const double groupLeft = area.left() + c * slot + (slot - groupWidth) / 2;
        for (int s = 0; s < k; ++s) {
            const std::optional<double> value = m_data.series[s].values.value(c);
            if (!value)
                continue;
            const double h = top > 0 && *value > 0 ? area.height() * std::min(1.0, *value / top) : 0;
            out.append({c, s,
                        QRectF(groupLeft + s * (columnWidth + columnGap), area.bottom() - h, columnWidth, h),
                        m_data.series[s].texts.value(c)});
        }
    }
    return out;
}

QSize ColumnChart::sizeHint() const
{
    return QSize(720, 300);
}

QSize ColumnChart::minimumSizeHint() const
{
    return QSize(320, 200);
}

void ColumnChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QFontMetricsF fm(font());
    const QColor ink = palette().color(QPalette::Text);
    const QColor muted = palette().color(QPalette::PlaceholderText).darker(130);
    const QRectF area = plotArea();

    QString title = m_data.title;
    const QString suffix = commonSuffix();
    if (!suffix.isEmpty() && !title.contains(suffix))
        title += QStringLiteral(" (") + suffix + QLatin1Char(')');
    p.setFont(boldFont(font()));
    p.setPen(ink);
    p.drawText(QRectF(margin, margin, width() - 2 * margin, fm.height() + 6), Qt::AlignLeft | Qt::AlignTop,
               QFontMetricsF(p.font()).elidedText(title, Qt::ElideRight, width() - 2 * margin));
    p.setFont(font());

    if (m_data.series.size() > 1) {
        double x = margin;
        const double y = margin + QFontMetricsF(boldFont(font())).height() + 6;
        for (int s = 0; s < m_data.series.size(); ++s) {
            const double side = fm.height() * 0.7;
            p.fillRect(QRectF(x, y + (fm.height() - side) / 2, side, side), ChartPalette::series(s));
            x += side + 5;
            p.setPen(ink);
            p.drawText(QPointF(x, y + fm.ascent()), m_data.series[s].name);
            x += fm.horizontalAdvance(m_data.series[s].name) + 18;
        }
    }

    if (m_data.isEmpty()) {
        p.setPen(muted);
        p.drawText(area, Qt::AlignCenter, tr("Aucune activité enregistrée sur cette période."));
        return;
    }

    // Gridlines and the scale.
    const QLocale locale;
    const double step = gridStep();
    const double top = axisMax();
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = area.bottom() - area.height() * (v / top);
        p.setPen(QPen(v == 0 ? ChartPalette::rule().darker(120) : ChartPalette::rule(), 1));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        const QString label = m_data.percent ? locale.toString(v * 100, 'f', 0) + QStringLiteral(" %")
                                             : locale.toString(v, 'f', step < 1 ? 1 : 0);
        p.setPen(muted);
        p.drawText(QRectF(margin, y - fm.height() / 2, area.left() - margin - 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
    }

    const QList<Column> all = columns();
    const double slot = area.width() / double(m_data.categories.size());
    for (const Column &col : all) {
        if (col.rect.height() > 0)
            p.fillRect(col.rect, ChartPalette::series(col.series));
        // The figure above its column when it fits; a zero says nothing drawn.
        const double textWidth = fm.horizontalAdvance(col.text);
        if (!col.text.isEmpty() && col.rect.height() > 0 &&
            textWidth <= slot / double(m_data.series.size()) + columnGap) {
            p.setPen(muted);
            p.drawText(QRectF(col.rect.center().x() - textWidth / 2 - 2, col.rect.top() - fm.height() - 1,
                              textWidth + 4, fm.height()),
                       Qt::AlignCenter, col.text);
        }
    }
    const QStringList labels = shortLabels();
    p.setPen(ink);
    for (int c = 0; c < labels.size(); ++c) {
        const QRectF cell(area.left() + c * slot, area.bottom() + 4, slot, fm.height());
        p.drawText(cell, Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(labels[c], Qt::ElideRight, slot - 2));
    }
}

bool ColumnChart::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(e);
        const QRectF area = plotArea();
        const qsizetype n = m_data.categories.size();
        const int c = n > 0 ? int((help->pos().x() - area.left()) / (area.width() / double(n))) : -1;
        if (help->pos().x() >= area.left() && c >= 0 && c < n) {
            QStringList lines{m_data.categories[c]};
            for (const ChartData::Series &s : std::as_const(m_data.series)) {
                const QString text = s.texts.value(c);
                lines.append(s.name + QStringLiteral(" : ") + (text.isEmpty() ? tr("sans valeur") : text));
            }
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(e);
}

} // namespace passerelle
