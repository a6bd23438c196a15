#include "agenda/AgendaPage.h"

#include "agenda/AgendaMarker.h"
#include "agenda/AgendaModel.h"
#include "agenda/DurationDialog.h"
#include "common/DialogService.h"
#include "domain/Worker.h"
#include "interventions/QuickInterventionDialog.h"
#include "queries/AgendaQuery.h"
#include "repositories/WorkerRepository.h"
#include "util/Clock.h"
#include "util/Errors.h"

#include <QComboBox>
#include <QFrame>
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
      m_query(std::make_unique<AgendaQuery>(db)),
      m_marker(std::make_unique<AgendaMarker>(db, clock)), m_durationPrompt(&DurationDialog::ask),
      m_weekStart(mondayOf(clock.today()))
{
    buildUi();
    fillWorkers();
    readWeek();
}

AgendaPage::~AgendaPage() = default;

void AgendaPage::buildUi()
{
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("worker"));
    m_worker->setAccessibleName(tr("Intervenant"));
    m_worker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_worker->setMinimumContentsLength(28);
    auto *workerLabel = new QLabel(tr("Interv&enant :"), this);
    workerLabel->setBuddy(m_worker);
    connect(m_worker, &QComboBox::activated, this, [this] {
        m_settings.setValue(workerKey, m_worker->currentData());
        readWeek();
    });

    const auto navigation = [this](const QString &text, const QString &tip, const char *name) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setObjectName(QLatin1String(name));
        return button;
    };
    QToolButton *previous = navigation(tr("◀"), tr("Semaine précédente (Alt+Gauche)"), "previousWeek");
    QToolButton *thisWeek = navigation(tr("Cette semaine"), tr("Revenir à cette semaine (Ctrl+T)"), "thisWeek");
    QToolButton *next = navigation(tr("▶"), tr("Semaine suivante (Alt+Droite)"), "nextWeek");
    connect(previous, &QToolButton::clicked, this, [this] { showWeekOf(m_weekStart.addDays(-7)); });
    connect(thisWeek, &QToolButton::clicked, this, [this] { showWeekOf(m_clock.today()); });
    connect(next, &QToolButton::clicked, this, [this] { showWeekOf(m_weekStart.addDays(7)); });
    m_weekLabel = new QLabel(this);
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    QFont bold = m_weekLabel->font();
    bold.setBold(true);
    m_weekLabel->setFont(bold);
    // On a narrow screen the week's dates wrap rather than widen the whole window.
    m_weekLabel->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(workerLabel);
    top->addWidget(m_worker);
    top->addSpacing(16);
    top->addWidget(previous);
    top->addWidget(thisWeek);
    top->addWidget(next);
    top->addSpacing(12);
    top->addWidget(m_weekLabel, 1);

    // Overdue visits of any week: they must not hide in a week nobody looks at.
    m_overdueBanner = new QFrame(this);
    m_overdueBanner->setObjectName(QStringLiteral("overdueBanner"));
    m_overdueBanner->setStyleSheet(QStringLiteral(
        "#overdueBanner { background: #fbeeec; border: 1px solid #e3b5ae; border-radius: 3px; }"
        "#overdueBanner QLabel { color: #b03a2e; font-weight: bold; }"));
    m_overdueLabel = new QLabel(m_overdueBanner);
    m_overdueLabel->setObjectName(QStringLiteral("overdueLabel"));
    m_overdueButton = new QPushButton(tr("Voir la &plus ancienne"), m_overdueBanner);
    m_overdueButton->setObjectName(QStringLiteral("oldestOverdue"));
    connect(m_overdueButton, &QPushButton::clicked, this, &AgendaPage::showOldestOverdue);
    auto *banner = new QHBoxLayout(m_overdueBanner);
    banner->setContentsMargins(8, 4, 8, 4);
    banner->addWidget(m_overdueLabel, 1);
    banner->addWidget(m_overdueButton);
    m_overdueBanner->hide();

    m_model = new AgendaModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("agendaView"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Interventions de la semaine, jour par jour"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_view->fontMetrics();
    const QString samples[] = {QStringLiteral("00:00"), QStringLiteral("1 h 30"),
                               QStringLiteral("Non honorée — en retard"),
                               QStringLiteral("Visite à domicile"),
                               QStringLiteral("Accompagnement physique"),
                               QStringLiteral("PA-2026-0000 (P-0000000)"), QString()};
    static_assert(std::size(samples) == std::size_t(AgendaModel::Column::Count));
    for (int c = 0; c < int(AgendaModel::Column::Count) - 1; ++c)
        m_view->setColumnWidth(
            c, std::max(metrics.horizontalAdvance(samples[c]),
                        header->fontMetrics().horizontalAdvance(
                            m_model->headerData(c, Qt::Horizontal).toString())) +
                   3 * metrics.averageCharWidth());
    connect(m_view, &QTableView::activated, this, &AgendaPage::openLine);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgendaPage::updateActions);

    const auto action = [this](const QString &text, const QString &tip, const char *name) {
        auto *button = new QPushButton(text, this);
        button->setToolTip(tip);
        button->setObjectName(QLatin1String(name));
        return button;
    };
    QPushButton *done = action(tr("&Réalisée"), tr("Marquer les interventions choisies comme réalisées (Ctrl+D)"), "markDone");
    QPushButton *cancelled = action(tr("A&nnulée"), tr("Marquer comme annulées (Ctrl+K)"), "markCancelled");
    QPushButton *missed = action(tr("Non &honorée"), tr("Marquer comme non honorées : la personne n'était pas là (Ctrl+M)"), "markMissed");
    m_markButtons = {done, cancelled, missed};
    connect(done, &QPushButton::clicked, this, [this] { markSelected(InterventionStatus::Done); });
    connect(cancelled, &QPushButton::clicked, this, [this] { markSelected(InterventionStatus::Cancelled); });
    connect(missed, &QPushButton::clicked, this, [this] { markSelected(InterventionStatus::Missed); });
    m_undo = action(tr("&Défaire"), tr("Rendre aux interventions leur état d'avant le dernier marquage (Ctrl+Z)"), "undoMarking");
    connect(m_undo, &QPushButton::clicked, this, &AgendaPage::undoLastMarking);
    QPushButton *edit = action(tr("&Modifier…"), tr("Modifier l'intervention choisie (Entrée)"), "editIntervention");
    connect(edit, &QPushButton::clicked, this, [this] { openLine(m_view->currentIndex()); });
    QPushButton *create = action(tr("Nou&velle intervention…"), tr("Saisir une intervention le jour choisi (Inser)"), "newIntervention");
    connect(create, &QPushButton::clicked, this, &AgendaPage::newIntervention);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));

    auto *markLabel = new QLabel(tr("Marquer :"), this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(markLabel);
    bottom->addWidget(done);
    bottom->addWidget(cancelled);
    bottom->addWidget(missed);
    bottom->addWidget(m_undo);
    bottom->addSpacing(12);
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(edit);
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
    bind(QKeySequence(Qt::CTRL | Qt::Key_Z), m_undo);
    bind(QKeySequence(Qt::Key_Insert), create);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_overdueBanner);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    setFocusProxy(m_view);
}

