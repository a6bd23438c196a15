#pragma once

#include "queries/PartnerListQuery.h"

#include "directory/DirectoryTableModel.h"

namespace passerelle {

// The partners as PartnerListQuery read them, one row each; answers the DirectoryRole
// roles. Archived partners (shown on request) are greyed and say so.
class PartnerListModel : public DirectoryTableModel<PartnerListRow>
{
    Q_OBJECT

public:
    enum class Column { Name, Type, Commune, Referred, Mobilised, Contact, Phone, Email, Count };

    explicit PartnerListModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString searchText(const PartnerListRow &r) const override;
    QVariant display(const PartnerListRow &r, int column) const override;
    QVariant sortValue(const PartnerListRow &r, int column) const override;
    bool isNumeric(int column) const override;
};

} // namespace passerelle
