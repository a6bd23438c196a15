#include "reports/PdfTableBlock.h"

#include "reports/PdfPageFlow.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace passerelle {

namespace {
bool isNumber(const ReviewCell &cell)
{
    return cell.type == ReviewCell::Type::Integer || cell.type == ReviewCell::Type::Decimal ||
           cell.type == ReviewCell::Type::Percent;
}

bool isNumberColumn(const ReviewTable &table, int column)
{
    const ReviewCell::Type type = table.columns[column].type;
    if (type == ReviewCell::Type::Text)
        return false;
    if (type != ReviewCell::Type::Empty)
        return true;
    // Columns typed Empty mix kinds (an indicator's value): numbers if any cell is one.
    return std::any_of(table.rows.cbegin(), table.rows.cend(), [column](const QList<ReviewCell> &row) {
        return column < row.size() && isNumber(row[column]);
    });
}

bool isTotal(const QList<ReviewCell> &row)
{
    return !row.isEmpty() && row.first().type == ReviewCell::Type::Text &&
           row.first().text == QCoreApplication::translate("Reports", "Total");
}
} // namespace

PdfTableBlock::PdfTableBlock(PdfPageFlow &flow, const ReviewTable &table) : m_flow(flow), m_table(table) {}

QString PdfTableBlock::shown(const ReviewCell &cell)
{
    switch (cell.type) {
    case ReviewCell::Type::Empty:
        return QStringLiteral("—");
    case ReviewCell::Type::Text:
        return cell.text;
    case ReviewCell::Type::Percent: {
        QString text = PdfStyle::groupDigits(cell.displayText());
        return text.replace(QStringLiteral(" %"), QString(QChar(0x202F)) + QLatin1Char('%'));
    }
    case ReviewCell::Type::Integer:
    case ReviewCell::Type::Decimal:
        return PdfStyle::groupDigits(cell.displayText());
    }
    return {};
}

QList<double> PdfTableBlock::columnWidths() const
{
    const PdfStyle &style = m_flow.style();
    const double padding = style.mm(3);
    const int count = int(m_table.columns.size());
    QList<double> widths(count, 0.0);
    double fixed = 0;
    for (int c = 1; c < count; ++c) {
        double w = 0;
        if (isNumberColumn(m_table, c)) {
            for (const QList<ReviewCell> &row : m_table.rows)
                if (c < row.size())
                    w = std::max(w, m_flow.textWidth(shown(row[c]), style.bodyBold));
            // Headers wrap between words: the longest word sets the least width.
            for (const QString &word : m_table.columns[c].title.split(QLatin1Char(' ')))
                w = std::max(w, m_flow.textWidth(word, style.small));
            w = std::max(w, style.mm(14));
        } else {
            // Free-text columns (details, targets) share the room with the labels.
            w = style.mm(30);
        }
        widths[c] = w + padding;
        fixed += widths[c];
    }
    const double labelMin = m_flow.width() * 0.3;
    if (fixed > m_flow.width() - labelMin) {
        // Too many figures for the page: every column shrinks alike, headers wrap more.
        const double scale = (m_flow.width() - labelMin) / fixed;
        for (int c = 1; c < count; ++c)
            widths[c] *= scale;
        fixed = m_flow.width() - labelMin;
    }
    if (count > 0)
        widths[0] = m_flow.width() - fixed;
    return widths;
}

QList<QStringList> PdfTableBlock::wrapRow(const QStringList &texts, const QFont &font) const
{
    const double padding = m_flow.style().mm(3);
    QList<QStringList> lines;
    for (int c = 0; c < texts.size(); ++c)
        lines.append(m_flow.wrap(texts[c], font, std::max(1.0, m_widths[c] - padding)));
    return lines;
}

double PdfTableBlock::rowHeight(const QList<QStringList> &lines, const QFont &font) const
{
    qsizetype most = 1;
    for (const QStringList &l : lines)
        most = std::max(most, l.size());
    return double(most) * m_flow.lineHeight(font) + m_flow.style().mm(2);
}

