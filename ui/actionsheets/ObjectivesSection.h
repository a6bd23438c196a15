#pragma once

#include "actionsheets/SheetSection.h"

class QPlainTextEdit;

namespace passerelle {

class OrderedEntryEditor;

// "Objectifs et mise en œuvre": the specific objective, the dated operational objectives,
// the description of the implementation and its dated steps.
class ObjectivesSection : public SheetSection
{
    Q_OBJECT

public:
    explicit ObjectivesSection(FormErrors &errors, QWidget *parent = nullptr);

    void load(const ActionSheet &sheet) override;
    void store(ActionSheet &sheet) const override;
    void checkInput(FieldErrors &problems) const override;

    OrderedEntryEditor *objectives() const { return m_objectives; }
    OrderedEntryEditor *steps() const { return m_steps; }

private:
    QPlainTextEdit *m_specific = nullptr;
    OrderedEntryEditor *m_objectives = nullptr;
    QPlainTextEdit *m_implementation = nullptr;
    OrderedEntryEditor *m_steps = nullptr;
};

} // namespace passerelle
