#pragma once

#include "exchange/Violation.h"

#include <QList>

namespace passerelle {

// The domain invariants (cross-row rules beyond the schema CHECKs), one query each;
// severity Error makes `passerelle-cli check` exit 1 and refuses an import.
// Kept as data so that adding a rule is one entry, and so the checker, the import and the
// tests run exactly the same SQL.
//
// Each query returns, in order: `keyColumns` primary key values of the offending record
// (BLOB UUIDs or text), its human number (or NULL), the field name, then 0 to 4 values
// substituted into `message` as %1…%4. A query may use the parameter :today (ISO date).
struct InvariantRule
{
    const char *id;
    int number; // position in the invariants list
    Violation::Severity severity;
    const char *table;
    int keyColumns;
    const char *sql;
    const char *message; // translated in context "Integrity"
};

const QList<InvariantRule> &invariantRules();

} // namespace passerelle
