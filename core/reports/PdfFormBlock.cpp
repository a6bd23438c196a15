#include "reports/PdfFormBlock.h"

#include "reports/PdfPageFlow.h"

#include <QCoreApplication>
#include <QPainter>

namespace passerelle {

const QChar PdfFormBlock::Ticked = QChar(0x2612);
const QChar PdfFormBlock::Unticked = QChar(0x2610);

PdfFormBlock::PdfFormBlock(PdfPageFlow &flow, double labelWidth) : m_flow(flow), m_labelWidth(labelWidth) {}

void PdfFormBlock::beginRow(const QString &label)
{
    m_label = label;
    m_lines.clear();
}

void PdfFormBlock::addWrapped(const QString &text, const QFont &font, const QColor &color, double indent,
                              double hangingIndent)
{
    const PdfStyle &s = m_flow.style();
    const double width = m_flow.width() - m_labelWidth - s.mm(4) - indent;
    const QStringList lines = m_flow.wrap(text, font, width - hangingIndent);
    for (int i = 0; i < lines.size(); ++i)
        m_lines.append({lines[i], &font, color, indent + (i > 0 ? hangingIndent : 0)});
}

void PdfFormBlock::text(const QString &text, bool bold)
{
    const PdfStyle &s = m_flow.style();
    for (const QString &paragraph : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        addWrapped(paragraph.trimmed(), bold ? s.bodyBold : s.body, s.ink, 0, 0);
}

void PdfFormBlock::notFilled()
{
    const PdfStyle &s = m_flow.style();
    addWrapped(QCoreApplication::translate("Reports", "Non renseigné"), s.smallItalic, s.muted, 0, 0);
}

void PdfFormBlock::check(const QString &label, bool ticked, const QString &detail)
{
    const PdfStyle &s = m_flow.style();
    const QString box = QString(ticked ? Ticked : Unticked) + QLatin1Char(' ');
    QString line = box + label;
    if (!detail.isEmpty())
        line += QStringLiteral(" — ") + detail;
    addWrapped(line, ticked ? s.bodyBold : s.body, ticked ? s.ink : s.muted, 0, m_flow.textWidth(box, s.body));
}

void PdfFormBlock::bullet(const QString &text, const QString &mark, int level)
{
    const PdfStyle &s = m_flow.style();
    const QString lead = mark + QLatin1Char(' ');
    addWrapped(lead + text, s.body, s.ink, s.mm(4) * level, m_flow.textWidth(lead, s.body));
}

void PdfFormBlock::space()
{
    const PdfStyle &s = m_flow.style();
    m_lines.append({QString(), &s.small, s.ink, 0});
}

void PdfFormBlock::endRow()
{
    const PdfStyle &s = m_flow.style();
    const QStringList label = m_flow.wrap(m_label, s.bodyBold, m_labelWidth - s.mm(3));
    if (m_lines.isEmpty())
        notFilled();
    // The label's lines beside the first content lines; blank content lines under a long label.
    while (m_lines.size() < label.size())
        m_lines.append({QString(), &s.body, s.ink, 0});
    const double pad = s.mm(1.2);
    double firstTwo = 0;
    for (int i = 0; i < std::min<qsizetype>(2, m_lines.size()); ++i)
        firstTwo += m_flow.lineHeight(*m_lines[i].font);
    m_flow.keepTogether(firstTwo + 2 * pad);
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line line = m_lines[i];
        const bool first = i == 0;
        const bool last = i == m_lines.size() - 1;
        const double h = m_flow.lineHeight(*line.font) + (first ? pad : 0) + (last ? pad : 0);
        // A continued row repeats its label at the top of the new page.
        const bool pageTop = m_flow.atPageTop() || h > m_flow.remaining();
        const QString labelLine = i < label.size() ? label[i] : pageTop ? label.value(0) : QString();
        const double labelWidth = m_labelWidth;
        m_flow.place(h, [&s, line, labelLine, first, last, pad, labelWidth](QPainter &p, const QRectF &b) {
            const double top = b.top() + (first ? pad : 0);
            p.fillRect(QRectF(b.left(), b.top(), labelWidth, b.height()), s.accentLight);
            if (!labelLine.isEmpty())
                PdfPageFlow::drawLines(p, {labelLine}, s.bodyBold, s.ink, QPointF(b.left() + s.mm(1.5), top),
                                       b.height());
            if (!line.text.isEmpty())
                PdfPageFlow::drawLines(p, {line.text}, *line.font, line.color,
                                       QPointF(b.left() + labelWidth + s.mm(2.5) + line.indent, top), b.height());
            p.setPen(QPen(s.rule, s.mm(0.2)));
            if (first)
                p.drawLine(b.topLeft(), b.topRight());
            if (last)
                p.drawLine(b.bottomLeft(), b.bottomRight());
        });
    }
    m_lines.clear();
}

} // namespace passerelle
