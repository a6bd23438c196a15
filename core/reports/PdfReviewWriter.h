#pragma once

#include "reports/ReviewWriter.h"

namespace passerelle {

// The review for the follow-up committee: an A4 PDF with a title page, a table of contents
// with page numbers, every section and table, charts where a picture says more (see
// PdfReviewCharts), a running header (action sheet, period) and a "page n / N" footer.
// Painted with QPainter on a QPdfWriter, so it needs a QGuiApplication (the CLI creates one
// for the commands that print); write() refuses to run without one.
class PdfReviewWriter final : public ReviewWriter
{
public:
    QString format() const override { return QStringLiteral("pdf"); }
    QString fileSuffix() const override { return QStringLiteral("pdf"); }
    QString description() const override;
    bool isBinary() const override { return true; }
    void write(const AnnualReview &review, QIODevice &out) const override;
};

} // namespace passerelle
