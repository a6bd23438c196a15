#pragma once

#include "charts/ChartData.h"

#include <QRectF>
#include <QWidget>

namespace passerelle {

// A column chart painted with QPainter for month-by-month figures (the dashboard): one
// group of columns per category along the bottom, one column per series, a scale with
// round gridlines on the left, the figure above a column when it fits (always in the
// tooltip and the accessible description).
class ColumnChart : public QWidget
{
    Q_OBJECT

public:
    struct Column
    {
        int category = 0;
        int series = 0;
        QRectF rect; // zero height for a zero figure; no Column for a missing one
        QString text;
    };

    explicit ColumnChart(QWidget *parent = nullptr);

    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    QList<Column> columns() const;
    // The plotting area: columns stand on its bottom edge; its height stands for axisMax().
    QRectF plotArea() const;
    // The top of the scale: scaleMax() rounded up to a whole number of gridline steps.
    double axisMax() const;
    double gridStep() const;
    // Category labels as drawn: a year common to every month is said once, in the title.
    QStringList shortLabels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    double scaleWidth() const;
    QString commonSuffix() const;

    ChartData m_data;
};

} // namespace passerelle
