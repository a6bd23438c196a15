#pragma once

#include "actionsheets/SheetSection.h"
#include "domain/Programme.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace passerelle {

class CodeCheckGroup;
class Database;

// "Identification" of the ARS template: programme, number and title, CLS and strategic axis,
// typology of the action, carrier (structure and referent), local context, contact, and the
// sheet this one continues.
class IdentificationSection : public SheetSection
{
    Q_OBJECT

public:
    IdentificationSection(Database &db, FormErrors &errors, QWidget *parent = nullptr);

    void load(const ActionSheet &sheet) override;
    void store(ActionSheet &sheet) const override;

private:
    Database &m_db;
    QList<Programme> m_programmes;
    QComboBox *m_programme = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_clsName = nullptr;
    QLineEdit *m_strategicAxis = nullptr;
    CodeCheckGroup *m_typology = nullptr;
    QLineEdit *m_carrierStructure = nullptr;
    QLineEdit *m_carrierReferent = nullptr;
    QPlainTextEdit *m_localContext = nullptr;
    QLineEdit *m_contact = nullptr;
    QLabel *m_chainedFrom = nullptr;
};

} // namespace passerelle