void AgendaPage::fillWorkers()
{
    const QVariant chosen =
        m_worker->count() > 0 ? m_worker->currentData() : m_settings.value(workerKey);
    QList<Worker> workers;
    try {
        WorkerRepository repository(m_db, m_clock);
        WorkerFilter active;
        active.activeOnly = true;
        workers = repository.list(active);
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Agenda"), e.message());
    }
    m_worker->clear();
    for (const Worker &w : std::as_const(workers))
        m_worker->addItem(QStringLiteral("%1 (%2) — %3").arg(w.displayName, w.code, label(w.role)),
                          w.id.toString());
    m_worker->setCurrentIndex(std::max(0, m_worker->findData(chosen)));
}

void AgendaPage::setWorker(const Uuid &workerId)
{
    const int index = m_worker->findData(workerId.toString());
    if (index < 0)
        return;
    m_worker->setCurrentIndex(index);
    m_settings.setValue(workerKey, m_worker->currentData());
    readWeek();
}

Uuid AgendaPage::currentWorker() const
{
    return Uuid::fromString(m_worker->currentData().toString());
}

void AgendaPage::showWeekOf(const QDate &day)
{
    m_weekStart = mondayOf(day);
    readWeek();
}

void AgendaPage::reload()
{
    fillWorkers();
    readWeek();
}

