#pragma once

#include <QList>
#include <QPair>
#include <QVariant>

struct sqlite3;

namespace passerelle::test {

// Column → value pairs of one row written by raw SQL (tests that need rows no repository
// would write: broken invariants, dangling references, every table filled).
using Values = QList<QPair<const char *, QVariant>>;

// INSERT INTO table (columns…) VALUES (…): null QVariant → NULL, QByteArray → BLOB,
// QString → TEXT, double → REAL, anything else → INTEGER. Throws StorageError.
void put(sqlite3 *db, const char *table, const Values &values);

} // namespace passerelle::test
