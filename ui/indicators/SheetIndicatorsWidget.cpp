#include "indicators/SheetIndicatorsWidget.h"

#include "common/BackgroundRead.h"
#include "common/DialogService.h"
#include "indicators/IndicatorDialog.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorValueDialog.h"
#include "indicators/SheetIndicatorsModel.h"
#include "repositories/IndicatorRepository.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace passerelle {

SheetIndicatorsWidget::SheetIndicatorsWidget(Database &db, DialogService &dialogs, const Clock &clock,
                                             const Uuid &sheetId, QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_clock(clock), m_sheet(sheetId),
      m_read(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("sheetIndicators"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("indicatorYear"));
    m_year->setAccessibleName(tr("Année des valeurs"));
    m_year->setRange(2000, 2100);
    m_year->setValue(clock.today().year());
    auto *yearLabel = new QLabel(tr("Valeurs de l'a&nnée :"), this);
    yearLabel->setBuddy(m_year);
    m_showArchived = new QCheckBox(tr("Afficher les a&rchivés"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("indicatorsStatus"));

    m_model = new SheetIndicatorsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("indicatorTable"));
    m_view->setAccessibleName(tr("Indicateurs de la fiche action"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    // Long labels ("Nombre de professionnels déclarant mieux comprendre…") wrap on two lines.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SheetIndicatorsModel::Kind, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SheetIndicatorsModel::Label, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SheetIndicatorsModel::Target, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(SheetIndicatorsModel::Source, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SheetIndicatorsModel::Value, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(SheetIndicatorsModel::Target, 110);
    m_view->horizontalHeader()->resizeSection(SheetIndicatorsModel::Value, 220);

    const auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_add = button(tr("&Ajouter…"), "addIndicator");
    m_edit = button(tr("&Modifier…"), "editIndicator");
    m_value = button(tr("&Saisir la valeur…"), "enterValue");
    m_clear = button(tr("E&ffacer la valeur"), "clearValue");
    m_archive = button(tr("Arc&hiver"), "archiveIndicator");
    m_restore = button(tr("Res&taurer"), "restoreIndicator");
    m_up = button(tr("Mon&ter"), "moveUp");
    m_down = button(tr("Desce&ndre"), "moveDown");
    m_add->setToolTip(tr("Ajouter un indicateur (Inser)"));
    m_up->setToolTip(tr("Placer l'indicateur avant le précédent du même type (Alt+Haut) : "
                        "c'est l'ordre de la fiche et du bilan"));
    m_down->setToolTip(tr("Placer l'indicateur après le suivant du même type (Alt+Bas)"));
    m_archive->setToolTip(tr("Archiver l'indicateur choisi (Suppr)"));

    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(16);
    top->addWidget(m_showArchived);
    top->addStretch(1);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_value, m_clear, m_up, m_down})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_archive);
    actions->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(actions);

    // Keyboard: Insert adds, Enter edits, Delete archives (after confirmation).
    auto *insert = new QAction(this);
    insert->setShortcut(QKeySequence(Qt::Key_Insert));
    insert->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QAction::triggered, this, &SheetIndicatorsWidget::addIndicator);
    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, &SheetIndicatorsWidget::archiveCurrent);
    auto *up = new QAction(this);
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    up->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(up, &QAction::triggered, this, [this] { moveCurrent(-1); });
    auto *down = new QAction(this);
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(down, &QAction::triggered, this, [this] { moveCurrent(1); });
    addAction(insert);
    addAction(remove);
    addAction(up);
    addAction(down);
    connect(m_view, &QTableView::activated, this, &SheetIndicatorsWidget::editCurrent);

    connect(m_add, &QPushButton::clicked, this, &SheetIndicatorsWidget::addIndicator);
    connect(m_edit, &QPushButton::clicked, this, &SheetIndicatorsWidget::editCurrent);
    connect(m_value, &QPushButton::clicked, this, &SheetIndicatorsWidget::enterValue);
    connect(m_clear, &QPushButton::clicked, this, &SheetIndicatorsWidget::clearValue);
    connect(m_archive, &QPushButton::clicked, this, &SheetIndicatorsWidget::archiveCurrent);
    connect(m_restore, &QPushButton::clicked, this, &SheetIndicatorsWidget::restoreCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_year, &QSpinBox::valueChanged, this, &SheetIndicatorsWidget::reload);
    connect(m_showArchived, &QCheckBox::toggled, this, &SheetIndicatorsWidget::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SheetIndicatorsWidget::updateActions);
    setFocusProxy(m_view);
    reload();
}

