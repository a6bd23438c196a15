#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QHBoxLayout;
class QPushButton;
class QWidget;

namespace passerelle {

class DialogService;
class DirectoryList;

// The row under a directory list: "New…", "Edit…" and "Archive…/Restore…", with Insert
// anywhere on the page and Delete on the list (not in the search field, where it deletes a
// character). Every directory page (programmes, sessions, workers, partners, action sheets)
// offers the same keys and the same archive/restore question, so that they behave alike.
class DirectoryButtons
{
    Q_DECLARE_TR_FUNCTIONS(passerelle::DirectoryButtons)

public:
    struct Texts
    {
        QString create;     // "&Nouveau dispositif…"
        QString createTip;  // "Créer un dispositif (Inser)"
        QString editTip;    // "Modifier le dispositif choisi (Entrée)"
        QString archiveTip; // "Archiver le dispositif choisi (Suppr) : …"
        QString edit = {};  // button text; "&Modifier…" when empty
    };

    DirectoryButtons(QWidget *page, DirectoryList *list, const Texts &texts);

    QPushButton *create() const { return m_create; }
    QPushButton *edit() const { return m_edit; }
    QPushButton *archive() const { return m_archive; }
    // create, edit, archive, then a stretch: a page inserts its own buttons where they belong.
    QHBoxLayout *layout() const { return m_layout; }

    // Edit and archive need a current record; an archived one is offered for restoring.
    void update(bool hasCurrent, bool currentArchived) const;

    // Asks `question` (title "Archiver" / "Restaurer"), then runs `apply(restoring)`. A refusal
    // of the repository is shown under `errorTitle`. True when the record changed.
    static bool archiveOrRestore(DialogService &dialogs, QWidget *parent, bool restoring,
                                 const QString &question, const QString &errorTitle,
                                 const std::function<void(bool restoring)> &apply);

private:
    QPushButton *m_create = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_archive = nullptr;
    QHBoxLayout *m_layout = nullptr;
};

} // namespace passerelle
