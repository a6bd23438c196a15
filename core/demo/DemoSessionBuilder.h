#pragma once

namespace passerelle {

class DemoWriter;
struct DemoWorld;

// Collective sessions of every kind (information meetings, workshops, partner meetings,
// trainings, synthesis meetings, thematic days, commissions) with their participants by
// typology, and the commissions' reviews of cases.
class DemoSessionBuilder
{
public:
    // Schedules every session over the five years (and the weeks after the reference date),
    // so that cases can be oriented on the day a commission met.
    static void plan(DemoWorld &world);
    static void write(DemoWorld &world, DemoWriter &writer);
    // After the cases: one review per commission decision, plus postponements and
    // end-of-accompaniment reviews.
    static void writeReviews(DemoWorld &world, DemoWriter &writer);
};

} // namespace passerelle
