#include "directory/DirectoryList.h"

#include "directory/DirectoryFilterModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

DirectoryList::DirectoryList(QAbstractItemModel *model, const QString &accessibleName,
                             std::function<QString(int, int)> countText, QWidget *parent)
    : QWidget(parent), m_model(model), m_countText(std::move(countText))
{
    m_filter = new DirectoryFilterModel(this);
    m_filter->setSourceModel(model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Tapez pour filtrer (nom, commune, type…)"));
    m_search->setAccessibleName(tr("Rechercher dans la liste"));
    auto *searchLabel = new QLabel(tr("&Rechercher :"), this);
    searchLabel->setBuddy(m_search);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_showArchived = new QCheckBox(tr("Afficher les archi&vés"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &DirectoryFilterModel::setSearchText);
    connect(m_showArchived, &QCheckBox::toggled, this, &DirectoryList::showArchivedChanged);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("list"));
    m_view->setAccessibleName(accessibleName);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->installEventFilter(this);
    m_search->installEventFilter(this);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(index.data(DirectoryRole::Id).value<Uuid>());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentChanged(currentId()); });

    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &DirectoryList::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DirectoryList::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &DirectoryList::updateCount);

    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    top->addSpacing(12);
    top->addWidget(m_count);
    top->addSpacing(12);
    top->addWidget(m_showArchived);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_search);
    updateCount();
}

QString DirectoryList::countText() const
{
    return m_count->text();
}

void DirectoryList::updateCount()
{
    m_count->setText(m_countText(m_filter->rowCount(), m_model->rowCount()));
}

Uuid DirectoryList::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(DirectoryRole::Id).value<Uuid>()
                             : Uuid();
}

bool DirectoryList::currentIsArchived() const
{
    return m_view->currentIndex().siblingAtColumn(0).data(DirectoryRole::Archived).toBool();
}

void DirectoryList::selectId(const Uuid &id)
{
    int row = m_filter->rowCount() > 0 ? 0 : -1;
    for (int r = 0; r < m_filter->rowCount() && !id.isNull(); ++r)
        if (m_filter->index(r, 0).data(DirectoryRole::Id).value<Uuid>() == id)
            row = r;
    if (row < 0) {
        Q_EMIT currentChanged({});
        return;
    }
    const QModelIndex index = m_filter->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    // The same row again after a reload still has fresh data to show.
    Q_EMIT currentChanged(currentId());
}

void DirectoryList::setColumnSamples(const QStringList &samples)
{
    const QFontMetrics metrics = m_view->fontMetrics();
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < samples.size() && c < m_filter->columnCount() - 1; ++c) {
        const int title = header->fontMetrics().horizontalAdvance(
            m_filter->headerData(c, Qt::Horizontal).toString());
        // Room for the sort arrow beside the title.
        m_view->setColumnWidth(c, std::max(metrics.horizontalAdvance(samples[c]), title + 16) +
                                      3 * metrics.averageCharWidth());
    }
}

bool DirectoryList::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
                                    key->key() == Qt::Key_Enter)) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
                selectId({});
            return true;
        }
        if (watched == m_view && key->key() == Qt::Key_Up && m_view->currentIndex().row() <= 0) {
            m_search->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace passerelle
