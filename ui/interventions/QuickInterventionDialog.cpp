#include "interventions/QuickInterventionDialog.h"

#include "common/DialogService.h"
#include "domain/Intervention.h"
#include "domain/Worker.h"
#include "queries/CaseNumberLookup.h"
#include "repositories/InterventionRepository.h"
#include "repositories/ProgrammeRepository.h"
#include "repositories/ReferenceRepository.h"
#include "repositories/WorkerRepository.h"
#include "util/Clock.h"
#include "util/Errors.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

namespace passerelle {

namespace {
const QString programmeKey = QStringLiteral("quickIntervention/programme");
const QString peerKey = QStringLiteral("quickIntervention/peer");
const QString professionalKey = QStringLiteral("quickIntervention/professional");
const QString channelKey = QStringLiteral("quickIntervention/channel");
const QString typeKey = QStringLiteral("quickIntervention/type");

// "14:30", "14h30", "1430" or "930" → 14:30 / 09:30; empty → no time.
QTime parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})[:hH]?(\\d{2})$"));
    const auto m = pattern.match(text.trimmed());
    return m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
}

QStringList caseTokens(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}
} // namespace

QuickInterventionDialog::QuickInterventionDialog(Database &db, DialogService &dialogs,
                                                 QSettings &settings, const Clock &clock,
                                                 QWidget *parent)
    : QDialog(parent), m_db(db), m_dialogs(dialogs), m_settings(settings), m_clock(clock),
      m_lookup(std::make_unique<CaseNumberLookup>(db))
{
    setWindowTitle(tr("Saisie rapide d'une intervention"));
    setObjectName(QStringLiteral("quickInterventionDialog"));
    buildForm();
    fillChoices();
    restoreLastChoices();
    m_modified = false;
}

QuickInterventionDialog::~QuickInterventionDialog() = default;

void QuickInterventionDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString &text, QWidget *editor, const QString &field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(editor);
        auto *message = new QLabel(this);
        auto *cell = new QVBoxLayout;
        cell->setContentsMargins(0, 0, 0, 0);
        cell->setSpacing(2);
        cell->addWidget(editor);
        cell->addWidget(message);
        form->addRow(label, cell);
        editor->setAccessibleName(QString(text).remove(u'&'));
        if (editor->objectName().isEmpty())
            editor->setObjectName(field);
        m_errors.bind(field, editor, message);
    };

    m_programme = new QComboBox(this);
    addRow(tr("&Dispositif"), m_programme, QStringLiteral("programme_id"));

    m_date = new QDateEdit(this);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setDate(m_clock.today());
    addRow(tr("Da&te"), m_date, QStringLiteral("date"));

    m_startTime = new QLineEdit(this);
    m_startTime->setPlaceholderText(tr("hh:mm (facultatif)"));
    m_startTime->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^$|^([01]?\\d|2[0-3])[:hH]?[0-5]?\\d?$")), m_startTime));
    addRow(tr("&Heure de début"), m_startTime, QStringLiteral("start_time"));

    m_duration = new QSpinBox(this);
    m_duration->setRange(0, 1440);
    m_duration->setSingleStep(15);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" min"));
    addRow(tr("D&urée"), m_duration, QStringLiteral("duration_min"));

    m_channel = new QComboBox(this);
    addRow(tr("&Canal"), m_channel, QStringLiteral("channel"));
    m_type = new QComboBox(this);
    addRow(tr("T&ype"), m_type, QStringLiteral("intervention_type"));

    m_status = new QComboBox(this);
    m_status->addItem(tr("Réalisée"), toCode(InterventionStatus::Done));
    m_status->addItem(tr("Planifiée"), toCode(InterventionStatus::Planned));
    addRow(tr("É&tat"), m_status, QStringLiteral("status"));

    m_peer = new QComboBox(this);
    addRow(tr("Travailleur &pair"), m_peer, QStringLiteral("intervention_worker.worker_id"));
    m_professional = new QComboBox(this);
    addRow(tr("P&rofessionnel"), m_professional, QStringLiteral("workers"));

    m_cases = new QLineEdit(this);
    m_cases->setPlaceholderText(
        tr("n° de situation, p. ex. PA-2025-0017 (plusieurs : séparés par des virgules)"));
    addRow(tr("&Situation(s)"), m_cases, QStringLiteral("cases"));
    // Errors on a linked case (another programme, unknown id) land on the same field.
    m_errors.bind(QStringLiteral("intervention_case.case_id"), m_cases, nullptr);
    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setWidget(m_cases);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_cases, &QLineEdit::textEdited, this, &QuickInterventionDialog::updateCompletions);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &number) {
                QStringList tokens = caseTokens(m_cases->text());
                if (!tokens.isEmpty() && !m_cases->text().endsWith(u' ') &&
                    !m_cases->text().endsWith(u','))
                    tokens.removeLast();
                tokens.append(number);
                m_cases->setText(tokens.join(QStringLiteral(", ")));
            });

    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true); // Tab leaves the note: the form stays keyboard-only
    m_note->setPlaceholderText(tr("Ce qui s'est passé, ce qui est prévu (jamais de diagnostic)"));
    m_note->setFixedHeight(72);
    addRow(tr("&Note"), m_note, QStringLiteral("note"));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Enregistrer"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QuickInterventionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuickInterventionDialog::reject);

    // Enter in the note adds a line; Ctrl+Enter saves from any field.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this,
                &QuickInterventionDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    const auto touched = [this] { m_modified = true; };
    connect(m_programme, &QComboBox::activated, this, touched);
    connect(m_date, &QDateEdit::dateChanged, this, touched);
    connect(m_startTime, &QLineEdit::textEdited, this, touched);
    connect(m_duration, &QSpinBox::valueChanged, this, touched);
    connect(m_channel, &QComboBox::activated, this, touched);
    connect(m_type, &QComboBox::activated, this, touched);
    connect(m_status, &QComboBox::activated, this, touched);
    connect(m_peer, &QComboBox::activated, this, touched);
    connect(m_professional, &QComboBox::activated, this, touched);
    connect(m_cases, &QLineEdit::textEdited, this, touched);
    connect(m_note, &QPlainTextEdit::textChanged, this, touched);
    // A date in the future is most often a visit being planned.
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        selectData(m_status, toCode(d > m_clock.today() ? InterventionStatus::Planned
                                                        : InterventionStatus::Done));
    });
}

