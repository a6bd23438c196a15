#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QSettings;
class QTabWidget;

namespace passerelle {

class AgendaPage;
class CaseListPage;
class Database;
class DialogService;

// The desktop window over one database: for now the case list, with the database and its
// count in the status bar. Later pages (agenda, sessions, partners…) join the case list
// in the central area.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `db` and `settings` must outlive the window; geometry and column widths are kept
    // in `settings`.
    MainWindow(Database &db, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseListPage *caseList() const { return m_caseList; }
    AgendaPage *agenda() const { return m_agenda; }
    // Tests answer the window's questions in advance through a scripted service.
    void setDialogService(DialogService &dialogs) { m_dialogs = &dialogs; }

    // Runs PRAGMA quick_check on a worker thread (the desktop opens the database with the
    // check deferred so the list shows at once); the outcome lands in the status bar, and a
    // damaged file is reported in a dialog.
    void startIntegrityCheck();

public Q_SLOTS:
    void refresh();
    void showAbout();
    void newIntervention();
    void showAgenda();

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

    Database &m_db;
    QSettings &m_settings;
    std::unique_ptr<DialogService> m_ownDialogs;
    DialogService *m_dialogs = nullptr;
    QTabWidget *m_pages = nullptr;
    CaseListPage *m_caseList = nullptr;
    AgendaPage *m_agenda = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_integrityLabel = nullptr;
};

} // namespace passerelle
