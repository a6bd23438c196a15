#pragma once

#include "domain/Worker.h"
#include "repositories/SqlStatements.h"
#include "util/Clock.h"

#include <QList>

#include <optional>

namespace passerelle {

class Database;
class Validator;

struct WorkerFilter
{
    Uuid organisationId; // null = every organisation
    std::optional<WorkerRole> role;
    bool activeOnly = false;
    bool includeArchived = false;
};

class WorkerRepository
{
public:
    explicit WorkerRepository(Database &db, const Clock &clock = systemClock());

    Uuid create(Worker worker);
    // A change of role is refused (field "role") while the worker holds a current
    // case_worker assignment the new role may not hold (invariant 5): a worker assigned as
    // the peer of a case stays a peer worker until unassigned.
    void update(const Worker &worker);
    std::optional<Worker> find(const Uuid &id);
    // By display name.
    QList<Worker> list(const WorkerFilter &filter = {});
    void archive(const Uuid &id);
    void restore(const Uuid &id);

private:
    void checkReferences(const Worker &worker, Validator &v);
    void checkAssignmentsAllow(const Worker &worker, Validator &v);

    Database &m_db;
    const Clock &m_clock;
    SqlStatements m_sql;
};

} // namespace passerelle
