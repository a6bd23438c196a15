#include "actionsheets/SheetSection.h"

#include "actionsheets/AxisCheckGroup.h"
#include "actionsheets/CodeCheckGroup.h"
#include "actionsheets/OrderedEntryEditor.h"
#include "actionsheets/SheetPartnerEditor.h"
#include "casefile/CaseFileForms.h"
#include "common/FormErrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace passerelle {

SheetSection::SheetSection(FormErrors &errors, QWidget *parent) : QWidget(parent), m_errors(errors)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setSpacing(10);
}

QFormLayout *SheetSection::addForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_layout->addLayout(form);
    return form;
}

QLabel *SheetSection::addField(QFormLayout *form, const QString &label, QWidget *editor,
                               const QString &field)
{
    QLabel *l = CaseFileForms::addField(form, m_errors, label, editor, field);
    watch(editor);
    return l;
}

void SheetSection::addBlock(QWidget *block, const QString &field, QWidget *errorTarget)
{
    auto *message = new QLabel(this);
    message->setObjectName(field + QStringLiteral("_message"));
    m_layout->addWidget(block);
    m_layout->addWidget(message);
    m_errors.bind(field, errorTarget ? errorTarget : block, message);
    watch(block);
}

void SheetSection::watch(QWidget *editor)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textEdited, this, &SheetSection::edited);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::activated, this, &SheetSection::edited);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        // textChanged also fires on setPlainText: load() blocks the section's signals.
        connect(text, &QPlainTextEdit::textChanged, this, &SheetSection::edited);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        connect(spin, &QSpinBox::valueChanged, this, &SheetSection::edited);
    else if (auto *codes = qobject_cast<CodeCheckGroup *>(editor))
        connect(codes, &CodeCheckGroup::edited, this, &SheetSection::edited);
    else if (auto *axes = qobject_cast<AxisCheckGroup *>(editor))
        connect(axes, &AxisCheckGroup::edited, this, &SheetSection::edited);
    else if (auto *entries = qobject_cast<OrderedEntryEditor *>(editor))
        connect(entries, &OrderedEntryEditor::edited, this, &SheetSection::edited);
    else if (auto *partners = qobject_cast<SheetPartnerEditor *>(editor))
        connect(partners, &SheetPartnerEditor::edited, this, &SheetSection::edited);
}

QPlainTextEdit *SheetSection::textArea(QWidget *parent, int lines)
{
    auto *text = new QPlainTextEdit(parent);
    text->setTabChangesFocus(true);
    text->setFixedHeight(text->fontMetrics().lineSpacing() * lines + 12);
    return text;
}

} // namespace passerelle
