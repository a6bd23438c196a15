#pragma once

#include "domain/Organisation.h"
#include "repositories/SqlStatements.h"
#include "util/Clock.h"

#include <QList>

#include <optional>

namespace passerelle {

class Database;

class OrganisationRepository
{
public:
    explicit OrganisationRepository(Database &db, const Clock &clock = systemClock());

    // Validates and inserts; a null id gets a new UUIDv7. Returns the id.
    Uuid create(Organisation organisation);
    // Validates and rewrites every field but the timestamps; throws ValidationError
    // (field "id") when there is no such organisation.
    void update(const Organisation &organisation);
    std::optional<Organisation> find(const Uuid &id);
    // By name; archived organisations only when asked.
    QList<Organisation> list(bool includeArchived = false);
    void archive(const Uuid &id);
    void restore(const Uuid &id);

private:
    Database &m_db;
    const Clock &m_clock;
    SqlStatements m_sql;
};

} // namespace passerelle
