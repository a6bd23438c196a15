#include "partners/PartnerDialog.h"

#include "casefile/CaseFileForms.h"
#include "repositories/PartnerRepository.h"
#include "repositories/ReferenceRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace passerelle {

PartnerDialog::PartnerDialog(Database &db, DialogService &dialogs, const Clock &clock,
                             const Uuid &partnerId, QWidget *parent)
    : DirectoryDialog(dialogs, tr("Le partenaire"), parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("partnerDialog"));
    if (!partnerId.isNull())
        m_partner = PartnerRepository(db, clock).find(partnerId).value_or(Partner());
    setWindowTitle(m_partner.id.isNull() ? tr("Nouveau partenaire")
                                         : tr("Partenaire — %1").arg(m_partner.name));

    QFormLayout *form = addForm();
    m_name = new QLineEdit(m_partner.name, this);
    addField(form, tr("&Nom"), m_name, QStringLiteral("name"));
    m_type = new QComboBox(this);
    ReferenceRepository references(db, clock);
    // Archived types are offered only to the partner that still carries one.
    const QList<ReferenceItem> types = references.items(QStringLiteral("partner_type"), true);
    m_type->addItem(tr("— choisir —"), QString());
    for (const ReferenceItem &item : types)
        if (!item.archivedAt.isValid() || item.code == m_partner.partnerType)
            m_type->addItem(item.label(), item.code);
    CaseFileForms::selectData(m_type, m_partner.partnerType);
    addField(form, tr("&Type"), m_type, QStringLiteral("partner_type"));
    m_commune = new QLineEdit(m_partner.commune, this);
    addField(form, tr("&Commune"), m_commune, QStringLiteral("commune"));
    m_contact = new QLineEdit(m_partner.contactName, this);
    addField(form, tr("C&ontact"), m_contact, QStringLiteral("contact_name"));
    m_phone = new QLineEdit(m_partner.phone, this);
    addField(form, tr("Télé&phone"), m_phone, QStringLiteral("phone"));
    m_email = new QLineEdit(m_partner.email, this);
    addField(form, tr("Co&urriel"), m_email, QStringLiteral("email"));
    m_notes = new QPlainTextEdit(m_partner.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    addField(form, tr("No&tes"), m_notes, QStringLiteral("notes"));
    setMinimumWidth(480);
    markClean();
}

void PartnerDialog::save()
{
    Partner p = m_partner;
    p.name = m_name->text().trimmed();
    p.partnerType = m_type->currentData().toString();
    p.commune = m_commune->text().trimmed();
    p.contactName = m_contact->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.notes = m_notes->toPlainText().trimmed();
    PartnerRepository repository(m_db, m_clock);
    if (p.id.isNull())
        p.id = repository.create(p);
    else
        repository.update(p);
    m_partner = p;
}

} // namespace passerelle
