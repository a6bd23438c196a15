#include "sessions/SessionListModel.h"

#include "casefile/CaseFileForms.h"

#include <QDateTime>

namespace passerelle {

SessionListModel::SessionListModel(QObject *parent)
    : DirectoryTableModel(int(Column::Count), parent)
{
}

QString SessionListModel::searchText(const SessionListRow &r) const
{
    return QStringList{label(r.kind),
                       r.title,
                       r.commune,
                       r.place,
                       r.topics,
                       r.programmeCode,
                       CaseFileForms::dateText(r.date)}
        .join(u' ');
}

QString SessionListModel::participantsText(const SessionListRow &row)
{
    QStringList parts;
    for (const SessionListRow::Typology &t : row.participants)
        parts.append(tr("%1 : %2").arg(t.label).arg(t.count));
    return parts.join(QStringLiteral(" · "));
}

QVariant SessionListModel::display(const SessionListRow &r, int column) const
{
    switch (Column(column)) {
    case Column::Date:
        return r.startTime.isValid()
                   ? tr("%1 à %2").arg(CaseFileForms::dateText(r.date),
                                       r.startTime.toString(QStringLiteral("HH:mm")))
                   : CaseFileForms::dateText(r.date);
    case Column::Kind:
        return label(r.kind);
    case Column::Title:
        return r.archived ? tr("%1 (archivée)").arg(r.title) : r.title;
    case Column::Commune:
        return r.commune;
    case Column::Participants:
        return r.participantCount;
    case Column::Reviews:
        return r.kind == SessionKind::Commission ? QVariant(r.reviewCount) : QVariant(QString());
    case Column::Status:
        return label(r.status);
    case Column::Programme:
        return r.programmeCode;
    case Column::Topics:
        return r.topics;
    case Column::Count:
        break;
    }
    return {};
}

QVariant SessionListModel::sortValue(const SessionListRow &r, int column) const
{
    switch (Column(column)) {
    case Column::Date:
        return QDateTime(r.date, r.startTime.isValid() ? r.startTime : QTime(0, 0));
    case Column::Title:
        return r.title;
    case Column::Reviews:
        return r.kind == SessionKind::Commission ? QVariant(r.reviewCount) : QVariant();
    default:
        return display(r, column);
    }
}

QVariant SessionListModel::toolTip(const SessionListRow &r, int column) const
{
    if (Column(column) == Column::Participants && !r.participants.isEmpty())
        return participantsText(r);
    if (Column(column) == Column::Topics && !r.topics.isEmpty())
        return r.topics;
    return {};
}

bool SessionListModel::isNumeric(int column) const
{
    return Column(column) == Column::Participants || Column(column) == Column::Reviews;
}

bool SessionListModel::isGreyed(const SessionListRow &r) const
{
    return r.archived || r.status == SessionStatus::Cancelled;
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    if (role == Qt::ToolTipRole && Column(section) == Column::Reviews)
        return tr("Situations examinées par la commission");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Date:
        return tr("Date");
    case Column::Kind:
        return tr("Type");
    case Column::Title:
        return tr("Intitulé");
    case Column::Commune:
        return tr("Commune");
    case Column::Participants:
        return tr("Participants");
    case Column::Reviews:
        return tr("Situations");
    case Column::Status:
        return tr("État");
    case Column::Programme:
        return tr("Dispositif");
    case Column::Topics:
        return tr("Thèmes");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace passerelle
