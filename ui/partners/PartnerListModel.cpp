#include "partners/PartnerListModel.h"

#include "directory/DirectoryFilterModel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace passerelle {

PartnerListModel::PartnerListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PartnerListModel::setRows(QList<PartnerListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_search.clear();
    m_search.reserve(m_rows.size());
    for (const PartnerListRow &r : std::as_const(m_rows))
        m_search.append(DirectoryFilterModel::fold(
            QStringList{r.name, r.typeLabel, r.commune, r.contactName, r.phone, r.email}.join(u' ')));
    endResetModel();
}

const PartnerListRow *PartnerListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int PartnerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PartnerListModel::display(const PartnerListRow &r, Column column) const
{
    switch (column) {
    case Column::Name:
        return r.archived ? tr("%1 (archivé)").arg(r.name) : r.name;
    case Column::Type:
        return r.typeLabel;
    case Column::Commune:
        return r.commune;
    case Column::Referred:
        return r.referredCount;
    case Column::Mobilised:
        return r.mobilisedCount;
    case Column::Contact:
        return r.contactName;
    case Column::Phone:
        return r.phone;
    case Column::Email:
        return r.email;
    case Column::Count:
        break;
    }
    return {};
}

QVariant PartnerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= int(Column::Count))
        return {};
    const PartnerListRow &r = m_rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(r, column);
    case DirectoryRole::Sort:
        return column == Column::Name ? QVariant(r.name) : display(r, column);
    case DirectoryRole::Id:
        return QVariant::fromValue(r.id);
    case DirectoryRole::Archived:
        return r.archived;
    case DirectoryRole::Search:
        return m_search.value(index.row());
    case Qt::TextAlignmentRole:
        if (column == Column::Referred || column == Column::Mobilised)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (r.archived)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

QVariant PartnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Column::Referred:
            return tr("Situations orientées par ce partenaire");
        case Column::Mobilised:
            return tr("Situations où ce partenaire est mobilisé");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Nom");
    case Column::Type:
        return tr("Type");
    case Column::Commune:
        return tr("Commune");
    case Column::Referred:
        return tr("Orientations");
    case Column::Mobilised:
        return tr("Mobilisations");
    case Column::Contact:
        return tr("Contact");
    case Column::Phone:
        return tr("Téléphone");
    case Column::Email:
        return tr("Courriel");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace passerelle
