// The order of a sheet's indicators (that of the sheet and of the annual review) is changed
// one place at a time within a kind.

#include "test_programme_fixtures.h"

#include "repositories/ActionSheetRepository.h"
#include "repositories/IndicatorRepository.h"

using namespace passerelle;
using passerelle::test::ProgrammeFixture;

namespace {
struct OrderFixture : ProgrammeFixture
{
    OrderFixture()
    {
        ActionSheet s;
        s.programmeId = programmeId;
        s.number = QStringLiteral("3.3.1");
        s.title = QStringLiteral("Pair-aidance");
        s.startYear = 2024;
        sheet = ActionSheetRepository(db(), clock).create(s);
        IndicatorRepository indicators(db(), clock);
        const auto add = [&](IndicatorKind kind, int position, const QString &label) {
            Indicator i;
            i.actionSheetId = sheet;
            i.kind = kind;
            i.position = position;
            i.label = label;
            return indicators.create(i);
        };
        // Positions as old sheets hold them: equal and with gaps.
        a = add(IndicatorKind::Process, 1, QStringLiteral("A"));
        b = add(IndicatorKind::Process, 1, QStringLiteral("B"));
        c = add(IndicatorKind::Process, 7, QStringLiteral("C"));
        r = add(IndicatorKind::Result, 1, QStringLiteral("R"));
        archived = add(IndicatorKind::Process, 3, QStringLiteral("X"));
        indicators.archive(archived);
    }

    // "A,B,C,R": the labels in the order of the sheet.
    QString labels()
    {
        QStringList out;
        for (const Indicator &i : IndicatorRepository(db(), clock).list(sheet))
            out.append(i.label);
        return out.join(u',');
    }

    Uuid sheet, a, b, c, r, archived;
};
} // namespace

TEST_CASE("An indicator moves one place within its kind, and the kind is numbered again",
          "[indicators][order]")
{
    OrderFixture f;
    IndicatorRepository indicators(f.db(), f.clock);
    REQUIRE(f.labels() == QStringLiteral("A,B,C,R"));

    CHECK(indicators.move(f.c, -1));
    CHECK(f.labels() == QStringLiteral("A,C,B,R"));
    CHECK(indicators.find(f.a)->position == 1);
    CHECK(indicators.find(f.c)->position == 2);
    CHECK(indicators.find(f.b)->position == 3);

    CHECK(indicators.move(f.a, 1));
    CHECK(f.labels() == QStringLiteral("C,A,B,R"));

    // At either end of its kind nothing moves: a result never passes before a process.
    CHECK_FALSE(indicators.move(f.c, -1));
    CHECK_FALSE(indicators.move(f.b, 1));
    CHECK_FALSE(indicators.move(f.r, -1));
    CHECK_FALSE(indicators.move(f.r, 1));
    CHECK(indicators.find(f.r)->position == 1);
    CHECK(f.labels() == QStringLiteral("C,A,B,R"));

    // Archived or unknown: refused on "id".
    CHECK_THROWS_AS(indicators.move(f.archived, -1), ValidationError);
    CHECK_THROWS_AS(indicators.move(Uuid::createV7(), 1), ValidationError);
}
