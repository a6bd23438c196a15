#pragma once

#include "casefile/CaseFileTab.h"

class QListWidget;
class QPlainTextEdit;

namespace passerelle {

class FormErrors;

// Needs and problems: the problem typology of the case (checked in the reference list), the
// needs as the person expresses them and as the professionals see them, side by side.
class NeedsTab : public CaseFileTab
{
    Q_OBJECT

public:
    NeedsTab(FormErrors &errors, QWidget *parent = nullptr);

    void load(const CaseFileSnapshot &snapshot) override;
    void apply(CaseFileDraft &draft, FieldErrors &problems) const override;

    QListWidget *problems() const { return m_problems; }

private:
    QListWidget *m_problems = nullptr;
    QPlainTextEdit *m_needsPerson = nullptr;
    QPlainTextEdit *m_needsProfessional = nullptr;
};

} // namespace passerelle
