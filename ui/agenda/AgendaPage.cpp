#include "agenda/AgendaPage.h"

#include "agenda/AgendaModel.h"
#include "common/DialogService.h"
#include "domain/Worker.h"
#include "interventions/QuickInterventionDialog.h"
#include "queries/CaseNumberLookup.h"
#include "repositories/InterventionRepository.h"
#include "repositories/ReferenceRepository.h"
#include "repositories/WorkerRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Errors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace passerelle {

namespace {
const QString workerKey = QStringLiteral("agenda/worker");

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}
} // namespace

AgendaPage::AgendaPage(Database &db, DialogService &dialogs, QSettings &settings,
                       const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_settings(settings), m_clock(clock),
      m_lookup(std::make_unique<CaseNumberLookup>(db)), m_weekStart(mondayOf(clock.today()))
{
    buildUi();
    fillWorkers();
    reload();
}

AgendaPage::~AgendaPage() = default;

void AgendaPage::buildUi()
{
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("worker"));
    m_worker->setAccessibleName(tr("Intervenant"));
    auto *workerLabel = new QLabel(tr("&Intervenant :"), this);
    workerLabel->setBuddy(m_worker);
    connect(m_worker, &QComboBox::activated, this, [this] {
        m_settings.setValue(workerKey, m_worker->currentData());
        reload();
    });

    auto *previous = new QToolButton(this);
    previous->setText(tr("◀ Semaine précédente"));
    previous->setToolTip(tr("Semaine précédente (Alt+Gauche)"));
    connect(previous, &QToolButton::clicked, this, [this] { showWeekOf(m_weekStart.addDays(-7)); });
    auto *thisWeek = new QToolButton(this);
    thisWeek->setText(tr("Cette semaine"));
    thisWeek->setToolTip(tr("Revenir à cette semaine (Ctrl+T)"));
    connect(thisWeek, &QToolButton::clicked, this, [this] { showWeekOf(m_clock.today()); });
    auto *next = new QToolButton(this);
    next->setText(tr("Semaine suivante ▶"));
    next->setToolTip(tr("Semaine suivante (Alt+Droite)"));
    connect(next, &QToolButton::clicked, this, [this] { showWeekOf(m_weekStart.addDays(7)); });
    m_weekLabel = new QLabel(this);
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));

    auto *top = new QHBoxLayout;
    top->addWidget(workerLabel);
    top->addWidget(m_worker, 1);
    top->addSpacing(16);
    top->addWidget(previous);
    top->addWidget(thisWeek);
    top->addWidget(next);
    top->addSpacing(12);
    top->addWidget(m_weekLabel, 1);

    m_model = new AgendaModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("agendaView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Interventions de la semaine"));

    auto *done = new QPushButton(tr("Réalisée"), this);
    done->setToolTip(tr("Marquer les interventions choisies comme réalisées (Ctrl+D)"));
    connect(done, &QPushButton::clicked, this, [this] { markSelected(InterventionStatus::Done); });
    auto *cancelled = new QPushButton(tr("Annulée"), this);
    cancelled->setToolTip(tr("Marquer comme annulées (Ctrl+K)"));
    connect(cancelled, &QPushButton::clicked, this,
            [this] { markSelected(InterventionStatus::Cancelled); });
    auto *missed = new QPushButton(tr("Manquée"), this);
    missed->setToolTip(tr("Marquer comme manquées : la personne était absente (Ctrl+M)"));
    connect(missed, &QPushButton::clicked, this,
            [this] { markSelected(InterventionStatus::Missed); });
    auto *create = new QPushButton(tr("&Nouvelle intervention…"), this);
    connect(create, &QPushButton::clicked, this, &AgendaPage::newIntervention);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Marquer :"), this));
    bottom->addWidget(done);
    bottom->addWidget(cancelled);
    bottom->addWidget(missed);
    bottom->addStretch(1);
    bottom->addWidget(m_summary);
    bottom->addSpacing(12);
    bottom->addWidget(create);

    // Page-wide keys, active wherever the focus is inside the page.
    const auto bind = [this](const QKeySequence &keys, QAbstractButton *button) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QAbstractButton::click);
    };
    bind(QKeySequence(Qt::ALT | Qt::Key_Left), previous);
    bind(QKeySequence(Qt::ALT | Qt::Key_Right), next);
    bind(QKeySequence(Qt::CTRL | Qt::Key_T), thisWeek);
    bind(QKeySequence(Qt::CTRL | Qt::Key_D), done);
    bind(QKeySequence(Qt::CTRL | Qt::Key_K), cancelled);
    bind(QKeySequence(Qt::CTRL | Qt::Key_M), missed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

void AgendaPage::fillWorkers()
{
    WorkerRepository workers(m_db, m_clock);
    WorkerFilter filter;
    filter.activeOnly = true;
    for (const Worker &w : workers.list(filter))
        m_worker->addItem(QStringLiteral("%1 (%2) — %3").arg(w.displayName, w.code, label(w.role)),
                          w.id.bytes());
    const int remembered = m_worker->findData(m_settings.value(workerKey));
    if (remembered >= 0)
        m_worker->setCurrentIndex(remembered);
}

void AgendaPage::setWorker(const Uuid &workerId)
{
    const int index = m_worker->findData(workerId.bytes());
    if (index >= 0)
        m_worker->setCurrentIndex(index);
    reload();
}

void AgendaPage::showWeekOf(const QDate &day)
{
    m_weekStart = mondayOf(day);
    reload();
}

Uuid AgendaPage::currentWorker() const
{
    return Uuid::fromBytes(m_worker->currentData().toByteArray());
}

void AgendaPage::reload()
{
    const QDate end = m_weekStart.addDays(6);
    const QLocale locale;
    m_weekLabel->setText(tr("Semaine du %1 au %2")
                             .arg(locale.toString(m_weekStart, QLocale::ShortFormat),
                                  locale.toString(end, QLocale::ShortFormat)));
    QList<AgendaModel::Row> rows;
    const Uuid worker = currentWorker();
    if (!worker.isNull()) {
        try {
            InterventionRepository interventions(m_db, m_clock);
            ReferenceRepository reference(m_db, m_clock);
            for (const Intervention &i : interventions.listForWorker(worker, m_weekStart, end)) {
                QStringList numbers;
                for (const Uuid &c : i.caseIds)
                    numbers.append(m_lookup->numberOf(c));
                rows.append(
                    {i, reference.label(QStringLiteral("channel"), i.channel),
                     reference.label(QStringLiteral("intervention_type"), i.interventionType),
                     numbers.join(QStringLiteral(", "))});
            }
        } catch (const Error &e) {
            m_dialogs.warning(this, tr("Agenda"), e.message());
        }
    }
    m_model->setRows(rows, m_clock.today());
    int overdue = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        overdue += m_model->isOverdue(r) ? 1 : 0;
    m_summary->setText(overdue > 0 ? tr("%n intervention(s) en retard", nullptr, overdue)
                                   : tr("%n intervention(s)", nullptr, m_model->rowCount()));
    m_view->resizeColumnsToContents();
}

QList<Uuid> AgendaPage::selectedIds() const
{
    QList<Uuid> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(Uuid::fromBytes(index.data(AgendaModel::IdRole).toByteArray()));
    return ids;
}

void AgendaPage::markSelected(InterventionStatus status)
{
    const QList<Uuid> ids = selectedIds();
    if (ids.isEmpty()) {
        m_dialogs.information(this, tr("Agenda"),
                              tr("Choisissez d'abord une ou plusieurs interventions."));
        return;
    }
    try {
        // All or none: a refused one (a done visit without duration) leaves the others as they
        // were.
        Transaction tx(m_db.handle());
        InterventionRepository interventions(m_db, m_clock);
        for (const Uuid &id : ids)
            interventions.setStatus(id, status);
        tx.commit();
    } catch (const ValidationError &e) {
        m_dialogs.warning(this, tr("Agenda"), tr("Rien n'a été modifié.\n\n%1").arg(e.message()));
        return;
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Agenda"), e.message());
        return;
    }
    reload();
    Q_EMIT interventionsChanged();
}

void AgendaPage::newIntervention()
{
    QuickInterventionDialog dialog(m_db, m_dialogs, m_settings, m_clock, this);
    const QModelIndex current = m_view->currentIndex();
    const AgendaModel::Row *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    dialog.presetDate(
        row ? row->intervention.date
            : (m_clock.today() >= m_weekStart && m_clock.today() <= m_weekStart.addDays(6)
                   ? m_clock.today()
                   : m_weekStart));
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT interventionsChanged();
    }
}

} // namespace passerelle
