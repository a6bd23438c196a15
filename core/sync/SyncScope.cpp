#include "sync/SyncScope.h"

#include "storage/SqliteStatement.h"
#include "sync/SyncKey.h"

#include <sodium.h>

#include <algorithm>

namespace passerelle {

namespace {
// The case ids, bound as one blob of 16-byte ids, split back into rows by SQL.
constexpr const char *kCases =
    "WITH RECURSIVE ids(i, id) AS (SELECT 0, NULL UNION ALL "
    "SELECT i + 1, substr(?1, i * 16 + 1, 16) FROM ids WHERE i * 16 < length(?1)), "
    "cases(id) AS (SELECT id FROM ids WHERE id IS NOT NULL), "
    "case_people(id) AS (SELECT person_id FROM case_person WHERE case_id IN cases), "
    "case_interventions(id) AS (SELECT intervention_id FROM intervention_case "
    "WHERE case_id IN cases) ";

struct BoundTable
{
    const char *table;
    const char *select; // the encoded keys of the table's rows hanging off the cases
};

// Parents before children, as SyncLayout orders them. A person or a household belongs to
// the scope through a case (case_person, case_file.household_id, and the household of a
// person of the case); an intervention through intervention_case.
const BoundTable kBound[] = {
    {"household", "SELECT sync_key(id) FROM household WHERE id IN "
                  "(SELECT household_id FROM case_file WHERE id IN cases UNION "
                  "SELECT household_id FROM person WHERE id IN case_people)"},
    {"person", "SELECT sync_key(id) FROM person WHERE id IN case_people"},
    {"case_file", "SELECT sync_key(id) FROM case_file WHERE id IN cases"},
    {"case_person", "SELECT sync_key(case_id, person_id) FROM case_person WHERE case_id IN cases"},
    {"case_status_change", "SELECT sync_key(id) FROM case_status_change WHERE case_id IN cases"},
    {"case_worker", "SELECT sync_key(case_id, worker_id) FROM case_worker WHERE case_id IN cases"},
    {"case_partner",
     "SELECT sync_key(case_id, partner_id) FROM case_partner WHERE case_id IN cases"},
    {"case_problem", "SELECT sync_key(case_id, code) FROM case_problem WHERE case_id IN cases"},
    {"intervention", "SELECT sync_key(id) FROM intervention WHERE id IN case_interventions"},
    {"intervention_case", "SELECT sync_key(intervention_id, case_id) FROM intervention_case "
                          "WHERE case_id IN cases"},
    {"intervention_worker", "SELECT sync_key(intervention_id, worker_id) FROM "
                            "intervention_worker WHERE intervention_id IN case_interventions"},
    {"commission_review",
     "SELECT sync_key(session_id, case_id) FROM commission_review WHERE case_id IN cases"},
    {"assessment", "SELECT sync_key(id) FROM assessment WHERE case_id IN cases"},
};

QList<QByteArray> readIds(sqlite3 *db, const char *sql, const QByteArray &bind = {})
{
    QList<QByteArray> ids;
    SqliteStatement q(db, sql);
    if (!bind.isEmpty())
        q.bindBlob(1, bind);
    while (q.step())
        ids.append(q.blob(0));
    return ids;
}
} // namespace

const QStringList &SyncScope::caseBoundTables()
{
    static const QStringList tables = [] {
        QStringList out;
        for (const BoundTable &b : kBound)
            out.append(QString::fromLatin1(b.table));
        return out;
    }();
    return tables;
}

bool SyncScope::isCaseBound(const QString &table)
{
    return caseBoundTables().contains(table);
}

SyncScope SyncScope::ofWorker(sqlite3 *db, const Uuid &worker)
{
    return ofCases(db, readIds(db,
                               "SELECT case_id FROM case_worker WHERE worker_id = ?1 "
                               "AND unassigned_on IS NULL",
                               worker.bytes()));
}

SyncScope SyncScope::held(sqlite3 *db)
{
    return ofCases(db, readIds(db, "SELECT id FROM case_file"));
}

SyncScope SyncScope::ofCases(sqlite3 *db, QList<QByteArray> caseIds)
{
    std::sort(caseIds.begin(), caseIds.end());
    caseIds.erase(std::unique(caseIds.begin(), caseIds.end()), caseIds.end());
    SyncScope scope;
    scope.m_cases = caseIds;
    const QByteArray packed = caseIds.join();
    for (const BoundTable &b : kBound) {
        QSet<QByteArray> &keys = scope.m_rows[QString::fromLatin1(b.table)];
        if (packed.isEmpty())
            continue;
        SqliteStatement q(db, QByteArray(kCases) + b.select);
        q.bindBlob(1, packed);
        while (q.step())
            keys.insert(q.blob(0));
    }
    // Interventions linked to cases, none of them in the scope.
    SqliteStatement outside(db, QByteArray(kCases) +
                                    "SELECT sync_key(id) FROM intervention WHERE id IN "
                                    "(SELECT intervention_id FROM intervention_case) AND id NOT IN "
                                    "case_interventions");
    outside.bindBlob(1, packed.isEmpty() ? QByteArray(16, '\0') : packed);
    while (outside.step())
        scope.m_outsideInterventions.insert(outside.blob(0));
    return scope;
}

QList<QByteArray> SyncScope::stale(sqlite3 *db)
{
    SqliteStatement q(db, "SELECT value FROM replica_meta WHERE key = 'sync_scope_stale'");
    QList<QByteArray> cases;
    if (q.step())
        for (const QByteArray packed = q.blob(0); cases.size() * 16 + 16 <= packed.size();)
            cases.append(packed.mid(cases.size() * 16, 16));
    return cases;
}

void SyncScope::setStale(sqlite3 *db, const QList<QByteArray> &cases)
{
    if (cases.isEmpty()) {
        execSql(db, "DELETE FROM replica_meta WHERE key = 'sync_scope_stale'");
        return;
    }
    SqliteStatement q(db, "INSERT OR REPLACE INTO replica_meta(key, value) "
                          "VALUES ('sync_scope_stale', ?)");
    q.bindBlob(1, cases.join());
    q.execute();
}

QByteArray SyncScope::heldHash(sqlite3 *db)
{
    const QList<QByteArray> stale = SyncScope::stale(db);
    QList<QByteArray> fresh;
    const SyncScope holding = held(db);
    for (const QByteArray &id : holding.cases())
        if (!stale.contains(id))
            fresh.append(id);
    return hashOf(fresh);
}

bool SyncScope::containsCase(const QByteArray &caseId) const
{
    return std::binary_search(m_cases.cbegin(), m_cases.cend(), caseId);
}

QByteArray SyncScope::hashOf(const QList<QByteArray> &sortedCaseIds)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    static const QByteArray domain = QByteArrayLiteral("passerelle-sync-scope-v1");
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(domain.constData()),
                              size_t(domain.size()));
    for (const QByteArray &id : sortedCaseIds)
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(id.constData()),
                                  size_t(id.size()));
    QByteArray out(crypto_generichash_BYTES, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()),
                             size_t(out.size()));
    return out;
}

