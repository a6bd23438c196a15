#pragma once

#include "casefile/CaseFileTab.h"
#include "casefile/CaseTimelineModel.h"
#include "queries/CaseTimelineQuery.h"

class QLabel;
class QPushButton;
class QTableView;

namespace passerelle {

class Database;

// The case's interventions and commission reviews, newest first, a page at a time ("Afficher
// les suivantes", or scrolling to the end), under a line that sums them up. Read-only here:
// interventions are entered with the quick-entry dialog, which the window opens on request.
class TimelineTab : public CaseFileTab
{
    Q_OBJECT

public:
    // `db` must outlive the tab.
    TimelineTab(const Database &db, const QDate &today, QWidget *parent = nullptr);

    void load(const CaseFileSnapshot &snapshot) override;

    CaseTimelineModel &model() { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *moreButton() const { return m_more; }
    QLabel *summaryLabel() const { return m_summary; }

public Q_SLOTS:
    // Reads the timeline again (after an intervention was entered elsewhere).
    void refresh();
    void showMore();

Q_SIGNALS:
    void newInterventionRequested();

private:
    void updateSummary();

    // Declaration order matters: the model goes before the query it reads.
    CaseTimelineQuery m_query;
    CaseTimelineModel m_model;
    QDate m_today;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_failure = nullptr;
};

} // namespace passerelle
