#include "common/DialogService.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace passerelle {

namespace {
struct Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)
};
} // namespace

void WidgetDialogService::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void WidgetDialogService::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

DialogService::Answer WidgetDialogService::question(QWidget *parent, const QString &title,
                                                    const QString &text)
{
    const auto button = QMessageBox::question(
        parent, title, text, QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel,
        QMessageBox::No);
    if (button == QMessageBox::Yes)
        return Answer::Yes;
    return button == QMessageBox::No ? Answer::No : Answer::Cancel;
}

DialogService::Unsaved WidgetDialogService::askUnsaved(QWidget *parent, const QString &what)
{
    QMessageBox box(QMessageBox::Warning, Dialogs::tr("Modifications non enregistrées"),
                    Dialogs::tr("%1 a été modifié. Enregistrer les modifications ?").arg(what),
                    QMessageBox::NoButton, parent);
    QPushButton *save = box.addButton(Dialogs::tr("&Enregistrer"), QMessageBox::AcceptRole);
    QPushButton *discard =
        box.addButton(Dialogs::tr("&Abandonner les modifications"), QMessageBox::DestructiveRole);
    box.addButton(Dialogs::tr("A&nnuler"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == save)
        return Unsaved::Save;
    return box.clickedButton() == discard ? Unsaved::Discard : Unsaved::Cancel;
}

QString WidgetDialogService::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QStringList WidgetDialogService::openFiles(QWidget *parent, const QString &title,
                                           const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString WidgetDialogService::saveFile(QWidget *parent, const QString &title,
                                      const QString &suggestedName, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}

QString WidgetDialogService::existingDirectory(QWidget *parent, const QString &title,
                                               const QString &start)
{
    return QFileDialog::getExistingDirectory(parent, title, start);
}

void ScriptedDialogService::information(QWidget *, const QString &, const QString &text)
{
    asked.append(QStringLiteral("information: ") + text);
}

void ScriptedDialogService::warning(QWidget *, const QString &, const QString &text)
{
    asked.append(QStringLiteral("warning: ") + text);
}

DialogService::Answer ScriptedDialogService::question(QWidget *, const QString &,
                                                      const QString &text)
{
    asked.append(QStringLiteral("question: ") + text);
    return answers.isEmpty() ? Answer::Cancel : answers.takeFirst();
}

DialogService::Unsaved ScriptedDialogService::askUnsaved(QWidget *, const QString &what)
{
    asked.append(QStringLiteral("unsaved: ") + what);
    return unsavedAnswers.isEmpty() ? Unsaved::Cancel : unsavedAnswers.takeFirst();
}

QString ScriptedDialogService::openFile(QWidget *, const QString &title, const QString &)
{
    asked.append(QStringLiteral("file: ") + title);
    return files.isEmpty() ? QString() : files.takeFirst();
}

QStringList ScriptedDialogService::openFiles(QWidget *, const QString &title, const QString &)
{
    asked.append(QStringLiteral("files: ") + title);
    if (!fileLists.isEmpty())
        return fileLists.takeFirst();
    // A test that queued single files answers a multiple choice with one of them.
    return files.isEmpty() ? QStringList() : QStringList{files.takeFirst()};
}

QString ScriptedDialogService::saveFile(QWidget *, const QString &title, const QString &,
                                        const QString &)
{
    asked.append(QStringLiteral("file: ") + title);
    return files.isEmpty() ? QString() : files.takeFirst();
}

QString ScriptedDialogService::existingDirectory(QWidget *, const QString &title, const QString &)
{
    asked.append(QStringLiteral("folder: ") + title);
    return files.isEmpty() ? QString() : files.takeFirst();
}

} // namespace passerelle