void AgendaPage::readWeek()
{
    const QDate today = m_clock.today();
    const QDate sunday = m_weekStart.addDays(6);
    const QModelIndex current = m_view->currentIndex();
    const Uuid currentId = current.data(AgendaModel::IdRole).value<Uuid>();
    const QDate currentDay = current.data(AgendaModel::DateRole).toDate();
    const QList<Uuid> selected = selectedIds();

    QList<AgendaRow> rows;
    AgendaQuery::Overdue overdue;
    try {
        rows = m_query->rows(currentWorker(), m_weekStart, sunday);
        overdue = m_query->overdue(currentWorker(), today);
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Agenda"), e.message());
    }
    m_model->setWeek(m_weekStart, rows, today);
    applySpans();
    restoreSelection(selected, currentId, currentDay);

    const QLocale locale;
    m_weekLabel->setText(tr("Semaine %1 · du %2 au %3")
                             .arg(m_weekStart.weekNumber())
                             .arg(locale.toString(m_weekStart, QStringLiteral("d MMMM")),
                                  locale.toString(sunday, QStringLiteral("d MMMM yyyy"))));
    m_oldestOverdue = overdue.oldest;
    // Counts stand apart from the words ("En retard : 3"): no plural to agree with.
    m_overdueLabel->setText(tr("En retard, toutes semaines confondues : %1 — la plus ancienne "
                               "le %2. À marquer réalisée, annulée ou non honorée.")
                                .arg(overdue.count)
                                .arg(locale.toString(overdue.oldest, QLocale::ShortFormat)));
    m_overdueBanner->setVisible(overdue.count > 0);
    const int inWeek = m_model->overdueCount();
    m_summary->setText(inWeek > 0 ? tr("Cette semaine : %1 · en retard : %2")
                                          .arg(m_model->interventionCount())
                                          .arg(inWeek)
                                    : tr("Cette semaine : %1").arg(m_model->interventionCount()));
    updateActions();
}

void AgendaPage::applySpans()
{
    m_view->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->isDay(row))
            m_view->setSpan(row, 0, 1, m_model->columnCount());
}

void AgendaPage::restoreSelection(const QList<Uuid> &ids, const Uuid &current,
                                  const QDate &currentDay)
{
    QItemSelectionModel *selection = m_view->selectionModel();
    const int lastColumn = m_model->columnCount() - 1;
    QItemSelection keep;
    for (const Uuid &id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            keep.select(m_model->index(row, 0), m_model->index(row, lastColumn));
    }
    int currentRow = current.isNull() ? -1 : m_model->rowOf(current);
    if (currentRow < 0)
        currentRow = m_model->rowOfDay(currentDay);
    if (currentRow < 0) // a new week: start on today's line, else Monday's
        currentRow = std::max(0, m_model->rowOfDay(m_clock.today()));
    if (m_model->rowCount() == 0)
        return;
    selection->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    if (keep.isEmpty())
        keep.select(m_model->index(currentRow, 0), m_model->index(currentRow, lastColumn));
    selection->select(keep, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(m_model->index(currentRow, 0));
}

QList<Uuid> AgendaPage::selectedIds() const
{
    QList<Uuid> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const Uuid id = index.data(AgendaModel::IdRole).value<Uuid>();
        if (!id.isNull())
            ids.append(id);
    }
    return ids;
}

