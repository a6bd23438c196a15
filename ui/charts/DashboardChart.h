#pragma once

#include "reports/AnnualReview.h"

#include <QWidget>

class QComboBox;

namespace passerelle {

class ColumnChart;

// The dashboard's months as columns: a choice of views over the dashboard table (the
// interventions planned beside done, hours, caseload moves, sessions, participants, the
// file active at the end of each month) and the ColumnChart that paints it.
class DashboardChart : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardChart(QWidget *parent = nullptr);

    void setTable(const ReviewTable &table);
    QComboBox *viewBox() const { return m_view; }
    ColumnChart *chart() const { return m_chart; }

private:
    void showView();

    ReviewTable m_table;
    QComboBox *m_view = nullptr;
    ColumnChart *m_chart = nullptr;
};

} // namespace passerelle
