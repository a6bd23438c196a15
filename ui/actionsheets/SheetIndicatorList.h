#pragma once

#include "casefile/SnapshotListModel.h"
#include "util/Uuid.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace passerelle {

class Database;

// The sheet's indicators, read only: kind, label, target and whether the engine computes it
// or the team enters it by hand. The "Indicateurs" tab until the indicator editor
// (SheetIndicatorsWidget) takes its place.
class SheetIndicatorList : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString kind;
        QString label;
        QString target;
        QString how;
    };

    explicit SheetIndicatorList(Database &db, QWidget *parent = nullptr);

    void load(const Uuid &sheetId);
    QTableView *view() const { return m_view; }
    SnapshotListModel<Row> &model() { return m_model; }

private:
    Database &m_db;
    SnapshotListModel<Row> m_model;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace passerelle
