// Organisation, programme, worker, partner, communication material and reference lists.
// Action sheets, funding and indicators: test_programme_action_sheets.cpp and
// test_programme_funding_indicators.cpp.

#include "test_programme_fixtures.h"

#include "repositories/CommunicationMaterialRepository.h"
#include "repositories/PartnerRepository.h"
#include "repositories/ReferenceRepository.h"
#include "repositories/WorkerRepository.h"
#include "storage/ReferenceData.h"

#include <limits>

using namespace passerelle;
using passerelle::test::expectRefused;
using passerelle::test::ProgrammeFixture;

TEST_CASE("Organisations round-trip, update, archive and restore")
{
    ProgrammeFixture f;
    OrganisationRepository repo(f.db(), f.clock);
    Organisation logisens;
    logisens.name = QStringLiteral("  LOGISENS  ");
    logisens.commune = QStringLiteral("Aurillac");
    const Uuid id = repo.create(logisens);
    CHECK(id.version() == 7);

    auto found = repo.find(id);
    REQUIRE(found);
    CHECK(found->name == QStringLiteral("LOGISENS")); // stored trimmed
    CHECK(found->commune == QStringLiteral("Aurillac"));
    CHECK(found->shortName.isEmpty());
    CHECK(found->createdAt == f.clock.now());
    CHECK(found->updatedAt == f.clock.now());
    CHECK_FALSE(found->archivedAt.isValid());

    f.clock.advanceMs(60000);
    found->department = QStringLiteral("15");
    repo.update(*found);
    const auto updated = repo.find(id);
    REQUIRE(updated);
    CHECK(updated->department == QStringLiteral("15"));
    CHECK(updated->createdAt == found->createdAt);
    CHECK(updated->updatedAt == f.clock.now());

    CHECK(repo.list().size() == 2);
    repo.archive(id);
    CHECK(repo.find(id)->archivedAt == f.clock.now());
    CHECK(repo.list().size() == 1);
    CHECK(repo.list(true).size() == 2);
    repo.archive(id); // idempotent
    repo.restore(id);
    CHECK_FALSE(repo.find(id)->archivedAt.isValid());
    CHECK(repo.list().size() == 2);
}

TEST_CASE("Organisation writes are validated and name their field")
{
    ProgrammeFixture f;
    OrganisationRepository repo(f.db(), f.clock);
    Organisation blank;
    blank.name = QStringLiteral("   ");
    const auto e = expectRefused(f.db(), QStringLiteral("name"), [&] { repo.create(blank); });
    CHECK(e.reason().contains(QStringLiteral("Nom")));

    Organisation ghost;
    ghost.id = Uuid::createV7();
    ghost.name = QStringLiteral("Fantôme");
    expectRefused(f.db(), QStringLiteral("id"), [&] { repo.update(ghost); });
    expectRefused(f.db(), QStringLiteral("id"), [&] { repo.archive(ghost.id); });
    CHECK_FALSE(repo.find(ghost.id));
}

TEST_CASE("Programmes round-trip and are listed per organisation")
{
    ProgrammeFixture f;
    ProgrammeRepository repo(f.db(), f.clock);
    Programme emp;
    emp.organisationId = f.organisationId;
    emp.code = QStringLiteral("EMP2");
    emp.name = QStringLiteral("Équipe mobile précarité");
    emp.territory = QStringLiteral("Cantal");
    emp.startDate = QDate(2021, 1, 1);
    emp.endDate = QDate(2023, 12, 31);
    const Uuid id = repo.create(emp);
    const auto found = repo.find(id);
    REQUIRE(found);
    CHECK(found->code == QStringLiteral("EMP2"));
    CHECK(found->name == emp.name);
    CHECK(found->organisationId == f.organisationId);
    CHECK(found->startDate == QDate(2021, 1, 1));
    CHECK(found->endDate == QDate(2023, 12, 31));

    Organisation other;
    other.name = QStringLiteral("CLSM Lille-Est");
    const Uuid otherOrg = OrganisationRepository(f.db(), f.clock).create(other);
    Programme commission;
    commission.organisationId = otherOrg;
    commission.code = QStringLiteral("PA"); // same code, other organisation: allowed
    commission.name = QStringLiteral("Commission appartement");
    repo.create(commission);

    CHECK(repo.list(f.organisationId).size() == 2);
    CHECK(repo.list(otherOrg).size() == 1);
    CHECK(repo.list().size() == 3);
    repo.archive(id);
    CHECK(repo.list(f.organisationId).size() == 1);
    CHECK(repo.list(f.organisationId, true).size() == 2);
}

