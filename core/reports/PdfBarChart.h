#pragma once

#include "reports/AnnualReview.h"

#include <QStringList>

namespace passerelle {

class PdfPageFlow;

// A horizontal bar chart: one row per category, one bar per series (two series side by
// side: this period and the previous one, the person's view and the team's). Bars of
// percentages are drawn against 100 %, others against the largest value. Each bar carries
// its figure as the table shows it.
struct PdfBarChart
{
    struct Series
    {
        QString name;
        QList<ReviewCell> cells; // one per category; Empty draws no bar
    };

    QString title;
    QStringList categories;
    QList<Series> series;

    bool isPercent() const;
    double scaleMax() const;
    // Lays the chart out at the flow's cursor; rows continue on the next page if need be.
    void layout(PdfPageFlow &flow) const;
};

} // namespace passerelle
