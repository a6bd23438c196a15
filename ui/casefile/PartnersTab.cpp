#include "casefile/PartnersTab.h"

#include "casefile/CaseFileDraft.h"
#include "casefile/CaseFileForms.h"
#include "casefile/PartnerMobilisationDialog.h"
#include "common/DialogService.h"
#include "common/FormErrors.h"
#include "queries/CaseFileSnapshot.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

PartnersTab::PartnersTab(DialogService &dialogs, FormErrors &errors, const QDate &today,
                         QWidget *parent)
    : CaseFileTab(parent), m_dialogs(dialogs), m_today(today),
      m_model(
          {{tr("Partenaire"),
            [this](const CasePartner &p) {
                for (const Partner &partner : std::as_const(m_partners))
                    if (partner.id == p.partnerId)
                        return QVariant(partner.name);
                return QVariant(p.partnerId.toString());
            }},
           {tr("Type"),
            [this](const CasePartner &p) {
                for (const Partner &partner : std::as_const(m_partners))
                    if (partner.id == p.partnerId)
                        return QVariant(
                            m_typeLabels.value(partner.partnerType, partner.partnerType));
                return QVariant();
            }},
           {tr("Rôle dans la situation"), [](const CasePartner &p) { return QVariant(p.role); }},
           {tr("Mobilisé le"),
            [](const CasePartner &p) { return QVariant(CaseFileForms::dateText(p.mobilisedOn)); }}},
          this)
{
    setObjectName(QStringLiteral("partnersTab"));
    auto *layout = new QVBoxLayout(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("partnerCount"));
    layout->addWidget(m_count);
    m_table =
        CaseFileForms::listView(this, QStringLiteral("partnersTable"), tr("Partenaires mobilisés"));
    m_table->setModel(&m_model);
    CaseFileForms::fitColumns(m_table, Role);
    layout->addWidget(m_table, 1);
    auto *message = new QLabel(this);
    layout->addWidget(message);
    for (const char *field : {"case.case_partner.partner_id", "case.case_partner.mobilised_on"})
        errors.bind(QString::fromLatin1(field), m_table, message);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Mo&biliser un partenaire…"), this);
    add->setObjectName(QStringLiteral("addPartner"));
    m_edit = new QPushButton(tr("&Modifier…"), this);
    m_edit->setObjectName(QStringLiteral("editPartner"));
    m_remove = new QPushButton(tr("&Retirer"), this);
    m_remove->setObjectName(QStringLiteral("removePartner"));
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &PartnersTab::addPartner);
    connect(m_edit, &QPushButton::clicked, this, &PartnersTab::editPartner);
    connect(m_remove, &QPushButton::clicked, this, &PartnersTab::removePartner);
    connect(m_table, &QTableView::activated, this, &PartnersTab::editPartner);
    const auto updateButtons = [this] {
        m_edit->setEnabled(selectedRow() >= 0);
        m_remove->setEnabled(selectedRow() >= 0);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(&m_model, &QAbstractItemModel::modelReset, this, updateButtons);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, updateButtons);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &PartnersTab::updateCount);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &PartnersTab::updateCount);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &PartnersTab::updateCount);
    updateButtons();
}

void PartnersTab::load(const CaseFileSnapshot &s)
{
    const LoadGuard guard(*this);
    m_partners = s.partners;
    m_typeLabels.clear();
    for (const ReferenceItem &item : s.lists.value(QStringLiteral("partner_type")))
        m_typeLabels.insert(item.code, item.label());
    m_model.setRows(s.caseFile.partners);
}

void PartnersTab::apply(CaseFileDraft &draft, FieldErrors &) const
{
    draft.caseFile.partners = m_model.rows();
}

void PartnersTab::updateCount()
{
    m_count->setText(
        tr("%Ln partenaire(s) mobilisé(s) sur la situation", nullptr, int(m_model.rowCount())));
}

int PartnersTab::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PartnersTab::addPartner()
{
    QSet<Uuid> taken;
    for (const CasePartner &p : m_model.rows())
        taken.insert(p.partnerId);
    PartnerMobilisationDialog dialog(m_partners, m_typeLabels, CasePartner{}, taken, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model.append(dialog.mobilisation());
    markEdited();
}

void PartnersTab::editPartner()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    PartnerMobilisationDialog dialog(m_partners, m_typeLabels, m_model.rowAt(row), {}, m_today,
                                     this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model.replace(row, dialog.mobilisation());
    markEdited();
}

void PartnersTab::removePartner()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString name = m_model.data(m_model.index(row, Name)).toString();
    if (m_dialogs.question(this, tr("Retirer le partenaire"),
                           tr("Retirer %1 des partenaires mobilisés ? Le retrait prend effet à "
                              "l'enregistrement.")
                               .arg(name)) != DialogService::Answer::Yes)
        return;
    m_model.remove(row);
    markEdited();
}

} // namespace passerelle
