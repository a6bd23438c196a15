// PersonRepository and HouseholdRepository: pseudonymous codes, optional identity, members
// saved with their household, invariant 11, rollback.

#include "test_casework_fixtures.h"

#include "repositories/HouseholdRepository.h"
#include "repositories/PersonRepository.h"
#include "storage/SqliteStatement.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace passerelle;
using namespace passerelle::test;

TEST_CASE("Person: generated pseudonymous code, optional identity, round trip and archive")
{
    CaseworkFixture f;
    PersonRepository repo(f.db(), f.clock);

    Person p;
    p.firstName = QStringLiteral("Hélène");
    p.lastName = QStringLiteral("Durand");
    p.birthYear = 1971;
    p.sex = Sex::Female;
    const Uuid id = repo.create(p);
    auto found = repo.find(id);
    REQUIRE(found);
    CHECK(QRegularExpression(QStringLiteral("^P-[0-9A-Z]{6}$")).match(found->code).hasMatch());
    CHECK(found->code == personCodeFor(id));                                       // from the id…
    CHECK_FALSE(found->code.contains(QStringLiteral("DUR"), Qt::CaseInsensitive)); // …not the name
    CHECK(found->firstName == QStringLiteral("Hélène"));
    CHECK(found->birthYear == 1971);
    CHECK(found->sex == Sex::Female);
    CHECK(repo.findByCode(found->code)->id == id);

    // Only the code is required.
    const Uuid anonymous = repo.create(Person{});
    const Person bare = *repo.find(anonymous);
    CHECK_FALSE(bare.code.isEmpty());
    CHECK(bare.firstName.isEmpty());
    CHECK_FALSE(bare.birthYear.has_value());
    CHECK_FALSE(bare.sex.has_value());
    CHECK(bare.code != found->code);

    f.clock.advanceMs(1000);
    Person edited = *found;
    edited.birthYear.reset();
    edited.lastName.clear();
    repo.update(edited);
    found = repo.find(id);
    CHECK_FALSE(found->birthYear.has_value());
    CHECK(found->lastName.isEmpty());
    CHECK(found->updatedAt == f.clock.now());

    repo.archive(id);
    CHECK(repo.find(id)->archivedAt.isValid());
    repo.restore(id);
    CHECK_FALSE(repo.find(id)->archivedAt.isValid());
}

TEST_CASE("Person: refused codes and values name their field and change nothing")
{
    CaseworkFixture f;
    PersonRepository repo(f.db(), f.clock);
    Person first;
    first.code = QStringLiteral("P-AAA111");
    const Uuid id = repo.create(first);

    Person twin;
    twin.code = QStringLiteral("P-AAA111");
    const ValidationError dup = requireRefused(
        f.db(), [&] { repo.create(twin); }, QStringLiteral("code"));
    CHECK(dup.reason().contains(QStringLiteral("P-AAA111")));

    Person named;
    named.firstName = QStringLiteral("Kevin");
    named.code = QStringLiteral("KEVIN-2025");
    const ValidationError reveal = requireRefused(
        f.db(), [&] { repo.create(named); }, QStringLiteral("code"));
    CHECK(reveal.reason().contains(QStringLiteral("pseudonyme")));

    Person future;
    future.birthYear = 2026; // the clock says 2025
    requireRefused(
        f.db(), [&] { repo.create(future); }, QStringLiteral("birth_year"));
    future.birthYear = 1899;
    requireRefused(
        f.db(), [&] { repo.create(future); }, QStringLiteral("birth_year"));

    Person relationOnly;
    relationOnly.relation = QStringLiteral("child");
    requireRefused(
        f.db(), [&] { repo.create(relationOnly); }, QStringLiteral("relation"));

    Person lost;
    lost.householdId = Uuid::createV7();
    requireRefused(
        f.db(), [&] { repo.create(lost); }, QStringLiteral("household_id"));

    Person renamed = *repo.find(id);
    renamed.code = QStringLiteral("   ");
    requireRefused(
        f.db(), [&] { repo.update(renamed); }, QStringLiteral("code"));
    CHECK(scalarOf(f.db(), "SELECT count(*) FROM person") == 1);
}

