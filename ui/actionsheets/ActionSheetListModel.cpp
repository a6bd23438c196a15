#include "actionsheets/ActionSheetListModel.h"

#include "casefile/CaseFileForms.h"
#include "directory/DirectoryFilterModel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace passerelle {

namespace {
QString yearsText(std::optional<int> start, std::optional<int> end)
{
    if (start && end && *start != *end)
        return QStringLiteral("%1 – %2").arg(*start).arg(*end);
    if (start)
        return QString::number(*start);
    return end ? QString::number(*end) : QString();
}
} // namespace

ActionSheetListModel::ActionSheetListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActionSheetListModel::setRows(QList<ActionSheetListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_search.clear();
    m_search.reserve(m_rows.size());
    for (const ActionSheetListRow &r : std::as_const(m_rows))
        m_search.append(DirectoryFilterModel::fold(
            QStringList{r.number, r.title, r.programmeCode, r.programmeName, periodText(r)}.join(
                u' ')));
    endResetModel();
}

const ActionSheetListRow *ActionSheetListModel::find(const Uuid &id) const
{
    for (const ActionSheetListRow &r : m_rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

QString ActionSheetListModel::periodText(const ActionSheetListRow &r)
{
    // A calendar-year period reads as its year, as people say "la fiche 2026".
    if (r.periodStart.isValid() && r.periodEnd.isValid() && r.periodStart.year() == r.periodEnd.year() &&
        r.periodStart == QDate(r.periodStart.year(), 1, 1) &&
        r.periodEnd == QDate(r.periodStart.year(), 12, 31))
        return QString::number(r.periodStart.year());
    if (r.periodStart.isValid() || r.periodEnd.isValid())
        return QStringLiteral("%1 – %2").arg(CaseFileForms::dateText(r.periodStart),
                                             CaseFileForms::dateText(r.periodEnd));
    return yearsText(r.startYear, r.endYear);
}

int ActionSheetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionSheetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ActionSheetListModel::display(const ActionSheetListRow &r, Column column) const
{
    switch (column) {
    case Column::Number:
        return r.number;
    case Column::Title:
        return r.archived ? tr("%1 (archivée)").arg(r.title) : r.title;
    case Column::Programme:
        return r.programmeName;
    case Column::Period:
        return periodText(r);
    case Column::ChainedFrom: {
        if (r.chainedFromId.isNull())
            return QString();
        const QString when = r.chainedFromPeriodStart.isValid()
                                 ? QString::number(r.chainedFromPeriodStart.year())
                                 : (r.chainedFromStartYear ? QString::number(*r.chainedFromStartYear)
                                                           : QString());
        return when.isEmpty() ? r.chainedFromNumber
                              : tr("%1 (%2)").arg(r.chainedFromNumber, when);
    }
    case Column::Indicators:
        return r.indicatorCount;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ActionSheetListModel::sortValue(const ActionSheetListRow &r, Column column) const
{
    switch (column) {
    case Column::Title:
        return r.title;
    case Column::Period:
        // By start: the period's, else 1 January of the start year.
        if (r.periodStart.isValid())
            return r.periodStart;
        return r.startYear ? QVariant(QDate(*r.startYear, 1, 1)) : QVariant();
    default:
        return display(r, column);
    }
}

QVariant ActionSheetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionSheetListRow &r = m_rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(r, column);
    case Qt::ToolTipRole:
        return column == Column::Title ? QVariant(r.title) : QVariant();
    case DirectoryRole::Sort:
        return sortValue(r, column);
    case DirectoryRole::Id:
        return QVariant::fromValue(r.id);
    case DirectoryRole::Archived:
        return r.archived;
    case DirectoryRole::Search:
        return m_search.value(index.row());
    case Qt::TextAlignmentRole:
        if (column == Column::Indicators)
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

QVariant ActionSheetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    if (role == Qt::ToolTipRole && Column(section) == Column::ChainedFrom)
        return tr("La fiche de la période précédente que celle-ci continue");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Number:
        return tr("N°");
    case Column::Title:
        return tr("Intitulé");
    case Column::Programme:
        return tr("Dispositif");
    case Column::Period:
        return tr("Période");
    case Column::ChainedFrom:
        return tr("Chaînée avec");
    case Column::Indicators:
        return tr("Indicateurs");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace passerelle
