#pragma once

#include "casefile/SnapshotListModel.h"
#include "domain/ActionSheet.h"
#include "domain/Partner.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace passerelle {

// The partners of the action and the role of each ("Bailleur partenaire, repère les
// situations"): a list, and below it the partner to add with its role.
class SheetPartnerEditor : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        Uuid partnerId;
        QString name;
        QString role;
    };

    // `partners`: every partner on file (archived ones are named when a sheet has them).
    explicit SheetPartnerEditor(const QList<Partner> &partners, QWidget *parent = nullptr);

    QList<ActionSheetPartner> partners() const;
    void setPartners(const QList<ActionSheetPartner> &partners);

    QTableView *view() const { return m_view; }
    QComboBox *partnerChoice() const { return m_choice; }
    QLineEdit *roleEdit() const { return m_role; }
    SnapshotListModel<Row> &model() { return m_model; }

public Q_SLOTS:
    void addChosen();
    void removeCurrent();

Q_SIGNALS:
    void edited();

private:
    QString nameOf(const Uuid &id) const;

    QList<Partner> m_all;
    SnapshotListModel<Row> m_model;
    QTableView *m_view = nullptr;
    QComboBox *m_choice = nullptr;
    QLineEdit *m_role = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace passerelle
