#include "sync/JoinDialog.h"

#include "common/DialogService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/InvitationError.h"
#include "sync/InvitationService.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace passerelle {

JoinDialog::JoinDialog(const QString &invitationPath, Database &db,
                       const InvitationService &invitations, DialogService &dialogs,
                       QWidget *parent)
    : QDialog(parent), m_path(invitationPath), m_db(db),
      m_invitation(Invitation::fromFile(InvitationService::readFile(invitationPath))),
      m_invitations(invitations), m_dialogs(dialogs)
{
    setWindowTitle(tr("Rejoindre un bureau"));
    auto *layout = new QFormLayout(this);

    const QString role = m_invitation.role == ReplicaRole::Laptop
                             ? tr("portable d'un intervenant pair")
                             : tr("poste du bureau");
    const QString expiry =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_invitation.expiresAtMs).toLocalTime(),
                           QLocale::ShortFormat);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(
        tr("Invitation de : %1\nOrganisation : %2\nCet appareil : %3 (« %4 »)\nValable "
           "jusqu'au : %5\n\nCes informations viennent du fichier et ne sont pas encore "
           "vérifiées : seul le code lu par le coordinateur prouve que l'invitation vient "
           "bien de votre bureau.")
            .arg(m_invitation.officeName, m_invitation.organisationName, role,
                 m_invitation.deviceName, expiry));
    layout->addRow(m_summary);

    m_code = new QLineEdit(this);
    m_code->setAccessibleName(tr("Code de l'invitation"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX"));
    QFont mono = m_code->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    m_code->setFont(mono);
    auto *codeLabel = new QLabel(tr("&Code lu par le coordinateur :"), this);
    codeLabel->setBuddy(m_code);
    layout->addRow(codeLabel, m_code);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setAccessibleName(tr("Erreur"));
    m_error->hide();
    layout->addRow(QString(), m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_join = buttons->addButton(tr("&Rejoindre…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &JoinDialog::join);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
    m_code->setFocus();
    resize(560, sizeHint().height());
}

void JoinDialog::join()
{
    if (m_code->text().trimmed().isEmpty()) {
        showError(tr("Saisissez le code lu par le coordinateur."));
        return;
    }
    const QString suggested =
        QFileInfo(m_path).completeBaseName() + QStringLiteral(".passerelle-join");
    const QString replyPath =
        m_dialogs.saveFile(this, tr("Enregistrer la réponse pour le bureau"), suggested,
                           tr("Réponse Passerelle (*.passerelle-join)"));
    if (replyPath.isEmpty())
        return;
    try {
        // One transaction around the join and the reply file: if the reply cannot be
        // written, the office is not recorded either and the person can simply retry.
        Transaction tx(m_db.handle());
        const JoinedInvitation joined =
            m_invitations.join(InvitationService::readFile(m_path), m_code->text());
        InvitationService::writeFile(replyPath, joined.reply);
        tx.commit();
    } catch (const ValidationError &e) {
        // InvitationRefusedError (wrong code, expired…): the reason alone, beside the code.
        showError(e.reason());
        return;
    } catch (const Error &e) {
        // The reply file could not be written: nothing was recorded either.
        showError(e.message());
        return;
    }
    m_replyPath = replyPath;
    accept();
}

void JoinDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    adjustSize();
    m_code->setFocus();
    m_code->selectAll();
}

} // namespace passerelle
