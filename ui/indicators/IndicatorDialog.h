#pragma once

#include "common/FormErrors.h"
#include "domain/Indicator.h"
#include "indicators/ReportingPeriod.h"
#include "util/Clock.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace passerelle {

class Database;
class DialogService;
class IndicatorDefinitionEditor;

// Adds or edits one indicator of an action sheet: its kind (process, result, impact), label
// and target, and how it is obtained (IndicatorDefinitionEditor, with its live preview).
// The indicator and its definition are saved in one transaction: a refused definition
// leaves no half-made indicator behind.
class IndicatorDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` empty: a new indicator of `sheetId`.
    IndicatorDialog(Database &db, DialogService &dialogs, const Clock &clock, const Uuid &sheetId,
                    const std::optional<Indicator> &existing, const ReportingPeriod &period,
                    QWidget *parent = nullptr);

    // The saved indicator's id (null until accepted).
    Uuid savedId() const { return m_saved; }
    QLineEdit *labelEdit() const { return m_label; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *targetEdit() const { return m_target; }
    IndicatorDefinitionEditor *definitionEditor() const { return m_editor; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    bool save();

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    Uuid m_sheet;
    std::optional<Indicator> m_existing;
    Uuid m_saved;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_target = nullptr;
    QLabel *m_banner = nullptr;
    IndicatorDefinitionEditor *m_editor = nullptr;
    FormErrors m_errors;
    bool m_modified = false;
};

} // namespace passerelle
