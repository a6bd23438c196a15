#pragma once

#include "reports/AnnualReview.h"
#include "reports/ReviewHtml.h"
#include "util/Clock.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTextBrowser;

namespace passerelle {

class Database;
class DialogService;
class ReviewChartsView;

// "Bilan annuel": choose an action sheet and a year, see the review on screen, export it
// as PDF, spreadsheet (XLSX), CSV or JSON — the same core code as `passerelle-cli report`.
// The review is built on a worker thread with a connection of its own (several seconds on
// a 100 000-case database) behind a busy bar; the window stays responsive and the export
// buttons wait for the figures. The review's tables are on one tab, its charts on another.
class AnnualReviewPage : public QWidget
{
    Q_OBJECT

public:
    // `db`, `dialogs` and `clock` must outlive the page.
    AnnualReviewPage(Database &db, DialogService &dialogs, const Clock &clock = systemClock(),
                     QWidget *parent = nullptr);
    ~AnnualReviewPage() override;

    const std::optional<AnnualReview> &review() const { return m_review; }
    bool isBuilding() const { return m_building; }
    QTextBrowser *preview() const { return m_preview; }
    ReviewChartsView *charts() const { return m_charts; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    // Reads the list of action sheets again (F5).
    void reload();
    // Builds the review of the chosen sheet and year.
    void build();
    // Asks for a file and writes the review in `format` ("pdf", "xlsx", "csv", "json").
    void exportAs(const QString &format);
    // Opens the records behind the figure of link `index` (a "trace:<index>" of the preview).
    void traceFigure(int index);

Q_SIGNALS:
    // The review of the chosen sheet and year is on screen (or the build failed).
    void built(bool ok);

private:
    void showBuilt(const std::optional<AnnualReview> &review, const QString &error);
    void updateActions();

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    QComboBox *m_sheet = nullptr;
    QSpinBox *m_year = nullptr;
    QPushButton *m_build = nullptr;
    QList<QPushButton *> m_exports;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_preview = nullptr;
    ReviewChartsView *m_charts = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::optional<AnnualReview> m_review;
    QList<ReviewLink> m_links; // the figures of the preview that open their records
    bool m_building = false;
    class BackgroundRead *m_read;
};

} // namespace passerelle
