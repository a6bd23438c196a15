#include "sessions/SessionsPage.h"

#include "casefile/CaseFileForms.h"
#include "common/DialogService.h"
#include "directory/DirectoryButtons.h"
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

    m_buttons = std::make_unique<DirectoryButtons>(
        this, m_list,
        DirectoryButtons::Texts{tr("&Nouvelle séance…"), tr("Saisir une séance collective (Inser)"),
                                tr("Modifier la séance choisie (Entrée)"),
                                tr("Archiver la séance choisie (Suppr)")});
    connect(m_buttons->create(), &QPushButton::clicked, this, &SessionsPage::newSession);
    connect(m_buttons->edit(), &QPushButton::clicked, this, &SessionsPage::editCurrent);
    connect(m_buttons->archive(), &QPushButton::clicked, this, &SessionsPage::archiveCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addLayout(m_buttons->layout());
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
    m_buttons->update(session != nullptr, session && session->archived);
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
    const bool changed = DirectoryButtons::archiveOrRestore(
        m_dialogs, this, restoring, question, tr("Séances collectives"), [this, &id](bool restore) {
            CollectiveSessionRepository repository(m_db, m_clock);
            if (restore)
                repository.restore(id);
            else
                repository.archive(id);
        });
    if (!changed)
        return;
    reload();
    Q_EMIT sessionsChanged();
}

} // namespace passerelle
