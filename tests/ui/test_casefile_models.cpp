// The case file's item models and small parts: the paged timeline, the person/team
// comparison of assessments and its chart, the assessment dialog, typed dates.

#include "test_casefile_fixture.h"

#include "casefile/AssessmentChart.h"
#include "casefile/AssessmentComparisonModel.h"
#include "casefile/AssessmentDialog.h"
#include "casefile/AssessmentsTab.h"
#include "casefile/CaseFileWindow.h"
#include "casefile/CaseTimelineModel.h"
#include "casefile/DateLineEdit.h"
#include "casefile/TimelineTab.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

TEST_CASE("The timeline model pages through a case's entries and keeps the model contract")
{
    CaseFileFixture f(20, 30);
    const Uuid id =
        f.caseWhere("(SELECT count(*) FROM intervention_case ic WHERE ic.case_id = c.id) > 25");
    CaseTimelineQuery query(f.db());
    CaseTimelineModel model(query);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // As for the case list: the tester would fetch from inside its own reset handler (Qt 6.4);
    // the test fetches, and the tester checks every insertion.
    tester.setUseFetchMore(false);
    model.setPageSize(7);
    QSignalSpy loaded(&model, &CaseTimelineModel::loaded);
    model.setCase(id, caseFileToday());
    CHECK(loaded.size() == 1);
    CHECK(model.rowCount() == 7);
    CHECK(model.columnCount() == CaseTimelineModel::ColumnCount);
    const int total = model.summary().total();
    REQUIRE(total > 25);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == total);
    CHECK(inserted.size() == (total + 6) / 7 - 1);
    for (int r = 1; r < model.rowCount(); ++r)
        CHECK(model.entryAt(r - 1).date >= model.entryAt(r).date);
    model.fetchMore({}); // nothing left
    CHECK(model.rowCount() == total);

    // What the cells say.
    CHECK(model.headerData(CaseTimelineModel::Workers, Qt::Horizontal).toString() ==
          QStringLiteral("Intervenants"));
    for (int r = 0; r < model.rowCount(); ++r) {
        const CaseTimelineEntry &e = model.entryAt(r);
        const QString nature = model.index(r, CaseTimelineModel::Nature).data().toString();
        CHECK(nature == (e.kind == CaseTimelineEntry::Kind::Session
                             ? QStringLiteral("Commission")
                             : QStringLiteral("Intervention")));
        CHECK(model.index(r, CaseTimelineModel::Date).data().toString() ==
              e.date.toString(QStringLiteral("dd/MM/yyyy")));
        CHECK(
            model.index(r, CaseTimelineModel::Date).data(CaseTimelineModel::IdRole).toByteArray() ==
            e.id.bytes());
        if (e.status == QLatin1String("planned") && e.date < caseFileToday())
            CHECK(model.index(r, CaseTimelineModel::Status)
                      .data()
                      .toString()
                      .endsWith(QStringLiteral("en retard")));
    }
    CHECK(CaseTimelineModel::durationText(45) == QStringLiteral("45 min"));
    CHECK(CaseTimelineModel::durationText(60) == QStringLiteral("1 h"));
    CHECK(CaseTimelineModel::durationText(125) == QStringLiteral("2 h 05"));
    CHECK(CaseTimelineModel::durationText(0).isEmpty());

    // Reloading starts from the first page again.
    model.reload();
    CHECK(model.rowCount() == 7);
}

