#pragma once

#include "indicators/IndicatorDefinition.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <optional>

namespace passerelle {

class Database;
class Validator;

// Writes indicator.definition, the column IndicatorRepository leaves to the engine. A
// definition is checked twice before it is stored: its shape (IndicatorDefinition) and its
// references to the database — every code in its reference list, every id an existing
// record — so that a typo is refused with the field named instead of counting nothing.
class IndicatorDefinitionStore
{
public:
    explicit IndicatorDefinitionStore(Database &db, const Clock &clock = systemClock());

    // nullopt makes the indicator one entered by hand. Throws ValidationError.
    void setDefinition(const Uuid &indicatorId, const std::optional<IndicatorDefinition> &definition);
    // Adds to `v` every code or id of the definition that the database does not know.
    void checkReferences(const IndicatorDefinition &definition, Validator &v);

private:
    void checkMeasure(const MeasureSpec &spec, const QString &field, Validator &v);
    bool referenceExists(const QString &table, const QString &code);
    bool recordExists(const char *table, const QString &id);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace passerelle
