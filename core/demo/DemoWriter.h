#pragma once

#include "demo/DemoRandom.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <array>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace passerelle {

// The demo generator's only way into the database: one raw prepared INSERT per table,
// prepared once and reused for every row, because QSqlQuery's per-row cost would dominate
// at millions of rows. Also hands out the ids, strictly increasing per table so that every
// insert appends to the primary-key B-tree.
class DemoWriter
{
public:
    enum class Table {
        Organisation, Programme, Partner, Worker,
        ActionSheet, ActionSheetTypology, ActionSheetPrsAxis, ActionSheetPrse3Axis,
        ActionSheetDeterminant, ActionSheetActionType, ActionSheetResultCategory,
        ActionSheetPublicCategory, ActionSheetTheme, ActionSheetPlaceType, ActionSheetCommune,
        ActionSheetPartner, ActionSheetObjective, ActionSheetStep, Indicator, IndicatorValue,
        Funding, CommunicationMaterial,
        Household, Person, CaseFile, CasePerson, CaseStatusChange, CaseWorker, CasePartner,
        CaseProblem, Intervention, InterventionCase, InterventionWorker,
        CollectiveSession, SessionParticipants, CommissionReview, Assessment,
        Count
    };

    // Binds one row's values in column order, then insert() writes it. Values are bound
    // without copying: bind and insert in ONE expression, so that temporaries (an id just
    // made, a formatted number) live until the row is written.
    class Row
    {
    public:
        Row &blob(const QByteArray &bytes);  // empty = NULL
        Row &text(const char *utf8);         // nullptr = NULL
        Row &text(const QByteArray &utf8);   // null = NULL
        Row &integer(qint64 value);
        Row &real(double value);
        Row &null();
        void insert();

    private:
        friend class DemoWriter;
        Row(DemoWriter &writer, Table table);
        DemoWriter &m_writer;
        Table m_table;
        sqlite3_stmt *m_stmt;
        int m_index = 1;
    };

    // idSeed feeds the random bits of the ids (their time part is the row's creation time).
    DemoWriter(sqlite3 *db, quint64 idSeed);
    ~DemoWriter();
    DemoWriter(const DemoWriter &) = delete;
    DemoWriter &operator=(const DemoWriter &) = delete;

    Row row(Table table) { return Row(*this, table); }

    // A UUIDv7 for a new row of `table` created at `createdMs`. The time is moved forward
    // when needed to stay strictly after the previous id of the table, and `createdMs` is
    // updated to the time used so that created_at and the id agree.
    QByteArray newId(Table table, qint64 &createdMs);

    static const char *tableName(Table table);
    qint64 rows(Table table) const { return m_rows[std::size_t(table)]; }
    QMap<QString, qint64> rowsPerTable() const;

private:
    sqlite3_stmt *statement(Table table);

    sqlite3 *m_db;
    DemoRandom m_idRandom;
    std::array<sqlite3_stmt *, std::size_t(Table::Count)> m_statements{};
    std::array<qint64, std::size_t(Table::Count)> m_rows{};
    std::array<qint64, std::size_t(Table::Count)> m_lastMs{};
};

} // namespace passerelle
