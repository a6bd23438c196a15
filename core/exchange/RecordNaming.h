#pragma once

#include "storage/Schema.h"

#include <QString>
#include <QStringList>

namespace passerelle {

// How a record is named in messages, the same way by the integrity check, the exporter and
// the importer: "case_file 0190…-… (PA-2025-0017)" — table, primary key values, and the
// human number when the table has one.
namespace RecordNaming {

// "number" (case, action sheet) or else "code" (person, household, worker, programme);
// empty for tables without a human identifier. Reference lists are keyed by code already.
inline QString humanColumn(const TableInfo &table)
{
    if (table.column(QStringLiteral("number")))
        return QStringLiteral("number");
    if (!table.isReferenceList && table.column(QStringLiteral("code")))
        return QStringLiteral("code");
    return {};
}

inline QString label(const QString &table, const QStringList &key, const QString &number)
{
    QString out = table;
    if (!key.isEmpty())
        out += QLatin1Char(' ') + key.join(QStringLiteral(" / "));
    if (!number.isEmpty())
        out += QStringLiteral(" (") + number + QLatin1Char(')');
    return out;
}

} // namespace RecordNaming
} // namespace passerelle
