// The action sheet form: every section reached and filled from the keyboard, saved in one
// transaction, refused fields named beside them, and no edit lost on closing.

#include "ui/test_actionsheets_support.h"

#include "actionsheets/OrderedEntryEditor.h"
#include "actionsheets/SheetIndicatorList.h"
#include "actionsheets/SheetPartnerEditor.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace passerelle;
using namespace passerelle::test;

namespace {
// Space on a focused box or button, as a person ticks or presses it without the mouse.
void press(QWidget *w)
{
    w->setFocus();
    QTest::keyClick(w, Qt::Key_Space);
}
} // namespace

TEST_CASE("A sheet is created from the keyboard, saved and shown again when reopened",
          "[actionsheets]")
{
    ActionSheetScreen s;
    REQUIRE(choose(s.page.programmeFilter(), s.w.em.bytes()));
    ActionSheetForm *form = s.nextForm([&] { QTest::keyClick(s.view(), Qt::Key_Insert); });
    REQUIRE(form);
    QAbstractItemModelTester objectivesTester(
        form->findChild<QTableView *>(QStringLiteral("objective"))->model(),
        QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(form->windowTitle() == QStringLiteral("Nouvelle fiche action"));
    // The programme of the page's filter, and this year as the period.
    CHECK(child<QComboBox>(*form, "programme_id")->currentData().toByteArray() == s.w.em.bytes());

    typeText(child<QLineEdit>(*form, "number"), QStringLiteral("4.1"));
    typeText(child<QLineEdit>(*form, "title"), QStringLiteral("Équipe mobile — année 1"));
    press(child<QCheckBox>(*form, "typology_experimental"));
    CHECK(form->isModified());

    showTab(*form, QStringLiteral("PRS, PRSE 3"));
    press(child<QCheckBox>(*form, "prs_axis_axis5"));
    typeText(child<QLineEdit>(*form, "prs_axis_axis5_objective"), QStringLiteral("Maintien dans le logement"));

    showTab(*form, QStringLiteral("Objectifs"));
    press(child<QPushButton>(*form, "objective_add"));
    typeText(child<QPlainTextEdit>(*form, "objective_text"), QStringLiteral("Repérer les situations"));
    typeText(child<QLineEdit>(*form, "objective_due_date"), QStringLiteral("30/06/2026"));
    typeText(child<QLineEdit>(*form, "objective_due_text"), QStringLiteral("Au premier semestre 2026"));
    press(child<QPushButton>(*form, "objective_add"));
    typeText(child<QPlainTextEdit>(*form, "objective_text"), QStringLiteral("Accompagner"));
    // The second objective goes first.
    press(child<QPushButton>(*form, "objective_up"));
    press(child<QPushButton>(*form, "step_add"));
    typeText(child<QPlainTextEdit>(*form, "step_text"), QStringLiteral("Cellule d'orientation"));

    showTab(*form, QStringLiteral("Partenaires et public"));
    CHECK(choose(child<QComboBox>(*form, "partner_choice"), s.w.landlord.bytes()));
    typeText(child<QLineEdit>(*form, "partner_role"), QStringLiteral("Porteur"));
    QTest::keyClick(child<QLineEdit>(*form, "partner_role"), Qt::Key_Return);
    typeText(child<QPlainTextEdit>(*form, "commune"), QStringLiteral("Aurillac\nSaint-Flour"));

    showTab(*form, QStringLiteral("Classification"));
    press(child<QCheckBox>(*form, "result_category_D"));

    showTab(*form, QStringLiteral("Financement"));
    press(child<QPushButton>(*form, "funding_add"));
    typeText(child<QLineEdit>(*form, "funder"), QStringLiteral("ARS"));
    auto *amount = child<QDoubleSpinBox>(*form, "amount_cents");
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("20000"));
    CHECK(form->findChild<QLabel *>(QStringLiteral("funding_total"))->text().startsWith(
        QStringLiteral("Total : 20")));

    QSignalSpy saved(form, &ActionSheetForm::saved);
    saveKeys(*form);
    INFO("banner: " << form->bannerText().toStdString() << " asked: "
                    << s.dialogs.asked.join(u'|').toStdString() << " focus: "
                    << (form->focusWidget() ? form->focusWidget()->objectName().toStdString() : "none")
                    << " objective: " << form->errors().messageFor(QStringLiteral("objective")).toStdString()
                    << " funder: " << form->errors().messageFor(QStringLiteral("funder")).toStdString());
    REQUIRE(saved.size() == 1);
    CHECK(form->isVisible()); // Ctrl+S keeps the form open
    CHECK_FALSE(form->isModified());
    CHECK(form->windowTitle() == QStringLiteral("Fiche action 4.1 — Équipe mobile — année 1"));

    const std::optional<ActionSheet> sheet = s.w.find(form->sheetId());
    REQUIRE(sheet);
    CHECK(sheet->programmeId == s.w.em);
    CHECK(sheet->typologies == QStringList{QStringLiteral("experimental")});
    CHECK(sheet->prsAxes == QList<ActionSheetAxis>{{QStringLiteral("axis5"), QStringLiteral("Maintien dans le logement")}});
    REQUIRE(sheet->objectives.size() == 2);
    CHECK(sheet->objectives[0].text == QStringLiteral("Accompagner"));
    CHECK(sheet->objectives[1].text == QStringLiteral("Repérer les situations"));
    CHECK(sheet->objectives[1].dueDate == QDate(2026, 6, 30));
    CHECK(sheet->objectives[1].dueText == QStringLiteral("Au premier semestre 2026"));
    REQUIRE(sheet->steps.size() == 1);
    CHECK(sheet->partners == QList<ActionSheetPartner>{{s.w.landlord, QStringLiteral("Porteur")}});
    CHECK(sheet->communes == QStringList{QStringLiteral("Aurillac"), QStringLiteral("Saint-Flour")});
    CHECK(sheet->resultCategories == QStringList{QStringLiteral("D")});
    CHECK(sheet->periodStart == QDate(2026, 1, 1));
    CHECK(s.w.count("SELECT count(*) FROM funding WHERE amount_cents = 2000000 AND funder = 'ARS'") == 1);

    // Saving again changes no objective row (their ids came back from the first save).
    saveKeys(*form);
    CHECK(s.w.count("SELECT count(*) FROM action_sheet_objective") == 3); // 1 + 2
    QTest::keyClick(form, Qt::Key_Escape);
    CHECK_FALSE(form->isVisible());
    CHECK(s.dialogs.asked.isEmpty());

    // Reopened from the list with Enter, it shows what was saved.
    REQUIRE(choose(s.page.programmeFilter(), QByteArray()));
    s.select(sheet->id);
    ActionSheetForm *again = s.nextForm([&] { QTest::keyClick(s.view(), Qt::Key_Return); });
    REQUIRE(again);
    CHECK(child<QLineEdit>(*again, "title")->text() == QStringLiteral("Équipe mobile — année 1"));
    CHECK(child<QCheckBox>(*again, "typology_experimental")->isChecked());
    CHECK(child<QLineEdit>(*again, "prs_axis_axis5_objective")->text() == QStringLiteral("Maintien dans le logement"));
    auto *objectives = again->findChild<OrderedEntryEditor *>(QStringLiteral("objective_editor"));
    REQUIRE(objectives->model().rowCount() == 2);
    CHECK(objectives->model().index(1, 1).data().toString() == QStringLiteral("30/06/2026"));
    CHECK(again->findChild<SheetPartnerEditor *>()->model().rowCount() == 1);
    CHECK(child<QTableView>(*again, "funding")->model()->rowCount() == 1);
    again->close();
}

