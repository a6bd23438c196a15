#include "reports/PdfReviewWriter.h"

#include "reports/PdfDocument.h"
#include "reports/PdfReviewCharts.h"
#include "reports/PdfTableBlock.h"
#include "util/TrContext.h"

#include <QPainter>

#include <memory>

namespace passerelle {

namespace {
QString date(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString periodText(const ReportingPeriod &p)
{
    return ReportsText::tr("du %1 au %2").arg(date(p.start), date(p.end));
}

// One line of the table of contents; its page is read when the page is painted, once the
// body has been laid out.
struct TocEntry
{
    QString title;
    int level = 0; // 0: section, 1: table
};

void layoutTitlePage(PdfPageFlow &flow, const AnnualReview &r)
{
    const PdfStyle &s = flow.style();
    flow.skip(s.mm(45));
    flow.paragraph(ReportsText::tr("BILAN ANNUEL %1").arg(r.period.label()).toUpper(), s.heading2,
                   s.accent);
    flow.skip(s.mm(4));
    flow.paragraph(r.actionSheetNumber + QStringLiteral(" — ") + r.actionSheetTitle, s.title, s.ink);
    flow.skip(s.mm(3));
    flow.paragraph(r.programmeName, s.subtitle, s.muted);
    flow.skip(s.mm(2));
    flow.place(s.mm(1), [&s](QPainter &p, const QRectF &block) {
        p.fillRect(QRectF(block.left(), block.top(), s.mm(40), s.mm(0.8)), s.accent);
    });
    flow.skip(s.mm(12));
    const QList<QPair<QString, QString>> lines = {
        {ReportsText::tr("Fiche action"), r.actionSheetNumber},
        {ReportsText::tr("Dispositif"), r.programmeCode + QStringLiteral(" — ") + r.programmeName},
        {ReportsText::tr("Structure porteuse"),
         r.carrier.isEmpty() ? ReportsText::tr("non renseignée") : r.carrier},
        {ReportsText::tr("Période"), periodText(r.period)},
        {ReportsText::tr("Comparée à"), periodText(r.previousPeriod)},
        {ReportsText::tr("Généré le"),
         r.generatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))},
    };
    const double keyWidth = s.mm(45);
    const double h = flow.lineHeight(s.body);
    for (const auto &[key, value] : lines) {
        const QStringList wrapped = flow.wrap(value, s.body, flow.width() - keyWidth);
        flow.place(h * double(wrapped.size()) + s.mm(1.5), [&s, key, wrapped, keyWidth, h](QPainter &p, const QRectF &b) {
            PdfPageFlow::drawLines(p, {key}, s.bodyBold, s.muted, b.topLeft(), h);
            PdfPageFlow::drawLines(p, wrapped, s.body, s.ink, b.topLeft() + QPointF(keyWidth, 0), h);
        });
    }
    flow.skip(s.mm(30));
    flow.paragraph(
        ReportsText::tr(
            "Ce bilan ne contient aucun nom : les situations et les personnes y sont comptées, "
            "jamais nommées."),
        s.smallItalic, s.muted);
}

void layoutContents(PdfPageFlow &flow, const QList<TocEntry> &entries, std::shared_ptr<const QList<int>> pages)
{
    const PdfStyle &s = flow.style();
    flow.newPage();
    flow.heading(ReportsText::tr("Sommaire"), s.heading1, s.accent, 0);
    flow.skip(s.mm(3));
    for (int i = 0; i < entries.size(); ++i) {
        const TocEntry entry = entries[i];
        const QFont &font = entry.level == 0 ? s.bodyBold : s.body;
        const double indent = entry.level == 0 ? 0 : s.mm(6);
        const double numberWidth = s.mm(12);
        const QStringList lines = flow.wrap(entry.title, font, flow.width() - indent - numberWidth - s.mm(4));
        const double h = flow.lineHeight(font);
        if (entry.level == 0 && i > 0)
            flow.skip(s.mm(1.5));
        flow.place(h * double(lines.size()), [&s, lines, font, indent, h, pages, i](QPainter &p, const QRectF &b) {
            PdfPageFlow::drawLines(p, lines, font, s.ink, b.topLeft() + QPointF(indent, 0), h);
            const QString number = QString::number(pages->value(i) + 1);
            const QFontMetricsF metrics(font, p.device());
            // Dot leaders from the end of the last line to the page number.
            const double from = b.left() + indent + metrics.horizontalAdvance(lines.last()) + s.mm(2);
            const double to = b.right() - metrics.horizontalAdvance(number) - s.mm(2);
            const double baseline = b.bottom() - h + metrics.ascent();
            p.setPen(QPen(s.rule, s.mm(0.35), Qt::DotLine));
            if (to > from)
                p.drawLine(QPointF(from, baseline), QPointF(to, baseline));
            PdfPageFlow::drawLines(p, {number}, font, s.ink, QPointF(b.left(), b.bottom() - h), h, Qt::AlignRight,
                                   b.width());
        });
    }
}

void layoutSection(PdfPageFlow &flow, const ReviewSection &section, QList<int> &pages)
{
    const PdfStyle &s = flow.style();
    flow.newPage();
    flow.heading(section.title, s.heading1, s.accent, 0);
    pages.append(flow.page());
    flow.skip(s.mm(3));
    if (section.tables.isEmpty()) {
        if (section.text.trimmed().isEmpty())
            flow.paragraph(ReportsText::tr("Non renseigné."), s.smallItalic, s.muted);
        for (const QString &paragraph : section.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            flow.paragraph(paragraph, s.body, s.ink);
            flow.skip(s.mm(2));
        }
        return;
    }
    for (const ReviewTable &table : section.tables) {
        pages.append(PdfTableBlock(flow, table).layout());
        if (const std::optional<PdfBarChart> chart = PdfReviewCharts::chartFor(table))
            chart->layout(flow);
    }
}
} // namespace

QString PdfReviewWriter::description() const
{
    return ReportsText::tr("PDF A4 pour le comité de suivi, avec sommaire et graphiques");
}

void PdfReviewWriter::write(const AnnualReview &review, QIODevice &out) const
{
    PdfDocument document(out, review.title);
    document.setRunningTexts(
        review.actionSheetNumber + QStringLiteral(" — ") + review.actionSheetTitle,
        ReportsText::tr("Bilan %1").arg(periodText(review.period)), review.carrier);
    PdfPageFlow &flow = document.flow();

    QList<TocEntry> entries;
    for (const ReviewSection &section : review.sections) {
        entries.append({section.title, 0});
        for (const ReviewTable &table : section.tables)
            entries.append({table.title, 1});
    }
    auto pages = std::make_shared<QList<int>>();
    layoutTitlePage(flow, review);
    layoutContents(flow, entries, pages);
    for (const ReviewSection &section : review.sections)
        layoutSection(flow, section, *pages);
    document.print();
}

} // namespace passerelle
