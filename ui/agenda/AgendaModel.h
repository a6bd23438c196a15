#pragma once

#include "queries/AgendaRow.h"

#include <QAbstractTableModel>
#include <QDate>

namespace passerelle {

// One worker's week as a list grouped by day: a line for each of the seven days (shown
// even when empty, so a day can be chosen for a new intervention), followed by that day's
// interventions. Value snapshots from AgendaQuery; the page sets a new week after every
// change. Planned interventions dated before today are overdue: bold, red, and said so.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Time, Duration, Status, Channel, Type, Cases, Workers, Count };
    enum Role {
        IdRole = Qt::UserRole, // passerelle::Uuid of the intervention; null on a day line
        DateRole,              // QDate of the line (day lines included)
        IsDayRole,             // bool
        OverdueRole            // bool
    };

    explicit AgendaModel(QObject *parent = nullptr);

    // The week starting on `monday` (its seven days), with its interventions in time order.
    void setWeek(const QDate &monday, QList<AgendaRow> rows, const QDate &today);
    QDate monday() const { return m_monday; }

    bool isDay(int row) const;
    QDate dateAt(int row) const;
    const AgendaRow *rowAt(int row) const; // nullptr on a day line
    int rowOf(const Uuid &id) const;       // -1 when not in the week
    int rowOfDay(const QDate &day) const;  // -1 when not in the week
    int interventionCount() const { return int(m_rows.size()); }
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Line
    {
        QDate day;
        int row = -1; // index in m_rows; -1 for the day's own line
    };
    QVariant dayData(const Line &line, int column, int role) const;
    QVariant rowData(const AgendaRow &r, Column column, int role) const;
    int countOn(const QDate &day) const;

    QDate m_monday;
    QDate m_today;
    QList<AgendaRow> m_rows;
    QList<Line> m_lines;
};

} // namespace passerelle
