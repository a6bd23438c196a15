#include "actionsheets/ActionSheetForm.h"

#include "actionsheets/CalendarSection.h"
#include "actionsheets/ClassificationSection.h"
#include "actionsheets/DeterminantsSection.h"
#include "actionsheets/FundingSection.h"
#include "actionsheets/IdentificationSection.h"
#include "actionsheets/ObjectivesSection.h"
#include "actionsheets/PublicSection.h"
#include "actionsheets/RegionalPlansSection.h"
#include "actionsheets/SheetIndicatorList.h"
#include "common/DialogService.h"
#include "repositories/ActionSheetRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace passerelle {

ActionSheetForm::ActionSheetForm(Database &db, DialogService &dialogs, const Clock &clock,
                                 const Uuid &sheetId, QWidget *parent)
    : QDialog(parent), m_db(db), m_dialogs(dialogs), m_clock(clock)
{
    setObjectName(QStringLiteral("actionSheetForm"));
    if (!sheetId.isNull())
        m_sheet = ActionSheetRepository(db, clock).find(sheetId).value_or(ActionSheet());
    if (m_sheet.id.isNull()) {
        // A new sheet covers the current calendar year until told otherwise.
        const int year = clock.today().year();
        m_sheet.startYear = year;
        m_sheet.periodStart = QDate(year, 1, 1);
        m_sheet.periodEnd = QDate(year, 12, 31);
    }
    buildUi();
    showSheet();
}

ActionSheetForm::~ActionSheetForm() = default;

void ActionSheetForm::buildUi()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sections"));
    m_tabs->setAccessibleName(tr("Sections de la fiche action"));
    m_tabs->setUsesScrollButtons(true);
    addSection(new IdentificationSection(m_db, m_errors), tr("Identification"));
    addSection(new RegionalPlansSection(m_db, m_errors), tr("PRS, PRSE 3"));
    addSection(new ObjectivesSection(m_errors), tr("Objectifs"));
    addSection(new DeterminantsSection(m_db, m_errors), tr("Déterminants"));
    addSection(new PublicSection(m_db, m_errors), tr("Partenaires et public"));
    addSection(new CalendarSection(m_errors), tr("Calendrier"));
    addSection(new ClassificationSection(m_db, m_errors), tr("Classification"));
    m_funding = new FundingSection(m_db, m_errors);
    m_funding->setObjectName(QStringLiteral("funding_section"));
    connect(m_funding, &FundingSection::edited, this, [this] { m_modified = true; });
    addPage(m_funding, tr("Financement"));
    m_indicators = new SheetIndicatorList(m_db);
    m_indicators->setObjectName(QStringLiteral("indicator_list"));
    addPage(m_indicators, tr("Indicateurs"));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("&Enregistrer"), QDialogButtonBox::ApplyRole);
    save->setObjectName(QStringLiteral("save"));
    save->setToolTip(tr("Enregistrer sans fermer (Ctrl+S)"));
    QPushButton *saveClose = buttons->addButton(tr("Enregistrer et fermer"), QDialogButtonBox::AcceptRole);
    saveClose->setObjectName(QStringLiteral("saveClose"));
    saveClose->setToolTip(tr("Ctrl+Entrée"));
    QPushButton *close = buttons->addButton(tr("Fermer"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("close"));
    // Enter adds a line in a text area or validates a field: it never closes this long form.
    for (QPushButton *b : {save, saveClose, close}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    connect(save, &QPushButton::clicked, this, &ActionSheetForm::save);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionSheetForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionSheetForm::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this,
            &ActionSheetForm::save);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ActionSheetForm::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    setSizeGripEnabled(true);
    resize(1040, 760);
}

void ActionSheetForm::addSection(SheetSection *section, const QString &title)
{
    m_sections.append(section);
    connect(section, &SheetSection::edited, this, [this] { m_modified = true; });
    addPage(section, title);
}

