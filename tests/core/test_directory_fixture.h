#pragma once

// The agenda's small world (organisation UDAF 52, programmes PA and EM, workers, five cases;
// "today" is Thursday 19 March 2026) with what the directory pages read on top: partners
// referring and mobilised on cases, assignments, done and other interventions over two
// months, and collective sessions including a commission. Header-only: the core and GUI
// test binaries share it.

#include "core/test_agenda_fixture.h"
#include "repositories/CollectiveSessionRepository.h"
#include "repositories/PartnerRepository.h"

namespace passerelle::test {

struct DirectoryWorld : AgendaWorld
{
    DirectoryWorld()
    {
        gp = partner("Cabinet médical du Lac", "gp", "Langres");
        cmp = partner("CMP de Chaumont", "cmp", "Chaumont");
        landlord = partner("Hamaris", "social_landlord", "Chaumont");
        closedPartner = partner("Ancienne mission locale", "mission_locale", "Langres");
        PartnerRepository(db(), clock).archive(closedPartner);

        // Referrals: GP referred PA-2026-0001, PA-2026-0002 and the archived PA-2026-0003
        // (not counted); the CMP referred EM-2026-0001.
        refer(case1, gp, "2026-01-02");
        refer(case2, gp, "2026-01-02");
        refer(archivedCase, gp, "2026-01-02");
        refer(emCase, cmp, "2026-01-02");
        // Mobilisations: GP on PA-2026-0001; CMP on PA-2026-0001, PA-2025-0040 (closed,
        // still counted) and the archived PA-2026-0003 (not counted).
        mobilise(case1, gp, QStringLiteral("médecin traitant"), "2026-01-10");
        mobilise(case1, cmp, QStringLiteral("suivi psychiatrique"), "2026-01-15");
        mobilise(closedCase, cmp, {}, "2025-02-01");
        mobilise(archivedCase, cmp, {}, "2026-01-20");

        // TP1: peer of PA-2026-0001 and PA-2026-0002 (current), of the closed PA-2025-0040
        // (no end: assigned but not open), of EM-2026-0001 until 1 March (over), of
        // PA-2026-0003 (archived case: left out), and referent of nothing else.
        assign(case1, peer, "peer", "2026-01-05", {});
        assign(case2, peer, "peer", "2026-01-06", "2026-03-19"); // ends today: still current
        assign(closedCase, peer, "peer", "2025-01-05", {});
        assign(emCase, peer, "referent", "2026-01-05", "2026-03-01");
        assign(archivedCase, peer, "peer", "2026-01-05", {});
        assign(case1, professional, "professional", "2026-01-05", {});

        // TP1's interventions: March counts 60 + 45 = 105 min over two done; the planned,
        // cancelled and February ones do not count, nor the archived one.
        intervention(QDate(2026, 3, 2), QTime(9, 0), InterventionStatus::Done, 60, {peer}, {case1});
        intervention(QDate(2026, 3, 18), QTime(10, 0), InterventionStatus::Done, 45,
                     {peer, professional}, {case2});
        intervention(QDate(2026, 3, 20), QTime(10, 0), InterventionStatus::Planned, 30, {peer});
        intervention(QDate(2026, 3, 5), QTime(10, 0), InterventionStatus::Cancelled, 30, {peer});
        intervention(QDate(2026, 2, 27), QTime(10, 0), InterventionStatus::Done, 90, {peer});
        intervention(QDate(2026, 3, 31), QTime(10, 0), InterventionStatus::Planned, 60, {peer});
        const Uuid archived = intervention(QDate(2026, 3, 3), QTime(10, 0),
                                           InterventionStatus::Done, 120, {peer});
        InterventionRepository(db(), clock).archive(archived);

        CollectiveSessionRepository sessions(db(), clock);
        CollectiveSession w;
        w.programmeId = pa;
        w.kind = SessionKind::Workshop;
        w.title = QStringLiteral("Atelier estime de soi");
        w.date = QDate(2026, 3, 10);
        w.startTime = QTime(14, 0);
        w.durationMin = 120;
        w.commune = QStringLiteral("Langres");
        w.topics = QStringLiteral("estime de soi, logement");
        w.participants = {{QStringLiteral("resident"), 6},
                          {QStringLiteral("health_professional"), 3}};
        workshop = sessions.create(w);

        CollectiveSession c;
        c.programmeId = pa;
        c.kind = SessionKind::Commission;
        c.title = QStringLiteral("Cellule d'orientation");
        c.date = QDate(2026, 3, 12);
        c.commune = QStringLiteral("Chaumont");
        c.participants = {{QStringLiteral("social_worker"), 4}};
        c.reviews = {{case1, QStringLiteral("accepted"), {}},
                     {case2, QStringLiteral("postponed"), QStringLiteral("à revoir")}};
        commission = sessions.create(c);

        CollectiveSession e;
        e.programmeId = em;
        e.kind = SessionKind::InformationMeeting;
        e.date = QDate(2026, 2, 3);
        e.status = SessionStatus::Done;
        e.commune = QStringLiteral("Saint-Dizier");
        information = sessions.create(e);

        CollectiveSession gone = e;
        gone.date = QDate(2026, 1, 5);
        archivedSession = sessions.create(gone);
        sessions.archive(archivedSession);
    }

    Uuid partner(const char *name, const char *type, const char *commune)
    {
        Partner p;
        p.name = QString::fromUtf8(name);
        p.partnerType = QString::fromUtf8(type);
        p.commune = QString::fromUtf8(commune);
        return PartnerRepository(db(), clock).create(p);
    }

    void refer(const Uuid &caseId, const Uuid &partnerId, const char *on)
    {
        SqliteStatement q(temp.db->handle(),
                          "UPDATE case_file SET referral_partner_id = ?, referral_date = ? WHERE id = ?");
        q.bindBlob(1, partnerId.bytes());
        q.bindText(2, QString::fromUtf8(on));
        q.bindBlob(3, caseId.bytes());
        q.execute();
    }

    void mobilise(const Uuid &caseId, const Uuid &partnerId, const QString &role, const char *on)
    {
        SqliteStatement q(temp.db->handle(),
                          "INSERT INTO case_partner(case_id, partner_id, role, mobilised_on) "
                          "VALUES (?, ?, ?, ?)");
        q.bindBlob(1, caseId.bytes());
        q.bindBlob(2, partnerId.bytes());
        q.bindText(3, role.isEmpty() ? QString() : role);
        q.bindText(4, QString::fromUtf8(on));
        q.execute();
    }

    void assign(const Uuid &caseId, const Uuid &workerId, const char *pairRole, const char *on,
                const char *until)
    {
        SqliteStatement q(temp.db->handle(),
                          "INSERT INTO case_worker(case_id, worker_id, pair_role, assigned_on, "
                          "unassigned_on) VALUES (?, ?, ?, ?, ?)");
        q.bindBlob(1, caseId.bytes());
        q.bindBlob(2, workerId.bytes());
        q.bindText(3, QString::fromUtf8(pairRole));
        q.bindText(4, QString::fromUtf8(on));
        q.bindText(5, until ? QString::fromUtf8(until) : QString());
        q.execute();
    }

    Uuid gp;            // Cabinet médical du Lac, Langres
    Uuid cmp;           // CMP de Chaumont
    Uuid landlord;      // Hamaris, nothing linked
    Uuid closedPartner; // archived
    Uuid workshop;      // PA, 10 March 2026, 9 participants
    Uuid commission;    // PA, 12 March 2026, two cases reviewed
    Uuid information;   // EM, 3 February 2026
    Uuid archivedSession;
};

} // namespace passerelle::test