TEST_CASE("A refused save names the field beside it, on its tab", "[actionsheets]")
{
    ActionSheetScreen s;
    s.select(s.w.pairAidance);
    ActionSheetForm *form = s.nextForm([&] { QTest::keyClick(s.view(), Qt::Key_Return); });
    REQUIRE(form);
    retype(child<QLineEdit>(*form, "title"), QString());
    showTab(*form, QStringLiteral("Calendrier"));
    retype(child<QLineEdit>(*form, "period_end"), QStringLiteral("31/12/2024"));
    QSignalSpy saved(form, &ActionSheetForm::saved);
    saveKeys(*form);
    CHECK(saved.isEmpty());
    CHECK(messageOf(*form, QStringLiteral("title")) == QStringLiteral("« Intitulé » est obligatoire."));
    // On its own tab, not shown: the message waits there.
    CHECK_FALSE(form->errors().messageFor(QStringLiteral("period_end")).isEmpty());
    // The first refused field's tab comes forward.
    CHECK(form->tabs()->tabText(form->tabs()->currentIndex()) == QStringLiteral("Identification"));
    CHECK(s.w.find(s.w.pairAidance)->title == QStringLiteral("Dispositif de PAIR-AIDANCE"));

    // A due date that is not one is refused before anything is written.
    typeText(child<QLineEdit>(*form, "title"), QStringLiteral("Dispositif"));
    retype(child<QLineEdit>(*form, "period_end"), QStringLiteral("31/12/2025"));
    showTab(*form, QStringLiteral("Objectifs"));
    retype(child<QLineEdit>(*form, "objective_due_date"), QStringLiteral("32/13/2025"));
    saveKeys(*form);
    CHECK(saved.isEmpty());
    CHECK(messageOf(*form, QStringLiteral("objective")).startsWith(QStringLiteral("Échéance invalide")));
    retype(child<QLineEdit>(*form, "objective_due_date"), QStringLiteral("30/09/2025"));
    saveKeys(*form);
    CHECK(saved.size() == 1);
    CHECK(s.w.find(s.w.pairAidance)->objectives.first().dueDate == QDate(2025, 9, 30));
    form->close();
}

