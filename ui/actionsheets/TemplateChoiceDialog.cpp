#include "actionsheets/TemplateChoiceDialog.h"

#include "casefile/CaseFileForms.h"
#include "repositories/PartnerRepository.h"
#include "repositories/ProgrammeRepository.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace passerelle {

TemplateChoiceDialog::TemplateChoiceDialog(Database &db, DialogService &dialogs,
                                           const Clock &clock, const Uuid &programmeId,
                                           QWidget *parent)
    : DirectoryDialog(dialogs, tr("La nouvelle fiche"), parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("templateChoiceDialog"));
    setWindowTitle(tr("Nouvelle fiche action depuis un modèle"));
    QFormLayout *form = addForm();
    m_template = new QComboBox(this);
    for (const SheetTemplate &t : Templates::all())
        m_template->addItem(t.title, t.code);
    addField(form, tr("&Modèle :"), m_template, QStringLiteral("template"));
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("template_source"));
    m_source->setWordWrap(true);
    form->addRow(QString(), m_source);

    m_programme = new QComboBox(this);
    const QList<Programme> programmes = ProgrammeRepository(db, clock).list();
    for (const Programme &p : programmes)
        m_programme->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.id.bytes());
    CaseFileForms::selectData(m_programme, programmeId.bytes());
    addField(form, tr("&Dispositif :"), m_programme, QStringLiteral("programme_id"));
    m_year = new QSpinBox(this);
    m_year->setRange(1990, 2100);
    m_year->setGroupSeparatorShown(false);
    m_year->setValue(clock.today().year());
    addField(form, tr("&Année :"), m_year, QStringLiteral("start_year"));

    m_landlord = new QComboBox(this);
    PartnerFilter landlords;
    landlords.partnerType = QStringLiteral("social_landlord");
    const QList<Partner> partners = PartnerRepository(db, clock).list(landlords);
    m_landlord->addItem(tr("(choisir le bailleur porteur)"), QByteArray());
    for (const Partner &p : partners)
        m_landlord->addItem(p.name, p.id.bytes());
    // The only landlord on file is the obvious choice.
    if (partners.size() == 1)
        m_landlord->setCurrentIndex(1);
    m_landlordLabel = addField(form, tr("&Bailleur porteur :"), m_landlord, QStringLiteral("landlord"));
    connect(m_template, &QComboBox::currentIndexChanged, this, &TemplateChoiceDialog::templateChanged);
    templateChanged();
    setMinimumWidth(560);
    markClean();
}

void TemplateChoiceDialog::templateChanged()
{
    const std::optional<SheetTemplate> t = Templates::find(m_template->currentData().toString());
    m_source->setText(t ? tr("D'après : %1. Sections et indicateurs pré-remplis, à adapter.")
                              .arg(t->source)
                        : QString());
    const bool landlord = t && t->needsLandlord;
    m_landlord->setVisible(landlord);
    m_landlordLabel->setVisible(landlord);
}

void TemplateChoiceDialog::save()
{
    const std::optional<SheetTemplate> t = Templates::find(m_template->currentData().toString());
    if (!t)
        throw ValidationError(QStringLiteral("template"), tr("Choisissez un modèle."));
    const Uuid programme = Uuid::fromBytes(m_programme->currentData().toByteArray());
    const Uuid landlord = t->needsLandlord ? Uuid::fromBytes(m_landlord->currentData().toByteArray())
                                           : Uuid();
    m_created = SheetFromTemplate(m_db, m_clock).create(*t, programme, m_year->value(), landlord);
}

} // namespace passerelle
