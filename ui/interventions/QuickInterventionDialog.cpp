#include "interventions/QuickInterventionDialog.h"

#include "common/DialogService.h"
#include "domain/Programme.h"
#include "domain/Worker.h"
#include "interventions/CasePickerEdit.h"
#include "interventions/DayEdit.h"
#include "interventions/EntryText.h"
#include "queries/CasePickerQuery.h"
#include "repositories/InterventionRepository.h"
#include "repositories/ProgrammeRepository.h"
#include "repositories/ReferenceRepository.h"
#include "repositories/WorkerRepository.h"
#include "util/Clock.h"
#include "util/Errors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QVBoxLayout>

namespace passerelle {

namespace {
const QString programmeKey = QStringLiteral("quickIntervention/programme");
const QString peerKey = QStringLiteral("quickIntervention/peer");
const QString professionalKey = QStringLiteral("quickIntervention/professional");
const QString channelKey = QStringLiteral("quickIntervention/channel");
const QString typeKey = QStringLiteral("quickIntervention/type");

// Combos carry ids as their text form: readable in the settings file, comparable as is.
QVariant idData(const Uuid &id)
{
    return id.isNull() ? QVariant(QString()) : QVariant(id.toString());
}

Uuid idOf(const QComboBox *combo)
{
    return Uuid::fromString(combo->currentData().toString());
}

bool selectData(QComboBox *combo, const QVariant &data)
{
    const int index = data.isValid() ? combo->findData(data) : -1;
    if (index >= 0)
        combo->setCurrentIndex(index);
    return index >= 0;
}

QString workerText(const Worker &w)
{
    return QStringLiteral("%1 (%2)").arg(w.displayName, w.code);
}

// One line of the form: the first field's label in the label column, the others inline,
// and one message line under them for whatever is refused there.
struct Field
{
    QString label;
    QWidget *editor;
    QString field;
    int stretch = 0;
};

// Returns the message line, so that other fields can put their messages there too.
QLabel *addRow(QFormLayout *form, QWidget *owner, FormErrors &errors,
               std::initializer_list<Field> fields, bool stretchAfter = false)
{
    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    auto *message = new QLabel(owner);
    QLabel *first = nullptr;
    for (const Field &f : fields) {
        auto *label = new QLabel(f.label, owner);
        label->setBuddy(f.editor);
        f.editor->setAccessibleName(QString(f.label).remove(u'&').remove(u':').trimmed());
        if (f.editor->objectName().isEmpty())
            f.editor->setObjectName(f.field);
        if (!first) {
            first = label;
        } else {
            line->addSpacing(12);
            line->addWidget(label);
        }
        line->addWidget(f.editor, f.stretch);
        errors.bind(f.field, f.editor, message);
    }
    // Named after the row's first editor ("dateMessage"), for tests and accessibility tools.
    message->setObjectName(fields.begin()->editor->objectName() + QStringLiteral("Message"));
    if (stretchAfter)
        line->addStretch(1);
    auto *cell = new QVBoxLayout;
    cell->setContentsMargins(0, 0, 0, 0);
    cell->setSpacing(2);
    cell->addLayout(line);
    cell->addWidget(message);
    form->addRow(first, cell);
    return message;
}
} // namespace

QuickInterventionDialog::QuickInterventionDialog(Database &db, DialogService &dialogs,
                                                 QSettings &settings, const Clock &clock,
                                                 QWidget *parent)
    : QDialog(parent), m_db(db), m_dialogs(dialogs), m_settings(settings), m_clock(clock),
      m_cases(std::make_unique<CasePickerQuery>(db))
{
    setObjectName(QStringLiteral("quickInterventionDialog"));
    setWindowTitle(tr("Nouvelle intervention"));
    buildForm();
    fillChoices();
    restoreLastChoices();
    followDate(m_date->date());
    markUnmodified();
    // The date comes first, unless there is a programme to choose and none to remember.
    const bool chooseProgramme = m_programme->count() > 1 && !m_settings.contains(programmeKey);
    (chooseProgramme ? static_cast<QWidget *>(m_programme) : m_date)->setFocus();
}

QuickInterventionDialog::~QuickInterventionDialog() = default;

void QuickInterventionDialog::buildForm()
{
    m_programme = new QComboBox(this);
    m_date = new DayEdit(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDate(m_clock.today());
    m_startTime = new QLineEdit(this);
    m_startTime->setPlaceholderText(tr("hh:mm"));
    m_startTime->setToolTip(tr("Facultative : 14:30, 14h30 ou 1430"));
    m_startTime->setMaxLength(8);
    m_startTime->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00000")) + 12);
    m_duration = new QLineEdit(this);
    m_duration->setPlaceholderText(tr("min ou h:mm"));
    m_duration->setToolTip(tr("En minutes (45) ou en heures (1:30, 1h30)"));
    m_duration->setMaxLength(10);
    m_duration->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("min ou h:mm")) + 16);
    m_channel = new QComboBox(this);
    m_type = new QComboBox(this);
    m_status = new QComboBox(this);
    for (const InterventionStatus s : {InterventionStatus::Done, InterventionStatus::Planned,
                                       InterventionStatus::Missed, InterventionStatus::Cancelled})
        m_status->addItem(label(s), toCode(s));
    m_peer = new QComboBox(this);
    m_professional = new QComboBox(this);
    m_casePicker = new CasePickerEdit(*m_cases, this);
    m_casePicker->setObjectName(QStringLiteral("cases"));
    m_casePicker->setPlaceholderText(tr("n° de situation ou code de la personne"));
    m_casePicker->setToolTip(tr("Tapez le début d'un numéro (PA-2025-…) ou d'un code pseudonyme ; "
                                "plusieurs situations : séparez-les par des virgules"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true); // Tab leaves the note: the form stays keyboard-only
    m_note->setPlaceholderText(tr("Ce qui a été fait, ce qui est convenu — jamais de diagnostic "
                                  "(Maj+Entrée : nouvelle ligne)"));
    m_note->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_note->installEventFilter(this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addRow(form, this, m_errors, {{tr("&Dispositif :"), m_programme, QStringLiteral("programme_id"), 1}});
    addRow(form, this, m_errors,
           {{tr("D&ate :"), m_date, QStringLiteral("date")},
            {tr("&Heure :"), m_startTime, QStringLiteral("start_time")},
            {tr("D&urée :"), m_duration, QStringLiteral("duration_min")}},
           true);
    addRow(form, this, m_errors,
           {{tr("&Modalité :"), m_channel, QStringLiteral("channel"), 1},
            {tr("T&ype :"), m_type, QStringLiteral("intervention_type"), 1}});
    addRow(form, this, m_errors, {{tr("É&tat :"), m_status, QStringLiteral("status"), 1}});
    QLabel *pairMessage = addRow(
        form, this, m_errors,
        {{tr("Travailleur &pair :"), m_peer, QStringLiteral("workers"), 1},
         {tr("P&rofessionnel :"), m_professional, QStringLiteral("professional"), 1}});
    // The repository names the link tables' fields; their messages go beside the editors.
    m_errors.bind(QStringLiteral("intervention_worker.worker_id"), m_peer, pairMessage);
    QLabel *casesMessage = addRow(
        form, this, m_errors,
        {{tr("&Situation(s) :"), m_casePicker, QStringLiteral("intervention_case.case_id"), 1}});
    m_errors.bind(QStringLiteral("cases"), m_casePicker, casesMessage);
    addRow(form, this, m_errors, {{tr("&Note :"), m_note, QStringLiteral("note"), 1}});

    m_otherWorkersLabel = new QLabel(this);
    m_otherWorkersLabel->setObjectName(QStringLiteral("otherWorkers"));
    m_otherWorkersLabel->setWordWrap(true);
    m_otherWorkersLabel->hide();
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setText(tr("&Enregistrer"));
    save->setToolTip(tr("Entrée, depuis n'importe quel champ"));
    save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QuickInterventionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuickInterventionDialog::reject);
    // Plain Enter reaches the default button from line edits and combos; Ctrl+Enter too.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this,
                &QuickInterventionDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_otherWorkersLabel);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    setMinimumWidth(600);

