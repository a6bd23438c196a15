// Every editor of the main forms can be reached and named without the mouse or the eyes:
// each one has an accessible name, or a label whose buddy it is (a screen reader reads the
// label, and the label's mnemonic puts the focus in it).

#include "casefile/CaseFileWindow.h"
#include "casefile/NewCaseDialog.h"
#include "common/DialogService.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoOptions.h"
#include "interventions/QuickInterventionDialog.h"
#include "partners/PartnerDialog.h"
#include "preferences/PreferencesDialog.h"
#include "programmes/ProgrammeDialog.h"
#include "reports/AnnualReviewPage.h"
#include "reports/DashboardPage.h"
#include "sessions/SessionDialog.h"
#include "storage/SqliteStatement.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "workers/WorkerDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>

#include <functional>
#include <memory>

using namespace passerelle;

namespace {

// The editors of `form` that nothing names: no accessible name, no label pointing at them.
QStringList unnamedEditors(QWidget &form)
{
    QSet<const QWidget *> buddies;
    for (const QLabel *label : form.findChildren<QLabel *>())
        if (label->buddy())
            buddies.insert(label->buddy());
    QStringList unnamed;
    const auto check = [&](QWidget *w) {
        if (!w->isVisibleTo(&form) || !w->isEnabled())
            return;
        // A combo's own line edit, a spin box's line edit: named by their owner.
        if (qobject_cast<QLineEdit *>(w) && (qobject_cast<QComboBox *>(w->parentWidget())
                                             || qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
            return;
        if (w->accessibleName().isEmpty() && !buddies.contains(w))
            unnamed.append(w->objectName().isEmpty() ? QLatin1String(w->metaObject()->className())
                                                     : w->objectName());
    };
    for (QWidget *w : form.findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w))
            check(w);
    }
    return unnamed;
}

} // namespace

TEST_CASE("Every editor of the main forms has an accessible name or a label")
{
    {
        // The check itself: a bare editor is reported, a labelled or named one is not.
        QWidget probe;
        auto *bare = new QLineEdit(&probe);
        bare->setObjectName(QStringLiteral("bare"));
        auto *labelled = new QLineEdit(&probe);
        (new QLabel(QStringLiteral("&Nom"), &probe))->setBuddy(labelled);
        (new QComboBox(&probe))->setAccessibleName(QStringLiteral("Statut"));
        probe.show();
        CHECK(unnamedEditors(probe) == QStringList{QStringLiteral("bare")});
    }

    test::TempDatabase t;
    DemoOptions options;
    options.cases = 12;
    options.interventionsPerCase = 3;
    options.seed = 2;
    options.today = QDate(2025, 6, 30);
    DemoGenerator::generate(*t.db, options);
    ScriptedDialogService dialogs;
    FixedClock clock{QDateTime(QDate(2025, 6, 30), QTime(9, 0))};
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);

    const std::pair<const char *, std::function<std::unique_ptr<QWidget>()>> forms[] = {
        {"new case", [&] { return std::make_unique<NewCaseDialog>(*t.db, dialogs, clock); }},
        {"quick intervention", [&] { return std::make_unique<QuickInterventionDialog>(*t.db, dialogs, settings, clock); }},
        {"partner", [&] { return std::make_unique<PartnerDialog>(*t.db, dialogs, clock); }},
        {"worker", [&] { return std::make_unique<WorkerDialog>(*t.db, dialogs, clock); }},
        {"session", [&] { return std::make_unique<SessionDialog>(*t.db, dialogs, clock); }},
        {"programme", [&] { return std::make_unique<ProgrammeDialog>(*t.db, dialogs, clock); }},
        {"preferences", [&] { return std::make_unique<PreferencesDialog>(settings); }},
        {"annual review", [&] { return std::make_unique<AnnualReviewPage>(*t.db, dialogs, clock); }},
        {"dashboard", [&] { return std::make_unique<DashboardPage>(*t.db, dialogs, clock); }},
    };
    for (const auto &[name, make] : forms) {
        INFO(name);
        const std::unique_ptr<QWidget> form = make();
        form->show();
        CHECK(unnamedEditors(*form) == QStringList());
        form->hide();
    }

    // The case file, tab by tab (the editors of hidden tabs are checked when shown).
    SqliteStatement first(t.db->handle(), "SELECT id FROM case_file ORDER BY number LIMIT 1");
    REQUIRE(first.step());
    CaseFileWindow *file = CaseFileWindow::open(*t.db, dialogs, Uuid::fromBytes(first.blob(0)), nullptr, clock);
    REQUIRE(file);
    for (int tab = 0; tab < file->tabs()->count(); ++tab) {
        INFO("case file tab " << file->tabs()->tabText(tab).toStdString());
        file->tabs()->setCurrentIndex(tab);
        CHECK(unnamedEditors(*file) == QStringList());
    }
    CaseFileWindow::discardAll(*t.db);
}
