#pragma once

#include "sync/ReviewQueue.h"

#include "common/RowTableModel.h"

namespace passerelle {

// The review queue as ReviewQueue lists it, one row per set-aside record: when, the record
// (case number or pseudonymous code), its kind, the problem, the device it came from and
// whether a coordinator marked it treated (treated rows are greyed).
class ReviewQueueModel : public RowTableModel<ReviewItem>
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

    int rowOf(qint64 id) const; // -1 when absent

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ReviewItem &r, Column column) const;
};

} // namespace passerelle