    // Reading order, whatever order the widgets were made in.
    const QList<QWidget *> chain{m_programme, m_date,   m_startTime,    m_duration,
                                 m_channel,   m_type,   m_status,       m_peer,
                                 m_professional, m_casePicker, m_note, save};
    for (qsizetype k = 1; k < chain.size(); ++k)
        setTabOrder(chain[k - 1], chain[k]);

    connect(m_date, &QDateEdit::dateChanged, this, &QuickInterventionDialog::followDate);
    connect(m_status, &QComboBox::activated, this, [this] { m_statusChosen = true; });
    connect(m_programme, &QComboBox::currentIndexChanged, this,
            [this] { m_casePicker->setProgramme(currentProgramme()); });
    connect(m_casePicker, &CasePickerEdit::casePicked, this,
            [this](const CasePickerQuery::Row &row) { followCase(row.programmeId); });
}

void QuickInterventionDialog::fillChoices()
{
    try {
        ProgrammeRepository programmes(m_db, m_clock);
        for (const Programme &p : programmes.list())
            m_programme->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), idData(p.id));

        ReferenceRepository reference(m_db, m_clock);
        for (const ReferenceItem &item : reference.items(QStringLiteral("channel")))
            m_channel->addItem(item.label(), item.code);
        for (const ReferenceItem &item : reference.items(QStringLiteral("intervention_type")))
            m_type->addItem(item.label(), item.code);

        m_peer->addItem(tr("(aucun)"), QString());
        m_professional->addItem(tr("(aucun)"), QString());
        WorkerRepository workers(m_db, m_clock);
        WorkerFilter active;
        active.activeOnly = true;
        for (const Worker &w : workers.list(active))
            (w.role == WorkerRole::PeerWorker ? m_peer : m_professional)
                ->addItem(workerText(w), idData(w.id));
    } catch (const Error &e) {
        m_dialogs.warning(this, windowTitle(), e.message());
    }
    m_casePicker->setProgramme(currentProgramme());
}