TEST_CASE("Person: a generated code skips taken codes and codes that would spell the name")
{
    CaseworkFixture f;
    PersonRepository repo(f.db(), f.clock);
    const Uuid id = Uuid::createV7();
    // Someone already holds the code this id would get first.
    Person holder;
    holder.code = personCodeFor(id, 0);
    repo.create(holder);

    Person p;
    p.id = id;
    repo.create(p);
    CHECK(repo.find(id)->code == personCodeFor(id, 1));

    // A name that happens to be inside the first candidate is skipped too.
    const Uuid other = Uuid::createV7();
    Person q;
    q.id = other;
    q.lastName = personCodeFor(other, 0).mid(2, 4);
    repo.create(q);
    CHECK(repo.find(other)->code == personCodeFor(other, 1));
}

TEST_CASE("Household: members saved with the household, detached when no longer listed")
{
    CaseworkFixture f;
    PersonRepository people(f.db(), f.clock);
    HouseholdRepository repo(f.db(), f.clock);
    const Uuid mother = people.create(Person{});
    const Uuid son = people.create(Person{});
    const Uuid friendId = people.create(Person{});

    Household h;
    h.landlordPartnerId = f.landlord;
    h.housingKind = HousingKind::SocialRental;
    h.commune = QStringLiteral("Chaumont");
    h.qpv = true;
    h.tenancyStart = QDate(2019, 9, 1);
    h.rentArrearsCents = 284'050;
    h.repaymentPlan = true;
    h.evictionStage = QStringLiteral("payment_order");
    h.members = {{mother, QStringLiteral("self")}, {son, QStringLiteral("child")}};
    const Uuid id = repo.create(h);

    auto found = repo.find(id);
    REQUIRE(found);
    CHECK(found->code.startsWith(QLatin1String("M-")));
    CHECK(found->landlordPartnerId == f.landlord);
    CHECK(found->housingKind == HousingKind::SocialRental);
    CHECK(found->qpv == true);
    CHECK(found->tenancyStart == QDate(2019, 9, 1));
    CHECK(found->rentArrearsCents == 284'050);
    CHECK(found->repaymentPlan);
    CHECK(found->evictionStage == QLatin1String("payment_order"));
    REQUIRE(found->members.size() == 2);
    CHECK(found->members[0].personId == mother); // reference person first
    CHECK(people.find(son)->householdId == id);
    CHECK(people.find(son)->relation == QLatin1String("child"));
    CHECK(people.listForHousehold(id).size() == 2);
    CHECK(repo.findByCode(found->code)->id == id);

    // The son leaves, a friend is hosted; the son's record loses its household.
    f.clock.advanceMs(5000);
    Household edited = *found;
    edited.members = {{mother, QStringLiteral("self")}, {friendId, QStringLiteral("other")}};
    edited.qpv.reset();
    edited.evictionStage.clear();
    repo.update(edited);
    found = repo.find(id);
    CHECK(found->members.size() == 2);
    CHECK_FALSE(found->qpv.has_value());
    CHECK(found->evictionStage.isEmpty());
    CHECK(people.find(son)->householdId.isNull());
    CHECK(people.find(son)->relation.isEmpty());
    CHECK(people.find(son)->updatedAt == f.clock.now());
    CHECK(people.find(friendId)->householdId == id);
    // The mother's row did not change, so it was not rewritten.
    CHECK(people.find(mother)->updatedAt != f.clock.now());

    repo.archive(id);
    CHECK(repo.list().isEmpty());
    CHECK(repo.list(true).size() == 1);
    repo.restore(id);
    CHECK(repo.list().size() == 1);
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Household invariant 11: one reference person, through the household or the person")
{
    CaseworkFixture f;
    PersonRepository people(f.db(), f.clock);
    HouseholdRepository repo(f.db(), f.clock);
    const Uuid a = people.create(Person{});
    const Uuid b = people.create(Person{});

    Household h;
    h.members = {{a, QStringLiteral("self")}, {b, QStringLiteral("self")}};
    requireRefused(
        f.db(), [&] { repo.create(h); }, QStringLiteral("person.relation"));

    h.members = {{a, QStringLiteral("self")}, {b, QStringLiteral("partner")}};
    const Uuid id = repo.create(h);

    // Through the person's own record.
    Person pb = *people.find(b);
    pb.relation = QStringLiteral("self");
    const ValidationError e = requireRefused(
        f.db(), [&] { people.update(pb); }, QStringLiteral("relation"));
    CHECK(e.reason().contains(QStringLiteral("personne de référence")));
    Person c;
    c.householdId = id;
    c.relation = QStringLiteral("self");
    requireRefused(
        f.db(), [&] { people.create(c); }, QStringLiteral("relation"));

    // Swapping the reference person in one household save is fine: the old one leaves first.
    Household swapped = *repo.find(id);
    swapped.members = {{b, QStringLiteral("self")}};
    repo.update(swapped);
    CHECK(people.find(b)->relation == QLatin1String("self"));
    CHECK(people.find(a)->householdId.isNull());
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Household: refused values name their field and change nothing")
{
    CaseworkFixture f;
    PersonRepository people(f.db(), f.clock);
    HouseholdRepository repo(f.db(), f.clock);
    const Uuid a = people.create(Person{});

    Household h;
    h.landlordPartnerId = Uuid::createV7();
    requireRefused(
        f.db(), [&] { repo.create(h); }, QStringLiteral("landlord_partner_id"));
    h = Household{};
    h.evictionStage = QStringLiteral("dragons");
    requireRefused(
        f.db(), [&] { repo.create(h); }, QStringLiteral("eviction_stage"));
    h = Household{};
    h.rentArrearsCents = -1;
    requireRefused(
        f.db(), [&] { repo.create(h); }, QStringLiteral("rent_arrears_cents"));
    h = Household{};
    h.members = {{Uuid::createV7(), QStringLiteral("child")}};
    requireRefused(
        f.db(), [&] { repo.create(h); }, QStringLiteral("person.household_id"));
    h.members = {{a, QStringLiteral("cousin_of_a_friend")}};
    requireRefused(
        f.db(), [&] { repo.create(h); }, QStringLiteral("person.relation"));
    h.members = {{a, QString()}};
    requireRefused(
        f.db(), [&] { repo.create(h); }, QStringLiteral("person.relation"));
    h.members = {{a, QStringLiteral("self")}, {a, QStringLiteral("child")}};
    requireRefused(
        f.db(), [&] { repo.create(h); }, QStringLiteral("person.household_id"));

    h = Household{};
    h.code = QStringLiteral("M-LOGISENS-01");
    repo.create(h);
    requireRefused(
        f.db(), [&] { repo.create(h); }, QStringLiteral("code"));
    CHECK(scalarOf(f.db(), "SELECT count(*) FROM household") == 1);
}

TEST_CASE("Household: an error while saving members leaves no household behind")
{
    CaseworkFixture f;
    PersonRepository people(f.db(), f.clock);
    HouseholdRepository repo(f.db(), f.clock);
    const Uuid a = people.create(Person{});
    execSql(f.db().handle(),
            "CREATE TEMP TRIGGER fail_member BEFORE UPDATE OF household_id ON person "
            "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
    const QByteArray before = contentHash(f.db());
    Household h;
    h.members = {{a, QStringLiteral("self")}};
    CHECK_THROWS_AS(repo.create(h), StorageError);
    CHECK(contentHash(f.db()) == before);
    CHECK(scalarOf(f.db(), "SELECT count(*) FROM household") == 0);
}
