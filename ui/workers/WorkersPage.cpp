#include "workers/WorkersPage.h"

#include "casefile/CaseFileForms.h"
#include "common/DialogService.h"
#include "directory/CaseReferenceList.h"
#include "directory/DirectoryButtons.h"
#include "directory/DirectoryFilterModel.h"
#include "directory/DirectoryList.h"
#include "domain/Case.h"
#include "interventions/EntryText.h"
#include "queries/WorkerDetailQuery.h"
#include "queries/WorkerListQuery.h"
#include "repositories/WorkerRepository.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "workers/WorkerDialog.h"
#include "workers/WorkerListModel.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

namespace {
QString workers(int n)
{
    return n <= 1 ? WorkersPage::tr("%1 intervenant").arg(n) : WorkersPage::tr("%1 intervenants").arg(n);
}
} // namespace

WorkersPage::WorkersPage(Database &db, DialogService &dialogs, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_clock(clock),
      m_query(std::make_unique<WorkerListQuery>(db)),
      m_detailQuery(std::make_unique<WorkerDetailQuery>(db))
{
    buildUi();
    reload();
}

WorkersPage::~WorkersPage() = default;

void WorkersPage::buildUi()
{
    m_model = new WorkerListModel(this);
    m_list = new DirectoryList(m_model, tr("Liste des intervenants"), [](int shown, int total) {
        return shown == total ? workers(total) : tr("%1 sur %2").arg(workers(shown)).arg(total);
    }, this);
    m_list->setColumnSamples({QStringLiteral("Dominique L."), QStringLiteral("EMP-ASE01"),
                              QStringLiteral("Travailleur pair"), QStringLiteral("Assistante sociale"),
                              QStringLiteral("0,50"), QStringLiteral("00/00/0000"),
                              QStringLiteral("oui"), QStringLiteral("00")});
    m_list->view()->sortByColumn(int(WorkerListModel::Column::Name), Qt::AscendingOrder);
    connect(m_list, &DirectoryList::currentChanged, this, &WorkersPage::showDetail);
    connect(m_list, &DirectoryList::activated, this, &WorkersPage::edit);
    connect(m_list, &DirectoryList::showArchivedChanged, this, &WorkersPage::reload);

    m_detail = new QGroupBox(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_hours = new QLabel(m_detail);
    m_hours->setObjectName(QStringLiteral("hours"));
    m_hours->setWordWrap(true);
    m_casesLabel = new QLabel(m_detail);
    m_casesLabel->setObjectName(QStringLiteral("casesLabel"));
    m_casesLabel->setWordWrap(true);
    m_cases = new CaseReferenceList(QStringLiteral("cases"),
                                    tr("Situations où l'intervenant est affecté"), m_detail);
    m_casesLabel->setBuddy(m_cases);
    connect(m_cases, &CaseReferenceList::openCaseRequested, this, &WorkersPage::openCaseRequested);
    auto *hint = new QLabel(tr("Entrée sur un numéro ouvre le dossier."), m_detail);
    hint->setEnabled(false);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->addWidget(m_hours);
    detailLayout->addSpacing(6);
    detailLayout->addWidget(m_casesLabel);
    detailLayout->addWidget(m_cases, 1);
    detailLayout->addWidget(hint);

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({860, 340});

    m_buttons = std::make_unique<DirectoryButtons>(
        this, m_list,
        DirectoryButtons::Texts{
            tr("&Nouvel intervenant…"), tr("Créer un intervenant (Inser)"),
            tr("Modifier l'intervenant choisi (Entrée)"),
            tr("Archiver l'intervenant choisi (Suppr) : son historique reste")});
    connect(m_buttons->create(), &QPushButton::clicked, this, &WorkersPage::newWorker);
    connect(m_buttons->edit(), &QPushButton::clicked, this, &WorkersPage::editCurrent);
    connect(m_buttons->archive(), &QPushButton::clicked, this, &WorkersPage::archiveCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(m_buttons->layout());
    setFocusProxy(m_list);
}

QString WorkersPage::hoursText() const
{
    return m_hours->text();
}

QString WorkersPage::casesText() const
{
    return m_casesLabel->text();
}

void WorkersPage::reload()
{
    const Uuid current = m_list->currentId();
    try {
        m_model->setRows(m_query->rows(m_clock.today(), m_list->showArchived()->isChecked()));
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Intervenants"), e.message());
    }
    m_list->selectId(current);
}

void WorkersPage::showDetail(const Uuid &workerId)
{
    const WorkerListRow *worker = workerId.isNull() ? nullptr : m_model->find(workerId);
    m_buttons->update(worker != nullptr, worker && worker->archived);
    WorkerDetailQuery::Detail detail;
    if (worker) {
        try {
            detail = m_detailQuery->detail(workerId, m_clock.today());
        } catch (const Error &e) {
            m_dialogs.warning(this, tr("Intervenants"), e.message());
        }
    }
    m_detail->setTitle(worker ? tr("%1 (%2) — %3").arg(worker->displayName, worker->code, label(worker->role))
                              : tr("Aucun intervenant choisi"));
    const QString month = QLocale().toString(m_clock.today(), QStringLiteral("MMMM yyyy"));
    m_hours->setText(worker ? tr("Heures en %1 : %2\nInterventions réalisées : %3")
                                  .arg(month, detail.minutesThisMonth > 0
                                                  ? EntryText::durationForDisplay(detail.minutesThisMonth)
                                                  : tr("0 h"))
                                  .arg(detail.doneInterventions)
                            : QString());
    m_casesLabel->setText(worker ? tr("&Situations affectées : %1 · en cours : %2")
                                       .arg(detail.assignedCount)
                                       .arg(detail.openCount)
                                 : QString());
    m_cases->setCases(detail.cases, [](const CaseReference &c) {
        const std::optional<PairRole> role = pairRoleFromCode(c.role);
        return tr("%1 · %2 depuis le %3")
            .arg(CaseReferenceList::statusText(c.status), role ? label(*role) : c.role,
                 CaseFileForms::dateText(c.date));
    });
}

void WorkersPage::newWorker()
{
    edit({});
}

void WorkersPage::editCurrent()
{
    if (!m_list->currentId().isNull())
        edit(m_list->currentId());
}

void WorkersPage::edit(const Uuid &workerId)
{
    WorkerDialog dialog(m_db, m_dialogs, m_clock, workerId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_list->selectId(dialog.savedId());
    Q_EMIT workersChanged();
}

void WorkersPage::archiveCurrent()
{
    const Uuid id = m_list->currentId();
    const WorkerListRow *worker = id.isNull() ? nullptr : m_model->find(id);
    if (!worker)
        return;
    const bool restoring = worker->archived;
    const QString question =
        restoring ? tr("Restaurer l'intervenant « %1 » ?").arg(worker->displayName)
                  : tr("Archiver l'intervenant « %1 » ? Il ne sera plus proposé ; ses "
                       "interventions et affectations restent.").arg(worker->displayName);
    const bool changed = DirectoryButtons::archiveOrRestore(
        m_dialogs, this, restoring, question, tr("Intervenants"), [this, &id](bool restore) {
            WorkerRepository repository(m_db, m_clock);
            if (restore)
                repository.restore(id);
            else
                repository.archive(id);
        });
    if (!changed)
        return;
    reload();
    Q_EMIT workersChanged();
}

} // namespace passerelle
