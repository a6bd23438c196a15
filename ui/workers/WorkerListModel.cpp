#include "workers/WorkerListModel.h"

#include "casefile/CaseFileForms.h"

#include <QLocale>

namespace passerelle {

WorkerListModel::WorkerListModel(QObject *parent) : DirectoryTableModel(int(Column::Count), parent)
{
}

QString WorkerListModel::searchText(const WorkerListRow &r) const
{
    return QStringList{r.displayName, r.code, label(r.role), r.profession, r.organisationName}.join(
        u' ');
}

QVariant WorkerListModel::display(const WorkerListRow &r, int column) const
{
    switch (Column(column)) {
    case Column::Name:
        return r.archived ? tr("%1 (archivé)").arg(r.displayName) : r.displayName;
    case Column::Code:
        return r.code;
    case Column::Role:
        return label(r.role);
    case Column::Profession:
        return r.profession;
    case Column::Fte:
        return QLocale().toString(r.fte, 'f', 2);
    case Column::Trained:
        return r.trainedOn.isValid() ? CaseFileForms::dateText(r.trainedOn) : tr("non");
    case Column::Active:
        return r.active ? tr("oui") : tr("non");
    case Column::OpenCases:
        return r.openCaseCount;
    case Column::Organisation:
        return r.organisationName;
    case Column::Count:
        break;
    }
    return {};
}

QVariant WorkerListModel::sortValue(const WorkerListRow &r, int column) const
{
    switch (Column(column)) {
    case Column::Name:
        return r.displayName;
    case Column::Fte:
        return r.fte;
    case Column::Trained:
        return r.trainedOn.isValid() ? QVariant(r.trainedOn) : QVariant();
    case Column::Active:
        return int(r.active);
    default:
        return display(r, column);
    }
}

bool WorkerListModel::isNumeric(int column) const
{
    return Column(column) == Column::Fte || Column(column) == Column::OpenCases;
}

bool WorkerListModel::isGreyed(const WorkerListRow &r) const
{
    return r.archived || !r.active;
}

QVariant WorkerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    if (role == Qt::ToolTipRole && Column(section) == Column::OpenCases)
        return tr("Situations en cours où l'intervenant est affecté aujourd'hui");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Nom");
    case Column::Code:
        return tr("Code");
    case Column::Role:
        return tr("Rôle");
    case Column::Profession:
        return tr("Profession");
    case Column::Fte:
        return tr("ETP");
    case Column::Trained:
        return tr("Formé le");
    case Column::Active:
        return tr("Actif");
    case Column::OpenCases:
        return tr("Situations");
    case Column::Organisation:
        return tr("Organisation");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace passerelle
