#include "sessions/SessionListModel.h"

#include "casefile/CaseFileForms.h"
#include "directory/DirectoryFilterModel.h"

#include <QBrush>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

namespace passerelle {

SessionListModel::SessionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SessionListModel::setRows(QList<SessionListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_search.clear();
    m_search.reserve(m_rows.size());
    for (const SessionListRow &r : std::as_const(m_rows))
        m_search.append(DirectoryFilterModel::fold(
            QStringList{label(r.kind), r.title, r.commune, r.place, r.topics, r.programmeCode,
                        CaseFileForms::dateText(r.date)}
                .join(u' ')));
    endResetModel();
}

const SessionListRow *SessionListModel::find(const Uuid &id) const
{
    for (const SessionListRow &r : m_rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

QString SessionListModel::participantsText(const SessionListRow &row)
{
    QStringList parts;
    for (const SessionListRow::Typology &t : row.participants)
        parts.append(tr("%1 : %2").arg(t.label).arg(t.count));
    return parts.join(QStringLiteral(" · "));
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant SessionListModel::display(const SessionListRow &r, Column column) const
{
    switch (column) {
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

QVariant SessionListModel::sortValue(const SessionListRow &r, Column column) const
{
    switch (column) {
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

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= int(Column::Count))
        return {};
    const SessionListRow &r = m_rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(r, column);
    case Qt::ToolTipRole:
        if (column == Column::Participants && !r.participants.isEmpty())
            return participantsText(r);
        if (column == Column::Topics && !r.topics.isEmpty())
            return r.topics;
        return {};
    case DirectoryRole::Sort:
        return sortValue(r, column);
    case DirectoryRole::Id:
        return QVariant::fromValue(r.id);
    case DirectoryRole::Archived:
        return r.archived;
    case DirectoryRole::Search:
        return m_search.value(index.row());
    case Qt::TextAlignmentRole:
        if (column == Column::Participants || column == Column::Reviews)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (r.archived || r.status == SessionStatus::Cancelled)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
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
