#include "actionsheets/ObjectivesSection.h"

#include "actionsheets/OrderedEntryEditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

ObjectivesSection::ObjectivesSection(FormErrors &errors, QWidget *parent)
    : SheetSection(errors, parent)
{
    QFormLayout *top = addForm();
    m_specific = textArea(this, 2);
    addField(top, tr("Objectif &spécifique :"), m_specific, QStringLiteral("specific_objective"));

    auto *objectivesTitle = new QLabel(tr("Objectifs &opérationnels, chacun avec son échéance"), this);
    sectionLayout()->addWidget(objectivesTitle);
    m_objectives = new OrderedEntryEditor(
        QStringLiteral("objective"),
        {tr("objectif opérationnel"), tr("&Ajouter un objectif"), tr("Supprimer l'objectif")}, true,
        this);
    objectivesTitle->setBuddy(m_objectives->view());
    addBlock(m_objectives, QStringLiteral("objective"), m_objectives->view());

    QFormLayout *middle = addForm();
    m_implementation = textArea(this, 4);
    addField(middle, tr("&Description de la mise en œuvre :"), m_implementation,
             QStringLiteral("implementation_steps"));

    auto *stepsTitle = new QLabel(tr("Étapes de &mise en œuvre"), this);
    sectionLayout()->addWidget(stepsTitle);
    m_steps = new OrderedEntryEditor(
        QStringLiteral("step"), {tr("étape de mise en œuvre"), tr("Ajouter une é&tape"),
                                 tr("Supprimer l'étape")},
        false, this);
    stepsTitle->setBuddy(m_steps->view());
    addBlock(m_steps, QStringLiteral("step"), m_steps->view());
}

void ObjectivesSection::load(const ActionSheet &s)
{
    m_specific->setPlainText(s.specificObjective);
    QList<OrderedEntry> objectives;
    for (const OperationalObjective &o : s.objectives)
        objectives.append({o.id, o.text, o.dueDate, o.dueText});
    m_objectives->setEntries(objectives);
    m_implementation->setPlainText(s.implementationDescription);
    QList<OrderedEntry> steps;
    for (const ImplementationStep &step : s.steps)
        steps.append({step.id, step.text, step.dueDate, {}});
    m_steps->setEntries(steps);
}

void ObjectivesSection::store(ActionSheet &s) const
{
    s.specificObjective = m_specific->toPlainText().trimmed();
    s.objectives.clear();
    const QList<OrderedEntry> objectives = m_objectives->entries();
    for (const OrderedEntry &e : objectives)
        s.objectives.append({e.id, e.text.trimmed(), e.dueDate, e.dueText.trimmed()});
    s.implementationDescription = m_implementation->toPlainText().trimmed();
    s.steps.clear();
    const QList<OrderedEntry> steps = m_steps->entries();
    for (const OrderedEntry &e : steps)
        s.steps.append({e.id, e.text.trimmed(), e.dueDate});
}

void ObjectivesSection::checkInput(FieldErrors &problems) const
{
    const QString invalid = tr("Échéance invalide : tapez par exemple 30/06/2026, ou rien.");
    if (!m_objectives->hasValidInput())
        problems.append({QStringLiteral("objective"), invalid});
    if (!m_steps->hasValidInput())
        problems.append({QStringLiteral("step"), invalid});
}

} // namespace passerelle
