#include "reports/DashboardPage.h"

#include "charts/DashboardChart.h"
#include "common/BackgroundRead.h"
#include "common/DialogService.h"
#include "reports/Dashboard.h"
#include "reports/ReviewExport.h"
#include "reports/ReviewTableModel.h"
#include "repositories/ProgrammeRepository.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace passerelle {

DashboardPage::DashboardPage(Database &db, DialogService &dialogs, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_clock(clock), m_read(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("programme"));
    m_programme->setAccessibleName(tr("Dispositif"));
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setAccessibleName(tr("Année"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_clock.today().year());
    m_build = new QPushButton(tr("&Afficher"), this);
    m_build->setObjectName(QStringLiteral("buildDashboard"));
    m_build->setDefault(true);

    auto *programmeLabel = new QLabel(tr("&Dispositif :"), this);
    programmeLabel->setBuddy(m_programme);
    auto *yearLabel = new QLabel(tr("A&nnée :"), this);
    yearLabel->setBuddy(m_year);
    auto *choice = new QHBoxLayout;
    choice->addWidget(programmeLabel);
    choice->addWidget(m_programme, 1);
    choice->addWidget(yearLabel);
    choice->addWidget(m_year);
    choice->addWidget(m_build);

    auto *exports = new QHBoxLayout;
    m_exports = addExportButtons(exports, this, {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("pdf")},
                                 [this](const QString &format) { exportAs(format); });
    exports->addStretch(1);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    exports->addWidget(m_busy);
    exports->addWidget(m_status);

    m_model = new ReviewTableModel(this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(Qt::UserRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dashboardTable"));
    m_view->setAccessibleName(tr("Activité mois par mois"));
    m_view->setModel(sorted);
    m_view->setSortingEnabled(false); // months keep their order; the total stays last
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choice);
    layout->addLayout(exports);
    // The table above, the months as columns below: both stay, people read one or the other.
    m_chart = new DashboardChart(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("dashboardSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_build, &QPushButton::clicked, this, &DashboardPage::build);
    const auto stale = [this] {
        m_hasTable = false;
        m_model->setTable({});
        m_chart->setTable({});
        if (!m_building)
            m_status->setText(tr("Choix modifié : cliquez sur « Afficher »."));
        updateActions();
    };
    connect(m_programme, &QComboBox::currentIndexChanged, this, stale);
    connect(m_year, &QSpinBox::valueChanged, this, stale);
    setFocusProxy(m_programme);
    reload();
}

DashboardPage::~DashboardPage() = default; // m_read waits for a build still running

void DashboardPage::reload()
{
    const QVariant current = m_programme->currentData();
    m_programme->clear();
    ProgrammeRepository programmes(m_db);
    for (const Programme &p : programmes.list())
        m_programme->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.id.toString());
    const int again = m_programme->findData(current);
    if (again >= 0)
        m_programme->setCurrentIndex(again);
    updateActions();
}

void DashboardPage::build()
{
    if (m_building || m_programme->currentIndex() < 0)
        return;
    const Uuid programme = Uuid::fromString(m_programme->currentData().toString());
    const int year = m_year->value();
    const QString path = m_db.path();
    m_building = true;
    m_busy->show();
    m_status->setText(tr("Calcul…"));
    updateActions();
    auto table = std::make_shared<std::optional<ReviewTable>>();
    // Its own connection: the aggregates take a second or more on a large database.
    m_read->start(
        path, [programme, year, table](Database &own) { *table = Dashboard::build(own, programme, year); },
        [this, table](const QString &error) {
            m_building = false;
            m_busy->hide();
            m_hasTable = table->has_value();
            if (*table) {
                m_model->setTable(**table);
                m_chart->setTable(**table);
                m_status->clear();
            } else {
                m_status->setText(tr("Le tableau de bord n'a pas pu être calculé."));
                m_dialogs.warning(this, tr("Tableau de bord"),
                                  tr("Le tableau de bord n'a pas pu être calculé.\n\n%1").arg(error));
            }
            updateActions();
            Q_EMIT built(m_hasTable);
        });
}

void DashboardPage::exportAs(const QString &format)
{
    if (!m_hasTable)
        return;
    // The writers take a review: the dashboard is a review of one section and one table.
    AnnualReview review;
    review.title = tr("Tableau de bord %1 — %2").arg(m_year->value()).arg(m_programme->currentText());
    review.programmeName = m_programme->currentText();
    review.period = ReportingPeriod::calendarYear(m_year->value());
    review.previousPeriod = ReportingPeriod::calendarYear(m_year->value() - 1);
    review.generatedAt = m_clock.now();
    review.sections.append({QStringLiteral("dashboard"), tr("Activité mois par mois"), {m_model->table()}, {}});
    const QString file = exportReview(review, format, tr("tableau-de-bord-%1").arg(m_year->value()), m_dialogs, this);
    if (!file.isEmpty())
        m_status->setText(tr("Enregistré dans %1").arg(QDir::toNativeSeparators(file)));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first visit shows this year's activity at once: an empty page saying "no activity"
    // before anything was computed misled people into thinking nothing was recorded.
    if (!m_shownOnce) {
        m_shownOnce = true;
        if (!m_hasTable)
            build();
    }
}

void DashboardPage::updateActions()
{
    m_build->setEnabled(!m_building && m_programme->count() > 0);
    for (QPushButton *b : std::as_const(m_exports))
        b->setEnabled(!m_building && m_hasTable);
}

} // namespace passerelle
