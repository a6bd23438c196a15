// Funding (invariant 8) and indicators with their hand-entered values.

#include "test_programme_fixtures.h"

#include "repositories/ActionSheetRepository.h"
#include "repositories/FundingRepository.h"
#include "repositories/IndicatorRepository.h"
#include "repositories/PartnerRepository.h"

#include <limits>

using namespace passerelle;
using passerelle::test::expectRefused;
using passerelle::test::ProgrammeFixture;

namespace {
Uuid addSheet(ProgrammeFixture &f, const Uuid &programmeId, const QString &number)
{
    ActionSheet s;
    s.programmeId = programmeId;
    s.number = number;
    s.title = QStringLiteral("Dispositif de PAIR-AIDANCE");
    return ActionSheetRepository(f.db(), f.clock).create(s);
}

Funding funding(const Uuid &programmeId, const QString &funder, qint64 euros)
{
    Funding x;
    x.programmeId = programmeId;
    x.funder = funder;
    x.year = 2022;
    x.amountCents = euros * 100;
    return x;
}
} // namespace

TEST_CASE("Funding round-trips and sums per programme, sheet and year")
{
    ProgrammeFixture f;
    FundingRepository repo(f.db(), f.clock);
    const Uuid sheet = addSheet(f, f.programmeId, QStringLiteral("3.3.1"));
    Partner ars;
    ars.name = QStringLiteral("ARS Auvergne-Rhône-Alpes");
    ars.partnerType = QStringLiteral("ars");
    const Uuid arsId = PartnerRepository(f.db(), f.clock).create(ars);

    // Seed 001: 140 000 € = State 70 000 + LOGISENS 40 000 + ARS 20 000 + Département 10 000.
    Funding state = funding(f.programmeId, QStringLiteral("État"), 70000);
    state.note = QStringLiteral("10 000 logements accompagnés");
    const Uuid stateId = repo.create(state);
    repo.create(funding(f.programmeId, QStringLiteral("LOGISENS"), 40000));
    Funding arsFunding = funding(f.programmeId, QStringLiteral("ARS"), 20000);
    arsFunding.actionSheetId = sheet;
    arsFunding.funderPartnerId = arsId;
    const Uuid arsFundingId = repo.create(arsFunding);
    repo.create(funding(f.programmeId, QStringLiteral("Département"), 10000));
    Funding earlier = funding(f.programmeId, QStringLiteral("ARS"), 15000);
    earlier.year = 2021;
    repo.create(earlier);

    const auto found = repo.find(arsFundingId);
    REQUIRE(found);
    CHECK(found->actionSheetId == sheet);
    CHECK(found->funderPartnerId == arsId);
    CHECK(found->amountCents == 2000000);
    CHECK(found->year == 2022);
    CHECK(repo.find(stateId)->note == state.note);
    CHECK(repo.find(stateId)->actionSheetId.isNull());

    CHECK(repo.totalCents({f.programmeId, {}, 2022, false}) == 14000000);
    CHECK(repo.totalCents({f.programmeId, {}, std::nullopt, false}) == 15500000);
    CHECK(repo.totalCents({{}, sheet, std::nullopt, false}) == 2000000);
    const QList<Funding> all = repo.list({f.programmeId, {}, std::nullopt, false});
    REQUIRE(all.size() == 5);
    CHECK(all.first().year == 2021); // by year, then funder
    CHECK(all.at(1).funder == QStringLiteral("ARS"));

    repo.archive(stateId);
    CHECK(repo.totalCents({f.programmeId, {}, 2022, false}) == 7000000);
    CHECK(repo.totalCents({f.programmeId, {}, 2022, true}) == 14000000);
    repo.restore(stateId);

    Funding raised = *repo.find(stateId);
    raised.amountCents = 7500000;
    repo.update(raised);
    CHECK(repo.find(stateId)->amountCents == 7500000);
}

TEST_CASE("Invariant 8: funding for a sheet belongs to the sheet's programme")
{
    ProgrammeFixture f;
    FundingRepository repo(f.db(), f.clock);
    const Uuid other = f.addProgramme(QStringLiteral("EMP"), QStringLiteral("Équipe mobile"));
    const Uuid otherSheet = addSheet(f, other, QStringLiteral("2.1"));
    Funding x = funding(f.programmeId, QStringLiteral("ARS"), 20000);
    x.actionSheetId = otherSheet;
    const auto e =
        expectRefused(f.db(), QStringLiteral("action_sheet_id"), [&] { repo.create(x); });
    CHECK(e.reason().contains(QStringLiteral("autre programme")));

    // The same funding on the right programme is accepted, and cannot be moved away.
    x.programmeId = other;
    const Uuid id = repo.create(x);
    Funding moved = *repo.find(id);
    moved.programmeId = f.programmeId;
    expectRefused(f.db(), QStringLiteral("action_sheet_id"), [&] { repo.update(moved); });
    moved.actionSheetId = {}; // the programme as a whole: fine
    repo.update(moved);
    CHECK(repo.find(id)->programmeId == f.programmeId);

    x.actionSheetId = Uuid::createV7();
    expectRefused(f.db(), QStringLiteral("action_sheet_id"), [&] { repo.create(x); });
}

