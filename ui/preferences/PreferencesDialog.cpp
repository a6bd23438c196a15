#include "preferences/PreferencesDialog.h"

#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace passerelle {

PreferencesDialog::PreferencesDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Préférences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->setAccessibleName(tr("Langue de l'interface"));
    m_language->addItem(tr("Automatique (langue du système)"), QString());
    // Each language is named in itself, whatever the language of the interface.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString chosen = m_settings.value(Translations::settingKey()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosen)));

    auto *label = new QLabel(tr("&Langue de l'interface :"), this);
    label->setBuddy(m_language);
    QString note = tr("La langue choisie s'applique au prochain démarrage de Passerelle.");
    const QString forced = qEnvironmentVariable("PASSERELLE_LANG");
    if (!forced.isEmpty())
        note += QLatin1Char('\n')
            + tr("La variable d'environnement PASSERELLE_LANG (%1) l'emporte sur ce choix.").arg(forced);
    auto *noteLabel = new QLabel(note, this);
    noteLabel->setObjectName(QStringLiteral("languageNote"));
    noteLabel->setWordWrap(true);
    noteLabel->setEnabled(false); // the style's muted text: advice, not a field

    auto *form = new QFormLayout;
    form->addRow(label, m_language);
    form->addRow(QString(), noteLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    m_language->setFocus(); // the dialog's one question
}

void PreferencesDialog::accept()
{
    const QString before = m_settings.value(Translations::settingKey()).toString();
    const QString after = m_language->currentData().toString();
    if (after.isEmpty())
        m_settings.remove(Translations::settingKey());
    else
        m_settings.setValue(Translations::settingKey(), after);
    QDialog::accept();
    if (after != before)
        Q_EMIT languageChanged(after);
}

} // namespace passerelle
