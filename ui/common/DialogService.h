#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace passerelle {

// Seam for every modal question, message and file dialog: widgets ask through this
// interface, so a GUI test installs a ScriptedDialogService and answers in advance instead
// of blocking on a real QMessageBox.
class DialogService
{
public:
    enum class Answer
    {
        Yes,
        No,
        Cancel
    };
    enum class Unsaved
    {
        Save,
        Discard,
        Cancel
    };

    virtual ~DialogService() = default;
    virtual void information(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warning(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual Answer question(QWidget *parent, const QString &title, const QString &text) = 0;
    // "Enregistrer les modifications ?" before losing edits.
    virtual Unsaved askUnsaved(QWidget *parent, const QString &what) = 0;
    // Empty string when the person cancels.
    virtual QString openFile(QWidget *parent, const QString &title, const QString &filter) = 0;
    // Several existing files, in the order chosen; empty list when the person cancels.
    virtual QStringList openFiles(QWidget *parent, const QString &title, const QString &filter) = 0;
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                             const QString &filter) = 0;
    // An existing folder (the sync folder); empty string when the person cancels.
    virtual QString existingDirectory(QWidget *parent, const QString &title,
                                      const QString &start) = 0;
};

// The real dialogs (QMessageBox / QFileDialog), in French through tr().
class WidgetDialogService final : public DialogService
{
public:
    void information(QWidget *parent, const QString &title, const QString &text) override;
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    Answer question(QWidget *parent, const QString &title, const QString &text) override;
    Unsaved askUnsaved(QWidget *parent, const QString &what) override;
    QString openFile(QWidget *parent, const QString &title, const QString &filter) override;
    QStringList openFiles(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                     const QString &filter) override;
    QString existingDirectory(QWidget *parent, const QString &title, const QString &start) override;
};

// For tests: answers are queued in advance; every call is recorded. An unexpected question
// (empty queue) answers Cancel and is recorded, so the test can assert on `asked`.
class ScriptedDialogService final : public DialogService
{
public:
    QList<Answer> answers;
    QList<Unsaved> unsavedAnswers;
    QStringList files;            // returned by openFile / saveFile / existingDirectory in order
    QList<QStringList> fileLists; // returned by openFiles in order (else one of `files`)
    QStringList asked; // "information: …", "warning: …", "question: …", "unsaved: …", "file: …"

    void information(QWidget *parent, const QString &title, const QString &text) override;
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    Answer question(QWidget *parent, const QString &title, const QString &text) override;
    Unsaved askUnsaved(QWidget *parent, const QString &what) override;
    QString openFile(QWidget *parent, const QString &title, const QString &filter) override;
    QStringList openFiles(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                     const QString &filter) override;
    QString existingDirectory(QWidget *parent, const QString &title, const QString &start) override;
};

} // namespace passerelle
