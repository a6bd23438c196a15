#include "sessions/SessionsPage.h"

#include "casefile/CaseFileForms.h"
#include "common/DialogService.h"
#include "directory/DirectoryList.h"
#include "queries/SessionListQuery.h"
#include "repositories/CollectiveSessionRepository.h"
#include "sessions/SessionDialog.h"
#include "sessions/SessionListModel.h"
#include "util/Errors.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

namespace {
QString sessions(int n)
{
    return n <= 1 ? SessionsPage::tr("%1 séance").arg(n) : SessionsPage::tr("%1 séances").arg(n);
}
} // namespace

SessionsPage::SessionsPage(Database &db, DialogService &dialogs, const Clock &clock,
                           QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_clock(clock),
      m_query(std::make_unique<SessionListQuery>(db))
{
    buildUi();
    reload();
}

SessionsPage::~SessionsPage() = default;

void SessionsPage::buildUi()
{
    m_model = new SessionListModel(this);
    m_list = new DirectoryList(m_model, tr("Liste des séances collectives"), [](int shown, int total) {
        return shown == total ? sessions(total) : tr("%1 sur %2").arg(sessions(shown)).arg(total);
    }, this);
    m_list->setColumnSamples({QStringLiteral("00/00/0000 à 00:00"),
                              QStringLiteral("Réunion d'information"),
                              QStringLiteral("Réunion de synthèse pluridiscipl"),
                              QStringLiteral("Bourbonne-les-Bains"), QStringLiteral("0"),
                              QStringLiteral("0"), QStringLiteral("Annulée"),
                              QStringLiteral("EMP")});
    m_list->view()->sortByColumn(int(SessionListModel::Column::Date), Qt::DescendingOrder);
    connect(m_list, &DirectoryList::currentChanged, this, &SessionsPage::showCurrent);
    connect(m_list, &DirectoryList::activated, this, &SessionsPage::edit);
    connect(m_list, &DirectoryList::showArchivedChanged, this, &SessionsPage::reload);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *create = new QPushButton(tr("&Nouvelle séance…"), this);
    create->setObjectName(QStringLiteral("new"));
    create->setToolTip(tr("Saisir une séance collective (Inser)"));
    connect(create, &QPushButton::clicked, this, &SessionsPage::newSession);
    m_edit = new QPushButton(tr("&Modifier…"), this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_edit->setToolTip(tr("Modifier la séance choisie (Entrée)"));
    connect(m_edit, &QPushButton::clicked, this, &SessionsPage::editCurrent);
    m_archive = new QPushButton(tr("Arc&hiver…"), this);
    m_archive->setObjectName(QStringLiteral("archive"));
    m_archive->setToolTip(tr("Archiver la séance choisie (Suppr)"));
    connect(m_archive, &QPushButton::clicked, this, &SessionsPage::archiveCurrent);
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
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    setFocusProxy(m_list);
}

QString SessionsPage::summaryText() const
{
    return m_summary->text();
}

void SessionsPage::reload()
{
    const Uuid current = m_list->currentId();
    try {
        m_model->setRows(m_query->rows({}, m_list->showArchived()->isChecked()));
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Séances collectives"), e.message());
    }
    m_list->selectId(current);
}

void SessionsPage::showCurrent(const Uuid &sessionId)
{
    const SessionListRow *session = sessionId.isNull() ? nullptr : m_model->find(sessionId);
    m_edit->setEnabled(session);
    m_archive->setEnabled(session);
    m_archive->setText(session && session->archived ? tr("Resta&urer…") : tr("Arc&hiver…"));
    if (!session) {
        m_summary->clear();
        return;
    }
    QString text = tr("%1 du %2 — participants : %3")
                       .arg(label(session->kind), CaseFileForms::dateText(session->date))
                       .arg(session->participantCount);
    if (!session->participants.isEmpty())
        text += tr(" (%1)").arg(SessionListModel::participantsText(*session));
    if (session->kind == SessionKind::Commission)
        text += tr(" — situations examinées : %1").arg(session->reviewCount);
    m_summary->setText(text);
}

void SessionsPage::newSession()
{
    edit({});
}

void SessionsPage::editCurrent()
{
    if (!m_list->currentId().isNull())
        edit(m_list->currentId());
}

void SessionsPage::edit(const Uuid &sessionId)
{
    SessionDialog dialog(m_db, m_dialogs, m_clock, sessionId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_list->selectId(dialog.savedId());
    Q_EMIT sessionsChanged();
}

void SessionsPage::archiveCurrent()
{
    const Uuid id = m_list->currentId();
    const SessionListRow *session = id.isNull() ? nullptr : m_model->find(id);
    if (!session)
        return;
    const bool restoring = session->archived;
    const QString what = tr("%1 du %2").arg(label(session->kind), CaseFileForms::dateText(session->date));
    const QString question =
        restoring ? tr("Restaurer la séance « %1 » ?").arg(what)
                  : tr("Archiver la séance « %1 » ? Elle ne sera plus listée ; « Afficher "
                       "les archivés » permet de la restaurer.").arg(what);
    if (m_dialogs.question(this, restoring ? tr("Restaurer") : tr("Archiver"), question) !=
        DialogService::Answer::Yes)
        return;
    try {
        CollectiveSessionRepository repository(m_db, m_clock);
        if (restoring)
            repository.restore(id);
        else
            repository.archive(id);
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Séances collectives"), e.message());
        return;
    }
    reload();
    Q_EMIT sessionsChanged();
}

} // namespace passerelle
