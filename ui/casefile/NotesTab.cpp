#include "casefile/NotesTab.h"

#include "casefile/CaseFileDraft.h"
#include "common/FormErrors.h"
#include "queries/CaseFileSnapshot.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace passerelle {

NotesTab::NotesTab(FormErrors &errors, QWidget *parent) : CaseFileTab(parent)
{
    setObjectName(QStringLiteral("notesTab"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Notes de suivi"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes de suivi"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Faits, démarches, points d'attention. Pas de diagnostic : "
                                   "la personne peut demander à lire son dossier."));
    label->setBuddy(m_notes);
    auto *message = new QLabel(this);
    errors.bind(QStringLiteral("case.notes"), m_notes, message);
    layout->addWidget(label);
    layout->addWidget(m_notes, 1);
    layout->addWidget(message);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &NotesTab::markEdited);
}

void NotesTab::load(const CaseFileSnapshot &s)
{
    const LoadGuard guard(*this);
    m_notes->setPlainText(s.caseFile.notes);
}

void NotesTab::apply(CaseFileDraft &draft, FieldErrors &) const
{
    draft.caseFile.notes = m_notes->toPlainText();
}

} // namespace passerelle
