#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace passerelle {

class Database;
class DialogService;
class InvitationService;

// "Inviter un appareil…" on the office: the role offered (a peer worker's laptop or another
// office PC), the worker the laptop is for (listed by name: this is the coordinator's
// screen), the device's name and how many days the invitation stays valid. "Créer
// l'invitation…" asks where to save the .passerelle-invite file, writes it, then shows the
// short code in large type to be read out to the person installing the device.
class InviteDialog : public QDialog
{
    Q_OBJECT

public:
    InviteDialog(Database &db, const InvitationService &invitations, DialogService &dialogs,
                 QWidget *parent = nullptr);

    QComboBox *roleBox() const { return m_role; }
    QComboBox *workerBox() const { return m_worker; }
    QLineEdit *deviceNameEdit() const { return m_deviceName; }
    QSpinBox *validDaysBox() const { return m_days; }
    QPushButton *createButton() const { return m_create; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *codeLabel() const { return m_code; }
    QPushButton *copyButton() const { return m_copy; }
    // The file written, empty until the invitation is made.
    QString savedPath() const { return m_savedPath; }

public Q_SLOTS:
    void createInvitation();

Q_SIGNALS:
    void invitationCreated(const QString &code);

private:
    void updateWorkerField();

    const InvitationService &m_invitations;
    DialogService &m_dialogs;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_worker = nullptr;
    QLabel *m_workerLabel = nullptr;
    QLineEdit *m_deviceName = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_codeHelp = nullptr;
    QPushButton *m_copy = nullptr;
    QString m_savedPath;
};

} // namespace passerelle
