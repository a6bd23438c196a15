#pragma once

#include "domain/Assessment.h"

#include <QAbstractTableModel>

#include <optional>

namespace passerelle {

// One outcome dimension of a case over time: per assessment day, the score the person
// declared beside the score the team observed, and the gap between them, as the action sheet
// asks ("comparer le déclaratif de la personne et l'observation de l'équipe").
class AssessmentComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Person,
        Team,
        Gap,
        Notes,
        ColumnCount
    };

    struct Row
    {
        QDate date;
        std::optional<int> person;
        std::optional<int> team;
        QString personNote;
        QString teamNote;
    };

    explicit AssessmentComparisonModel(QObject *parent = nullptr);

    // One row per day the dimension was assessed, oldest first; a source scored twice the same
    // day keeps its latest record.
    static QList<Row> compare(const QList<Assessment> &assessments, const QString &dimension);

    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace passerelle
