#include "casefile/AssessmentsTab.h"

#include "casefile/AssessmentChart.h"
#include "queries/CaseFileSnapshot.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

AssessmentsTab::AssessmentsTab(QWidget *parent) : CaseFileTab(parent)
{
    setObjectName(QStringLiteral("assessmentsTab"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *dimensionsLabel = new QLabel(tr("D&imensions évaluées"), left);
    m_dimensions = new QListWidget(left);
    m_dimensions->setObjectName(QStringLiteral("dimensions"));
    m_dimensions->setAccessibleName(tr("Dimensions évaluées"));
    dimensionsLabel->setBuddy(m_dimensions);
    leftLayout->addWidget(dimensionsLabel);
    leftLayout->addWidget(m_dimensions, 1);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(right);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_trend = new QLabel(right);
    m_trend->setObjectName(QStringLiteral("assessmentTrend"));
    m_table = new QTableView(right);
    m_table->setObjectName(QStringLiteral("assessmentTable"));
    m_table->setAccessibleName(tr("Évaluations de la dimension : la personne et l'équipe"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart = new AssessmentChart(right);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_trend);
    rightLayout->addWidget(m_table, 2);
    rightLayout->addWidget(m_chart, 3);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    // Room for the dimension labels ("Recours aux soins somatiques et psychiques (3 jours)").
    const int leftWidth = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 52;
    splitter->setSizes({leftWidth, leftWidth * 2});

    auto *record = new QPushButton(tr("Nouvelle é&valuation…"), this);
    record->setObjectName(QStringLiteral("newAssessment"));
    record->setToolTip(tr("Enregistrer, pour un jour, les scores déclarés par la personne et "
                          "observés par l'équipe"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(record);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    connect(record, &QPushButton::clicked, this, &AssessmentsTab::assessmentRequested);
    connect(m_dimensions, &QListWidget::currentRowChanged, this,
            &AssessmentsTab::showCurrentDimension);
}

void AssessmentsTab::load(const CaseFileSnapshot &s)
{
    const QString current = m_dimensions->currentItem()
                                ? m_dimensions->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    m_assessments = s.assessments;
    const QSignalBlocker blocker(m_dimensions);
    m_dimensions->clear();
    int select = -1;
    for (const ReferenceItem &item : s.lists.value(QStringLiteral("outcome_dimension"))) {
        const qsizetype days = AssessmentComparisonModel::compare(m_assessments, item.code).size();
        if (item.archivedAt.isValid() && days == 0)
            continue;
        auto *row = new QListWidgetItem(
            days == 0 ? tr("%1 (aucune)").arg(item.label())
                      : tr("%1 (%Ln jour(s))", nullptr, int(days)).arg(item.label()),
            m_dimensions);
        row->setData(Qt::UserRole, item.code);
        row->setData(Qt::UserRole + 1, item.label());
        if (days == 0)
            row->setForeground(palette().color(QPalette::PlaceholderText));
        if (item.code == current || (current.isEmpty() && select < 0 && days > 0))
            select = m_dimensions->count() - 1;
    }
    m_dimensions->setCurrentRow(select >= 0 ? select : 0);
    showCurrentDimension();
}

void AssessmentsTab::showCurrentDimension()
{
    const QListWidgetItem *item = m_dimensions->currentItem();
    const QString code = item ? item->data(Qt::UserRole).toString() : QString();
    const QList<AssessmentComparisonModel::Row> rows =
        AssessmentComparisonModel::compare(m_assessments, code);
    m_model.setRows(rows);
    m_chart->setRows(rows);
    m_title->setText(item ? item->data(Qt::UserRole + 1).toString() : QString());
    m_trend->setText(rows.isEmpty() ? tr("Pas encore évaluée.")
                                    : tr("De la première à la dernière évaluation — %1")
                                          .arg(AssessmentChart::trendText(rows)));
    m_table->resizeColumnsToContents();
}

} // namespace passerelle
