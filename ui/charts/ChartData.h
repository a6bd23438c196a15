#pragma once

#include "reports/AnnualReview.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle {

struct PdfBarChart;

// What a chart on screen shows: categories (rows of a bar chart, months of a column chart)
// and one or more series of figures, each figure with the text the review's tables show
// for it. The figures are computed in core (the review, the dashboard); this only carries
// them to the painting widgets.
struct ChartData
{
    struct Series
    {
        QString name;
        QList<std::optional<double>> values; // one per category; nullopt draws no bar
        QStringList texts;                   // the figure as written ("70,6 %", "200,5")
    };

    QString title;
    QStringList categories;
    QList<Series> series;
    bool percent = false; // bars of percentages are drawn against 100 %

    bool isEmpty() const;
    // The value the longest bar stands for: 1 for percentages (100 %), else the largest
    // figure; 0 when there is nothing to draw.
    double scaleMax() const;
    // "Catégorie : série 12, série 10 ; …" for screen readers.
    QString accessibleText() const;

    // The review's charts, as PdfReviewCharts chose them for the PDF.
    static ChartData fromBarChart(const PdfBarChart &chart);
    // Columns of a table (the dashboard's months) up to its "Total" row: one series per
    // column, one category per row.
    static ChartData fromColumns(const ReviewTable &table, const QList<int> &columns,
                                 const QString &title);
};

} // namespace passerelle
