#pragma once

namespace passerelle {

class DemoWriter;
struct DemoWorld;

// Interventions over the five years: spread over each case's life in proportion to its
// length (most during the accompaniment), done / cancelled / missed in the past, planned in
// the weeks ahead (and a few overdue), by the case's pair or referent, plus a few team
// interventions attached to no case. Exactly cases × perCase rows.
class DemoInterventionBuilder
{
public:
    // progressOffset: units already reported before this stage.
    static void write(DemoWorld &world, DemoWriter &writer, int perCase, int progressOffset);
};

} // namespace passerelle
