#pragma once

#include "casefile/CaseFileTab.h"
#include "casefile/SnapshotListModel.h"
#include "domain/Household.h"
#include "domain/Person.h"
#include "domain/ReferenceItem.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace passerelle {

class DateLineEdit;
class DialogService;
class FormErrors;

// Identity and household: the main person (names shown here and nowhere else), the
// household's housing (kind, landlord, commune, priority neighbourhood, tenancy, rent arrears,
// repayment plan, eviction stage) and its other members. The tab owns the draft's people.
class IdentityTab : public CaseFileTab
{
    Q_OBJECT

public:
    enum MemberColumn
    {
        Code,
        FirstName,
        LastName,
        BirthYear,
        SexColumn,
        Relation
    };

    IdentityTab(DialogService &dialogs, FormErrors &errors, QWidget *parent = nullptr);

    void load(const CaseFileSnapshot &snapshot) override;
    void apply(CaseFileDraft &draft, FieldErrors &problems) const override;

    QTableView *membersTable() const { return m_members; }
    SnapshotListModel<Person> &membersModel() { return m_memberModel; }

public Q_SLOTS:
    void addMember();
    void editMember();
    void removeMember();

private:
    QWidget *buildPersonGroup();
    QWidget *buildHousingGroup();
    QWidget *buildMembersGroup();
    bool householdWanted() const;

    DialogService &m_dialogs;
    FormErrors &m_errors;
    SnapshotListModel<Person> m_memberModel;
    QList<ReferenceItem> m_relations;
    QHash<QString, QString> m_relationLabels;
    std::optional<Person> m_main;
    std::optional<Household> m_household;

    QLabel *m_code = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_birthYear = nullptr;
    QComboBox *m_sex = nullptr;
    QComboBox *m_relation = nullptr;
    QComboBox *m_housingKind = nullptr;
    QComboBox *m_landlord = nullptr;
    QLineEdit *m_commune = nullptr;
    QComboBox *m_qpv = nullptr;
    DateLineEdit *m_tenancyStart = nullptr;
    QDoubleSpinBox *m_arrears = nullptr;
    QCheckBox *m_repaymentPlan = nullptr;
    QComboBox *m_evictionStage = nullptr;
    QLabel *m_householdCode = nullptr;
    QTableView *m_members = nullptr;
    QPushButton *m_editMember = nullptr;
    QPushButton *m_removeMember = nullptr;
    QPlainTextEdit *m_compositionNote = nullptr;
    QLabel *m_membersMessage = nullptr;
};

} // namespace passerelle
