#pragma once

#include <QString>

namespace passerelle::CaseCountText {

// "1 situation", "12 situations" (French puts 0 and 1 in the singular), "12 cases" in English.
QString cases(qint64 count);
// "12 situations sur 1 500": what a filter keeps, out of the whole list.
QString casesOutOf(qint64 count, qint64 total);

} // namespace passerelle::CaseCountText
