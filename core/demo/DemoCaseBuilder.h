#pragma once

namespace passerelle {

class DemoWriter;
struct DemoWorld;

// Writes the planned cases with everything around them: household and its people (pseudonymous
// codes, fictitious names), the case itself (number, referral, needs), the people, workers,
// partners and problems linked to it, and its status history.
class DemoCaseBuilder
{
public:
    static void write(DemoWorld &world, DemoWriter &writer);
};

} // namespace passerelle
