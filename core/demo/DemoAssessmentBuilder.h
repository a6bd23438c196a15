#pragma once

namespace passerelle {

class DemoWriter;
struct DemoWorld;

// Assessments of accompanied cases: a first one soon after the accompaniment starts, then
// about every six months and at a successful closing, on the programme's four outcome
// dimensions, each scored 1–5 by the person and by the team. Scores tend to improve, the
// person's view a little apart from the team's, as the action sheets ask to compare.
class DemoAssessmentBuilder
{
public:
    static void write(DemoWorld &world, DemoWriter &writer);
};

} // namespace passerelle
