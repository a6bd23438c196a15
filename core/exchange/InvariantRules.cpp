#include "exchange/InvariantRules.h"

#include <QCoreApplication>

namespace passerelle {

const QList<InvariantRule> &invariantRules()
{
    using S = Violation::Severity;
    // "Latest" and "first" status changes follow the same total order everywhere:
    // changed_on, then created_at, then id.
    static const QList<InvariantRule> rules = {
        {"case_status_history_missing", 1, S::Error, "case_file", 1,
         "SELECT c.id, c.number, 'status' FROM case_file c "
         "WHERE NOT EXISTS (SELECT 1 FROM case_status_change s WHERE s.case_id = c.id) ORDER BY "
         "c.id",
         QT_TRANSLATE_NOOP("Integrity",
                           "aucun changement de statut n'est enregistré pour cette situation")},
        {"case_status_latest", 1, S::Error, "case_file", 1,
         "SELECT id, number, 'status', status, latest FROM ("
         " SELECT c.id, c.number, c.status,"
         "  (SELECT s.to_status FROM case_status_change s WHERE s.case_id = c.id"
         "   ORDER BY s.changed_on DESC, s.created_at DESC, s.id DESC LIMIT 1) AS latest"
         " FROM case_file c) WHERE latest IS NOT NULL AND latest <> status ORDER BY id",
         QT_TRANSLATE_NOOP(
             "Integrity",
             "le statut « %1 » ne correspond pas au dernier changement de statut (« %2 »)")},
        {"case_status_first", 1, S::Error, "case_status_change", 1,
         "SELECT f.id, c.number, CASE WHEN f.from_status IS NOT NULL THEN 'from_status' ELSE "
         "'to_status' END,"
         " coalesce(f.from_status, '∅'), f.to_status "
         "FROM case_file c JOIN case_status_change f ON f.id = (SELECT s.id FROM "
         "case_status_change s"
         " WHERE s.case_id = c.id ORDER BY s.changed_on, s.created_at, s.id LIMIT 1) "
         "WHERE f.from_status IS NOT NULL OR f.to_status <> 'identified' ORDER BY f.id",
         QT_TRANSLATE_NOOP("Integrity", "le premier changement de statut doit aller de ∅ à « "
                                        "identified » (trouvé : %1 → %2)")},
        {"case_dates_order", 2, S::Error, "case_file", 1,
         "SELECT id, number, later, later_on, earlier, earlier_on FROM ("
         " SELECT id, number, 'oriented_on' AS later, oriented_on AS later_on, 'identified_on' AS "
         "earlier, identified_on AS earlier_on FROM case_file WHERE oriented_on < identified_on"
         " UNION ALL SELECT id, number, 'accompanied_on', accompanied_on, 'identified_on', "
         "identified_on FROM case_file WHERE accompanied_on < identified_on"
         " UNION ALL SELECT id, number, 'closed_on', closed_on, 'identified_on', identified_on "
         "FROM case_file WHERE closed_on < identified_on"
         " UNION ALL SELECT id, number, 'accompanied_on', accompanied_on, 'oriented_on', "
         "oriented_on FROM case_file WHERE accompanied_on < oriented_on"
         " UNION ALL SELECT id, number, 'closed_on', closed_on, 'oriented_on', oriented_on FROM "
         "case_file WHERE closed_on < oriented_on"
         " UNION ALL SELECT id, number, 'closed_on', closed_on, 'accompanied_on', accompanied_on "
         "FROM case_file WHERE closed_on < accompanied_on"
         ") ORDER BY id, later",
         QT_TRANSLATE_NOOP("Integrity", "la date %1 est antérieure à %2 (%3)")},
        {"case_oriented_date", 2, S::Error, "case_file", 1,
         "SELECT id, number, 'oriented_on' FROM case_file WHERE status = 'oriented' AND "
         "oriented_on IS NULL ORDER BY id",
         QT_TRANSLATE_NOOP("Integrity",
                           "une situation orientée doit avoir une date d'orientation")},
        {"commission_review_session", 3, S::Error, "commission_review", 2,
         "SELECT r.session_id, r.case_id, c.number, 'session_id', s.kind FROM commission_review r"
         " JOIN collective_session s ON s.id = r.session_id LEFT JOIN case_file c ON c.id = "
         "r.case_id"
         " WHERE s.kind <> 'commission' ORDER BY r.session_id, r.case_id",
         QT_TRANSLATE_NOOP(
             "Integrity",
             "la séance de ce passage en commission est de type « %1 », pas une commission")},
        {"intervention_done_duration", 4, S::Error, "intervention", 1,
         "SELECT id, NULL, 'duration_min', duration_min FROM intervention"
         " WHERE status = 'done' AND duration_min <= 0 ORDER BY id",
         QT_TRANSLATE_NOOP(
             "Integrity",
             "une intervention réalisée doit avoir une durée positive (durée : %1 min)")},
        {"case_worker_pair_role", 5, S::Error, "case_worker", 2,
         "SELECT cw.case_id, cw.worker_id, c.number, 'pair_role', cw.pair_role, w.role FROM "
         "case_worker cw"
         " JOIN worker w ON w.id = cw.worker_id LEFT JOIN case_file c ON c.id = cw.case_id"
         // Only open assignments: a worker whose role changed keeps the history of the
         // pairs they were part of before (WorkerRepository refuses the change otherwise).
         " WHERE cw.unassigned_on IS NULL"
         "   AND ((cw.pair_role = 'peer' AND w.role <> 'peer_worker')"
         "    OR (cw.pair_role = 'professional' AND w.role NOT IN ('professional', 'coordinator')))"
         " ORDER BY cw.case_id, cw.worker_id",
         QT_TRANSLATE_NOOP(
             "Integrity",
             "le rôle « %1 » dans le binôme ne convient pas à un intervenant de rôle « %2 »")},
        {"case_person_single_main", 6, S::Error, "case_person", 2,
         "SELECT cp.case_id, cp.person_id, c.number, 'role', m.n FROM case_person cp"
         " JOIN (SELECT case_id, count(*) AS n FROM case_person WHERE role = 'main'"
         "       GROUP BY case_id HAVING count(*) > 1) m ON m.case_id = cp.case_id"
         " LEFT JOIN case_file c ON c.id = cp.case_id WHERE cp.role = 'main'"
         " ORDER BY cp.case_id, cp.person_id",
         QT_TRANSLATE_NOOP("Integrity",
                           "la situation compte %1 personnes principales ; une seule est permise")},
        {"assessment_after_identification", 7, S::Error, "assessment", 1,
         "SELECT a.id, c.number, 'assessed_on', a.assessed_on, c.identified_on FROM assessment a"
         " JOIN case_file c ON c.id = a.case_id WHERE a.assessed_on < c.identified_on ORDER BY "
         "a.id",
         QT_TRANSLATE_NOOP("Integrity",
                           "évaluation datée du %1, avant le repérage de la situation (%2)")},
        {"funding_sheet_programme", 8, S::Error, "funding", 1,
         "SELECT f.id, NULL, 'action_sheet_id', s.number FROM funding f"
         " JOIN action_sheet s ON s.id = f.action_sheet_id WHERE f.programme_id <> s.programme_id "
         "ORDER BY f.id",
         QT_TRANSLATE_NOOP(
             "Integrity",
             "la fiche action %1 appartient à un autre dispositif que ce financement")},
        // Walks each chain back from every sheet; the depth bound stops a walk that enters
        // a cycle not containing its start (that cycle is reported from its own members).
        {"action_sheet_chain", 9, S::Error, "action_sheet", 1,
         "WITH RECURSIVE chain(start, cur, depth) AS ("
         " SELECT id, chained_from_id, 1 FROM action_sheet WHERE chained_from_id IS NOT NULL"
         " UNION ALL SELECT chain.start, a.chained_from_id, chain.depth + 1 FROM chain"
         " JOIN action_sheet a ON a.id = chain.cur"
         " WHERE chain.cur <> chain.start AND a.chained_from_id IS NOT NULL"
         "   AND chain.depth <= (SELECT count(*) FROM action_sheet))"
         " SELECT s.id, s.number, 'chained_from_id', min(chain.depth) FROM chain"
         " JOIN action_sheet s ON s.id = chain.start WHERE chain.cur = chain.start"
         " GROUP BY s.id ORDER BY s.id",
         QT_TRANSLATE_NOOP(
             "Integrity",
             "la chaîne des fiches précédentes revient à cette fiche (cycle de %1 fiche(s))")},
        {"intervention_case_programme", 10, S::Error, "intervention_case", 2,
         "SELECT ic.intervention_id, ic.case_id, c.number, 'case_id' FROM intervention_case ic"
         " JOIN intervention i ON i.id = ic.intervention_id JOIN case_file c ON c.id = ic.case_id"
         " WHERE c.programme_id <> i.programme_id ORDER BY ic.intervention_id, ic.case_id",
         QT_TRANSLATE_NOOP("Integrity",
                           "la situation liée n'appartient pas au dispositif de l'intervention")},
        {"household_single_self", 11, S::Error, "person", 1,
         "SELECT p.id, p.code, 'relation', d.n FROM person p"
         " JOIN (SELECT household_id, count(*) AS n FROM person WHERE relation = 'self'"
         "       AND household_id IS NOT NULL GROUP BY household_id HAVING count(*) > 1) d"
         " ON d.household_id = p.household_id WHERE p.relation = 'self' ORDER BY p.id",
         QT_TRANSLATE_NOOP(
             "Integrity",
             "le ménage compte %1 personnes de référence (« self ») ; une seule est permise")},
        {"case_number_unique", 12, S::Warning, "case_file", 1,
         "SELECT c.id, c.number, 'number' FROM case_file c WHERE EXISTS (SELECT 1 FROM case_file d"
         " WHERE d.number = c.number AND d.programme_id = c.programme_id AND d.id <> c.id) ORDER "
         "BY c.id",
         QT_TRANSLATE_NOOP("Integrity",
                           "ce numéro est porté par plusieurs situations du même dispositif")},
        // Counted, not listed: a late replica can hold thousands of overdue plans.
        {"intervention_overdue", 13, S::Warning, "intervention", 0,
         "SELECT NULL, 'status', n, :today FROM (SELECT count(*) AS n FROM intervention"
         " WHERE status = 'planned' AND date < :today) WHERE n > 0",
         QT_TRANSLATE_NOOP("Integrity", "%1 intervention(s) planifiée(s) avant aujourd'hui (%2) : "
                                        "à réaliser, annuler ou reporter")},
    };
    return rules;
}

} // namespace passerelle
