#include "directory/DirectoryDialog.h"

#include "casefile/CaseFileForms.h"
#include "common/DialogService.h"
#include "util/Errors.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace passerelle {

DirectoryDialog::DirectoryDialog(DialogService &dialogs, const QString &what, QWidget *parent)
    : QDialog(parent), m_dialogs(dialogs), m_what(what)
{
    m_content = new QVBoxLayout;
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Ok);
    save->setText(tr("&Enregistrer"));
    save->setObjectName(QStringLiteral("save"));
    save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DirectoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DirectoryDialog::reject);
    // Enter in a text area adds a line; Ctrl+Enter saves from any field.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &DirectoryDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
}

QString DirectoryDialog::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

QFormLayout *DirectoryDialog::addForm(QLayout *into)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    if (auto *box = qobject_cast<QBoxLayout *>(into ? into : m_content))
        box->addLayout(form);
    else
        (into ? into : m_content)->addItem(form);
    return form;
}

QLabel *DirectoryDialog::addField(QFormLayout *form, const QString &labelText, QWidget *editor,
                                  const QString &field)
{
    QLabel *label = CaseFileForms::addField(form, m_errors, labelText, editor, field);
    watch(editor);
    return label;
}

void DirectoryDialog::watch(QWidget *editor)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textEdited, this, &DirectoryDialog::markModified);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::activated, this, &DirectoryDialog::markModified);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, &DirectoryDialog::markModified);
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        connect(date, &QDateEdit::dateChanged, this, &DirectoryDialog::markModified);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        connect(spin, &QSpinBox::valueChanged, this, &DirectoryDialog::markModified);
    else if (auto *real = qobject_cast<QDoubleSpinBox *>(editor))
        connect(real, &QDoubleSpinBox::valueChanged, this, &DirectoryDialog::markModified);
    else if (auto *check = qobject_cast<QAbstractButton *>(editor))
        connect(check, &QAbstractButton::toggled, this, &DirectoryDialog::markModified);
}

void DirectoryDialog::accept()
{
    m_errors.clear();
    m_banner->hide();
    try {
        save();
    } catch (const ValidationError &e) {
        const QString unbound = m_errors.show(e.all());
        if (!unbound.isEmpty()) {
            m_banner->setText(unbound);
            m_banner->show();
        }
        return;
    } catch (const Error &e) {
        m_dialogs.warning(this, windowTitle(), e.message());
        return;
    }
    m_modified = false;
    QDialog::accept();
}

void DirectoryDialog::reject()
{
    if (m_modified) {
        switch (m_dialogs.askUnsaved(this, m_what)) {
        case DialogService::Unsaved::Save:
            accept();
            return;
        case DialogService::Unsaved::Cancel:
            return;
        case DialogService::Unsaved::Discard:
            break;
        }
    }
    QDialog::reject();
}

} // namespace passerelle
