#include "casefile/TimelineTab.h"

#include "casefile/CaseFileForms.h"
#include "queries/CaseFileSnapshot.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

TimelineTab::TimelineTab(const Database &db, const QDate &today, QWidget *parent)
    : CaseFileTab(parent), m_query(db), m_model(m_query), m_today(today)
{
    setObjectName(QStringLiteral("timelineTab"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_failure = new QLabel(this);
    m_failure->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_failure->setWordWrap(true);
    m_failure->hide();
    layout->addWidget(m_failure);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setAccessibleName(tr("Chronologie des interventions et des commissions"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths: sizing to contents would read every row the view may fetch.
    const int digit = m_table->fontMetrics().horizontalAdvance(u'0');
    const QList<QPair<int, int>> widths{
        {CaseTimelineModel::Date, 11},    {CaseTimelineModel::Time, 6},
        {CaseTimelineModel::Nature, 12},  {CaseTimelineModel::Type, 22},
        {CaseTimelineModel::Channel, 15}, {CaseTimelineModel::Status, 11},
        {CaseTimelineModel::Duration, 8}, {CaseTimelineModel::Workers, 20}};
    for (const auto &[column, chars] : widths)
        m_table->setColumnWidth(column, chars * digit);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("timelineMore"));
    auto *add = new QPushButton(tr("&Nouvelle intervention…"), this);
    add->setObjectName(QStringLiteral("newIntervention"));
    add->setToolTip(tr("Saisie rapide d'une intervention pour cette situation"));
    buttons->addWidget(m_more);
    buttons->addStretch();
    buttons->addWidget(add);
    layout->addLayout(buttons);

    connect(m_more, &QPushButton::clicked, this, &TimelineTab::showMore);
    connect(add, &QPushButton::clicked, this, &TimelineTab::newInterventionRequested);
    connect(&m_model, &CaseTimelineModel::loaded, this, &TimelineTab::updateSummary);
    connect(&m_model, &CaseTimelineModel::loadFailed, this, [this](const QString &message) {
        m_failure->setText(message);
        m_failure->show();
    });
}

void TimelineTab::load(const CaseFileSnapshot &s)
{
    m_failure->hide();
    m_model.setCase(s.caseFile.id, m_today);
}

void TimelineTab::refresh()
{
    m_failure->hide();
    m_model.reload();
}

void TimelineTab::showMore()
{
    m_model.fetchMore({});
    if (!m_table->currentIndex().isValid() && m_model.rowCount() > 0)
        m_table->setCurrentIndex(m_model.index(0, 0));
}

void TimelineTab::updateSummary()
{
    const CaseTimelineQuery::Summary &s = m_model.summary();
    if (s.total() == 0) {
        m_summary->setText(
            tr("Aucune intervention ni commission enregistrée pour cette situation."));
    } else {
        QStringList counts;
        if (s.done > 0)
            counts.append(tr("%Ln réalisée(s)", nullptr, s.done));
        if (s.planned > 0)
            counts.append(tr("%Ln prévue(s)", nullptr, s.planned));
        if (s.cancelledOrMissed > 0)
            counts.append(tr("%Ln annulée(s) ou manquée(s)", nullptr, s.cancelledOrMissed));
        QStringList parts;
        parts.append(counts.isEmpty() ? tr("%Ln intervention(s)", nullptr, s.interventions)
                                      : tr("%Ln intervention(s) : %1", nullptr, s.interventions)
                                            .arg(counts.join(QStringLiteral(", "))));
        if (s.doneMinutes > 0)
            parts.append(tr("%1 d'intervention réalisée")
                             .arg(CaseTimelineModel::durationText(s.doneMinutes)));
        if (s.sessions > 0)
            parts.append(tr("%Ln passage(s) en commission", nullptr, s.sessions));
        parts.append(tr("du %1 au %2")
                         .arg(CaseFileForms::dateText(s.first), CaseFileForms::dateText(s.last)));
        if (s.nextPlanned.isValid())
            parts.append(tr("prochaine intervention prévue le %1")
                             .arg(CaseFileForms::dateText(s.nextPlanned)));
        m_summary->setText(parts.join(QStringLiteral(" · ")));
    }
    const bool more = m_model.canFetchMore({});
    m_more->setEnabled(more);
    m_more->setText(more ? tr("Afficher les &suivantes (%1 sur %2 affichées)")
                               .arg(m_model.rowCount())
                               .arg(s.total())
                         : tr("Tout est affiché (%1)").arg(m_model.rowCount()));
}

} // namespace passerelle
