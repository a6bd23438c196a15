#include "casefile/PartnerMobilisationDialog.h"

#include "casefile/CaseFileForms.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle {

using CaseFileForms::addField;

PartnerMobilisationDialog::PartnerMobilisationDialog(const QList<Partner> &partners,
                                                     const QHash<QString, QString> &typeLabels,
                                                     const CasePartner &current,
                                                     const QSet<Uuid> &taken, const QDate &today,
                                                     QWidget *parent)
    : QDialog(parent), m_mobilisation(current)
{
    setObjectName(QStringLiteral("partnerDialog"));
    const bool adding = current.partnerId.isNull();
    setWindowTitle(adding ? tr("Mobiliser un partenaire") : tr("Partenaire mobilisé"));
    auto *form = new QFormLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);

    m_partner = new QComboBox(this);
    for (const Partner &p : partners)
        if ((!p.archivedAt.isValid() && !taken.contains(p.id)) || p.id == current.partnerId)
            m_partner->addItem(QStringLiteral("%1 — %2").arg(
                                   p.name, typeLabels.value(p.partnerType, p.partnerType)),
                               p.id.bytes());
    CaseFileForms::selectData(m_partner, current.partnerId.bytes());
    m_partner->setEnabled(adding);
    addField(form, m_errors, tr("&Partenaire"), m_partner, QStringLiteral("partner_id"));
    m_role = new QLineEdit(current.role, this);
    m_role->setPlaceholderText(tr("p. ex. suivi psychiatrique, médecin traitant, bailleur"));
    addField(form, m_errors, tr("&Rôle dans la situation"), m_role, QStringLiteral("role"));
    m_date = new QDateEdit(this);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setDate(current.mobilisedOn.isValid() ? current.mobilisedOn : today);
    addField(form, m_errors, tr("&Mobilisé le"), m_date, QStringLiteral("mobilised_on"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Valider"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PartnerMobilisationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PartnerMobilisationDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void PartnerMobilisationDialog::accept()
{
    m_errors.clear();
    const Uuid partner = Uuid::fromBytes(m_partner->currentData().toByteArray());
    if (partner.isNull()) {
        m_errors.show({{QStringLiteral("partner_id"), tr("Choisissez un partenaire.")}});
        return;
    }
    m_mobilisation.partnerId = partner;
    m_mobilisation.role = m_role->text().trimmed();
    m_mobilisation.mobilisedOn = m_date->date();
    QDialog::accept();
}

} // namespace passerelle
