#include "casefile/MemberDialog.h"

#include "casefile/CaseFileForms.h"
#include "casefile/PersonFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle {

MemberDialog::MemberDialog(const Person &person, const QList<ReferenceItem> &relations,
                           QWidget *parent)
    : QDialog(parent), m_person(person)
{
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(person.id.isNull() && person.firstName.isEmpty()
                       ? tr("Ajouter un membre du ménage")
                       : tr("Membre du ménage"));
    auto *form = new QFormLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);

    m_firstName = new QLineEdit(person.firstName, this);
    CaseFileForms::addField(form, m_errors, tr("&Prénom"), m_firstName,
                            QStringLiteral("first_name"));
    m_lastName = new QLineEdit(person.lastName, this);
    CaseFileForms::addField(form, m_errors, tr("&Nom"), m_lastName, QStringLiteral("last_name"));
    m_birthYear = PersonFields::birthYearEdit(this);
    PersonFields::showBirthYear(m_birthYear, person.birthYear);
    CaseFileForms::addField(form, m_errors, tr("&Année de naissance"), m_birthYear,
                            QStringLiteral("birth_year"));
    m_sex = PersonFields::sexCombo(this);
    PersonFields::showSex(m_sex, person.sex);
    CaseFileForms::addField(form, m_errors, tr("&Sexe"), m_sex, QStringLiteral("sex"));
    m_relation = new QComboBox(this);
    CaseFileForms::fillReferenceCombo(m_relation, relations, tr("— (suivi hors du ménage)"));
    CaseFileForms::selectData(m_relation, person.relation);
    CaseFileForms::addField(form, m_errors, tr("&Lien dans le ménage"), m_relation,
                            QStringLiteral("relation"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Valider"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void MemberDialog::accept()
{
    m_errors.clear();
    FieldErrors problems;
    Person p = m_person;
    p.firstName = m_firstName->text().trimmed();
    p.lastName = m_lastName->text().trimmed();
    p.birthYear = PersonFields::birthYearOf(m_birthYear, QStringLiteral("birth_year"), problems);
    p.sex = PersonFields::sexOf(m_sex);
    p.relation = m_relation->currentData().toString();
    // The domain's own checks, on a copy that has what only saving gives (a code, a
    // household): what is left is about the typed values.
    Person probe = p;
    if (probe.code.isEmpty())
        probe.code = personCodeFor(Uuid::createV7());
    if (!probe.relation.isEmpty() && probe.householdId.isNull())
        probe.householdId = Uuid::createV7();
    try {
        validate(probe);
    } catch (const ValidationError &e) {
        // A code is the repository's to choose when none is recorded yet.
        for (const FieldError &error : e.all())
            if (error.field != QLatin1String("code") || !m_person.code.isEmpty())
                problems.append(error);
    }
    if (!problems.isEmpty()) {
        m_errors.show(problems);
        return;
    }
    m_person = p;
    QDialog::accept();
}

} // namespace passerelle
