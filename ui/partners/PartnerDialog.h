#pragma once

#include "domain/Partner.h"
#include "directory/DirectoryDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace passerelle {

class Clock;
class Database;

// Creates a partner or changes one: name, type (from the partner type list), commune,
// contact, phone, e-mail, notes. Saved through PartnerRepository, all or nothing.
class PartnerDialog : public DirectoryDialog
{
    Q_OBJECT

public:
    // A new partner when `partnerId` is null. `db`, `dialogs` and `clock` must outlive it.
    PartnerDialog(Database &db, DialogService &dialogs, const Clock &clock,
                  const Uuid &partnerId = {}, QWidget *parent = nullptr);

    Uuid savedId() const { return m_partner.id; }

protected:
    void save() override;

private:
    Database &m_db;
    const Clock &m_clock;
    Partner m_partner;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_commune = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace passerelle
