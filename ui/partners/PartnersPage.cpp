#include "partners/PartnersPage.h"

#include "casefile/CaseFileForms.h"
#include "common/DialogService.h"
#include "directory/CaseReferenceList.h"
#include "directory/DirectoryButtons.h"
#include "directory/DirectoryFilterModel.h"
#include "directory/DirectoryList.h"
#include "partners/PartnerDialog.h"
#include "partners/PartnerListModel.h"
#include "queries/PartnerDetailQuery.h"
#include "queries/PartnerListQuery.h"
#include "repositories/PartnerRepository.h"
#include "util/Errors.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

namespace {
// French puts 0 and 1 in the singular.
QString partners(int n)
{
    return n <= 1 ? PartnersPage::tr("%1 partenaire").arg(n) : PartnersPage::tr("%1 partenaires").arg(n);
}
} // namespace

PartnersPage::PartnersPage(Database &db, DialogService &dialogs, const Clock &clock,
                           QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_clock(clock),
      m_query(std::make_unique<PartnerListQuery>(db)),
      m_detailQuery(std::make_unique<PartnerDetailQuery>(db))
{
    buildUi();
    reload();
}

PartnersPage::~PartnersPage() = default;

void PartnersPage::buildUi()
{
    m_model = new PartnerListModel(this);
    m_list = new DirectoryList(m_model, tr("Liste des partenaires"), [](int shown, int total) {
        return shown == total ? partners(total) : tr("%1 sur %2").arg(partners(shown)).arg(total);
    }, this);
    m_list->setColumnSamples({QStringLiteral("Centre hospitalier de Haute-Marne"),
                              QStringLiteral("Médecin traitant"), QStringLiteral("Arpajon-sur-Cère"),
                              QStringLiteral("0"), QStringLiteral("0"),
                              QStringLiteral("Travailleuse sociale"), QStringLiteral("03 25 00 00 00")});
    m_list->view()->sortByColumn(int(PartnerListModel::Column::Name), Qt::AscendingOrder);
    connect(m_list, &DirectoryList::currentChanged, this, &PartnersPage::showDetail);
    connect(m_list, &DirectoryList::activated, this, &PartnersPage::edit);
    connect(m_list, &DirectoryList::showArchivedChanged, this, &PartnersPage::reload);

    m_detail = new QGroupBox(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_referredLabel = new QLabel(m_detail);
    m_referredLabel->setObjectName(QStringLiteral("referredLabel"));
    m_referred = new CaseReferenceList(QStringLiteral("referred"),
                                       tr("Situations orientées par le partenaire"), m_detail);
    m_referredLabel->setBuddy(m_referred);
    m_mobilisedLabel = new QLabel(m_detail);
    m_mobilisedLabel->setObjectName(QStringLiteral("mobilisedLabel"));
    m_mobilised = new CaseReferenceList(QStringLiteral("mobilised"),
                                        tr("Situations où le partenaire est mobilisé"), m_detail);
    m_mobilisedLabel->setBuddy(m_mobilised);
    for (CaseReferenceList *cases : {m_referred, m_mobilised})
        connect(cases, &CaseReferenceList::openCaseRequested, this, &PartnersPage::openCaseRequested);
    auto *hint = new QLabel(tr("Entrée sur un numéro ouvre le dossier."), m_detail);
    hint->setEnabled(false);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->addWidget(m_referredLabel);
    detailLayout->addWidget(m_referred, 1);
    detailLayout->addWidget(m_mobilisedLabel);
    detailLayout->addWidget(m_mobilised, 1);
    detailLayout->addWidget(hint);

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({820, 380});

    m_buttons = std::make_unique<DirectoryButtons>(
        this, m_list,
        DirectoryButtons::Texts{tr("&Nouveau partenaire…"), tr("Créer un partenaire (Inser)"),
                                tr("Modifier le partenaire choisi (Entrée)"),
                                tr("Archiver le partenaire choisi (Suppr) : il n'est plus proposé, "
                                   "les situations gardent leur lien")});
    connect(m_buttons->create(), &QPushButton::clicked, this, &PartnersPage::newPartner);
    connect(m_buttons->edit(), &QPushButton::clicked, this, &PartnersPage::editCurrent);
    connect(m_buttons->archive(), &QPushButton::clicked, this, &PartnersPage::archiveCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(m_buttons->layout());
    setFocusProxy(m_list);
}

void PartnersPage::reload()
{
    const Uuid current = m_list->currentId();
    try {
        m_model->setRows(m_query->rows(m_list->showArchived()->isChecked()));
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Partenaires"), e.message());
    }
    m_list->selectId(current);
}

void PartnersPage::showDetail(const Uuid &partnerId)
{
    const int row = [&] {
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->rowAt(r)->id == partnerId)
                return r;
        return -1;
    }();
    const PartnerListRow *partner = m_model->rowAt(row);
    m_buttons->update(partner != nullptr, partner && partner->archived);
    PartnerDetailQuery::Detail detail;
    if (partner) {
        try {
            detail = m_detailQuery->detail(partnerId);
        } catch (const Error &e) {
            m_dialogs.warning(this, tr("Partenaires"), e.message());
        }
    }
    m_detail->setTitle(partner ? partner->name : tr("Aucun partenaire choisi"));
    m_referredLabel->setText(tr("&Situations orientées : %1").arg(detail.referred.size()));
    m_mobilisedLabel->setText(tr("Mo&bilisé sur : %1").arg(detail.mobilised.size()));
    m_referred->setCases(detail.referred, [](const CaseReference &c) {
        const QString status = CaseReferenceList::statusText(c.status);
        return c.date.isValid()
                   ? tr("%1 · orientée le %2").arg(status, CaseFileForms::dateText(c.date))
                   : status;
    });
    m_mobilised->setCases(detail.mobilised, [](const CaseReference &c) {
        QStringList parts{CaseReferenceList::statusText(c.status)};
        if (!c.role.isEmpty())
            parts.append(c.role);
        parts.append(tr("depuis le %1").arg(CaseFileForms::dateText(c.date)));
        return parts.join(QStringLiteral(" · "));
    });
}

void PartnersPage::newPartner()
{
    edit({});
}

void PartnersPage::editCurrent()
{
    if (!m_list->currentId().isNull())
        edit(m_list->currentId());
}

void PartnersPage::edit(const Uuid &partnerId)
{
    PartnerDialog dialog(m_db, m_dialogs, m_clock, partnerId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_list->selectId(dialog.savedId());
    Q_EMIT partnersChanged();
}

void PartnersPage::archiveCurrent()
{
    const Uuid id = m_list->currentId();
    if (id.isNull())
        return;
    const bool restoring = m_list->currentIsArchived();
    const QString name = m_list->view()->currentIndex().siblingAtColumn(0).data(DirectoryRole::Sort).toString();
    const QString question =
        restoring ? tr("Restaurer le partenaire « %1 » ? Il sera de nouveau proposé.").arg(name)
                  : tr("Archiver le partenaire « %1 » ? Il ne sera plus proposé ; les situations "
                       "qui le citent gardent leur lien.").arg(name);
    const bool changed = DirectoryButtons::archiveOrRestore(
        m_dialogs, this, restoring, question, tr("Partenaires"), [this, &id](bool restore) {
            PartnerRepository repository(m_db, m_clock);
            if (restore)
                repository.restore(id);
            else
                repository.archive(id);
        });
    if (!changed)
        return;
    reload();
    Q_EMIT partnersChanged();
}

} // namespace passerelle
