#include "test_indicators_fixture.h"

#include "indicators/SheetIndicatorsModel.h"
#include "indicators/SheetIndicatorsWidget.h"
#include "repositories/IndicatorRepository.h"

#include <catch2/catch.hpp>

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {
QString order(SheetIndicatorsWidget &w)
{
    QStringList labels;
    for (int row = 0; row < w.model().rowCount(); ++row)
        labels.append(w.model().index(row, SheetIndicatorsModel::Label).data().toString());
    return labels.join(u',');
}
} // namespace

TEST_CASE("Sheet indicators: reordered within their kind with the buttons and Alt+arrows")
{
    IndicatorScreenFixture f;
    const Uuid first = f.addIndicator(QStringLiteral("P1"), true);
    const Uuid second = f.addIndicator(QStringLiteral("P2"), true);
    const Uuid result = f.addIndicator(QStringLiteral("R1"), false);
    SheetIndicatorsWidget w(f.db(), f.dialogs, f.clock, f.sheet);
    w.resize(1000, 420);
    w.show();
    REQUIRE(QTest::qWaitFor([&] { return !w.isLoading(); }, 10000));
    REQUIRE(order(w) == QStringLiteral("P1,P2,R1"));
    auto *up = w.findChild<QPushButton *>(QStringLiteral("moveUp"));
    auto *down = w.findChild<QPushButton *>(QStringLiteral("moveDown"));
    REQUIRE(up);
    REQUIRE(down);

    // The first process indicator can only go down; the only result indicator goes nowhere.
    REQUIRE(w.select(first));
    CHECK_FALSE(up->isEnabled());
    CHECK(down->isEnabled());
    REQUIRE(w.select(result));
    CHECK_FALSE(up->isEnabled());
    CHECK_FALSE(down->isEnabled());

    QSignalSpy changed(&w, &SheetIndicatorsWidget::indicatorsChanged);
    REQUIRE(w.select(second));
    QTest::mouseClick(up, Qt::LeftButton);
    CHECK(order(w) == QStringLiteral("P2,P1,R1"));
    CHECK(w.currentId() == second); // the moved indicator stays chosen
    CHECK(changed.size() == 1);
    CHECK(IndicatorRepository(f.db(), f.clock).list(f.sheet).first().id == second);

    // Alt+Down on the table puts it back: the way to undo a move.
    w.findChild<QTableView *>(QStringLiteral("indicatorTable"))->setFocus();
    QTest::keyClick(w.findChild<QTableView *>(QStringLiteral("indicatorTable")), Qt::Key_Down,
                    Qt::AltModifier);
    CHECK(order(w) == QStringLiteral("P1,P2,R1"));
    CHECK(w.currentId() == second);
    CHECK(changed.size() == 2);
}