void ActionSheetForm::addPage(QWidget *page, const QString &title)
{
    // Long sections scroll inside their tab rather than stretching the window.
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(page->objectName().isEmpty() ? QString() : page->objectName() + QStringLiteral("_scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Sections wrap and stretch to the window's width; only their height scrolls.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    m_tabs->addTab(scroll, title);
}

void ActionSheetForm::setIndicatorPage(QWidget *page)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *scroll = qobject_cast<QScrollArea *>(m_tabs->widget(i));
        if (!scroll || scroll->widget() != m_indicators || !m_indicators)
            continue;
        const QString title = m_tabs->tabText(i);
        m_indicators = nullptr;
        m_tabs->removeTab(i);
        scroll->deleteLater(); // with the list it holds
        auto *replacement = new QScrollArea(m_tabs);
        replacement->setWidgetResizable(true);
        replacement->setFrameShape(QFrame::NoFrame);
        replacement->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        replacement->setWidget(page);
        m_tabs->insertTab(i, replacement, title);
        return;
    }
}

void ActionSheetForm::presetProgramme(const Uuid &programmeId)
{
    if (!m_sheet.id.isNull() || programmeId.isNull())
        return;
    m_sheet.programmeId = programmeId;
    showSheet();
}

void ActionSheetForm::showSheet()
{
    for (SheetSection *section : std::as_const(m_sections)) {
        const QSignalBlocker blocker(section);
        section->load(m_sheet);
    }
    m_funding->load(m_sheet.id, m_sheet.periodStart.isValid() ? m_sheet.periodStart.year()
                                                              : m_clock.today().year());
    if (m_indicators)
        m_indicators->load(m_sheet.id);
    m_modified = false;
    updateTitle();
}

void ActionSheetForm::updateTitle()
{
    setWindowTitle(m_sheet.id.isNull()
                       ? tr("Nouvelle fiche action")
                       : tr("Fiche action %1 — %2").arg(m_sheet.number, m_sheet.title));
}

QString ActionSheetForm::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void ActionSheetForm::showErrors(const ValidationError &e)
{
    const QString unbound = m_errors.show(e.all());
    if (!unbound.isEmpty()) {
        m_banner->setText(unbound);
        m_banner->show();
    }
    // Bring forward the first tab holding a refused editor.
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QList<QWidget *> children = m_tabs->widget(i)->findChildren<QWidget *>();
        if (std::any_of(children.cbegin(), children.cend(),
                        [](const QWidget *w) { return w->property("invalid").toBool(); })) {
            m_tabs->setCurrentIndex(i);
            break;
        }
    }
}

bool ActionSheetForm::save()
{
    m_errors.clear();
    m_banner->hide();
    ActionSheet sheet = m_sheet;
    try {
        FieldErrors problems;
        for (const SheetSection *section : std::as_const(m_sections))
            section->checkInput(problems);
        if (!problems.isEmpty())
            throw ValidationError(problems, recordLabel(sheet));
        for (const SheetSection *section : std::as_const(m_sections))
            section->store(sheet);
        Transaction tx(m_db.handle());
        ActionSheetRepository repository(m_db, m_clock);
        if (sheet.id.isNull())
            sheet.id = repository.create(sheet);
        else
            repository.update(sheet);
        m_funding->save(m_clock, sheet.id, sheet.programmeId);
        tx.commit();
    } catch (const ValidationError &e) {
        showErrors(e);
        return false;
    } catch (const Error &e) {
        m_dialogs.warning(this, windowTitle(), e.message());
        return false;
    }
    // Read back what was written: new objectives and steps now have their ids.
    m_sheet = ActionSheetRepository(m_db, m_clock).find(sheet.id).value_or(sheet);
    showSheet();
    Q_EMIT saved(m_sheet.id);
    return true;
}

void ActionSheetForm::accept()
{
    if (save())
        QDialog::accept();
}

void ActionSheetForm::keyPressEvent(QKeyEvent *event)
{
    // Enter validates a field (adds the partner typed, …): it never saves and closes this long
    // form, whatever button QDialogButtonBox made the default. A focused button handles Enter
    // itself before it comes here; Ctrl+Entrée saves and closes.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool ActionSheetForm::confirmClose()
{
    if (!m_modified)
        return true;
    switch (m_dialogs.askUnsaved(this, tr("La fiche action"))) {
    case DialogService::Unsaved::Save:
        return save();
    case DialogService::Unsaved::Cancel:
        return false;
    case DialogService::Unsaved::Discard:
        return true;
    }
    return false;
}

void ActionSheetForm::reject()
{
    // The window's close button comes here too (QDialog::closeEvent calls reject()).
    if (confirmClose())
        QDialog::reject();
}

} // namespace passerelle
