#pragma once

#include "casefile/AssessmentComparisonModel.h"

#include <QWidget>

namespace passerelle {

// A small painted chart of one outcome dimension over time: the person's scores and the
// team's on the 1–5 scale, each a line through its days, dates along the bottom. Painted with
// QPainter: a few points do not need a chart library.
class AssessmentChart : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentChart(QWidget *parent = nullptr);

    void setRows(const QList<AssessmentComparisonModel::Row> &rows);
    const QList<AssessmentComparisonModel::Row> &rows() const { return m_rows; }

    // "Personne : 2 → 4 ; équipe : 2 → 3", the accessible description of the chart.
    static QString trendText(const QList<AssessmentComparisonModel::Row> &rows);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<AssessmentComparisonModel::Row> m_rows;
};

} // namespace passerelle
