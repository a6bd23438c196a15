#pragma once

#include "actionsheets/SheetSection.h"

class QPlainTextEdit;

namespace passerelle {

class CodeCheckGroup;
class Database;

// The classification of the regional action databases (OSCARS): themes, types of action and
// the results model A1–A4, B1–B4, C1–C3, D; then the evaluation method of the sheet.
class ClassificationSection : public SheetSection
{
    Q_OBJECT

public:
    ClassificationSection(Database &db, FormErrors &errors, QWidget *parent = nullptr);

    void load(const ActionSheet &sheet) override;
    void store(ActionSheet &sheet) const override;

private:
    CodeCheckGroup *m_themes = nullptr;
    CodeCheckGroup *m_actionTypes = nullptr;
    CodeCheckGroup *m_results = nullptr;
    QPlainTextEdit *m_evaluation = nullptr;
};

} // namespace passerelle
