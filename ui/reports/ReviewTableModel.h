#pragma once

#include "reports/AnnualReview.h"

#include <QAbstractTableModel>

namespace passerelle {

// One table of the review (or the dashboard) as a read-only item model: headers from its
// columns, cells in French display form, numbers right-aligned and sortable by value
// (Qt::UserRole holds the number, or the text for text cells).
class ReviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReviewTableModel(QObject *parent = nullptr);

    void setTable(ReviewTable table);
    const ReviewTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReviewTable m_table;
};

} // namespace passerelle
