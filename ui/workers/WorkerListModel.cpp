#include "workers/WorkerListModel.h"

#include "casefile/CaseFileForms.h"
#include "directory/DirectoryFilterModel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace passerelle {

WorkerListModel::WorkerListModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorkerListModel::setRows(QList<WorkerListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_search.clear();
    m_search.reserve(m_rows.size());
    for (const WorkerListRow &r : std::as_const(m_rows))
        m_search.append(DirectoryFilterModel::fold(
            QStringList{r.displayName, r.code, label(r.role), r.profession, r.organisationName}
                .join(u' ')));
    endResetModel();
}

const WorkerListRow *WorkerListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

const WorkerListRow *WorkerListModel::find(const Uuid &id) const
{
    for (const WorkerListRow &r : m_rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

int WorkerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant WorkerListModel::display(const WorkerListRow &r, Column column) const
{
    switch (column) {
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

QVariant WorkerListModel::sortValue(const WorkerListRow &r, Column column) const
{
    switch (column) {
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

QVariant WorkerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= int(Column::Count))
        return {};
    const WorkerListRow &r = m_rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(r, column);
    case DirectoryRole::Sort:
        return sortValue(r, column);
    case DirectoryRole::Id:
        return QVariant::fromValue(r.id);
    case DirectoryRole::Archived:
        return r.archived;
    case DirectoryRole::Search:
        return m_search.value(index.row());
    case Qt::TextAlignmentRole:
        if (column == Column::Fte || column == Column::OpenCases)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (r.archived || !r.active)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
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
