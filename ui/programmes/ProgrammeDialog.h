#pragma once

#include "domain/Programme.h"
#include "directory/DirectoryDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace passerelle {

class Clock;
class Database;
class DateLineEdit;

// Creates a programme or changes one: organisation, code (it prefixes case numbers), name,
// territory, period and description. The action sheet has its own form.
class ProgrammeDialog : public DirectoryDialog
{
    Q_OBJECT

public:
    // A new programme when `programmeId` is null. `db`, `dialogs` and `clock` must outlive it.
    ProgrammeDialog(Database &db, DialogService &dialogs, const Clock &clock,
                    const Uuid &programmeId = {}, QWidget *parent = nullptr);

    Uuid savedId() const { return m_programme.id; }

protected:
    void save() override;

private:
    Database &m_db;
    const Clock &m_clock;
    Programme m_programme;
    QComboBox *m_organisation = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_territory = nullptr;
    DateLineEdit *m_start = nullptr;
    DateLineEdit *m_end = nullptr;
    QPlainTextEdit *m_description = nullptr;
};

} // namespace passerelle