void PdfTableBlock::placeHeader()
{
    const PdfStyle &style = m_flow.style();
    const QList<QStringList> header = m_header;
    const QList<double> widths = m_widths;
    QList<bool> right;
    for (int c = 0; c < m_table.columns.size(); ++c)
        right.append(c > 0 && isNumberColumn(m_table, c));
    const double h = m_flow.lineHeight(style.small);
    m_flow.place(m_headerHeight, [&style, header, widths, right, h](QPainter &p, const QRectF &block) {
        p.fillRect(block, style.accentLight);
        const double pad = style.mm(1.5);
        double x = block.left();
        for (int c = 0; c < header.size(); ++c) {
            PdfPageFlow::drawLines(p, header[c], style.small, style.ink,
                                   QPointF(x + pad, block.top() + style.mm(1)), h,
                                   right[c] ? Qt::AlignRight : Qt::AlignLeft, widths[c] - 2 * pad);
            x += widths[c];
        }
        p.setPen(QPen(style.accent, style.mm(0.3)));
        p.drawLine(block.bottomLeft(), block.bottomRight());
    });
}

int PdfTableBlock::layout()
{
    const PdfStyle &style = m_flow.style();
    m_widths = columnWidths();
    QStringList titles;
    for (const ReviewColumn &c : m_table.columns)
        titles.append(c.title);
    m_header = wrapRow(titles, style.small);
    m_headerHeight = rowHeight(m_header, style.small);

    QList<QList<QStringList>> rows;
    QList<double> heights;
    for (const QList<ReviewCell> &row : m_table.rows) {
        QStringList texts;
        for (int c = 0; c < m_table.columns.size(); ++c)
            texts.append(c < row.size() ? shown(row[c]) : QString());
        rows.append(wrapRow(texts, style.body));
        heights.append(rowHeight(rows.last(), style.body));
    }

    m_flow.heading(m_table.title, style.heading2, style.accent,
                   m_headerHeight + (heights.isEmpty() ? 0 : heights.first()));
    const int titlePage = m_flow.page();
    placeHeader();
    for (int r = 0; r < rows.size(); ++r) {
        if (heights[r] > m_flow.remaining()) {
            m_flow.newPage();
            placeHeader();
        }
        QList<bool> right;
        for (int c = 0; c < m_table.columns.size(); ++c)
            right.append(c > 0 && c < m_table.rows[r].size() && m_table.rows[r][c].type != ReviewCell::Type::Text);
        const bool total = isTotal(m_table.rows[r]);
        const bool stripe = r % 2 == 1;
        const QList<QStringList> lines = rows[r];
        const QList<double> widths = m_widths;
        const double h = m_flow.lineHeight(style.body);
        m_flow.place(heights[r], [&style, lines, widths, right, total, stripe, h](QPainter &p, const QRectF &block) {
            if (stripe)
                p.fillRect(block, QColor(0xf5, 0xf7, 0xf9));
            const QFont &font = total ? style.bodyBold : style.body;
            const double pad = style.mm(1.5);
            double x = block.left();
            for (int c = 0; c < lines.size(); ++c) {
                PdfPageFlow::drawLines(p, lines[c], font, style.ink, QPointF(x + pad, block.top() + style.mm(1)), h,
                                       right[c] ? Qt::AlignRight : Qt::AlignLeft, widths[c] - 2 * pad);
                x += widths[c];
            }
            p.setPen(QPen(total ? style.accent : style.rule, style.mm(total ? 0.3 : 0.1)));
            p.drawLine(total ? block.topLeft() : block.bottomLeft(), total ? block.topRight() : block.bottomRight());
        });
    }
    if (!m_table.note.isEmpty()) {
        m_flow.skip(style.mm(1));
        m_flow.paragraph(m_table.note, style.smallItalic, style.muted);
    }
    m_flow.skip(style.mm(5));
    return titlePage;
}

} // namespace passerelle
