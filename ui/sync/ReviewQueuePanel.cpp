#include "sync/ReviewQueuePanel.h"

#include "common/DialogService.h"
#include "common/ViewSelection.h"
#include "sync/ReviewQueue.h"
#include "sync/ReviewQueueModel.h"
#include "util/Errors.h"
#include "util/Logging.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace passerelle {

ReviewQueuePanel::ReviewQueuePanel(Database &db, DialogService &dialogs, const Clock &clock,
                                   QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_clock(clock)
{
    setObjectName(QStringLiteral("reviewQueuePanel"));
    m_model = new ReviewQueueModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ReviewQueueModel::SortRole);
    m_sorted->setSortLocaleAware(true);

    auto *intro = new QLabel(tr("Enregistrements qu'une fusion n'a pas pu placer (parent supprimé "
                                "ailleurs, règle non respectée). Corrigez-les au besoin, puis "
                                "marquez-les comme traités."),
                             this);
    intro->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reviewTable"));
    m_view->setAccessibleName(tr("Éléments mis de côté pour revue"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(ReviewQueueModel::Column::DetectedAt), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *label = new QLabel(tr("É&léments mis de côté :"), this);
    label->setBuddy(m_view);
    m_empty = new QLabel(tr("Rien à revoir : toutes les fusions ont pu tout placer."), this);
    m_empty->setObjectName(QStringLiteral("reviewEmpty"));

    m_showTreated = new QCheckBox(tr("Afficher aussi les éléments &traités"), this);
    m_showTreated->setObjectName(QStringLiteral("showTreated"));
    m_openCase = new QPushButton(tr("&Ouvrir la situation"), this);
    m_openCase->setObjectName(QStringLiteral("openReviewCase"));
    m_openCase->setToolTip(tr("Affiche la situation concernée, quand elle est sur cet appareil."));
    m_mark = new QPushButton(tr("&Marquer comme traité"), this);
    m_mark->setObjectName(QStringLiteral("markTreated"));
    m_mark->setToolTip(tr("Retire l'élément de la liste à revoir (il reste visible parmi les "
                          "éléments traités)."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showTreated);
    buttons->addStretch(1);
    buttons->addWidget(m_openCase);
    buttons->addWidget(m_mark);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_showTreated, &QCheckBox::toggled, this, &ReviewQueuePanel::reload);
    connect(m_mark, &QPushButton::clicked, this, &ReviewQueuePanel::markCurrentTreated);
    connect(m_openCase, &QPushButton::clicked, this, &ReviewQueuePanel::openCurrentCase);
    connect(m_view, &QTableView::activated, this, &ReviewQueuePanel::openCurrentCase);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewQueuePanel::updateActions);
    setTabOrder(m_view, m_showTreated);
    setTabOrder(m_showTreated, m_openCase);
    setTabOrder(m_openCase, m_mark);
    reload();
}

ReviewQueuePanel::~ReviewQueuePanel() = default;

void ReviewQueuePanel::reload()
{
    const ReviewItem *before = current();
    const qint64 keep = before ? before->id : 0;
    QList<ReviewItem> items = ReviewQueue(m_db, m_clock).items(m_showTreated->isChecked());
    m_pending = int(std::count_if(items.cbegin(), items.cend(),
                                  [](const ReviewItem &i) { return !i.isTreated(); }));
    m_model->setRows(std::move(items));
    // Fit the columns, but keep a long problem from pushing the others out of sight.
    m_view->resizeColumnsToContents();
    const int problem = int(ReviewQueueModel::Column::Problem);
    m_view->setColumnWidth(problem, qMin(m_view->columnWidth(problem), 280));
    selectSourceRowOrFirst(m_view, m_sorted, keep ? m_model->rowOf(keep) : -1);
    m_empty->setVisible(m_model->rowCount() == 0);
    updateActions();
}

const ReviewItem *ReviewQueuePanel::current() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->rowAt(m_sorted->mapToSource(index).row()) : nullptr;
}

void ReviewQueuePanel::updateActions()
{
    const ReviewItem *item = current();
    m_mark->setEnabled(item && !item->isTreated());
    m_openCase->setEnabled(item && item->caseHere);
}

void ReviewQueuePanel::markCurrentTreated()
{
    const ReviewItem *item = current();
    if (!item || item->isTreated())
        return;
    const qint64 id = item->id;
    try {
        ReviewQueue(m_db, m_clock).markTreated(id);
        qCInfo(lcExchange) << "review item" << id << "marked treated";
    } catch (const ValidationError &e) {
        m_dialogs.warning(this, tr("Marquer comme traité"), e.reason());
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Marquer comme traité"), e.message());
    }
    reload();
    Q_EMIT changed();
}

void ReviewQueuePanel::openCurrentCase()
{
    const ReviewItem *item = current();
    if (item && item->caseHere)
        Q_EMIT caseRequested(item->caseId);
}

} // namespace passerelle
