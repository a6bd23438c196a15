#pragma once

#include "indicators/ReportingPeriod.h"
#include "util/Uuid.h"

#include <QString>

namespace passerelle {

class Database;

// Finds the action sheet a person means by "3.3.1" or by its id. A number is not a key: a
// sheet chained year to year keeps its number, and two programmes may use the same one.
// Among the sheets with that number, the one whose years (or period) cover the period
// asked wins; when that still leaves several, the error lists them by id.
class ActionSheetLookup
{
public:
    // Throws ValidationError on field "action" when nothing or several sheets match.
    static Uuid resolve(Database &db, const QString &idOrNumber, const ReportingPeriod &period);
};

} // namespace passerelle
