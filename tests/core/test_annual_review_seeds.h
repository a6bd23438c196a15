#pragma once

// Datasets built to match the figures of the seeds, through the repositories:
//  * seed 000, CLS action sheet 3.3.1 "Dispositif de PAIR-AIDANCE" (UDAF 52): 17
//    situations accompanied in 2024 out of 20 identified, 200 peer-worker hours, about
//    twenty partners mobilised (exactly 20), funding 70 000 + 40 000 + 20 000 + 10 000;
//  * seed 001, the LOGISENS mobile precarity team: 17 LOGISENS situations and 5 outside
//    ones in the caseload at the end of 2024, 30 people concerned, a team of 1,70 FTE,
//    funding 140 000 € = State 70 000 + LOGISENS 40 000 + ARS 20 000 + Département 10 000.

#include "test_indicator_fixtures.h"

namespace passerelle::test {

struct SeedWorld : IndicatorFixture
{
    SeedWorld();

    Uuid mobileSheet; // "EMP-1" of otherProgramme (EM)
    Uuid logisens;
    Uuid otherLandlord;
    QList<Uuid> pairAidanceCases; // the 17 accompanied
};

} // namespace passerelle::test