TEST_CASE("Funding writes are validated and name their field")
{
    ProgrammeFixture f;
    FundingRepository repo(f.db(), f.clock);
    Funding x = funding(f.programmeId, QStringLiteral("ARS"), 100);
    x.year = 1989;
    expectRefused(f.db(), QStringLiteral("year"), [&] { repo.create(x); });
    x.year = 2101;
    expectRefused(f.db(), QStringLiteral("year"), [&] { repo.create(x); });
    x = funding(f.programmeId, QStringLiteral("ARS"), -1);
    expectRefused(f.db(), QStringLiteral("amount_cents"), [&] { repo.create(x); });
    x = funding(f.programmeId, QStringLiteral(" "), 100);
    expectRefused(f.db(), QStringLiteral("funder"), [&] { repo.create(x); });
    x = funding({}, QStringLiteral("ARS"), 100);
    expectRefused(f.db(), QStringLiteral("programme_id"), [&] { repo.create(x); });
    x = funding(Uuid::createV7(), QStringLiteral("ARS"), 100);
    expectRefused(f.db(), QStringLiteral("programme_id"), [&] { repo.create(x); });
    x = funding(f.programmeId, QStringLiteral("ARS"), 100);
    x.funderPartnerId = Uuid::createV7();
    expectRefused(f.db(), QStringLiteral("funder_partner_id"), [&] { repo.create(x); });
    x = funding(f.programmeId, QStringLiteral("ARS"), 100);
    x.id = Uuid::createV7();
    expectRefused(f.db(), QStringLiteral("id"), [&] { repo.update(x); });
}

TEST_CASE("Indicators round-trip, are ordered by kind and keep the engine's definition")
{
    ProgrammeFixture f;
    IndicatorRepository repo(f.db(), f.clock);
    const Uuid sheet = addSheet(f, f.programmeId, QStringLiteral("3.3.1"));
    const auto make = [&](IndicatorKind kind, int position, const char *label) {
        Indicator i;
        i.actionSheetId = sheet;
        i.kind = kind;
        i.position = position;
        i.label = QString::fromUtf8(label);
        return repo.create(i);
    };
    const Uuid impact = make(IndicatorKind::Impact, 0, "Évolution positive des situations");
    const Uuid ratio =
        make(IndicatorKind::Result, 0,
             "Nombre de personnes accompagnées déclarant avoir pu renouer un contact "
             "avec le « monde extérieur » / nombre de personnes accompagnées");
    const Uuid second = make(IndicatorKind::Process, 1, "Nombre de travailleurs pairs formés");
    const Uuid first = make(IndicatorKind::Process, 0, "Nombre de rencontres réalisées");

    const QList<Indicator> listed = repo.list(sheet);
    REQUIRE(listed.size() == 4);
    CHECK(listed.at(0).id == first);
    CHECK(listed.at(1).id == second);
    CHECK(listed.at(2).id == ratio);
    CHECK(listed.at(3).id == impact);
    CHECK(listed.at(2).kind == IndicatorKind::Result);
    CHECK(f.count("SELECT count(*) FROM indicator WHERE definition IS NULL") == 4);

    // The indicator engine stores a definition; editing the label must keep it.
    execSql(f.db().handle(), "UPDATE indicator SET definition = '{\"count\":\"case_file\"}'");
    Indicator edited = *repo.find(first);
    edited.label = QStringLiteral("Nombre de rencontres partenaires réalisées");
    edited.target = QStringLiteral("12 par an");
    f.clock.advanceMs(1000);
    repo.update(edited);
    const auto found = repo.find(first);
    REQUIRE(found);
    CHECK(found->label == edited.label);
    CHECK(found->target == QStringLiteral("12 par an"));
    CHECK(found->updatedAt == f.clock.now());
    CHECK(f.count("SELECT count(*) FROM indicator WHERE definition IS NOT NULL") == 4);

    repo.archive(second);
    CHECK(repo.list(sheet).size() == 3);
    CHECK(repo.list(sheet, true).size() == 4);
    CHECK(label(IndicatorKind::Impact) == QStringLiteral("Indicateur d'impact"));
    CHECK(indicatorKindFromCode(u"result") == IndicatorKind::Result);
    CHECK_FALSE(indicatorKindFromCode(u"output"));

    Indicator bad = edited;
    bad.id = {};
    bad.label = QStringLiteral(" ");
    expectRefused(f.db(), QStringLiteral("label"), [&] { repo.create(bad); });
    bad.label = QStringLiteral("Nombre");
    bad.actionSheetId = Uuid::createV7();
    expectRefused(f.db(), QStringLiteral("action_sheet_id"), [&] { repo.create(bad); });
    bad.actionSheetId = {};
    expectRefused(f.db(), QStringLiteral("action_sheet_id"), [&] { repo.create(bad); });
    bad.actionSheetId = sheet;
    bad.id = Uuid::createV7();
    expectRefused(f.db(), QStringLiteral("id"), [&] { repo.update(bad); });
}

