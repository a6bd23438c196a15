#include "test_casefile_fixture.h"
#include "test_indicators_fixture.h"

#include "indicators/IndicatorDefinitionEditor.h"
#include "indicators/IndicatorDialog.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorValueDialog.h"
#include "indicators/MeasureEditor.h"
#include "indicators/SheetIndicatorsModel.h"
#include "indicators/SheetIndicatorsWidget.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoOptions.h"
#include "indicators/Templates.h"
#include "repositories/ActionSheetRepository.h"
#include "repositories/IndicatorRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {
QString valueOf(SheetIndicatorsWidget &w, const Uuid &id)
{
    const int row = w.model().rowOf(id);
    return row < 0 ? QString() : w.model().index(row, SheetIndicatorsModel::Value).data().toString();
}

bool settled(SheetIndicatorsWidget &w)
{
    return QTest::qWaitFor([&] { return !w.isLoading(); }, 10000);
}

QPushButton *button(QWidget &w, const char *name)
{
    return w.findChild<QPushButton *>(QLatin1String(name));
}
} // namespace

TEST_CASE("Sheet indicators: values for the year, hand-entered value set and cleared")
{
    IndicatorScreenFixture f;
    const Uuid computed = f.addIndicator(QStringLiteral("Interventions réalisées"), true);
    const Uuid manual = f.addIndicator(QStringLiteral("Personnes déclarant renouer avec l'extérieur"), false);
    SheetIndicatorsWidget w(f.db(), f.dialogs, f.clock, f.sheet);
    QAbstractItemModelTester tester(&w.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    w.resize(900, 420);
    w.show();
    CHECK(w.period() == ReportingPeriod::calendarYear(2025)); // the current calendar year
    REQUIRE(settled(w));
    REQUIRE(w.model().rowCount() == 2);
    CHECK(valueOf(w, computed) == QStringLiteral("3"));
    CHECK(valueOf(w, manual) == QStringLiteral("non renseigné"));
    CHECK(w.model().index(w.model().rowOf(computed), SheetIndicatorsModel::Kind).data().toString() ==
          label(IndicatorKind::Process));
    CHECK(w.model().index(w.model().rowOf(manual), SheetIndicatorsModel::Source).data().toString() ==
          QStringLiteral("saisi à la main"));

    // A computed indicator has no value to enter.
    REQUIRE(w.select(computed));
    CHECK_FALSE(button(w, "enterValue")->isEnabled());
    REQUIRE(w.select(manual));
    REQUIRE(button(w, "enterValue")->isEnabled());

    // Enter "12 / 17" with 12 as its number, by the keyboard in the value dialog.
    onNextDialog<IndicatorValueDialog>([](IndicatorValueDialog &d) {
        d.numberEdit()->setFocus();
        QTest::keyClicks(d.numberEdit(), QStringLiteral("12"));
        typeText(d.textEdit(), QStringLiteral("12 / 17"));
        QTest::keyClick(d.commentEdit(), Qt::Key_Return);
        CHECK(d.result() == QDialog::Accepted);
    });
    QTest::mouseClick(button(w, "enterValue"), Qt::LeftButton);
    REQUIRE(settled(w));
    CHECK(valueOf(w, manual) == QStringLiteral("12 / 17"));
    const auto stored = IndicatorRepository(f.db(), f.clock).value(manual, QDate(2025, 1, 1), QDate(2025, 12, 31));
    REQUIRE(stored);
    CHECK(stored->value == 12.0);
    CHECK(stored->textValue == QStringLiteral("12 / 17"));

    // Another year shows nothing entered; back to 2025.
    w.setYear(2024);
    REQUIRE(settled(w));
    CHECK(valueOf(w, manual) == QStringLiteral("non renseigné"));
    CHECK(valueOf(w, computed) == QStringLiteral("1")); // the done intervention of 20/12/2024
    w.setYear(2025);
    REQUIRE(settled(w));

    // Clearing asks first: "No" keeps the value, "Yes" clears it.
    REQUIRE(w.select(manual));
    f.dialogs.answers = {DialogService::Answer::No};
    QTest::mouseClick(button(w, "clearValue"), Qt::LeftButton);
    REQUIRE(settled(w));
    CHECK(valueOf(w, manual) == QStringLiteral("12 / 17"));
    f.dialogs.answers = {DialogService::Answer::Yes};
    QTest::mouseClick(button(w, "clearValue"), Qt::LeftButton);
    REQUIRE(settled(w));
    CHECK(valueOf(w, manual) == QStringLiteral("non renseigné"));
    CHECK_FALSE(IndicatorRepository(f.db(), f.clock).value(manual, QDate(2025, 1, 1), QDate(2025, 12, 31)));
    CHECK(f.dialogs.asked.size() == 2);
}

TEST_CASE("Sheet indicators: a value that is not a number is refused beside its field")
{
    IndicatorScreenFixture f;
    const Uuid manual = f.addIndicator(QStringLiteral("Professionnels sensibilisés"), false);
    const Indicator indicator = *IndicatorRepository(f.db(), f.clock).find(manual);
    IndicatorValueDialog d(f.db(), f.dialogs, f.clock, indicator, ReportingPeriod::calendarYear(2025));
    d.show();
    QTest::keyClicks(d.numberEdit(), QStringLiteral("douze"));
    QTest::keyClick(d.numberEdit(), Qt::Key_Return);
    CHECK(d.isVisible()); // not accepted
    CHECK(d.numberEdit()->property("invalid").toBool());
    CHECK_FALSE(IndicatorRepository(f.db(), f.clock).value(manual, QDate(2025, 1, 1), QDate(2025, 12, 31)));
    d.numberEdit()->clear();
    QTest::keyClicks(d.numberEdit(), QStringLiteral("12,5"));
    QTest::keyClick(d.numberEdit(), Qt::Key_Return);
    CHECK(d.result() == QDialog::Accepted);
    CHECK(IndicatorRepository(f.db(), f.clock).value(manual, QDate(2025, 1, 1), QDate(2025, 12, 31))->value == 12.5);
}

TEST_CASE("Sheet indicators: archive after confirmation, restore from the archived ones")
{
    IndicatorScreenFixture f;
    const Uuid computed = f.addIndicator(QStringLiteral("Interventions réalisées"), true);
    SheetIndicatorsWidget w(f.db(), f.dialogs, f.clock, f.sheet);
    w.show();
    REQUIRE(settled(w));
    REQUIRE(w.select(computed));

    f.dialogs.answers = {DialogService::Answer::No};
    w.view()->setFocus();
    QTest::keyClick(w.view(), Qt::Key_Delete);
    CHECK(w.model().rowCount() == 1);
    f.dialogs.answers = {DialogService::Answer::Yes};
    QTest::keyClick(w.view(), Qt::Key_Delete);
    REQUIRE(settled(w));
    CHECK(w.model().rowCount() == 0);
    CHECK(IndicatorRepository(f.db(), f.clock).find(computed)->archivedAt.isValid());

    QTest::mouseClick(w.findChild<QCheckBox *>(QStringLiteral("showArchived")), Qt::LeftButton);
    REQUIRE(settled(w));
    REQUIRE(w.model().rowCount() == 1);
    CHECK(w.model().index(0, SheetIndicatorsModel::Label).data().toString().contains(QStringLiteral("archivé")));
    REQUIRE(w.select(computed));
    REQUIRE(button(w, "restoreIndicator")->isEnabled());
    CHECK_FALSE(button(w, "editIndicator")->isEnabled());
    QTest::mouseClick(button(w, "restoreIndicator"), Qt::LeftButton);
    REQUIRE(settled(w));
    CHECK_FALSE(IndicatorRepository(f.db(), f.clock).find(computed)->archivedAt.isValid());
    CHECK(valueOf(w, computed) == QStringLiteral("3"));
}

TEST_CASE("Sheet indicators: add an indicator with its definition in one dialog")
{
    IndicatorScreenFixture f;
    SheetIndicatorsWidget w(f.db(), f.dialogs, f.clock, f.sheet);
    w.show();
    REQUIRE(settled(w));
    QSignalSpy changed(&w, &SheetIndicatorsWidget::indicatorsChanged);

    onNextDialog<IndicatorDialog>([](IndicatorDialog &d) {
        // Without a label nothing is saved, and the label is named.
        QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("saveIndicator")), Qt::LeftButton);
        CHECK(d.isVisible());
        CHECK(d.labelEdit()->property("invalid").toBool());
        typeText(d.labelEdit(), QStringLiteral("Interventions posées"));
        CHECK(chooseByKeys(d.definitionEditor()->measureEditor()->measureBox(), QStringLiteral("interventions")));
        CHECK(QTest::qWaitFor([&d] { return d.definitionEditor()->previewText() == QStringLiteral("5"); }, 10000));
        QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("saveIndicator")), Qt::LeftButton);
        CHECK(d.result() == QDialog::Accepted);
    });
    QTest::keyClick(w.view(), Qt::Key_Insert);
    REQUIRE(changed.size() == 1);
    REQUIRE(settled(w));
    REQUIRE(w.model().rowCount() == 1);
    const Uuid id = w.currentId();
    CHECK(w.model().row(0).indicator.label == QStringLiteral("Interventions posées"));
    CHECK(valueOf(w, id) == QStringLiteral("5"));
    CHECK(IndicatorEngine(f.db()).definitionOf(id) == IndicatorDefinition::count(Measure::Interventions));
}

