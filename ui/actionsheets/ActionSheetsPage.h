#pragma once

#include "actionsheets/ActionSheetForm.h"
#include "util/Uuid.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QPushButton;

namespace passerelle {

class ActionSheetListModel;
class ActionSheetListQuery;
class Clock;
class Database;
class DialogService;
class DirectoryButtons;
class DirectoryList;

// The "Fiches action" page: the action sheets (number, title, programme, period, the sheet
// each continues, number of indicators) with a search field, a programme filter and
// sortable columns. From it: a new sheet (Inser), a sheet from a template, the next year's
// sheet, the PDF of a sheet, opening one (Entrée) in ActionSheetForm, and archiving or
// restoring one after a confirmation (Suppr).
class ActionSheetsPage : public QWidget
{
    Q_OBJECT

public:
    // `db`, `dialogs` and `clock` must outlive the page.
    ActionSheetsPage(Database &db, DialogService &dialogs, const Clock &clock,
                     QWidget *parent = nullptr);
    ~ActionSheetsPage() override;

    ActionSheetListModel &model() const { return *m_model; }
    DirectoryList *list() const { return m_list; }
    QComboBox *programmeFilter() const { return m_programme; }

    // Opens the form of `sheetId` (a new sheet when null), or raises the one already open.
    ActionSheetForm *openForm(const Uuid &sheetId);

public Q_SLOTS:
    void refresh();
    void newSheet();
    void newFromTemplate();
    void continueCurrent();
    void printCurrent();
    void openCurrent();
    void archiveCurrent();

Q_SIGNALS:
    // A sheet was created, changed, archived or restored here.
    void sheetsChanged();
    void formOpened(passerelle::ActionSheetForm *form);

private:
    void buildUi();
    void reloadProgrammes();
    void updateButtons(const Uuid &sheetId);
    void afterWrite(const Uuid &sheetId);

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    std::unique_ptr<ActionSheetListQuery> m_query;
    ActionSheetListModel *m_model = nullptr;
    DirectoryList *m_list = nullptr;
    QComboBox *m_programme = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_print = nullptr;
    std::unique_ptr<DirectoryButtons> m_buttons;
    QHash<Uuid, QPointer<ActionSheetForm>> m_forms;
};

} // namespace passerelle