void QuickInterventionDialog::fillChoices()
{
    ProgrammeRepository programmes(m_db, m_clock);
    for (const Programme &p : programmes.list())
        m_programme->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.id.bytes());

    ReferenceRepository reference(m_db, m_clock);
    for (const ReferenceItem &item : reference.items(QStringLiteral("channel")))
        m_channel->addItem(item.label(), item.code);
    for (const ReferenceItem &item : reference.items(QStringLiteral("intervention_type")))
        m_type->addItem(item.label(), item.code);

    m_peer->addItem(tr("(aucun)"), QByteArray());
    m_professional->addItem(tr("(aucun)"), QByteArray());
    WorkerRepository workers(m_db, m_clock);
    WorkerFilter filter;
    filter.activeOnly = true;
    for (const Worker &w : workers.list(filter)) {
        const QString text = QStringLiteral("%1 (%2)").arg(w.displayName, w.code);
        if (w.role == WorkerRole::PeerWorker)
            m_peer->addItem(text, w.id.bytes());
        else
            m_professional->addItem(text, w.id.bytes());
    }
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

void QuickInterventionDialog::presetCase(const Uuid &programmeId, const QString &caseNumber)
{
    selectData(m_programme, programmeId.bytes());
    m_cases->setText(caseNumber);
    m_modified = false;
}

void QuickInterventionDialog::presetDate(const QDate &date)
{
    m_date->setDate(date);
    m_modified = false;
}

Uuid QuickInterventionDialog::currentProgramme() const
{
    return Uuid::fromBytes(m_programme->currentData().toByteArray());
}

void QuickInterventionDialog::updateCompletions(const QString &typed)
{
    const QStringList tokens = caseTokens(typed);
    const QString prefix = typed.endsWith(u',') || typed.endsWith(u' ') || tokens.isEmpty()
                               ? QString()
                               : tokens.last();
    if (prefix.size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    m_completions->setStringList(m_lookup->complete(currentProgramme(), prefix));
    m_completer->setCompletionPrefix(prefix);
    m_completer->complete();
}

void QuickInterventionDialog::accept()
{
    m_errors.clear();
    m_banner->hide();
    FieldErrors local;

    Intervention i;
    i.programmeId = currentProgramme();
    i.date = m_date->date();
    if (!m_startTime->text().trimmed().isEmpty()) {
        i.startTime = parseTime(m_startTime->text());
        if (!i.startTime.isValid())
            local.append(
                {QStringLiteral("start_time"), tr("Heure invalide : tapez par exemple 14:30.")});
    }
    i.durationMin = m_duration->value();
    i.status = interventionStatusFromCode(m_status->currentData().toString())
                   .value_or(InterventionStatus::Done);
    i.channel = m_channel->currentData().toString();
    i.interventionType = m_type->currentData().toString();
    i.note = m_note->toPlainText().trimmed();
    for (QComboBox *combo : {m_peer, m_professional}) {
        const Uuid worker = Uuid::fromBytes(combo->currentData().toByteArray());
        if (!worker.isNull())
            i.workerIds.append(worker);
    }
    if (i.workerIds.isEmpty())
        local.append({QStringLiteral("workers"), tr("Indiquez au moins un intervenant.")});
    for (const QString &number : caseTokens(m_cases->text())) {
        const std::optional<Uuid> id = m_lookup->resolve(i.programmeId, number);
        if (id)
            i.caseIds.append(*id);
        else
            local.append({QStringLiteral("cases"),
                          tr("Aucune situation %1 dans ce dispositif.").arg(number.toUpper())});
    }
    if (!local.isEmpty()) {
        m_errors.show(local);
        return;
    }
    try {
        InterventionRepository repository(m_db, m_clock);
        m_savedId = repository.create(i);
    } catch (const ValidationError &e) {
        const QString unbound = m_errors.show(e.all());
        if (!unbound.isEmpty()) {
            m_banner->setText(unbound);
            m_banner->show();
        }
        return;
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Intervention non enregistrée"), e.message());
        return;
    }
    rememberChoices();
    m_modified = false;
    Q_EMIT interventionSaved(m_savedId);
    QDialog::accept();
}

void QuickInterventionDialog::reject()
{
    if (m_modified) {
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

} // namespace passerelle
