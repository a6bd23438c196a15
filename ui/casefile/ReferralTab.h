#pragma once

#include "casefile/CaseFileTab.h"
#include "casefile/SnapshotListModel.h"
#include "domain/CollectiveSession.h"

#include <QHash>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QTableView;

namespace passerelle {

class DateLineEdit;
class FormErrors;

// Referral and orientation: when the case was identified, who referred it, when and why,
// and the decisions the commissions took on it (read here; they are recorded with the
// commission's session).
class ReferralTab : public CaseFileTab
{
    Q_OBJECT

public:
    enum DecisionColumn
    {
        Date,
        Decision,
        Note
    };

    ReferralTab(FormErrors &errors, QWidget *parent = nullptr);

    void load(const CaseFileSnapshot &snapshot) override;
    void apply(CaseFileDraft &draft, FieldErrors &problems) const override;

    SnapshotListModel<CaseCommissionDecision> &decisionModel() { return m_decisionModel; }

private:
    QHash<QString, QString> m_decisionLabels;
    SnapshotListModel<CaseCommissionDecision> m_decisionModel;
    QDateEdit *m_identifiedOn = nullptr;
    QComboBox *m_partner = nullptr;
    DateLineEdit *m_referralDate = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QTableView *m_decisions = nullptr;
};

} // namespace passerelle
