#include "actionsheets/IdentificationSection.h"

#include "actionsheets/CodeCheckGroup.h"
#include "casefile/CaseFileForms.h"
#include "repositories/ActionSheetRepository.h"
#include "repositories/ProgrammeRepository.h"
#include "repositories/ReferenceRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace passerelle {

IdentificationSection::IdentificationSection(Database &db, FormErrors &errors, QWidget *parent)
    : SheetSection(errors, parent), m_db(db)
{
    QFormLayout *form = addForm();
    m_programme = new QComboBox(this);
    m_programmes = ProgrammeRepository(db).list({}, true);
    for (const Programme &p : std::as_const(m_programmes))
        if (!p.archivedAt.isValid())
            m_programme->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.id.bytes());
    addField(form, tr("&Dispositif :"), m_programme, QStringLiteral("programme_id"));
    m_number = new QLineEdit(this);
    m_number->setMaxLength(40);
    m_number->setPlaceholderText(tr("3.3.1"));
    addField(form, tr("&Numéro :"), m_number, QStringLiteral("number"));
    m_title = new QLineEdit(this);
    m_title->setMaxLength(300);
    addField(form, tr("&Intitulé de l'action :"), m_title, QStringLiteral("title"));
    m_chainedFrom = new QLabel(this);
    m_chainedFrom->setObjectName(QStringLiteral("chained_from_id"));
    m_chainedFrom->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    CaseFileForms::addField(form, errors, tr("Action chaînée avec :"), m_chainedFrom,
                            QStringLiteral("chained_from_id"));
    m_clsName = new QLineEdit(this);
    m_clsName->setPlaceholderText(tr("Contrat local de santé du Pays de Langres"));
    addField(form, tr("&Contrat local de santé :"), m_clsName, QStringLiteral("cls_name"));
    m_strategicAxis = new QLineEdit(this);
    addField(form, tr("A&xe stratégique du CLS :"), m_strategicAxis,
             QStringLiteral("strategic_axis"));

    m_typology = new CodeCheckGroup(tr("&Typologie de l'action"), QStringLiteral("typology"),
                                    ReferenceRepository(db).items(QStringLiteral("action_typology"), true),
                                    2, this);
    addBlock(m_typology, QStringLiteral("typology"));

    QFormLayout *carrier = addForm();
    m_carrierStructure = new QLineEdit(this);
    addField(carrier, tr("&Structure porteuse :"), m_carrierStructure,
             QStringLiteral("carrier_structure"));
    m_carrierReferent = new QLineEdit(this);
    addField(carrier, tr("&Personne référente :"), m_carrierReferent,
             QStringLiteral("carrier_referent"));
    m_contact = new QLineEdit(this);
    m_contact->setPlaceholderText(tr("courriel ou téléphone du contact de l'action"));
    addField(carrier, tr("C&ontact :"), m_contact, QStringLiteral("contact"));
    m_localContext = textArea(this, 7);
    addField(carrier, tr("Contexte &local :"), m_localContext, QStringLiteral("local_context"));
    sectionLayout()->addStretch(1);
}

void IdentificationSection::load(const ActionSheet &s)
{
    // A sheet of an archived programme shows it rather than moving to the first one.
    if (!s.programmeId.isNull() && m_programme->findData(s.programmeId.bytes()) < 0)
        for (const Programme &p : std::as_const(m_programmes))
            if (p.id == s.programmeId)
                m_programme->addItem(tr("%1 — %2 (archivé)").arg(p.code, p.name), p.id.bytes());
    CaseFileForms::selectData(m_programme, s.programmeId.bytes());
    m_number->setText(s.number);
    m_title->setText(s.title);
    m_clsName->setText(s.clsName);
    m_strategicAxis->setText(s.strategicAxis);
    m_typology->setCodes(s.typologies);
    m_carrierStructure->setText(s.carrierStructure);
    m_carrierReferent->setText(s.carrierReferent);
    m_localContext->setPlainText(s.localContext);
    m_contact->setText(s.contact);
    QString chained = tr("aucune (première période)");
    if (!s.chainedFromId.isNull()) {
        const std::optional<ActionSheet> previous = ActionSheetRepository(m_db).find(s.chainedFromId);
        if (previous) {
            const QString when = previous->periodStart.isValid()
                                     ? QString::number(previous->periodStart.year())
                                     : (previous->startYear ? QString::number(*previous->startYear)
                                                            : QString());
            chained = tr("fiche %1 « %2 » %3").arg(previous->number, previous->title, when).trimmed();
        }
    }
    m_chainedFrom->setText(chained);
}

void IdentificationSection::store(ActionSheet &s) const
{
    s.programmeId = Uuid::fromBytes(m_programme->currentData().toByteArray());
    s.number = m_number->text().trimmed();
    s.title = m_title->text().trimmed();
    s.clsName = m_clsName->text().trimmed();
    s.strategicAxis = m_strategicAxis->text().trimmed();
    s.typologies = m_typology->codes();
    s.carrierStructure = m_carrierStructure->text().trimmed();
    s.carrierReferent = m_carrierReferent->text().trimmed();
    s.localContext = m_localContext->toPlainText().trimmed();
    s.contact = m_contact->text().trimmed();
}

} // namespace passerelle
