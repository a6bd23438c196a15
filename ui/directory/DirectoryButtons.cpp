#include "directory/DirectoryButtons.h"

#include "common/DialogService.h"
#include "directory/DirectoryList.h"
#include "util/Errors.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>

namespace passerelle {

DirectoryButtons::DirectoryButtons(QWidget *page, DirectoryList *list, const Texts &texts)
{
    const auto button = [page](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, page);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    m_create = button(texts.create, QStringLiteral("new"), texts.createTip);
    m_edit = button(texts.edit.isEmpty() ? tr("&Modifier…") : texts.edit, QStringLiteral("edit"),
                    texts.editTip);
    m_archive = button(tr("Arc&hiver…"), QStringLiteral("archive"), texts.archiveTip);
    m_layout = new QHBoxLayout;
    m_layout->addWidget(m_create);
    m_layout->addWidget(m_edit);
    m_layout->addWidget(m_archive);
    m_layout->addStretch(1);

    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), page);
    insert->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(insert, &QShortcut::activated, m_create, &QPushButton::click);
    auto *archiveKey = new QShortcut(QKeySequence(Qt::Key_Delete), list->view());
    archiveKey->setContext(Qt::WidgetShortcut);
    QObject::connect(archiveKey, &QShortcut::activated, m_archive, &QPushButton::click);
}

void DirectoryButtons::update(bool hasCurrent, bool currentArchived) const
{
    m_edit->setEnabled(hasCurrent);
    m_archive->setEnabled(hasCurrent);
    m_archive->setText(hasCurrent && currentArchived ? tr("Resta&urer…") : tr("Arc&hiver…"));
}

bool DirectoryButtons::archiveOrRestore(DialogService &dialogs, QWidget *parent, bool restoring,
                                        const QString &question, const QString &errorTitle,
                                        const std::function<void(bool)> &apply)
{
    if (dialogs.question(parent, restoring ? tr("Restaurer") : tr("Archiver"), question) !=
        DialogService::Answer::Yes)
        return false;
    try {
        apply(restoring);
    } catch (const Error &e) {
        // e.g. restoring is refused when a current record took the code meanwhile.
        dialogs.warning(parent, errorTitle, e.message());
        return false;
    }
    return true;
}

} // namespace passerelle