QDate AgendaPage::selectedDay() const
{
    const QDate day = m_view->currentIndex().data(AgendaModel::DateRole).toDate();
    if (day.isValid())
        return day;
    const QDate today = m_clock.today();
    return today >= m_weekStart && today <= m_weekStart.addDays(6) ? today : m_weekStart;
}

void AgendaPage::updateActions()
{
    const bool any = !selectedIds().isEmpty();
    for (QPushButton *button : std::as_const(m_markButtons))
        button->setEnabled(any);
    m_undo->setEnabled(m_marker->canUndo());
}

void AgendaPage::markSelected(InterventionStatus status)
{
    const QList<Uuid> ids = selectedIds();
    if (ids.isEmpty()) {
        m_dialogs.information(this, tr("Agenda"),
                              tr("Choisissez d'abord une ou plusieurs interventions "
                                 "(Maj+flèches ou Ctrl+clic pour en prendre plusieurs)."));
        return;
    }
    std::optional<int> duration;
    int changed = 0;
    try {
        if (status == InterventionStatus::Done) {
            const int missing = int(m_marker->withoutDuration(ids).size());
            if (missing > 0) {
                duration = m_durationPrompt(this, missing);
                if (!duration)
                    return;
            }
        }
        changed = m_marker->mark(ids, status, duration);
    } catch (const ValidationError &e) {
        m_dialogs.warning(this, tr("Agenda"),
                          tr("Rien n'a été modifié.\n\n%1 : %2").arg(e.record(), e.reason()));
        return;
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Agenda"), e.message());
        return;
    }
    readWeek();
    if (changed > 0) {
        m_summary->setText(tr("Marquées « %1 » : %2 — Ctrl+Z pour défaire.")
                               .arg(label(status))
                               .arg(changed));
        Q_EMIT interventionsChanged();
    }
}

void AgendaPage::undoLastMarking()
{
    if (!m_marker->canUndo())
        return;
    const int count = m_marker->undoCount();
    try {
        m_marker->undo();
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Agenda"), e.message());
        return;
    }
    readWeek();
    m_summary->setText(tr("Marquage défait, états d'avant rendus : %1.").arg(count));
    Q_EMIT interventionsChanged();
}

void AgendaPage::showOldestOverdue()
{
    if (!m_oldestOverdue.isValid())
        return;
    const QDate oldest = m_oldestOverdue;
    showWeekOf(oldest);
    // Put the cursor on the oldest one, ready to be marked.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AgendaRow *r = m_model->rowAt(row);
        if (r && r->date == oldest && r->isOverdue(m_clock.today())) {
            m_view->selectionModel()->setCurrentIndex(
                m_model->index(row, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            break;
        }
    }
    m_view->setFocus();
}

void AgendaPage::openLine(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Uuid id = index.data(AgendaModel::IdRole).value<Uuid>();
    if (id.isNull())
        newIntervention(); // a day's line: a new intervention on that day
    else
        openIntervention(id);
}

void AgendaPage::newIntervention()
{
    auto *dialog = new QuickInterventionDialog(m_db, m_dialogs, m_settings, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->presetSlot(selectedDay());
    dialog->presetWorker(currentWorker());
    connect(dialog, &QuickInterventionDialog::interventionSaved, this, &AgendaPage::afterSave);
    dialog->open();
}

void AgendaPage::openIntervention(const Uuid &id)
{
    auto *dialog = new QuickInterventionDialog(m_db, m_dialogs, m_settings, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->loadIntervention(id)) {
        delete dialog;
        return;
    }
    connect(dialog, &QuickInterventionDialog::interventionSaved, this, &AgendaPage::afterSave);
    dialog->open();
}

void AgendaPage::afterSave(const Uuid &id)
{
    // The saved intervention may be on another day or week, or another worker's: the page
    // stays on its week and worker, and puts the cursor on the line when it is there.
    readWeek();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    Q_EMIT interventionsChanged();
}

} // namespace passerelle