TEST_CASE("Programme codes are checked: shape, and unique among current programmes")
{
    ProgrammeFixture f;
    ProgrammeRepository repo(f.db(), f.clock);
    Programme p;
    p.organisationId = f.organisationId;
    p.name = QStringLiteral("Consultations addictologie");
    for (const char *bad : {"pa", "1PA", "ABCDEFGHI", "P-A", ""}) {
        INFO(bad);
        p.code = QString::fromLatin1(bad);
        expectRefused(f.db(), QStringLiteral("code"), [&] { repo.create(p); });
    }
    p.code = QStringLiteral("PA"); // the fixture's programme has it
    const auto e = expectRefused(f.db(), QStringLiteral("code"), [&] { repo.create(p); });
    CHECK(e.reason().contains(QStringLiteral("PA")));

    // Once the first is archived, the code is free again; restoring the first is refused.
    repo.archive(f.programmeId);
    const Uuid second = repo.create(p);
    expectRefused(f.db(), QStringLiteral("code"), [&] { repo.restore(f.programmeId); });
    CHECK(repo.find(f.programmeId)->archivedAt.isValid());
    repo.archive(second);
    repo.restore(f.programmeId);
    CHECK_FALSE(repo.find(f.programmeId)->archivedAt.isValid());

    // Renaming a programme keeps its own code without colliding with itself.
    auto own = *repo.find(f.programmeId);
    own.name = QStringLiteral("Pair-aidance Pays de Langres");
    repo.update(own);
    CHECK(repo.find(f.programmeId)->name == own.name);
}

TEST_CASE("Programme writes refuse a missing organisation and reversed dates")
{
    ProgrammeFixture f;
    ProgrammeRepository repo(f.db(), f.clock);
    Programme p;
    p.code = QStringLiteral("EMP");
    p.name = QStringLiteral("Équipe mobile");
    expectRefused(f.db(), QStringLiteral("organisation_id"), [&] { repo.create(p); });
    p.organisationId = Uuid::createV7();
    expectRefused(f.db(), QStringLiteral("organisation_id"), [&] { repo.create(p); });
    p.organisationId = f.organisationId;
    p.startDate = QDate(2024, 6, 1);
    p.endDate = QDate(2024, 5, 31);
    expectRefused(f.db(), QStringLiteral("end_date"), [&] { repo.create(p); });

    // Every refused field is reported at once.
    Programme worst;
    worst.code = QStringLiteral("x");
    const auto e = expectRefused(f.db(), QStringLiteral("code"), [&] { repo.create(worst); });
    CHECK(test::fieldsOf(e).contains(QStringLiteral("organisation_id")));
    CHECK(test::fieldsOf(e).contains(QStringLiteral("name")));
}

namespace {
Worker peerWorker(const Uuid &organisationId)
{
    Worker w;
    w.organisationId = organisationId;
    w.code = QStringLiteral("TP1");
    w.displayName = QStringLiteral("Travailleur pair 1");
    w.role = WorkerRole::PeerWorker;
    w.profession = QStringLiteral("Pair-aidant (GEM)");
    w.fte = 0.2;
    w.trainedOn = QDate(2021, 5, 20);
    w.email = QStringLiteral("tp1@udaf52.example");
    w.phone = QStringLiteral("03 25 00 00 00");
    return w;
}

// A case of the fixture's programme with `worker` assigned as `pairRole`; the casework
// repositories are not needed to prove the worker side of invariant 5.
void assign(ProgrammeFixture &f, const Uuid &worker, const char *pairRole, const char *unassignedOn)
{
    const Uuid caseId = Uuid::createV7();
    SqliteStatement c(
        f.db().handle(),
        "INSERT INTO case_file(id, programme_id, number, status, identified_on,"
        " created_at, updated_at) VALUES (?, ?, ?, 'identified', '2025-01-06', 0, 0)");
    c.bindBlob(1, caseId.bytes());
    c.bindBlob(2, f.programmeId.bytes());
    c.bindText(3, QStringLiteral("PA-2025-") + caseId.toString().right(4));
    c.execute();
    SqliteStatement w(f.db().handle(),
                      "INSERT INTO case_worker(case_id, worker_id, pair_role, assigned_on,"
                      " unassigned_on) VALUES (?, ?, ?, '2025-01-06', ?)");
    w.bindBlob(1, caseId.bytes());
    w.bindBlob(2, worker.bytes());
    w.bindText(3, QString::fromLatin1(pairRole));
    if (unassignedOn)
        w.bindText(4, QString::fromLatin1(unassignedOn));
    else
        w.bindNull(4);
    w.execute();
}
} // namespace

