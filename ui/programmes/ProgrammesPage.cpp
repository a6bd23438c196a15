#include "programmes/ProgrammesPage.h"

#include "common/DialogService.h"
#include "directory/DirectoryButtons.h"
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

    m_buttons = std::make_unique<DirectoryButtons>(
        this, m_list,
        DirectoryButtons::Texts{
            tr("&Nouveau dispositif…"), tr("Créer un dispositif (Inser)"),
            tr("Modifier le dispositif choisi (Entrée)"),
            tr("Archiver le dispositif choisi (Suppr) : ses situations restent")});
    connect(m_buttons->create(), &QPushButton::clicked, this, &ProgrammesPage::newProgramme);
    connect(m_buttons->edit(), &QPushButton::clicked, this, &ProgrammesPage::editCurrent);
    connect(m_buttons->archive(), &QPushButton::clicked, this, &ProgrammesPage::archiveCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(m_buttons->layout());
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
    m_buttons->update(programme != nullptr, programme && programme->archived);
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
    const bool changed = DirectoryButtons::archiveOrRestore(
        m_dialogs, this, restoring, question, tr("Dispositifs"), [this, &id](bool restore) {
            ProgrammeRepository repository(m_db, m_clock);
            if (restore)
                repository.restore(id);
            else
                repository.archive(id);
        });
    if (!changed)
        return;
    reload();
    Q_EMIT programmesChanged();
}

} // namespace passerelle
