#pragma once

#include "indicators/IndicatorCatalogue.h"
#include "util/Uuid.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

// One record behind a figure. `reference` is what a coordinator recognises without a name:
// a case number, a person's or household's pseudonymous code, a worker's code, a partner
// (organisations by name, people-like partners by type and short id), or the record's id.
struct TraceRow
{
    QString reference;
    QDate date;
    QString detail; // codes and case numbers, never a name or a note
    double weight = 1; // what the record adds to the figure (1, hours, participants)
    Uuid id;
};

// The records of one figure: the count of a count, the numerator or the denominator of a
// ratio, one group of a breakdown, one source of an evolution. The weights add up to
// `value` (for an evolution: the improved cases weigh 1, the others 0).
struct IndicatorTrace
{
    QString title; // "Numérateur", "Isolement", "Déclaré par la personne"
    double value = 0;
    ValueType valueType = ValueType::Integer;
    QList<TraceRow> rows;
};

// Which figure of an indicator to trace; everything by default.
struct TraceSelection
{
    enum class Part
    {
        All,
        Numerator,
        Denominator
    };
    Part part = Part::All;
    // A breakdown's group, by the code its row carries; a null QString inside is the
    // "not filled in" group. nullopt = every group.
    std::optional<QString> category;
    QString source; // evolution: "person" or "team"; empty = both
};

} // namespace passerelle
