#include "actionsheets/PublicSection.h"

#include "actionsheets/CodeCheckGroup.h"
#include "actionsheets/SheetPartnerEditor.h"
#include "casefile/CaseFileForms.h"
#include "repositories/PartnerRepository.h"
#include "repositories/ReferenceRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

PublicSection::PublicSection(Database &db, FormErrors &errors, QWidget *parent)
    : SheetSection(errors, parent)
{
    PartnerFilter everyPartner;
    everyPartner.includeArchived = true;
    auto *partnersTitle = new QLabel(tr("Partenaires de l'action et leur rôle"), this);
    sectionLayout()->addWidget(partnersTitle);
    m_partners = new SheetPartnerEditor(PartnerRepository(db).list(everyPartner), this);
    partnersTitle->setBuddy(m_partners->view());
    addBlock(m_partners, QStringLiteral("partner"), m_partners->view());

    ReferenceRepository references(db);
    QFormLayout *publicForm = addForm();
    m_public = textArea(this, 2);
    addField(publicForm, tr("P&ublic visé :"), m_public, QStringLiteral("public_description"));
    m_peopleConcerned = new QLineEdit(this);
    m_peopleConcerned->setPlaceholderText(tr("environ 30 personnes par an"));
    addField(publicForm, tr("Nombre de personnes &concernées :"), m_peopleConcerned,
             QStringLiteral("people_concerned"));
    m_publicCategories = new CodeCheckGroup(
        tr("Caté&gories de public"), QStringLiteral("public_category"),
        references.items(QStringLiteral("public_category"), true), 3, this);
    addBlock(m_publicCategories, QStringLiteral("public_category"));

    QFormLayout *placesForm = addForm();
    m_places = textArea(this, 2);
    addField(placesForm, tr("&Lieux de l'action :"), m_places, QStringLiteral("places_description"));
    m_placeTypes = new CodeCheckGroup(tr("T&ypes de lieux d'intervention"),
                                      QStringLiteral("place_type"),
                                      references.items(QStringLiteral("place_type"), true), 3, this);
    addBlock(m_placeTypes, QStringLiteral("place_type"));

    QFormLayout *geography = addForm();
    m_communes = textArea(this, 3);
    m_communes->setPlaceholderText(tr("Une commune par ligne"));
    addField(geography, tr("Co&mmunes :"), m_communes, QStringLiteral("commune"));
    m_department = new QLineEdit(this);
    m_department->setMaxLength(3);
    m_department->setMaximumWidth(m_department->fontMetrics().horizontalAdvance(QStringLiteral("0000")) * 2);
    m_department->setPlaceholderText(tr("52"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("geographic_level"));
    m_level->addItem(tr("Non renseigné"));
    for (GeographicLevel level : {GeographicLevel::Communal, GeographicLevel::Intercommunal,
                                  GeographicLevel::Departmental, GeographicLevel::Regional,
                                  GeographicLevel::National})
        m_level->addItem(label(level), toCode(level));
    addField(geography, tr("&Département :"), m_department, QStringLiteral("department"));
    addField(geography, tr("Éc&helon géographique :"), m_level, QStringLiteral("geographic_level"));
    sectionLayout()->addStretch(1);
}

QStringList PublicSection::communesOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\n,;]"));
    QStringList out;
    for (const QString &part : text.split(separators)) {
        const QString commune = part.trimmed();
        if (!commune.isEmpty() && !out.contains(commune))
            out.append(commune);
    }
    return out;
}

void PublicSection::load(const ActionSheet &s)
{
    m_partners->setPartners(s.partners);
    m_public->setPlainText(s.publicDescription);
    m_publicCategories->setCodes(s.publicCategories);
    m_peopleConcerned->setText(s.peopleConcerned);
    m_places->setPlainText(s.placesDescription);
    m_placeTypes->setCodes(s.placeTypes);
    m_communes->setPlainText(s.communes.join(u'\n'));
    m_department->setText(s.department);
    CaseFileForms::selectData(m_level, s.geographicLevel ? QVariant(toCode(*s.geographicLevel))
                                                         : QVariant());
}

void PublicSection::store(ActionSheet &s) const
{
    s.partners = m_partners->partners();
    s.publicDescription = m_public->toPlainText().trimmed();
    s.publicCategories = m_publicCategories->codes();
    s.peopleConcerned = m_peopleConcerned->text().trimmed();
    s.placesDescription = m_places->toPlainText().trimmed();
    s.placeTypes = m_placeTypes->codes();
    s.communes = communesOf(m_communes->toPlainText());
    s.department = m_department->text().trimmed();
    s.geographicLevel = geographicLevelFromCode(m_level->currentData().toString());
}

} // namespace passerelle
