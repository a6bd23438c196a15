#include "casefile/ReferralTab.h"

#include "casefile/CaseFileDraft.h"
#include "casefile/CaseFileForms.h"
#include "casefile/DateLineEdit.h"
#include "common/FormErrors.h"
#include "queries/CaseFileSnapshot.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

using CaseFileForms::addField;

ReferralTab::ReferralTab(FormErrors &errors, QWidget *parent)
    : CaseFileTab(parent),
      m_decisionModel({{tr("Date"),
                        [](const CaseCommissionDecision &d) {
                            return QVariant(CaseFileForms::dateText(d.date));
                        }},
                       {tr("Décision"),
                        [this](const CaseCommissionDecision &d) {
                            return QVariant(m_decisionLabels.value(d.decision, d.decision));
                        }},
                       {tr("Note de la commission"),
                        [](const CaseCommissionDecision &d) { return QVariant(d.note); }}},
                      this)
{
    setObjectName(QStringLiteral("referralTab"));
    auto *referral = new QGroupBox(tr("Repérage et saisine"), this);
    auto *form = new QFormLayout(referral);
    m_identifiedOn = new QDateEdit(referral);
    m_identifiedOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_identifiedOn->setCalendarPopup(true);
    addField(form, errors, tr("Date de &repérage"), m_identifiedOn,
             QStringLiteral("case.identified_on"), QStringLiteral("identifiedOn"));
    m_partner = new QComboBox(referral);
    addField(form, errors, tr("&Partenaire orienteur"), m_partner,
             QStringLiteral("case.referral_partner_id"), QStringLiteral("referralPartner"));
    m_referralDate = new DateLineEdit(referral);
    addField(form, errors, tr("Date de la &saisine"), m_referralDate,
             QStringLiteral("case.referral_date"), QStringLiteral("referralDate"));
    m_reason = new QPlainTextEdit(referral);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(
        tr("Pourquoi le partenaire sollicite le dispositif (ses propres démarches restées "
           "vaines, la situation du logement…)"));
    m_reason->setMaximumHeight(110);
    addField(form, errors, tr("&Motif de la saisine"), m_reason,
             QStringLiteral("case.referral_reason"), QStringLiteral("referralReason"));

    auto *decisions = new QGroupBox(tr("Décisions de commission"), this);
    auto *decisionLayout = new QVBoxLayout(decisions);
    m_decisions = CaseFileForms::listView(decisions, QStringLiteral("decisionsTable"),
                                          tr("Décisions de commission"));
    m_decisions->setModel(&m_decisionModel);
    CaseFileForms::fitColumns(m_decisions, Note);
    decisionLayout->addWidget(m_decisions);
    auto *hint = new QLabel(tr("Les décisions s'enregistrent avec la séance de la commission "
                               "(cellule d'orientation, commission appartement)."),
                            decisions);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    decisionLayout->addWidget(hint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(referral);
    layout->addWidget(decisions, 1);

    connect(m_identifiedOn, &QDateEdit::dateChanged, this, &ReferralTab::markEdited);
    connect(m_partner, &QComboBox::activated, this, &ReferralTab::markEdited);
    connect(m_referralDate, &QLineEdit::textEdited, this, &ReferralTab::markEdited);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReferralTab::markEdited);
}

void ReferralTab::load(const CaseFileSnapshot &s)
{
    const LoadGuard guard(*this);
    const Case &c = s.caseFile;
    m_identifiedOn->setDate(c.identifiedOn);
    m_partner->clear();
    m_partner->addItem(tr("(aucun)"), QByteArray());
    for (const Partner &p : s.partners)
        if (!p.archivedAt.isValid() || p.id == c.referralPartnerId)
            m_partner->addItem(
                QStringLiteral("%1 — %2").arg(
                    p.name, s.referenceLabel(QStringLiteral("partner_type"), p.partnerType)),
                p.id.bytes());
    CaseFileForms::selectData(m_partner, c.referralPartnerId.bytes());
    m_referralDate->setDate(c.referralDate);
    m_reason->setPlainText(c.referralReason);

    m_decisionLabels.clear();
    for (const ReferenceItem &item : s.lists.value(QStringLiteral("commission_decision")))
        m_decisionLabels.insert(item.code, item.label());
    m_decisionModel.setRows(s.decisions);
}

void ReferralTab::apply(CaseFileDraft &draft, FieldErrors &problems) const
{
    Case &c = draft.caseFile;
    c.identifiedOn = m_identifiedOn->date();
    c.referralPartnerId = Uuid::fromBytes(m_partner->currentData().toByteArray());
    if (!m_referralDate->hasValidInput())
        problems.append({QStringLiteral("case.referral_date"),
                         tr("Date invalide : tapez par exemple 12/03/2025.")});
    c.referralDate = m_referralDate->date();
    c.referralReason = m_reason->toPlainText().trimmed();
}

} // namespace passerelle
