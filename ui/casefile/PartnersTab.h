#pragma once

#include "casefile/CaseFileTab.h"
#include "casefile/SnapshotListModel.h"
#include "domain/Case.h"
#include "domain/Partner.h"

#include <QDate>
#include <QHash>

class QLabel;
class QPushButton;
class QTableView;

namespace passerelle {

class DialogService;
class FormErrors;

// Partners mobilised for the case, with their type, role and the day they were mobilised;
// the annual review counts them per case and per type.
class PartnersTab : public CaseFileTab
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Type,
        Role,
        MobilisedOn
    };

    PartnersTab(DialogService &dialogs, FormErrors &errors, const QDate &today,
                QWidget *parent = nullptr);

    void load(const CaseFileSnapshot &snapshot) override;
    void apply(CaseFileDraft &draft, FieldErrors &problems) const override;

    SnapshotListModel<CasePartner> &model() { return m_model; }

public Q_SLOTS:
    void addPartner();
    void editPartner();
    void removePartner();

private:
    int selectedRow() const;
    void updateCount();

    DialogService &m_dialogs;
    QDate m_today;
    QList<Partner> m_partners;
    QHash<QString, QString> m_typeLabels;
    SnapshotListModel<CasePartner> m_model;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace passerelle
