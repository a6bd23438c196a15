#pragma once

namespace passerelle {

class DemoRandom;
struct DemoCase;
struct DemoWorld;

// Decides each case's path before anything is written: programme, referral date, the
// orientation (on the day a commission met, for programmes that have one), the start and
// end of the accompaniment, the reason for closing, and who follows it. The status is what
// the path reached by the reference date, so recent cases are still identified or oriented
// and old ones closed. Cases end up sorted by creation time, the order they are written in.
class DemoCasePlanner
{
public:
    static void plan(DemoWorld &world);

private:
    static DemoCase planOne(const DemoWorld &world, DemoRandom &random, int index);
    static void assignWorkers(const DemoWorld &world, DemoRandom &random, DemoCase &c);
};

} // namespace passerelle
