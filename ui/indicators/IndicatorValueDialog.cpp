#include "indicators/IndicatorValueDialog.h"

#include "common/DialogService.h"
#include "repositories/IndicatorRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle {

namespace {
QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->hide();
    return label;
}
} // namespace

IndicatorValueDialog::IndicatorValueDialog(Database &db, DialogService &dialogs, const Clock &clock,
                                           const Indicator &indicator, const ReportingPeriod &period, QWidget *parent)
    : QDialog(parent), m_db(db), m_dialogs(dialogs), m_clock(clock), m_indicator(indicator), m_period(period)
{
    setObjectName(QStringLiteral("indicatorValueDialog"));
    setWindowTitle(tr("Valeur de l'indicateur pour %1").arg(period.label()));
    auto *about = new QLabel(indicator.label, this);
    about->setWordWrap(true);
    QFont bold = about->font();
    bold.setBold(true);
    about->setFont(bold);

    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("valueNumber"));
    m_number->setAccessibleName(tr("Valeur (nombre)"));
    m_number->setPlaceholderText(tr("17 ou 70,5"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("valueText"));
    m_text->setAccessibleName(tr("Valeur telle qu'écrite"));
    m_text->setPlaceholderText(tr("12 / 17, ou une phrase"));
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("valueComment"));
    m_comment->setAccessibleName(tr("Commentaire"));
    m_banner = new QLabel(this);
    m_banner->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    auto *form = new QFormLayout;
    auto *numberLabel = new QLabel(tr("&Nombre :"), this);
    numberLabel->setBuddy(m_number);
    auto *textLabel = new QLabel(tr("&Texte :"), this);
    textLabel->setBuddy(m_text);
    auto *commentLabel = new QLabel(tr("&Commentaire :"), this);
    commentLabel->setBuddy(m_comment);
    auto *numberError = messageLabel(this);
    form->addRow(numberLabel, m_number);
    form->addRow(QString(), numberError);
    form->addRow(textLabel, m_text);
    form->addRow(commentLabel, m_comment);
    m_errors.bind(QStringLiteral("value"), m_number, numberError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enregistrer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IndicatorValueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IndicatorValueDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);

    if (const auto current = IndicatorRepository(db, clock).value(indicator.id, period.start, period.end)) {
        if (current->value)
            m_number->setText(QLocale().toString(*current->value, 'g', 12));
        m_text->setText(current->textValue);
        m_comment->setText(current->comment);
    }
    m_loaded = {m_number->text(), m_text->text(), m_comment->text()};
    resize(480, sizeHint().height());
}

bool IndicatorValueDialog::isModified() const
{
    return m_loaded != QStringList{m_number->text(), m_text->text(), m_comment->text()};
}

bool IndicatorValueDialog::save()
{
    m_errors.clear();
    m_banner->hide();
    IndicatorValue v;
    v.indicatorId = m_indicator.id;
    v.periodStart = m_period.start;
    v.periodEnd = m_period.end;
    v.textValue = m_text->text().trimmed();
    v.comment = m_comment->text().trimmed();
    const QString number = m_number->text().trimmed();
    if (!number.isEmpty()) {
        // A French decimal comma or a point, as people type them.
        bool ok = false;
        double parsed = QLocale(QLocale::French).toDouble(QString(number).remove(QLatin1Char(' ')), &ok);
        if (!ok)
            parsed = QLocale::c().toDouble(number, &ok);
        if (!ok) {
            m_errors.show({{QStringLiteral("value"), tr("Nombre attendu, par exemple 17 ou 70,5.")}});
            return false;
        }
        v.value = parsed;
    }
    try {
        IndicatorRepository(m_db, m_clock).setValue(v);
    } catch (const ValidationError &e) {
        const QString unbound = m_errors.show(e.all());
        if (!unbound.isEmpty()) {
            m_banner->setText(unbound);
            m_banner->show();
        }
        return false;
    } catch (const Error &e) {
        m_dialogs.warning(this, windowTitle(), tr("La valeur n'a pas pu être enregistrée.\n\n%1").arg(e.message()));
        return false;
    }
    return true;
}

void IndicatorValueDialog::accept()
{
    if (save())
        QDialog::accept();
}

void IndicatorValueDialog::reject()
{
    if (isModified()) {
        switch (m_dialogs.askUnsaved(this, tr("la valeur de l'indicateur"))) {
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
