#pragma once

#include "domain/Programme.h"
#include "repositories/SqlStatements.h"
#include "util/Clock.h"

#include <QList>

#include <optional>

namespace passerelle {

class Database;
class Validator;

class ProgrammeRepository
{
public:
    explicit ProgrammeRepository(Database &db, const Clock &clock = systemClock());

    // Validates (the organisation exists; the code is not used by another current
    // programme of the organisation, since it prefixes case numbers) and inserts.
    Uuid create(Programme programme);
    void update(const Programme &programme);
    std::optional<Programme> find(const Uuid &id);
    // Programmes of one organisation (all organisations when null), by code.
    QList<Programme> list(const Uuid &organisationId = {}, bool includeArchived = false);
    void archive(const Uuid &id);
    // Refused (field "code") when a current programme of the organisation took the code.
    void restore(const Uuid &id);

private:
    void checkReferences(const Programme &programme, Validator &v);

    Database &m_db;
    const Clock &m_clock;
    SqlStatements m_sql;
};

} // namespace passerelle
