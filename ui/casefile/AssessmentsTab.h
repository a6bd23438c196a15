#pragma once

#include "casefile/AssessmentComparisonModel.h"
#include "casefile/CaseFileTab.h"

class QLabel;
class QListWidget;
class QTableView;

namespace passerelle {

class AssessmentChart;

// Assessments: the outcome dimensions on the left (with how many days each was assessed);
// for the chosen one, a table of the days with the person's score beside the team's and the
// gap, and a chart of both over time.
class AssessmentsTab : public CaseFileTab
{
    Q_OBJECT

public:
    explicit AssessmentsTab(QWidget *parent = nullptr);

    void load(const CaseFileSnapshot &snapshot) override;

    QListWidget *dimensions() const { return m_dimensions; }
    AssessmentComparisonModel &model() { return m_model; }
    AssessmentChart *chart() const { return m_chart; }
    QLabel *trendLabel() const { return m_trend; }

Q_SIGNALS:
    void assessmentRequested();

private:
    void showCurrentDimension();

    QList<Assessment> m_assessments;
    AssessmentComparisonModel m_model;
    QListWidget *m_dimensions = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_trend = nullptr;
    QTableView *m_table = nullptr;
    AssessmentChart *m_chart = nullptr;
};

} // namespace passerelle
