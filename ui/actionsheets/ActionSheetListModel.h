#pragma once

#include "actionsheets/ActionSheetListQuery.h"

#include "directory/DirectoryTableModel.h"

namespace passerelle {

// The action sheets as ActionSheetListQuery read them, one row each; answers the
// DirectoryRole roles so that DirectoryList searches and sorts it. Archived sheets (shown on
// request) are greyed and say so.
class ActionSheetListModel : public DirectoryTableModel<ActionSheetListRow>
{
    Q_OBJECT

public:
    enum class Column { Number, Title, Programme, Period, ChainedFrom, Indicators, Count };

    explicit ActionSheetListModel(QObject *parent = nullptr);

    // "2026", "01/01/2026 – 31/12/2026", "2024 – 2026": what the list and questions call the
    // sheet's period.
    static QString periodText(const ActionSheetListRow &row);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString searchText(const ActionSheetListRow &r) const override;
    QVariant display(const ActionSheetListRow &r, int column) const override;
    QVariant sortValue(const ActionSheetListRow &r, int column) const override;
    QVariant toolTip(const ActionSheetListRow &r, int column) const override;
    bool isNumeric(int column) const override;
};

} // namespace passerelle
