#include "reports/ReviewHtml.h"

#include "reports/AnnualReview.h"

#include <QCoreApplication>

namespace passerelle {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

bool isNumber(ReviewCell::Type type)
{
    return type == ReviewCell::Type::Integer || type == ReviewCell::Type::Decimal
        || type == ReviewCell::Type::Percent;
}
} // namespace

QString reviewToHtml(const AnnualReview &review)
{
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(review.title));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(QCoreApplication::translate("ReviewHtml", "%1 — %2 · période du %3 au %4, "
                                                                       "comparée à celle du %5 au %6")
                                 .arg(review.programmeCode, review.programmeName,
                                      review.period.start.toString(QStringLiteral("dd/MM/yyyy")),
                                      review.period.end.toString(QStringLiteral("dd/MM/yyyy")),
                                      review.previousPeriod.start.toString(QStringLiteral("dd/MM/yyyy")),
                                      review.previousPeriod.end.toString(QStringLiteral("dd/MM/yyyy")))));
    for (const ReviewSection &section : review.sections) {
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(section.title));
        if (!section.text.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(escaped(section.text));
        else if (section.tables.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(escaped(QCoreApplication::translate("ReviewHtml", "Non renseigné.")));
        for (const ReviewTable &table : section.tables) {
            if (!table.title.isEmpty() && table.title != section.title)
                html += QStringLiteral("<h3>%1</h3>").arg(escaped(table.title));
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
            for (const ReviewColumn &column : table.columns)
                html += QStringLiteral("<th align=\"%1\">%2</th>")
                            .arg(isNumber(column.type) ? QStringLiteral("right") : QStringLiteral("left"),
                                 escaped(column.title));
            html += QStringLiteral("</tr>");
            for (const QList<ReviewCell> &row : table.rows) {
                html += QStringLiteral("<tr>");
                for (const ReviewCell &cell : row)
                    html += QStringLiteral("<td align=\"%1\">%2</td>")
                                .arg(isNumber(cell.type) ? QStringLiteral("right") : QStringLiteral("left"),
                                     escaped(cell.displayText()));
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
            if (!table.note.isEmpty())
                html += QStringLiteral("<p><small>%1</small></p>").arg(escaped(table.note));
        }
    }
    return html;
}

} // namespace passerelle
