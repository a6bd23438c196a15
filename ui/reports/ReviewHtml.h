#pragma once

#include <QString>

namespace passerelle {

struct AnnualReview;

// The annual review as HTML for the on-screen preview (QTextBrowser): section titles,
// tables with numbers right-aligned, notes and free texts. Every text is escaped; the
// review holds no person's name, so neither does the preview.
QString reviewToHtml(const AnnualReview &review);

} // namespace passerelle