SheetIndicatorsWidget::~SheetIndicatorsWidget() = default; // m_read waits for a computation

ReportingPeriod SheetIndicatorsWidget::period() const
{
    return ReportingPeriod::calendarYear(m_year->value());
}

void SheetIndicatorsWidget::setYear(int year)
{
    m_year->setValue(year);
}

bool SheetIndicatorsWidget::isLoading() const
{
    return m_read->isRunning() || m_reloadPending;
}

int SheetIndicatorsWidget::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

Uuid SheetIndicatorsWidget::currentId() const
{
    const int row = currentRow();
    return row < 0 ? Uuid() : m_model->row(row).indicator.id;
}

bool SheetIndicatorsWidget::select(const Uuid &indicatorId)
{
    const int row = m_model->rowOf(indicatorId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, SheetIndicatorsModel::Label));
    m_view->selectRow(row);
    return true;
}

void SheetIndicatorsWidget::reload()
{
    const Uuid keep = currentId();
    QList<SheetIndicatorsModel::Row> rows;
    IndicatorEngine engine(m_db);
    for (const Indicator &i : IndicatorRepository(m_db, m_clock).list(m_sheet, m_showArchived->isChecked())) {
        SheetIndicatorsModel::Row row{i, false, std::nullopt, {}};
        try {
            row.computed = engine.definitionOf(i.id).has_value();
        } catch (const ValidationError &e) {
            row.computed = true;
            row.error = e.message();
        }
        rows.append(row);
    }
    m_model->setRows(rows);
    if (!keep.isNull())
        select(keep);
    updateActions();

    ++m_generation;
    if (m_read->isRunning()) {
        m_reloadPending = true; // the running computation is for an older list
        return;
    }
    QList<Indicator> indicators;
    for (const SheetIndicatorsModel::Row &r : std::as_const(rows))
        indicators.append(r.indicator);
    const ReportingPeriod period = this->period();
    const quint64 generation = m_generation;
    auto results = std::make_shared<QList<IndicatorResult>>();
    m_status->setText(tr("Calcul des valeurs…"));
    m_read->start(
        m_db.path(),
        [indicators, period, results](Database &own) {
            IndicatorEngine ownEngine(own);
            for (const Indicator &i : indicators) {
                try {
                    results->append(ownEngine.compute(i, period));
                } catch (const ValidationError &) {
                    // A definition that no longer parses: its row says so (reload() set it).
                    results->append(IndicatorResult{});
                }
            }
        },
        [this, generation, results, period](const QString &error) {
            if (m_reloadPending || generation != m_generation) {
                m_reloadPending = false;
                reload();
                return;
            }
            if (!error.isEmpty()) {
                m_model->setError(error);
                m_status->setText(tr("Les valeurs n'ont pas pu être calculées."));
                Q_EMIT loaded(false);
                return;
            }
            QList<IndicatorResult> kept = *results;
            // Rows whose stored definition is refused keep their error.
            for (qsizetype i = 0; i < kept.size() && i < m_model->rows().size(); ++i)
                if (!m_model->rows()[i].error.isEmpty())
                    kept[i].kind = IndicatorResult::Kind::Manual;
            m_model->setResults(kept);
            m_status->setText(tr("%n indicateur(s), valeurs %1", nullptr, int(kept.size())).arg(period.label()));
            Q_EMIT loaded(true);
        });
}