TEST_CASE("The timeline tab shows a page, sums the case up and shows more on request")
{
    CaseFileFixture f(20, 30);
    const Uuid id =
        f.caseWhere("(SELECT count(*) FROM intervention_case ic WHERE ic.case_id = c.id) > 55");
    CaseFileWindow *window = CaseFileWindow::open(f.db(), f.dialogs, id, nullptr, f.clock);
    REQUIRE(window);
    TimelineTab *tab = window->timelineTab();
    const qint64 total =
        f.countFor("SELECT (SELECT count(*) FROM intervention_case WHERE case_id = ?1) + "
                   "(SELECT count(*) FROM commission_review WHERE case_id = ?1)",
                   id);
    CHECK(tab->model().rowCount() == 50);
    CHECK(tab->moreButton()->isEnabled());
    CHECK(tab->moreButton()->text().contains(QStringLiteral("50 sur %1").arg(total)));
    CHECK(tab->summaryLabel()->text().startsWith(
        QStringLiteral("%1 intervention")
            .arg(f.countFor("SELECT count(*) FROM intervention_case WHERE case_id = ?1", id))));
    tab->moreButton()->click();
    CHECK(tab->model().rowCount() == std::min<qint64>(100, total));
    while (tab->moreButton()->isEnabled())
        tab->moreButton()->click();
    CHECK(tab->model().rowCount() == total);
    CHECK(tab->moreButton()->text() == QStringLiteral("Tout est affiché (%1)").arg(total));

    QSignalSpy asked(window, &CaseFileWindow::newInterventionRequested);
    window->findChild<QPushButton *>(QStringLiteral("newIntervention"))->click();
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().at(1).toString() ==
          f.textFor("SELECT number FROM case_file WHERE id = ?1", id));
    window->close();
}

TEST_CASE("Assessments: the person's score beside the team's, day by day, with the gap")
{
    auto score = [](const char *day, AssessmentSource source, int value,
                    const char *dimension = "housing") {
        Assessment a;
        a.assessedOn = QDate::fromString(QString::fromLatin1(day), Qt::ISODate);
        a.dimension = QString::fromLatin1(dimension);
        a.source = source;
        a.score = value;
        return a;
    };
    const QList<Assessment> all{score("2025-01-10", AssessmentSource::Person, 2),
                                score("2025-01-10", AssessmentSource::Team, 1),
                                score("2025-01-10", AssessmentSource::Team, 4, "social_ties"),
                                score("2025-06-02", AssessmentSource::Team, 3),
                                score("2025-11-20", AssessmentSource::Person, 4),
                                score("2025-11-20", AssessmentSource::Team, 4),
                                score("2025-12-01", AssessmentSource::Person, 5),
                                score("2025-12-01", AssessmentSource::Team, 3)};
    const auto rows = AssessmentComparisonModel::compare(all, QStringLiteral("housing"));
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].date == QDate(2025, 1, 10));
    CHECK(rows[0].person == 2);
    CHECK(rows[0].team == 1);
    CHECK_FALSE(rows[1].person.has_value());

    AssessmentComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(rows);
    const auto cell = [&](int r, int c) { return model.index(r, c).data().toString(); };
    CHECK(cell(0, AssessmentComparisonModel::Date) == QStringLiteral("10/01/2025"));
    CHECK(cell(0, AssessmentComparisonModel::Gap) == QStringLiteral("\u22121"));
    CHECK(cell(1, AssessmentComparisonModel::Person) == QStringLiteral("—"));
    CHECK(cell(1, AssessmentComparisonModel::Gap).isEmpty());
    CHECK(cell(2, AssessmentComparisonModel::Gap) == QStringLiteral("accord"));
    CHECK(cell(3, AssessmentComparisonModel::Gap) == QStringLiteral("\u22122"));
    CHECK(model.index(0, AssessmentComparisonModel::Person).data(Qt::ToolTipRole).toString() ==
          scoreLabel(2));
    CHECK(AssessmentChart::trendText(rows) == QStringLiteral("Personne : 2 → 5 ; équipe : 1 → 3"));
    CHECK(AssessmentChart::trendText({}) == QStringLiteral("Personne : — ; équipe : —"));

    AssessmentChart chart;
    chart.resize(480, 200);
    chart.setRows(rows);
    CHECK(chart.accessibleDescription() == AssessmentChart::trendText(rows));
    // It paints: the person's orange and the team's blue are on the picture.
    const QImage picture = chart.grab().toImage();
    bool orange = false;
    bool blue = false;
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x) {
            const QColor c = picture.pixelColor(x, y);
            orange =
                orange || (c.red() > 200 && c.green() > 70 && c.green() < 100 && c.blue() < 20);
            blue = blue || (c.blue() > 130 && c.red() < 40 && c.green() > 85 && c.green() < 110);
        }
    CHECK(orange);
    CHECK(blue);
}

