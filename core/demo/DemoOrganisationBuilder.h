#pragma once

namespace passerelle {

class DemoWriter;
struct DemoWorld;

// Writes the organisation, its programmes, the partners and the workers (teams sized to the
// number of cases), and records their ids in the world for the later stages.
class DemoOrganisationBuilder
{
public:
    static void write(DemoWorld &world, DemoWriter &writer);

private:
    static void writeProgrammes(DemoWorld &world, DemoWriter &writer);
    static void writePartners(DemoWorld &world, DemoWriter &writer);
    static void writeWorkers(DemoWorld &world, DemoWriter &writer);
};

} // namespace passerelle
