#include "charts/ReviewChartsView.h"

#include "charts/BarChart.h"
#include "charts/ChartData.h"
#include "reports/PdfReviewCharts.h"

#include <QLabel>
#include <QVBoxLayout>

namespace passerelle {

ReviewChartsView::ReviewChartsView(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("reviewCharts"));
    setAccessibleName(tr("Graphiques du bilan"));
    setWidgetResizable(true);
    // Charts take the width they are given: never a sideways scroll.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(this);
    m_content->setBackgroundRole(QPalette::Base);
    m_content->setAutoFillBackground(true);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setSpacing(18);
    m_empty = new QLabel(tr("Affichez un bilan pour voir ses graphiques."), m_content);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
    setWidget(m_content);
}

void ReviewChartsView::clear()
{
    for (BarChart *c : std::as_const(m_charts))
        delete c;
    m_charts.clear();
    m_empty->setText(tr("Affichez un bilan pour voir ses graphiques."));
    m_empty->show();
}

void ReviewChartsView::setReview(const AnnualReview &review)
{
    clear();
    int at = 0;
    for (const ReviewSection &section : review.sections)
        for (const ReviewTable &table : section.tables) {
            const std::optional<PdfBarChart> chart = PdfReviewCharts::chartFor(table);
            if (!chart)
                continue;
            auto *widget = new BarChart(m_content);
            widget->setObjectName(QStringLiteral("chart_") + table.id);
            widget->setData(ChartData::fromBarChart(*chart));
            m_layout->insertWidget(at++, widget);
            m_charts.append(widget);
        }
    m_empty->setVisible(m_charts.isEmpty());
    if (m_charts.isEmpty())
        m_empty->setText(tr("Aucun graphique : le bilan n'a pas de ventilation renseignée sur cette période."));
}

} // namespace passerelle
