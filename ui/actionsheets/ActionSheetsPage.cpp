#include "actionsheets/ActionSheetsPage.h"

#include "actionsheets/ActionSheetForm.h"
#include "actionsheets/ActionSheetListModel.h"
#include "actionsheets/ActionSheetListQuery.h"
#include "actionsheets/SheetContinuation.h"
#include "actionsheets/TemplateChoiceDialog.h"
#include "common/DialogService.h"
#include "directory/DirectoryButtons.h"
#include "directory/DirectoryList.h"
#include "reports/ActionSheetPdf.h"
#include "repositories/ActionSheetRepository.h"
#include "repositories/ProgrammeRepository.h"
#include "util/Clock.h"
#include "util/Errors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace passerelle {

namespace {
QString sheets(int n)
{
    return n <= 1 ? ActionSheetsPage::tr("%1 fiche action").arg(n)
                  : ActionSheetsPage::tr("%1 fiches action").arg(n);
}
} // namespace

ActionSheetsPage::ActionSheetsPage(Database &db, DialogService &dialogs, const Clock &clock,
                                   QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_clock(clock),
      m_query(std::make_unique<ActionSheetListQuery>(db))
{
    buildUi();
    refresh();
}

ActionSheetsPage::~ActionSheetsPage() = default;

void ActionSheetsPage::buildUi()
{
    m_model = new ActionSheetListModel(this);
    m_list = new DirectoryList(m_model, tr("Liste des fiches action"), [](int shown, int total) {
        return shown == total ? sheets(total) : tr("%1 sur %2").arg(sheets(shown)).arg(total);
    }, this);
    m_list->setColumnSamples({QStringLiteral("3.3.1-00"),
                              QStringLiteral("Consultations avancées en addictologie et"),
                              QStringLiteral("Pair-aidance Pays de Langres"),
                              QStringLiteral("00/00/0000 – 00/00/0000"),
                              QStringLiteral("3.3.1 (2025)"), QStringLiteral("Indicateurs")});
    m_list->view()->sortByColumn(int(ActionSheetListModel::Column::Number), Qt::AscendingOrder);
    connect(m_list, &DirectoryList::currentChanged, this, &ActionSheetsPage::updateButtons);
    connect(m_list, &DirectoryList::activated, this, [this](const Uuid &id) { openForm(id); });
    connect(m_list, &DirectoryList::showArchivedChanged, this, &ActionSheetsPage::refresh);

    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("programmeFilter"));
    m_programme->setAccessibleName(tr("Dispositif des fiches montrées"));
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *programmeLabel = new QLabel(tr("&Dispositif :"), this);
    programmeLabel->setBuddy(m_programme);
    connect(m_programme, &QComboBox::currentIndexChanged, this, &ActionSheetsPage::refresh);
    auto *filters = new QHBoxLayout;
    filters->addWidget(programmeLabel);
    filters->addWidget(m_programme);
    filters->addStretch(1);

    const auto button = [this](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        return b;
    };
    m_buttons = std::make_unique<DirectoryButtons>(
        this, m_list,
        DirectoryButtons::Texts{tr("&Nouvelle fiche…"), tr("Créer une fiche action vide (Inser)"),
                                tr("Ouvrir la fiche choisie (Entrée)"),
                                tr("Archiver la fiche choisie (Suppr)"), tr("&Ouvrir")});
    connect(m_buttons->create(), &QPushButton::clicked, this, &ActionSheetsPage::newSheet);
    connect(m_buttons->edit(), &QPushButton::clicked, this, &ActionSheetsPage::openCurrent);
    connect(m_buttons->archive(), &QPushButton::clicked, this, &ActionSheetsPage::archiveCurrent);
    QPushButton *fromTemplate = button(tr("Depuis un &modèle…"), "fromTemplate",
                                       tr("Créer une fiche pré-remplie : pair-aidance ou équipe mobile"));
    connect(fromTemplate, &QPushButton::clicked, this, &ActionSheetsPage::newFromTemplate);
    m_continue = button(tr("&Continuer l'année suivante…"), "continue",
                        tr("Créer la fiche de la période suivante, chaînée à celle-ci"));
    connect(m_continue, &QPushButton::clicked, this, &ActionSheetsPage::continueCurrent);
    m_print = button(tr("&Imprimer (PDF)…"), "print", tr("Enregistrer la fiche en PDF, mise en page ARS"));
    connect(m_print, &QPushButton::clicked, this, &ActionSheetsPage::printCurrent);
    // New, from a template, continue, print, open, archive: creation first, archive last.
    int at = 1;
    for (QPushButton *b : {fromTemplate, m_continue, m_print})
        m_buttons->layout()->insertWidget(at++, b);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addLayout(m_buttons->layout());
    setFocusProxy(m_list);
    reloadProgrammes();
}

