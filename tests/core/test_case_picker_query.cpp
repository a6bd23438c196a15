#include "core/test_agenda_fixture.h"
#include "queries/CasePickerQuery.h"

#include <catch2/catch.hpp>

using namespace passerelle;
using passerelle::test::AgendaWorld;

namespace {
QStringList numbersOf(const QList<CasePickerQuery::Row> &rows)
{
    QStringList numbers;
    for (const CasePickerQuery::Row &r : rows)
        numbers.append(r.number);
    return numbers;
}
} // namespace

TEST_CASE("The case picker offers open cases by number or pseudonymous code prefix")
{
    AgendaWorld w;
    CasePickerQuery picker(w.db());

    // Numbers first, most recent first; closed and archived cases are not offered.
    CHECK(numbersOf(picker.search({}, QStringLiteral("PA-20"))) ==
          QStringList{QStringLiteral("PA-2026-0002"), QStringLiteral("PA-2026-0001")});
    // Letters in any case; every programme unless one is given.
    CHECK(numbersOf(picker.search({}, QStringLiteral("em-"))) ==
          QStringList{QStringLiteral("EM-2026-0001")});
    CHECK(picker.search(w.pa, QStringLiteral("EM-")).isEmpty());

    // By the code of any person of the case; the row carries the code that matched.
    const QList<CasePickerQuery::Row> byCode = picker.search({}, QStringLiteral("p-3f8h"));
    REQUIRE(byCode.size() == 1); // two people of one case: the case once
    CHECK(byCode[0].id == w.case2);
    CHECK(byCode[0].programmeId == w.pa);
    CHECK(byCode[0].personCode == QStringLiteral("P-3F8H1ZC"));
    CHECK(byCode[0].status == QStringLiteral("oriented"));
    CHECK(numbersOf(picker.search({}, QStringLiteral("P-7K2"))) ==
          QStringList{QStringLiteral("PA-2026-0001")}); // not the archived case's person
    CHECK(picker.search({}, QStringLiteral("P-3F9")).isEmpty()); // closed case
    // A number row shows the main person's code.
    CHECK(picker.search({}, QStringLiteral("PA-2026-0001")).value(0).personCode ==
          QStringLiteral("P-7K2M9QX"));

    CHECK(picker.search({}, QStringLiteral("PA"), 1).size() == 1);
    CHECK(picker.search({}, QStringLiteral("  ")).isEmpty());
    CHECK(picker.search({}, QStringLiteral("XYZ")).isEmpty());
}

TEST_CASE("The case picker resolves a typed number or code to one case of the programme")
{
    AgendaWorld w;
    CasePickerQuery picker(w.db());

    CasePickerQuery::Resolution r = picker.resolve(w.pa, QStringLiteral("pa-2026-0001"));
    REQUIRE(r.cases.size() == 1);
    CHECK(r.cases[0].id == w.case1);
    CHECK_FALSE(r.byPersonCode);
    // A number resolves whatever the status: an intervention may follow a closure.
    CHECK(picker.resolve(w.pa, QStringLiteral("PA-2025-0040")).cases.value(0).id == w.closedCase);
    // Only in the programme asked for.
    CHECK(picker.resolve(w.em, QStringLiteral("PA-2026-0001")).cases.isEmpty());

    r = picker.resolve(w.pa, QStringLiteral("P-3F8H2AB")); // a member of case 2
    REQUIRE(r.cases.size() == 1);
    CHECK(r.cases[0].id == w.case2);
    CHECK(r.byPersonCode);
    CHECK(picker.resolve(w.pa, QStringLiteral("P-3F9J0KL")).cases.isEmpty()); // closed
    CHECK(picker.resolve(w.pa, QStringLiteral("P-0000000")).cases.isEmpty());

    const std::optional<CasePickerQuery::Row> found = picker.find(w.archivedCase);
    REQUIRE(found);
    CHECK(found->number == QStringLiteral("PA-2026-0003"));
    CHECK(found->personCode == QStringLiteral("P-7K2XQ4R"));
    CHECK_FALSE(picker.find(Uuid::createV7()));
}
