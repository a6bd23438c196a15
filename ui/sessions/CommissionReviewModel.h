#pragma once

#include "domain/CollectiveSession.h"

#include <QAbstractTableModel>

namespace passerelle {

// The cases a commission reviewed, with the decision for each, while the session form is
// open: a case appears once (taking it again replaces its decision and note).
class CommissionReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Case, Decision, Note, Count };

    struct Row
    {
        CommissionReview review;
        QString number;
        QString decisionLabel;
    };

    explicit CommissionReviewModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    // Adds the case's review, or replaces it when the case is there; returns its row.
    int put(const Row &row);
    void removeAt(int row);
    const Row *rowAt(int row) const;
    int rowOf(const Uuid &caseId) const;
    QList<CommissionReview> reviews() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace passerelle
