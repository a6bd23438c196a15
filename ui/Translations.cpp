#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

#include <optional>

namespace passerelle {

namespace {
std::optional<Translations::Language> parse(const QString &value)
{
    const QString v = value.trimmed().toLower();
    // Accept locale names too ("en_GB", "fr-BE"): only the language matters here.
    if (v == u"fr" || v.startsWith(u"fr_") || v.startsWith(u"fr-"))
        return Translations::Language::French;
    if (v == u"en" || v.startsWith(u"en_") || v.startsWith(u"en-"))
        return Translations::Language::English;
    return std::nullopt;
}
} // namespace

Translations::Language Translations::choose(const QString &environment, const QString &setting,
                                            const QLocale &system)
{
    if (const auto fromEnvironment = parse(environment))
        return *fromEnvironment;
    if (const auto fromSetting = parse(setting))
        return *fromSetting;
    // The UI languages follow LANGUAGE / LC_MESSAGES, which may differ from the formats.
    const QStringList uiLanguages = system.uiLanguages();
    const QLocale ui = uiLanguages.isEmpty() ? system : QLocale(uiLanguages.first());
    // French is the source language and the users' own: a machine without a language
    // (C / POSIX locale, as on a fresh server or under Xvfb) gets French, not a half-way
    // English. Any other language gets English, the one other catalogue.
    return ui.language() == QLocale::French || ui.language() == QLocale::C ? Language::French
                                                                           : Language::English;
}

QString Translations::code(Language language)
{
    return language == Language::French ? QStringLiteral("fr") : QStringLiteral("en");
}

Translations::Translations(Language language) : m_language(language), m_previousLocale(QLocale())
{
    // Keep the person's regional formats when they speak the chosen language (fr_BE, en_IE);
    // otherwise take the language's main European form.
    const QLocale system = QLocale::system();
    const QLocale::Language wanted = language == Language::French ? QLocale::French : QLocale::English;
    if (system.language() == wanted)
        QLocale::setDefault(system);
    else if (language == Language::French)
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    // Even in French, Passerelle's catalogue is needed: it holds the plural forms of the
    // French source strings ("%n situation(s)").
    if (m_passerelle.load(QStringLiteral(":/i18n/passerelle_%1.qm").arg(code(language))))
        m_passerelleInstalled = QCoreApplication::installTranslator(&m_passerelle);
    else
        qWarning("Passerelle's %s catalogue is missing from the resources", qPrintable(code(language)));
    // Qt's own strings (dialog buttons, context menus) are English at the source.
    if (language == Language::French
        && m_qt.load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
}

Translations::~Translations()
{
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_passerelleInstalled)
        QCoreApplication::removeTranslator(&m_passerelle);
    QLocale::setDefault(m_previousLocale);
}

} // namespace passerelle