void ActionSheetsPage::reloadProgrammes()
{
    const QByteArray current = m_programme->currentData().toByteArray();
    const QSignalBlocker blocker(m_programme);
    m_programme->clear();
    m_programme->addItem(tr("Tous les dispositifs"), QByteArray());
    try {
        const QList<Programme> programmes = ProgrammeRepository(m_db, m_clock).list();
        for (const Programme &p : programmes)
            m_programme->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.id.bytes());
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Fiches action"), e.message());
    }
    const int index = m_programme->findData(current);
    m_programme->setCurrentIndex(index >= 0 ? index : 0);
}

void ActionSheetsPage::refresh()
{
    const Uuid current = m_list->currentId();
    const Uuid programme = Uuid::fromBytes(m_programme->currentData().toByteArray());
    try {
        QList<ActionSheetListRow> rows = m_query->rows(m_list->showArchived()->isChecked());
        if (!programme.isNull())
            rows.removeIf([&programme](const ActionSheetListRow &r) { return r.programmeId != programme; });
        m_model->setRows(rows);
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Fiches action"), e.message());
    }
    m_list->selectId(current);
    updateButtons(m_list->currentId());
}

void ActionSheetsPage::updateButtons(const Uuid &sheetId)
{
    const ActionSheetListRow *sheet = sheetId.isNull() ? nullptr : m_model->find(sheetId);
    m_buttons->update(sheet != nullptr, sheet && sheet->archived);
    for (QPushButton *b : {m_continue, m_print})
        b->setEnabled(sheet);
}

void ActionSheetsPage::afterWrite(const Uuid &sheetId)
{
    refresh();
    m_list->selectId(sheetId);
    Q_EMIT sheetsChanged();
}

