#pragma once

#include "common/FormErrors.h"

#include <QDialog>

class QFormLayout;
class QLayout;
class QLabel;
class QVBoxLayout;

namespace passerelle {

class DialogService;

// What the four directory forms (session, partner, worker, programme) share: fields built
// the case file's way (label with mnemonic as buddy, accessible name, object name, message
// line under the editor), "Enregistrer" on Enter or Ctrl+Enter writing all or nothing
// through save(), refused fields named beside their editors (others in a banner), and
// Esc or closing asking before losing edits.
class DirectoryDialog : public QDialog
{
    Q_OBJECT

public:
    bool isModified() const { return m_modified; }
    FormErrors &errors() { return m_errors; }
    QString bannerText() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    // `what` names the record in the unsaved-edit question ("Le partenaire").
    DirectoryDialog(DialogService &dialogs, const QString &what, QWidget *parent);

    // Reads the form and writes it; throws ValidationError (shown beside the fields) or
    // Error (shown in a message). Nothing is written when it throws.
    virtual void save() = 0;

    // The area the subclass fills, above the banner and the buttons.
    QVBoxLayout *content() const { return m_content; }
    QFormLayout *addForm(QLayout *into = nullptr);
    // Adds "label: editor" to `form` and watches the editor for edits.
    QLabel *addField(QFormLayout *form, const QString &labelText, QWidget *editor,
                     const QString &field);
    // Any edit of `editor` marks the form modified.
    void watch(QWidget *editor);
    void markModified() { m_modified = true; }
    // Called once the form shows the record: what it shows now is "unmodified".
    void markClean() { m_modified = false; }
    DialogService &dialogs() const { return m_dialogs; }

private:
    DialogService &m_dialogs;
    QString m_what;
    FormErrors m_errors;
    bool m_modified = false;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_banner = nullptr;
};

} // namespace passerelle