TEST_CASE("Workers round-trip every field and are filtered")
{
    ProgrammeFixture f;
    WorkerRepository repo(f.db(), f.clock);
    const Uuid tp1 = repo.create(peerWorker(f.organisationId));
    const auto found = repo.find(tp1);
    REQUIRE(found);
    CHECK(found->code == QStringLiteral("TP1"));
    CHECK(found->role == WorkerRole::PeerWorker);
    CHECK(found->profession == QStringLiteral("Pair-aidant (GEM)"));
    CHECK(found->fte == Approx(0.2));
    CHECK(found->trainedOn == QDate(2021, 5, 20));
    CHECK(found->active);
    CHECK(found->email == QStringLiteral("tp1@udaf52.example"));
    CHECK(found->phone == QStringLiteral("03 25 00 00 00"));

    Worker social;
    social.organisationId = f.organisationId;
    social.code = QStringLiteral("AS1");
    social.displayName = QStringLiteral("Assistante sociale");
    social.role = WorkerRole::Professional;
    social.fte = 1.0;
    social.active = false;
    const Uuid as1 = repo.create(social);
    CHECK_FALSE(repo.find(as1)->active);
    CHECK_FALSE(repo.find(as1)->trainedOn.isValid());

    CHECK(repo.list().size() == 2);
    CHECK(repo.list({f.organisationId, WorkerRole::PeerWorker, false, false}).size() == 1);
    CHECK(repo.list({{}, std::nullopt, true, false}).size() == 1);
    CHECK(repo.list({Uuid::createV7(), std::nullopt, false, false}).isEmpty());
    repo.archive(tp1);
    CHECK(repo.list().size() == 1);
    CHECK(repo.list({{}, std::nullopt, false, true}).size() == 2);
    CHECK(label(WorkerRole::PeerWorker) == QStringLiteral("Travailleur pair"));
    CHECK(workerRoleFromCode(u"peer_worker") == WorkerRole::PeerWorker);
    CHECK_FALSE(workerRoleFromCode(u"volunteer"));
}

TEST_CASE("Worker writes are validated and name their field")
{
    ProgrammeFixture f;
    WorkerRepository repo(f.db(), f.clock);
    Worker w = peerWorker(f.organisationId);
    w.fte = 1.6;
    expectRefused(f.db(), QStringLiteral("fte"), [&] { repo.create(w); });
    w.fte = -0.1;
    expectRefused(f.db(), QStringLiteral("fte"), [&] { repo.create(w); });
    w.fte = std::numeric_limits<double>::quiet_NaN();
    expectRefused(f.db(), QStringLiteral("fte"), [&] { repo.create(w); });
    w = peerWorker(f.organisationId);
    w.email = QStringLiteral("tp1 at udaf52");
    expectRefused(f.db(), QStringLiteral("email"), [&] { repo.create(w); });
    w = peerWorker(f.organisationId);
    w.code = QStringLiteral(" ");
    expectRefused(f.db(), QStringLiteral("code"), [&] { repo.create(w); });
    w = peerWorker(f.organisationId);
    w.displayName.clear();
    expectRefused(f.db(), QStringLiteral("display_name"), [&] { repo.create(w); });
    w = peerWorker(Uuid::createV7());
    expectRefused(f.db(), QStringLiteral("organisation_id"), [&] { repo.create(w); });
    w = peerWorker(f.organisationId);
    w.id = Uuid::createV7();
    expectRefused(f.db(), QStringLiteral("id"), [&] { repo.update(w); });
}

