#pragma once

#include <QMainWindow>

class QLabel;
class QSettings;

namespace passerelle {

class CaseListPage;
class Database;

// The desktop window over one database: for now the case list, with the database and its
// count in the status bar. Later pages (agenda, sessions, partners…) join the case list
// in the central area.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `db` and `settings` must outlive the window; geometry and column widths are kept
    // in `settings`.
    MainWindow(const Database &db, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseListPage *caseList() const { return m_caseList; }

    // Runs PRAGMA quick_check on a worker thread (the desktop opens the database with the
    // check deferred so the list shows at once); the outcome lands in the status bar, and a
    // damaged file is reported in a dialog.
    void startIntegrityCheck();

public Q_SLOTS:
    void refresh();
    void showAbout();

Q_SIGNALS:
    // The case list has painted its first page.
    void firstPageShown();
    // The background integrity check is over: `result` is "ok" or SQLite's findings.
    void integrityChecked(const QString &result);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void showCount(qint64 count);
    void showLoadFailure(const QString &message);
    void showIntegrity(const QString &result);
    void restoreLayout();
    void saveLayout();

    const Database &m_db;
    QSettings &m_settings;
    CaseListPage *m_caseList = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_integrityLabel = nullptr;
};

} // namespace passerelle
