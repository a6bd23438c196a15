// "Continuer l'année suivante": the next period's sheet, chained to the previous one, with
// everything the coordinator wrote one year later and nothing measured or entered.

#include "test_programme_fixtures.h"

#include "actionsheets/SheetContinuation.h"
#include "indicators/IndicatorDefinitionStore.h"
#include "indicators/IndicatorEngine.h"
#include "repositories/ActionSheetRepository.h"
#include "repositories/FundingRepository.h"
#include "repositories/IndicatorRepository.h"
#include "repositories/PartnerRepository.h"

using namespace passerelle;
using passerelle::test::expectRefused;
using passerelle::test::ProgrammeFixture;

namespace {
struct ContinuationFixture : ProgrammeFixture
{
    ContinuationFixture()
    {
        Partner p;
        p.name = QStringLiteral("Chaumont Habitat");
        p.partnerType = QStringLiteral("social_landlord");
        landlord = PartnerRepository(db(), clock).create(p);

        ActionSheet s;
        s.programmeId = programmeId;
        s.number = QStringLiteral("3.3.1");
        s.title = QStringLiteral("Dispositif de PAIR-AIDANCE");
        s.typologies = {QStringLiteral("new"), QStringLiteral("innovative")};
        s.prsAxes = {{QStringLiteral("axis4"), QStringLiteral("Objectif 04.0")}};
        s.determinants = {QStringLiteral("income")};
        s.resultCategories = {QStringLiteral("A2"), QStringLiteral("D")};
        s.communes = {QStringLiteral("Chaumont"), QStringLiteral("Langres")};
        s.partners = {{landlord, QStringLiteral("Repère les situations")}};
        s.targetsInequalities = true;
        s.startYear = 2024;
        s.endYear = 2026;
        s.periodStart = QDate(2024, 1, 1);
        s.periodEnd = QDate(2024, 12, 31);
        s.objectives = {{{}, QStringLiteral("Communiquer"), QDate(2024, 6, 30),
                         QStringLiteral("Au premier semestre 2024")},
                        {{}, QStringLiteral("Accompagner"), {}, QStringLiteral("Chaque année")}};
        s.steps = {{{}, QStringLiteral("Bilan annuel"), QDate(2024, 2, 29)}};
        sheet = ActionSheetRepository(db(), clock).create(s);

        IndicatorRepository indicators(db(), clock);
        Indicator computed;
        computed.actionSheetId = sheet;
        computed.kind = IndicatorKind::Process;
        computed.position = 1;
        computed.label = QStringLiteral("Nombre de rencontres réalisées");
        computed.target = QStringLiteral("10");
        computedId = indicators.create(computed);
        IndicatorDefinitionStore(db(), clock)
            .setDefinition(computedId, IndicatorDefinition::count(Measure::Sessions));
        Indicator entered;
        entered.actionSheetId = sheet;
        entered.kind = IndicatorKind::Result;
        entered.position = 2;
        entered.label = QStringLiteral("Professionnels déclarant comprendre la maladie psychique");
        enteredId = indicators.create(entered);
        indicators.setValue({enteredId, QDate(2024, 1, 1), QDate(2024, 12, 31), 0.75,
                             QStringLiteral("9 / 12"), QStringLiteral("Questionnaire"), {}, {}});
        Indicator dropped;
        dropped.actionSheetId = sheet;
        dropped.label = QStringLiteral("Indicateur abandonné");
        dropped.position = 3;
        const Uuid droppedId = indicators.create(dropped);
        indicators.archive(droppedId);
    }

    Uuid landlord;
    Uuid sheet;
    Uuid computedId;
    Uuid enteredId;
};
} // namespace

