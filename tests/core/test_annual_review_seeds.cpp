#include "test_annual_review_seeds.h"

#include "domain/ActionSheet.h"
#include "indicators/Templates.h"
#include "repositories/ActionSheetRepository.h"

namespace passerelle::test {

namespace {
void buildPairAidance(SeedWorld &w)
{
    const Uuid tp1 = w.worker(WorkerRole::PeerWorker, QStringLiteral("TP1"), 0.2, QDate(2023, 5, 1));
    const Uuid tp2 = w.worker(WorkerRole::PeerWorker, QStringLiteral("TP2"), 0.2, QDate(2024, 3, 1));
    const Uuid pro = w.worker(WorkerRole::Professional, QStringLiteral("CESF1"), 0.5);
    QList<Uuid> partners;
    for (int i = 0; i < 20; ++i)
        partners.append(w.partner(i < 4 ? QStringLiteral("gp") : i < 8 ? QStringLiteral("ccas")
                                                                       : QStringLiteral("association"),
                                  QStringLiteral("Partenaire %1").arg(i + 1)));
    const Uuid chaumontHabitat = w.partner(QStringLiteral("social_landlord"), QStringLiteral("Chaumont Habitat"));
    // 17 accompanied situations, each with two partners: 34 mobilisations of 20 partners.
    for (int i = 0; i < 17; ++i) {
        const Uuid h = w.household(chaumontHabitat, true);
        const QDate identified(2024, 1 + i % 6, 1 + i);
        w.pairAidanceCases.append(w.addCase(
            {.identified = identified,
             .accompanied = identified.addDays(14),
             .household = h,
             .persons = {w.person(h, QStringLiteral("Dupont"))},
             .problems = {i % 2 ? QStringLiteral("isolation") : QStringLiteral("self_neglect")},
             .partners = {{partners[i], {}, identified.addDays(14)},
                          {partners[(i + 3) % 20], {}, identified.addDays(20)}},
             .workers = {{i % 2 ? tp1 : tp2, PairRole::Peer, identified.addDays(14), {}},
                         {pro, PairRole::Professional, identified.addDays(14), {}}},
             .referral = partners[i % 8]}));
    }
    // Three situations identified and not (yet) accompanied.
    for (int i = 0; i < 3; ++i)
        w.addCase({.identified = QDate(2024, 10, 1 + i), .persons = {w.person({}, QStringLiteral("Martin"))}});
    // 160 visits of 75 minutes by the peer worker and the professional: 200 peer-worker
    // hours; 10 cancelled and 20 still planned besides.
    for (int i = 0; i < 190; ++i) {
        const Uuid c = w.pairAidanceCases[i % 17];
        const QDate date = QDate(2024, 7, 1).addDays(i % 150);
        const InterventionStatus status = i < 160   ? InterventionStatus::Done
                                          : i < 170 ? InterventionStatus::Cancelled
                                                    : InterventionStatus::Planned;
        w.intervention(date, status, i % 8 < 5 ? QStringLiteral("home_visit") : QStringLiteral("phone"), 75,
                       {c}, {i % 2 ? tp1 : tp2, pro});
    }
    w.session(SessionKind::InformationMeeting, QDate(2024, 3, 12), SessionStatus::Done,
              {{QStringLiteral("health_professional"), 8}, {QStringLiteral("social_worker"), 11}});
    w.session(SessionKind::InformationMeeting, QDate(2024, 11, 5), SessionStatus::Cancelled);
    w.material(QStringLiteral("leaflet"), QDate(2024, 2, 1), 600, 520);
    for (const auto &[funder, euros] : {std::pair{"État — DIHAL", 70000}, std::pair{"Chaumont Habitat", 40000},
                                        std::pair{"ARS Grand Est", 20000},
                                        std::pair{"Conseil départemental de la Haute-Marne", 10000}})
        w.funding(QString::fromUtf8(funder), 2024, euros);
    Templates::apply(w.db(), w.sheet, *Templates::find(u"pair-aidance"), {}, w.clock);
}

void buildMobileTeam(SeedWorld &w)
{
    w.logisens = w.partner(QStringLiteral("social_landlord"), QStringLiteral("LOGISENS"));
    w.otherLandlord = w.partner(QStringLiteral("social_landlord"), QStringLiteral("Cantal Habitat"));
    ActionSheet s;
    s.programmeId = w.otherProgramme;
    s.number = QStringLiteral("EMP-1");
    s.title = QStringLiteral("Équipe mobile précarité");
    s.carrierStructure = QStringLiteral("LOGISENS");
    s.startYear = 2017;
    s.endYear = 2026;
    s.partners = {{w.logisens, QStringLiteral("Porteur")}};
    w.mobileSheet = ActionSheetRepository(w.db(), w.clock).create(s);

    // The team of seed 001 §8: 0,10 + 0,10 + 0,50 + 0,80 + 0,20 = 1,70 FTE.
    const QList<Uuid> team = {w.worker(WorkerRole::Coordinator, QStringLiteral("MED1"), 0.10),
                              w.worker(WorkerRole::Professional, QStringLiteral("CDS1"), 0.10),
                              w.worker(WorkerRole::Professional, QStringLiteral("PSY1"), 0.50),
                              w.worker(WorkerRole::Professional, QStringLiteral("IDE1"), 0.80),
                              w.worker(WorkerRole::Professional, QStringLiteral("ASE1"), 0.20)};
    // 22 situations followed at the end of 2024: 17 LOGISENS, 3 with another landlord, 2
    // without one. Eight households have two members: 30 people.
    for (int i = 0; i < 22; ++i) {
        const Uuid landlord = i < 17 ? w.logisens : i < 20 ? w.otherLandlord : Uuid();
        const Uuid h = w.household(landlord);
        QList<Uuid> persons{w.person(h, QStringLiteral("Bernard"))};
        if (i % 3 == 0)
            persons.append(w.person(h, QStringLiteral("Bernard")));
        const QDate identified(2024, 1 + i % 9, 2 + i);
        const Uuid c = w.addCase({.identified = identified,
                                  .accompanied = identified.addDays(10),
                                  .household = h,
                                  .persons = persons,
                                  .programme = w.otherProgramme});
        w.intervention(identified.addDays(12), InterventionStatus::Done, QStringLiteral("home_visit"), 60,
                       {c}, {team[i % 5]}, QStringLiteral("interview"), w.otherProgramme);
    }
    // A situation closed during the year is not in the caseload at its end.
    w.addCase({.identified = QDate(2024, 2, 1), .closed = QDate(2024, 6, 1),
               .closeReason = QStringLiteral("moved"), .household = w.household(w.logisens),
               .programme = w.otherProgramme});
    for (const auto &[funder, euros] : {std::pair{"État", 70000}, std::pair{"LOGISENS", 40000},
                                        std::pair{"ARS Auvergne-Rhône-Alpes", 20000},
                                        std::pair{"Conseil départemental du Cantal", 10000}})
        w.funding(QString::fromUtf8(funder), 2024, euros, w.mobileSheet);
    Templates::apply(w.db(), w.mobileSheet, *Templates::find(u"mobile-team"), {}, w.clock);
}
} // namespace

SeedWorld::SeedWorld()
{
    buildPairAidance(*this);
    buildMobileTeam(*this);
}

} // namespace passerelle::test
