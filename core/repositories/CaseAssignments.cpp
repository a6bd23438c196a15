#include "repositories/CaseAssignments.h"

#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/TrContext.h"

#include <QSet>

namespace passerelle {

namespace {
QSqlQuery prepare(const Database &db, const char *sql)
{
    return sql::prepare(db.connection(), QString::fromLatin1(sql));
}

bool exists(QSqlQuery &q, const QVariant &key)
{
    q.bindValue(QStringLiteral(":key"), key);
    sql::exec(q);
    const bool found = q.next();
    q.finish();
    return found;
}

QList<Uuid> uuidsOf(QSqlQuery &q, const Uuid &caseId)
{
    q.bindValue(QStringLiteral(":case"), sql::uuid(caseId));
    sql::exec(q);
    QList<Uuid> ids;
    while (q.next())
        ids.append(sql::uuidAt(q, 0));
    q.finish();
    return ids;
}
} // namespace

CaseAssignments::CaseAssignments(Database &db)
    : m_personExists(prepare(db, "SELECT 1 FROM person WHERE id = :key")),
      m_workerRole(prepare(db, "SELECT role FROM worker WHERE id = :key")),
      m_partnerExists(prepare(db, "SELECT 1 FROM partner WHERE id = :key")),
      m_problemExists(prepare(db, "SELECT 1 FROM ref_problem_typology WHERE code = :key")),
      m_selectPersons(prepare(db, "SELECT person_id, role FROM case_person WHERE case_id = :case "
                                  "ORDER BY role = 'member', person_id")),
      m_selectWorkers(prepare(db, "SELECT worker_id, pair_role, assigned_on, unassigned_on "
                                  "FROM case_worker WHERE case_id = :case "
                                  "ORDER BY assigned_on, worker_id")),
      m_selectPartners(prepare(db, "SELECT partner_id, role, mobilised_on FROM case_partner "
                                   "WHERE case_id = :case ORDER BY mobilised_on, partner_id")),
      m_selectProblems(prepare(db, "SELECT code FROM case_problem WHERE case_id = :case "
                                   "ORDER BY code")),
      m_upsertPerson(prepare(db,
                             "INSERT INTO case_person (case_id, person_id, role) "
                             "VALUES (:case, :person, :role) "
                             "ON CONFLICT (case_id, person_id) DO UPDATE SET role = excluded.role "
                             "WHERE role IS NOT excluded.role")),
      m_deletePerson(
          prepare(db, "DELETE FROM case_person WHERE case_id = :case AND person_id = :key")),
      m_upsertWorker(prepare(
          db,
          "INSERT INTO case_worker (case_id, worker_id, pair_role, assigned_on, unassigned_on) "
          "VALUES (:case, :worker, :pair_role, :assigned_on, :unassigned_on) "
          "ON CONFLICT (case_id, worker_id) DO UPDATE SET pair_role = excluded.pair_role, "
          "assigned_on = excluded.assigned_on, unassigned_on = excluded.unassigned_on "
          "WHERE pair_role IS NOT excluded.pair_role OR assigned_on IS NOT excluded.assigned_on "
          "OR unassigned_on IS NOT excluded.unassigned_on")),
      m_deleteWorker(
          prepare(db, "DELETE FROM case_worker WHERE case_id = :case AND worker_id = :key")),
      m_upsertPartner(prepare(
          db, "INSERT INTO case_partner (case_id, partner_id, role, mobilised_on) "
              "VALUES (:case, :partner, :role, :mobilised_on) "
              "ON CONFLICT (case_id, partner_id) DO UPDATE SET role = excluded.role, "
              "mobilised_on = excluded.mobilised_on "
              "WHERE role IS NOT excluded.role OR mobilised_on IS NOT excluded.mobilised_on")),
      m_deletePartner(
          prepare(db, "DELETE FROM case_partner WHERE case_id = :case AND partner_id = :key")),
      m_insertProblem(prepare(db, "INSERT INTO case_problem (case_id, code) VALUES (:case, :code) "
                                  "ON CONFLICT DO NOTHING")),
      m_deleteProblem(prepare(db, "DELETE FROM case_problem WHERE case_id = :case AND code = :key"))
{
}

void CaseAssignments::check(const Case &c, Validator &v) const
{
    for (const CasePerson &p : c.persons) {
        if (!p.personId.isNull() && !exists(m_personExists, sql::uuid(p.personId)))
            v.fail(QStringLiteral("case_person.person_id"),
                   ValidationText::tr("Une personne de la situation est introuvable."));
    }
    for (const CaseWorker &w : c.workers) {
        if (w.workerId.isNull())
            continue;
        m_workerRole.bindValue(QStringLiteral(":key"), sql::uuid(w.workerId));
        sql::exec(m_workerRole);
        const bool found = m_workerRole.next();
        const QString role = found ? m_workerRole.value(0).toString() : QString();
        m_workerRole.finish();
        if (!found) {
            v.fail(QStringLiteral("case_worker.worker_id"),
                   ValidationText::tr("Un intervenant affecté est introuvable."));
            continue;
        }
        // Invariant 5: the pair is a peer worker and a professional (or coordinator).
        if (w.pairRole == PairRole::Peer && role != QLatin1String("peer_worker"))
            v.fail(QStringLiteral("case_worker.pair_role"),
                   ValidationText::tr(
                       "Le rôle « Travailleur pair » du binôme revient à un travailleur pair."));
        if (w.pairRole == PairRole::Professional && role != QLatin1String("professional") &&
            role != QLatin1String("coordinator"))
            v.fail(QStringLiteral("case_worker.pair_role"),
                   ValidationText::tr(
                       "Le rôle « Professionnel » du binôme revient à un professionnel ou à un "
                       "coordinateur."));
    }
    for (const CasePartner &p : c.partners) {
        if (!p.partnerId.isNull() && !exists(m_partnerExists, sql::uuid(p.partnerId)))
            v.fail(QStringLiteral("case_partner.partner_id"),
                   ValidationText::tr("Un partenaire mobilisé est introuvable."));
    }
    for (const QString &code : c.problems) {
        if (!code.trimmed().isEmpty() && !exists(m_problemExists, code))
            v.fail(QStringLiteral("case_problem.code"),
                   ValidationText::tr("Problématique inconnue : « %1 ».").arg(code));
    }
}

void CaseAssignments::save(const Case &c)
{
    const QString record = recordLabel(c);
    const QVariant caseId = sql::uuid(c.id);

    QSet<Uuid> keptPersons;
    for (const CasePerson &p : c.persons)
        keptPersons.insert(p.personId);
    for (const Uuid &stored : uuidsOf(m_selectPersons, c.id)) {
        if (!keptPersons.contains(stored)) {
            m_deletePerson.bindValue(QStringLiteral(":case"), caseId);
            m_deletePerson.bindValue(QStringLiteral(":key"), sql::uuid(stored));
            sql::exec(m_deletePerson, record);
        }
    }
    for (const CasePerson &p : c.persons) {
        m_upsertPerson.bindValue(QStringLiteral(":case"), caseId);
        m_upsertPerson.bindValue(QStringLiteral(":person"), sql::uuid(p.personId));
        m_upsertPerson.bindValue(QStringLiteral(":role"), toCode(p.role));
        sql::exec(m_upsertPerson, record);
    }

    QSet<Uuid> keptWorkers;
    for (const CaseWorker &w : c.workers)
        keptWorkers.insert(w.workerId);
    for (const Uuid &stored : uuidsOf(m_selectWorkers, c.id)) {
        if (!keptWorkers.contains(stored)) {
            m_deleteWorker.bindValue(QStringLiteral(":case"), caseId);
            m_deleteWorker.bindValue(QStringLiteral(":key"), sql::uuid(stored));
            sql::exec(m_deleteWorker, record);
        }
    }
    for (const CaseWorker &w : c.workers) {
        m_upsertWorker.bindValue(QStringLiteral(":case"), caseId);
        m_upsertWorker.bindValue(QStringLiteral(":worker"), sql::uuid(w.workerId));
        m_upsertWorker.bindValue(QStringLiteral(":pair_role"), toCode(w.pairRole));
        m_upsertWorker.bindValue(QStringLiteral(":assigned_on"), sql::date(w.assignedOn));
        m_upsertWorker.bindValue(QStringLiteral(":unassigned_on"), sql::date(w.unassignedOn));
        sql::exec(m_upsertWorker, record);
    }

    QSet<Uuid> keptPartners;
    for (const CasePartner &p : c.partners)
        keptPartners.insert(p.partnerId);
    for (const Uuid &stored : uuidsOf(m_selectPartners, c.id)) {
        if (!keptPartners.contains(stored)) {
            m_deletePartner.bindValue(QStringLiteral(":case"), caseId);
            m_deletePartner.bindValue(QStringLiteral(":key"), sql::uuid(stored));
            sql::exec(m_deletePartner, record);
        }
    }
    for (const CasePartner &p : c.partners) {
        m_upsertPartner.bindValue(QStringLiteral(":case"), caseId);
        m_upsertPartner.bindValue(QStringLiteral(":partner"), sql::uuid(p.partnerId));
        m_upsertPartner.bindValue(QStringLiteral(":role"), sql::text(p.role.trimmed()));
        m_upsertPartner.bindValue(QStringLiteral(":mobilised_on"), sql::date(p.mobilisedOn));
        sql::exec(m_upsertPartner, record);
    }

    m_selectProblems.bindValue(QStringLiteral(":case"), caseId);
    sql::exec(m_selectProblems);
    QStringList storedProblems;
    while (m_selectProblems.next())
        storedProblems.append(m_selectProblems.value(0).toString());
    m_selectProblems.finish();
    for (const QString &stored : std::as_const(storedProblems)) {
        if (!c.problems.contains(stored)) {
            m_deleteProblem.bindValue(QStringLiteral(":case"), caseId);
            m_deleteProblem.bindValue(QStringLiteral(":key"), stored);
            sql::exec(m_deleteProblem, record);
        }
    }
    for (const QString &code : c.problems) {
        m_insertProblem.bindValue(QStringLiteral(":case"), caseId);
        m_insertProblem.bindValue(QStringLiteral(":code"), code);
        sql::exec(m_insertProblem, record);
    }
}

void CaseAssignments::load(Case &c) const
{
    const QVariant caseId = sql::uuid(c.id);
    c.persons.clear();
    c.workers.clear();
    c.partners.clear();
    c.problems.clear();

    m_selectPersons.bindValue(QStringLiteral(":case"), caseId);
    sql::exec(m_selectPersons);
    while (m_selectPersons.next()) {
        c.persons.append({sql::uuidAt(m_selectPersons, 0),
                          casePersonRoleFromCode(m_selectPersons.value(1).toString())
                              .value_or(CasePersonRole::Member)});
    }
    m_selectPersons.finish();

    m_selectWorkers.bindValue(QStringLiteral(":case"), caseId);
    sql::exec(m_selectWorkers);
    while (m_selectWorkers.next()) {
        c.workers.append(
            {sql::uuidAt(m_selectWorkers, 0),
             pairRoleFromCode(m_selectWorkers.value(1).toString()).value_or(PairRole::Referent),
             sql::dateAt(m_selectWorkers, 2), sql::dateAt(m_selectWorkers, 3)});
    }
    m_selectWorkers.finish();

    m_selectPartners.bindValue(QStringLiteral(":case"), caseId);
    sql::exec(m_selectPartners);
    while (m_selectPartners.next()) {
        c.partners.append({sql::uuidAt(m_selectPartners, 0), m_selectPartners.value(1).toString(),
                           sql::dateAt(m_selectPartners, 2)});
    }
    m_selectPartners.finish();

    m_selectProblems.bindValue(QStringLiteral(":case"), caseId);
    sql::exec(m_selectProblems);
    while (m_selectProblems.next())
        c.problems.append(m_selectProblems.value(0).toString());
    m_selectProblems.finish();
}

} // namespace passerelle