void QuickInterventionDialog::restoreLastChoices()
{
    selectData(m_programme, m_settings.value(programmeKey));
    selectData(m_peer, m_settings.value(peerKey));
    selectData(m_professional, m_settings.value(professionalKey));
    selectData(m_channel, m_settings.value(channelKey));
    selectData(m_type, m_settings.value(typeKey));
}

void QuickInterventionDialog::rememberChoices()
{
    m_settings.setValue(programmeKey, m_programme->currentData());
    m_settings.setValue(peerKey, m_peer->currentData());
    m_settings.setValue(professionalKey, m_professional->currentData());
    m_settings.setValue(channelKey, m_channel->currentData());
    m_settings.setValue(typeKey, m_type->currentData());
}

void QuickInterventionDialog::followDate(const QDate &date)
{
    // A day to come is a visit being planned; today or before, one being recorded.
    if (!m_statusChosen)
        selectData(m_status, toCode(date > m_clock.today() ? InterventionStatus::Planned
                                                           : InterventionStatus::Done));
}

void QuickInterventionDialog::followCase(const Uuid &programmeId)
{
    // The first case taken sets the programme; a case of another programme next to it is
    // left for the repository to refuse, with the case named.
    if (m_casePicker->tokens().size() <= 1)
        selectData(m_programme, idData(programmeId));
}

void QuickInterventionDialog::presetCase(const Uuid &caseId)
{
    std::optional<CasePickerQuery::Row> row;
    try {
        row = m_cases->find(caseId);
    } catch (const Error &e) {
        m_dialogs.warning(this, windowTitle(), e.message());
    }
    if (!row)
        return;
    selectData(m_programme, idData(row->programmeId));
    m_casePicker->setNumbers({row->number});
    markUnmodified();
}

