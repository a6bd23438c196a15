#pragma once

#include "util/Errors.h"

#include <QWidget>

namespace passerelle {

struct CaseFileDraft;
struct CaseFileSnapshot;

// One tab of the case file. load() fills the editors from a snapshot without reporting an
// edit; apply() copies what the person typed into the draft "Enregistrer" writes (read-only
// tabs leave it as it is) and adds to `problems` what cannot even be read (a date that is not
// one). Tabs bind their editors, at construction, in the window's FormErrors under the field
// names CaseFileStore reports ("case.referral_date", "person.birth_year"…).
class CaseFileTab : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void load(const CaseFileSnapshot &snapshot) = 0;
    virtual void apply(CaseFileDraft &draft, FieldErrors &problems) const
    {
        Q_UNUSED(draft);
        Q_UNUSED(problems);
    }

Q_SIGNALS:
    // The person changed something that "Enregistrer" would write.
    void edited();

protected:
    // Editors report their changes through this, which stays silent while load() runs.
    void markEdited()
    {
        if (!m_loading)
            Q_EMIT edited();
    }
    // Set for the duration of a load().
    class LoadGuard
    {
    public:
        explicit LoadGuard(CaseFileTab &tab) : m_tab(tab) { m_tab.m_loading = true; }
        ~LoadGuard() { m_tab.m_loading = false; }
        LoadGuard(const LoadGuard &) = delete;
        LoadGuard &operator=(const LoadGuard &) = delete;

    private:
        CaseFileTab &m_tab;
    };

private:
    bool m_loading = false;
};

} // namespace passerelle