TEST_CASE("A worker's role change is refused while a current assignment needs the old role")
{
    ProgrammeFixture f; // today is 2025-03-14
    WorkerRepository repo(f.db(), f.clock);
    const Uuid tp1 = repo.create(peerWorker(f.organisationId));
    assign(f, tp1, "peer", nullptr);
    assign(f, tp1, "peer", "2025-06-30"); // ends later: still current

    Worker promoted = *repo.find(tp1);
    promoted.role = WorkerRole::Professional;
    const auto e = expectRefused(f.db(), QStringLiteral("role"), [&] { repo.update(promoted); });
    CHECK(e.reason().contains(QStringLiteral("2 situation")));
    CHECK(e.reason().contains(QStringLiteral("Professionnel")));

    // Other edits of the same worker are not blocked by the assignment.
    Worker renamed = *repo.find(tp1);
    renamed.fte = 0.3;
    repo.update(renamed);
    CHECK(repo.find(tp1)->fte == Approx(0.3));

    // Once the assignments have ended, the peer worker may become a professional.
    execSql(f.db().handle(), "UPDATE case_worker SET unassigned_on = '2025-03-14'");
    repo.update(promoted);
    CHECK(repo.find(tp1)->role == WorkerRole::Professional);
}

TEST_CASE("Role changes that keep every current assignment valid are accepted")
{
    ProgrammeFixture f;
    WorkerRepository repo(f.db(), f.clock);
    Worker pro = peerWorker(f.organisationId);
    pro.code = QStringLiteral("PRO1");
    pro.role = WorkerRole::Professional;
    const Uuid id = repo.create(pro);
    assign(f, id, "professional", nullptr);
    assign(f, id, "referent", nullptr);

    Worker coordinator = *repo.find(id);
    coordinator.role = WorkerRole::Coordinator; // a coordinator may be the professional of a pair
    repo.update(coordinator);
    CHECK(repo.find(id)->role == WorkerRole::Coordinator);

    Worker peer = *repo.find(id);
    peer.role = WorkerRole::PeerWorker;
    expectRefused(f.db(), QStringLiteral("role"), [&] { repo.update(peer); });

    CHECK(workerRoleAllowsPairRole(WorkerRole::PeerWorker, u"referent"));
    CHECK_FALSE(workerRoleAllowsPairRole(WorkerRole::Coordinator, u"peer"));
    CHECK_FALSE(workerRoleAllowsPairRole(WorkerRole::Professional, u"unknown"));
}

TEST_CASE("Partners round-trip, are validated against their type list and filtered")
{
    ProgrammeFixture f;
    PartnerRepository repo(f.db(), f.clock);
    Partner landlord;
    landlord.name = QStringLiteral("Chaumont Habitat");
    landlord.partnerType = QStringLiteral("social_landlord");
    landlord.commune = QStringLiteral("Chaumont");
    landlord.contactName = QStringLiteral("Service gestion locative");
    landlord.email = QStringLiteral("contact@chaumont-habitat.example");
    landlord.notes = QStringLiteral("Bailleur à l'origine du dispositif.");
    const Uuid id = repo.create(landlord);
    const auto found = repo.find(id);
    REQUIRE(found);
    CHECK(found->partnerType == QStringLiteral("social_landlord"));
    CHECK(found->email == landlord.email);
    CHECK(found->notes == landlord.notes);
    CHECK(found->phone.isEmpty());

    Partner gem;
    gem.name = QStringLiteral("GEM « Le Fil d'Ariane » 100%");
    gem.partnerType = QStringLiteral("gem");
    repo.create(gem);

    CHECK(repo.list().size() == 2);
    CHECK(repo.list({QStringLiteral("gem"), {}, false}).size() == 1);
    CHECK(repo.list({{}, QStringLiteral("HABITAT"), false}).size() == 1);
    CHECK(repo.list({{}, QStringLiteral("100%"), false}).size() == 1);
    CHECK(repo.list({{}, QStringLiteral("%"), false}).size() == 1); // not a wildcard

    Partner bad = landlord;
    bad.id = {};
    bad.partnerType = QStringLiteral("bakery");
    const auto e = expectRefused(f.db(), QStringLiteral("partner_type"), [&] { repo.create(bad); });
    CHECK(e.reason().contains(QStringLiteral("bakery")));
    bad.partnerType.clear();
    expectRefused(f.db(), QStringLiteral("partner_type"), [&] { repo.create(bad); });
    bad = landlord;
    bad.id = {};
    bad.email = QStringLiteral("@example");
    expectRefused(f.db(), QStringLiteral("email"), [&] { repo.create(bad); });

    Partner updated = *found;
    updated.partnerType = QStringLiteral("private_landlord");
    f.clock.advanceMs(1000);
    repo.update(updated);
    CHECK(repo.find(id)->partnerType == QStringLiteral("private_landlord"));
    CHECK(repo.find(id)->updatedAt == f.clock.now());
    repo.archive(id);
    CHECK(repo.list().size() == 1);
}