TEST_CASE("The next period's sheet is the same sheet one year later, chained to it",
          "[sheet-continuation]")
{
    ContinuationFixture f;
    ActionSheetRepository sheets(f.db(), f.clock);
    const SheetContinuation::Result r = SheetContinuation(f.db(), f.clock).continueNextYear(f.sheet);
    CHECK(r.objectives == 2);
    CHECK(r.steps == 1);
    CHECK(r.indicators == 2);

    const ActionSheet old = *sheets.find(f.sheet);
    const ActionSheet next = *sheets.find(r.sheetId);
    CHECK(next.chainedFromId == f.sheet);
    CHECK(next.programmeId == f.programmeId);
    CHECK(next.number == QStringLiteral("3.3.1"));
    CHECK(next.title == old.title);
    CHECK(next.startYear == 2025);
    CHECK(next.endYear == 2027);
    CHECK(next.periodStart == QDate(2025, 1, 1));
    CHECK(next.periodEnd == QDate(2025, 12, 31));
    CHECK(next.typologies == old.typologies);
    CHECK(next.prsAxes == old.prsAxes);
    CHECK(next.determinants == old.determinants);
    CHECK(next.resultCategories == old.resultCategories);
    CHECK(next.communes == old.communes);
    CHECK(next.partners == old.partners);
    CHECK(next.targetsInequalities == std::optional<bool>(true));

    REQUIRE(next.objectives.size() == 2);
    CHECK(next.objectives[0].text == QStringLiteral("Communiquer"));
    CHECK(next.objectives[0].dueDate == QDate(2025, 6, 30));
    CHECK(next.objectives[0].dueText == QStringLiteral("Au premier semestre 2025"));
    CHECK(next.objectives[1].dueDate == QDate());
    CHECK(next.objectives[1].dueText == QStringLiteral("Chaque année"));
    CHECK(next.objectives[0].id != old.objectives[0].id);
    CHECK(next.objectives[1].id != old.objectives[1].id);
    REQUIRE(next.steps.size() == 1);
    // 29 February has no next year: the last day of February.
    CHECK(next.steps[0].dueDate == QDate(2025, 2, 28));
    CHECK(next.steps[0].id != old.steps[0].id);

    // The old sheet is untouched.
    CHECK(old.periodStart == QDate(2024, 1, 1));
    CHECK(old.objectives[0].dueText == QStringLiteral("Au premier semestre 2024"));

    IndicatorRepository indicators(f.db(), f.clock);
    const QList<Indicator> copied = indicators.list(r.sheetId, true);
    REQUIRE(copied.size() == 2);
    CHECK(copied[0].label == QStringLiteral("Nombre de rencontres réalisées"));
    CHECK(copied[0].target == QStringLiteral("10"));
    CHECK(copied[0].kind == IndicatorKind::Process);
    CHECK(copied[1].kind == IndicatorKind::Result);
    IndicatorEngine engine(f.db());
    CHECK(engine.definitionOf(copied[0].id) == engine.definitionOf(f.computedId));
    CHECK(engine.definitionOf(copied[0].id).has_value());
    CHECK_FALSE(engine.definitionOf(copied[1].id).has_value());
    // No hand-entered value comes along.
    CHECK(indicators.values(copied[1].id).isEmpty());
    CHECK(indicators.values(f.enteredId).size() == 1);
    CHECK(f.count("SELECT count(*) FROM indicator_value") == 1);
}

TEST_CASE("A sheet is continued only once into the same period", "[sheet-continuation]")
{
    ContinuationFixture f;
    SheetContinuation continuation(f.db(), f.clock);
    CHECK(continuation.existingContinuation(f.sheet).isNull());
    const Uuid next = continuation.continueNextYear(f.sheet).sheetId;
    CHECK(continuation.existingContinuation(f.sheet) == next);

    const ValidationError e = expectRefused(f.db(), QStringLiteral("chained_from_id"),
                                            [&] { continuation.continueNextYear(f.sheet); });
    CHECK(e.message().contains(QStringLiteral("01/01/2025")));
    CHECK(f.count("SELECT count(*) FROM action_sheet") == 2);

    // The next one continues on its own: 2026.
    const Uuid third = continuation.continueNextYear(next).sheetId;
    CHECK(ActionSheetRepository(f.db(), f.clock).find(third)->periodStart == QDate(2026, 1, 1));

    // An archived continuation no longer counts: the year can be continued again.
    ActionSheetRepository(f.db(), f.clock).archive(next);
    CHECK(continuation.existingContinuation(f.sheet).isNull());
    CHECK_FALSE(continuation.continueNextYear(f.sheet).sheetId.isNull());
}

