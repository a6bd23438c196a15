#pragma once

#include "reports/AnnualReview.h"

namespace passerelle {

class PdfPageFlow;

// A review table laid out in a PDF flow: title, header row (repeated on each page the
// table continues on), rows with wrapped labels and right-aligned numbers, the note in
// small italics. Number columns take the width of their widest figure or header word;
// the label column takes the rest.
class PdfTableBlock
{
public:
    PdfTableBlock(PdfPageFlow &flow, const ReviewTable &table);

    // Lays the table out at the flow's cursor; returns the page its title is on.
    int layout();

    // A cell as printed: numbers in French typography ("70 000,00", "70,6 %").
    static QString shown(const ReviewCell &cell);

private:
    QList<double> columnWidths() const;
    QList<QStringList> wrapRow(const QStringList &texts, const QFont &font) const;
    double rowHeight(const QList<QStringList> &lines, const QFont &font) const;
    void placeHeader();

    PdfPageFlow &m_flow;
    const ReviewTable &m_table;
    QList<double> m_widths;
    QList<QStringList> m_header;
    double m_headerHeight = 0;
};

} // namespace passerelle
