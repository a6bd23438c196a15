#pragma once

#include "common/FormErrors.h"
#include "domain/ActionSheet.h"

#include <QDialog>

class QLabel;
class QTabWidget;

namespace passerelle {

class CalendarSection;
class ClassificationSection;
class Clock;
class Database;
class DeterminantsSection;
class DialogService;
class FundingSection;
class IdentificationSection;
class ObjectivesSection;
class PublicSection;
class RegionalPlansSection;
class SheetIndicatorList;
class SheetSection;

// The action sheet (fiche action CLS) form: every section of the ARS template and the
// OSCARS fields, one tab per group of sections, then the funders and amounts and the
// indicators. "Enregistrer" (Ctrl+S) writes the sheet, its sections and its funding in one
// transaction and keeps the form open; Ctrl+Entrée saves and closes; a refused field is named
// beside its editor (its tab brought forward); closing with unsaved edits asks first.
class ActionSheetForm : public QDialog
{
    Q_OBJECT

public:
    // A new sheet when `sheetId` is null. `db`, `dialogs` and `clock` must outlive the form.
    ActionSheetForm(Database &db, DialogService &dialogs, const Clock &clock,
                    const Uuid &sheetId = {}, QWidget *parent = nullptr);
    ~ActionSheetForm() override;

    // For a new sheet: the programme chosen beforehand (the page's filter).
    void presetProgramme(const Uuid &programmeId);

    // Adds a tab after the others (the "Indicateurs" editor of ui/indicators, once merged).
    void addPage(QWidget *page, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    // Puts `page` (ui/indicators' SheetIndicatorsWidget for this sheet) in place of the
    // read-only indicator list, in the same tab. The form owns it.
    void setIndicatorPage(QWidget *page);
    // The read-only indicator list; null once setIndicatorPage() replaced it.
    SheetIndicatorList *indicatorList() const { return m_indicators; }

    Uuid sheetId() const { return m_sheet.id; }
    const ActionSheet &sheet() const { return m_sheet; }
    bool isModified() const { return m_modified; }
    FormErrors &errors() { return m_errors; }
    QString bannerText() const;

public Q_SLOTS:
    // Writes the form; false (with the messages shown) when refused.
    bool save();
    void accept() override; // save and close
    void reject() override; // close, asking first when there are unsaved edits

Q_SIGNALS:
    void saved(const passerelle::Uuid &sheetId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildUi();
    void addSection(SheetSection *section, const QString &title);
    void showSheet();
    void updateTitle();
    void showErrors(const ValidationError &e);
    bool confirmClose();

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    ActionSheet m_sheet;
    FormErrors m_errors;
    bool m_modified = false;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_banner = nullptr;
    QList<SheetSection *> m_sections;
    FundingSection *m_funding = nullptr;
    SheetIndicatorList *m_indicators = nullptr;
};

} // namespace passerelle