TEST_CASE("A sheet without period or start year, or unknown, is not continued",
          "[sheet-continuation]")
{
    ContinuationFixture f;
    ActionSheet bare;
    bare.programmeId = f.programmeId;
    bare.number = QStringLiteral("9.9");
    bare.title = QStringLiteral("Sans période");
    const Uuid id = ActionSheetRepository(f.db(), f.clock).create(bare);
    SheetContinuation continuation(f.db(), f.clock);
    expectRefused(f.db(), QStringLiteral("period_start"), [&] { continuation.continueNextYear(id); });
    expectRefused(f.db(), QStringLiteral("id"),
                  [&] { continuation.continueNextYear(Uuid::createV7()); });

    // Years alone are enough: the continuation is matched on them.
    ActionSheet years = bare;
    years.id = {};
    years.number = QStringLiteral("9.8");
    years.startYear = 2024;
    const Uuid yearsId = ActionSheetRepository(f.db(), f.clock).create(years);
    const Uuid next = continuation.continueNextYear(yearsId).sheetId;
    CHECK(ActionSheetRepository(f.db(), f.clock).find(next)->startYear == 2025);
    CHECK(continuation.existingContinuation(yearsId) == next);
    expectRefused(f.db(), QStringLiteral("chained_from_id"),
                  [&] { continuation.continueNextYear(yearsId); });
}

TEST_CASE("Continuing a sheet carries its funders over one year later, amounts to confirm",
          "[sheet-continuation]")
{
    ContinuationFixture f;
    FundingRepository funding(f.db(), f.clock);
    const auto line = [&](const QString &funder, int year, qint64 cents, const QString &note) {
        Funding l;
        l.programmeId = f.programmeId;
        l.actionSheetId = f.sheet;
        l.funder = funder;
        l.year = year;
        l.amountCents = cents;
        l.note = note;
        return funding.create(l);
    };
    line(QStringLiteral("ARS Grand Est"), 2024, 7000000, {});
    line(QStringLiteral("Département"), 2024, 4000000, QStringLiteral("Convention 2024-2026"));
    const Uuid dropped = line(QStringLiteral("Fondation"), 2024, 100000, {});
    funding.archive(dropped);
    Funding programmeWide; // not the sheet's: stays where it is
    programmeWide.programmeId = f.programmeId;
    programmeWide.funder = QStringLiteral("CAF");
    programmeWide.year = 2024;
    programmeWide.amountCents = 2000000;
    funding.create(programmeWide);

    const SheetContinuation::Result r =
        SheetContinuation(f.db(), f.clock).continueNextYear(f.sheet);
    CHECK(r.fundingLines == 2);

    FundingFilter next;
    next.actionSheetId = r.sheetId;
    const QList<Funding> copied = funding.list(next);
    REQUIRE(copied.size() == 2);
    CHECK(copied[0].funder == QStringLiteral("ARS Grand Est"));
    CHECK(copied[0].year == 2025);
    CHECK(copied[0].amountCents == 7000000);
    CHECK(copied[0].programmeId == f.programmeId);
    CHECK(copied[0].note == QStringLiteral("Reconduit de 2024 : montant à confirmer."));
    CHECK(copied[1].funder == QStringLiteral("Département"));
    CHECK(copied[1].note ==
          QStringLiteral("Reconduit de 2024 : montant à confirmer. Convention 2024-2026"));

    // The old sheet keeps its lines; the programme's own line is not copied.
    FundingFilter old;
    old.actionSheetId = f.sheet;
    CHECK(funding.list(old).size() == 2);
    CHECK(f.count("SELECT count(*) FROM funding") == 6);
    CHECK(f.count("SELECT count(*) FROM funding WHERE action_sheet_id IS NULL") == 1);
}

TEST_CASE("sheet-continue continues a sheet from the command line, once", "[sheet-continuation]")
{
    ContinuationFixture f;
    QString out;
    QString err;
    const QStringList args{
        QStringLiteral("--db"),     f.db().path(),           QStringLiteral("sheet-continue"),
        QStringLiteral("--action"), QStringLiteral("3.3.1"), QStringLiteral("--year"),
        QStringLiteral("2024")};
    REQUIRE(test::runCli(args, &out, &err) == 0);
    const Uuid created = Uuid::fromString(out.trimmed());
    REQUIRE_FALSE(created.isNull());
    CHECK(err.contains(QStringLiteral("2 indicateur(s)")));
    const std::optional<ActionSheet> next = ActionSheetRepository(f.db(), f.clock).find(created);
    REQUIRE(next);
    CHECK(next->chainedFromId == f.sheet);
    CHECK(next->periodStart == QDate(2025, 1, 1));

    // Twice is refused with the reason, and nothing is written.
    const int sheets = f.count("SELECT count(*) FROM action_sheet");
    CHECK(test::runCli(args, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("déjà continuée")));
    CHECK(f.count("SELECT count(*) FROM action_sheet") == sheets);
    // Without --action: usage.
    CHECK(test::runCli({QStringLiteral("--db"), f.db().path(), QStringLiteral("sheet-continue")},
                       &out, &err) == 2);
}
