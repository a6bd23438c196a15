#include "sync/ConflictModel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace passerelle {

namespace {
// Long notes would make rows as tall as the screen: the list shows their first line.
QString firstLine(const QString &text)
{
    constexpr qsizetype kMax = 80;
    QString line = text.section(QLatin1Char('\n'), 0, 0);
    if (line.size() > kMax)
        line = line.left(kMax - 1) + QChar(0x2026);
    else if (line.size() < text.size())
        line += QChar(0x2026);
    return line;
}
} // namespace

ConflictModel::ConflictModel(QObject *parent) : RowTableModel(int(Column::Count), parent) {}

int ConflictModel::rowOf(const QByteArray &conflictId) const
{
    return findRow([&](const SyncConflictRow &r) { return r.id == conflictId; });
}

QVariant ConflictModel::display(const SyncConflictRow &r, Column column) const
{
    switch (column) {
    case Column::Record:
        return tr("%1 %2").arg(r.tableLabel, r.record);
    case Column::Field:
        return r.fieldLabel;
    case Column::Current:
        return firstLine(r.currentValue);
    case Column::Other:
        return firstLine(r.otherValue);
    case Column::Who:
        return r.otherReplicaName;
    case Column::When:
        return QLocale().toString(r.otherAt.toLocalTime(), QLocale::ShortFormat);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    const SyncConflictRow *r = rowAt(index.row());
    if (!r || index.column() < 0 || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(*r, column);
    case SortRole:
        if (column == Column::When)
            return r->otherAt.toMSecsSinceEpoch();
        return display(*r, column);
    case Qt::ToolTipRole:
        if (column == Column::Current)
            return r->currentValue;
        if (column == Column::Other)
            return r->otherValue;
        if (column == Column::Who)
            return tr("Identifiant : %1").arg(r->otherReplica.toString());
        return {};
    case Qt::ForegroundRole:
        // Nothing to decide: the other value is the one kept now.
        if (r->sameAsCurrent)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Record:
        return tr("Fiche");
    case Column::Field:
        return tr("Champ");
    case Column::Current:
        return tr("Valeur retenue");
    case Column::Other:
        return tr("Autre valeur");
    case Column::Who:
        return tr("Saisie sur");
    case Column::When:
        return tr("Le");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace passerelle
