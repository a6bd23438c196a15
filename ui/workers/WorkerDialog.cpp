#include "workers/WorkerDialog.h"

#include "casefile/CaseFileForms.h"
#include "casefile/DateLineEdit.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/WorkerRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

namespace passerelle {

WorkerDialog::WorkerDialog(Database &db, DialogService &dialogs, const Clock &clock,
                           const Uuid &workerId, QWidget *parent)
    : DirectoryDialog(dialogs, tr("L'intervenant"), parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("workerDialog"));
    if (!workerId.isNull())
        m_worker = WorkerRepository(db, clock).find(workerId).value_or(Worker());
    setWindowTitle(m_worker.id.isNull() ? tr("Nouvel intervenant")
                                        : tr("Intervenant — %1").arg(m_worker.displayName));

    QFormLayout *form = addForm();
    m_organisation = new QComboBox(this);
    const QList<Organisation> organisations = OrganisationRepository(db, clock).list();
    for (const Organisation &o : organisations)
        m_organisation->addItem(o.name, o.id.bytes());
    CaseFileForms::selectData(m_organisation, m_worker.organisationId.bytes());
    addField(form, tr("&Organisation"), m_organisation, QStringLiteral("organisation_id"));
    m_name = new QLineEdit(m_worker.displayName, this);
    addField(form, tr("&Nom affiché"), m_name, QStringLiteral("display_name"));
    m_code = new QLineEdit(m_worker.code, this);
    m_code->setPlaceholderText(tr("TP1, AS2… : ce code seul figure dans les rapports"));
    addField(form, tr("Co&de"), m_code, QStringLiteral("code"));
    m_role = new QComboBox(this);
    for (const WorkerRole r : {WorkerRole::PeerWorker, WorkerRole::Professional, WorkerRole::Coordinator})
        m_role->addItem(label(r), toCode(r));
    CaseFileForms::selectData(m_role, toCode(m_worker.role));
    addField(form, tr("&Rôle"), m_role, QStringLiteral("role"));
    m_profession = new QLineEdit(m_worker.profession, this);
    addField(form, tr("&Profession"), m_profession, QStringLiteral("profession"));
    m_fte = new QDoubleSpinBox(this);
    m_fte->setRange(0.0, 1.5);
    m_fte->setDecimals(2);
    m_fte->setSingleStep(0.1);
    m_fte->setValue(m_worker.fte);
    addField(form, tr("E&TP"), m_fte, QStringLiteral("fte"));
    m_trainedOn = new DateLineEdit(this);
    m_trainedOn->setDate(m_worker.trainedOn);
    m_trainedOn->setPlaceholderText(tr("vide : pas encore formé"));
    addField(form, tr("&Formé le"), m_trainedOn, QStringLiteral("trained_on"));
    m_active = new QCheckBox(tr("intervient aujourd'hui"), this);
    m_active->setChecked(m_worker.active);
    addField(form, tr("A&ctif"), m_active, QStringLiteral("active"));
    m_email = new QLineEdit(m_worker.email, this);
    addField(form, tr("Co&urriel"), m_email, QStringLiteral("email"));
    m_phone = new QLineEdit(m_worker.phone, this);
    addField(form, tr("Télép&hone"), m_phone, QStringLiteral("phone"));
    setMinimumWidth(480);
    markClean();
}

void WorkerDialog::save()
{
    if (!m_trainedOn->hasValidInput())
        throw ValidationError(QStringLiteral("trained_on"),
                              tr("Date invalide : tapez par exemple 12/03/2025."));
    Worker w = m_worker;
    w.organisationId = Uuid::fromBytes(m_organisation->currentData().toByteArray());
    w.displayName = m_name->text().trimmed();
    w.code = m_code->text().trimmed();
    w.role = workerRoleFromCode(m_role->currentData().toString()).value_or(WorkerRole::Professional);
    w.profession = m_profession->text().trimmed();
    w.fte = m_fte->value();
    w.trainedOn = m_trainedOn->date();
    w.active = m_active->isChecked();
    w.email = m_email->text().trimmed();
    w.phone = m_phone->text().trimmed();
    WorkerRepository repository(m_db, m_clock);
    if (w.id.isNull())
        w.id = repository.create(w);
    else
        repository.update(w);
    m_worker = w;
}

} // namespace passerelle
