#pragma once

#include "reports/AnnualReview.h"

#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace passerelle {

class BarChart;

// The charts of an annual review, one under the other: the same tables and the same
// choice as the PDF (PdfReviewCharts — breakdowns this period beside the previous one,
// interventions planned beside done, assessments by the person beside the team), painted
// by BarChart. The tables stay on the review's other tab.
class ReviewChartsView : public QScrollArea
{
    Q_OBJECT

public:
    explicit ReviewChartsView(QWidget *parent = nullptr);

    void setReview(const AnnualReview &review);
    void clear();
    QList<BarChart *> charts() const { return m_charts; }

private:
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_empty = nullptr;
    QList<BarChart *> m_charts;
};

} // namespace passerelle
