#pragma once

#include "charts/ChartData.h"

#include <QRectF>
#include <QWidget>

namespace passerelle {

// A horizontal bar chart painted with QPainter: one row per category with its label, one
// bar per series — a single series (a breakdown) or grouped series side by side (this
// period beside the previous one, the person's view beside the team's) with a legend. Each
// bar carries its figure as the tables write it; the whole chart reads out as text to
// screen readers (accessible description) and each bar in a tooltip.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        int category = 0;
        int series = 0;
        QRectF rect; // zero width for a zero figure; no Bar at all for a missing one
        QString text;
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    // The bars as laid out at the widget's current width.
    QList<Bar> bars() const;
    // Where the bars start (the axis) and the length that stands for scaleMax().
    double axisX() const;
    double barRoom() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Metrics
    {
        double top = 0;       // first row
        double rowHeight = 0;
        double barHeight = 0;
        double labelWidth = 0;
        double valueWidth = 0;
    };
    Metrics metrics() const;

    ChartData m_data;
};

} // namespace passerelle
