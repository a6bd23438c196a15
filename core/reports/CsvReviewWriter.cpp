#include "reports/CsvReviewWriter.h"

#include "util/Errors.h"
#include "util/TrContext.h"

namespace passerelle {

namespace {
void line(QString &out, const QStringList &fields)
{
    out += fields.join(QLatin1Char(';'));
    out += QStringLiteral("\r\n");
}
} // namespace

QString CsvReviewWriter::description() const
{
    return ReportsText::tr("CSV pour tableur (UTF-8, point-virgule, virgule décimale)");
}

QString CsvReviewWriter::quoted(const QString &raw)
{
    QString text = raw;
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    const bool needsQuotes = text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             text != text.trimmed();
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString CsvReviewWriter::field(const ReviewCell &cell)
{
    if (cell.type == ReviewCell::Type::Text)
        return quoted(cell.text);
    // Numbers are written bare ("200,5", "70,6 %"): a French spreadsheet reads them as
    // numbers and percentages, not as text.
    return cell.displayText();
}

QByteArray CsvReviewWriter::toCsv(const AnnualReview &r)
{
    QString out;
    line(out, {quoted(r.title)});
    line(out, {quoted(ReportsText::tr("Fiche action")), quoted(r.actionSheetNumber),
               quoted(r.actionSheetTitle)});
    line(out,
         {quoted(ReportsText::tr("Dispositif")), quoted(r.programmeCode), quoted(r.programmeName)});
    line(out,
         {quoted(ReportsText::tr("Période")), r.period.start.toString(QStringLiteral("dd/MM/yyyy")),
          r.period.end.toString(QStringLiteral("dd/MM/yyyy"))});
    line(out, {quoted(ReportsText::tr("Période précédente")),
               r.previousPeriod.start.toString(QStringLiteral("dd/MM/yyyy")),
               r.previousPeriod.end.toString(QStringLiteral("dd/MM/yyyy"))});
    out += QStringLiteral("\r\n");
    for (const ReviewSection &s : r.sections) {
        line(out, {quoted(s.title.toUpper())});
        if (s.tables.isEmpty()) {
            line(out, {quoted(s.text)});
            out += QStringLiteral("\r\n");
            continue;
        }
        for (const ReviewTable &t : s.tables) {
            line(out, {quoted(t.title)});
            QStringList header;
            for (const ReviewColumn &c : t.columns)
                header.append(quoted(c.title));
            line(out, header);
            for (const QList<ReviewCell> &row : t.rows) {
                QStringList fields;
                for (const ReviewCell &c : row)
                    fields.append(field(c));
                line(out, fields);
            }
            if (!t.note.isEmpty())
                line(out, {quoted(t.note)});
            out += QStringLiteral("\r\n");
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

void CsvReviewWriter::write(const AnnualReview &review, QIODevice &out) const
{
    const QByteArray bytes = toCsv(review);
    if (out.write(bytes) != bytes.size())
        throw StorageError(
            ReportsText::tr("Écriture du bilan impossible : %1").arg(out.errorString()));
}

} // namespace passerelle
