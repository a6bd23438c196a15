#include "actionsheets/ActionSheetListModel.h"

#include "casefile/CaseFileForms.h"

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

ActionSheetListModel::ActionSheetListModel(QObject *parent)
    : DirectoryTableModel(int(Column::Count), parent)
{
}

QString ActionSheetListModel::searchText(const ActionSheetListRow &r) const
{
    return QStringList{r.number, r.title, r.programmeCode, r.programmeName, periodText(r)}.join(
        u' ');
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

QVariant ActionSheetListModel::display(const ActionSheetListRow &r, int column) const
{
    switch (Column(column)) {
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

QVariant ActionSheetListModel::sortValue(const ActionSheetListRow &r, int column) const
{
    switch (Column(column)) {
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

QVariant ActionSheetListModel::toolTip(const ActionSheetListRow &r, int column) const
{
    return Column(column) == Column::Title ? QVariant(r.title) : QVariant();
}

bool ActionSheetListModel::isNumeric(int column) const
{
    return Column(column) == Column::Indicators;
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
