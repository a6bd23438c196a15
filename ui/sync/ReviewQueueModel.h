#pragma once

#include "sync/ReviewQueue.h"

#include <QAbstractTableModel>

namespace passerelle {

// The review queue as ReviewQueue lists it, one row per set-aside record: when, the record
// (case number or pseudonymous code), its kind, the problem, the device it came from and
// whether a coordinator marked it treated (treated rows are greyed).
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        DetectedAt,
        Record,
        Kind,
        Problem,
        From,
        State,
        Count
    };
    // Sorting value of a cell (dates as ms).
    static constexpr int SortRole = Qt::UserRole;

    explicit ReviewQueueModel(QObject *parent = nullptr);

    void setRows(QList<ReviewItem> rows);
    const ReviewItem *rowAt(int row) const;
    int rowOf(qint64 id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ReviewItem &r, Column column) const;

    QList<ReviewItem> m_rows;
};

} // namespace passerelle
