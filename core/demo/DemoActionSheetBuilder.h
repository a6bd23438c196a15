#pragma once

namespace passerelle {

class DemoWriter;
struct DemoWorld;

// Writes the action sheets of every programme with all their sections (checkbox groups,
// PRS link, communes, partners, dated objectives and steps, indicators with the values a
// team enters by hand), the funding per funder and year, and the communication materials.
class DemoActionSheetBuilder
{
public:
    static void write(DemoWorld &world, DemoWriter &writer);
};

} // namespace passerelle
