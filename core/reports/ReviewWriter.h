#pragma once

#include "reports/AnnualReview.h"

#include <QIODevice>
#include <QString>

namespace passerelle {

// Writes an annual review in one file format. Implementations walk the review's sections,
// tables and typed cells; they know nothing of cases or indicators. Register a new format
// in ReviewWriters.
class ReviewWriter
{
public:
    virtual ~ReviewWriter() = default;
    virtual QString format() const = 0;        // "json", "csv", …
    virtual QString fileSuffix() const = 0;    // without the dot
    virtual QString description() const = 0;  // French, for --help
    // Binary formats (PDF, XLSX) are written to a file only, never to the terminal.
    virtual bool isBinary() const { return false; }
    // Writes the whole review to `out` (opened for writing). Throws StorageError when the
    // device refuses the bytes.
    virtual void write(const AnnualReview &review, QIODevice &out) const = 0;
};

} // namespace passerelle
