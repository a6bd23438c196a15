#pragma once

#include "reports/AnnualReview.h"

#include <QList>
#include <QString>

namespace passerelle {

struct AnnualReview;

// A figure of the preview that links to its records.
struct ReviewLink
{
    ReviewTraceRef trace;
    QString figure; // "17 situations accompagnées : 17" — the row's label and the value
};

// The annual review as HTML for the on-screen preview (QTextBrowser): section titles,
// tables with numbers right-aligned, notes and free texts. Every text is escaped; the
// review holds no person's name, so neither does the preview. With `traces`, every figure
// that can be traced becomes a link "trace:<i>", i indexing what is appended to `links`.
QString reviewToHtml(const AnnualReview &review, QList<ReviewLink> *links = nullptr);

} // namespace passerelle
