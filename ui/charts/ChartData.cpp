#include "charts/ChartData.h"

#include "reports/PdfBarChart.h"

#include <QCoreApplication>

#include <algorithm>

namespace passerelle {

namespace {
std::optional<double> valueOf(const ReviewCell &cell)
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
    return std::nullopt;
}

void append(ChartData::Series &series, const ReviewCell &cell)
{
    const std::optional<double> value = valueOf(cell);
    series.values.append(value);
    series.texts.append(value ? cell.displayText() : QString());
}
} // namespace

bool ChartData::isEmpty() const
{
    return categories.isEmpty() || series.isEmpty() || scaleMax() <= 0;
}

double ChartData::scaleMax() const
{
    double most = 0;
    for (const Series &s : series)
        for (const std::optional<double> &v : s.values)
            if (v)
                most = std::max(most, *v);
    if (percent && most > 0)
        return std::max(1.0, most);
    return most;
}

QString ChartData::accessibleText() const
{
    QStringList rows;
    for (qsizetype c = 0; c < categories.size(); ++c) {
        QStringList figures;
        for (const Series &s : series) {
            const QString text = s.texts.value(c);
            const QString shown = text.isEmpty() ? QCoreApplication::translate("Charts", "sans valeur") : text;
            figures.append(series.size() > 1 ? s.name + QLatin1Char(' ') + shown : shown);
        }
        rows.append(categories[c] + QStringLiteral(" : ") + figures.join(QStringLiteral(", ")));
    }
    return title + QStringLiteral(". ") + rows.join(QStringLiteral(" ; ")) + QLatin1Char('.');
}

ChartData ChartData::fromBarChart(const PdfBarChart &chart)
{
    ChartData data;
    data.title = chart.title;
    data.categories = chart.categories;
    data.percent = chart.isPercent();
    for (const PdfBarChart::Series &s : chart.series) {
        Series series{s.name, {}, {}};
        for (const ReviewCell &cell : s.cells)
            append(series, cell);
        data.series.append(series);
    }
    return data;
}

ChartData ChartData::fromColumns(const ReviewTable &table, const QList<int> &columns,
                                 const QString &title)
{
    ChartData data;
    data.title = title;
    for (const int c : columns) {
        if (c <= 0 || c >= table.columns.size())
            continue;
        data.series.append({table.columns[c].title, {}, {}});
        data.percent = data.percent || table.columns[c].type == ReviewCell::Type::Percent;
    }
    const QString total = QCoreApplication::translate("Reports", "Total");
    for (const QList<ReviewCell> &row : table.rows) {
        if (row.isEmpty() || row.first().text == total)
            break;
        data.categories.append(row.first().displayText());
        qsizetype s = 0;
        for (const int c : columns) {
            if (c <= 0 || c >= table.columns.size())
                continue;
            append(data.series[s++], row.value(c));
        }
    }
    return data;
}

} // namespace passerelle
