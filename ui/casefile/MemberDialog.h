#pragma once

#include "common/FormErrors.h"
#include "domain/Person.h"
#include "domain/ReferenceItem.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace passerelle {

// Adds or edits one person of the household: names, birth year, sex and relation to the
// reference person. Checks the values on OK (messages beside the fields) but writes nothing:
// the case file saves the household with "Enregistrer".
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    MemberDialog(const Person &person, const QList<ReferenceItem> &relations,
                 QWidget *parent = nullptr);

    Person person() const { return m_person; }

public Q_SLOTS:
    void accept() override;

private:
    Person m_person;
    FormErrors m_errors;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_birthYear = nullptr;
    QComboBox *m_sex = nullptr;
    QComboBox *m_relation = nullptr;
};

} // namespace passerelle
