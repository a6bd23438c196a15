#include "agenda/AgendaModel.h"
#include "agenda/AgendaPage.h"
#include "agenda/DurationDialog.h"
#include "common/DialogService.h"
#include "core/test_agenda_fixture.h"
#include "interventions/QuickInterventionDialog.h"
#include "ui/test_interventions_keys.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace passerelle;
using namespace passerelle::test;

namespace {

// Peer worker TP1's week of Monday 16 March 2026 ("today" is Thursday 19), line by line:
//  0 Monday     1 a 10:00 planned 60 min, PA-2026-0001   (overdue)
//  2 Tuesday    3 b 09:00 planned, no duration, PA-2026-0002 (overdue)
//  4 Wednesday  5 e 11:00 done 30 min
//  6 Thursday   7 c 14:00 planned 45 min, with AS1       (today: not overdue)
//  8 Friday     9 d 10:00 planned 30 min                 (to come)
// 10 Saturday  11 Sunday
// and one overdue in an earlier week: 2 March 2026, 09:00.
struct Week
{
    Week()
    {
        a = w.intervention(QDate(2026, 3, 16), QTime(10, 0), InterventionStatus::Planned, 60,
                           {w.peer}, {w.case1});
        b = w.intervention(QDate(2026, 3, 17), QTime(9, 0), InterventionStatus::Planned, 0,
                           {w.peer}, {w.case2});
        e = w.intervention(QDate(2026, 3, 18), QTime(11, 0), InterventionStatus::Done, 30, {w.peer});
        c = w.intervention(QDate(2026, 3, 19), QTime(14, 0), InterventionStatus::Planned, 45,
                           {w.peer, w.professional});
        d = w.intervention(QDate(2026, 3, 20), QTime(10, 0), InterventionStatus::Planned, 30, {w.peer});
        old = w.intervention(QDate(2026, 3, 2), QTime(9, 0), InterventionStatus::Planned, 60, {w.peer});
        w.intervention(QDate(2026, 3, 18), QTime(9, 0), InterventionStatus::Planned, 60, {w.peer2});

        page.setDurationPrompt([this](QWidget *, int count) {
            prompts.append(count);
            return promptAnswer;
        });
        page.setWorker(w.peer);
        page.resize(1100, 520);
        page.show();
        QApplication::setActiveWindow(&page);
        REQUIRE(QTest::qWaitForWindowActive(&page));
        page.view()->setFocus();
    }

    InterventionStatus status(const Uuid &id) { return repository.find(id)->status; }
    int duration(const Uuid &id) { return repository.find(id)->durationMin; }
    QString cell(int row, AgendaModel::Column column)
    {
        return page.model().index(row, int(column)).data().toString();
    }
    QString text(const char *name) { return page.findChild<QLabel *>(QLatin1String(name))->text(); }