TEST_CASE("Communication materials round-trip and keep distributed within made")
{
    ProgrammeFixture f;
    CommunicationMaterialRepository repo(f.db(), f.clock);
    CommunicationMaterial leaflet;
    leaflet.programmeId = f.programmeId;
    leaflet.materialType = QStringLiteral("leaflet");
    leaflet.title = QStringLiteral("Plaquette pair-aidance Pays de Langres");
    leaflet.quantityMade = 500;
    leaflet.quantityDistributed = 320;
    leaflet.madeOn = QDate(2021, 3, 1);
    const Uuid id = repo.create(leaflet);
    const auto found = repo.find(id);
    REQUIRE(found);
    CHECK(found->quantityMade == 500);
    CHECK(found->quantityDistributed == 320);
    CHECK(found->madeOn == QDate(2021, 3, 1));

    CommunicationMaterial poster = leaflet;
    poster.id = {};
    poster.materialType = QStringLiteral("poster");
    poster.madeOn = QDate(2022, 1, 15);
    repo.create(poster);
    CHECK(repo.list({f.programmeId, {}, {}, false}).size() == 2);
    CHECK(repo.list({f.programmeId, QDate(2022, 1, 1), QDate(2022, 12, 31), false}).size() == 1);
    CHECK(repo.list({f.programmeId, {}, QDate(2021, 3, 1), false}).size() == 1);
    CHECK(repo.list({Uuid::createV7(), {}, {}, false}).isEmpty());

    CommunicationMaterial bad = leaflet;
    bad.id = {};
    bad.quantityDistributed = 501;
    expectRefused(f.db(), QStringLiteral("quantity_distributed"), [&] { repo.create(bad); });
    bad.quantityDistributed = -1;
    expectRefused(f.db(), QStringLiteral("quantity_distributed"), [&] { repo.create(bad); });
    bad = leaflet;
    bad.id = {};
    bad.quantityMade = -5;
    expectRefused(f.db(), QStringLiteral("quantity_made"), [&] { repo.create(bad); });
    bad = leaflet;
    bad.id = {};
    bad.madeOn = {};
    expectRefused(f.db(), QStringLiteral("made_on"), [&] { repo.create(bad); });
    bad = leaflet;
    bad.id = {};
    bad.materialType = QStringLiteral("billboard");
    expectRefused(f.db(), QStringLiteral("material_type"), [&] { repo.create(bad); });
    bad = leaflet;
    bad.id = {};
    bad.programmeId = Uuid::createV7();
    expectRefused(f.db(), QStringLiteral("programme_id"), [&] { repo.create(bad); });

    CommunicationMaterial more = *found;
    more.quantityDistributed = 500;
    repo.update(more);
    CHECK(repo.find(id)->quantityDistributed == 500);
}

TEST_CASE("Reference lists give combo-box items in order, in French or English")
{
    ProgrammeFixture f;
    ReferenceRepository refs(f.db(), f.clock);
    const QList<ReferenceItem> axes = refs.items(QStringLiteral("prs_axis"));
    REQUIRE(axes.size() == 10);
    CHECK(axes.first().code == QStringLiteral("axis1"));
    for (qsizetype i = 1; i < axes.size(); ++i)
        CHECK(axes.at(i - 1).position < axes.at(i).position);

    const auto gp = refs.find(QStringLiteral("partner_type"), QStringLiteral("gp"));
    REQUIRE(gp);
    CHECK(gp->label(LabelLanguage::French) == QStringLiteral("Médecin traitant"));
    CHECK(gp->label(LabelLanguage::English) == QStringLiteral("General practitioner"));
    CHECK(refs.label(QStringLiteral("partner_type"), QStringLiteral("gp"), LabelLanguage::French) ==
          QStringLiteral("Médecin traitant"));
    CHECK(refs.label(QStringLiteral("partner_type"), QStringLiteral("nope")) ==
          QStringLiteral("nope"));
    CHECK(refs.contains(QStringLiteral("result_category"), QStringLiteral("A1")));
    CHECK_FALSE(refs.contains(QStringLiteral("result_category"), QStringLiteral("E9")));

    const QByteArray before = test::contentHash(f.db());
    try {
        refs.items(QStringLiteral("partner_type; DROP TABLE partner"));
        FAIL("an unknown list was read");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QStringLiteral("list"));
    }
    CHECK(test::contentHash(f.db()) == before);
}

