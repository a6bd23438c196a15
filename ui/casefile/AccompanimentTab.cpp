#include "casefile/AccompanimentTab.h"

#include "casefile/AssignmentDialog.h"
#include "casefile/CaseFileDraft.h"
#include "casefile/CaseFileForms.h"
#include "common/DialogService.h"
#include "common/FormErrors.h"
#include "queries/CaseFileSnapshot.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

using CaseFileForms::dateText;
using CaseFileForms::listView;

AccompanimentTab::AccompanimentTab(Database &db, DialogService &dialogs, FormErrors &errors,
                                   const Clock &clock, QWidget *parent)
    : CaseFileTab(parent), m_db(db), m_dialogs(dialogs), m_clock(clock),
      m_workerModel(
          {{tr("Intervenant"),
            [this](const CaseWorker &w) {
                const auto it = m_workers.constFind(w.workerId);
                return QVariant(it != m_workers.constEnd() ? it->displayName
                                                           : w.workerId.toString());
            }},
           {tr("Code"),
            [this](const CaseWorker &w) { return QVariant(m_workers.value(w.workerId).code); }},
           {tr("Rôle"), [](const CaseWorker &w) { return QVariant(label(w.pairRole)); }},
           {tr("Depuis le"), [](const CaseWorker &w) { return QVariant(dateText(w.assignedOn)); }},
           {tr("Jusqu'au"),
            [](const CaseWorker &w) {
                return QVariant(w.unassignedOn.isValid() ? dateText(w.unassignedOn)
                                                         : tr("en cours"));
            }}},
          this),
      m_historyModel(
          {{tr("Date"), [](const CaseStatusChange &c) { return QVariant(dateText(c.changedOn)); }},
           {tr("Changement"),
            [](const CaseStatusChange &c) {
                return QVariant(c.fromStatus
                                    ? tr("%1 → %2").arg(label(*c.fromStatus), label(c.toStatus))
                                    : tr("Repérage (%1)").arg(label(c.toStatus)));
            }},
           {tr("Motif"), [](const CaseStatusChange &c) { return QVariant(c.reason); }}},
          this)
{
    setObjectName(QStringLiteral("accompanimentTab"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildStatusGroup());
    layout->addWidget(buildWorkersGroup(errors), 1);
    layout->addWidget(buildHistoryGroup(), 1);
}

QWidget *AccompanimentTab::buildStatusGroup()
{
    auto *group = new QGroupBox(tr("Statut"), this);
    auto *layout = new QHBoxLayout(group);
    auto *text = new QVBoxLayout;
    m_status = new QLabel(group);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    QFont bold = m_status->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_status->setFont(bold);
    m_dates = new QLabel(group);
    m_dates->setObjectName(QStringLiteral("statusDates"));
    m_dates->setWordWrap(true);
    text->addWidget(m_status);
    text->addWidget(m_dates);
    layout->addLayout(text, 1);
    m_changeStatus = new QPushButton(tr("Changer le &statut…"), group);
    m_changeStatus->setObjectName(QStringLiteral("changeStatus"));
    m_changeStatus->setToolTip(tr("Orienter, accompagner, clôturer ou rouvrir la situation"));
    layout->addWidget(m_changeStatus, 0, Qt::AlignTop);
    connect(m_changeStatus, &QPushButton::clicked, this, &AccompanimentTab::statusChangeRequested);
    return group;
}

QWidget *AccompanimentTab::buildWorkersGroup(FormErrors &errors)
{
    auto *group = new QGroupBox(tr("Binôme et intervenants"), this);
    auto *layout = new QVBoxLayout(group);
    m_workerTable = listView(group, QStringLiteral("workersTable"), tr("Intervenants affectés"));
    m_workerTable->setModel(&m_workerModel);
    CaseFileForms::fitColumns(m_workerTable, WorkerName);
    connect(m_workerTable, &QTableView::activated, this, &AccompanimentTab::editAssignment);
    layout->addWidget(m_workerTable, 1);
    auto *message = new QLabel(group);
    layout->addWidget(message);
    for (const char *field : {"case.case_worker.worker_id", "case.case_worker.pair_role",
                              "case.case_worker.assigned_on", "case.case_worker.unassigned_on"})
        errors.bind(QString::fromLatin1(field), m_workerTable, message);

    auto *buttons = new QHBoxLayout;
    auto *assign = new QPushButton(tr("A&ffecter un intervenant…"), group);
    assign->setObjectName(QStringLiteral("assignWorker"));
    m_editWorker = new QPushButton(tr("&Modifier l'affectation…"), group);
    m_editWorker->setObjectName(QStringLiteral("editAssignment"));
    m_removeWorker = new QPushButton(tr("&Retirer"), group);
    m_removeWorker->setObjectName(QStringLiteral("removeAssignment"));
    m_removeWorker->setToolTip(tr("Pour une affectation saisie par erreur ; une affectation "
                                  "terminée se garde avec sa date de fin."));
    buttons->addWidget(assign);
    buttons->addWidget(m_editWorker);
    buttons->addWidget(m_removeWorker);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(assign, &QPushButton::clicked, this, &AccompanimentTab::assignWorker);
    connect(m_editWorker, &QPushButton::clicked, this, &AccompanimentTab::editAssignment);
    connect(m_removeWorker, &QPushButton::clicked, this, &AccompanimentTab::removeAssignment);
    const auto updateButtons = [this] {
        const bool selected = selectedWorkerRow() >= 0;
        m_editWorker->setEnabled(selected);
        m_removeWorker->setEnabled(selected);
    };
    connect(m_workerTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            updateButtons);
    connect(&m_workerModel, &QAbstractItemModel::modelReset, this, updateButtons);
    connect(&m_workerModel, &QAbstractItemModel::rowsRemoved, this, updateButtons);
    updateButtons();
    return group;
}

QWidget *AccompanimentTab::buildHistoryGroup()
{
    auto *group = new QGroupBox(tr("Historique des statuts"), this);
    auto *layout = new QVBoxLayout(group);
    m_historyTable = listView(group, QStringLiteral("historyTable"), tr("Historique des statuts"));
    m_historyTable->setModel(&m_historyModel);
    CaseFileForms::fitColumns(m_historyTable, Reason);
    layout->addWidget(m_historyTable);
    return group;
}

void AccompanimentTab::load(const CaseFileSnapshot &s)
{
    const LoadGuard guard(*this);
    for (const Worker &w : s.workers)
        m_workers.insert(w.id, w);
    showStatus(s);
    m_workerModel.setRows(s.caseFile.workers);
}

void AccompanimentTab::showStatus(const CaseFileSnapshot &s)
{
    const Case &c = s.caseFile;
    m_closeReasons.clear();
    for (const ReferenceItem &item : s.lists.value(QStringLiteral("close_reason")))
        m_closeReasons.insert(item.code, item.label());

    QDate since;
    switch (c.status) {
    case CaseStatus::Identified:
        since = c.identifiedOn;
        break;
    case CaseStatus::Oriented:
        since = c.orientedOn;
        break;
    case CaseStatus::Accompanied:
        since = c.accompaniedOn;
        break;
    case CaseStatus::Closed:
        since = c.closedOn;
        break;
    }
    m_status->setText(tr("%1 depuis le %2").arg(label(c.status), dateText(since)));
    QStringList dates{tr("Repérée le %1").arg(dateText(c.identifiedOn))};
    if (c.orientedOn.isValid())
        dates.append(tr("orientée le %1").arg(dateText(c.orientedOn)));
    if (c.accompaniedOn.isValid())
        dates.append(tr("accompagnée depuis le %1").arg(dateText(c.accompaniedOn)));
    if (c.closedOn.isValid())
        dates.append(
            tr("clôturée le %1 (motif : %2)")
                .arg(dateText(c.closedOn), m_closeReasons.value(c.closeReason, c.closeReason)));
    m_dates->setText(dates.join(QStringLiteral(" · ")));

    QList<CaseStatusChange> newestFirst(s.history.crbegin(), s.history.crend());
    m_historyModel.setRows(newestFirst);
}

void AccompanimentTab::apply(CaseFileDraft &draft, FieldErrors &) const
{
    draft.caseFile.workers = m_workerModel.rows();
}

int AccompanimentTab::selectedWorkerRow() const
{
    const QModelIndexList rows = m_workerTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AccompanimentTab::assignWorker()
{
    QSet<Uuid> taken;
    for (const CaseWorker &w : m_workerModel.rows())
        taken.insert(w.workerId);
    CaseWorker fresh;
    // The pair comes first: offer the place still empty.
    bool hasPeer = false;
    for (const CaseWorker &w : m_workerModel.rows())
        hasPeer = hasPeer || (w.pairRole == PairRole::Peer && !w.unassignedOn.isValid());
    fresh.pairRole = hasPeer ? PairRole::Professional : PairRole::Peer;
    AssignmentDialog dialog(m_db, fresh, taken, m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workers.insert(dialog.worker().id, dialog.worker());
    m_workerModel.append(dialog.assignment());
    markEdited();
}

void AccompanimentTab::editAssignment()
{
    const int row = selectedWorkerRow();
    if (row < 0)
        return;
    AssignmentDialog dialog(m_db, m_workerModel.rowAt(row), {}, m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workers.insert(dialog.worker().id, dialog.worker());
    m_workerModel.replace(row, dialog.assignment());
    markEdited();
}

void AccompanimentTab::removeAssignment()
{
    const int row = selectedWorkerRow();
    if (row < 0)
        return;
    const QString who = m_workers.value(m_workerModel.rowAt(row).workerId).displayName;
    if (m_dialogs.question(this, tr("Retirer l'affectation"),
                           tr("Retirer %1 de la situation ? Une affectation terminée se garde "
                              "d'ordinaire avec sa date de fin ; le retrait efface la trace de "
                              "l'affectation à l'enregistrement.")
                               .arg(who)) != DialogService::Answer::Yes)
        return;
    m_workerModel.remove(row);
    markEdited();
}

} // namespace passerelle
