#pragma once

#include "exchange/Violation.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace passerelle {

// The interchange file (docs/exchange-format.md): JSON Lines, UTF-8.
//   line 1     {"format":"passerelle-exchange","version":1,"schema":<user_version>}
//   records    {"t":"<table>","<column>":<value>,…} table by table, parents first,
//              each table ordered by primary key
//   last line  {"end":"passerelle-exchange","counts":{"<table>":<n>,…},"records":<total>}
// Exporter and Importer share these names so the two sides cannot drift apart.
namespace ExchangeFormat {

inline constexpr char formatName[] = "passerelle-exchange";
// Version of the envelope (header, record encoding, trailer), not of the database schema:
// the header's "schema" carries that. Bump only when the envelope itself changes.
inline constexpr int currentVersion = 1;

inline constexpr char formatKey[] = "format";
inline constexpr char versionKey[] = "version";
inline constexpr char schemaKey[] = "schema";
inline constexpr char tableKey[] = "t";
inline constexpr char endKey[] = "end";
inline constexpr char countsKey[] = "counts";
inline constexpr char recordsKey[] = "records";

} // namespace ExchangeFormat

struct TableCount
{
    QString table;
    qint64 records = 0;
};

// What an export or an import did: records per table in file order, the total and the
// file size. An import also returns the invariant warnings it let through.
struct ExchangeResult
{
    QList<TableCount> tables;
    qint64 records = 0;
    qint64 bytes = 0;
    QList<Violation> warnings;
};

// Progress report, called every few tens of thousands of records and at each new table.
// Export counts records (total known from the start); import counts bytes of the file read.
struct ExchangeProgress
{
    QString table;
    qint64 done = 0;
    qint64 total = 0;
};
using ProgressCallback = std::function<void(const ExchangeProgress &)>;

} // namespace passerelle
