#pragma once

#include "domain/ActionSheet.h"
#include "repositories/ActionSheetSections.h"
#include "repositories/SqlStatements.h"
#include "util/Clock.h"

#include <QList>

#include <optional>

namespace passerelle {

class Database;
class Validator;

// Action sheets with every section of the ARS template, saved in one transaction: a
// refused section leaves neither the sheet nor any of its rows half-written.
class ActionSheetRepository
{
public:
    explicit ActionSheetRepository(Database &db, const Clock &clock = systemClock());

    // Validates the sheet and its sections (codes in their lists, partners and chained
    // sheet existing, invariant 9: no chain back to itself) and inserts it all.
    Uuid create(ActionSheet sheet);
    // Rewrites the sheet and replaces its sections (see ActionSheetSections). Moving the
    // sheet to another programme is refused (field "programme_id") while funding earmarked
    // for it belongs to the old one (invariant 8).
    void update(const ActionSheet &sheet);
    // The sheet with all its sections.
    std::optional<ActionSheet> find(const Uuid &id);
    // Sheets of one programme (every programme when null) with their sections, by number.
    QList<ActionSheet> list(const Uuid &programmeId = {}, bool includeArchived = false);
    void archive(const Uuid &id);
    void restore(const Uuid &id);

private:
    void checkReferences(const ActionSheet &sheet, Validator &v);
    bool chainReaches(const Uuid &from, const Uuid &target);

    Database &m_db;
    const Clock &m_clock;
    SqlStatements m_sql;
    ActionSheetSections m_sections;
};

} // namespace passerelle