void SheetIndicatorsWidget::updateActions()
{
    const int row = currentRow();
    const bool has = row >= 0;
    const bool archived = has && m_model->row(row).indicator.archivedAt.isValid();
    const bool manual = has && !m_model->row(row).computed;
    m_edit->setEnabled(has && !archived);
    m_value->setEnabled(manual && !archived);
    m_clear->setEnabled(manual && !archived);
    m_archive->setEnabled(has && !archived);
    m_restore->setEnabled(archived);
    m_restore->setVisible(m_showArchived->isChecked());
    // Up / down only within the current indicators of the same kind.
    const auto sameKindAt = [this, row](int other) {
        return other >= 0 && other < m_model->rowCount() &&
               !m_model->row(other).indicator.archivedAt.isValid() &&
               m_model->row(other).indicator.kind == m_model->row(row).indicator.kind;
    };
    const auto neighbour = [&](int step) {
        for (int other = row + step; other >= 0 && other < m_model->rowCount(); other += step)
            if (!m_model->row(other).indicator.archivedAt.isValid())
                return sameKindAt(other);
        return false;
    };
    m_up->setEnabled(has && !archived && neighbour(-1));
    m_down->setEnabled(has && !archived && neighbour(1));
}

void SheetIndicatorsWidget::addIndicator()
{
    IndicatorDialog dialog(m_db, m_dialogs, m_clock, m_sheet, std::nullopt, period(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(dialog.savedId());
    Q_EMIT indicatorsChanged();
}

void SheetIndicatorsWidget::editCurrent()
{
    const int row = currentRow();
    if (row < 0 || m_model->row(row).indicator.archivedAt.isValid())
        return;
    const Indicator indicator = m_model->row(row).indicator;
    IndicatorDialog dialog(m_db, m_dialogs, m_clock, m_sheet, indicator, period(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(indicator.id);
    Q_EMIT indicatorsChanged();
}

void SheetIndicatorsWidget::enterValue()
{
    const int row = currentRow();
    if (row < 0 || m_model->row(row).computed)
        return;
    const Indicator indicator = m_model->row(row).indicator;
    IndicatorValueDialog dialog(m_db, m_dialogs, m_clock, indicator, period(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT indicatorsChanged();
}

void SheetIndicatorsWidget::clearValue()
{
    const int row = currentRow();
    if (row < 0 || m_model->row(row).computed)
        return;
    const Indicator indicator = m_model->row(row).indicator;
    const ReportingPeriod p = period();
    if (m_dialogs.question(this, tr("Effacer la valeur"),
                           tr("Effacer la valeur saisie pour « %1 » en %2 ?").arg(indicator.label, p.label())) !=
        DialogService::Answer::Yes)
        return;
    try {
        if (!IndicatorRepository(m_db, m_clock).clearValue(indicator.id, p.start, p.end))
            m_status->setText(tr("Aucune valeur n'était saisie pour %1.").arg(p.label()));
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Effacer la valeur"), e.message());
        return;
    }
    reload();
    Q_EMIT indicatorsChanged();
}

void SheetIndicatorsWidget::archiveCurrent()
{
    const int row = currentRow();
    if (row < 0 || m_model->row(row).indicator.archivedAt.isValid())
        return;
    const Indicator indicator = m_model->row(row).indicator;
    if (m_dialogs.question(this, tr("Archiver l'indicateur"),
                           tr("Archiver « %1 » ? Il ne figurera plus dans les bilans ; vous pourrez le restaurer "
                              "depuis « Afficher les archivés ».")
                               .arg(indicator.label)) != DialogService::Answer::Yes)
        return;
    try {
        IndicatorRepository(m_db, m_clock).archive(indicator.id);
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Archiver l'indicateur"), e.message());
        return;
    }
    reload();
    m_status->setText(tr("« %1 » archivé.").arg(indicator.label));
    Q_EMIT indicatorsChanged();
}

void SheetIndicatorsWidget::moveCurrent(int delta)
{
    const int row = currentRow();
    if (row < 0 || m_model->row(row).indicator.archivedAt.isValid())
        return;
    const Uuid id = m_model->row(row).indicator.id;
    try {
        if (!IndicatorRepository(m_db, m_clock).move(id, delta))
            return; // already first / last of its kind
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Ordre des indicateurs"), e.message());
        return;
    }
    reload();
    select(id);
    Q_EMIT indicatorsChanged();
}

void SheetIndicatorsWidget::restoreCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_model->row(row).indicator.archivedAt.isValid())
        return;
    const Uuid id = m_model->row(row).indicator.id;
    try {
        IndicatorRepository(m_db, m_clock).restore(id);
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Restaurer l'indicateur"), e.message());
        return;
    }
    reload();
    select(id);
    Q_EMIT indicatorsChanged();
}

} // namespace passerelle
