#pragma once

#include "demo/DemoOptions.h"
#include "demo/DemoSummary.h"

namespace passerelle {

class Database;

// Fills a database with realistic, fictitious, French demo data across every object:
// one organisation and its programmes with their action sheets, indicators, funding and
// materials; workers and partners; households, people and cases in every status over five
// years ending at the reference date; interventions, collective sessions, commission
// reviews and assessments. Everything satisfies the schema and the domain invariants.
//
// The same options, seed and reference date give byte-identical table content. Fast:
// one transaction, one prepared statement per table, ids ascending per table.
class DemoGenerator
{
public:
    // Throws ValidationError (bad options, or a non-empty database without `append`) and
    // StorageError; on any error the database is left as it was.
    static DemoSummary generate(Database &db, const DemoOptions &options);

    // Limits of the options (the CLI names them in its help).
    static constexpr int maxCases = 1'000'000;
    static constexpr int maxInterventionsPerCase = 200;
    // Interventions are planned in memory (32 bytes each) and sorted before being written.
    static constexpr qint64 maxInterventions = 20'000'000;
};

} // namespace passerelle
