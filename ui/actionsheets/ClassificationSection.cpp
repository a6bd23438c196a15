#include "actionsheets/ClassificationSection.h"

#include "actionsheets/CodeCheckGroup.h"
#include "repositories/ReferenceRepository.h"

#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace passerelle {

ClassificationSection::ClassificationSection(Database &db, FormErrors &errors, QWidget *parent)
    : SheetSection(errors, parent)
{
    ReferenceRepository references(db);
    m_themes = new CodeCheckGroup(tr("&Thèmes"), QStringLiteral("theme"),
                                  references.items(QStringLiteral("theme"), true), 3, this);
    addBlock(m_themes, QStringLiteral("theme"));
    m_actionTypes = new CodeCheckGroup(tr("T&ypes d'action"), QStringLiteral("action_type"),
                                       references.items(QStringLiteral("action_type"), true), 2, this);
    addBlock(m_actionTypes, QStringLiteral("action_type"));
    m_results = new CodeCheckGroup(tr("&Catégories de résultats (modèle A1 – D)"),
                                   QStringLiteral("result_category"),
                                   references.items(QStringLiteral("result_category"), true), 2, this);
    addBlock(m_results, QStringLiteral("result_category"));
    QFormLayout *form = addForm();
    m_evaluation = textArea(this, 5);
    addField(form, tr("&Méthode d'évaluation :"), m_evaluation, QStringLiteral("evaluation_method"));
    sectionLayout()->addStretch(1);
}

void ClassificationSection::load(const ActionSheet &s)
{
    m_themes->setCodes(s.themes);
    m_actionTypes->setCodes(s.actionTypes);
    m_results->setCodes(s.resultCategories);
    m_evaluation->setPlainText(s.evaluationMethod);
}

void ClassificationSection::store(ActionSheet &s) const
{
    s.themes = m_themes->codes();
    s.actionTypes = m_actionTypes->codes();
    s.resultCategories = m_results->codes();
    s.evaluationMethod = m_evaluation->toPlainText().trimmed();
}

} // namespace passerelle
