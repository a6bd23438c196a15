#pragma once

#include "casefile/CaseFileTab.h"

class QPlainTextEdit;

namespace passerelle {

class FormErrors;

// The case's free notes. Never logged, never exported to the funders' reports.
class NotesTab : public CaseFileTab
{
    Q_OBJECT

public:
    NotesTab(FormErrors &errors, QWidget *parent = nullptr);

    void load(const CaseFileSnapshot &snapshot) override;
    void apply(CaseFileDraft &draft, FieldErrors &problems) const override;

private:
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace passerelle
