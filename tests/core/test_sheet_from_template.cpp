// "Nouvelle fiche depuis un modèle": the seed sheets' sections (DemoActionSheetContent) and
// their indicator lists (Templates) on a new sheet of the coordinator's programme.

#include "test_programme_fixtures.h"

#include "actionsheets/SheetFromTemplate.h"
#include "indicators/IndicatorEngine.h"
#include "repositories/ActionSheetRepository.h"
#include "repositories/IndicatorRepository.h"
#include "repositories/PartnerRepository.h"

using namespace passerelle;
using passerelle::test::contentHash;
using passerelle::test::expectRefused;
using passerelle::test::ProgrammeFixture;

namespace {
Uuid addPartner(ProgrammeFixture &f, const QString &name, const QString &type)
{
    Partner p;
    p.name = name;
    p.partnerType = type;
    return PartnerRepository(f.db(), f.clock).create(p);
}
} // namespace

TEST_CASE("The pair-aidance template gives seed 000's sheet 3.3.1 with its indicators",
          "[sheet-template]")
{
    ProgrammeFixture f;
    // Two of the seed's seven partners are on file (one in another case of letters).
    const Uuid gem = addPartner(f, QStringLiteral("GEM « Le Fil d'Ariane »"), QStringLiteral("gem"));
    const Uuid unafam = addPartner(f, QStringLiteral("unafam de haute-marne"), QStringLiteral("unafam"));

    const SheetTemplate pairAidance = *Templates::find(u"pair-aidance");
    const SheetFromTemplate::Created c =
        SheetFromTemplate(f.db(), f.clock).create(pairAidance, f.programmeId, 2026);
    CHECK(c.partnersNotFound ==
          QStringList{QStringLiteral("Chaumont Habitat"),
                      QStringLiteral("Centre hospitalier de Haute-Marne (CHHM 52)"),
                      QStringLiteral("TREMPLIN 52"), QStringLiteral("CIAS du Grand Langres"),
                      QStringLiteral("Circonscription d'action sociale de Langres")});

    const ActionSheet s = *ActionSheetRepository(f.db(), f.clock).find(c.sheetId);
    CHECK(s.programmeId == f.programmeId);
    CHECK(s.number == QStringLiteral("3.3.1"));
    CHECK(s.title == QStringLiteral("Dispositif de PAIR-AIDANCE"));
    CHECK(s.clsName == QStringLiteral("Contrat local de santé du Pays de Langres"));
    CHECK(s.carrierStructure == QStringLiteral("UDAF de Haute-Marne"));
    CHECK(s.typologies == QStringList{QStringLiteral("new"), QStringLiteral("innovative")});
    REQUIRE(s.prsAxes.size() == 1);
    CHECK(s.prsAxes[0].code == QStringLiteral("axis4"));
    CHECK(s.prsAxes[0].objective.startsWith(QStringLiteral("Objectif 04.0 - Faciliter")));
    CHECK(s.prse3Axes == QList<ActionSheetAxis>{{QStringLiteral("outside"), QString()}});
    CHECK(s.determinants == QStringList{QStringLiteral("income")});
    CHECK(s.targetsInequalities == std::optional<bool>(true));
    CHECK(s.citizenParticipation == std::optional<bool>(true));
    CHECK(s.startYear == 2026);
    CHECK(s.endYear == 2031); // the seed runs six years, from four years back to next year
    CHECK(s.periodStart == QDate(2026, 1, 1));
    CHECK(s.periodEnd == QDate(2026, 12, 31));
    CHECK(s.frequency == ActionFrequency::Repeated);
    CHECK(s.geographicLevel == GeographicLevel::Intercommunal);
    CHECK(s.department == QStringLiteral("52"));
    CHECK(s.communes.size() == 10);
    CHECK(s.resultCategories ==
          QStringList{QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("B4"),
                      QStringLiteral("C3"), QStringLiteral("D")});
    // Partners by name (the repository lists them by name).
    REQUIRE(s.partners.size() == 2);
    CHECK(s.partners[0] == ActionSheetPartner{gem, QStringLiteral("Vivier des travailleurs pairs")});
    CHECK(s.partners[1] == ActionSheetPartner{unafam, QStringLiteral("Soutien des familles")});

    REQUIRE(s.objectives.size() == 5);
    CHECK(s.objectives[0].dueText == QStringLiteral("Au premier semestre 2026"));
    CHECK(s.objectives[0].dueDate == QDate(2026, 6, 30));
    CHECK(s.objectives[3].dueText == QStringLiteral("Chaque année"));
    CHECK_FALSE(s.objectives[3].dueDate.isValid());
    REQUIRE(s.steps.size() == 5);
    CHECK(s.steps[0].dueDate == QDate(2026, 6, 30));
    CHECK(s.steps[4].dueDate == QDate(2027, 12, 31));

    const QList<Indicator> indicators = IndicatorRepository(f.db(), f.clock).list(c.sheetId);
    CHECK(c.indicators.created == Templates::indicators(pairAidance).size());
    CHECK(c.indicators.defined == 0);
    CHECK(indicators.size() == c.indicators.created);
    CHECK(indicators.first().label == QStringLiteral("Nombre de rencontres réalisées"));
    CHECK(IndicatorEngine(f.db()).definitionOf(indicators.first().id).has_value());
}

