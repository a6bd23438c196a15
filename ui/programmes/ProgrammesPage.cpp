#include "programmes/ProgrammesPage.h"

#include "common/DialogService.h"
#include "directory/DirectoryList.h"
#include "programmes/ProgrammeDialog.h"
#include "programmes/ProgrammeListModel.h"
#include "queries/ProgrammeListQuery.h"
#include "repositories/ProgrammeRepository.h"
#include "util/Errors.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

namespace {
QString programmes(int n)
{
    return n <= 1 ? ProgrammesPage::tr("%1 dispositif").arg(n) : ProgrammesPage::tr("%1 dispositifs").arg(n);
}
} // namespace

ProgrammesPage::ProgrammesPage(Database &db, DialogService &dialogs, const Clock &clock,
                               QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_clock(clock),
      m_query(std::make_unique<ProgrammeListQuery>(db))
{
    buildUi();
    reload();
}

ProgrammesPage::~ProgrammesPage() = default;

void ProgrammesPage::buildUi()
{
    m_model = new ProgrammeListModel(this);
    m_list = new DirectoryList(m_model, tr("Liste des dispositifs"), [](int shown, int total) {
        return shown == total ? programmes(total) : tr("%1 sur %2").arg(programmes(shown)).arg(total);
    }, this);
    m_list->setColumnSamples({QStringLiteral("CODE"),
                              QStringLiteral("Consultations avancées en addictologie"),
                              QStringLiteral("Agglomération de Chaumont et Pays de Langres"),
                              QStringLiteral("00/00/0000"), QStringLiteral("00/00/0000"),
                              QStringLiteral("Situations en cours")});
    m_list->view()->sortByColumn(int(ProgrammeListModel::Column::Code), Qt::AscendingOrder);
    connect(m_list, &DirectoryList::currentChanged, this, &ProgrammesPage::updateButtons);
    connect(m_list, &DirectoryList::activated, this, &ProgrammesPage::edit);
    connect(m_list, &DirectoryList::showArchivedChanged, this, &ProgrammesPage::reload);

    auto *create = new QPushButton(tr("&Nouveau dispositif…"), this);
    create->setObjectName(QStringLiteral("new"));
    create->setToolTip(tr("Créer un dispositif (Inser)"));
    connect(create, &QPushButton::clicked, this, &ProgrammesPage::newProgramme);
    m_edit = new QPushButton(tr("&Modifier…"), this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_edit->setToolTip(tr("Modifier le dispositif choisi (Entrée)"));
    connect(m_edit, &QPushButton::clicked, this, &ProgrammesPage::editCurrent);
    m_archive = new QPushButton(tr("Arc&hiver…"), this);
    m_archive->setObjectName(QStringLiteral("archive"));
    m_archive->setToolTip(tr("Archiver le dispositif choisi (Suppr) : ses situations restent"));
    connect(m_archive, &QPushButton::clicked, this, &ProgrammesPage::archiveCurrent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addStretch(1);

    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    insert->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QShortcut::activated, create, &QPushButton::click);
    auto *archiveKey = new QShortcut(QKeySequence(Qt::Key_Delete), m_list->view());
    archiveKey->setContext(Qt::WidgetShortcut);
    connect(archiveKey, &QShortcut::activated, m_archive, &QPushButton::click);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_list);
}

void ProgrammesPage::reload()
{
    const Uuid current = m_list->currentId();
    try {
        m_model->setRows(m_query->rows(m_list->showArchived()->isChecked()));
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Dispositifs"), e.message());
    }
    m_list->selectId(current);
}

void ProgrammesPage::updateButtons(const Uuid &programmeId)
{
    const ProgrammeListRow *programme = programmeId.isNull() ? nullptr : m_model->find(programmeId);
    m_edit->setEnabled(programme);
    m_archive->setEnabled(programme);
    m_archive->setText(programme && programme->archived ? tr("Resta&urer…") : tr("Arc&hiver…"));
}

void ProgrammesPage::newProgramme()
{
    edit({});
}

void ProgrammesPage::editCurrent()
{
    if (!m_list->currentId().isNull())
        edit(m_list->currentId());
}

void ProgrammesPage::edit(const Uuid &programmeId)
{
    ProgrammeDialog dialog(m_db, m_dialogs, m_clock, programmeId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_list->selectId(dialog.savedId());
    Q_EMIT programmesChanged();
}

void ProgrammesPage::archiveCurrent()
{
    const Uuid id = m_list->currentId();
    const ProgrammeListRow *programme = id.isNull() ? nullptr : m_model->find(id);
    if (!programme)
        return;
    const bool restoring = programme->archived;
    const QString question =
        restoring ? tr("Restaurer le dispositif « %1 » ?").arg(programme->name)
                  : tr("Archiver le dispositif « %1 » ? Il ne sera plus proposé ; ses "
                       "situations et son historique restent.").arg(programme->name);
    if (m_dialogs.question(this, restoring ? tr("Restaurer") : tr("Archiver"), question) !=
        DialogService::Answer::Yes)
        return;
    try {
        ProgrammeRepository repository(m_db, m_clock);
        if (restoring)
            repository.restore(id);
        else
            repository.archive(id);
    } catch (const Error &e) {
        // Restoring is refused when a current programme took the code meanwhile.
        m_dialogs.warning(this, tr("Dispositifs"), e.message());
        return;
    }
    reload();
    Q_EMIT programmesChanged();
}

} // namespace passerelle
