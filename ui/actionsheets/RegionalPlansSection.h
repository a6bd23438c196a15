#pragma once

#include "actionsheets/SheetSection.h"

class QLineEdit;

namespace passerelle {

class AxisCheckGroup;
class Database;

// "Lien avec le Projet régional de santé" (axes 1–7, organisation of supply, outside PRS,
// CLS coordination, each with its objective) and "Lien avec le PRSE 3", with the programme of
// the regional health project the action serves (OSCARS).
class RegionalPlansSection : public SheetSection
{
    Q_OBJECT

public:
    RegionalPlansSection(Database &db, FormErrors &errors, QWidget *parent = nullptr);

    void load(const ActionSheet &sheet) override;
    void store(ActionSheet &sheet) const override;

private:
    AxisCheckGroup *m_prs = nullptr;
    QLineEdit *m_prsProgramme = nullptr;
    AxisCheckGroup *m_prse3 = nullptr;
};

} // namespace passerelle
