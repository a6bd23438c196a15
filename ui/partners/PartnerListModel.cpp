#include "partners/PartnerListModel.h"

#include <QFont>

namespace passerelle {

PartnerListModel::PartnerListModel(QObject *parent)
    : DirectoryTableModel(int(Column::Count), parent)
{
}

QString PartnerListModel::searchText(const PartnerListRow &r) const
{
    return QStringList{r.name, r.typeLabel, r.commune, r.contactName, r.phone, r.email}.join(u' ');
}

QVariant PartnerListModel::display(const PartnerListRow &r, int column) const
{
    switch (Column(column)) {
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

QVariant PartnerListModel::sortValue(const PartnerListRow &r, int column) const
{
    return Column(column) == Column::Name ? QVariant(r.name) : display(r, column);
}

bool PartnerListModel::isNumeric(int column) const
{
    return Column(column) == Column::Referred || Column(column) == Column::Mobilised;
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