TEST_CASE("Closing with unsaved edits asks first", "[actionsheets]")
{
    ActionSheetScreen s;
    s.select(s.w.pairAidance);
    ActionSheetForm *form = s.nextForm([&] { QTest::keyClick(s.view(), Qt::Key_Return); });
    REQUIRE(form);
    QPointer<ActionSheetForm> guard(form);
    typeText(child<QLineEdit>(*form, "title"), QStringLiteral(" (suite)"));

    s.dialogs.unsavedAnswers = {DialogService::Unsaved::Cancel};
    QTest::keyClick(form, Qt::Key_Escape);
    CHECK(form->isVisible());
    CHECK(s.dialogs.asked == QStringList{QStringLiteral("unsaved: La fiche action")});

    // The window's close button asks too; Save writes and closes.
    s.dialogs.unsavedAnswers = {DialogService::Unsaved::Save};
    form->close();
    CHECK((!guard || !guard->isVisible()));
    CHECK(s.w.find(s.w.pairAidance)->title == QStringLiteral("Dispositif de PAIR-AIDANCE (suite)"));

    // Discard closes without writing.
    ActionSheetForm *other = s.nextForm([&] { QTest::keyClick(s.view(), Qt::Key_Return); });
    REQUIRE(other);
    retype(child<QLineEdit>(*other, "number"), QStringLiteral("9.9"));
    s.dialogs.unsavedAnswers = {DialogService::Unsaved::Discard};
    QTest::keyClick(other, Qt::Key_Escape);
    CHECK(s.w.find(s.w.pairAidance)->number == QStringLiteral("3.3.1"));
}

TEST_CASE("The indicator tab takes the page it is given in place of the read-only list",
          "[actionsheets]")
{
    ActionSheetScreen s;
    s.select(s.w.pairAidance);
    ActionSheetForm *form = s.nextForm([&] { QTest::keyClick(s.view(), Qt::Key_Return); });
    REQUIRE(form);
    const int count = form->tabs()->count();
    CHECK(form->indicatorList()->model().rowCount() == 1);
    auto *editor = new QLabel(QStringLiteral("éditeur d'indicateurs"));
    editor->setObjectName(QStringLiteral("indicatorEditor"));
    form->setIndicatorPage(editor);
    CHECK(form->indicatorList() == nullptr);
    CHECK(form->tabs()->count() == count);
    CHECK(form->tabs()->tabText(count - 1) == QStringLiteral("Indicateurs"));
    CHECK(form->findChild<QLabel *>(QStringLiteral("indicatorEditor")) == editor);
    // Saving, which reloads every tab, leaves the page alone.
    typeText(child<QLineEdit>(*form, "title"), QStringLiteral(" 2025"));
    QSignalSpy saved(form, &ActionSheetForm::saved);
    saveKeys(*form);
    CHECK(saved.size() == 1);
    CHECK(form->findChild<QLabel *>(QStringLiteral("indicatorEditor")) == editor);
    form->close();
}
