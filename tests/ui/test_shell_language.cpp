#include "MainWindow.h"
#include "Translations.h"
#include "cases/CaseListPage.h"
#include "common/DialogService.h"
#include "preferences/PreferencesDialog.h"
#include "support/TestSupport.h"
#include "test_shell_support.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace passerelle;
using namespace passerelle::test;

namespace {
QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles.append(menu->text());
    return titles;
}

// Opens the preferences with their shortcut, picks a language with the keyboard and
// presses OK, as a person does.
void chooseLanguage(MainWindow &window, const QString &entry)
{
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    PreferencesDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (dialog = window.findChild<PreferencesDialog *>()) && dialog->isVisible(); }));
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageChoice"));
    REQUIRE(language);
    // The dialog opens on its one question.
    CHECK(QTest::qWaitFor([&] { return QApplication::focusWidget() == language; }));
    const int wanted = language->findText(entry);
    REQUIRE(wanted >= 0);
    while (language->currentIndex() != wanted)
        QTest::keyClick(language, language->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<PreferencesDialog *>() == nullptr; }));
}
} // namespace

TEST_CASE("Switching the language in the preferences starts the next session in that language")
{
    TempDatabase t;
    CaseWriter w(*t.db);
    const Uuid pa = w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance"));
    addCases(w, pa, QStringLiteral("closed"), 2, QDate(2024, 12, 31));
    TempSettings s;
    ScriptedDialogService dialogs;
    const QLocale french(QLocale::French, QLocale::France);

    {
        // First session: nothing chosen, a French system.
        REQUIRE(Translations::choose({}, s.settings.value(Translations::settingKey()).toString(), french)
                == Translations::Language::French);
        MainWindow window(*t.db, s.settings, dialogs);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(settled(window.caseList()->model()));
        CHECK(menuTitles(window) == QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Affichage"), QStringLiteral("A&ide")});

        chooseLanguage(window, QStringLiteral("English"));
        CHECK(s.settings.value(Translations::settingKey()).toString() == QLatin1String("en"));
        // Applied at the next start: this session stays in French, and no dialog interrupted it.
        CHECK(menuTitles(window).first() == QStringLiteral("&Fichier"));
        CHECK(dialogs.asked.isEmpty());
    }
    {
        // Next session: the setting wins over the French system.
        const Translations english(Translations::choose(
            {}, s.settings.value(Translations::settingKey()).toString(), french));
        REQUIRE(english.language() == Translations::Language::English);
        MainWindow window(*t.db, s.settings, dialogs);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(settled(window.caseList()->model()));
        CHECK(menuTitles(window) == QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")});
        CHECK(window.findChild<QLabel *>(QStringLiteral("databaseLabel"))->text().startsWith(QLatin1String("Database: ")));
        CHECK(window.findChild<QLabel *>(QStringLiteral("replicaLabel"))->text().startsWith(QLatin1String("Replica: ")));
        CHECK(window.findChild<QLabel *>(QStringLiteral("caseListCount"))->text() == QLatin1String("2 cases"));
        CHECK(window.caseList()->model().headerData(int(CaseListModel::Column::Status), Qt::Horizontal).toString()
              == QLatin1String("Status"));
        CHECK(cell(window.caseList()->model(), 0, CaseListModel::Column::Status) == QLatin1String("Closed"));

        // Back to the system's language.
        QSignalSpy changed(window.findChild<QAction *>(QStringLiteral("preferencesAction")), &QAction::triggered);
        chooseLanguage(window, QStringLiteral("Automatic (system language)")); // this session speaks English
        CHECK(changed.size() == 1);
        CHECK_FALSE(s.settings.contains(Translations::settingKey()));
    }
    CHECK(Translations::choose({}, s.settings.value(Translations::settingKey()).toString(), french)
          == Translations::Language::French);
}

TEST_CASE("The preferences say when the language is forced by the environment, and Cancel keeps the setting")
{
    TempSettings s;
    s.settings.setValue(Translations::settingKey(), QStringLiteral("fr"));
    qputenv("PASSERELLE_LANG", "en");
    PreferencesDialog dialog(s.settings);
    qunsetenv("PASSERELLE_LANG");
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
    REQUIRE(note);
    CHECK(note->text().contains(QStringLiteral("PASSERELLE_LANG (en)")));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageChoice"));
    CHECK(language->currentData().toString() == QLatin1String("fr"));
    QSignalSpy changed(&dialog, &PreferencesDialog::languageChanged);
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    dialog.reject();
    CHECK(s.settings.value(Translations::settingKey()).toString() == QLatin1String("fr"));
    CHECK(changed.isEmpty());
}
