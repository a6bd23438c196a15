#include "test_indicators_fixture.h"

#include "charts/BarChart.h"
#include "indicators/FilterEditor.h"
#include "indicators/IndicatorDefinitionEditor.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/MeasureEditor.h"
#include "reports/TraceDialog.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace passerelle;
using namespace passerelle::test;

namespace {
// Waits until the preview shows `expected` (the engine runs on a worker thread).
bool previewShows(IndicatorDefinitionEditor &editor, const QString &expected)
{
    return QTest::qWaitFor([&] { return !editor.isComputing() && editor.previewText() == expected; }, 10000);
}

bool refused(IndicatorDefinitionEditor &editor, const QString &field)
{
    return QTest::qWaitFor([&] { return !editor.isComputing() && editor.errorField() == field; }, 10000);
}

// Ticks the item of `code` in a filter's list with the keyboard (arrows, then space).
void tick(FilterEditor *filter, const QString &code)
{
    auto *list = qobject_cast<QListWidget *>(filter->editor());
    REQUIRE(list);
    list->setFocus();
    int row = -1;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == code)
            row = i;
    REQUIRE(row >= 0);
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(list->item(row)->checkState() == Qt::Checked);
}

void chooseType(IndicatorDefinitionEditor &editor, IndicatorDefinition::Type type)
{
    QComboBox *box = editor.typeBox();
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    while (box->currentData().toInt() != int(type) && box->currentIndex() < box->count() - 1)
        QTest::keyClick(box, Qt::Key_Down);
    REQUIRE(box->currentData().toInt() == int(type));
}

FilterEditor *addFilter(MeasureEditor *measure, const char *code)
{
    REQUIRE(chooseByKeys(measure->addFilterBox(), QString::fromLatin1(code)));
    QTest::mouseClick(measure->addFilterButton(), Qt::LeftButton);
    FilterEditor *editor = measure->filterEditor(*IndicatorCatalogue::filterFromCode(QString::fromLatin1(code)));
    REQUIRE(editor);
    return editor;
}
} // namespace

