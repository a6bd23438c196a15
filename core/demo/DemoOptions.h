#pragma once

#include <QDate>
#include <QtGlobal>

#include <functional>

namespace passerelle {

// What `passerelle-cli demo` (and the benchmark and GUI tests) ask the demo generator for.
// Same options + same seed + same reference date => byte-identical table content.
struct DemoOptions
{
    int cases = 200;
    quint64 seed = 52;
    // Average per case; the total is exactly cases × interventionsPerCase, so 100 000 cases
    // give the 2 000 000 interventions the performance target speaks of.
    int interventionsPerCase = 20;
    // Reference date: the five years of activity end here, planned interventions lie after it.
    // Invalid = today according to systemClock().
    QDate today;
    // Adding to a database that already holds a programme or a case is refused unless set.
    bool append = false;
    // Called from time to time with work done out of work total (cases + interventions
    // written), for a progress bar. May be empty.
    std::function<void(int done, int total)> progress;
};

} // namespace passerelle
