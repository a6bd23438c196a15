#include "actionsheets/RegionalPlansSection.h"

#include "actionsheets/AxisCheckGroup.h"
#include "repositories/ReferenceRepository.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace passerelle {

RegionalPlansSection::RegionalPlansSection(Database &db, FormErrors &errors, QWidget *parent)
    : SheetSection(errors, parent)
{
    ReferenceRepository references(db);
    m_prs = new AxisCheckGroup(tr("Lien avec le &Projet régional de santé (PRS)"),
                               QStringLiteral("prs_axis"),
                               references.items(QStringLiteral("prs_axis"), true), this);
    addBlock(m_prs, QStringLiteral("prs_axis"));
    QFormLayout *form = addForm();
    m_prsProgramme = new QLineEdit(this);
    m_prsProgramme->setPlaceholderText(tr("PRS Grand Est — parcours santé mentale"));
    addField(form, tr("Programme du PRS &servi :"), m_prsProgramme,
             QStringLiteral("prs_programme"));
    m_prse3 = new AxisCheckGroup(tr("Lien avec le Plan régional santé environnement &3 (PRSE 3)"),
                                 QStringLiteral("prse3_axis"),
                                 references.items(QStringLiteral("prse3_axis"), true), this);
    addBlock(m_prse3, QStringLiteral("prse3_axis"));
    sectionLayout()->addStretch(1);
}

void RegionalPlansSection::load(const ActionSheet &s)
{
    m_prs->setAxes(s.prsAxes);
    m_prsProgramme->setText(s.prsProgramme);
    m_prse3->setAxes(s.prse3Axes);
}

void RegionalPlansSection::store(ActionSheet &s) const
{
    s.prsAxes = m_prs->axes();
    s.prsProgramme = m_prsProgramme->text().trimmed();
    s.prse3Axes = m_prse3->axes();
}

} // namespace passerelle
