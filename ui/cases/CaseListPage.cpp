#include "cases/CaseListPage.h"

#include "models/CaseStatusText.h"
#include "util/Errors.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace passerelle {

CaseListPage::CaseListPage(const Database &db, QWidget *parent)
    : QWidget(parent), m_query(db), m_model(m_query)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buildFilterBar());

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(&m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    // Sorting would have to be done by the query (the model holds the pages read so far,
    // not the list): until it is, the list keeps its one order, most recent first.
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, however many are loaded.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    setDefaultColumnWidths();
    m_table->viewport()->installEventFilter(this);
    layout->addWidget(m_table, 1);

    connect(&m_model, &CaseListModel::totalCountChanged, this, &CaseListPage::totalCountChanged);
    connect(&m_model, &CaseListModel::loadFailed, this, &CaseListPage::loadFailed);
    connect(m_programme, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilter);
}

CaseListPage::~CaseListPage() = default;

QLayout *CaseListPage::buildFilterBar()
{
    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("programmeFilter"));
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_programme->setMinimumContentsLength(24);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->addItem(tr("Tous les statuts"));
    for (const QString &code : CaseStatusText::codes())
        m_status->addItem(CaseStatusText::label(code), code);

    auto *programmeLabel = new QLabel(tr("&Dispositif :"), this);
    programmeLabel->setBuddy(m_programme);
    auto *statusLabel = new QLabel(tr("&Statut :"), this);
    statusLabel->setBuddy(m_status);

    auto *bar = new QHBoxLayout;
    bar->addWidget(programmeLabel);
    bar->addWidget(m_programme);
    bar->addSpacing(16);
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    bar->addStretch(1);
    return bar;
}

void CaseListPage::setDefaultColumnWidths()
{
    // Wide enough for typical content and for the header; the last column takes the rest.
    const QFontMetrics content = m_table->fontMetrics();
    const QFontMetrics head = m_table->horizontalHeader()->fontMetrics();
    const QString samples[] = {
        QStringLiteral("EMP-2025-00017"),                         // Number
        QStringLiteral("Pair-aidance Pays de Langres"),           // Programme
        CaseStatusText::label(QStringLiteral("accompanied")),     // Status
        QStringLiteral("P-WWWWWW"),                               // Person: P- and 6 letters
        QStringLiteral("Villeneuve-d'Ascq"),                      // Commune
        QStringLiteral("Service social départemental"),           // ReferralPartner
        QLocale().toString(QDate(2025, 12, 31), QLocale::ShortFormat), // IdentifiedOn
        QLocale().toString(QDate(2025, 12, 31), QLocale::ShortFormat), // LastStatusChange
    };
    static_assert(std::size(samples) == std::size_t(CaseListModel::Column::Count));
    const int padding = 3 * content.averageCharWidth() + m_table->style()->pixelMetric(QStyle::PM_HeaderMargin) * 2;
    for (int c = 0; c < int(CaseListModel::Column::Count); ++c) {
        const QString title = m_model.headerData(c, Qt::Horizontal).toString();
        m_table->setColumnWidth(c, std::max(content.horizontalAdvance(samples[c]),
                                            head.horizontalAdvance(title)) + padding);
    }
}

QList<int> CaseListPage::columnWidths() const
{
    QList<int> widths;
    for (int c = 0; c < m_model.columnCount(); ++c)
        widths.append(m_table->columnWidth(c));
    return widths;
}

void CaseListPage::restoreColumnWidths(const QList<int> &widths)
{
    if (widths.size() != m_model.columnCount())
        return;
    for (int c = 0; c < widths.size(); ++c)
        if (widths[c] > 0)
            m_table->setColumnWidth(c, widths[c]);
}

void CaseListPage::reload()
{
    fillProgrammes();
    m_model.setFilter(currentFilter());
}

void CaseListPage::fillProgrammes()
{
    const QVariant chosen = m_programme->currentData();
    QList<CaseListQuery::ProgrammeChoice> programmes;
    try {
        programmes = m_query.programmes();
    } catch (const StorageError &e) {
        Q_EMIT loadFailed(e.message());
    }
    // Refilling must not filter the list once per item.
    const QSignalBlocker blocker(m_programme);
    m_programme->clear();
    m_programme->addItem(tr("Tous les dispositifs"));
    for (const CaseListQuery::ProgrammeChoice &p : programmes) {
        QString text = p.code + u" — " + p.name;
        if (p.archived)
            text = tr("%1 (archivé)").arg(text);
        m_programme->addItem(text, QVariant::fromValue(p.id));
    }
    m_programme->setCurrentIndex(std::max(0, m_programme->findData(chosen)));
}

CaseListFilter CaseListPage::currentFilter() const
{
    CaseListFilter filter;
    filter.programmeId = m_programme->currentData().value<Uuid>();
    filter.status = m_status->currentData().toString();
    return filter;
}

void CaseListPage::applyFilter()
{
    const CaseListFilter filter = currentFilter();
    if (filter != m_model.filter())
        m_model.setFilter(filter);
}

bool CaseListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == m_table->viewport() && event->type() == QEvent::Paint) {
        m_painted = true;
        // Queued: the paint this event starts is finished when the signal goes out.
        QTimer::singleShot(0, this, &CaseListPage::firstPageShown);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace passerelle
