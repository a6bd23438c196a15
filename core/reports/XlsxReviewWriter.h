#pragma once

#include "reports/ReviewWriter.h"

namespace passerelle {

// The review as an Excel workbook (libxlsxwriter): a first sheet presenting the review
// (action sheet, programme, carrier, periods), then one worksheet per section. Each table
// is a block: its title, a bold header row, its rows, its note in italics, a blank row.
// Numbers are numbers: integers "# ##0", decimals with their own precision (hours with one
// decimal), percents as fractions under a "0,0 %" format, so that a funder can add them up.
// The header row of the first table is frozen; columns are as wide as their content.
class XlsxReviewWriter final : public ReviewWriter
{
public:
    QString format() const override { return QStringLiteral("xlsx"); }
    QString fileSuffix() const override { return QStringLiteral("xlsx"); }
    QString description() const override;
    bool isBinary() const override { return true; }
    // libxlsxwriter writes to a path only: the workbook goes to a temporary file first,
    // then its bytes to `out`.
    void write(const AnnualReview &review, QIODevice &out) const override;

    // Writes the workbook at `path`; throws StorageError naming the libxlsxwriter error.
    static void writeFile(const AnnualReview &review, const QString &path);
};

} // namespace passerelle
