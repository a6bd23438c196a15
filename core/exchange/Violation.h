#pragma once

#include "exchange/RecordNaming.h"

#include <QString>
#include <QStringList>

namespace passerelle {

// One finding of the integrity check: which rule, which record, which field, and why (French).
// The record is named by its primary key values, in key order (one UUID for entity tables,
// the pair for association tables); `number` is the human number shown on screen when the
// record has one (case number, action sheet number, household or person code).
struct Violation
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString rule; // stable identifier, e.g. "case_status_history", "foreign_key"
    QString table;
    QStringList key; // empty for a finding about a whole table (e.g. a count)
    QString number;
    QString field;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "case_file 0190…-… (PA-2025-0017)"; the table alone when there is no key.
    QString recordLabel() const { return RecordNaming::label(table, key, number); }
};

} // namespace passerelle
