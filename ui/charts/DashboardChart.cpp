#include "charts/DashboardChart.h"

#include "charts/ChartData.h"
#include "charts/ColumnChart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace passerelle {

namespace {
// The columns of Dashboard::build's table each view shows (0 is the month). Figures of
// one unit only side by side: hours never share a scale with counts.
struct View
{
    const char *title;
    QList<int> columns;
};

const View views[] = {
    {QT_TRANSLATE_NOOP("passerelle::DashboardChart", "Interventions posées et effectives"), {4, 5}},
    {QT_TRANSLATE_NOOP("passerelle::DashboardChart", "Heures d'intervention et heures des travailleurs pairs"), {6, 7}},
    {QT_TRANSLATE_NOOP("passerelle::DashboardChart", "Situations identifiées, accompagnements commencés, clôtures"), {1, 2, 3}},
    {QT_TRANSLATE_NOOP("passerelle::DashboardChart", "Actions collectives réalisées"), {8}},
    {QT_TRANSLATE_NOOP("passerelle::DashboardChart", "Participants aux actions collectives"), {9}},
    {QT_TRANSLATE_NOOP("passerelle::DashboardChart", "File active en fin de mois"), {10}},
};
} // namespace

DashboardChart::DashboardChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardChart"));
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setAccessibleName(tr("Graphique affiché"));
    for (const View &v : views)
        m_view->addItem(tr(v.title));
    auto *label = new QLabel(tr("&Graphique :"), this);
    label->setBuddy(m_view);
    m_chart = new ColumnChart(this);
    auto *choice = new QHBoxLayout;
    choice->addWidget(label);
    choice->addWidget(m_view);
    choice->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choice);
    layout->addWidget(m_chart, 1);
    connect(m_view, &QComboBox::currentIndexChanged, this, &DashboardChart::showView);
    showView();
}

void DashboardChart::setTable(const ReviewTable &table)
{
    m_table = table;
    showView();
}

void DashboardChart::showView()
{
    const int index = std::max(0, m_view->currentIndex());
    m_chart->setData(ChartData::fromColumns(m_table, views[index].columns, tr(views[index].title)));
}

} // namespace passerelle
