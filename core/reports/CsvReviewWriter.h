#pragma once

#include "reports/ReviewWriter.h"

namespace passerelle {

// The review for French spreadsheets: UTF-8 with a byte-order mark (so that Excel reads
// the accents), ';' between fields, CRLF line ends, decimal comma, percents written
// "70,6 %". Each table is a block: its title, its header, its rows, a blank line; the
// free-text sections follow as one quoted field each. Text that a spreadsheet would take
// for a formula (=, +, -, @ first) is prefixed with an apostrophe.
class CsvReviewWriter final : public ReviewWriter
{
public:
    QString format() const override { return QStringLiteral("csv"); }
    QString fileSuffix() const override { return QStringLiteral("csv"); }
    QString description() const override;
    void write(const AnnualReview &review, QIODevice &out) const override;

    static QByteArray toCsv(const AnnualReview &review);
    static QString field(const ReviewCell &cell);
    static QString quoted(const QString &text);
};

} // namespace passerelle
