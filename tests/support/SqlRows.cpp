#include "support/SqlRows.h"

#include "storage/SqliteStatement.h"

namespace passerelle::test {

void put(sqlite3 *db, const char *table, const Values &values)
{
    QByteArray columns;
    QByteArray params;
    for (const auto &[column, value] : values) {
        columns += (columns.isEmpty() ? "" : ",") + QByteArray(column);
        params += params.isEmpty() ? "?" : ",?";
    }
    SqliteStatement q(db, QByteArray("INSERT INTO " + QByteArray(table) + " (" + columns +
                                     ") VALUES (" + params + ")"));
    int i = 1;
    for (const auto &entry : values) {
        const QVariant &v = entry.second;
        if (v.isNull())
            q.bindNull(i);
        else if (v.typeId() == QMetaType::QByteArray)
            q.bindBlob(i, v.toByteArray());
        else if (v.typeId() == QMetaType::QString)
            q.bindText(i, v.toString());
        else if (v.typeId() == QMetaType::Double)
            q.bind(i, v.toDouble());
        else
            q.bind(i, v.toLongLong());
        ++i;
    }
    q.execute();
}

} // namespace passerelle::test
