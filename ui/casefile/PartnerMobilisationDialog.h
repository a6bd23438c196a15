#pragma once

#include "common/FormErrors.h"
#include "domain/Case.h"
#include "domain/Partner.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace passerelle {

// Records a partner mobilised for the case (GP, CMP, landlord…): which one, its role in the
// case and since when. Writes nothing: the case file saves it with the case.
class PartnerMobilisationDialog : public QDialog
{
    Q_OBJECT

public:
    // `partners` are the choices (name and type label given by `typeLabel`); a new
    // mobilisation when `current.partnerId` is null; `taken` are not offered again.
    PartnerMobilisationDialog(const QList<Partner> &partners,
                              const QHash<QString, QString> &typeLabels, const CasePartner &current,
                              const QSet<Uuid> &taken, const QDate &today,
                              QWidget *parent = nullptr);

    CasePartner mobilisation() const { return m_mobilisation; }

public Q_SLOTS:
    void accept() override;

private:
    CasePartner m_mobilisation;
    FormErrors m_errors;
    QComboBox *m_partner = nullptr;
    QLineEdit *m_role = nullptr;
    QDateEdit *m_date = nullptr;
};

} // namespace passerelle
