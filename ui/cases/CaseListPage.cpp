#include "cases/CaseListPage.h"

#include "cases/CaseCountText.h"
#include "cases/CaseListFilterBar.h"
#include "models/CaseStatusText.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace passerelle {

CaseListPage::CaseListPage(const Database &db, QWidget *parent)
    : QWidget(parent), m_choices(db), m_loader(db.path()), m_model(m_loader)
{
    m_filterBar = new CaseListFilterBar(this);
    buildTable();

    // A list that takes long to come says so; a quick one does not blink.
    m_slowLoad = new QTimer(this);
    m_slowLoad->setSingleShot(true);
    m_slowLoad->setInterval(250);
    connect(m_slowLoad, &QTimer::timeout, this, [this] {
        m_filterBar->countLabel()->setText(tr("Lecture de la liste…"));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_filterBar->searchField());

    connect(m_filterBar, &CaseListFilterBar::filterChanged, &m_model, &CaseListModel::setFilter);
    connect(&m_model, &CaseListModel::countsChanged, this, &CaseListPage::showCounts);
    connect(&m_model, &CaseListModel::loadingChanged, this, &CaseListPage::showLoading);
    connect(&m_model, &CaseListModel::loadFailed, this, &CaseListPage::loadFailed);
    connect(&m_model, &CaseListModel::listingLoaded, this, [this] {
        m_firstListingLoaded = true;
        m_table->viewport()->update();
    });
    connect(m_table, &QTableView::activated, this, &CaseListPage::openCurrent);
    m_filterBar->searchField()->installEventFilter(this);
}

CaseListPage::~CaseListPage() = default;

void CaseListPage::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setAccessibleName(tr("Liste des situations"));
    m_table->setModel(&m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, however many are loaded.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    setDefaultColumnWidths();
    // The query sorts (CaseListModel::sort): the indicator starts on the model's order, so
    // that enabling sorting does not start a second listing.
    const CaseListOrder order = m_model.order();
    header->setSortIndicator(int(CaseListModel::columnOf(order.key)),
                             order.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->viewport()->installEventFilter(this);
}

void CaseListPage::setDefaultColumnWidths()
{
    // Wide enough for typical content and for the header, all eight within 1 024 pixels
    // beside the navigation; longer names are cut, whole in their tooltip. The last
    // column takes the rest.
    const QFontMetrics content = m_table->fontMetrics();
    const QFontMetrics head = m_table->horizontalHeader()->fontMetrics();
    const QString samples[] = {
        QStringLiteral("EMP-2025-0017"),                          // Number
        QStringLiteral("Pair-aidance Langres"),                   // Programme
        CaseStatusText::label(QStringLiteral("accompanied")),     // Status
        QStringLiteral("P-WWWWWW"),                               // Person: P- and 6 letters
        QStringLiteral("Villeneuve-d'Ascq"),                      // Commune
        QStringLiteral("CMP adultes Chaumont"),                   // ReferralPartner
        QLocale().toString(QDate(2025, 12, 31), QLocale::ShortFormat), // IdentifiedOn
        QLocale().toString(QDate(2025, 12, 31), QLocale::ShortFormat), // LastStatusChange
    };
    static_assert(std::size(samples) == std::size_t(CaseListModel::Column::Count));
    // Room for the sort arrow too: every column sorts.
    const int padding = content.averageCharWidth()
        + m_table->style()->pixelMetric(QStyle::PM_HeaderMargin) * 2
        + m_table->style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    // The last column stretches over what is left: it is not sized here.
    for (int c = 0; c + 1 < int(CaseListModel::Column::Count); ++c) {
        const QString title = m_model.headerData(c, Qt::Horizontal).toString();
        m_table->setColumnWidth(c, std::max(content.horizontalAdvance(samples[c]),
                                            head.horizontalAdvance(title)) + padding);
    }
}

QByteArray CaseListPage::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void CaseListPage::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state) || header->count() != m_model.columnCount()) {
        setDefaultColumnWidths();
        return;
    }
    // restoreState() moves the indicator without telling the view: the model follows here.
    m_model.sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void CaseListPage::reload()
{
    fillChoices();
    // A choice that no longer exists falls back to "all": the filter may have changed.
    const CaseListFilter filter = m_filterBar->filter();
    if (filter == m_model.filter())
        m_model.reload();
    else
        m_model.setFilter(filter);
}

void CaseListPage::fillChoices()
{
    try {
        m_filterBar->setChoices(m_choices.programmes(), m_choices.workers(), m_choices.landlords());
    } catch (const StorageError &e) {
        Q_EMIT loadFailed(e.message());
    }
}

void CaseListPage::focusSearch()
{
    m_filterBar->focusSearch();
}

void CaseListPage::showCounts(qint64 matching, qint64 total)
{
    m_slowLoad->stop();
    m_filterBar->countLabel()->setText(m_model.filter().isEmpty()
                                           ? CaseCountText::cases(matching)
                                           : CaseCountText::casesOutOf(matching, total));
    Q_EMIT countsChanged(matching, total);
}

void CaseListPage::showLoading(bool loading)
{
    if (loading)
        m_slowLoad->start();
}

void CaseListPage::openCurrent(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT openCaseRequested(m_model.rowAt(index.row()).id);
}

bool CaseListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Paint && m_firstListingLoaded
        && !m_firstPageShown) {
        m_firstPageShown = true;
        // Queued: the paint this event starts is finished when the signal goes out.
        QTimer::singleShot(0, this, &CaseListPage::firstPageShown);
    }
    // Down from the search field goes to the list, as in a search box with suggestions.
    if (watched == m_filterBar->searchField() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_model.rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model.index(0, 0));
            m_table->selectRow(m_table->currentIndex().row());
            return true;
        }
        // Enter in the search field opens the case when the search found exactly one.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_model.rowCount() == 1
            && !m_model.isLoading()) {
            openCurrent(m_model.index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace passerelle
