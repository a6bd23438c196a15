#pragma once

#include "models/CaseListModel.h"
#include "queries/CaseListQuery.h"

#include <QWidget>

class QComboBox;
class QLayout;
class QTableView;

namespace passerelle {

class Database;

// The list of cases with its filter bar: one page of the main window. Owns its read model
// and item model; knows the database only through CaseListQuery.
class CaseListPage : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListPage(const Database &db, QWidget *parent = nullptr);
    ~CaseListPage() override;

    CaseListModel &model() { return m_model; }
    QTableView *table() const { return m_table; }

    // Column widths as the person left them, to keep between sessions; restore ignores a
    // list that does not match the current columns.
    QList<int> columnWidths() const;
    void restoreColumnWidths(const QList<int> &widths);

public Q_SLOTS:
    // Reads the programmes (keeping the chosen one if it still exists) and the list again.
    void reload();

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    void loadFailed(const QString &message);
    // Emitted once, after the table has painted for the first time (with the first page
    // when there is one).
    void firstPageShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLayout *buildFilterBar();
    void fillProgrammes();
    CaseListFilter currentFilter() const;
    void applyFilter();
    void setDefaultColumnWidths();

    // Declaration order matters: the model is destroyed before the query it reads.
    CaseListQuery m_query;
    CaseListModel m_model;
    QComboBox *m_programme = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_table = nullptr;
    bool m_painted = false;
};

} // namespace passerelle