void QuickInterventionDialog::presetSlot(const QDate &date, const QTime &startTime)
{
    if (date.isValid())
        m_date->setDate(date);
    if (startTime.isValid())
        m_startTime->setText(EntryText::timeForEditing(startTime));
    markUnmodified();
}

void QuickInterventionDialog::presetWorker(const Uuid &workerId)
{
    selectWorker(workerId);
    markUnmodified();
}

bool QuickInterventionDialog::selectWorker(const Uuid &workerId)
{
    if (workerId.isNull())
        return false;
    if (selectData(m_peer, idData(workerId)) || selectData(m_professional, idData(workerId)))
        return true;
    // Not offered: an inactive worker of a stored intervention keeps their place.
    WorkerRepository workers(m_db, m_clock);
    const std::optional<Worker> w = workers.find(workerId);
    if (!w)
        return false;
    QComboBox *combo = w->role == WorkerRole::PeerWorker ? m_peer : m_professional;
    combo->addItem(tr("%1 — inactif").arg(workerText(*w)), idData(w->id));
    combo->setCurrentIndex(combo->count() - 1);
    return true;
}

bool QuickInterventionDialog::loadIntervention(const Uuid &id)
{
    std::optional<Intervention> stored;
    QStringList numbers;
    try {
        InterventionRepository interventions(m_db, m_clock);
        stored = interventions.find(id);
        if (stored) {
            for (const Uuid &caseId : std::as_const(stored->caseIds))
                if (const auto row = m_cases->find(caseId))
                    numbers.append(row->number);
        }
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Intervention"), e.message());
        return false;
    }
    if (!stored) {
        m_dialogs.warning(this, tr("Intervention"), tr("Cette intervention n'existe plus."));
        return false;
    }
    m_stored = stored;
    setWindowTitle(tr("Modifier l'intervention"));
    if (!selectData(m_programme, idData(stored->programmeId))) {
        m_programme->addItem(tr("(dispositif archivé)"), idData(stored->programmeId));
        m_programme->setCurrentIndex(m_programme->count() - 1);
    }
    m_date->setDate(stored->date);
    m_startTime->setText(EntryText::timeForEditing(stored->startTime));
    m_duration->setText(EntryText::durationForEditing(stored->durationMin));
    ReferenceRepository reference(m_db, m_clock);
    // A code withdrawn from the lists since stays on the intervention that carries it.
    const auto selectCode = [&](QComboBox *combo, const QString &list, const QString &code) {
        if (!selectData(combo, code)) {
            combo->addItem(reference.label(list, code), code);
            combo->setCurrentIndex(combo->count() - 1);
        }
    };
    selectCode(m_channel, QStringLiteral("channel"), stored->channel);
    selectCode(m_type, QStringLiteral("intervention_type"), stored->interventionType);
    selectData(m_status, toCode(stored->status));
    m_statusChosen = true;

    m_peer->setCurrentIndex(0);
    m_professional->setCurrentIndex(0);
    m_otherWorkers.clear();
    QStringList others;
    WorkerRepository workers(m_db, m_clock);
    for (const Uuid &workerId : std::as_const(stored->workerIds)) {
        const std::optional<Worker> w = workers.find(workerId);
        QComboBox *combo = w && w->role == WorkerRole::PeerWorker ? m_peer : m_professional;
        if (w && combo->currentIndex() == 0 && selectWorker(workerId))
            continue;
        m_otherWorkers.append(workerId);
        others.append(w ? w->code : workerId.toString());
    }
    m_otherWorkersLabel->setText(tr("Autres intervenants, gardés sur l'intervention : %1")
                                     .arg(others.join(QStringLiteral(", "))));
    m_otherWorkersLabel->setVisible(!others.isEmpty());
    m_casePicker->setNumbers(numbers);
    m_note->setPlainText(stored->note);
    markUnmodified();
    m_date->setFocus();
    return true;
}

Uuid QuickInterventionDialog::currentProgramme() const
{
    return idOf(m_programme);
}