ActionSheetForm *ActionSheetsPage::openForm(const Uuid &sheetId)
{
    if (!sheetId.isNull()) {
        ActionSheetForm *open = m_forms.value(sheetId);
        if (open && open->isVisible()) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *form = new ActionSheetForm(m_db, m_dialogs, m_clock, sheetId, this);
    // Closed (saved or not), the form is done with: the next opening reads the sheet afresh.
    connect(form, &QDialog::finished, form, &QObject::deleteLater);
    if (sheetId.isNull())
        form->presetProgramme(Uuid::fromBytes(m_programme->currentData().toByteArray()));
    else
        m_forms.insert(sheetId, form);
    connect(form, &ActionSheetForm::saved, this, [this, form](const Uuid &id) {
        m_forms.insert(id, form);
        afterWrite(id);
    });
    form->show();
    Q_EMIT formOpened(form);
    return form;
}

void ActionSheetsPage::newSheet()
{
    openForm({});
}

void ActionSheetsPage::openCurrent()
{
    if (!m_list->currentId().isNull())
        openForm(m_list->currentId());
}

void ActionSheetsPage::newFromTemplate()
{
    TemplateChoiceDialog dialog(m_db, m_dialogs, m_clock,
                                Uuid::fromBytes(m_programme->currentData().toByteArray()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SheetFromTemplate::Created &created = dialog.created();
    afterWrite(created.sheetId);
    if (!created.partnersNotFound.isEmpty())
        m_dialogs.information(this, tr("Fiche créée depuis le modèle"),
                              tr("Partenaires du modèle absents de l'annuaire, non repris : %1. "
                                 "Ajoutez-les dans Partenaires puis dans la fiche.")
                                  .arg(created.partnersNotFound.join(QStringLiteral(", "))));
    ActionSheetForm *form = openForm(created.sheetId);
    // The template's sheet exists as soon as it is chosen (its indicators are applied with it).
    // Closed without ever being saved, it may have been a wrong choice: offer to take it back.
    // Archiving keeps it restorable; any answer but "yes" keeps it.
    auto everSaved = std::make_shared<bool>(false);
    connect(form, &ActionSheetForm::saved, this, [everSaved] { *everSaved = true; });
    const Uuid id = created.sheetId;
    connect(form, &QDialog::finished, this, [this, id, everSaved](int result) {
        if (result == QDialog::Accepted || *everSaved)
            return;
        if (m_dialogs.question(
                this, tr("Fiche créée depuis le modèle"),
                tr("La fiche créée depuis le modèle n'a pas été enregistrée depuis. "
                   "L'archiver pour annuler sa création ? (« Afficher les archivés » "
                   "permet de la restaurer.)")) != DialogService::Answer::Yes)
            return;
        try {
            ActionSheetRepository(m_db, m_clock).archive(id);
        } catch (const Error &e) {
            m_dialogs.warning(this, tr("Fiche créée depuis le modèle"), e.message());
            return;
        }
        refresh();
        Q_EMIT sheetsChanged();
    });
}

void ActionSheetsPage::continueCurrent()
{
    const Uuid id = m_list->currentId();
    const ActionSheetListRow *sheet = id.isNull() ? nullptr : m_model->find(id);
    if (!sheet)
        return;
    if (m_dialogs.question(
            this, tr("Continuer l'année suivante"),
            tr("Créer la fiche %1 « %2 » de la période suivante, chaînée à celle "
               "de %3 ? Sections, objectifs, étapes, partenaires, indicateurs et "
               "financements (montants à confirmer) sont repris, décalés d'un an ; "
               "les valeurs saisies ne le sont pas.")
                .arg(sheet->number, sheet->title, ActionSheetListModel::periodText(*sheet))) !=
        DialogService::Answer::Yes)
        return;
    Uuid next;
    try {
        next = SheetContinuation(m_db, m_clock).continueNextYear(id).sheetId;
    } catch (const ValidationError &e) {
        // The question named the sheet already: the reason alone reads better.
        m_dialogs.warning(this, tr("Continuer l'année suivante"), e.reason());
        return;
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Continuer l'année suivante"), e.message());
        return;
    }
    afterWrite(next);
    openForm(next);
}

void ActionSheetsPage::printCurrent()
{
    const Uuid id = m_list->currentId();
    const ActionSheetListRow *sheet = id.isNull() ? nullptr : m_model->find(id);
    if (!sheet)
        return;
    QString suggested = tr("fiche-action-%1-%2.pdf").arg(sheet->number, ActionSheetListModel::periodText(*sheet));
    suggested.replace(u' ', u'-').replace(u'/', u'-');
    const QString path = m_dialogs.saveFile(this, tr("Enregistrer la fiche en PDF"), suggested,
                                            tr("Documents PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            throw StorageError(tr("Impossible d'écrire %1 : %2").arg(path, file.errorString()));
        ActionSheetPdf(m_db).write(id, file);
        if (!file.commit())
            throw StorageError(tr("Impossible d'écrire %1 : %2").arg(path, file.errorString()));
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Imprimer la fiche"), e.message());
        return;
    }
    if (m_dialogs.question(this, tr("Imprimer la fiche"),
                           tr("La fiche est enregistrée dans %1. L'ouvrir maintenant ?").arg(path)) ==
        DialogService::Answer::Yes)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ActionSheetsPage::archiveCurrent()
{
    const Uuid id = m_list->currentId();
    const ActionSheetListRow *sheet = id.isNull() ? nullptr : m_model->find(id);
    if (!sheet)
        return;
    const bool restoring = sheet->archived;
    const QString question =
        restoring ? tr("Restaurer la fiche action %1 « %2 » ?").arg(sheet->number, sheet->title)
                  : tr("Archiver la fiche action %1 « %2 » ? Elle ne sera plus proposée ; ses "
                       "indicateurs et ses financements restent.")
                        .arg(sheet->number, sheet->title);
    const bool changed = DirectoryButtons::archiveOrRestore(
        m_dialogs, this, restoring, question, tr("Fiches action"), [this, &id](bool restore) {
            ActionSheetRepository repository(m_db, m_clock);
            if (restore)
                repository.restore(id);
            else
                repository.archive(id);
        });
    if (!changed)
        return;
    afterWrite(id);
}

} // namespace passerelle
