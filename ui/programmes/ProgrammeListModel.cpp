#include "programmes/ProgrammeListModel.h"

#include "casefile/CaseFileForms.h"

namespace passerelle {

ProgrammeListModel::ProgrammeListModel(QObject *parent)
    : DirectoryTableModel(int(Column::Count), parent)
{
}

QString ProgrammeListModel::searchText(const ProgrammeListRow &r) const
{
    return QStringList{r.code, r.name, r.territory, r.organisationName}.join(u' ');
}

QVariant ProgrammeListModel::display(const ProgrammeListRow &r, int column) const
{
    switch (Column(column)) {
    case Column::Code:
        return r.code;
    case Column::Name:
        return r.archived ? tr("%1 (archivé)").arg(r.name) : r.name;
    case Column::Territory:
        return r.territory;
    case Column::Start:
        return CaseFileForms::dateText(r.startDate);
    case Column::End:
        return CaseFileForms::dateText(r.endDate);
    case Column::OpenCases:
        return r.openCaseCount;
    case Column::Organisation:
        return r.organisationName;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ProgrammeListModel::sortValue(const ProgrammeListRow &r, int column) const
{
    switch (Column(column)) {
    case Column::Name:
        return r.name;
    case Column::Start:
        return r.startDate.isValid() ? QVariant(r.startDate) : QVariant();
    case Column::End:
        return r.endDate.isValid() ? QVariant(r.endDate) : QVariant();
    default:
        return display(r, column);
    }
}

bool ProgrammeListModel::isNumeric(int column) const
{
    return Column(column) == Column::OpenCases;
}

QVariant ProgrammeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    if (role == Qt::ToolTipRole && Column(section) == Column::OpenCases)
        return tr("Situations en cours (ni closes ni archivées)");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Code:
        return tr("Code");
    case Column::Name:
        return tr("Dispositif");
    case Column::Territory:
        return tr("Territoire");
    case Column::Start:
        return tr("Début");
    case Column::End:
        return tr("Fin");
    case Column::OpenCases:
        return tr("Situations en cours");
    case Column::Organisation:
        return tr("Organisation");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace passerelle
