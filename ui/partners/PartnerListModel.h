#pragma once

#include "queries/PartnerListQuery.h"

#include <QAbstractTableModel>

namespace passerelle {

// The partners as PartnerListQuery read them, one row each; answers the DirectoryRole
// roles. Archived partners (shown on request) are greyed and say so.
class PartnerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Name, Type, Commune, Referred, Mobilised, Contact, Phone, Email, Count };

    explicit PartnerListModel(QObject *parent = nullptr);

    void setRows(QList<PartnerListRow> rows);
    const PartnerListRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const PartnerListRow &r, Column column) const;

    QList<PartnerListRow> m_rows;
    QStringList m_search; // folded searchable text, row for row
};

} // namespace passerelle
