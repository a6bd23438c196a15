#pragma once

#include "common/FormErrors.h"
#include "indicators/FilterOptions.h"
#include "indicators/IndicatorDefinition.h"
#include "indicators/IndicatorResult.h"
#include "indicators/ReportingPeriod.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace passerelle {

class BackgroundRead;
class Database;
class DialogService;
class IndicatorPreview;
class MeasureEditor;

// Edits one IndicatorDefinition with real widgets — entered by hand, or computed: a count,
// a ratio of two counts, a breakdown by a category, or the evolution of assessments on a
// dimension — and shows its value for the chosen period as it is edited. Every change
// restarts a 250 ms timer; the value is then computed by the engine on a worker thread
// with its own connection, and a result that an edit made stale is dropped. An invalid
// definition shows the refused field's message next to it (or in the banner, field named)
// and is neither computed nor saved. "Voir les dossiers" opens the records of the figure.
class IndicatorDefinitionEditor : public QWidget
{
    Q_OBJECT

public:
    // `programmeId`: the scope of the preview (the action sheet's programme).
    IndicatorDefinitionEditor(Database &db, DialogService &dialogs, const Clock &clock, const Uuid &programmeId,
                              const ReportingPeriod &period, QWidget *parent = nullptr);
    ~IndicatorDefinitionEditor() override;

    // nullopt: entered by hand.
    void setDefinition(const std::optional<IndicatorDefinition> &definition);
    // The definition as edited; nullopt when entered by hand. Throws ValidationError naming
    // the refused field ("definition.numerator.filters.channel").
    std::optional<IndicatorDefinition> definition() const;
    // Stores the definition of `indicatorId` (IndicatorDefinitionStore: shape and
    // references checked, one transaction). Throws ValidationError.
    void save(const Uuid &indicatorId);

    bool isManual() const;
    void setPeriod(const ReportingPeriod &period);
    ReportingPeriod period() const { return m_period; }

    // The preview as shown: the figure's text, or empty while none is valid.
    QString previewText() const;
    const std::optional<IndicatorResult> &previewResult() const { return m_result; }
    // The field of the last refusal ("" when the definition is valid).
    QString errorField() const { return m_errorField; }
    QString errorText() const;
    bool isComputing() const;

    QCheckBox *manualBox() const { return m_manual; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *categoryBox() const { return m_category; }
    QComboBox *dimensionBox() const { return m_dimension; }
    QComboBox *displayBox() const { return m_display; }
    MeasureEditor *measureEditor() const { return m_measure; }
    MeasureEditor *denominatorEditor() const { return m_denominator; }
    MeasureEditor *evolutionEditor() const { return m_evolution; }
    QPushButton *traceButton() const { return m_trace; }

Q_SIGNALS:
    // The definition changed (any widget).
    void changed();
    // A fresh value for the current definition and period is on screen.
    void previewUpdated();
    // The current definition was refused (field named by errorField()).
    void previewRefused(const QString &field);

public Q_SLOTS:
    void openTrace();

private:
    IndicatorDefinition::Type type() const;
    IndicatorDefinition build() const;
    void updateVisibility();
    void updateCategories();
    void edited();
    // Restarts the debounce timer; whatever is running or shown becomes stale.
    void schedule();
    void recompute();
    void showResult(const IndicatorResult &result);
    void showRefusal(const ValidationError &error, bool moveFocus);
    void clearPreview(const QString &message);

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    Uuid m_programme;
    ReportingPeriod m_period;
    FilterOptions m_options;

    QCheckBox *m_manual = nullptr;
    QComboBox *m_type = nullptr;
    QGroupBox *m_measureGroup = nullptr;
    MeasureEditor *m_measure = nullptr;
    QWidget *m_categoryRow = nullptr;
    QComboBox *m_category = nullptr;
    QGroupBox *m_denominatorGroup = nullptr;
    MeasureEditor *m_denominator = nullptr;
    QComboBox *m_display = nullptr;
    QGroupBox *m_evolutionGroup = nullptr;
    QComboBox *m_dimension = nullptr;
    MeasureEditor *m_evolution = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_categoryError = nullptr;
    QLabel *m_dimensionError = nullptr;
    FormErrors m_errors;

    IndicatorPreview *m_preview = nullptr;
    QPushButton *m_trace = nullptr; // the preview's "Voir les dossiers"

    QTimer m_debounce;
    BackgroundRead *m_read = nullptr;
    quint64 m_generation = 0; // bumped by every edit: results of older ones are stale
    bool m_pending = false;   // an edit came while a computation was running
    std::optional<IndicatorResult> m_result;
    std::optional<IndicatorDefinition> m_shown; // the definition m_result is the value of
    QString m_errorField;
};

} // namespace passerelle
