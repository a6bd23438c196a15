#include "agenda/DurationDialog.h"

#include "interventions/EntryText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle {

DurationDialog::DurationDialog(int count, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("durationDialog"));
    setWindowTitle(tr("Durée des interventions réalisées"));
    auto *question =
        new QLabel(tr("Interventions sans durée : %1. Temps passé pour chacune :").arg(count), this);
    question->setWordWrap(true);
    m_duration = new QLineEdit(this);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setPlaceholderText(tr("min ou h:mm"));
    m_duration->setAccessibleName(tr("Durée"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->hide();
    auto *label = new QLabel(tr("D&urée :"), this);
    label->setBuddy(m_duration);

    auto *form = new QFormLayout;
    form->addRow(label, m_duration);
    form->addRow(QString(), m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Marquer réalisées"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DurationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DurationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_duration->setFocus();
}

void DurationDialog::accept()
{
    const std::optional<int> minutes = EntryText::parseDuration(m_duration->text());
    if (!minutes || *minutes <= 0 || *minutes > 1440) {
        m_message->setText(tr("Tapez une durée entre 1 minute et 24 heures : 45 ou 1:30."));
        m_message->show();
        m_duration->setFocus();
        m_duration->selectAll();
        return;
    }
    m_minutes = minutes;
    QDialog::accept();
}

std::optional<int> DurationDialog::ask(QWidget *parent, int count)
{
    DurationDialog dialog(count, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.minutes() : std::nullopt;
}

} // namespace passerelle
