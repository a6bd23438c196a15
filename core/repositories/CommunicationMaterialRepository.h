#pragma once

#include "domain/CommunicationMaterial.h"
#include "repositories/ReferenceRepository.h"
#include "repositories/SqlStatements.h"
#include "util/Clock.h"

#include <QList>

#include <optional>

namespace passerelle {

class Database;
class Validator;

struct CommunicationMaterialFilter
{
    Uuid programmeId; // null = every programme
    QDate from;       // made_on bounds, inclusive; invalid = open
    QDate to;
    bool includeArchived = false;
};

class CommunicationMaterialRepository
{
public:
    explicit CommunicationMaterialRepository(Database &db, const Clock &clock = systemClock());

    // Validates (the programme exists, material_type is a code of ref_material_type) and inserts.
    Uuid create(CommunicationMaterial material);
    void update(const CommunicationMaterial &material);
    std::optional<CommunicationMaterial> find(const Uuid &id);
    // By date made, then title.
    QList<CommunicationMaterial> list(const CommunicationMaterialFilter &filter = {});
    void archive(const Uuid &id);
    void restore(const Uuid &id);

private:
    void checkReferences(const CommunicationMaterial &material, Validator &v);

    Database &m_db;
    const Clock &m_clock;
    SqlStatements m_sql;
    ReferenceRepository m_references;
};

} // namespace passerelle
