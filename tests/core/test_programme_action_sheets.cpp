// Action sheets: every section of the ARS template (seed 000, action 3.3.1 of the CLS du
// Pays de Langres), replace-the-set updates, invariant 9 and transactional saves.

#include "test_programme_fixtures.h"

#include "repositories/ActionSheetRepository.h"
#include "repositories/FundingRepository.h"
#include "repositories/PartnerRepository.h"
#include "storage/SqliteStatement.h"

#include <algorithm>
#include <functional>
#include <vector>

using namespace passerelle;
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

// The pair-aidance sheet of seed 000, every section filled.
ActionSheet pairAidance(ProgrammeFixture &f)
{
    ActionSheet s;
    s.programmeId = f.programmeId;
    s.number = QStringLiteral("3.3.1");
    s.title = QStringLiteral("Dispositif de PAIR-AIDANCE");
    s.clsName = QStringLiteral("Contrat local de santé du Pays de Langres");
    s.strategicAxis = QStringLiteral("Bien-être et mal-être psychologique");
    s.typologies = {QStringLiteral("new"), QStringLiteral("innovative")};
    s.carrierStructure = QStringLiteral("UDAF de Haute-Marne");
    s.carrierReferent = QStringLiteral("Personne référente");
    s.localContext = QStringLiteral("Face au constat du bailleur social Chaumont Habitat…");
    s.prsAxes = {{QStringLiteral("axis4"),
                  QStringLiteral("Objectif 04.0 - Faciliter l'accès aux soins intégrés, à la "
                                 "prévention et à la réduction des risques et des dommages pour "
                                 "l'ensemble des personnes en souffrance psychique")}};
    s.prse3Axes = {{QStringLiteral("outside"), QString()}};
    s.prsProgramme = QStringLiteral("Parcours santé mentale");
    s.specificObjective = QStringLiteral("Renforcer les compétences et le pouvoir d'agir des "
                                         "personnes en situation de fragilité psychique");
    s.objectives = {
        {{},
         QStringLiteral(
             "Communiquer sur le dispositif de PAIR AIDANCE auprès des acteurs du territoire"),
         QDate(2021, 6, 30),
         QStringLiteral("Au premier semestre 2021")},
        {{},
         QStringLiteral("Réaliser un état des lieux des besoins"),
         QDate(2021, 12, 31),
         QStringLiteral("En 2021")},
        {{},
         QStringLiteral("Former de nouveaux travailleurs pairs"),
         QDate(2021, 12, 31),
         QStringLiteral("En 2021")},
        {{},
         QStringLiteral("Mettre en place des accompagnements"),
         {},
         QStringLiteral("Chaque année")},
        {{},
         QStringLiteral("Organiser un temps d'information collectif"),
         {},
         QStringLiteral("Chaque année")},
    };
    s.implementationDescription = QStringLiteral("Description du dispositif de PAIR AIDANCE…");
    s.steps = {
        {{},
         QStringLiteral("Communication sur le déploiement du dispositif sur le Pays de Langres"),
         QDate(2021, 6, 30)},
        {{}, QStringLiteral("Renforcement de l'équipe des travailleurs pairs"), {}},
        {{}, QStringLiteral("Mise en œuvre du dispositif de PAIR AIDANCE"), {}},
        {{}, QStringLiteral("Temps d'information auprès des acteurs du territoire"), {}},
        {{}, QStringLiteral("Évaluation : bilan annuel"), QDate(2021, 12, 31)},
    };
    s.determinants = {QStringLiteral("income")};
    s.targetsInequalities = true;
    s.publicPolicies = QStringLiteral("Locale, à l'échelle du département");
    s.citizenParticipation = true;
    s.citizenParticipationHow =
        QStringLiteral("Intervention d'un travailleur pair ayant vécu des expériences similaires");
    s.partners = {
        {addPartner(f, QStringLiteral("Chaumont Habitat"), QStringLiteral("social_landlord")),
         QStringLiteral("Bailleur, oriente les locataires")},
        {addPartner(f, QStringLiteral("GEM Le Fil d'Ariane"), QStringLiteral("gem")),
         QStringLiteral("Vivier de travailleurs pairs")},
        {addPartner(f, QStringLiteral("UNAFAM 52"), QStringLiteral("unafam")), QString()}};
    s.publicDescription = QStringLiteral("Personnes en souffrance psychique isolées");
    s.publicCategories = {QStringLiteral("mental_distress"), QStringLiteral("tenants")};
    s.peopleConcerned = QStringLiteral("environ 30 personnes");
    s.placesDescription = QStringLiteral("Domicile des personnes, QPV de Chaumont");
    s.placeTypes = {QStringLiteral("home")};
    s.communes = {QStringLiteral("Langres"), QStringLiteral("Chaumont")};
    s.department = QStringLiteral("52");
    s.geographicLevel = GeographicLevel::Intercommunal;
    s.startYear = 2021;
    s.endYear = 2023;
    s.durationText = QStringLiteral("3 ans");
    s.frequency = ActionFrequency::Repeated;
    s.frequencyDetail = QStringLiteral("Interventions hebdomadaires");
    s.periodStart = QDate(2021, 1, 1);
    s.periodEnd = QDate(2023, 12, 31);
    s.themes = {QStringLiteral("mental_health"), QStringLiteral("housing")};
    s.actionTypes = {QStringLiteral("individual_support"), QStringLiteral("communication")};
    s.resultCategories = {QStringLiteral("B1"), QStringLiteral("A2"), QStringLiteral("D")};
    s.evaluationMethod = QStringLiteral("Évaluation croisée personne / équipe");
    s.contact = QStringLiteral("UDAF 52");
    return s;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

template <typename T, typename Key> QList<T> sortedBy(QList<T> l, Key key)
{
    std::sort(l.begin(), l.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return l;
}

qint64 rows(ProgrammeFixture &f, const char *table, const Uuid &sheet)
{
    SqliteStatement q(f.db().handle(),
                      QByteArray("SELECT count(*) FROM ") + table + " WHERE action_sheet_id = ?");
    q.bindBlob(1, sheet.bytes());
    return q.step() ? q.int64(0) : -1;
}
} // namespace

TEST_CASE("An action sheet round-trips every section of the ARS template")
{
    ProgrammeFixture f;
    ActionSheetRepository repo(f.db(), f.clock);
    const ActionSheet sheet = pairAidance(f);
    const Uuid id = repo.create(sheet);
    const auto found = repo.find(id);
    REQUIRE(found);
    const ActionSheet &s = *found;

    CHECK(s.id == id);
    CHECK(s.programmeId == f.programmeId);
    CHECK(s.chainedFromId.isNull());
    CHECK(s.number == sheet.number);
    CHECK(s.title == sheet.title);
    CHECK(s.clsName == sheet.clsName);
    CHECK(s.strategicAxis == sheet.strategicAxis);
    CHECK(s.carrierStructure == sheet.carrierStructure);
    CHECK(s.carrierReferent == sheet.carrierReferent);
    CHECK(s.localContext == sheet.localContext);
    CHECK(s.specificObjective == sheet.specificObjective);
    CHECK(s.implementationDescription == sheet.implementationDescription);
    CHECK(s.targetsInequalities == std::optional<bool>(true));
    CHECK(s.inequalitiesDetail.isEmpty());
    CHECK(s.publicPolicies == sheet.publicPolicies);
    CHECK(s.citizenParticipation == std::optional<bool>(true));
    CHECK(s.citizenParticipationHow == sheet.citizenParticipationHow);
    CHECK(s.publicDescription == sheet.publicDescription);
    CHECK(s.peopleConcerned == sheet.peopleConcerned);
    CHECK(s.placesDescription == sheet.placesDescription);
    CHECK(s.startYear == std::optional<int>(2021));
    CHECK(s.endYear == std::optional<int>(2023));
    CHECK(s.durationText == sheet.durationText);
    CHECK(s.frequency == std::optional<ActionFrequency>(ActionFrequency::Repeated));
    CHECK(s.frequencyDetail == sheet.frequencyDetail);
    CHECK(s.geographicLevel == std::optional<GeographicLevel>(GeographicLevel::Intercommunal));
    CHECK(s.department == QStringLiteral("52"));
    CHECK(s.prsProgramme == sheet.prsProgramme);
    CHECK(s.evaluationMethod == sheet.evaluationMethod);
    CHECK(s.contact == sheet.contact);
    CHECK(s.periodStart == QDate(2021, 1, 1));
    CHECK(s.periodEnd == QDate(2023, 12, 31));
    CHECK(s.createdAt == f.clock.now());

    // Sets come back in their reference list's order.
    CHECK(s.typologies == QStringList{QStringLiteral("new"), QStringLiteral("innovative")});
    CHECK(s.resultCategories ==
          QStringList{QStringLiteral("A2"), QStringLiteral("B1"), QStringLiteral("D")});
    CHECK(sorted(s.actionTypes) == sorted(sheet.actionTypes));
    CHECK(sorted(s.themes) == sorted(sheet.themes));
    CHECK(sorted(s.publicCategories) == sorted(sheet.publicCategories));
    CHECK(s.determinants == sheet.determinants);
    CHECK(s.placeTypes == sheet.placeTypes);
    CHECK(s.prsAxes == sheet.prsAxes);
    CHECK(s.prse3Axes == sheet.prse3Axes);
    CHECK(s.communes == QStringList{QStringLiteral("Chaumont"), QStringLiteral("Langres")});
    const auto byPartner = [](const ActionSheetPartner &p) { return p.partnerId; };
    CHECK(sortedBy(s.partners, byPartner) == sortedBy(sheet.partners, byPartner));

    // Ordered lists keep their order and get ids.
    REQUIRE(s.objectives.size() == 5);
    for (qsizetype i = 0; i < s.objectives.size(); ++i) {
        CHECK_FALSE(s.objectives.at(i).id.isNull());
        CHECK(s.objectives.at(i).text == sheet.objectives.at(i).text);
        CHECK(s.objectives.at(i).dueDate == sheet.objectives.at(i).dueDate);
        CHECK(s.objectives.at(i).dueText == sheet.objectives.at(i).dueText);
    }
    REQUIRE(s.steps.size() == 5);
    for (qsizetype i = 0; i < s.steps.size(); ++i) {
        CHECK(s.steps.at(i).text == sheet.steps.at(i).text);
        CHECK(s.steps.at(i).dueDate == sheet.steps.at(i).dueDate);
    }

    // Saving what was read changes nothing but the sheet's updated_at.
    f.clock.advanceMs(5000);
    repo.update(s);
    const auto again = repo.find(id);
    REQUIRE(again);
    CHECK(again->objectives == s.objectives);
    CHECK(again->steps == s.steps);
    CHECK(again->partners == s.partners);
    CHECK(again->updatedAt == f.clock.now());
    CHECK(f.count("SELECT count(*) FROM action_sheet_objective WHERE updated_at > created_at") ==
          0);
}

TEST_CASE("Updating a sheet replaces its sets and reconciles its ordered lists by id")
{
    ProgrammeFixture f;
    ActionSheetRepository repo(f.db(), f.clock);
    const Uuid id = repo.create(pairAidance(f));
    ActionSheet s = *repo.find(id);
    const QList<OperationalObjective> before = s.objectives;

    s.typologies = {QStringLiteral("existing")};
    s.prsAxes = {{QStringLiteral("axis1"), QStringLiteral("Prévention")},
                 {QStringLiteral("axis4"), QStringLiteral("Objectif 04.0 (révisé)")}};
    s.prse3Axes.clear();
    s.themes.clear();
    s.communes = {QStringLiteral("Chaumont")};
    s.partners.removeLast();
    s.partners.first().role = QStringLiteral("Oriente les locataires en difficulté");
    // Objectives: the first two swap, the third is dropped and a new one takes its place,
    // the fourth stays as it was, the last is edited.
    s.objectives = {before.at(1),
                    before.at(0),
                    {{},
                     QStringLiteral("Essaimer sur la Communauté de communes d'Auberive"),
                     QDate(2022, 9, 1),
                     QString()},
                    before.at(3),
                    before.at(4)};
    s.objectives[4].text = QStringLiteral("Organiser deux temps d'information collectifs");
    s.steps.clear();
    f.clock.advanceMs(60000);
    repo.update(s);

    const ActionSheet after = *repo.find(id);
    CHECK(after.typologies == QStringList{QStringLiteral("existing")});
    CHECK(after.prsAxes == s.prsAxes);
    CHECK(after.prse3Axes.isEmpty());
    CHECK(after.themes.isEmpty());
    CHECK(after.communes == QStringList{QStringLiteral("Chaumont")});
    CHECK(after.partners.size() == 2);
    CHECK(rows(f, "action_sheet_typology", id) == 1);
    CHECK(rows(f, "action_sheet_prs_axis", id) == 2);
    CHECK(rows(f, "action_sheet_prse3_axis", id) == 0);
    CHECK(rows(f, "action_sheet_theme", id) == 0);
    CHECK(rows(f, "action_sheet_commune", id) == 1);
    CHECK(rows(f, "action_sheet_partner", id) == 2);
    const auto role =
        std::find_if(after.partners.cbegin(), after.partners.cend(),
                     [&](const auto &p) { return p.partnerId == s.partners.first().partnerId; });
    REQUIRE(role != after.partners.cend());
    CHECK(role->role == QStringLiteral("Oriente les locataires en difficulté"));

    REQUIRE(after.objectives.size() == 5);
    CHECK(after.objectives.at(0).id == before.at(1).id);
    CHECK(after.objectives.at(1).id == before.at(0).id);
    CHECK_FALSE(after.objectives.at(2).id.isNull());
    CHECK(after.objectives.at(2).dueDate == QDate(2022, 9, 1));
    CHECK(after.objectives.at(3) == before.at(3));
    CHECK(after.objectives.at(4).id == before.at(4).id);
    CHECK(after.objectives.at(4).text ==
          QStringLiteral("Organiser deux temps d'information collectifs"));
    CHECK(after.steps.isEmpty());

    // Entities are archived, not deleted; untouched rows keep their updated_at.
    CHECK(rows(f, "action_sheet_objective", id) == 6);
    CHECK(rows(f, "action_sheet_step", id) == 5);
    CHECK(f.count("SELECT count(*) FROM action_sheet_objective WHERE archived_at IS NOT NULL") ==
          1);
    CHECK(f.count("SELECT count(*) FROM action_sheet_step WHERE archived_at IS NOT NULL") == 5);
    // Moved (0, 1) and edited (4) rows carry the new time; the one that kept its place and
    // text (3) does not, nor does the new one (created now).
    CHECK(f.count("SELECT count(*) FROM action_sheet_objective WHERE archived_at IS NULL"
                  " AND updated_at = created_at") == 2);
    CHECK(f.count("SELECT count(*) FROM action_sheet_objective WHERE archived_at IS NULL"
                  " AND updated_at > created_at") == 3);

    // Listing a dropped objective again brings the same row back.
    ActionSheet restored = after;
    restored.objectives.append(before.at(2));
    repo.update(restored);
    const ActionSheet last = *repo.find(id);
    REQUIRE(last.objectives.size() == 6);
    CHECK(last.objectives.last().id == before.at(2).id);
    CHECK(f.count("SELECT count(*) FROM action_sheet_objective WHERE archived_at IS NOT NULL") ==
          0);
}

TEST_CASE("Every section of a sheet is validated and the refusal names it")
{
    ProgrammeFixture f;
    ActionSheetRepository repo(f.db(), f.clock);
    const ActionSheet good = pairAidance(f);

    struct Case
    {
        const char *field;
        std::function<void(ActionSheet &)> spoil;
    };
    const QString unknown = QStringLiteral("unknown_code");
    const std::vector<Case> cases = {
        {"programme_id", [](ActionSheet &s) { s.programmeId = {}; }},
        {"programme_id", [](ActionSheet &s) { s.programmeId = Uuid::createV7(); }},
        {"number", [](ActionSheet &s) { s.number = QStringLiteral(" "); }},
        {"title", [](ActionSheet &s) { s.title.clear(); }},
        {"start_year", [](ActionSheet &s) { s.startYear = 1989; }},
        {"end_year", [](ActionSheet &s) { s.endYear = 2020; }},
        {"end_year", [](ActionSheet &s) { s.endYear = 2101; }},
        {"period_end", [](ActionSheet &s) { s.periodEnd = QDate(2020, 12, 31); }},
        {"typology", [&](ActionSheet &s) { s.typologies.append(unknown); }},
        {"typology", [](ActionSheet &s) { s.typologies.append(QStringLiteral("new")); }},
        {"typology", [](ActionSheet &s) { s.typologies.append(QStringLiteral(" ")); }},
        {"prs_axis",
         [&](ActionSheet &s) {
             s.prsAxes.append({unknown, {}});
         }},
        {"prs_axis",
         [](ActionSheet &s) {
             s.prsAxes.append({QStringLiteral("axis4"), {}});
         }},
        {"prse3_axis",
         [&](ActionSheet &s) {
             s.prse3Axes.append({unknown, {}});
         }},
        {"determinant", [&](ActionSheet &s) { s.determinants.append(unknown); }},
        {"action_type", [&](ActionSheet &s) { s.actionTypes.append(unknown); }},
        {"result_category",
         [](ActionSheet &s) { s.resultCategories.append(QStringLiteral("E1")); }},
        {"public_category", [&](ActionSheet &s) { s.publicCategories.append(unknown); }},
        {"theme", [&](ActionSheet &s) { s.themes.append(unknown); }},
        {"place_type", [&](ActionSheet &s) { s.placeTypes.append(unknown); }},
        {"commune", [](ActionSheet &s) { s.communes.append(QStringLiteral("  ")); }},
        {"commune", [](ActionSheet &s) { s.communes.append(QStringLiteral(" Langres")); }},
        {"partner",
         [](ActionSheet &s) {
             s.partners.append({Uuid::createV7(), {}});
         }},
        {"partner", [](ActionSheet &s) { s.partners.append(s.partners.first()); }},
        {"partner", [](ActionSheet &s) { s.partners.append(ActionSheetPartner{}); }},
        {"objective", [](ActionSheet &s) { s.objectives[2].text = QStringLiteral("\t"); }},
        {"step", [](ActionSheet &s) { s.steps.append(ImplementationStep{}); }},
    };
    for (const Case &c : cases) {
        INFO(c.field);
        ActionSheet bad = good;
        c.spoil(bad);
        expectRefused(f.db(), QString::fromLatin1(c.field), [&] { repo.create(bad); });
    }

    // Messages are French sentences naming the section and the entry.
    ActionSheet bad = good;
    bad.resultCategories.append(QStringLiteral("E1"));
    bad.objectives[1].text.clear();
    const auto e =
        expectRefused(f.db(), QStringLiteral("result_category"), [&] { repo.create(bad); });
    const auto all = e.all();
    REQUIRE(all.size() == 2); // both reported at once, the value checks first
    CHECK(all.at(0).field == QStringLiteral("objective"));
    CHECK(all.at(0).message.contains(QStringLiteral("Objectif opérationnel")));
    CHECK(all.at(0).message.contains(QStringLiteral("n° 2")));
    CHECK(all.at(1).field == QStringLiteral("result_category"));
    CHECK(all.at(1).message.contains(QStringLiteral("Catégories de résultats")));
    CHECK(all.at(1).message.contains(QStringLiteral("E1")));
    CHECK(e.message().startsWith(QStringLiteral("fiche action 3.3.1")));
    CHECK(f.count("SELECT count(*) FROM action_sheet") == 0);
}

TEST_CASE("Objective and step ids cannot be taken from another sheet")
{
    ProgrammeFixture f;
    ActionSheetRepository repo(f.db(), f.clock);
    const ActionSheet first = *repo.find(repo.create(pairAidance(f)));
    ActionSheet second = pairAidance(f);
    second.number = QStringLiteral("3.3.2");
    second.partners.clear();
    second.objectives = {first.objectives.at(0)};
    expectRefused(f.db(), QStringLiteral("objective"), [&] { repo.create(second); });
    second.objectives.clear();
    second.steps = {first.steps.at(0)};
    expectRefused(f.db(), QStringLiteral("step"), [&] { repo.create(second); });
    ActionSheet repeated = first;
    repeated.objectives.append(first.objectives.at(0));
    expectRefused(f.db(), QStringLiteral("objective"), [&] { repo.update(repeated); });
}

TEST_CASE("Invariant 9: a sheet is never chained to itself, directly or through a loop")
{
    ProgrammeFixture f;
    ActionSheetRepository repo(f.db(), f.clock);
    ActionSheet y2020 = pairAidance(f);
    y2020.partners.clear();
    y2020.number = QStringLiteral("3.3.1-2020");
    const Uuid a = repo.create(y2020);
    ActionSheet y2021 = y2020;
    y2021.number = QStringLiteral("3.3.1-2021");
    y2021.chainedFromId = a;
    const Uuid b = repo.create(y2021);
    ActionSheet y2022 = y2020;
    y2022.number = QStringLiteral("3.3.1-2022");
    y2022.chainedFromId = b;
    const Uuid c = repo.create(y2022);
    CHECK(repo.find(c)->chainedFromId == b);

    ActionSheet self = *repo.find(a);
    self.chainedFromId = a;
    const auto e =
        expectRefused(f.db(), QStringLiteral("chained_from_id"), [&] { repo.update(self); });
    CHECK(e.reason().contains(QStringLiteral("elle-même")));

    ActionSheet loop = *repo.find(a);
    loop.chainedFromId = c; // a ← b ← c ← a
    expectRefused(f.db(), QStringLiteral("chained_from_id"), [&] { repo.update(loop); });
    loop.chainedFromId = b; // a ← b ← a
    expectRefused(f.db(), QStringLiteral("chained_from_id"), [&] { repo.update(loop); });

    ActionSheet withId = y2020;
    withId.id = Uuid::createV7();
    withId.chainedFromId = withId.id; // caught before any row exists
    expectRefused(f.db(), QStringLiteral("chained_from_id"), [&] { repo.create(withId); });
    withId.chainedFromId = Uuid::createV7();
    expectRefused(f.db(), QStringLiteral("chained_from_id"), [&] { repo.create(withId); });

    // Rechaining along the line is fine: c directly after a.
    ActionSheet shortcut = *repo.find(c);
    shortcut.chainedFromId = a;
    repo.update(shortcut);
    CHECK(repo.find(c)->chainedFromId == a);
}

TEST_CASE("A failure in a child row leaves no part of the sheet written")
{
    ProgrammeFixture f;
    ActionSheetRepository repo(f.db(), f.clock);
    // The C++ checks let this commune through; the database refuses it, as it would refuse
    // a row after a disk error. It comes after the sheet, its sets and partners are written.
    execSql(f.db().handle(),
            "CREATE TEMP TRIGGER refuse_commune BEFORE INSERT ON action_sheet_commune"
            " WHEN NEW.commune = 'Auberive'"
            " BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: commune'); END");
    ActionSheet sheet = pairAidance(f);
    sheet.communes.append(QStringLiteral("Auberive"));
    const auto e = expectRefused(f.db(), QStringLiteral("commune"), [&] { repo.create(sheet); });
    CHECK(e.record().contains(QStringLiteral("action_sheet_commune")));
    CHECK(f.count("SELECT count(*) FROM action_sheet") == 0);
    CHECK(f.count("SELECT count(*) FROM action_sheet_typology") == 0);

    // On update, the old sheet and every old section survive the failure.
    sheet.communes.removeLast();
    const Uuid id = repo.create(sheet);
    const ActionSheet saved = *repo.find(id);
    ActionSheet edited = saved;
    edited.title = QStringLiteral("Titre modifié");
    edited.typologies = {QStringLiteral("experimental")};
    edited.objectives.removeFirst();
    edited.communes = {QStringLiteral("Auberive")};
    f.clock.advanceMs(1000);
    expectRefused(f.db(), QStringLiteral("commune"), [&] { repo.update(edited); });
    const ActionSheet kept = *repo.find(id);
    CHECK(kept.title == saved.title);
    CHECK(kept.typologies == saved.typologies);
    CHECK(kept.objectives == saved.objectives);
    CHECK(kept.communes == saved.communes);
    CHECK(kept.updatedAt == saved.updatedAt);
}

TEST_CASE("Sheets are listed per programme, archived and restored")
{
    ProgrammeFixture f;
    ActionSheetRepository repo(f.db(), f.clock);
    const Uuid other = f.addProgramme(QStringLiteral("EMP"), QStringLiteral("Équipe mobile"));
    const Uuid a = repo.create(pairAidance(f));
    ActionSheet b = pairAidance(f);
    b.partners.clear();
    b.programmeId = other;
    b.number = QStringLiteral("2.1");
    repo.create(b);

    const QList<ActionSheet> mine = repo.list(f.programmeId);
    REQUIRE(mine.size() == 1);
    CHECK(mine.first().objectives.size() == 5); // listed with their sections
    CHECK(mine.first().partners.size() == 3);
    CHECK(repo.list().size() == 2);
    repo.archive(a);
    CHECK(repo.list(f.programmeId).isEmpty());
    CHECK(repo.list(f.programmeId, true).size() == 1);
    CHECK(repo.find(a)->archivedAt == f.clock.now());
    repo.restore(a);
    CHECK(repo.list(f.programmeId).size() == 1);

    ActionSheet ghost = pairAidance(f);
    ghost.id = Uuid::createV7();
    expectRefused(f.db(), QStringLiteral("id"), [&] { repo.update(ghost); });
    expectRefused(f.db(), QStringLiteral("id"), [&] { repo.restore(ghost.id); });
}

TEST_CASE("Invariant 8: a sheet with earmarked funding cannot move to another programme")
{
    ProgrammeFixture f;
    ActionSheetRepository sheets(f.db(), f.clock);
    FundingRepository funding(f.db(), f.clock);
    const Uuid other = f.addProgramme(QStringLiteral("EMP"), QStringLiteral("Équipe mobile"));
    const Uuid id = sheets.create(pairAidance(f));

    // Without funding, moving is allowed (and back again).
    ActionSheet moved = *sheets.find(id);
    moved.programmeId = other;
    sheets.update(moved);
    moved.programmeId = f.programmeId;
    sheets.update(moved);

    Funding ars;
    ars.programmeId = f.programmeId;
    ars.actionSheetId = id;
    ars.funder = QStringLiteral("ARS Grand Est");
    ars.year = 2021;
    ars.amountCents = 2000000;
    const Uuid fundingId = funding.create(ars);
    moved.programmeId = other;
    const auto e =
        expectRefused(f.db(), QStringLiteral("programme_id"), [&] { sheets.update(moved); });
    CHECK(e.reason().contains(QStringLiteral("1 financement")));
    // Archived funding still counts: the invariant holds for every row.
    funding.archive(fundingId);
    expectRefused(f.db(), QStringLiteral("programme_id"), [&] { sheets.update(moved); });
}
