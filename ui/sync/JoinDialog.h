#pragma once

#include "sync/Invitation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace passerelle {

class Database;
class DialogService;
class InvitationService;

// "Rejoindre un bureau…" on a new device: shows who invites (office, organisation, role,
// expiry) as the file claims it (unauthenticated until the code matches, and said so), takes
// the code read out by the coordinator (case and spaces do not matter) and, when it matches,
// saves the reply file to carry back. A refusal is shown beside the code, nothing written.
class JoinDialog : public QDialog
{
    Q_OBJECT

public:
    // Throws InvitationRefusedError when `invitationPath` is not a readable invitation.
    JoinDialog(const QString &invitationPath, Database &db, const InvitationService &invitations,
               DialogService &dialogs, QWidget *parent = nullptr);

    QLineEdit *codeEdit() const { return m_code; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *joinButton() const { return m_join; }
    QString replyPath() const { return m_replyPath; }

public Q_SLOTS:
    void join();

private:
    void showError(const QString &text);

    QString m_path;
    Database &m_db;
    Invitation m_invitation;
    const InvitationService &m_invitations;
    DialogService &m_dialogs;
    QLabel *m_summary = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_join = nullptr;
    QString m_replyPath;
};

} // namespace passerelle
