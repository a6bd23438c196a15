#pragma once

#include "queries/SessionListQuery.h"

#include <QAbstractTableModel>

namespace passerelle {

// The collective sessions as SessionListQuery read them, one row each; answers the
// DirectoryRole roles. The participants column shows the total, its tooltip the count by
// typology; a commission shows how many cases it reviewed.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Date, Kind, Title, Commune, Participants, Reviews, Status, Programme,
                        Topics, Count };

    explicit SessionListModel(QObject *parent = nullptr);

    void setRows(QList<SessionListRow> rows);
    const SessionListRow *find(const Uuid &id) const;

    // "Habitant / usager : 6 · Professionnel de santé : 3".
    static QString participantsText(const SessionListRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SessionListRow &r, Column column) const;
    QVariant sortValue(const SessionListRow &r, Column column) const;

    QList<SessionListRow> m_rows;
    QStringList m_search;
};

} // namespace passerelle
