#pragma once

#include "util/Uuid.h"

#include <QWidget>

#include <memory>

class QGroupBox;
class QLabel;
class QPushButton;

namespace passerelle {

class CaseReferenceList;
class Clock;
class Database;
class DialogService;
class DirectoryButtons;
class DirectoryList;
class WorkerDetailQuery;
class WorkerListModel;
class WorkerListQuery;

// The "Intervenants" page: the workers (role, FTE, trained, active, open cases) with a
// search field, and beside the chosen one their hours this month (done interventions
// where they are in the pair; "this month" from the Clock) and the cases they are assigned
// to. Insert creates a worker, Enter changes the chosen one, Delete archives it after a
// confirmation (or restores an archived one). Enter on a case number opens its file.
class WorkersPage : public QWidget
{
    Q_OBJECT

public:
    // `db`, `dialogs` and `clock` must outlive the page.
    WorkersPage(Database &db, DialogService &dialogs, const Clock &clock,
                QWidget *parent = nullptr);
    ~WorkersPage() override;

    WorkerListModel &model() const { return *m_model; }
    DirectoryList *list() const { return m_list; }
    CaseReferenceList *casesList() const { return m_cases; }
    QString hoursText() const;
    QString casesText() const;

public Q_SLOTS:
    void reload();
    void newWorker();
    void editCurrent();
    void archiveCurrent();

Q_SIGNALS:
    void openCaseRequested(const passerelle::Uuid &caseId);
    // A worker was created, changed, archived or restored here (the agenda lists them).
    void workersChanged();

private:
    void buildUi();
    void showDetail(const Uuid &workerId);
    void edit(const Uuid &workerId);

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    std::unique_ptr<WorkerListQuery> m_query;
    std::unique_ptr<WorkerDetailQuery> m_detailQuery;
    WorkerListModel *m_model = nullptr;
    DirectoryList *m_list = nullptr;
    QGroupBox *m_detail = nullptr;
    QLabel *m_hours = nullptr;
    QLabel *m_casesLabel = nullptr;
    CaseReferenceList *m_cases = nullptr;
    std::unique_ptr<DirectoryButtons> m_buttons;
};

} // namespace passerelle
