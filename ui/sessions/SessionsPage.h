#pragma once

#include "util/Uuid.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace passerelle {

class Clock;
class Database;
class DialogService;
class DirectoryButtons;
class DirectoryList;
class SessionListModel;
class SessionListQuery;

// The "Séances collectives" page: workshops, information and partner meetings, trainings,
// synthesis meetings, thematic days and commissions, newest first, with a search field;
// under the list, the chosen session's participants by typology. Insert creates a session,
// Enter changes the chosen one (for a commission, its reviewed cases and decisions),
// Delete archives it after a confirmation (or restores an archived one).
class SessionsPage : public QWidget
{
    Q_OBJECT

public:
    // `db`, `dialogs` and `clock` must outlive the page.
    SessionsPage(Database &db, DialogService &dialogs, const Clock &clock,
                 QWidget *parent = nullptr);
    ~SessionsPage() override;

    SessionListModel &model() const { return *m_model; }
    DirectoryList *list() const { return m_list; }
    QString summaryText() const;

public Q_SLOTS:
    void reload();
    void newSession();
    void editCurrent();
    void archiveCurrent();

Q_SIGNALS:
    // A session was created, changed, archived or restored here.
    void sessionsChanged();

private:
    void buildUi();
    void showCurrent(const Uuid &sessionId);
    void edit(const Uuid &sessionId);

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    std::unique_ptr<SessionListQuery> m_query;
    SessionListModel *m_model = nullptr;
    DirectoryList *m_list = nullptr;
    QLabel *m_summary = nullptr;
    std::unique_ptr<DirectoryButtons> m_buttons;
};

} // namespace passerelle