TEST_CASE("Indicator values are set, replaced, listed and cleared per period")
{
    ProgrammeFixture f;
    IndicatorRepository repo(f.db(), f.clock);
    Indicator i;
    i.actionSheetId = addSheet(f, f.programmeId, QStringLiteral("3.3.1"));
    i.kind = IndicatorKind::Process;
    i.label = QStringLiteral("Nombre de personnes accompagnées / personnes identifiées");
    const Uuid id = repo.create(i);
    const QDate y2021s(2021, 1, 1), y2021e(2021, 12, 31), y2022s(2022, 1, 1), y2022e(2022, 12, 31);

    IndicatorValue v2022{id, y2022s, y2022e, 22.0, QStringLiteral("22 / 30"), QString(), {}, {}};
    repo.setValue(v2022);
    IndicatorValue v2021{id, y2021s, y2021e, 17.0, QString(), QStringLiteral("Chaumont"), {}, {}};
    repo.setValue(v2021);
    QList<IndicatorValue> values = repo.values(id);
    REQUIRE(values.size() == 2);
    CHECK(values.at(0).periodStart == y2021s); // by period
    CHECK(values.at(0).value == std::optional<double>(17.0));
    CHECK(values.at(0).comment == QStringLiteral("Chaumont"));
    CHECK(values.at(1).textValue == QStringLiteral("22 / 30"));
    const QDateTime firstSet = values.at(1).createdAt;

    // Setting the same period again replaces the cell and keeps when it was first filled.
    f.clock.advanceMs(3600000);
    IndicatorValue textOnly{id,        y2022s, y2022e, std::nullopt, QStringLiteral("en cours"),
                            QString(), {},     {}};
    repo.setValue(textOnly);
    const auto cell = repo.value(id, y2022s, y2022e);
    REQUIRE(cell);
    CHECK_FALSE(cell->value);
    CHECK(cell->textValue == QStringLiteral("en cours"));
    CHECK(cell->createdAt == firstSet);
    CHECK(cell->updatedAt == f.clock.now());
    CHECK(repo.values(id).size() == 2);

    CHECK(repo.clearValue(id, y2021s, y2021e));
    CHECK_FALSE(repo.clearValue(id, y2021s, y2021e));
    CHECK_FALSE(repo.value(id, y2021s, y2021e));
    CHECK(repo.values(id).size() == 1);

    IndicatorValue bad{id, y2022e, y2022s, 1.0, QString(), QString(), {}, {}};
    expectRefused(f.db(), QStringLiteral("period_end"), [&] { repo.setValue(bad); });
    bad = {id, QDate(), y2022e, 1.0, QString(), QString(), {}, {}};
    expectRefused(f.db(), QStringLiteral("period_start"), [&] { repo.setValue(bad); });
    bad = {id, y2022s, y2022e, std::nullopt, QStringLiteral("  "), QString(), {}, {}};
    expectRefused(f.db(), QStringLiteral("value"), [&] { repo.setValue(bad); });
    bad = {id,        y2022s,    y2022e, std::numeric_limits<double>::infinity(),
           QString(), QString(), {},     {}};
    expectRefused(f.db(), QStringLiteral("value"), [&] { repo.setValue(bad); });
    bad = {Uuid::createV7(), y2022s, y2022e, 1.0, QString(), QString(), {}, {}};
    expectRefused(f.db(), QStringLiteral("indicator_id"), [&] { repo.setValue(bad); });
}