TEST_CASE("A new assessment is recorded for the day and shown at once")
{
    CaseFileFixture f(12, 2);
    const Uuid id = f.caseWhere("c.status = 'accompanied'");
    const qint64 before = f.countFor("SELECT count(*) FROM assessment WHERE case_id = ?1", id);
    CaseFileWindow *window = CaseFileWindow::open(f.db(), f.dialogs, id, nullptr, f.clock);
    REQUIRE(window);
    AssessmentsTab *tab = window->assessmentsTab();

    onNextDialog<AssessmentDialog>([](AssessmentDialog &d) {
        auto *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click(); // no score given
        CHECK(d.isVisible());
        CHECK(d.findChild<QLabel *>(QStringLiteral("banner"))->text() ==
              QStringLiteral("Donnez au moins un score."));
        d.findChild<QComboBox *>(QStringLiteral("person_housing"))->setCurrentIndex(4); // 4
        d.findChild<QComboBox *>(QStringLiteral("team_housing"))->setCurrentIndex(3);   // 3
        d.findChild<QComboBox *>(QStringLiteral("team_social_ties"))->setCurrentIndex(2);
        ok->click();
        CHECK_FALSE(d.isVisible());
        CHECK(d.recordedCount() == 3);
    });
    window->recordAssessment();
    CHECK(f.countFor("SELECT count(*) FROM assessment WHERE case_id = ?1", id) == before + 3);
    CHECK(f.countFor(
              "SELECT count(*) FROM assessment WHERE case_id = ?1 AND assessed_on = '2026-03-16' "
              "AND dimension = 'housing' AND ((source = 'person' AND score = 4) OR "
              "(source = 'team' AND score = 3))",
              id) == 2);
    CHECK(window->tabs()->currentWidget() == tab);
    const QList<QListWidgetItem *> housing =
        tab->dimensions()->findItems(QStringLiteral("Logement ("), Qt::MatchStartsWith);
    REQUIRE(housing.size() == 1);
    tab->dimensions()->setCurrentItem(housing.first());
    const auto &rows = tab->model().rows();
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(rows.constLast().date == caseFileToday());
    CHECK(rows.constLast().person == 4);
    CHECK(rows.constLast().team == 3);
    CHECK(tab->chart()->rows().size() == rows.size());
    CHECK_FALSE(window->isModified()); // written by its dialog, nothing left to save
    window->close();
}

TEST_CASE("Dates are typed the French way, or left empty")
{
    CHECK(DateLineEdit::parse(QStringLiteral("12/03/2025")) == QDate(2025, 3, 12));
    CHECK(DateLineEdit::parse(QStringLiteral("1/3/2025")) == QDate(2025, 3, 1));
    CHECK(DateLineEdit::parse(QStringLiteral("12.03.2025")) == QDate(2025, 3, 12));
    CHECK(DateLineEdit::parse(QStringLiteral("12032025")) == QDate(2025, 3, 12));
    CHECK(DateLineEdit::parse(QStringLiteral(" 2025-03-12 ")) == QDate(2025, 3, 12));
    CHECK_FALSE(DateLineEdit::parse(QStringLiteral("31/02/2025")).isValid());
    CHECK_FALSE(DateLineEdit::parse(QStringLiteral("demain")).isValid());
    DateLineEdit edit;
    CHECK(edit.hasValidInput());
    CHECK_FALSE(edit.date().isValid());
    edit.setText(QStringLiteral("31/02/2025"));
    CHECK_FALSE(edit.hasValidInput());
    edit.setDate(QDate(2019, 9, 1));
    CHECK(edit.text() == QStringLiteral("01/09/2019"));
    CHECK(edit.hasValidInput());
}
