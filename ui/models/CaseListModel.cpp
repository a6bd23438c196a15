#include "models/CaseListModel.h"

#include "models/CaseStatusText.h"
#include "util/Errors.h"

#include <QLocale>

namespace passerelle {

CaseListModel::CaseListModel(CaseListQuery &query, QObject *parent)
    : QAbstractTableModel(parent), m_query(query)
{
}

void CaseListModel::setFilter(const CaseListFilter &filter)
{
    m_filter = filter;
    reload();
}

void CaseListModel::setPageSize(int rows)
{
    Q_ASSERT(rows > 0);
    m_pageSize = rows;
}

void CaseListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_next = {};
    m_hasMore = false;
    m_totalCount = 0;
    QString failure;
    try {
        CaseListQuery::Page page = m_query.page(m_filter, {}, m_pageSize);
        m_totalCount = m_query.count(m_filter);
        m_rows = std::move(page.rows);
        m_next = page.next;
        m_hasMore = page.hasMore;
    } catch (const StorageError &e) {
        m_rows.clear();
        failure = e.message();
    }
    endResetModel();
    Q_EMIT totalCountChanged(m_totalCount);
    if (!failure.isEmpty())
        Q_EMIT loadFailed(failure);
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
    return !parent.isValid() && m_hasMore;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    CaseListQuery::Page page;
    try {
        page = m_query.page(m_filter, m_next, m_pageSize);
    } catch (const StorageError &e) {
        // The view calls this while it scrolls or paints: an exception must not cross it.
        m_hasMore = false;
        Q_EMIT loadFailed(e.message());
        return;
    }
    m_next = page.next;
    m_hasMore = page.hasMore;
    if (page.rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    m_rows.append(std::move(page.rows));
    endInsertRows();
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
        if (column == Column::Programme)
            return QString(row.programmeCode + u" — " + row.programmeName);
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
