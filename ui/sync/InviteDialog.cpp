#include "sync/InviteDialog.h"

#include "common/DialogService.h"
#include "repositories/WorkerRepository.h"
#include "sync/InvitationService.h"
#include "util/Errors.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace passerelle {

InviteDialog::InviteDialog(Database &db, const InvitationService &invitations,
                           DialogService &dialogs, QWidget *parent)
    : QDialog(parent), m_invitations(invitations), m_dialogs(dialogs)
{
    setWindowTitle(tr("Inviter un appareil"));
    m_pages = new QStackedWidget(this);

    // Page 1: what the invitation offers.
    auto *form = new QWidget(m_pages);
    auto *formLayout = new QFormLayout(form);
    m_role = new QComboBox(form);
    m_role->addItem(tr("Portable d'un intervenant pair"), int(ReplicaRole::Laptop));
    m_role->addItem(tr("Poste du bureau"), int(ReplicaRole::Office));
    m_role->setAccessibleName(tr("Rôle de l'appareil"));
    auto *roleLabel = new QLabel(tr("&Rôle :"), form);
    roleLabel->setBuddy(m_role);
    formLayout->addRow(roleLabel, m_role);

    m_worker = new QComboBox(form);
    m_worker->setAccessibleName(tr("Intervenant"));
    WorkerFilter filter;
    filter.activeOnly = true;
    filter.role = WorkerRole::PeerWorker;
    for (const Worker &w : WorkerRepository(db).list(filter))
        m_worker->addItem(w.displayName, w.id.toString());
    m_workerLabel = new QLabel(tr("&Intervenant :"), form);
    m_workerLabel->setBuddy(m_worker);
    formLayout->addRow(m_workerLabel, m_worker);

    m_deviceName = new QLineEdit(form);
    m_deviceName->setAccessibleName(tr("Nom de l'appareil"));
    m_deviceName->setPlaceholderText(tr("par exemple « Portable de Camille »"));
    auto *nameLabel = new QLabel(tr("&Nom de l'appareil :"), form);
    nameLabel->setBuddy(m_deviceName);
    formLayout->addRow(nameLabel, m_deviceName);

    m_days = new QSpinBox(form);
    m_days->setRange(1, 30);
    m_days->setValue(7);
    m_days->setSuffix(tr(" jour(s)"));
    m_days->setAccessibleName(tr("Validité en jours"));
    auto *daysLabel = new QLabel(tr("&Validité :"), form);
    daysLabel->setBuddy(m_days);
    formLayout->addRow(daysLabel, m_days);

    m_error = new QLabel(form);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setAccessibleName(tr("Erreur"));
    m_error->hide();
    formLayout->addRow(m_error);

    auto *buttons = new QDialogButtonBox(form);
    m_create = buttons->addButton(tr("&Créer l'invitation…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InviteDialog::createInvitation);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    formLayout->addRow(buttons);
    m_pages->addWidget(form);

    // Page 2: the code to read out.
    auto *done = new QWidget(m_pages);
    auto *doneLayout = new QVBoxLayout(done);
    m_codeHelp = new QLabel(done);
    m_codeHelp->setWordWrap(true);
    doneLayout->addWidget(m_codeHelp);
    m_code = new QLabel(done);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    big.setFamily(QStringLiteral("monospace"));
    m_code->setFont(big);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setAccessibleName(tr("Code de l'invitation"));
    doneLayout->addWidget(m_code);
    auto *doneButtons = new QDialogButtonBox(done);
    m_copy = doneButtons->addButton(tr("C&opier le code"), QDialogButtonBox::ActionRole);
    doneButtons->addButton(QDialogButtonBox::Close)->setText(tr("&Fermer"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_code->text()); });
    connect(doneButtons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    doneLayout->addWidget(doneButtons);
    m_pages->addWidget(done);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    connect(m_role, &QComboBox::currentIndexChanged, this, &InviteDialog::updateWorkerField);
    updateWorkerField();
    resize(520, sizeHint().height());
}

void InviteDialog::updateWorkerField()
{
    const bool laptop = ReplicaRole(m_role->currentData().toInt()) == ReplicaRole::Laptop;
    m_worker->setEnabled(laptop);
    m_workerLabel->setEnabled(laptop);
}

void InviteDialog::createInvitation()
{
    InvitationRequest request;
    request.role = ReplicaRole(m_role->currentData().toInt());
    if (request.role == ReplicaRole::Laptop && m_worker->currentIndex() >= 0)
        request.workerId = Uuid::fromString(m_worker->currentData().toString());
    request.deviceName = m_deviceName->text().trimmed();
    request.validDays = m_days->value();
    if (request.deviceName.isEmpty()) {
        m_error->setText(tr("Indiquez le nom de l'appareil."));
        m_error->show();
        m_deviceName->setFocus();
        return;
    }
    const QString suggested =
        (request.deviceName.isEmpty() ? tr("invitation") : request.deviceName) +
        QStringLiteral(".passerelle-invite");
    const QString path = m_dialogs.saveFile(this, tr("Enregistrer l'invitation"), suggested,
                                            tr("Invitation Passerelle (*.passerelle-invite)"));
    if (path.isEmpty())
        return;
    try {
        const IssuedInvitation issued = m_invitations.inviteToFile(request, path);
        m_savedPath = path;
        m_code->setText(issued.code);
        m_codeHelp->setText(
            tr("L'invitation est enregistrée. Remettez le fichier à la personne qui installe "
               "l'appareil (clé USB, dossier partagé).\n\nLisez ce code à la personne qui "
               "installe l'appareil : elle le saisira pour rejoindre le bureau. Il n'est "
               "affiché qu'une fois ; l'invitation expire dans %n jour(s).",
               nullptr, request.validDays));
        m_pages->setCurrentIndex(1);
        m_copy->setFocus();
        Q_EMIT invitationCreated(issued.code);
    } catch (const ValidationError &e) {
        m_error->setText(e.reason());
        m_error->show();
        adjustSize();
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        adjustSize();
    }
}

} // namespace passerelle
