#include "sessions/SessionDialog.h"

#include "casefile/CaseFileForms.h"
#include "interventions/CasePickerEdit.h"
#include "interventions/EntryText.h"
#include "queries/CasePickerQuery.h"
#include "repositories/CollectiveSessionRepository.h"
#include "repositories/ProgrammeRepository.h"
#include "repositories/ReferenceRepository.h"
#include "sessions/CommissionReviewModel.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace passerelle {

namespace {
const QString caseField = QStringLiteral("commission_review.case_id");
const QString decisionField = QStringLiteral("commission_review.decision");
} // namespace

SessionDialog::SessionDialog(Database &db, DialogService &dialogs, const Clock &clock,
                             const Uuid &sessionId, QWidget *parent)
    : DirectoryDialog(dialogs, tr("La séance"), parent), m_db(db), m_clock(clock),
      m_cases(std::make_unique<CasePickerQuery>(db))
{
    setObjectName(QStringLiteral("sessionDialog"));
    if (!sessionId.isNull())
        m_session = CollectiveSessionRepository(db, clock).find(sessionId).value_or(CollectiveSession());
    if (m_session.id.isNull())
        m_session.date = clock.today();
    setWindowTitle(m_session.id.isNull() ? tr("Nouvelle séance collective")
                                         : tr("Séance collective du %1")
                                               .arg(CaseFileForms::dateText(m_session.date)));

    auto *grid = new QGridLayout;
    grid->addWidget(buildSessionGroup(), 0, 0);
    grid->addWidget(buildParticipantsGroup(), 0, 1);
    grid->addWidget(buildReviewsGroup(), 1, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    content()->addLayout(grid);
    fillChoices();
    updateKind();
    updateTotal();
    setMinimumWidth(860);
    markClean();
}

SessionDialog::~SessionDialog() = default;

QWidget *SessionDialog::buildSessionGroup()
{
    auto *group = new QGroupBox(tr("Séance"), this);
    QFormLayout *form = addForm(new QVBoxLayout(group));
    m_programme = new QComboBox(group);
    addField(form, tr("&Dispositif"), m_programme, QStringLiteral("programme_id"));
    m_kind = new QComboBox(group);
    for (const SessionKind k : {SessionKind::Workshop, SessionKind::InformationMeeting,
                                SessionKind::PartnerMeeting, SessionKind::Training,
                                SessionKind::SynthesisMeeting, SessionKind::ThematicDay,
                                SessionKind::Commission})
        m_kind->addItem(label(k), toCode(k));
    CaseFileForms::selectData(m_kind, toCode(m_session.kind));
    addField(form, tr("T&ype"), m_kind, QStringLiteral("kind"));
    m_title = new QLineEdit(m_session.title, group);
    addField(form, tr("&Intitulé"), m_title, QStringLiteral("title"));
    m_date = new QDateEdit(m_session.date, group);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    addField(form, tr("D&ate"), m_date, QStringLiteral("date"));
    m_startTime = new QLineEdit(EntryText::timeForEditing(m_session.startTime), group);
    m_startTime->setPlaceholderText(tr("14:30, facultatif"));
    addField(form, tr("&Heure"), m_startTime, QStringLiteral("start_time"));
    m_duration = new QLineEdit(m_session.durationMin ? EntryText::durationForEditing(*m_session.durationMin)
                                                     : QString(),
                               group);
    m_duration->setPlaceholderText(tr("1h30, 90…, facultatif"));
    addField(form, tr("Du&rée"), m_duration, QStringLiteral("duration_min"));
    m_status = new QComboBox(group);
    for (const SessionStatus s : {SessionStatus::Done, SessionStatus::Planned, SessionStatus::Cancelled})
        m_status->addItem(label(s), toCode(s));
    CaseFileForms::selectData(m_status, toCode(m_session.status));
    addField(form, tr("É&tat"), m_status, QStringLiteral("status"));
    m_commune = new QLineEdit(m_session.commune, group);
    addField(form, tr("&Commune"), m_commune, QStringLiteral("commune"));
    m_place = new QLineEdit(m_session.place, group);
    addField(form, tr("&Lieu"), m_place, QStringLiteral("place"));
    m_topics = new QPlainTextEdit(m_session.topics, group);
    m_topics->setTabChangesFocus(true);
    m_topics->setFixedHeight(m_topics->fontMetrics().lineSpacing() * 3 + 12);
    addField(form, tr("Thè&mes"), m_topics, QStringLiteral("topics"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SessionDialog::updateKind);
    connect(m_programme, &QComboBox::currentIndexChanged, this, [this] {
        m_case->setProgramme(Uuid::fromBytes(m_programme->currentData().toByteArray()));
    });
    return group;
}

QWidget *SessionDialog::buildParticipantsGroup()
{
    auto *group = new QGroupBox(tr("Participants par typologie"), this);
    group->setObjectName(QStringLiteral("participants"));
    QFormLayout *form = addForm(new QVBoxLayout(group));
    ReferenceRepository references(m_db, m_clock);
    QHash<QString, int> counts;
    for (const SessionParticipants &p : std::as_const(m_session.participants))
        counts.insert(p.typology, p.count);
    // An archived typology still shows where this session counted someone under it.
    for (const ReferenceItem &item : references.items(QStringLiteral("participant_typology"), true)) {
        if (item.archivedAt.isValid() && !counts.contains(item.code))
            continue;
        auto *spin = new QSpinBox(group);
        spin->setRange(0, 9999);
        spin->setValue(counts.value(item.code));
        spin->setObjectName(QStringLiteral("participants_") + item.code);
        spin->setAccessibleName(tr("Participants : %1").arg(item.label()));
        auto *label = new QLabel(item.label(), group);
        label->setBuddy(spin);
        form->addRow(label, spin);
        watch(spin);
        connect(spin, &QSpinBox::valueChanged, this, &SessionDialog::updateTotal);
        m_participants.insert(item.code, spin);
    }
    m_total = new QLabel(group);
    m_total->setObjectName(QStringLiteral("total"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    auto *message = new QLabel(group);
    message->setObjectName(QStringLiteral("participants_message"));
    message->setWordWrap(true);
    form->addRow(tr("Total"), m_total);
    form->addRow(message);
    // A refused count or typology is said under the list; the first spin box takes the focus.
    QSpinBox *first = m_participants.isEmpty() ? nullptr : group->findChild<QSpinBox *>();
    errors().bind(QStringLiteral("session_participants.count"), first, message);
    errors().bind(QStringLiteral("session_participants.typology"), first, message);
    return group;
}

QWidget *SessionDialog::buildReviewsGroup()
{
    m_reviewsGroup = new QGroupBox(tr("Situations examinées par la commission"), this);
    m_reviewsGroup->setObjectName(QStringLiteral("reviews"));
    auto *layout = new QVBoxLayout(m_reviewsGroup);
    // Two lines of their own rather than word wrap: a height that depends on the width
    // would let the layout squeeze the groups above.
    auto *intro = new QLabel(tr("Tapez le numéro de la situation (complétion dès deux caractères), "
                                "choisissez la décision, puis « Ajouter ».\nChoisir une ligne "
                                "la reprend pour changer sa décision."),
                             m_reviewsGroup);
    layout->addWidget(intro);
    auto *fields = new QHBoxLayout;
    layout->addLayout(fields);
    QFormLayout *left = addForm(fields);
    QFormLayout *right = addForm(fields);
    m_case = new CasePickerEdit(*m_cases, m_reviewsGroup);
    m_case->setPlaceholderText(tr("PA-2026-0017"));
    CaseFileForms::addField(left, errors(), tr("&Situation"), m_case, caseField, QStringLiteral("reviewCase"));
    m_decision = new QComboBox(m_reviewsGroup);
    CaseFileForms::addField(right, errors(), tr("Décisi&on"), m_decision, decisionField,
                            QStringLiteral("reviewDecision"));
    m_note = new QLineEdit(m_reviewsGroup);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    auto *noteLabel = new QLabel(tr("&Note"), m_reviewsGroup);
    noteLabel->setBuddy(m_note);
    m_note->setAccessibleName(tr("Note"));
    left->addRow(noteLabel, m_note);
    auto *add = new QPushButton(tr("A&jouter"), m_reviewsGroup);
    add->setObjectName(QStringLiteral("addReview"));
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &SessionDialog::addReview);
    auto *remove = new QPushButton(tr("Enle&ver"), m_reviewsGroup);
    remove->setObjectName(QStringLiteral("removeReview"));
    remove->setAutoDefault(false);
    connect(remove, &QPushButton::clicked, this, &SessionDialog::removeReview);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    right->addRow(buttons);

    m_reviews = new CommissionReviewModel(this);
    m_reviewView = CaseFileForms::listView(m_reviewsGroup, QStringLiteral("reviewList"),
                                           tr("Situations examinées et décisions"));
    m_reviewView->setModel(m_reviews);
    CaseFileForms::fitColumns(m_reviewView, int(CommissionReviewModel::Column::Note));
    m_reviewView->setMinimumHeight(m_reviewView->fontMetrics().height() * 7);
    connect(m_reviewView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionDialog::showReview);
    layout->addWidget(m_reviewView, 1);
    return m_reviewsGroup;
}

void SessionDialog::fillChoices()
{
    const QList<Programme> programmes = ProgrammeRepository(m_db, m_clock).list();
    for (const Programme &p : programmes)
        if (!p.archivedAt.isValid() || p.id == m_session.programmeId)
            m_programme->addItem(tr("%1 — %2").arg(p.code, p.name), p.id.bytes());
    CaseFileForms::selectData(m_programme, m_session.programmeId.bytes());
    m_case->setProgramme(Uuid::fromBytes(m_programme->currentData().toByteArray()));

    ReferenceRepository references(m_db, m_clock);
    const QList<ReferenceItem> decisions = references.items(QStringLiteral("commission_decision"), true);
    m_decision->addItem(tr("— choisir —"), QString());
    QHash<QString, QString> decisionLabels;
    for (const ReferenceItem &item : decisions) {
        decisionLabels.insert(item.code, item.label());
        if (!item.archivedAt.isValid())
            m_decision->addItem(item.label(), item.code);
    }
    QList<CommissionReviewModel::Row> rows;
    for (const CommissionReview &r : std::as_const(m_session.reviews)) {
        const std::optional<CasePickerQuery::Row> found = m_cases->find(r.caseId);
        rows.append({r, found ? found->number : r.caseId.toString(),
                     decisionLabels.value(r.decision, r.decision)});
    }
    m_reviews->setRows(rows);
}

void SessionDialog::updateKind()
{
    // Reviews kept from a commission stay visible when the kind changes, so that the
    // refusal ("only a commission reviews cases") has something to point at.
    const bool commission = m_kind->currentData().toString() == toCode(SessionKind::Commission);
    m_reviewsGroup->setVisible(commission || m_reviews->rowCount() > 0);
    // On screen, the dialog grows or shrinks with the group; before it is shown, the layout
    // gives it its size when it first appears.
    if (isVisible())
        adjustSize();
}

void SessionDialog::updateTotal()
{
    int total = 0;
    for (const QSpinBox *spin : std::as_const(m_participants))
        total += spin->value();
    m_total->setText(QString::number(total));
}

void SessionDialog::showReview(const QModelIndex &index)
{
    const CommissionReviewModel::Row *row = m_reviews->rowAt(index.row());
    if (!row)
        return;
    m_case->setText(row->number);
    CaseFileForms::selectData(m_decision, row->review.decision);
    m_note->setText(row->review.note);
}

void SessionDialog::addReview()
{
    errors().clear();
    FieldErrors problems;
    const QString decision = m_decision->currentData().toString();
    if (m_case->text().trimmed().isEmpty())
        problems.append({caseField, tr("Tapez le numéro d'une situation.")});
    const CasePickerEdit::Resolved resolved = m_case->resolve();
    for (const QString &error : resolved.errors)
        problems.append({caseField, error});
    if (decision.isEmpty())
        problems.append({decisionField, tr("Choisissez la décision prise.")});
    if (!problems.isEmpty()) {
        errors().show(problems);
        return;
    }
    int last = -1;
    for (const Uuid &id : resolved.ids) {
        const std::optional<CasePickerQuery::Row> found = m_cases->find(id);
        CommissionReview review{id, decision, m_note->text().trimmed()};
        last = m_reviews->put({review, found ? found->number : id.toString(), m_decision->currentText()});
    }
    markModified();
    // Ready for the next case; the table shows what was just put.
    const QSignalBlocker blocker(m_reviewView->selectionModel());
    m_reviewView->selectRow(last);
    m_case->clear();
    m_note->clear();
    m_decision->setCurrentIndex(0);
    m_case->setFocus();
}

void SessionDialog::removeReview()
{
    const int row = m_reviewView->currentIndex().row();
    if (row < 0)
        return;
    m_reviews->removeAt(row);
    markModified();
    m_case->clear();
    m_note->clear();
    updateKind();
}

void SessionDialog::save()
{
    FieldErrors problems;
    const std::optional<QTime> start = EntryText::parseTime(m_startTime->text());
    if (!start)
        problems.append({QStringLiteral("start_time"), tr("Heure invalide : tapez par exemple 14:30.")});
    std::optional<int> duration;
    if (!m_duration->text().trimmed().isEmpty()) {
        duration = EntryText::parseDuration(m_duration->text());
        if (!duration)
            problems.append({QStringLiteral("duration_min"),
                             tr("Durée invalide : tapez par exemple 1h30 ou 90.")});
    }
    // A case typed (or a decision changed) but not added would be lost without a word.
    const QString typed = m_case->text().trimmed();
    if (!typed.isEmpty()) {
        const QList<CasePickerQuery::Row> found =
            m_cases->resolve(Uuid::fromBytes(m_programme->currentData().toByteArray()), typed).cases;
        const CommissionReviewModel::Row *row =
            found.size() == 1 ? m_reviews->rowAt(m_reviews->rowOf(found.first().id)) : nullptr;
        if (!row || row->review.decision != m_decision->currentData().toString() ||
            row->review.note != m_note->text().trimmed())
            problems.append({caseField, tr("Cette situation n'est pas encore ajoutée : « Ajouter » "
                                           "ou videz le champ.")});
    }
    if (!problems.isEmpty())
        throw ValidationError(problems, recordLabel(m_session));

    CollectiveSession s = m_session;
    s.programmeId = Uuid::fromBytes(m_programme->currentData().toByteArray());
    s.kind = sessionKindFromCode(m_kind->currentData().toString()).value_or(SessionKind::Workshop);
    s.title = m_title->text().trimmed();
    s.date = m_date->date();
    s.startTime = start.value_or(QTime());
    s.durationMin = duration;
    s.status = sessionStatusFromCode(m_status->currentData().toString()).value_or(SessionStatus::Done);
    s.commune = m_commune->text().trimmed();
    s.place = m_place->text().trimmed();
    s.topics = m_topics->toPlainText().trimmed();
    s.participants.clear();
    for (auto it = m_participants.cbegin(); it != m_participants.cend(); ++it)
        if (it.value()->value() > 0)
            s.participants.append({it.key(), it.value()->value()});
    std::sort(s.participants.begin(), s.participants.end(),
              [](const SessionParticipants &a, const SessionParticipants &b) { return a.typology < b.typology; });
    s.reviews = m_reviews->reviews();
    CollectiveSessionRepository repository(m_db, m_clock);
    if (s.id.isNull())
        s.id = repository.create(s);
    else
        repository.update(s);
    m_session = s;
}

} // namespace passerelle
