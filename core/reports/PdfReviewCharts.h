#pragma once

#include "reports/PdfBarChart.h"

#include <optional>

namespace passerelle {

// Which review tables people would rather look at than read, and how: breakdowns (by
// landlord, partner type, channel, participant typology, an indicator's categories…) as
// bars of this period beside the previous one; the assessments as the person's view beside
// the team's. Chosen by table id, the review's stable names; rows stop at "Total".
class PdfReviewCharts
{
public:
    // nullopt when the table has no chart, or fewer than two categories to compare.
    static std::optional<PdfBarChart> chartFor(const ReviewTable &table);
};

} // namespace passerelle