QString QuickInterventionDialog::formState() const
{
    const QStringList values{m_programme->currentData().toString(),
                             m_date->date().toString(Qt::ISODate),
                             m_startTime->text().trimmed(),
                             m_duration->text().trimmed(),
                             m_channel->currentData().toString(),
                             m_type->currentData().toString(),
                             m_status->currentData().toString(),
                             m_peer->currentData().toString(),
                             m_professional->currentData().toString(),
                             m_casePicker->tokens().join(u','),
                             m_note->toPlainText().trimmed()};
    return values.join(QChar(31));
}

void QuickInterventionDialog::markUnmodified()
{
    m_baseline = formState();
}

bool QuickInterventionDialog::isModified() const
{
    return formState() != m_baseline;
}

void QuickInterventionDialog::readForm(Intervention &i, FieldErrors &errors)
{
    i.programmeId = currentProgramme();
    i.date = m_date->date();
    if (const std::optional<QTime> time = EntryText::parseTime(m_startTime->text()))
        i.startTime = *time;
    else
        errors.append({QStringLiteral("start_time"),
                       tr("Heure non reconnue : tapez par exemple 14:30 ou 14h30.")});
    if (const std::optional<int> minutes = EntryText::parseDuration(m_duration->text()))
        i.durationMin = *minutes;
    else
        errors.append({QStringLiteral("duration_min"),
                       tr("Durée non reconnue : tapez des minutes (45) ou des heures (1:30).")});
    i.status = interventionStatusFromCode(m_status->currentData().toString())
                   .value_or(InterventionStatus::Done);
    i.channel = m_channel->currentData().toString();
    i.interventionType = m_type->currentData().toString();
    i.note = m_note->toPlainText().trimmed();

    i.workerIds.clear();
    for (const Uuid &w : {idOf(m_peer), idOf(m_professional)})
        if (!w.isNull())
            i.workerIds.append(w);
    for (const Uuid &w : std::as_const(m_otherWorkers))
        if (!i.workerIds.contains(w))
            i.workerIds.append(w);
    if (i.workerIds.isEmpty())
        errors.append({QStringLiteral("workers"), tr("Indiquez au moins un intervenant du binôme.")});

    m_casePicker->setProgramme(i.programmeId);
    const CasePickerEdit::Resolved cases = m_casePicker->resolve();
    i.caseIds = cases.ids;
    for (const QString &message : cases.errors)
        errors.append({QStringLiteral("cases"), message});
}

void QuickInterventionDialog::accept()
{
    m_errors.clear();
    m_banner->hide();
    Intervention i = m_stored.value_or(Intervention{});
    FieldErrors errors;
    try {
        readForm(i, errors);
        if (errors.isEmpty()) {
            InterventionRepository interventions(m_db, m_clock);
            if (m_stored)
                interventions.update(i);
            else
                i.id = interventions.create(i);
        }
    } catch (const ValidationError &e) {
        errors = e.all();
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Intervention non enregistrée"), e.message());
        return;
    }
    if (!errors.isEmpty()) {
        const QString unbound = m_errors.show(errors);
        m_banner->setText(unbound);
        m_banner->setVisible(!unbound.isEmpty());
        return;
    }
    m_savedId = i.id;
    if (!m_stored)
        rememberChoices();
    m_stored = i;
    markUnmodified();
    Q_EMIT interventionSaved(m_savedId);
    QDialog::accept();
}

void QuickInterventionDialog::reject()
{
    if (isModified()) {
        switch (m_dialogs.askUnsaved(this, tr("L'intervention"))) {
        case DialogService::Unsaved::Save:
            accept();
            return;
        case DialogService::Unsaved::Cancel:
            return;
        case DialogService::Unsaved::Discard:
            break;
        }
    }
    QDialog::reject();
}

bool QuickInterventionDialog::eventFilter(QObject *watched, QEvent *event)
{
    // In the note, Enter saves like everywhere else; Shift+Enter starts a new line.
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                m_note->insertPlainText(QStringLiteral("\n"));
            else
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace passerelle
