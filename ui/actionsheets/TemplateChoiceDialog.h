#pragma once

#include "actionsheets/SheetFromTemplate.h"
#include "directory/DirectoryDialog.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace passerelle {

class Clock;
class Database;

// "Nouvelle fiche depuis un modèle": the template (seed 000 pair-aidance, seed 001 mobile
// team), the programme and year of the new sheet, and — for a template that counts the
// carrier landlord's situations — that landlord. Enregistrer creates the sheet with its
// sections and indicators (SheetFromTemplate); the page then opens it in the form.
class TemplateChoiceDialog : public DirectoryDialog
{
    Q_OBJECT

public:
    TemplateChoiceDialog(Database &db, DialogService &dialogs, const Clock &clock,
                         const Uuid &programmeId = {}, QWidget *parent = nullptr);

    const SheetFromTemplate::Created &created() const { return m_created; }

protected:
    void save() override;

private:
    void templateChanged();

    Database &m_db;
    const Clock &m_clock;
    SheetFromTemplate::Created m_created;
    QComboBox *m_template = nullptr;
    QLabel *m_source = nullptr;
    QComboBox *m_programme = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_landlord = nullptr;
    QLabel *m_landlordLabel = nullptr;
};

} // namespace passerelle
