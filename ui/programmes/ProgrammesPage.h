#pragma once

#include "util/Uuid.h"

#include <QWidget>

#include <memory>

class QPushButton;

namespace passerelle {

class Clock;
class Database;
class DialogService;
class DirectoryButtons;
class DirectoryList;
class ProgrammeListModel;
class ProgrammeListQuery;

// The "Dispositifs" page: the programmes (code, name, territory, period, open cases,
// organisation) with a search field. Insert creates a programme, Enter changes the chosen
// one, Delete archives it after a confirmation (or restores an archived one).
class ProgrammesPage : public QWidget
{
    Q_OBJECT

public:
    // `db`, `dialogs` and `clock` must outlive the page.
    ProgrammesPage(Database &db, DialogService &dialogs, const Clock &clock,
                   QWidget *parent = nullptr);
    ~ProgrammesPage() override;

    ProgrammeListModel &model() const { return *m_model; }
    DirectoryList *list() const { return m_list; }

public Q_SLOTS:
    void reload();
    void newProgramme();
    void editCurrent();
    void archiveCurrent();

Q_SIGNALS:
    // A programme was created, changed, archived or restored here (other pages offer them).
    void programmesChanged();

private:
    void buildUi();
    void updateButtons(const Uuid &programmeId);
    void edit(const Uuid &programmeId);

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    std::unique_ptr<ProgrammeListQuery> m_query;
    ProgrammeListModel *m_model = nullptr;
    DirectoryList *m_list = nullptr;
    std::unique_ptr<DirectoryButtons> m_buttons;
};

} // namespace passerelle
