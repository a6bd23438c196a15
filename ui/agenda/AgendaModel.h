#pragma once

#include "domain/Intervention.h"

#include <QAbstractTableModel>
#include <QDate>

namespace passerelle {

// One worker's interventions of one week, as value snapshots (the page reloads after each
// change). Planned interventions dated before today are "overdue" and stand out.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Day,
        Time,
        Duration,
        Status,
        Channel,
        Type,
        Cases,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole,
        OverdueRole
    };

    struct Row
    {
        Intervention intervention;
        QString channelLabel;
        QString typeLabel;
        QString caseNumbers; // "PA-2025-0017, PA-2025-0018"
    };

    explicit AgendaModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows, const QDate &today);
    const Row *rowAt(int row) const;
    bool isOverdue(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QDate m_today;
};

} // namespace passerelle
