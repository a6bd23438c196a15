#pragma once

#include "actionsheets/SheetSection.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace passerelle {

class CodeCheckGroup;
class Database;
class SheetPartnerEditor;

// "Partenaires", "Public" and "Lieux" of the template with the OSCARS fields that go with
// them: partners with their role, public and its categories, number of people concerned,
// places and their types, communes, department and geographic level.
class PublicSection : public SheetSection
{
    Q_OBJECT

public:
    PublicSection(Database &db, FormErrors &errors, QWidget *parent = nullptr);

    void load(const ActionSheet &sheet) override;
    void store(ActionSheet &sheet) const override;

    SheetPartnerEditor *partners() const { return m_partners; }

    // Communes as typed, one per line (commas and semicolons also separate), blanks and
    // repeats left out.
    static QStringList communesOf(const QString &text);

private:
    SheetPartnerEditor *m_partners = nullptr;
    QPlainTextEdit *m_public = nullptr;
    CodeCheckGroup *m_publicCategories = nullptr;
    QLineEdit *m_peopleConcerned = nullptr;
    QPlainTextEdit *m_places = nullptr;
    CodeCheckGroup *m_placeTypes = nullptr;
    QPlainTextEdit *m_communes = nullptr;
    QLineEdit *m_department = nullptr;
    QComboBox *m_level = nullptr;
};

} // namespace passerelle
