#pragma once

#include "queries/SessionListQuery.h"

#include "directory/DirectoryTableModel.h"

namespace passerelle {

// The collective sessions as SessionListQuery read them, one row each; answers the
// DirectoryRole roles. The participants column shows the total, its tooltip the count by
// typology; a commission shows how many cases it reviewed.
class SessionListModel : public DirectoryTableModel<SessionListRow>
{
    Q_OBJECT

public:
    enum class Column { Date, Kind, Title, Commune, Participants, Reviews, Status, Programme,
                        Topics, Count };

    explicit SessionListModel(QObject *parent = nullptr);

    // "Habitant / usager : 6 · Professionnel de santé : 3".
    static QString participantsText(const SessionListRow &row);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString searchText(const SessionListRow &r) const override;
    QVariant display(const SessionListRow &r, int column) const override;
    QVariant sortValue(const SessionListRow &r, int column) const override;
    QVariant toolTip(const SessionListRow &r, int column) const override;
    bool isNumeric(int column) const override;
    bool isGreyed(const SessionListRow &r) const override;
};

} // namespace passerelle