    AgendaWorld w;
    TempSettings s;
    ScriptedDialogService dialogs;
    InterventionRepository repository{w.db(), w.clock};
    AgendaPage page{w.db(), dialogs, s.settings, w.clock};
    QAbstractItemModelTester tester{&page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal};
    Uuid a, b, c, d, e, old;
    QList<int> prompts;
    std::optional<int> promptAnswer = 30;
};

// The dialog the page opened (not modal: the page stays usable), made active for the keys.
QuickInterventionDialog *openedDialog(AgendaPage &page)
{
    QuickInterventionDialog *dialog = nullptr;
    const auto find = [&] {
        dialog = page.findChild<QuickInterventionDialog *>();
        return dialog && dialog->isVisible();
    };
    if (!QTest::qWaitFor(find))
        return nullptr;
    QApplication::setActiveWindow(dialog);
    return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

} // namespace

TEST_CASE("The agenda shows a worker's week day by day, overdue visits standing out")
{
    Week t;
    AgendaModel &model = t.page.model();
    REQUIRE(model.rowCount() == 12);
    CHECK(t.page.weekStart() == QDate(2026, 3, 16));
    CHECK(t.text("weekLabel") == QStringLiteral("Semaine 12 · du 16 mars au 22 mars 2026"));
    for (int day : {0, 2, 4, 6, 8, 10, 11}) {
        CHECK(model.isDay(day));
        CHECK(t.page.view()->columnSpan(day, 0) == model.columnCount()); // one line across
    }
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Lundi 16 mars"));
    CHECK(model.index(6, 0).data().toString() ==
          QStringLiteral("Jeudi 19 mars — aujourd'hui"));
    CHECK(model.index(10, 0).data().toString() == QStringLiteral("Samedi 21 mars · aucune intervention"));
    // The page opens on today's line.
    CHECK(t.page.view()->currentIndex().row() == 6);

    CHECK(model.rowOf(t.a) == 1);
    CHECK(model.rowOf(t.b) == 3);
    CHECK(t.cell(1, AgendaModel::Column::Time) == QStringLiteral("10:00"));
    CHECK(t.cell(1, AgendaModel::Column::Duration) == QStringLiteral("1 h"));
    CHECK(t.cell(1, AgendaModel::Column::Cases) == QStringLiteral("PA-2026-0001 (P-7K2M9QX)"));
    CHECK(t.cell(7, AgendaModel::Column::Workers) == QStringLiteral("AS1, TP1"));
    CHECK(t.cell(5, AgendaModel::Column::Status) == QStringLiteral("Réalisée"));
    CHECK(t.cell(9, AgendaModel::Column::Cases) == QStringLiteral("Sans situation (PA)"));

    // Overdue: planned for a day before today. Said in words, in bold, in red.
    for (int row : {1, 3}) {
        CHECK(model.index(row, 0).data(AgendaModel::OverdueRole).toBool());
        CHECK(t.cell(row, AgendaModel::Column::Status) == QStringLiteral("Prévue — en retard"));
        CHECK(model.index(row, 2).data(Qt::FontRole).value<QFont>().bold());
        CHECK(model.index(row, 2).data(Qt::ForegroundRole).isValid());
    }
    for (int row : {5, 7, 9})
        CHECK_FALSE(model.index(row, 0).data(AgendaModel::OverdueRole).toBool());
    CHECK(t.text("summary") == QStringLiteral("Cette semaine : 5 · en retard : 2"));
    // The banner counts every week's, the earlier one included.
    CHECK(t.page.findChild<QWidget *>(QStringLiteral("overdueBanner"))->isVisible());
    CHECK(t.text("overdueLabel").startsWith(
        QStringLiteral("En retard, toutes semaines confondues : 3 — la plus ancienne le 02/03/2026")));

    // Pseudonymous codes only: the people's names never reach the agenda.
    for (int r = 0; r < model.rowCount(); ++r)
        for (int col = 0; col < model.columnCount(); ++col)
            CHECK_FALSE(model.index(r, col).data().toString().contains(QLatin1String("Dupont")));

    // Another worker's week.
    t.page.setWorker(t.w.peer2);
    CHECK(t.page.model().interventionCount() == 1);
    CHECK(t.text("overdueLabel").startsWith(QStringLiteral("En retard, toutes semaines confondues : 1 ")));
    t.page.setWorker(t.w.coordinator);
    CHECK(t.page.model().interventionCount() == 0);
    CHECK_FALSE(t.page.findChild<QWidget *>(QStringLiteral("overdueBanner"))->isVisible());
}

TEST_CASE("The agenda marks a selection done in one action, asks missing durations, and undoes")
{
    Week t;
    QSignalSpy changed(&t.page, &AgendaPage::interventionsChanged);
    // From the top (Ctrl+Home): Monday's line, then a, then a to b with Shift.
    press(Qt::Key_Home, Qt::ControlModifier);
    press(Qt::Key_Down);
    press(Qt::Key_Down, Qt::ShiftModifier);
    press(Qt::Key_Down, Qt::ShiftModifier);
    CHECK(t.page.selectedIds() == QList<Uuid>{t.a, t.b}); // the day line between is not marked

    press(Qt::Key_D, Qt::ControlModifier);
    CHECK(t.prompts == QList<int>{1}); // only b has no duration
    CHECK(t.status(t.a) == InterventionStatus::Done);
    CHECK(t.duration(t.a) == 60); // kept
    CHECK(t.status(t.b) == InterventionStatus::Done);
    CHECK(t.duration(t.b) == 30); // the one answered
    CHECK(changed.size() == 1);
    CHECK(t.dialogs.asked.isEmpty());
    CHECK(t.text("summary").startsWith(QStringLiteral("Marquées « Réalisée » : 2")));
    CHECK_FALSE(t.page.model().index(1, 0).data(AgendaModel::OverdueRole).toBool());
    CHECK(t.text("overdueLabel").startsWith(QStringLiteral("En retard, toutes semaines confondues : 1 ")));
    CHECK(t.page.selectedIds() == QList<Uuid>{t.a, t.b}); // still selected after the reload

    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(t.status(t.a) == InterventionStatus::Planned);
    CHECK(t.status(t.b) == InterventionStatus::Planned);
    CHECK(t.duration(t.b) == 0);
    CHECK(changed.size() == 2);
    CHECK_FALSE(t.page.findChild<QPushButton *>(QStringLiteral("undoMarking"))->isEnabled());

    SECTION("cancelling the duration question changes nothing")
    {
        t.promptAnswer.reset();
        press(Qt::Key_D, Qt::ControlModifier);
        CHECK(t.status(t.a) == InterventionStatus::Planned);
        CHECK(t.status(t.b) == InterventionStatus::Planned);
        CHECK(changed.size() == 2);
    }
    SECTION("one refused, none marked")
    {
        // a, and d which is still to come: done is refused for d, so for both.
        t.page.view()->selectionModel()->select(
            t.page.model().index(t.page.model().rowOf(t.d), 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        press(Qt::Key_D, Qt::ControlModifier);
        CHECK(t.status(t.a) == InterventionStatus::Planned);
        CHECK(t.status(t.d) == InterventionStatus::Planned);
        REQUIRE(t.dialogs.asked.size() == 1);
        CHECK(t.dialogs.asked.first().contains(QStringLiteral("Rien n'a été modifié")));
        CHECK(t.dialogs.asked.first().contains(QStringLiteral("Intervention du 20/03/2026 à 10:00")));
        CHECK(changed.size() == 2);
    }
    SECTION("cancelled and missed")
    {
        press(Qt::Key_K, Qt::ControlModifier);
        CHECK(t.status(t.a) == InterventionStatus::Cancelled);
        CHECK(t.status(t.b) == InterventionStatus::Cancelled);
        CHECK(t.prompts == QList<int>{1}); // no duration needed
        t.page.view()->selectRow(t.page.model().rowOf(t.c));
        press(Qt::Key_M, Qt::ControlModifier);
        CHECK(t.status(t.c) == InterventionStatus::Missed);
        CHECK(t.cell(t.page.model().rowOf(t.c), AgendaModel::Column::Status) ==
              QStringLiteral("Non honorée"));
    }
    SECTION("a day line alone offers nothing to mark")
    {
        press(Qt::Key_Home, Qt::ControlModifier);
        press(Qt::Key_Down);
        press(Qt::Key_Up);
        CHECK(t.page.selectedIds().isEmpty());
        for (const char *name : {"markDone", "markCancelled", "markMissed"})
            CHECK_FALSE(t.page.findChild<QPushButton *>(QLatin1String(name))->isEnabled());
    }
}

TEST_CASE("The agenda moves by week with the keyboard and finds the oldest overdue visit")
{
    Week t;
    press(Qt::Key_Right, Qt::AltModifier);
    CHECK(t.page.weekStart() == QDate(2026, 3, 23));
    CHECK(t.page.model().rowCount() == 7); // the seven days, none with an intervention
    CHECK(t.text("summary") == QStringLiteral("Cette semaine : 0"));
    press(Qt::Key_Left, Qt::AltModifier);
    press(Qt::Key_Left, Qt::AltModifier);
    CHECK(t.page.weekStart() == QDate(2026, 3, 9));
    press(Qt::Key_T, Qt::ControlModifier);
    CHECK(t.page.weekStart() == QDate(2026, 3, 16));

    // "Voir la plus ancienne": a mnemonic animates the button, which clicks a moment later.
    press(Qt::Key_P, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return t.page.weekStart() == QDate(2026, 3, 2); }, 5000));
    CHECK(t.page.selectedIds() == QList<Uuid>{t.old});
    CHECK(QApplication::focusWidget() == t.page.view());
    press(Qt::Key_M, Qt::ControlModifier); // recorded as missed, from there
    CHECK(t.status(t.old) == InterventionStatus::Missed);
    CHECK(t.text("overdueLabel").startsWith(QStringLiteral("En retard, toutes semaines confondues : 2 ")));
}

TEST_CASE("Enter in the agenda opens an intervention to change it, or a day for a new one")
{
    Week t;
    QSignalSpy changed(&t.page, &AgendaPage::interventionsChanged);

    SECTION("an intervention")
    {
        t.page.view()->selectRow(t.page.model().rowOf(t.c));
        press(Qt::Key_Return);
        QuickInterventionDialog *dialog = openedDialog(t.page);
        REQUIRE(dialog);
        CHECK(dialog->isEditing());
        tabTo("start_time");
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("15h"));
        press(Qt::Key_Return);
        CHECK(QTest::qWaitFor([&] { return !t.page.findChild<QuickInterventionDialog *>(); },
                              5000)); // closed and deleted
        CHECK(changed.size() == 1);
        CHECK(t.repository.find(t.c)->startTime == QTime(15, 0));
        const int row = t.page.model().rowOf(t.c);
        CHECK(t.cell(row, AgendaModel::Column::Time) == QStringLiteral("15:00"));
        CHECK(t.page.view()->currentIndex().row() == row);
    }
    SECTION("a day's line: the quick entry on that day, for this worker")
    {
        t.page.view()->selectRow(10); // Saturday 21
        CHECK(t.page.selectedDay() == QDate(2026, 3, 21));
        press(Qt::Key_Return);
        QuickInterventionDialog *dialog = openedDialog(t.page);
        REQUIRE(dialog);
        CHECK_FALSE(dialog->isEditing());
        CHECK(dialog->findChild<QDateEdit *>(QStringLiteral("date"))->date() == QDate(2026, 3, 21));
        CHECK(dialog->findChild<QComboBox *>(QStringLiteral("workers"))->currentText() ==
              QStringLiteral("Camille Roux (TP1)"));
        CHECK(dialog->findChild<QComboBox *>(QStringLiteral("status"))->currentText() ==
              QStringLiteral("Prévue"));
        dialog->findChild<QLineEdit *>(QStringLiteral("start_time"))->setFocus();
        type(QStringLiteral("1000"));
        tabTo("duration_min");
        type(QStringLiteral("1:00"));
        press(Qt::Key_Return);
        CHECK(
            QTest::qWaitFor([&] { return !t.page.findChild<QuickInterventionDialog *>(); }, 5000));
        CHECK(changed.size() == 1);
        CHECK(t.page.model().interventionCount() == 6);
        const int row = t.page.view()->currentIndex().row();
        CHECK(t.page.model().dateAt(row) == QDate(2026, 3, 21));
        CHECK(t.cell(row, AgendaModel::Column::Time) == QStringLiteral("10:00"));
    }
    SECTION("Insert on an intervention's line: a new one on its day")
    {
        t.page.view()->selectRow(t.page.model().rowOf(t.e)); // Wednesday 18
        press(Qt::Key_Insert);
        QuickInterventionDialog *dialog = openedDialog(t.page);
        REQUIRE(dialog);
        CHECK(dialog->findChild<QDateEdit *>(QStringLiteral("date"))->date() == QDate(2026, 3, 18));
        CHECK(dialog->findChild<QComboBox *>(QStringLiteral("status"))->currentText() ==
              QStringLiteral("Réalisée"));
        press(Qt::Key_Escape); // nothing typed: closes without a question
        CHECK(
            QTest::qWaitFor([&] { return !t.page.findChild<QuickInterventionDialog *>(); }, 5000));
        CHECK(t.dialogs.asked.isEmpty());
        CHECK(changed.isEmpty());
    }
}

TEST_CASE("The duration question reads minutes or h:mm and refuses nonsense beside the field")
{
    DurationDialog dialog(2);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK(dialog.findChildren<QLabel *>().first()->text().startsWith(QStringLiteral("Interventions sans durée : 2.")));
    type(QStringLiteral("0"));
    press(Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("message"))->isVisible());
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("1h30"));
    press(Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.minutes() == 90);
}