TEST_CASE("Sheet indicators: the seed 000 pair-aidance list computes on demo data")
{
    TempDatabase t;
    DemoOptions options;
    options.cases = 60;
    options.interventionsPerCase = 8;
    options.seed = 7;
    options.today = QDate(2025, 6, 30);
    DemoGenerator::generate(*t.db, options);
    FixedClock clock{QDateTime(QDate(2025, 6, 30), QTime(9, 0))};
    ScriptedDialogService dialogs;
    const QList<ActionSheet> sheets = ActionSheetRepository(*t.db, clock).list();
    REQUIRE_FALSE(sheets.isEmpty());
    const Uuid sheet = sheets.first().id;
    const auto pairAidance = Templates::find(u"pair-aidance");
    REQUIRE(pairAidance);
    Templates::apply(*t.db, sheet, *pairAidance, {}, clock);

    SheetIndicatorsWidget w(*t.db, dialogs, clock, sheet);
    w.resize(1000, 560);
    w.show();
    REQUIRE(settled(w));
    REQUIRE(w.model().rowCount() == IndicatorRepository(*t.db, clock).list(sheet).size());
    int computed = 0;
    for (int r = 0; r < w.model().rowCount(); ++r) {
        const QString value = w.model().index(r, SheetIndicatorsModel::Value).data().toString();
        INFO(w.model().row(r).indicator.label.toStdString());
        CHECK_FALSE(value.isEmpty());
        CHECK(value != QStringLiteral("calcul…"));
        CHECK(value != QStringLiteral("erreur de calcul"));
        computed += w.model().row(r).computed ? 1 : 0;
    }
    CHECK(computed > 0);
    CHECK(dialogs.asked.isEmpty());
    if (qEnvironmentVariableIsSet("PASSERELLE_SCREENSHOT_DIR"))
        w.grab().save(QDir(qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR")).filePath(QStringLiteral("sheet-indicators.png")));
}

TEST_CASE("Sheet indicators: closing the indicator dialog with edits asks first")
{
    IndicatorScreenFixture f;
    const Uuid id = f.addIndicator(QStringLiteral("Interventions réalisées"), true);
    const Indicator indicator = *IndicatorRepository(f.db(), f.clock).find(id);
    IndicatorDialog dialog(f.db(), f.dialogs, f.clock, f.sheet, indicator, ReportingPeriod::calendarYear(2025));
    dialog.show();
    CHECK(dialog.labelEdit()->text() == indicator.label);
    CHECK(dialog.definitionEditor()->definition() == IndicatorEngine(f.db()).definitionOf(id));

    // Nothing changed: Escape closes without a question.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(f.dialogs.asked.isEmpty());

    dialog.show();
    typeText(dialog.labelEdit(), QStringLiteral(" (2025)"));
    f.dialogs.unsavedAnswers = {DialogService::Unsaved::Cancel, DialogService::Unsaved::Discard};
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(dialog.isVisible()); // Cancel: back to the form
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible()); // Discard
    CHECK(f.dialogs.asked.size() == 2);
    CHECK(IndicatorRepository(f.db(), f.clock).find(id)->label == indicator.label);
}
