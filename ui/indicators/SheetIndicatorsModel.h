#pragma once

#include "domain/Indicator.h"
#include "indicators/IndicatorResult.h"

#include <QAbstractTableModel>

#include <optional>

namespace passerelle {

// The indicators of one action sheet as a table over value snapshots, in the repository's
// order (process, result, impact; by position within a kind): kind, label, target, how the
// value is obtained, and the value for the chosen period once computed. The kind is written
// on the first row of each group only, so the three groups read as sections.
class SheetIndicatorsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Label,
        Target,
        Source,
        Value,
        ColumnCount
    };

    struct Row
    {
        Indicator indicator;
        bool computed = false;
        std::optional<IndicatorResult> result; // nullopt while computing
        QString error;                         // the computation failed
    };

    explicit SheetIndicatorsModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    // The values for the rows, in the same order.
    void setResults(const QList<IndicatorResult> &results);
    void setError(const QString &error);
    const Row &row(int index) const { return m_rows.at(index); }
    const QList<Row> &rows() const { return m_rows; }
    int rowOf(const Uuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString valueText(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace passerelle
