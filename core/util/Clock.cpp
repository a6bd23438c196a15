#include "util/Clock.h"

namespace passerelle {

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace passerelle