bool SyncScope::includes(const SyncTable &t, const QByteArray &key) const
{
    const auto rows = m_rows.constFind(t.info.name);
    if (rows == m_rows.cend())
        return true; // not bound to cases
    if (rows->contains(key))
        return true;
    // An intervention linked to no case (a partner meeting, an outreach round) is not
    // bound to cases: every replica holds it.
    if (t.info.name == QLatin1String("intervention"))
        return !m_outsideInterventions.contains(key);
    // A link whose row is gone here (removed) still names its case or intervention. When
    // it names a case, only the case decides: a link from an intervention of the scope to
    // a case outside it stays out (its case is not there).
    const bool namesCase =
        std::any_of(t.keyParents.cbegin(), t.keyParents.cend(), [](const SyncTable::KeyParent &p) {
            return p.table == QLatin1String("case_file");
        });
    for (const SyncTable::KeyParent &p : t.keyParents) {
        if (namesCase && p.table != QLatin1String("case_file"))
            continue;
        const auto parentRows = m_rows.constFind(p.table);
        if (parentRows == m_rows.cend())
            continue;
        const std::optional<QByteArray> part = SyncKey::component(key, p.position);
        if (!part)
            continue;
        if (parentRows->contains(*part))
            return true;
        if (p.table == QLatin1String("intervention") && !m_outsideInterventions.contains(*part))
            return true;
    }
    return false;
}

} // namespace passerelle
