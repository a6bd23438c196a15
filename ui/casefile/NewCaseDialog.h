#pragma once

#include "common/FormErrors.h"
#include "util/Uuid.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace passerelle {

class Clock;
class DateLineEdit;
class Database;
class DialogService;

// Creates a case in one go: its programme and identification day, the main person, the
// household's housing and the referral (who, when, why). "Créer la situation" (Enter or
// Ctrl+Enter) writes the three records in one transaction through CaseFileStore; refused
// fields are shown beside their editors and the dialog stays open. Esc asks before losing
// what was typed.
class NewCaseDialog : public QDialog
{
    Q_OBJECT

public:
    NewCaseDialog(Database &db, DialogService &dialogs, const Clock &clock,
                  QWidget *parent = nullptr);

    // Runs the dialog; the new case's id, or a null id when the person cancelled.
    static Uuid run(Database &db, DialogService &dialogs, const Clock &clock,
                    QWidget *parent = nullptr, const Uuid &programmeId = {});

    void setProgramme(const Uuid &programmeId);
    Uuid createdCaseId() const { return m_created; }
    bool isModified() const { return m_modified; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void caseCreated(const Uuid &caseId);

private:
    QWidget *buildCaseGroup();
    QWidget *buildPersonGroup();
    QWidget *buildHousingGroup();
    QWidget *buildReferralGroup();
    void fillChoices();
    void markModified() { m_modified = true; }

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    FormErrors m_errors;
    Uuid m_created;
    bool m_modified = false;

    QComboBox *m_programme = nullptr;
    QDateEdit *m_identifiedOn = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_birthYear = nullptr;
    QComboBox *m_sex = nullptr;
    QComboBox *m_housingKind = nullptr;
    QComboBox *m_landlord = nullptr;
    QLineEdit *m_commune = nullptr;
    QComboBox *m_qpv = nullptr;
    QDoubleSpinBox *m_arrears = nullptr;
    QComboBox *m_evictionStage = nullptr;
    QComboBox *m_referralPartner = nullptr;
    DateLineEdit *m_referralDate = nullptr;
    QPlainTextEdit *m_referralReason = nullptr;
    QLabel *m_banner = nullptr;
};

} // namespace passerelle
