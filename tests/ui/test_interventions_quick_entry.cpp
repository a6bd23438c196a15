#include "common/DialogService.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoOptions.h"
#include "interventions/QuickInterventionDialog.h"
#include "storage/SqliteStatement.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;

namespace {
const QDate today(2026, 3, 16);

struct Fixture
{
    Fixture()
    {
        DemoOptions options;
        options.cases = 30;
        options.interventionsPerCase = 2;
        options.today = today;
        DemoGenerator::generate(*t.db, options);
        SqliteStatement q(
            t.db->handle(),
            "SELECT c.number, p.code FROM case_file c JOIN programme p ON p.id = c.programme_id "
            "WHERE c.status <> 'closed' AND c.archived_at IS NULL ORDER BY c.number LIMIT 1");
        REQUIRE(q.step());
        caseNumber = q.text(0);
        programmeCode = q.text(1);
    }
    qint64 count(const char *sql)
    {
        SqliteStatement q(t.db->handle(), sql);
        q.step();
        return q.int64(0);
    }
    test::TempDatabase t;
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat};
    FixedClock clock{QDateTime(today, QTime(18, 0))};
    ScriptedDialogService dialogs;
    QString caseNumber;
    QString programmeCode;
};

void selectProgramme(QuickInterventionDialog &dialog, const QString &code)
{
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("programme_id"));
    combo->setFocus();
    // Keyboard search of a combo box: typing the start of an item selects it.
    QTest::keyClicks(combo, code);
}

void tab(QWidget *w)
{
    QWidget *focus = QApplication::focusWidget();
    INFO("focus on " << (focus ? focus->objectName().toStdString() : std::string("nothing")));
    REQUIRE(focus);
    QTest::keyClick(focus, Qt::Key_Tab);
    (void)w;
}
} // namespace

TEST_CASE("A peer worker quick-enters an intervention with the keyboard only")
{
    Fixture f;
    const qint64 before = f.count("SELECT count(*) FROM intervention");
    QuickInterventionDialog dialog(*f.t.db, f.dialogs, f.settings, f.clock);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy saved(&dialog, &QuickInterventionDialog::interventionSaved);

    selectProgramme(dialog, f.programmeCode);
    tab(&dialog); // → date (today)
    // Tab walks the day, month and year sections of the date before it leaves the field.
    QWidget *date = QApplication::focusWidget();
    for (int i = 0; i < 4 && QApplication::focusWidget() == date; ++i)
        tab(&dialog); // → start time
    REQUIRE(QApplication::focusWidget()->objectName() == QStringLiteral("start_time"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("14h30"));
    tab(&dialog); // → duration
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("45"));
    tab(&dialog); // → channel
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("T"));
    tab(&dialog); // → type
    tab(&dialog); // → status (done)
    tab(&dialog); // → peer worker
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    tab(&dialog); // → professional
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    tab(&dialog); // → case(s)
    INFO("focus: " << (QApplication::focusWidget()
                           ? QApplication::focusWidget()->objectName().toStdString() + " " +
                                 QApplication::focusWidget()->metaObject()->className()
                           : std::string("none")));
    REQUIRE(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), f.caseNumber);
    tab(&dialog); // → note
    QTest::keyClicks(QApplication::focusWidget(),
                     QStringLiteral("Visite calme, courrier CAF trie."));
    // PASSERELLE_SCREENSHOT_DIR=packaging/screenshots keeps a picture of the filled form.
    if (qEnvironmentVariableIsSet("PASSERELLE_SCREENSHOT_DIR"))
        dialog.grab().save(QDir(qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR"))
                               .filePath(QStringLiteral("quick-intervention.png")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(saved.count() == 1);
    CHECK(f.dialogs.asked.isEmpty());
    CHECK(f.count("SELECT count(*) FROM intervention") == before + 1);
    const Uuid id = dialog.savedId();
    SqliteStatement row(
        f.t.db->handle(),
        "SELECT date, start_time, duration_min, channel, status, note, "
        "(SELECT count(*) FROM intervention_worker w WHERE w.intervention_id = i.id), "
        "(SELECT c.number FROM intervention_case ic JOIN case_file c ON c.id = ic.case_id "
        " WHERE ic.intervention_id = i.id) FROM intervention i WHERE id = ?");
    row.bindBlob(1, id.bytes());
    REQUIRE(row.step());
    CHECK(row.text(0) == QStringLiteral("2026-03-16"));
    CHECK(row.text(1) == QStringLiteral("14:30"));
    CHECK(row.int64(2) == 45);
    CHECK(row.text(3) == QStringLiteral("phone"));
    CHECK(row.text(4) == QStringLiteral("done"));
    CHECK(row.text(5) == QStringLiteral("Visite calme, courrier CAF trie."));
    CHECK(row.int64(6) == 2);
    CHECK(row.text(7) == f.caseNumber);

    // The next entry offers the same programme, pair and channel again.
    QuickInterventionDialog next(*f.t.db, f.dialogs, f.settings, f.clock);
    CHECK(next.findChild<QComboBox *>(QStringLiteral("programme_id"))
              ->currentText()
              .startsWith(f.programmeCode));
}

TEST_CASE("Quick entry names the refused field and keeps the dialog open")
{
    Fixture f;
    const QByteArray before = test::contentHash(*f.t.db);
    QuickInterventionDialog dialog(*f.t.db, f.dialogs, f.settings, f.clock);
    dialog.show();
    selectProgramme(dialog, f.programmeCode);
    auto *cases = dialog.findChild<QLineEdit *>(QStringLiteral("cases"));
    cases->setText(QStringLiteral("XX-1999-0001"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.savedId().isNull());
    bool named = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        named = named || label->text().contains(QStringLiteral("XX-1999-0001"));
    CHECK(named);
    CHECK(test::contentHash(*f.t.db) == before);
}

TEST_CASE("Leaving quick entry with typed data asks first")
{
    Fixture f;
    QuickInterventionDialog dialog(*f.t.db, f.dialogs, f.settings, f.clock);
    dialog.show();
    auto *time = dialog.findChild<QLineEdit *>(QStringLiteral("start_time"));
    time->setFocus();
    QTest::keyClicks(time, QStringLiteral("0930"));
    f.dialogs.unsavedAnswers = {DialogService::Unsaved::Cancel};
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(dialog.isVisible());
    REQUIRE(f.dialogs.asked.size() == 1);
    CHECK(f.dialogs.asked.first().startsWith(QStringLiteral("unsaved:")));
    f.dialogs.unsavedAnswers = {DialogService::Unsaved::Discard};
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
}
