#include "common/DialogService.h"
#include "core/test_agenda_fixture.h"
#include "interventions/CasePickerEdit.h"
#include "interventions/QuickInterventionDialog.h"
#include "storage/SqliteStatement.h"
#include "ui/test_interventions_keys.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>

using namespace passerelle;
using namespace passerelle::test;

namespace {

// The stored intervention as the database holds it (not as the repository reads it back).
struct StoredRow
{
    QString date, startTime, status, channel, type, note;
    qint64 duration = -1;
    QStringList workerCodes, caseNumbers;
};

StoredRow stored(Database &db, const Uuid &id)
{
    SqliteStatement q(db.handle(),
                      "SELECT date, start_time, status, channel, intervention_type, note, "
                      "duration_min, "
                      "(SELECT group_concat(code) FROM (SELECT w.code FROM intervention_worker iw "
                      "  JOIN worker w ON w.id = iw.worker_id WHERE iw.intervention_id = i.id "
                      "  ORDER BY w.code)), "
                      "(SELECT group_concat(number) FROM (SELECT c.number FROM intervention_case "
                      "  ic JOIN case_file c ON c.id = ic.case_id WHERE ic.intervention_id = i.id "
                      "  ORDER BY c.number)) "
                      "FROM intervention i WHERE id = ?");
    q.bindBlob(1, id.bytes());
    StoredRow r;
    if (!q.step())
        return r;
    r.date = q.text(0);
    r.startTime = q.text(1);
    r.status = q.text(2);
    r.channel = q.text(3);
    r.type = q.text(4);
    r.note = q.text(5);
    r.duration = q.int64(6);
    r.workerCodes = q.text(7).split(u',', Qt::SkipEmptyParts);
    r.caseNumbers = q.text(8).split(u',', Qt::SkipEmptyParts);
    return r;
}

struct Opened
{
    explicit Opened(AgendaWorld &w, DialogService &dialogs, QSettings &settings)
        : dialog(w.db(), dialogs, settings, w.clock)
    {
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
    }
    template<typename T> T *field(const char *name)
    {
        T *w = dialog.findChild<T *>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    // The message line of the form row that starts with the editor named `row`.
    QString message(const char *row)
    {
        const auto *label = field<QLabel>((QLatin1String(row) + QLatin1String("Message")).toLatin1().constData());
        return label->isVisible() ? label->text() : QString();
    }
    QuickInterventionDialog dialog;
};

} // namespace

TEST_CASE("quick-enter an intervention with the keyboard only")
{
    AgendaWorld w;
    TempSettings s;
    ScriptedDialogService dialogs;
    const qint64 before = w.count("SELECT count(*) FROM intervention");
    Uuid id;
    {
        Opened o(w, dialogs, s.settings);
        QSignalSpy saved(&o.dialog, &QuickInterventionDialog::interventionSaved);
        CHECK(o.dialog.windowTitle() == QStringLiteral("Nouvelle intervention"));
        // Two programmes and none remembered: the programme comes first.
        REQUIRE(QApplication::focusWidget() == o.field<QComboBox>("programme_id"));
        type(QStringLiteral("P")); // combos answer to the first letters of an item
        CHECK(o.field<QComboBox>("programme_id")->currentText().startsWith(QStringLiteral("PA — ")));
        tabTo("date");
        CHECK(o.field<QDateEdit>("date")->date() == AgendaWorld::today()); // from the clock
        tabTo("start_time");
        type(QStringLiteral("14h30"));
        tabTo("duration_min");
        type(QStringLiteral("1h15"));
        tabTo("channel");
        type(QStringLiteral("T"));
        tabTo("intervention_type");
        type(QStringLiteral("E"));
        tabTo("status");
        CHECK(o.field<QComboBox>("status")->currentText() == QStringLiteral("Réalisée")); // today
        tabTo("workers");
        type(QStringLiteral("C"));
        tabTo("professional");
        type(QStringLiteral("C"));
        tabTo("cases");
        // Type-ahead on the pseudonymous code; Enter takes the proposal into the line.
        type(QStringLiteral("p-7k"));
        auto *picker = o.field<CasePickerEdit>("cases");
        CHECK(QTest::qWaitFor([&] { return picker->popup()->isVisible(); }, 5000));
        CHECK(static_cast<QAbstractItemView *>(picker->popup())->model()->rowCount() == 1);
        press(Qt::Key_Return);
        CHECK_FALSE(picker->popup()->isVisible());
        CHECK(picker->text() == QStringLiteral("PA-2026-0001"));
        CHECK(saved.isEmpty()); // that Enter chose the case, it did not save
        tabTo("note");
        type(QStringLiteral("Visite calme, courrier CAF trié."));
        press(Qt::Key_Return); // Enter saves from the note too

        REQUIRE(saved.size() == 1);
        CHECK(dialogs.asked.isEmpty());
        CHECK_FALSE(o.dialog.isVisible());
        CHECK(o.dialog.result() == QDialog::Accepted);
        id = o.dialog.savedId();
        CHECK(saved.first().first().value<Uuid>() == id);
    }
    CHECK(w.count("SELECT count(*) FROM intervention") == before + 1);
    const StoredRow r = stored(w.db(), id);
    CHECK(r.date == QStringLiteral("2026-03-19"));
    CHECK(r.startTime == QStringLiteral("14:30"));
    CHECK(r.duration == 75);
    CHECK(r.channel == QStringLiteral("phone"));
    CHECK(r.type == QStringLiteral("interview"));
    CHECK(r.status == QStringLiteral("done"));
    CHECK(r.note == QStringLiteral("Visite calme, courrier CAF trié."));
    CHECK(r.workerCodes == QStringList{QStringLiteral("AS1"), QStringLiteral("TP1")});
    CHECK(r.caseNumbers == QStringList{QStringLiteral("PA-2026-0001")});

    // The next entry offers the same programme, pair, channel and type, and starts on the date.
    Opened next(w, dialogs, s.settings);
    CHECK(next.field<QComboBox>("programme_id")->currentText().startsWith(QStringLiteral("PA — ")));
    CHECK(next.field<QComboBox>("workers")->currentText() == QStringLiteral("Camille Roux (TP1)"));
    CHECK(next.field<QComboBox>("professional")->currentText() == QStringLiteral("Claire Morel (AS1)"));
    CHECK(next.field<QComboBox>("channel")->currentText() == QStringLiteral("Téléphone"));
    CHECK(next.field<QComboBox>("intervention_type")->currentText() == QStringLiteral("Entretien"));
    CHECK(QApplication::focusWidget() == next.field<QDateEdit>("date"));
    CHECK_FALSE(next.dialog.isModified());
}

TEST_CASE("Quick entry takes several cases, a code's case, and follows the case's programme")
{
    AgendaWorld w;
    TempSettings s;
    ScriptedDialogService dialogs;
    Opened o(w, dialogs, s.settings);
    auto *programme = o.field<QComboBox>("programme_id");
    programme->setCurrentIndex(programme->findText(QStringLiteral("EM — "), Qt::MatchStartsWith));
    o.field<QComboBox>("workers")->setCurrentIndex(1);
    o.field<QLineEdit>("duration_min")->setText(QStringLiteral("45"));

    auto *picker = o.field<CasePickerEdit>("cases");
    picker->setFocus();
    type(QStringLiteral("PA-2026-000"));
    REQUIRE(QTest::qWaitFor([&] { return picker->popup()->isVisible(); }, 5000));
    press(Qt::Key_Down); // the second proposal: PA-2026-0001 (most recent first)
    press(Qt::Key_Return);
    CHECK(picker->text() == QStringLiteral("PA-2026-0001"));
    // Taking a PA case moved the programme to PA.
    CHECK(programme->currentText().startsWith(QStringLiteral("PA — ")));
    // A second case by a member's code, typed in full: resolved when saving.
    type(QStringLiteral(", P-3F8H2AB"));
    press(Qt::Key_Escape); // closes the proposals, not the dialog
    CHECK(o.dialog.isVisible());
    CHECK(dialogs.asked.isEmpty());

    QSignalSpy saved(&o.dialog, &QuickInterventionDialog::interventionSaved);
    press(Qt::Key_Return);
    REQUIRE(saved.size() == 1);
    CHECK(stored(w.db(), o.dialog.savedId()).caseNumbers ==
          QStringList{QStringLiteral("PA-2026-0001"), QStringLiteral("PA-2026-0002")});
}

TEST_CASE("Quick entry shows each refused field beside it and saves nothing")
{
    AgendaWorld w;
    TempSettings s;
    ScriptedDialogService dialogs;
    const QByteArray before = contentHash(w.db());
    Opened o(w, dialogs, s.settings);
    auto *programme = o.field<QComboBox>("programme_id");
    programme->setCurrentIndex(programme->findText(QStringLiteral("PA — "), Qt::MatchStartsWith));
    QSignalSpy saved(&o.dialog, &QuickInterventionDialog::interventionSaved);

    SECTION("what the form reads")
    {
        o.field<QLineEdit>("start_time")->setText(QStringLiteral("25h"));
        o.field<QLineEdit>("duration_min")->setText(QStringLiteral("une heure"));
        o.field<CasePickerEdit>("cases")->setText(QStringLiteral("PA-1999-0001, P-3F9J0KL"));
        o.field<QLineEdit>("start_time")->setFocus();
        press(Qt::Key_Return);
        CHECK(o.message("date").contains(QStringLiteral("Heure non reconnue")));
        CHECK(o.message("date").contains(QStringLiteral("Durée non reconnue")));
        CHECK(o.message("workers").contains(QStringLiteral("au moins un intervenant")));
        const QString cases = o.message("cases");
        CHECK(cases.contains(QStringLiteral("PA-1999-0001")));
        CHECK(cases.contains(QStringLiteral("P-3F9J0KL"))); // a closed case's code names nobody
        // The first refused field takes the focus.
        CHECK(QApplication::focusWidget() == o.field<QWidget>("start_time"));
    }
    SECTION("what the domain refuses")
    {
        o.field<QComboBox>("workers")->setCurrentIndex(1);
        // Done needs a duration; done cannot be in the future.
        o.field<QDateEdit>("date")->setDate(AgendaWorld::today().addDays(3));
        auto *status = o.field<QComboBox>("status");
        CHECK(status->currentText() == QStringLiteral("Prévue")); // a day to come
        status->setFocus();
        type(QStringLiteral("R")); // Réalisée, chosen by the person
        o.field<QDateEdit>("date")->setDate(AgendaWorld::today().addDays(4));
        CHECK(status->currentText() == QStringLiteral("Réalisée")); // the date no longer sets it
        press(Qt::Key_Return);
        CHECK(o.message("date").contains(QStringLiteral("durée supérieure à zéro")));
        CHECK(o.message("date").contains(QStringLiteral("à venir")));
        // Corrected, it saves.
        o.field<QDateEdit>("date")->setDate(AgendaWorld::today());
        o.field<QLineEdit>("duration_min")->setText(QStringLiteral("30"));
        press(Qt::Key_Return);
        CHECK(saved.size() == 1);
        return;
    }
    CHECK(saved.isEmpty());
    CHECK(o.dialog.isVisible());
    CHECK(contentHash(w.db()) == before);
}

TEST_CASE("Leaving quick entry with typed data asks first")
{
    AgendaWorld w;
    TempSettings s;
    ScriptedDialogService dialogs;

    SECTION("nothing typed: Esc leaves without a question")
    {
        Opened o(w, dialogs, s.settings);
        press(Qt::Key_Escape);
        CHECK_FALSE(o.dialog.isVisible());
        CHECK(dialogs.asked.isEmpty());
    }
    SECTION("something typed: cancel stays, discard leaves, save saves")
    {
        Opened o(w, dialogs, s.settings);
        o.field<QPlainTextEdit>("note")->setFocus();
        type(QStringLiteral("RDV CMP"));
        CHECK(o.dialog.isModified());
        dialogs.unsavedAnswers = {DialogService::Unsaved::Cancel, DialogService::Unsaved::Discard};
        press(Qt::Key_Escape);
        CHECK(o.dialog.isVisible());
        REQUIRE(dialogs.asked.size() == 1);
        CHECK(dialogs.asked.first().startsWith(QStringLiteral("unsaved:")));
        press(Qt::Key_Escape);
        CHECK_FALSE(o.dialog.isVisible());
        CHECK(o.dialog.result() == QDialog::Rejected);
        CHECK(w.count("SELECT count(*) FROM intervention") == 0);
    }
    SECTION("save from the question")
    {
        Opened o(w, dialogs, s.settings);
        auto *programme = o.field<QComboBox>("programme_id");
        programme->setCurrentIndex(programme->findText(QStringLiteral("PA — "), Qt::MatchStartsWith));
        o.field<QComboBox>("workers")->setCurrentIndex(1);
        o.field<QLineEdit>("duration_min")->setFocus();
        type(QStringLiteral("20"));
        dialogs.unsavedAnswers = {DialogService::Unsaved::Save};
        press(Qt::Key_Escape);
        CHECK_FALSE(o.dialog.isVisible());
        CHECK(o.dialog.result() == QDialog::Accepted);
        CHECK(w.count("SELECT count(*) FROM intervention WHERE duration_min = 20") == 1);
    }
}

TEST_CASE("Quick entry opens pre-filled for a case, an agenda slot, or a stored intervention")
{
    AgendaWorld w;
    TempSettings s;
    ScriptedDialogService dialogs;

    SECTION("from a case file")
    {
        Opened o(w, dialogs, s.settings);
        o.dialog.presetCase(w.emCase);
        CHECK(o.field<QComboBox>("programme_id")->currentText().startsWith(QStringLiteral("EM — ")));
        CHECK(o.field<CasePickerEdit>("cases")->text() == QStringLiteral("EM-2026-0001"));
        CHECK_FALSE(o.dialog.isModified()); // a preset is not something typed
    }
    SECTION("from an agenda slot")
    {
        Opened o(w, dialogs, s.settings);
        o.dialog.presetSlot(QDate(2026, 3, 24), QTime(10, 0));
        o.dialog.presetWorker(w.coordinator);
        CHECK(o.field<QDateEdit>("date")->date() == QDate(2026, 3, 24));
        CHECK(o.field<QLineEdit>("start_time")->text() == QStringLiteral("10:00"));
        CHECK(o.field<QComboBox>("status")->currentText() == QStringLiteral("Prévue"));
        CHECK(o.field<QComboBox>("professional")->currentText() == QStringLiteral("Nadia Benali (CO1)"));
        CHECK_FALSE(o.dialog.isModified());
        press(Qt::Key_Escape);
        CHECK(dialogs.asked.isEmpty());
    }
    SECTION("a stored intervention, changed and saved again")
    {
        const Uuid id = w.intervention(QDate(2026, 3, 17), QTime(9, 0), InterventionStatus::Planned,
                                       60, {w.inactivePeer, w.professional, w.peer2}, {w.case1});
        Opened o(w, dialogs, s.settings);
        REQUIRE(o.dialog.loadIntervention(id));
        CHECK(o.dialog.isEditing());
        CHECK(o.dialog.windowTitle() == QStringLiteral("Modifier l'intervention"));
        CHECK(o.field<QDateEdit>("date")->date() == QDate(2026, 3, 17));
        CHECK(o.field<QLineEdit>("start_time")->text() == QStringLiteral("09:00"));
        CHECK(o.field<QLineEdit>("duration_min")->text() == QStringLiteral("1:00"));
        CHECK(o.field<QComboBox>("status")->currentText() == QStringLiteral("Prévue"));
        // An inactive worker keeps their place; a third worker is kept and said so. The pair
        // has no order in the database: one peer goes in the combo, the other in the label.
        const QString peerShown = o.field<QComboBox>("workers")->currentText();
        const QString othersShown = o.field<QLabel>("otherWorkers")->text();
        CHECK(o.field<QComboBox>("professional")->currentText() == QStringLiteral("Claire Morel (AS1)"));
        if (peerShown.startsWith(QStringLiteral("Lou Garnier (TP9)"))) {
            CHECK(peerShown.contains(QStringLiteral("inactif")));
            CHECK(othersShown.contains(QStringLiteral("TP2")));
        } else {
            CHECK(peerShown == QStringLiteral("Jordan Petit (TP2)"));
            CHECK(othersShown.contains(QStringLiteral("TP9")));
        }
        CHECK(o.field<CasePickerEdit>("cases")->text() == QStringLiteral("PA-2026-0001"));
        CHECK_FALSE(o.dialog.isModified());

        // Marked done, 1 h 30 after all, with the keyboard.
        REQUIRE(QApplication::focusWidget() == o.field<QDateEdit>("date"));
        tabTo("start_time");
        tabTo("duration_min");
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("90"));
        tabTo("channel");
        tabTo("intervention_type");
        tabTo("status");
        type(QStringLiteral("R"));
        QSignalSpy saved(&o.dialog, &QuickInterventionDialog::interventionSaved);
        press(Qt::Key_Return);
        REQUIRE(saved.size() == 1);
        CHECK(o.dialog.savedId() == id);
        const StoredRow r = stored(w.db(), id);
        CHECK(r.status == QStringLiteral("done"));
        CHECK(r.duration == 90);
        CHECK(r.workerCodes ==
              QStringList{QStringLiteral("AS1"), QStringLiteral("TP2"), QStringLiteral("TP9")});
        CHECK(r.caseNumbers == QStringList{QStringLiteral("PA-2026-0001")});
        CHECK(w.count("SELECT count(*) FROM intervention") == 1);
    }
    SECTION("an intervention that is gone")
    {
        Opened o(w, dialogs, s.settings);
        CHECK_FALSE(o.dialog.loadIntervention(Uuid::createV7()));
        REQUIRE(dialogs.asked.size() == 1);
        CHECK(dialogs.asked.first().startsWith(QStringLiteral("warning:")));
    }
}
