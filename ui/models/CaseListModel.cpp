#include "models/CaseListModel.h"

#include "models/CaseStatusText.h"
#include "queries/CaseListLoader.h"

#include <QLocale>

namespace passerelle {

CaseListModel::CaseListModel(CaseListLoader &loader, QObject *parent)
    : QAbstractTableModel(parent), m_loader(loader)
{
    connect(&m_loader, &CaseListLoader::pageRead, this, &CaseListModel::showPage);
    connect(&m_loader, &CaseListLoader::counted, this, &CaseListModel::showCounts);
    connect(&m_loader, &CaseListLoader::failed, this, &CaseListModel::showFailure);
}

CaseListOrder::Key CaseListModel::orderKey(Column column)
{
    using K = CaseListOrder::Key;
    switch (column) {
    case Column::Number: return K::Number;
    case Column::Programme: return K::Programme;
    case Column::Status: return K::Status;
    case Column::Person: return K::Person;
    case Column::Commune: return K::Commune;
    case Column::ReferralPartner: return K::ReferralPartner;
    case Column::IdentifiedOn: return K::IdentifiedOn;
    case Column::LastStatusChange: return K::LastStatusChange;
    case Column::Count: break;
    }
    return K::IdentifiedOn;
}

CaseListModel::Column CaseListModel::columnOf(CaseListOrder::Key key)
{
    for (int c = 0; c < int(Column::Count); ++c)
        if (orderKey(Column(c)) == key)
            return Column(c);
    return Column::IdentifiedOn;
}

void CaseListModel::setFilter(const CaseListFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_listing != 0) // before the first reload(), only remembered
        reload();
}

void CaseListModel::setOrder(const CaseListOrder &order)
{
    if (order == m_order)
        return;
    m_order = order;
    if (m_listing != 0)
        reload();
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(Column::Count))
        return;
    setOrder({orderKey(Column(column)), order == Qt::DescendingOrder});
}

void CaseListModel::setPageSize(int rows)
{
    Q_ASSERT(rows > 0);
    m_pageSize = rows;
}

void CaseListModel::reload()
{
    m_listing = m_loader.startListing();
    m_fetching = false;
    setLoading(true);
    m_loader.request({m_listing, m_filter, m_order, {}, m_pageSize, true});
}

void CaseListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void CaseListModel::showPage(quint64 listing, const CaseListQuery::Page &page, bool first)
{
    if (listing != m_listing)
        return; // a listing nobody waits for any more
    m_next = page.next;
    m_hasMore = page.hasMore;
    if (first) {
        beginResetModel();
        m_rows = page.rows;
        endResetModel();
        setLoading(false);
        Q_EMIT listingLoaded();
        return;
    }
    m_fetching = false;
    if (page.rows.isEmpty())
        return;
    const int firstRow = int(m_rows.size());
    beginInsertRows({}, firstRow, firstRow + int(page.rows.size()) - 1);
    m_rows.append(page.rows);
    endInsertRows();
}

void CaseListModel::showCounts(quint64 listing, qint64 matching, qint64 total)
{
    if (listing != m_listing)
        return;
    m_countedListing = listing;
    m_totalCount = matching;
    m_liveCount = total;
    Q_EMIT countsChanged(matching, total);
}

void CaseListModel::showFailure(quint64 listing, const QString &message)
{
    if (listing != m_listing && listing != 0)
        return;
    m_fetching = false;
    m_hasMore = false; // the view would ask again at once, and fail again
    setLoading(false);
    Q_EMIT loadFailed(message);
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a new listing loads: its first page replaces every row anyway.
    return !parent.isValid() && m_hasMore && !m_fetching && !m_loading;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_loader.request({m_listing, m_filter, m_order, m_next, m_pageSize, false});
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseListRow &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        // Names may be cut in their column: the tooltip gives them whole.
        if (column == Column::Programme)
            return QString(row.programmeCode + u" — " + row.programmeName);
        if (column == Column::Commune || column == Column::ReferralPartner)
            return display(row, column);
        return {};
    case CaseIdRole:
        return QVariant::fromValue(row.id);
    default:
        return {};
    }
}

QVariant CaseListModel::display(const CaseListRow &row, Column column) const
{
    const auto date = [](const QDate &d) -> QVariant {
        return d.isValid() ? QVariant(QLocale().toString(d, QLocale::ShortFormat)) : QVariant();
    };
    switch (column) {
    case Column::Number:
        return row.number;
    case Column::Programme:
        return row.programmeName;
    case Column::Status:
        return CaseStatusText::label(row.status);
    case Column::Person:
        return row.mainPersonCode;
    case Column::Commune:
        return row.householdCommune;
    case Column::ReferralPartner:
        return row.referralPartnerName;
    case Column::IdentifiedOn:
        return date(row.identifiedOn);
    case Column::LastStatusChange:
        return date(row.lastStatusChangeOn);
    case Column::Count:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Number: return tr("N°");
        case Column::Programme: return tr("Dispositif");
        case Column::Status: return tr("Statut");
        case Column::Person: return tr("Personne");
        case Column::Commune: return tr("Commune");
        case Column::ReferralPartner: return tr("Orientée par");
        case Column::IdentifiedOn: return tr("Identifiée le");
        case Column::LastStatusChange: return tr("Dernier changement");
        case Column::Count: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Number: return tr("Numéro de la situation");
        case Column::Programme: return tr("Dispositif qui suit la situation");
        case Column::Status: return tr("Étape de l'accompagnement");
        case Column::Person: return tr("Code pseudonyme de la personne principale");
        case Column::Commune: return tr("Commune du ménage");
        case Column::ReferralPartner: return tr("Partenaire à l'origine de la saisine");
        case Column::IdentifiedOn: return tr("Date à laquelle la situation a été repérée");
        case Column::LastStatusChange: return tr("Date du dernier changement de statut");
        case Column::Count: break;
        }
    }
    return {};
}

} // namespace passerelle