TEST_CASE("The mobile-team template takes the landlord the coordinator picks", "[sheet-template]")
{
    ProgrammeFixture f;
    const Uuid landlord = addPartner(f, QStringLiteral("Cantal Habitat"), QStringLiteral("social_landlord"));
    const Uuid ccas = addPartner(f, QStringLiteral("CCAS d'Aurillac"), QStringLiteral("ccas"));
    const SheetTemplate mobileTeam = *Templates::find(u"mobile-team");
    SheetFromTemplate templates(f.db(), f.clock);

    // Without a landlord, or with an unknown one, nothing is written.
    expectRefused(f.db(), QStringLiteral("landlord"),
                  [&] { templates.create(mobileTeam, f.programmeId, 2026); });
    expectRefused(f.db(), QStringLiteral("landlord"),
                  [&] { templates.create(mobileTeam, f.programmeId, 2026, Uuid::createV7()); });

    const SheetFromTemplate::Created c = templates.create(mobileTeam, f.programmeId, 2026, landlord);
    const ActionSheet s = *ActionSheetRepository(f.db(), f.clock).find(c.sheetId);
    CHECK(s.number == QStringLiteral("EMP-1"));
    CHECK(s.carrierStructure == QStringLiteral("Cantal Habitat"));
    CHECK(s.endYear == 2032);
    REQUIRE(s.partners.size() == 2);
    CHECK(s.partners[0] ==
          ActionSheetPartner{ccas, QStringLiteral("Orientation des situations")});
    CHECK(s.partners[1] ==
          ActionSheetPartner{landlord,
                             QStringLiteral("Porteur, met un appartement à disposition de l'équipe")});
    CHECK(s.objectives.last().dueText == QStringLiteral("Fin 2029"));
    CHECK(c.partnersNotFound.size() == 4);

    // The landlord's name is in the indicators that count its situations.
    const QList<Indicator> indicators = IndicatorRepository(f.db(), f.clock).list(c.sheetId);
    CHECK(indicators.size() == Templates::indicators(mobileTeam, landlord, QStringLiteral("Cantal Habitat")).size());
    CHECK(std::any_of(indicators.cbegin(), indicators.cend(), [](const Indicator &i) {
        return i.label.contains(QStringLiteral("Cantal Habitat"));
    }));
}

TEST_CASE("A template sheet refused by the repository leaves nothing behind", "[sheet-template]")
{
    ProgrammeFixture f;
    const SheetTemplate pairAidance = *Templates::find(u"pair-aidance");
    SheetFromTemplate templates(f.db(), f.clock);
    expectRefused(f.db(), QStringLiteral("programme_id"),
                  [&] { templates.create(pairAidance, Uuid::createV7(), 2026); });
    // The draft alone writes nothing.
    const QByteArray before = contentHash(f.db());
    CHECK(templates.draft(pairAidance, f.programmeId, 2026).sheet.objectives.size() == 5);
    CHECK(contentHash(f.db()) == before);
}
