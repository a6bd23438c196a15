#pragma once

#include <QMap>
#include <QString>

namespace passerelle {

// What the demo generator wrote: rows per table (tables it did not touch are absent) and the
// wall time, for the CLI summary and the benchmark.
struct DemoSummary
{
    QMap<QString, qint64> rows;
    qint64 elapsedMs = 0;

    qint64 count(const QString &table) const { return rows.value(table, 0); }
    qint64 totalRows() const
    {
        qint64 total = 0;
        for (const qint64 n : rows)
            total += n;
        return total;
    }
};

} // namespace passerelle