TEST_CASE("A coordinator extends, relabels and archives reference items")
{
    ProgrammeFixture f;
    ReferenceRepository refs(f.db(), f.clock);
    const QString list = QStringLiteral("partner_type");
    const qsizetype shipped = refs.items(list).size();

    ReferenceItem pharmacy;
    pharmacy.code = QStringLiteral("pharmacy");
    pharmacy.labelFr = QStringLiteral("Pharmacie");
    refs.add(list, pharmacy);
    const QList<ReferenceItem> extended = refs.items(list);
    REQUIRE(extended.size() == shipped + 1);
    CHECK(extended.last().code == QStringLiteral("pharmacy")); // appended at the end
    CHECK(extended.last().label(LabelLanguage::English) == QStringLiteral("Pharmacie")); // fallback
    CHECK(extended.last().createdAt == f.clock.now());

    refs.relabel(list, QStringLiteral("pharmacy"), QStringLiteral("Pharmacie d'officine"),
                 QStringLiteral("Pharmacy"));
    CHECK(refs.label(list, QStringLiteral("pharmacy"), LabelLanguage::English) ==
          QStringLiteral("Pharmacy"));

    refs.archive(list, QStringLiteral("pharmacy"));
    CHECK(refs.items(list).size() == shipped);
    CHECK(refs.items(list, true).size() == shipped + 1);
    CHECK(refs.contains(list, QStringLiteral("pharmacy"))); // records keep their codes
    refs.archive(list, QStringLiteral("pharmacy"));         // idempotent
    refs.restore(list, QStringLiteral("pharmacy"));
    CHECK(refs.items(list).size() == shipped + 1);

    // Refusals, each leaving the database as it was.
    ReferenceItem bad = pharmacy;
    expectRefused(f.db(), QStringLiteral("code"), [&] { refs.add(list, bad); }); // exists
    refs.archive(list, QStringLiteral("pharmacy"));
    expectRefused(f.db(), QStringLiteral("code"),
                  [&] { refs.add(list, bad); }); // archived still counts
    for (const QString &code : {QStringLiteral("with space"), QStringLiteral("accentué"),
                                QStringLiteral("_lead"), QString(41, u'a'), QString()}) {
        INFO(code.toStdString());
        bad.code = code;
        expectRefused(f.db(), QStringLiteral("code"), [&] { refs.add(list, bad); });
    }
    bad.code = QStringLiteral("dentist");
    bad.labelFr = QStringLiteral("  ");
    expectRefused(f.db(), QStringLiteral("label_fr"), [&] { refs.add(list, bad); });
    expectRefused(f.db(), QStringLiteral("label_fr"), [&] {
        refs.relabel(list, QStringLiteral("gp"), QString(), QStringLiteral("GP"));
    });
    expectRefused(f.db(), QStringLiteral("code"), [&] {
        refs.relabel(list, QStringLiteral("dentist"), QStringLiteral("Dentiste"), QString());
    });
    expectRefused(f.db(), QStringLiteral("code"),
                  [&] { refs.archive(list, QStringLiteral("dentist")); });
    expectRefused(f.db(), QStringLiteral("list"),
                  [&] { refs.add(QStringLiteral("colours"), pharmacy); });

    // A later load of the shipped lists keeps the coordinator's changes.
    refs.relabel(list, QStringLiteral("gp"), QStringLiteral("Médecin généraliste"),
                 QStringLiteral("GP"));
    ReferenceData::loadShipped(f.db().handle(), f.clock);
    CHECK(refs.label(list, QStringLiteral("gp"), LabelLanguage::French) ==
          QStringLiteral("Médecin généraliste"));
    CHECK(refs.items(list, true).size() == shipped + 1);
}
