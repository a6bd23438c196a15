#include "programmes/ProgrammeListModel.h"

#include "casefile/CaseFileForms.h"
#include "directory/DirectoryFilterModel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace passerelle {

ProgrammeListModel::ProgrammeListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProgrammeListModel::setRows(QList<ProgrammeListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_search.clear();
    m_search.reserve(m_rows.size());
    for (const ProgrammeListRow &r : std::as_const(m_rows))
        m_search.append(DirectoryFilterModel::fold(
            QStringList{r.code, r.name, r.territory, r.organisationName}.join(u' ')));
    endResetModel();
}

const ProgrammeListRow *ProgrammeListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

const ProgrammeListRow *ProgrammeListModel::find(const Uuid &id) const
{
    for (const ProgrammeListRow &r : m_rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

int ProgrammeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgrammeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ProgrammeListModel::display(const ProgrammeListRow &r, Column column) const
{
    switch (column) {
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

QVariant ProgrammeListModel::sortValue(const ProgrammeListRow &r, Column column) const
{
    switch (column) {
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

QVariant ProgrammeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= int(Column::Count))
        return {};
    const ProgrammeListRow &r = m_rows[index.row()];
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
        if (column == Column::OpenCases)
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
