#pragma once

#include "models/CaseListModel.h"
#include "queries/CaseListChoices.h"
#include "queries/CaseListLoader.h"

#include <QWidget>

class QTableView;
class QTimer;

namespace passerelle {

class CaseListFilterBar;
class Database;

// The list of cases with its search field and filters: the "Situations" page of the main
// window. Reads through a CaseListLoader of its own (off the GUI thread) and knows the
// database only through the read models of core/queries.
class CaseListPage : public QWidget
{
    Q_OBJECT

public:
    // `db` must outlive the page; the loader opens the same file read-only.
    explicit CaseListPage(const Database &db, QWidget *parent = nullptr);
    ~CaseListPage() override;

    CaseListModel &model() { return m_model; }
    QTableView *table() const { return m_table; }
    CaseListFilterBar *filterBar() const { return m_filterBar; }

    // Column widths, their order and the sort, as the person left them: to keep between
    // sessions. restoreHeaderState() ignores a state that does not fit the columns.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

public Q_SLOTS:
    // Reads the filter choices again (keeping those chosen) and starts a new listing.
    void reload();
    void focusSearch();

Q_SIGNALS:
    void countsChanged(qint64 matching, qint64 total);
    void loadFailed(const QString &message);
    // Emitted once, after the table has painted the first listing (empty or not).
    void firstPageShown();
    // Enter or a double click on a case.
    void openCaseRequested(const passerelle::Uuid &caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildTable();
    void setDefaultColumnWidths();
    void fillChoices();
    void showCounts(qint64 matching, qint64 total);
    void showLoading(bool loading);
    void openCurrent(const QModelIndex &index);

    CaseListChoices m_choices;
    // Declaration order matters: the model is destroyed before the loader it listens to.
    CaseListLoader m_loader;
    CaseListModel m_model;
    CaseListFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_slowLoad = nullptr;
    bool m_firstListingLoaded = false;
    bool m_firstPageShown = false;
};

} // namespace passerelle
