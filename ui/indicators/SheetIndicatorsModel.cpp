#include "indicators/SheetIndicatorsModel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace passerelle {

SheetIndicatorsModel::SheetIndicatorsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SheetIndicatorsModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void SheetIndicatorsModel::setResults(const QList<IndicatorResult> &results)
{
    for (qsizetype i = 0; i < m_rows.size() && i < results.size(); ++i) {
        m_rows[i].result = results[i];
        m_rows[i].error.clear();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Value), index(int(m_rows.size()) - 1, Value));
}

void SheetIndicatorsModel::setError(const QString &error)
{
    for (Row &r : m_rows)
        r.error = error;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Value), index(int(m_rows.size()) - 1, Value));
}

int SheetIndicatorsModel::rowOf(const Uuid &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].indicator.id == id)
            return int(i);
    return -1;
}

int SheetIndicatorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SheetIndicatorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SheetIndicatorsModel::valueText(const Row &row) const
{
    if (!row.error.isEmpty())
        return tr("erreur de calcul");
    if (!row.result)
        return tr("calcul…");
    return row.result->displayText();
}

QVariant SheetIndicatorsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const bool archived = r.indicator.archivedAt.isValid();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind: {
            const bool first = index.row() == 0 || m_rows.at(index.row() - 1).indicator.kind != r.indicator.kind;
            return first ? label(r.indicator.kind) : QString();
        }
        case Label:
            return archived ? tr("%1 (archivé)").arg(r.indicator.label) : r.indicator.label;
        case Target:
            return r.indicator.target;
        case Source:
            return r.computed ? tr("calculé") : tr("saisi à la main");
        case Value:
            return valueText(r);
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == Kind)
            return label(r.indicator.kind);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Value && !r.error.isEmpty())
            return r.error;
        if (index.column() == Value && r.result && !r.computed && !r.result->comment.isEmpty())
            return r.result->comment;
        if (index.column() == Label)
            return r.indicator.label;
        return {};
    case Qt::FontRole:
        if (index.column() == Kind) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (archived) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        if (archived || (index.column() == Value && r.result && r.result->kind == IndicatorResult::Kind::Manual &&
                         !r.result->entered))
            return QBrush(QPalette().color(QPalette::PlaceholderText));
        return {};
    case Qt::UserRole:
        return r.indicator.id.toString();
    default:
        return {};
    }
}

QVariant SheetIndicatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Nature");
    case Label:
        return tr("Indicateur");
    case Target:
        return tr("Cible");
    case Source:
        return tr("Obtenu");
    case Value:
        return tr("Valeur");
    default:
        return {};
    }
}

} // namespace passerelle
