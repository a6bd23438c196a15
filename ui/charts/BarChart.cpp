#include "charts/BarChart.h"

#include "charts/ChartPalette.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace passerelle {

namespace {
constexpr double margin = 8;
constexpr double gap = 8;
constexpr double barGap = 2;

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}
} // namespace

BarChart::BarChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("barChart"));
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard so that screen readers read it
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BarChart::setData(const ChartData &data)
{
    m_data = data;
    setAccessibleName(m_data.title);
    setAccessibleDescription(m_data.accessibleText());
    updateGeometry();
    update();
}

BarChart::Metrics BarChart::metrics() const
{
    const QFontMetricsF fm(font());
    const QFontMetricsF titleMetrics(titleFont(font()));
    Metrics m;
    m.top = margin + titleMetrics.height() + 6;
    if (m_data.series.size() > 1)
        m.top += fm.height() + 6; // legend
    const qsizetype n = std::max<qsizetype>(1, m_data.series.size());
    m.barHeight = n > 1 ? std::round(fm.height() * 0.8) : std::round(fm.height());
    m.rowHeight = std::max(fm.height(), double(n) * m.barHeight + double(n - 1) * barGap) + 8;
    double labels = 0;
    for (const QString &c : m_data.categories)
        labels = std::max(labels, fm.horizontalAdvance(c));
    // Labels take what they need up to 40 % of the width; longer ones are elided (the full
    // text is in the tooltip and the accessible description).
    m.labelWidth = std::min(labels, std::max(80.0, (width() - 2 * margin) * 0.4));
    for (const ChartData::Series &s : m_data.series)
        for (const QString &t : s.texts)
            m.valueWidth = std::max(m.valueWidth, fm.horizontalAdvance(t));
    m.valueWidth += 6;
    return m;
}

double BarChart::axisX() const
{
    return margin + metrics().labelWidth + gap;
}

double BarChart::barRoom() const
{
    const Metrics m = metrics();
    return std::max(20.0, width() - margin - axisX() - m.valueWidth);
}

QList<BarChart::Bar> BarChart::bars() const
{
    QList<Bar> out;
    const Metrics m = metrics();
    const double scale = m_data.scaleMax();
    const double room = barRoom();
    const double left = axisX();
    for (int c = 0; c < m_data.categories.size(); ++c) {
        const double rowTop = m.top + c * m.rowHeight + 4;
        for (int s = 0; s < m_data.series.size(); ++s) {
            const ChartData::Series &series = m_data.series[s];
            const std::optional<double> value = series.values.value(c);
            if (!value)
                continue;
            const double length = scale > 0 && *value > 0 ? room * std::min(1.0, *value / scale) : 0;
            out.append({c, s, QRectF(left, rowTop + s * (m.barHeight + barGap), length, m.barHeight),
                        series.texts.value(c)});
        }
    }
    return out;
}

QSize BarChart::sizeHint() const
{
    const Metrics m = metrics();
    return QSize(560, int(std::ceil(m.top + m_data.categories.size() * m.rowHeight + margin)));
}

QSize BarChart::minimumSizeHint() const
{
    return QSize(240, sizeHint().height());
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(rect(), palette().base());
    const Metrics m = metrics();
    const QFontMetricsF fm(font());
    const QColor ink = palette().color(QPalette::Text);

    p.setFont(titleFont(font()));
    p.setPen(ink);
    p.drawText(QRectF(margin, margin, width() - 2 * margin, m.top - margin),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
               QFontMetricsF(p.font()).elidedText(m_data.title, Qt::ElideRight, width() - 2 * margin));
    p.setFont(font());

    if (m_data.series.size() > 1) {
        double x = margin;
        const double y = m.top - fm.height() - 6;
        for (int s = 0; s < m_data.series.size(); ++s) {
            const double side = fm.height() * 0.7;
            p.fillRect(QRectF(x, y + (fm.height() - side) / 2, side, side), ChartPalette::series(s));
            x += side + 5;
            p.setPen(ink);
            p.drawText(QPointF(x, y + fm.ascent()), m_data.series[s].name);
            x += fm.horizontalAdvance(m_data.series[s].name) + 18;
        }
    }

    if (m_data.categories.isEmpty() || m_data.series.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(margin, m.top, width() - 2 * margin, fm.height() * 2), Qt::AlignLeft,
                   tr("Aucune donnée pour cette période."));
        return;
    }

    const double left = axisX();
    for (int c = 0; c < m_data.categories.size(); ++c) {
        const QRectF row(margin / 2, m.top + c * m.rowHeight, width() - margin, m.rowHeight);
        if (c % 2 == 1)
            p.fillRect(row, ChartPalette::stripe());
        p.setPen(ink);
        p.drawText(QRectF(margin, row.top(), m.labelWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_data.categories[c], Qt::ElideRight, m.labelWidth));
    }
    // The axis: bars start from it, so that a zero shows as nothing beside it.
    p.setPen(QPen(ChartPalette::rule(), 1));
    p.drawLine(QPointF(left, m.top), QPointF(left, m.top + m_data.categories.size() * m.rowHeight));

    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (const Bar &bar : bars()) {
        if (bar.rect.width() > 0)
            p.fillRect(bar.rect, ChartPalette::series(bar.series));
        p.setPen(muted.darker(130));
        p.drawText(QRectF(bar.rect.right() + 4, bar.rect.top(), m.valueWidth + 20, bar.rect.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, bar.text);
    }
}

bool BarChart::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(e);
        const Metrics m = metrics();
        const int c = int((help->pos().y() - m.top) / m.rowHeight);
        if (help->pos().y() >= m.top && c >= 0 && c < m_data.categories.size()) {
            QStringList lines{m_data.categories[c]};
            for (const ChartData::Series &s : std::as_const(m_data.series)) {
                const QString text = s.texts.value(c);
                lines.append((m_data.series.size() > 1 ? s.name + QStringLiteral(" : ") : QString()) +
                             (text.isEmpty() ? tr("sans valeur") : text));
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
