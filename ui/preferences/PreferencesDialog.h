#pragma once

#include <QDialog>

class QComboBox;
class QSettings;

namespace passerelle {

// The person's preferences, kept in QSettings: for now the language of the interface
// (automatic, French or English). Qt builds most texts once, when a window is made, so a
// new language applies at the next start; the dialog says so.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `settings` must outlive the dialog; it is written when the person accepts.
    explicit PreferencesDialog(QSettings &settings, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    // The language setting changed: "fr", "en", or empty for the system's.
    void languageChanged(const QString &code);

private:
    QSettings &m_settings;
    QComboBox *m_language = nullptr;
};

} // namespace passerelle