TEST_CASE("Indicator editor: the live preview follows type and filter changes with exact figures")
{
    IndicatorScreenFixture f;
    IndicatorDefinitionEditor editor(f.db(), f.dialogs, f.clock, f.programme, ReportingPeriod::calendarYear(2025));
    editor.resize(1000, 700);
    editor.show();

    // What to count: interventions of 2025 on the programme (not 2024, not programme EM).
    REQUIRE(chooseByKeys(editor.measureEditor()->measureBox(), QStringLiteral("interventions")));
    REQUIRE(previewShows(editor, QStringLiteral("5")));

    // A status filter with nothing ticked is refused, the filter named; ticking "done" counts 3.
    FilterEditor *status = addFilter(editor.measureEditor(), "status");
    REQUIRE(refused(editor, QStringLiteral("definition.filters.status")));
    CHECK(editor.errorText().contains(QStringLiteral("Statut")));
    CHECK(editor.previewText().isEmpty());
    CHECK_FALSE(editor.traceButton()->isEnabled());
    tick(status, QStringLiteral("done"));
    REQUIRE(previewShows(editor, QStringLiteral("3")));
    CHECK(editor.errorField().isEmpty());

    // Done by phone: 2.
    tick(addFilter(editor.measureEditor(), "channel"), QStringLiteral("phone"));
    REQUIRE(previewShows(editor, QStringLiteral("2")));

    // "All except" the ticked channels: done, not by phone: 1.
    QTest::mouseClick(editor.measureEditor()->filterEditor(Filter::Channel)->findChild<QCheckBox *>(QStringLiteral("negated")),
                      Qt::LeftButton);
    REQUIRE(previewShows(editor, QStringLiteral("1")));
    QTest::mouseClick(editor.measureEditor()->filterEditor(Filter::Channel)->findChild<QCheckBox *>(QStringLiteral("negated")),
                      Qt::LeftButton);
    REQUIRE(previewShows(editor, QStringLiteral("2")));

    // Hours of the done interventions: 60 + 90 + 45 min = 3,25 h, shown to one decimal.
    QTest::mouseClick(editor.measureEditor()->filterEditor(Filter::Channel)->findChild<QToolButton *>(QStringLiteral("removeFilter")),
                      Qt::LeftButton);
    REQUIRE(chooseByKeys(editor.measureEditor()->measureBox(), QStringLiteral("hours")));
    REQUIRE(previewShows(editor, QStringLiteral("3,3")));
    CHECK(editor.measureEditor()->filterEditor(Filter::Status)); // hours take a status filter too
    REQUIRE(chooseByKeys(editor.measureEditor()->measureBox(), QStringLiteral("interventions")));
    REQUIRE(previewShows(editor, QStringLiteral("3")));

    // Ratio: done interventions / all interventions of the period = 3 / 5.
    chooseType(editor, IndicatorDefinition::Type::Ratio);
    REQUIRE(chooseByKeys(editor.denominatorEditor()->measureBox(), QStringLiteral("interventions")));
    REQUIRE(previewShows(editor, QStringLiteral("3 / 5 (60,0 %)")));
    editor.displayBox()->setFocus();
    QTest::keyClick(editor.displayBox(), Qt::Key_Down); // en moyenne
    REQUIRE(previewShows(editor, QStringLiteral("3 / 5 (0,6)")));

    // Breakdown of the done interventions by channel: visit 1, phone 2, total 3.
    chooseType(editor, IndicatorDefinition::Type::Breakdown);
    REQUIRE(chooseByKeys(editor.categoryBox(), QStringLiteral("channel")));
    REQUIRE(previewShows(editor, QStringLiteral("Total : 3")));
    auto *rows = editor.findChild<QTableWidget *>(QStringLiteral("previewRows"));
    REQUIRE(rows);
    QMap<QString, QString> byChannel;
    for (int r = 0; r < rows->rowCount(); ++r)
        byChannel[rows->item(r, 0)->text()] = rows->item(r, 1)->text();
    CHECK(byChannel.value(QStringLiteral("Téléphone")) == QStringLiteral("2"));
    CHECK(byChannel.value(QStringLiteral("Visite à domicile")) == QStringLiteral("1"));
    CHECK(byChannel.value(QStringLiteral("Au bureau")) == QStringLiteral("0"));
    // The same groups as bars.
    auto *bars = editor.findChild<BarChart *>(QStringLiteral("previewChart"));
    REQUIRE(bars);
    CHECK(bars->isVisible());
    CHECK(bars->data().categories.size() == rows->rowCount());
    for (int r = 0; r < rows->rowCount(); ++r) {
        CHECK(bars->data().categories.value(r) == rows->item(r, 0)->text());
        CHECK(bars->data().series.value(0).texts.value(r) == rows->item(r, 1)->text());
    }

    // "Voir les dossiers" lists the three done interventions.
    REQUIRE(editor.traceButton()->isEnabled());
    QTest::mouseClick(editor.traceButton(), Qt::LeftButton);
    auto *trace = editor.findChild<TraceDialog *>();
    REQUIRE(trace);
    QSignalSpy loaded(trace, &TraceDialog::loaded);
    REQUIRE(loaded.wait(10000));
    CHECK(loaded.first().first().toBool());
    int records = 0;
    for (int g = 0; g < trace->records()->topLevelItemCount(); ++g)
        records += trace->records()->topLevelItem(g)->childCount();
    CHECK(records == 3);
    trace->close();

    if (qEnvironmentVariableIsSet("PASSERELLE_SCREENSHOT_DIR")) {
        editor.resize(1060, 640);
        editor.grab().save(QDir(qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR")).filePath(QStringLiteral("indicator-editor.png")));
    }
    CHECK(f.dialogs.asked.isEmpty());
}

TEST_CASE("Indicator editor: an invalid definition is refused with its field named, never computed nor saved")
{
    IndicatorScreenFixture f;
    const Uuid id = f.addIndicator(QStringLiteral("Interventions réalisées"), true);
    const auto before = IndicatorEngine(f.db()).definitionOf(id);
    IndicatorDefinitionEditor editor(f.db(), f.dialogs, f.clock, f.programme, ReportingPeriod::calendarYear(2025));
    editor.show();
    editor.setDefinition(before);
    REQUIRE(previewShows(editor, QStringLiteral("3")));

    // Situations by month need a dated case period: the active file over the year is not one.
    chooseType(editor, IndicatorDefinition::Type::Breakdown);
    REQUIRE(chooseByKeys(editor.measureEditor()->measureBox(), QStringLiteral("cases")));
    REQUIRE(chooseByKeys(editor.categoryBox(), QStringLiteral("month")));
    REQUIRE(refused(editor, QStringLiteral("definition.by")));
    CHECK(editor.previewText().isEmpty());
    CHECK(editor.categoryBox()->property("invalid").toBool());
    CHECK_THROWS_AS(editor.definition(), ValidationError);
    try {
        editor.save(id);
        FAIL("saved");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QStringLiteral("definition.by"));
    }
    CHECK(IndicatorEngine(f.db()).definitionOf(id) == before); // unchanged

    // Tying the cases to the day they were identified makes it valid again.
    FilterEditor *period = addFilter(editor.measureEditor(), "period");
    auto *choice = qobject_cast<QComboBox *>(period->editor());
    REQUIRE(chooseByKeys(choice, QStringLiteral("identified")));
    REQUIRE(QTest::qWaitFor([&] { return !editor.isComputing() && editor.previewResult().has_value(); }, 10000));
    CHECK(editor.errorField().isEmpty());
    CHECK_FALSE(editor.categoryBox()->property("invalid").toBool());

    // An evolution needs a dimension; an assessment score condition its bounds in order.
    chooseType(editor, IndicatorDefinition::Type::Evolution);
    REQUIRE(refused(editor, QStringLiteral("definition.dimension")));
    REQUIRE(chooseByKeys(editor.dimensionBox(), QStringLiteral("housing")));
    REQUIRE(QTest::qWaitFor([&] { return !editor.isComputing() && editor.previewResult().has_value(); }, 10000));
    CHECK(editor.previewText().startsWith(QStringLiteral("personne : n.d.")));
}

TEST_CASE("Indicator editor: a definition saves through the store and reloads into the same widgets")
{
    IndicatorScreenFixture f;
    const Uuid id = f.addIndicator(QStringLiteral("Part des interventions par téléphone"), false);
    IndicatorDefinitionEditor editor(f.db(), f.dialogs, f.clock, f.programme, ReportingPeriod::calendarYear(2025));
    editor.show();
    CHECK_FALSE(editor.manualBox()->isChecked()); // a new editor proposes a computed count

    const IndicatorDefinition wanted = IndicatorDefinition::ratio(
        {Measure::Interventions, {{Filter::Channel, codes({"phone"})}, {Filter::Status, notCodes({QStringLiteral("planned")})}}},
        {Measure::Interventions, {}});
    editor.setDefinition(wanted);
    REQUIRE(previewShows(editor, QStringLiteral("2 / 5 (40,0 %)")));
    REQUIRE(editor.definition() == wanted);
    editor.save(id);
    const std::optional<IndicatorDefinition> stored = IndicatorEngine(f.db()).definitionOf(id);
    REQUIRE(stored);
    CHECK(*stored == wanted);

    IndicatorDefinitionEditor again(f.db(), f.dialogs, f.clock, f.programme, ReportingPeriod::calendarYear(2025));
    again.setDefinition(stored);
    CHECK(again.definition() == wanted);
    CHECK(again.measureEditor()->filterEditor(Filter::Status)->value().negated);
    REQUIRE(previewShows(again, QStringLiteral("2 / 5 (40,0 %)")));

    // Entered by hand: the definition goes (NULL), the preview says why there is no figure.
    QTest::mouseClick(editor.manualBox(), Qt::LeftButton);
    CHECK(editor.isManual());
    CHECK_FALSE(editor.definition().has_value());
    editor.save(id);
    CHECK_FALSE(IndicatorEngine(f.db()).definitionOf(id).has_value());
}

TEST_CASE("Indicator editor: edits in a row are computed once, for the last of them")
{
    IndicatorScreenFixture f;
    IndicatorDefinitionEditor editor(f.db(), f.dialogs, f.clock, f.programme, ReportingPeriod::calendarYear(2025));
    editor.show();
    REQUIRE(QTest::qWaitFor([&] { return !editor.isComputing(); }, 10000));
    QSignalSpy updated(&editor, &IndicatorDefinitionEditor::previewUpdated);
    QSignalSpy changed(&editor, &IndicatorDefinitionEditor::changed);

    // Three measures chosen faster than the 250 ms pause: only the last one is computed.
    QComboBox *measure = editor.measureEditor()->measureBox();
    measure->setFocus();
    REQUIRE(chooseByKeys(measure, QStringLiteral("sessions")));
    REQUIRE(chooseByKeys(measure, QStringLiteral("hours")));
    REQUIRE(chooseByKeys(measure, QStringLiteral("interventions")));
    CHECK(changed.size() >= 3);
    CHECK(editor.previewText().isEmpty()); // nothing stale shown meanwhile
    REQUIRE(previewShows(editor, QStringLiteral("5")));
    CHECK(updated.size() == 1);

    // Another year is a new computation, not an edit of the definition.
    changed.clear();
    QSpinBox *year = editor.findChild<QSpinBox *>(QStringLiteral("previewYear"));
    REQUIRE(year);
    year->setFocus();
    QTest::keyClick(year, Qt::Key_Down);
    REQUIRE(previewShows(editor, QStringLiteral("1"))); // 2024: the interventions of 20/12/2024
    CHECK(editor.period() == ReportingPeriod::calendarYear(2024));
    CHECK(changed.isEmpty());
}
