#pragma once

#include "util/Uuid.h"

#include <QHash>
#include <QIcon>
#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QSettings;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace passerelle {

class CaseListPage;
class Database;
class DialogService;
class NavigationPane;

// The desktop window over one database: a navigation pane on the left, the page it names
// in the middle (the case list first), menus and a toolbar with the everyday actions, and
// the database, its replica id and the integrity check in the status bar.
// Its geometry, its panes and the page last shown are kept in QSettings.
//
// The window builds the case list itself; the other pages come from their own modules and
// are added with addPage(). Their keys, in the order of the navigation, are:
//   "cases" (built in), "agenda", "sessions", "partners", "workers", "programmes".
// The actions that open another module's dialogs are signals (newCaseRequested…), enabled
// as soon as something is connected to them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `db`, `settings` and `dialogs` must outlive the window.
    MainWindow(const Database &db, QSettings &settings, DialogService &dialogs,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page and its entry at the end of the navigation (Ctrl+1 for the first entry,
    // Ctrl+2 for the next…). A null icon takes standardIcon(key). The window takes
    // ownership of `page`. If `key` is the page shown when the window was last closed, it
    // is shown again.
    void addPage(const QString &key, const QString &title, const QIcon &icon, QWidget *page);
    QWidget *page(const QString &key) const;
    QString currentPageKey() const;
    // Shows the page; false when no page has that key.
    bool showPage(const QString &key);
    // The icon of a known page key, from the desktop's icon theme where there is one.
    static QIcon standardIcon(const QString &key);

    CaseListPage *caseList() const { return m_caseList; }

    // Runs PRAGMA quick_check on a worker thread (the desktop opens the database with the
    // check deferred so the list shows at once); the outcome lands in the status bar, and a
    // damaged file is reported in a dialog.
    void startIntegrityCheck();

    // Asked before the window closes; false keeps it open (a case file kept its edits).
    void setCloseGuard(std::function<bool()> guard) { m_closeGuard = std::move(guard); }

public Q_SLOTS:
    // F5: reads the case list again and asks the other pages to (refreshRequested).
    void refresh();
    // Ctrl+F: shows the case list and puts the focus in its search field.
    void focusSearch();
    void showPreferences();
    void showAbout();

Q_SIGNALS:
    void newCaseRequested();
    void newInterventionRequested();
    // Enter or a double click on a case of the list.
    void openCaseRequested(const passerelle::Uuid &caseId);
    // F5, after the case list has started reading again: pages added with addPage() reload.
    void refreshRequested();
    void currentPageChanged(const QString &key);
    // The case list has painted its first listing.
    void firstPageShown();
    // The background integrity check is over: `result` is "ok" or SQLite's findings.
    void integrityChecked(const QString &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildStatusBar();
    QAction *addGoToAction(const QString &key, const QString &title, int row);
    static bool isRequestSignal(const QMetaMethod &signal);
    void enableRequestActions();
    void showLoadFailure(const QString &message);
    void showIntegrity(const QString &result);
    void restoreLayout();
    void saveLayout();

    const Database &m_db;
    QSettings &m_settings;
    DialogService &m_dialogs;
    NavigationPane *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolBar *m_toolBar = nullptr;
    CaseListPage *m_caseList = nullptr;
    QHash<QString, QWidget *> m_pageByKey;
    QString m_lastPageKey; // from the settings: shown again when its page is added
    QAction *m_newCase = nullptr;
    QAction *m_newIntervention = nullptr;
    QAction *m_search = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QMenu *m_goMenu = nullptr;
    QLabel *m_integrityLabel = nullptr;
    std::function<bool()> m_closeGuard;
    bool m_splitterRestored = false; // the person's own pane width wins over the titles'
    bool m_shownOnce = false;
};

} // namespace passerelle
