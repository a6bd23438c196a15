#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace passerelle {

// created_at / updated_at / archived_at are Unix milliseconds UTC in every entity table;
// domain structs carry them as QDateTime (invalid = NULL, e.g. not archived).

inline QDateTime timestampAt(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace passerelle
