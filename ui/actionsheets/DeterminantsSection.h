#pragma once

#include "actionsheets/SheetSection.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace passerelle {

class CodeCheckGroup;
class Database;

// "Déterminants de santé", whether the action targets social inequalities of health (yes /
// no, and how), the public policies concerned, and citizen participation (yes / no, and how).
class DeterminantsSection : public SheetSection
{
    Q_OBJECT

public:
    DeterminantsSection(Database &db, FormErrors &errors, QWidget *parent = nullptr);

    void load(const ActionSheet &sheet) override;
    void store(ActionSheet &sheet) const override;

private:
    QComboBox *yesNo(const QString &objectName);
    static void setYesNo(QComboBox *combo, std::optional<bool> value);
    static std::optional<bool> yesNoOf(const QComboBox *combo);

    CodeCheckGroup *m_determinants = nullptr;
    QComboBox *m_inequalities = nullptr;
    QPlainTextEdit *m_inequalitiesDetail = nullptr;
    QLineEdit *m_policies = nullptr;
    QComboBox *m_participation = nullptr;
    QPlainTextEdit *m_participationHow = nullptr;
};

} // namespace passerelle
