#pragma once

#include "domain/Partner.h"
#include "repositories/ReferenceRepository.h"
#include "repositories/SqlStatements.h"
#include "util/Clock.h"

#include <QList>

#include <optional>

namespace passerelle {

class Database;
class Validator;

struct PartnerFilter
{
    QString partnerType;  // code; empty = every type
    QString nameContains; // case-insensitive for ASCII letters; empty = every name
    bool includeArchived = false;
};

class PartnerRepository
{
public:
    explicit PartnerRepository(Database &db, const Clock &clock = systemClock());

    // Validates (partner_type must be a code of ref_partner_type) and inserts.
    Uuid create(Partner partner);
    void update(const Partner &partner);
    std::optional<Partner> find(const Uuid &id);
    // By name.
    QList<Partner> list(const PartnerFilter &filter = {});
    void archive(const Uuid &id);
    void restore(const Uuid &id);

private:
    void checkReferences(const Partner &partner, Validator &v);

    Database &m_db;
    const Clock &m_clock;
    SqlStatements m_sql;
    ReferenceRepository m_references;
};

} // namespace passerelle
