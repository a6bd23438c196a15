#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace passerelle {

// The language Passerelle speaks, and the translators that make it speak it.
//
// French is the language of the source strings; English is a translation. An object of
// this class installs Passerelle's and Qt's own translators for one language and sets the
// default QLocale to match (dates, numbers); destroying it puts back what was there, so a
// test can switch language for a while.
class Translations
{
public:
    enum class Language { French, English };

    // The first that says something: the PASSERELLE_LANG environment variable, the
    // ui/language setting ("fr" or "en" each), then the system's UI language: French
    // when it is French, English otherwise.
    static Language choose(const QString &environment, const QString &setting,
                           const QLocale &system);
    static QString code(Language language); // "fr", "en"
    // The QSettings key of the person's choice: "fr", "en", or empty/absent for the
    // system's language (PreferencesDialog writes it; it applies at the next start).
    static QString settingKey() { return QStringLiteral("ui/language"); }

    explicit Translations(Language language);
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    Language language() const { return m_language; }

private:
    Language m_language;
    QLocale m_previousLocale;
    QTranslator m_passerelle;
    QTranslator m_qt;
    bool m_passerelleInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace passerelle
