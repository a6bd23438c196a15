#pragma once

#include "reports/AnnualReview.h"
#include "util/Clock.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace passerelle {

class Database;
class DialogService;
class DashboardChart;
class ReviewTableModel;

// "Tableau de bord": the month-by-month activity of a programme for a year (the current
// one by default) — caseload moves, interventions planned and done, hours, sessions —
// computed on a worker thread, shown in a table and as month-by-month columns, exported as XLSX, CSV or PDF.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    // `db`, `dialogs` and `clock` must outlive the page.
    DashboardPage(Database &db, DialogService &dialogs, const Clock &clock = systemClock(),
                  QWidget *parent = nullptr);
    ~DashboardPage() override;

    ReviewTableModel &model() const { return *m_model; }
    DashboardChart *chart() const { return m_chart; }
    bool isBuilding() const { return m_building; }

public Q_SLOTS:
    void reload();
    void build();
    void exportAs(const QString &format);

Q_SIGNALS:
    void built(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    QComboBox *m_programme = nullptr;
    QSpinBox *m_year = nullptr;
    QPushButton *m_build = nullptr;
    QList<QPushButton *> m_exports;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    ReviewTableModel *m_model = nullptr;
    DashboardChart *m_chart = nullptr;
    bool m_building = false;
    bool m_hasTable = false;
    bool m_shownOnce = false;
    class BackgroundRead *m_read;
};

} // namespace passerelle
