#pragma once

#include "demo/DemoRandom.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <array>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace passerelle {

// The demo generator's only way into the database. Rows are queued per table and written
// by multi-row INSERT statements (up to batchRows rows each), prepared once per table and
// row count and reused: an INSERT's fixed cost (opening cursors on the table and its
// indexes, halting) is then paid once per batch instead of once per row. Tables are listed
// parents first, and queues are written in that order, so no row reaches the database
// before the rows it refers to. Also hands out the ids, strictly increasing per table so
// that every insert appends to the primary-key B-tree.
class DemoWriter
{
public:
    enum class Table
    {
        Organisation,
        Programme,
        Partner,
        Worker,
        ActionSheet,
        ActionSheetTypology,
        ActionSheetPrsAxis,
        ActionSheetPrse3Axis,
        ActionSheetDeterminant,
        ActionSheetActionType,
        ActionSheetResultCategory,
        ActionSheetPublicCategory,
        ActionSheetTheme,
        ActionSheetPlaceType,
        ActionSheetCommune,
        ActionSheetPartner,
        ActionSheetObjective,
        ActionSheetStep,
        Indicator,
        IndicatorValue,
        ReviewSection,
        Funding,
        CommunicationMaterial,
        Household,
        Person,
        CaseFile,
        CasePerson,
        CaseStatusChange,
        CaseWorker,
        CasePartner,
        CaseProblem,
        Intervention,
        InterventionCase,
        InterventionWorker,
        CollectiveSession,
        SessionParticipants,
        CommissionReview,
        Assessment,
        Count
    };
    static constexpr int batchRows = 64;

    // Takes one row's values in column order; insert() queues it. Byte arrays are copied;
    // `const char *` text is NOT: it must stay valid until finish() (string literals, the
    // calendar's dates), which is what makes queueing cheap.
    class Row
    {
    public:
        Row &blob(const QByteArray &bytes); // empty = NULL
        Row &text(const char *utf8);        // nullptr = NULL; not copied
        Row &text(const QByteArray &utf8);  // null = NULL; copied
        Row &integer(qint64 value);
        Row &real(double value);
        Row &null();
        void insert();

    private:
        friend class DemoWriter;
        Row(DemoWriter &writer, Table table);
        DemoWriter &m_writer;
        Table m_table;
        std::size_t m_first; // index of this row's first value in the table's queue
    };

    // idSeed feeds the random bits of the ids (their time part is the row's creation time).
    DemoWriter(sqlite3 *db, quint64 idSeed);
    ~DemoWriter();
    DemoWriter(const DemoWriter &) = delete;
    DemoWriter &operator=(const DemoWriter &) = delete;

    Row row(Table table) { return Row(*this, table); }
    // Writes every queued row. Call before committing; throws StorageError.
    void finish() { flushAll(); }

    // A UUIDv7 for a new row of `table` created at `createdMs`. The time is moved forward
    // when needed to stay strictly after the previous id of the table, and `createdMs` is
    // updated to the time used so that created_at and the id agree.
    QByteArray newId(Table table, qint64 &createdMs);

    static const char *tableName(Table table);
    qint64 rows(Table table) const { return m_rows[std::size_t(table)]; }
    QMap<QString, qint64> rowsPerTable() const;

private:
    enum class Kind : quint8
    {
        Null,
        Integer,
        Real,
        Text,
        CopiedText,
        CopiedBlob
    };
    struct Value
    {
        Kind kind;
        int size; // bytes of text / blob
        union {
            qint64 integer;
            double real;
            const char *text;   // Kind::Text
            std::size_t offset; // Kind::Copied*: position in the table's arena
        };
    };
    struct Queue
    {
        std::vector<Value> values;
        std::vector<char> arena; // copies of byte arrays, addressed by offset (it may grow)
        int rows = 0;
    };

    Value &push(Table table, Kind kind);
    void copy(Table table, Kind kind, const QByteArray &bytes);
    void queued(Table table, std::size_t first);
    // Parents come before children in Table, so writing every queue in that order never
    // inserts a row before the row it refers to.
    void flushAll();
    void flush(Table table);
    sqlite3_stmt *statement(Table table, int rows);

    sqlite3 *m_db;
    DemoRandom m_idRandom;
    std::array<Queue, std::size_t(Table::Count)> m_queues;
    std::array<std::size_t, std::size_t(Table::Count)> m_columns{};
    std::array<std::array<sqlite3_stmt *, batchRows + 1>, std::size_t(Table::Count)> m_statements{};
    std::array<qint64, std::size_t(Table::Count)> m_rows{};
    std::array<qint64, std::size_t(Table::Count)> m_lastMs{};
};

} // namespace passerelle
