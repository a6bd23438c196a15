#include "sync/ConflictsPage.h"

#include "common/DialogService.h"
#include "common/ViewSelection.h"
#include "sync/ConflictModel.h"
#include "sync/ConflictResolution.h"
#include "sync/SyncOverview.h"
#include "util/Clock.h"
#include "util/Errors.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace passerelle {

namespace {
QString writtenOn(const QString &device, const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return QCoreApplication::translate("ConflictsPage", "sur %1, le %2 à %3")
        .arg(device, QLocale().toString(local.date(), QLocale::LongFormat),
             QLocale().toString(local.time(), QLocale::ShortFormat));
}
} // namespace

ConflictsPage::ConflictsPage(Database &db, DialogService &dialogs, const Clock &clock,
                             QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_clock(clock),
      m_overview(std::make_unique<SyncOverview>(db))
{
    setObjectName(QStringLiteral("conflictsPage"));
    buildUi();
    reload();
}

ConflictsPage::~ConflictsPage() = default;

void ConflictsPage::buildUi()
{
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("conflictFilter"));
    m_filter->setAccessibleName(tr("Conflits affichés"));
    m_filter->addItem(tr("À traiter"), int(Filter::ToDecide));
    m_filter->addItem(tr("Tous"), int(Filter::All));
    auto *filterLabel = new QLabel(tr("&Afficher :"), this);
    filterLabel->setBuddy(m_filter);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("conflictCount"));
    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addSpacing(12);
    top->addWidget(m_count, 1);

    m_model = new ConflictModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ConflictModel::SortRole);
    m_sorted->setSortLocaleAware(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("conflictTable"));
    m_view->setAccessibleName(tr("Conflits de synchronisation"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(ConflictModel::Column::When), Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(int(ConflictModel::Column::Current), QHeaderView::Stretch);
    header->setSectionResizeMode(int(ConflictModel::Column::Other), QHeaderView::Stretch);
    header->resizeSection(int(ConflictModel::Column::Record), 230);
    header->resizeSection(int(ConflictModel::Column::Field), 110);
    header->resizeSection(int(ConflictModel::Column::Who), 170);
    header->resizeSection(int(ConflictModel::Column::When), 120);
    auto *listLabel = new QLabel(
        tr("Valeurs écartées lors d'une synchronisation, parce que deux appareils ont modifié le "
           "même champ sans se voir. Choisissez pour chacune la valeur à garder : la décision "
           "sera transmise aux autres appareils."),
        this);
    listLabel->setWordWrap(true);
    listLabel->setBuddy(m_view);

    m_detail = new QGroupBox(tr("Conflit choisi"), this);
    m_record = new QLabel(m_detail);
    m_record->setObjectName(QStringLiteral("conflictRecord"));
    m_who = new QLabel(m_detail);
    m_who->setObjectName(QStringLiteral("conflictWho"));
    m_who->setWordWrap(true);
    m_currentWho = new QLabel(m_detail);
    m_currentWho->setObjectName(QStringLiteral("conflictCurrentWho"));
    m_currentWho->setWordWrap(true);
    m_current = new QPlainTextEdit(m_detail);
    m_current->setObjectName(QStringLiteral("currentValue"));
    m_current->setReadOnly(true);
    m_current->setTabChangesFocus(true);
    m_current->setAccessibleName(tr("Valeur retenue"));
    m_current->setMaximumHeight(70);
    m_current->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_current->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_other = new QPlainTextEdit(m_detail);
    m_other->setObjectName(QStringLiteral("otherValue"));
    m_other->setReadOnly(true);
    m_other->setTabChangesFocus(true);
    m_other->setAccessibleName(tr("Autre valeur"));
    m_other->setMaximumHeight(70);
    m_other->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_other->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *currentLabel = new QLabel(tr("Valeur &retenue :"), m_detail);
    currentLabel->setBuddy(m_current);
    auto *otherLabel = new QLabel(tr("Autre &valeur :"), m_detail);
    otherLabel->setBuddy(m_other);
    m_keep = new QPushButton(tr("&Garder"), m_detail);
    m_keep->setObjectName(QStringLiteral("keepCurrent"));
    m_keep->setToolTip(tr("La valeur retenue reste ; l'autre est écartée sur tous les appareils."));
    m_useOther = new QPushButton(tr("&Utiliser l'autre valeur"), m_detail);
    m_useOther->setObjectName(QStringLiteral("useOther"));
    m_useOther->setToolTip(
        tr("L'autre valeur remplace la valeur retenue, sur tous les appareils."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_useOther);
    auto *form = new QFormLayout(m_detail);
    form->addRow(tr("Fiche :"), m_record);
    form->addRow(currentLabel, m_current);
    form->addRow(tr("Saisie :"), m_currentWho);
    form->addRow(otherLabel, m_other);
    form->addRow(tr("Saisie :"), m_who);
    form->addRow(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(listLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ConflictsPage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictsPage::showDetail);
    connect(m_keep, &QPushButton::clicked, this, &ConflictsPage::keepCurrent);
    connect(m_useOther, &QPushButton::clicked, this, &ConflictsPage::useOther);
    setTabOrder(m_filter, m_view);
    setTabOrder(m_view, m_current);
    setTabOrder(m_current, m_other);
    setTabOrder(m_other, m_keep);
    setTabOrder(m_keep, m_useOther);
}

void ConflictsPage::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

void ConflictsPage::reload()
{
    const QByteArray keep = currentId();
    const bool all = Filter(m_filter->currentData().toInt()) == Filter::All;
    m_model->setRows(m_overview->conflicts(all));
    const int rows = m_model->rowCount();
    if (rows == 0)
        m_count->setText(all ? tr("Aucun conflit consigné.") : tr("Aucun conflit à traiter."));
    else
        m_count->setText(all ? tr("%n conflit(s) consigné(s).", nullptr, rows)
                             : tr("%n conflit(s) à traiter.", nullptr, rows));
    selectSourceRowOrFirst(m_view, m_sorted, keep.isEmpty() ? -1 : m_model->rowOf(keep));
    showDetail();
}

QByteArray ConflictsPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    const SyncConflictRow *row =
        current.isValid() ? m_model->rowAt(m_sorted->mapToSource(current).row()) : nullptr;
    return row ? row->id : QByteArray();
}

void ConflictsPage::showDetail()
{
    const QByteArray id = currentId();
    const SyncConflictRow *row = id.isEmpty() ? nullptr : m_model->rowAt(m_model->rowOf(id));
    m_detail->setEnabled(row != nullptr);
    if (!row) {
        m_record->clear();
        m_who->clear();
        m_currentWho->clear();
        m_current->clear();
        m_other->clear();
        return;
    }
    m_record->setText(tr("%1 %2 — %3").arg(row->tableLabel, row->record, row->fieldLabel));
    m_who->setText(writtenOn(row->otherReplicaName, row->otherAt));
    m_currentWho->setText(
        row->currentAt.isValid() ? writtenOn(row->currentReplicaName, row->currentAt) : QString());
    m_current->setPlainText(row->currentValue);
    m_other->setPlainText(row->otherValue);
    m_useOther->setEnabled(!row->sameAsCurrent);
}

void ConflictsPage::keepCurrent()
{
    decide(false);
}

void ConflictsPage::useOther()
{
    decide(true);
}

bool ConflictsPage::decide(bool useOther)
{
    const QByteArray id = currentId();
    const SyncConflictRow *row = id.isEmpty() ? nullptr : m_model->rowAt(m_model->rowOf(id));
    if (!row)
        return false;
    if (useOther && m_dialogs.question(
                        this, tr("Utiliser l'autre valeur"),
                        tr("%1 %2 — %3 :\n\nremplacer « %4 »\npar « %5 » ?\n\nLa décision sera "
                           "transmise aux autres appareils.")
                            .arg(row->tableLabel, row->record, row->fieldLabel, row->currentValue,
                                 row->otherValue)) != DialogService::Answer::Yes)
        return false;
    try {
        ConflictResolution(m_db, m_clock)
            .resolve(id, useOther ? ConflictDecision::UseOther : ConflictDecision::KeepCurrent);
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Conflit"), e.message());
        reload();
        return false;
    }
    // The next conflict of the list becomes the chosen one.
    const int at = m_view->currentIndex().row();
    reload();
    if (m_sorted->rowCount() > 0)
        m_view->setCurrentIndex(m_sorted->index(std::min(at, m_sorted->rowCount() - 1), 0));
    Q_EMIT conflictsChanged();
    if (useOther)
        Q_EMIT dataChanged();
    return true;
}

} // namespace passerelle
