#include "casefile/AssessmentChart.h"

#include "domain/Assessment.h"

#include <QPainter>
#include <QPainterPath>

namespace passerelle {

namespace {
const QColor personColour(0xd3, 0x54, 0x00); // orange: what the person says
const QColor teamColour(0x1f, 0x61, 0x8d);   // blue: what the team sees

template <typename Get> QString trendOf(const QList<AssessmentComparisonModel::Row> &rows, Get get)
{
    std::optional<int> first;
    std::optional<int> last;
    for (const auto &row : rows) {
        if (const std::optional<int> s = get(row)) {
            if (!first)
                first = s;
            last = s;
        }
    }
    if (!first)
        return QStringLiteral("—");
    return *first == *last ? QString::number(*first)
                           : QStringLiteral("%1 → %2").arg(*first).arg(*last);
}
} // namespace

AssessmentChart::AssessmentChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("assessmentChart"));
    setAccessibleName(tr("Graphique des évaluations"));
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QString AssessmentChart::trendText(const QList<AssessmentComparisonModel::Row> &rows)
{
    return tr("Personne : %1 ; équipe : %2")
        .arg(trendOf(rows, [](const AssessmentComparisonModel::Row &r) { return r.person; }),
             trendOf(rows, [](const AssessmentComparisonModel::Row &r) { return r.team; }));
}

void AssessmentChart::setRows(const QList<AssessmentComparisonModel::Row> &rows)
{
    m_rows = rows;
    setAccessibleDescription(trendText(rows));
    update();
}

QSize AssessmentChart::sizeHint() const
{
    return {480, 200};
}

QSize AssessmentChart::minimumSizeHint() const
{
    return {240, 140};
}

void AssessmentChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.base());
    const QFontMetrics fm = fontMetrics();
    const int legendHeight = fm.height() + 8;
    const QRect plot = rect().adjusted(fm.horizontalAdvance(QStringLiteral("00")) + 16,
                                       legendHeight + 6, -16, -(fm.height() + 12));
    // Points stay clear of the plot's sides, so the first and last marks show whole.
    const QRect inner = plot.adjusted(8, 0, -8, 0);
    if (plot.width() < 20 || plot.height() < 20)
        return;

    // Legend.
    int x = plot.left();
    const auto legend = [&](const QColor &colour, const QString &text, bool square) {
        const QRect mark(x, 6 + (fm.height() - 8) / 2, 8, 8);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        if (square)
            p.drawRect(mark);
        else
            p.drawEllipse(mark);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(x + 12, 6 + fm.ascent(), text);
        x += 12 + fm.horizontalAdvance(text) + 18;
    };
    legend(personColour, tr("Déclaré par la personne"), false);
    legend(teamColour, tr("Observé par l'équipe"), true);

    // Scale 1 (bottom) to 5 (top).
    const auto yOf = [&](int score) {
        return plot.bottom() - double(score - minScore) * plot.height() / (maxScore - minScore);
    };
    p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
    for (int s = minScore; s <= maxScore; ++s) {
        const double y = yOf(s);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    p.setPen(pal.color(QPalette::Text));
    for (int s = minScore; s <= maxScore; ++s)
        p.drawText(QRectF(0, yOf(s) - fm.height() / 2.0, plot.left() - 8, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(s));

    if (m_rows.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("Aucune évaluation sur cette dimension"));
        return;
    }

    // Time runs left to right in proportion to the days between assessments.
    const QDate first = m_rows.constFirst().date;
    const qint64 span = first.daysTo(m_rows.constLast().date);
    const auto xOf = [&](const QDate &d) {
        return span == 0 ? inner.center().x()
                         : inner.left() + double(first.daysTo(d)) * inner.width() / double(span);
    };
    // A tick for every assessment day; the first and last are dated.
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    for (const auto &row : std::as_const(m_rows))
        p.drawLine(QPointF(xOf(row.date), plot.bottom()),
                   QPointF(xOf(row.date), plot.bottom() + 4));
    p.setPen(pal.color(QPalette::Text));
    const QString firstText = first.toString(QStringLiteral("dd/MM/yyyy"));
    const QString lastText = m_rows.constLast().date.toString(QStringLiteral("dd/MM/yyyy"));
    const int textY = plot.bottom() + 6 + fm.ascent();
    if (span == 0) {
        p.drawText(int(xOf(first)) - fm.horizontalAdvance(firstText) / 2, textY, firstText);
    } else {
        p.drawText(plot.left(), textY, firstText);
        p.drawText(plot.right() - fm.horizontalAdvance(lastText), textY, lastText);
    }

    const auto series = [&](const QColor &colour, bool square,
                            std::optional<int> AssessmentComparisonModel::Row::*score) {
        QPainterPath line;
        QList<QPointF> points;
        for (const auto &row : std::as_const(m_rows)) {
            const std::optional<int> s = row.*score;
            if (!s)
                continue;
            const QPointF point(xOf(row.date), yOf(*s));
            if (points.isEmpty())
                line.moveTo(point);
            else
                line.lineTo(point);
            points.append(point);
        }
        p.setPen(QPen(colour, 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(line);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        for (const QPointF &point : std::as_const(points)) {
            const QRectF mark(point.x() - 4, point.y() - 4, 8, 8);
            if (square)
                p.drawRect(mark);
            else
                p.drawEllipse(mark);
        }
    };
    // Slightly apart when both agree, so that neither hides the other.
    p.save();
    p.translate(-2, 0);
    series(personColour, false, &AssessmentComparisonModel::Row::person);
    p.restore();
    p.save();
    p.translate(2, 0);
    series(teamColour, true, &AssessmentComparisonModel::Row::team);
    p.restore();
}

} // namespace passerelle
