#include "casefile/AssignmentDialog.h"

#include "casefile/CaseFileForms.h"
#include "casefile/DateLineEdit.h"
#include "repositories/WorkerRepository.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle {

using CaseFileForms::addField;

AssignmentDialog::AssignmentDialog(Database &db, const CaseWorker &current, const QSet<Uuid> &taken,
                                   const Clock &clock, QWidget *parent)
    : QDialog(parent), m_taken(taken), m_assignment(current)
{
    setObjectName(QStringLiteral("assignmentDialog"));
    const bool adding = current.workerId.isNull();
    setWindowTitle(adding ? tr("Affecter un intervenant") : tr("Affectation"));

    WorkerRepository workers(db, clock);
    for (const Worker &w : workers.list())
        if ((w.active && !taken.contains(w.id)) || w.id == current.workerId)
            m_workers.append(w);

    auto *form = new QFormLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_role = new QComboBox(this);
    for (const PairRole r : {PairRole::Peer, PairRole::Professional, PairRole::Referent})
        m_role->addItem(label(r), toCode(r));
    CaseFileForms::selectData(m_role, toCode(current.pairRole));
    addField(form, m_errors, tr("&Rôle dans la situation"), m_role, QStringLiteral("pair_role"));
    m_workerCombo = new QComboBox(this);
    addField(form, m_errors, tr("&Intervenant"), m_workerCombo, QStringLiteral("worker_id"));
    m_workerCombo->setEnabled(adding); // an assignment changes role or dates, not worker
    m_assignedOn = new QDateEdit(this);
    m_assignedOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_assignedOn->setCalendarPopup(true);
    m_assignedOn->setDate(current.assignedOn.isValid() ? current.assignedOn : clock.today());
    addField(form, m_errors, tr("&Affecté le"), m_assignedOn, QStringLiteral("assigned_on"));
    m_unassignedOn = new DateLineEdit(this);
    m_unassignedOn->setDate(current.unassignedOn);
    m_unassignedOn->setToolTip(tr("Vide tant que l'intervenant suit la situation."));
    addField(form, m_errors, tr("&Fin de l'affectation"), m_unassignedOn,
             QStringLiteral("unassigned_on"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Valider"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignmentDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_role, &QComboBox::currentIndexChanged, this, &AssignmentDialog::fillWorkers);
    fillWorkers();
}

void AssignmentDialog::fillWorkers()
{
    const QVariant chosen = m_workerCombo->count() > 0 ? m_workerCombo->currentData()
                                                       : QVariant(m_assignment.workerId.bytes());
    const QString role = m_role->currentData().toString();
    m_workerCombo->clear();
    for (const Worker &w : std::as_const(m_workers))
        if (workerRoleAllowsPairRole(w.role, role) || w.id == m_assignment.workerId)
            m_workerCombo->addItem(
                QStringLiteral("%1 (%2) — %3").arg(w.displayName, w.code, label(w.role)),
                w.id.bytes());
    const int index = m_workerCombo->findData(chosen);
    m_workerCombo->setCurrentIndex(index >= 0 ? index : (m_workerCombo->count() > 0 ? 0 : -1));
}

void AssignmentDialog::accept()
{
    m_errors.clear();
    FieldErrors problems;
    const Uuid workerId = Uuid::fromBytes(m_workerCombo->currentData().toByteArray());
    const Worker *worker = nullptr;
    for (const Worker &w : std::as_const(m_workers))
        if (w.id == workerId)
            worker = &w;
    const std::optional<PairRole> role = pairRoleFromCode(m_role->currentData().toString());
    if (!worker)
        problems.append(
            {QStringLiteral("worker_id"), tr("Choisissez un intervenant que ce rôle permet.")});
    else if (role && !workerRoleAllowsPairRole(worker->role, toCode(*role)))
        problems.append(
            {QStringLiteral("pair_role"),
             tr("Un intervenant « %1 » ne peut pas tenir ce rôle.").arg(label(worker->role))});
    if (!m_unassignedOn->hasValidInput())
        problems.append(
            {QStringLiteral("unassigned_on"), tr("Date invalide : tapez par exemple 30/06/2025.")});
    else if (m_unassignedOn->date().isValid() && m_unassignedOn->date() < m_assignedOn->date())
        problems.append({QStringLiteral("unassigned_on"),
                         tr("La fin de l'affectation ne peut pas précéder son début.")});
    if (!problems.isEmpty()) {
        m_errors.show(problems);
        return;
    }
    m_worker = *worker;
    m_assignment.workerId = worker->id;
    m_assignment.pairRole = role.value_or(PairRole::Referent);
    m_assignment.assignedOn = m_assignedOn->date();
    m_assignment.unassignedOn = m_unassignedOn->date();
    QDialog::accept();
}

} // namespace passerelle
