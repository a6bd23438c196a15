#include "casefile/AssessmentComparisonModel.h"

#include "casefile/CaseFileForms.h"

#include <QMap>

namespace passerelle {

AssessmentComparisonModel::AssessmentComparisonModel(QObject *parent) : QAbstractTableModel(parent)
{
}

QList<AssessmentComparisonModel::Row>
AssessmentComparisonModel::compare(const QList<Assessment> &assessments, const QString &dimension)
{
    QMap<QDate, Row> byDay;
    for (const Assessment &a : assessments) {
        if (a.dimension != dimension || a.archivedAt.isValid())
            continue;
        Row &row = byDay[a.assessedOn];
        row.date = a.assessedOn;
        // The repository lists by date then source; a later record of the same day and
        // source replaces an earlier one.
        if (a.source == AssessmentSource::Person) {
            row.person = a.score;
            row.personNote = a.note;
        } else {
            row.team = a.score;
            row.teamNote = a.note;
        }
    }
    return byDay.values();
}

void AssessmentComparisonModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AssessmentComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssessmentComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const auto score = [](const std::optional<int> &s) {
        return s ? QVariant(QString::number(*s)) : QVariant(QStringLiteral("—"));
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return CaseFileForms::dateText(r.date);
        case Person:
            return score(r.person);
        case Team:
            return score(r.team);
        case Gap:
            if (!r.person || !r.team)
                return QString();
            return *r.team == *r.person ? tr("accord")
                                        : QStringLiteral("%1%2")
                                              .arg(QChar(*r.team > *r.person ? u'+' : u'\u2212'))
                                              .arg(qAbs(*r.team - *r.person));
        case Notes: {
            QStringList notes;
            if (!r.personNote.isEmpty())
                notes.append(tr("Personne : %1").arg(r.personNote));
            if (!r.teamNote.isEmpty())
                notes.append(tr("Équipe : %1").arg(r.teamNote));
            return notes.join(QStringLiteral(" · "));
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Person:
            return r.person ? scoreLabel(*r.person)
                            : tr("Pas de déclaration de la personne ce jour-là");
        case Team:
            return r.team ? scoreLabel(*r.team) : tr("Pas d'observation de l'équipe ce jour-là");
        case Gap:
            return tr("Score de l'équipe moins score déclaré par la personne");
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return index.column() == Person || index.column() == Team || index.column() == Gap
                   ? int(Qt::AlignCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AssessmentComparisonModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Person:
        return tr("Personne");
    case Team:
        return tr("Équipe");
    case Gap:
        return tr("Écart");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace passerelle
